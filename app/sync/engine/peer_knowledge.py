"""What this device knows each peer device holds, so an offline bundle carries only what it lacks.

Knowledge only ever grows from evidence: the peer's own summary in a session, the peer's
receipt for what we sent in it, and the holdings a bundle from the peer carries. A bundle is a one-way trip with no receipt, so what goes into one is *not* counted as
held: the next bundle repeats it, and duplicates cost only bytes.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.models.storage import tables as t
from app.models.storage.store import Store, now_utc

HASH = 32
Holdings = dict[tuple[str, str], set[bytes]]


def pack(hashes: Iterable[bytes]) -> bytes:
    return b"".join(sorted(h for h in hashes if len(h) == HASH))


def unpack(blob: bytes) -> set[bytes]:
    return {blob[i : i + HASH] for i in range(0, len(blob), HASH)}


class PeerKnowledge:
    def __init__(self, store: Store):
        self.store = store

    def holdings(self, device_id: str) -> Holdings:
        rows = self.store.driver_rows(
            "SELECT case_id, compartment, hashes FROM peer_holdings WHERE device_id = ?", (device_id,)
        )
        return {(case_id, comp): unpack(hashes) for case_id, comp, hashes in rows}

    def note(self, device_id: str, held: Holdings) -> None:
        """Add to what the peer is known to hold (never removes: devices do not forget changes)."""
        if not held:
            return
        known = self.holdings(device_id)
        stamp = now_utc()
        rows = []
        for (case_id, comp), hashes in held.items():
            before = known.get((case_id, comp), set())
            after = before | set(hashes)
            if after != before:
                rows.append(
                    dict(device_id=device_id, case_id=case_id, compartment=comp, hashes=pack(after), updated_at=stamp)
                )
        if rows:
            with self.store.begin() as conn:  # one statement: a row per compartment, replaced whole
                conn.execute(t.peer_holdings.insert().prefix_with("OR REPLACE"), rows)
