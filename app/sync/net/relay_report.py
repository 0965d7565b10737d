"""What an exchange through the relay did, in counts, and where a device's link to the relay
stands: what the command line prints and the desktop shows, and the error a relay that could
not be used raises."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.models.errors import ConcordError


class RelayError(ConcordError):
    """The relay could not be used; what this device holds is unchanged."""


@dataclass
class RelayReport:
    """What one exchange through the relay did, in counts (never what a letter held)."""

    sent_letters: int = 0
    sent_envelopes: int = 0
    received_letters: int = 0
    applied: int = 0
    refused: int = 0  # boxes or letters that failed a check: set aside, acknowledged, never applied
    full: list[str] = field(default_factory=list)  # peers whose mailbox refused a letter: it is full
    removed: int = 0  # mailboxes of revoked devices removed (a chair's device)

    def lines(self) -> list[str]:
        out = [
            f"sent {self.sent_letters} letter(s) holding {self.sent_envelopes} change(s) through the relay",
            f"received {self.received_letters} letter(s); applied {self.applied} change(s)",
        ]
        if self.refused:
            out.append(f"{self.refused} box(es) failed a check and were set aside (see quarantine)")
        if self.full:
            out.append(
                f"the relay refused letters for {len(self.full)} device(s): their mailboxes are full. "
                "They get them once they catch up, or sync with them directly."
            )
        if self.removed:
            out.append(f"removed {self.removed} mailbox(es) of revoked devices")
        return out


@dataclass
class RelayState:
    """What a device staying connected to the relay shows its user."""

    connected: bool = False
    error: str | None = None  # why it is not connected, in words a user can act on
    last_delivery: str | None = None  # when a letter last arrived (this device's clock)
    unconfirmed: int = 0  # changes put in mailboxes that their devices have not yet confirmed
    report: RelayReport = field(default_factory=RelayReport)
