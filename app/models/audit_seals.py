"""Records the audit chain seals: a row kept in a table of its own (the disclosure log) whose
audit entry, written in the same transaction, carries the row's digest as its target. Changing,
dropping or slipping in a row then breaks the match `audit.verify` checks, as changing an entry
breaks the chain."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from app.models.storage import tables as t
from app.models.storage.store import Store

# The audit actions whose entry seals one row of the disclosure log.
DISCLOSED, NOT_SHARED = "disclosed", "not_shared"


def disclosure_digest(seq: int, at: str, row: dict[str, Any]) -> str:
    body = [
        seq,
        at,
        row["case_ref"],
        row["channel"],
        bool(row["shared"]),
        row["to_device"],
        row["to_person"],
        row["to_role"],
        row["to_agency"],
        row["detail"],
    ]
    return hashlib.sha256(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")).hexdigest()


def seal_target(channel: str, digest: str) -> str:
    return f"{channel} {digest}"


def unsealed(store: Store, entries: Sequence[Any]) -> tuple[int, str] | None:
    """The first row of the disclosure log that no audit entry seals, or entry that seals no
    row, as (seq, problem); None when every row and entry match."""
    sealing = {e.seq: e for e in entries if e.action in (DISCLOSED, NOT_SHARED)}
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(t.disclosures).order_by(t.disclosures.c.seq)).all()
    seen = set()
    for row in rows:
        entry = sealing.get(row.seq)
        if entry is None:
            return row.seq, f"disclosure {row.seq} has no audit entry that seals it: it was slipped in"
        values = dict(row._mapping)
        try:
            values["detail"] = json.loads(values["detail"])
        except ValueError:
            return row.seq, f"disclosure {row.seq} was altered after it was logged"
        want = seal_target(row.channel, disclosure_digest(row.seq, row.at, values))
        if row.at != entry.at or not hmac.compare_digest(want, entry.target):
            return row.seq, f"disclosure {row.seq} was altered after it was logged"
        seen.add(row.seq)
    missing = sorted(set(sealing) - seen)
    if missing:
        return missing[0], f"disclosure {missing[0]} was removed from the log"
    return None
