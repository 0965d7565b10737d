"""Which cases received changes made on other devices since the last look.

The worker and the listener each apply what arrives through their own connection to the store;
the desktop's open views learn of it from this, per exchange, without re-reading every case.
"""

from __future__ import annotations

import sqlalchemy as sa

from app.models.storage import tables as t
from app.models.storage.store import Store


class ChangeWatch:
    def __init__(self, store: Store, own_actor: bytes):
        self.store = store
        self.own_actor = own_actor
        self.mark = self._last_id()

    def _last_id(self) -> int:
        with self.store.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.max(t.changes.c.id))).scalar() or 0

    def changed_cases(self) -> set[str]:
        """Cases with changes by another actor stored since the previous call (or since start)."""
        c = t.changes.c
        with self.store.engine.connect() as conn:
            rows = conn.execute(
                sa.select(c.id, c.case_id, c.actor, c.hashes.is_not(None).label("received")).where(c.id > self.mark)
            ).all()
        if rows:
            self.mark = max(r.id for r in rows)
        # A run is always received, whoever made its first change (even this device, restored).
        return {r.case_id for r in rows if r.received or r.actor != self.own_actor}
