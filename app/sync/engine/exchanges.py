"""What one sync exchange did, and the last one with each peer kept in the store's meta table.

Kept per peer device so the sync panel can say when this device last exchanged with each
member (and how it went) after a restart, not only for exchanges made since the app opened.
Nothing here names a case or a value: only counts, a time, an address and an error line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from typing import Protocol

import sqlalchemy as sa

from app.models.storage import tables as t
from app.models.storage.store import Store, now_utc
from app.sync.engine.received import Received

META_PREFIX = "sync_exchange:"


class _SessionCounts(Protocol):
    @property
    def sent_envelopes(self) -> int: ...

    @property
    def received(self) -> Received: ...

    @property
    def bytes_in(self) -> int: ...


class SessionOutcome(Protocol):
    """How a session ended, as the transport reports it (its Outcome: a layer above this one)."""

    @property
    def peer(self) -> str | None: ...

    @property
    def stats(self) -> _SessionCounts: ...

    @property
    def error(self) -> str | None: ...


@dataclass(frozen=True)
class Exchange:
    peer: str | None  # device id; None when the peer never said who it is (unreachable, refused)
    address: str  # host:port dialled, or "" for a device that connected to this one
    at: str = field(default_factory=now_utc)
    incoming: bool = False
    sent: int = 0
    applied: int = 0
    held: int = 0
    quarantined: int = 0
    bytes_in: int = 0
    error: str = ""
    joined: bool = False  # the peer joined the panel on this connection (an invitation redeemed)
    case_ids: frozenset[str] = frozenset()  # cases that got changes from other devices

    @property
    def ok(self) -> bool:
        return not self.error

    @classmethod
    def from_outcome(
        cls, outcome: SessionOutcome, address: str, incoming: bool, case_ids: Iterable[str] = frozenset()
    ) -> Exchange:
        """From a transport Outcome (peer, SessionStats, error)."""
        stats = outcome.stats
        received = stats.received
        return cls(
            peer=outcome.peer,
            address=address,
            incoming=incoming,
            sent=stats.sent_envelopes,
            applied=received.applied,
            held=received.held,
            quarantined=len(received.quarantined),
            bytes_in=stats.bytes_in,
            error=outcome.error or "",
            joined=bool(getattr(outcome, "joined", None)),
            case_ids=frozenset(case_ids),
        )

    def to_json(self) -> str:
        data = asdict(self)
        del data["case_ids"]  # which cases changed matters only to the views open at the time
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Exchange | None:
        try:
            raw = json.loads(text)
            known = {f.name for f in fields(cls)} - {"case_ids"}
            return cls(**{k: v for k, v in raw.items() if k in known})
        except (ValueError, TypeError):
            return None  # a record from another version: not worth failing the panel over


def remember(store: Store, exchange: Exchange) -> None:
    if not exchange.peer:
        return
    with store.begin() as conn:
        store.set_meta(conn, META_PREFIX + exchange.peer, exchange.to_json())


def recall(store: Store) -> dict[str, Exchange]:
    """The last exchange with each peer device, by device id."""
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(t.meta.c.key, t.meta.c.value).where(t.meta.c.key.startswith(META_PREFIX))).all()
    out = {}
    for row in rows:
        exchange = Exchange.from_json(row.value)
        if exchange is not None and exchange.peer:
            out[exchange.peer] = exchange
    return out
