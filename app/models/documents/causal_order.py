"""Received changes put in an order every one of them can be applied in."""

from __future__ import annotations

from app.models.documents.changeformat import ChangeHeader


def causal_order(
    parsed: list[tuple[ChangeHeader, bytes]], known: set[bytes]
) -> tuple[list[tuple[ChangeHeader, bytes]], list[tuple[ChangeHeader, bytes]]]:
    """Split received changes into those that can be stored now, each after its dependencies,
    and those that wait for a dependency neither stored nor among them.

    Only causally complete changes are stored, so every stored change is applicable and a
    snapshot never silently drops one Automerge held back. known: the hashes the store holds;
    the fresh changes' hashes are added to it. Returns (fresh, waiting), as (header, bytes).
    """
    fresh: list[tuple[ChangeHeader, bytes]] = []
    waiting = [(h, d) for h, d in parsed if h.hash not in known]
    progress = True
    while waiting and progress:  # order free: settle whatever has its deps, repeat
        progress = False
        still = []
        for head, data in waiting:
            if head.hash in known:
                continue  # a duplicate within what arrived
            if known.issuperset(head.deps):
                fresh.append((head, data))
                known.add(head.hash)
                progress = True
            else:
                still.append((head, data))
        waiting = still
    return fresh, waiting
