"""The quarantine of one device's sync engine: what failed a check is set aside here, counted per
source against a budget, and audited once per source and session rather than once per item."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import sqlalchemy as sa

from app.models import audit
from app.models.language import QT_TRANSLATE_NOOP
from app.models.storage import tables as t
from app.models.storage.store import AnyRow, Store, now_utc
from app.sync.errors import SyncError

# Per source (a peer, a bundle): junk rows kept in full detail, then only counted; junk items
# before the session is ended; envelopes held for a key before it is ended.
QUARANTINE_ROWS = 50
JUNK_LIMIT = 200
HELD_LIMIT = 20_000


class QuarantineBudgetExceeded(SyncError):
    """A peer sent more that failed a check than a session allows: the session ends."""


@dataclass
class QuarantineTally:
    junk: int = 0
    held: int = 0
    rows: int = 0
    unaudited: int = 0
    kinds: dict[str, int] = field(default_factory=dict)


class QuarantineList:
    def __init__(self, store: Store, actor: audit.Actor):
        self.store = store
        self.actor = actor
        self._tallies: dict[str, QuarantineTally] = {}
        self.sessions: set[str] = set()  # peers in a session on this engine: their junk has a budget

    def set_aside(self, kind: str, source: str, reason: str, data: bytes) -> None:
        """Set aside what failed a check. Junk is kept as its hash, size and reason, never its
        bytes (a peer could otherwise fill the disk); an envelope held for its key is kept
        whole, since it is signed by a member and will be opened once the key comes. Each
        source has a budget: past it the session is ended (QuarantineBudgetExceeded)."""
        tally = self._tallies.setdefault(source, QuarantineTally())
        tally.kinds[kind] = tally.kinds.get(kind, 0) + 1
        held = kind == "held"
        # Only a session is ended by its budget: a bundle is checked whole before anything of it
        # is kept, and stopping its import half way would leave it part-stored and unrepeatable.
        budgeted = source in self.sessions
        if held:
            tally.held += 1
            if budgeted and tally.held > HELD_LIMIT:
                raise QuarantineBudgetExceeded(
                    QT_TRANSLATE_NOOP(
                        "SyncProblems", "the peer sent more than {held_limit} envelopes this device holds no key for"
                    ),
                    held_limit=HELD_LIMIT,
                )
        else:
            tally.junk += 1
            tally.unaudited += 1
            if budgeted and tally.junk > JUNK_LIMIT:
                self.flush(source)
                raise QuarantineBudgetExceeded(
                    QT_TRANSLATE_NOOP("SyncProblems", "the peer sent more than {junk_limit} items that failed a check"),
                    junk_limit=JUNK_LIMIT,
                )
        if held or tally.rows < QUARANTINE_ROWS:
            tally.rows += not held
            with self.store.begin() as conn:
                conn.execute(
                    t.quarantine.insert().values(
                        received_at=now_utc(),
                        source=source[:200],
                        kind=kind,
                        reason=reason[:500],
                        data=data if held else b"",
                        digest=hashlib.sha256(data).hexdigest(),
                        size=len(data),
                    )
                )

    def begin_session(self, peer: str) -> None:
        """A session with `peer` starts on this engine: its junk budget starts afresh (an engine
        serves many sessions, one after another)."""
        self.flush(peer)
        self._tallies.pop(peer, None)
        self.sessions.add(peer)

    def flush(self, source: str | None = None) -> None:
        """One audit entry per source for what it sent that failed a check since the last one
        (a session's worth), instead of one per item."""
        for src, tally in list(self._tallies.items()):
            if source is not None and src != source or not tally.unaudited:
                continue
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(tally.kinds.items()) if k != "held")
            with self.store.begin() as conn:
                audit.append(conn, self.actor, "quarantined", "", f"{tally.unaudited} from {src[:40]}: {kinds}"[:200])
            tally.unaudited = 0

    def listed(self, include_held: bool = False) -> list[AnyRow]:
        q = sa.select(
            t.quarantine.c.id,
            t.quarantine.c.received_at,
            t.quarantine.c.source,
            t.quarantine.c.kind,
            t.quarantine.c.reason,
            t.quarantine.c.digest,
            t.quarantine.c.size,
        ).order_by(t.quarantine.c.id)
        if not include_held:
            q = q.where(t.quarantine.c.kind != "held")
        with self.store.engine.connect() as conn:
            return list(conn.execute(q).all())
