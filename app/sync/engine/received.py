"""What one delivery of envelopes did on the receiving device: the counts a session, a bundle or
the relay reports (never a value), and the envelopes the sender is known to hold."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Received:
    items: int = 0  # envelopes delivered; the counts below are of changes, except duplicates
    applied: int = 0
    waiting: int = 0
    held: int = 0
    duplicates: int = 0
    not_held: int = 0  # envelopes of a case's compartment this device's reading of stopped with a consent
    erased: int = 0  # envelopes of a case erased at the end of its retention period: refused
    quarantined: list[str] = field(default_factory=list)
    # (case, compartment) -> ids of the well-signed envelopes in this delivery: the sender
    # holds them, so they are never offered back to it.
    seen: dict[tuple[str, str], set[bytes]] = field(default_factory=dict)
