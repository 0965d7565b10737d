"""The panel-wide audit as an information governance officer's device holds it: every device's
entries, as each device sealed them for it (app/sync/engine/audit_records.py), asked the two
questions the officer is asked - who has read this section of this case, and what did this
device read this month - and checked for chains that are broken or have gaps.

Only ids, names and times are here: the entries never held a value.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from app.models.storage import tables as t
from app.models.storage.store import Store

READS = ("case_read", "section_read")
CHANGES = ("field_changed", "record_added", "record_changed", "record_removed")


@dataclass(frozen=True)
class Seen:
    device: str  # whose chain it is
    seq: int
    at: str
    person: str
    role: str
    action: str
    case_ref: str
    target: str  # a section or field id, or what the action names
    disclosure: dict[str, Any] | None = None


@dataclass(frozen=True)
class ChainProblem:
    device: str
    seq: int
    problem: str


def _seen(r: Any) -> Seen:
    return Seen(
        r.author,
        r.seq,
        r.at,
        r.person,
        r.role,
        r.action,
        r.case_ref,
        r.target,
        json.loads(r.disclosure) if r.disclosure else None,
    )


def who_read(store: Store, case_ref: str, section: str | None = None, fields: tuple[str, ...] = ()) -> list[Seen]:
    """Every read of the case (of one section, when named: the section opened, or one of its
    fields changed), across every device that sealed its entries for this one, oldest first."""
    p = t.panel_audit.c
    query = sa.select(t.panel_audit).where(p.case_ref == case_ref, p.action.in_(READS + CHANGES))
    with store.engine.connect() as conn:
        rows = [_seen(r) for r in conn.execute(query.order_by(p.at, p.author, p.seq))]
    if section is None:
        return rows
    return [
        s for s in rows if (s.action in READS and s.target == section) or (s.action in CHANGES and s.target in fields)
    ]


def device_month(store: Store, device: str, month: str) -> list[Seen]:
    """What one device read and changed in a month (YYYY-MM, by the time each entry carries)."""
    p = t.panel_audit.c
    query = sa.select(t.panel_audit).where(
        p.author == device, p.at.startswith(month), p.action.in_(READS + CHANGES + ("read_refused", "write_refused"))
    )
    with store.engine.connect() as conn:
        return [_seen(r) for r in conn.execute(query.order_by(p.seq))]


def disclosures(store: Store, case_ref: str) -> list[Seen]:
    """What every device logged as disclosed, or not shared, of a case."""
    p = t.panel_audit.c
    query = sa.select(t.panel_audit).where(p.case_ref == case_ref, p.disclosure != "")
    with store.engine.connect() as conn:
        return [_seen(r) for r in conn.execute(query.order_by(p.at, p.author, p.seq))]


def cases(store: Store) -> list[str]:
    """The references of the cases any entry held here names."""
    p = t.panel_audit.c
    with store.engine.connect() as conn:
        return sorted(r for (r,) in conn.execute(sa.select(p.case_ref).where(p.case_ref != "").distinct()))


def devices(store: Store) -> dict[str, int]:
    """Each device whose entries this device holds, with the last entry number held."""
    p = t.panel_audit.c
    with store.engine.connect() as conn:
        return dict(conn.execute(sa.select(p.author, sa.func.max(p.seq)).group_by(p.author)).all())


def chain_problems(store: Store, expected: dict[str, str] | None = None) -> list[ChainProblem]:
    """Where a device's entries stop running on: a gap (entries never received), an entry that
    does not name the hash of the one before it, an entry number given two different entries.
    `expected`: device id -> name of the devices that should have sent something; one that has
    sent nothing is a missing chain."""
    p = t.panel_audit.c
    out: list[ChainProblem] = []
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(p.author, p.seq, p.prev_hash, p.hash, p.rewritten).order_by(p.author, p.seq)
        ).all()
    last: dict[str, tuple[int, str]] = {}
    for author, seq, prev_hash, digest, rewritten in rows:
        before = last.get(author)
        if before is None and seq != 1:
            out.append(ChainProblem(author, 1, f"entries 1 to {seq - 1} never arrived"))
        elif before is not None and seq != before[0] + 1:
            out.append(ChainProblem(author, before[0] + 1, f"entries {before[0] + 1} to {seq - 1} never arrived"))
        elif before is not None and prev_hash != before[1]:
            out.append(ChainProblem(author, seq, f"entry {seq} does not follow entry {seq - 1}: the chain is broken"))
        if rewritten:
            out.append(
                ChainProblem(author, seq, f"entry {seq} arrived twice, different each time: the log was rewritten")
            )
        last[author] = (seq, digest)
    for device in sorted(set(expected or {}) - set(last)):
        out.append(ChainProblem(device, 0, "no audit entries have arrived from this device"))
    return out
