"""The disclosure log: every time case data leaves this device, what went (case, compartments,
field ids - never a value), to whom, when, under which rule of the agreement and on what lawful
basis; and every decision not to share (fields withheld from a report, an export refused, a
peer offered less because a party's consent no longer counts).

Each row is sealed by an audit entry (`disclosed` or `not_shared`) written in the same
transaction, whose target is the row's channel and digest: the row cannot be changed, dropped or
slipped in without `audit.verify` saying where.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from app.models import audit
from app.models.audit_seals import DISCLOSED, NOT_SHARED, disclosure_digest, seal_target
from app.models.storage import tables as t
from app.models.storage.store import Store

# Where the data went out: a sync session, the relay, a bundle file, a compartment exported,
# a signed report, the panel's minutes, a subject access pack.
CHANNELS = ("sync", "relay", "bundle", "export", "report", "minutes", "sar")
ACTION_SHARED, ACTION_NOT_SHARED = DISCLOSED, NOT_SHARED


@dataclass(frozen=True)
class Recipient:
    """Who data went to. A file made for an audience names the audience's roles, no device."""

    device: str = ""
    person: str = ""
    role: str = ""
    agency: str = ""


@dataclass(frozen=True)
class Disclosure:
    case_ref: str
    channel: str
    shared: bool
    to: Recipient
    compartments: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()  # the agreement's rules it went (or was kept back) under
    basis: tuple[str, ...] = ()  # the lawful bases those rules give; "consent: <party>" for consent
    reason: str = ""  # why not shared (English, as logs are); for a share, empty
    count: int = 0  # envelopes, files or fields, as the channel counts
    what: str = ""  # the kind of thing: "sign-off report", "bundle 3fa2...", "compartment"

    def detail(self) -> dict[str, Any]:
        return {
            "compartments": list(self.compartments),
            "fields": list(self.fields),
            "rules": list(self.rules),
            "basis": list(self.basis),
            "reason": self.reason,
            "count": self.count,
            "what": self.what,
        }


@dataclass(frozen=True)
class Logged:
    seq: int
    at: str
    by: str  # the person who was using this device
    disclosure: Disclosure = field(compare=False)


def _row_values(d: Disclosure) -> dict[str, Any]:
    return {
        "case_ref": d.case_ref,
        "channel": d.channel,
        "shared": d.shared,
        "to_device": d.to.device,
        "to_person": d.to.person,
        "to_role": d.to.role,
        "to_agency": d.to.agency,
        "detail": d.detail(),
    }


def record(conn: sa.Connection, actor: audit.Actor, disclosures: Iterable[Disclosure]) -> int:
    """Log each disclosure in the caller's transaction, so it commits with what it records."""
    n = 0
    for d in disclosures:
        if d.channel not in CHANNELS:
            raise ValueError(f"unknown disclosure channel {d.channel}")
        action = ACTION_SHARED if d.shared else ACTION_NOT_SHARED

        values = _row_values(d)

        def sealing(seq: int, at: str, values: dict[str, Any] = values, channel: str = d.channel) -> str:
            return seal_target(channel, disclosure_digest(seq, at, values))

        seq, at = audit.append(conn, actor, action, d.case_ref, sealing)
        stored = dict(values, detail=json.dumps(values["detail"], ensure_ascii=False, separators=(",", ":")))
        conn.execute(t.disclosures.insert().values(seq=seq, at=at, **stored))
        n += 1
    return n


def _row(row: sa.Row[Any]) -> Logged:
    detail = json.loads(row.detail)
    d = Disclosure(
        case_ref=row.case_ref,
        channel=row.channel,
        shared=bool(row.shared),
        to=Recipient(row.to_device, row.to_person, row.to_role, row.to_agency),
        compartments=tuple(detail.get("compartments", ())),
        fields=tuple(detail.get("fields", ())),
        rules=tuple(detail.get("rules", ())),
        basis=tuple(detail.get("basis", ())),
        reason=detail.get("reason", ""),
        count=int(detail.get("count", 0)),
        what=detail.get("what", ""),
    )
    return Logged(row.seq, row.at, row._mapping.get("person") or "", d)


def listed(store: Store, case_ref: str | None = None, device: str | None = None) -> list[Logged]:
    """The log, oldest first: of one case, of what went to one device, or all of it."""
    d, a = t.disclosures.c, t.audit.c
    query = sa.select(t.disclosures, a.person).join(t.audit, a.seq == d.seq).order_by(d.seq)
    if case_ref is not None:
        query = query.where(d.case_ref == case_ref)
    if device is not None:
        query = query.where(d.to_device == device)
    with store.engine.connect() as conn:
        return [_row(r) for r in conn.execute(query).all()]
