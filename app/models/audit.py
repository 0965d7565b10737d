"""The device's append-only, hash-chained audit log: who read which section, who changed which field.

Values are never written here - only who, when, what kind of access, which case and which
section or field. Each entry's hash covers the previous entry's hash, so changing, removing or
reordering any entry breaks the chain from that point on, and `verify` names where.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

import sqlalchemy as sa

from app.models import tables as t
from app.models.store import Store, now_utc

GENESIS = "0" * 64
ACTIONS = (
    "device_created",
    "case_created",
    "section_read",
    "field_changed",
    "record_added",
    "record_changed",
    "record_removed",
    "compartment_exported",
    "report_written",
    "panel_founded",
    "panel_joined",
    "member_changed",
    "quarantined",
    "invitation_issued",
    "invitation_withdrawn",
    "invitation_redeemed",
    "invitation_refused",
    # Reads and refusals: a read of case data in any command or view, and every refused read or
    # write, leave a trace, so a log shows what was tried as well as what was done.
    "case_read",
    "read_refused",
    "write_refused",
    # Files and bundles that carry case data off the store.
    "file_written",
    "bundle_exported",
    "bundle_imported",
    # The chain's anchors and what a peer said of this device's chain.
    "audit_anchored",
    "role_change_requested",
    "role_change_approved",
    "record_refused",
)


@dataclass(frozen=True)
class Actor:
    device_id: str
    person: str
    role: str


@dataclass(frozen=True)
class Entry:
    seq: int
    at: str
    device_id: str
    person: str
    role: str
    action: str
    case_ref: str
    target: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class Verdict:
    ok: bool
    entries: int
    broken_at: int | None = None
    problem: str = ""


def entry_hash(prev_hash: str, seq: int, at: str, device_id: str, person: str, role: str, action: str, case_ref: str, target: str) -> str:
    body = json.dumps(
        [seq, at, device_id, person, role, action, case_ref, target], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def append(conn: sa.Connection, actor: Actor, action: str, case_ref: str = "", target: str = "") -> None:
    """Append one entry inside the caller's transaction, so it commits with what it records."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action}")
    last = conn.execute(sa.select(t.audit.c.seq, t.audit.c.hash).order_by(t.audit.c.seq.desc()).limit(1)).first()
    seq = (last.seq + 1) if last else 1
    prev = last.hash if last else GENESIS
    at = now_utc()
    digest = entry_hash(prev, seq, at, actor.device_id, actor.person, actor.role, action, case_ref, target)
    conn.execute(
        t.audit.insert().values(
            seq=seq,
            at=at,
            device_id=actor.device_id,
            person=actor.person,
            role=actor.role,
            action=action,
            case_ref=case_ref,
            target=target,
            prev_hash=prev,
            hash=digest,
        )
    )


def entries(store: Store) -> list[Entry]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(t.audit).order_by(t.audit.c.seq)).all()
    return [Entry(**row._mapping) for row in rows]


def verify(store: Store) -> Verdict:
    items = entries(store)
    prev = GENESIS
    for expected_seq, e in enumerate(items, start=1):
        if e.seq != expected_seq:
            return Verdict(False, len(items), expected_seq, f"entry {expected_seq} is missing")
        if e.prev_hash != prev:
            return Verdict(False, len(items), e.seq, f"entry {e.seq} does not follow entry {e.seq - 1}")
        digest = entry_hash(prev, e.seq, e.at, e.device_id, e.person, e.role, e.action, e.case_ref, e.target)
        if digest != e.hash:
            return Verdict(False, len(items), e.seq, f"entry {e.seq} was altered after it was written")
        prev = e.hash
    return Verdict(True, len(items))
