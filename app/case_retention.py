"""Retention on the chair's device: which closed cases are past their retention period, which
stand under a legal hold, and the signed entries that hold, release and erase them (carried to
every device by sync: app/sync/engine/erasure.py). Shared by the command line and the desktop."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.models import clock
from app.models.errors import NotFound, ValidationError
from app.models.language import QT_TRANSLATE_NOOP
from app.models.process.retention import Retention, load_retention, retention_of
from app.sync.engine import erasure


@dataclass(frozen=True)
class CaseRetention:
    case_id: str
    reference: str
    retention: Retention | None  # None while the case is open
    hold: str  # a legal hold's reason; "" when none stands


def listed(ws, today: dt.date | None = None) -> list[CaseRetention]:
    """Every case on this device with where its retention stands, oldest closing first."""
    today = today or clock.today()
    policy = load_retention()
    holds = ws.sync.state().holds if ws.sync.panel_id else {}
    out = []
    for summary in ws.list_cases():
        case = ws.open_case(summary.case_id)
        retention = retention_of(ws.process.view(case, today).process, policy, today)
        hold = holds.get(summary.case_id)
        out.append(CaseRetention(summary.case_id, case.reference, retention, hold.why if hold else ""))
    return sorted(
        out, key=lambda c: (c.retention is None, c.retention.closed_on if c.retention else dt.date.max, c.reference)
    )


def erase(ws, ref_or_id: str, today: dt.date | None = None) -> str:
    """Erase one case whose retention period is over, on every device. Returns its reference."""
    today = today or clock.today()
    found = next((c for c in listed(ws, today) if ref_or_id in (c.case_id, c.reference)), None)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeviceProblems", "no case '{ref_or_id}'"), ref_or_id=ref_or_id)
    r = found.retention
    if r is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("CaseProblems", "case {reference} is not closed: it is kept while it is open"),
            reference=found.reference,
        )
    if not r.due:
        raise ValidationError(
            QT_TRANSLATE_NOOP("CaseProblems", "case {reference} is kept until {date}: it cannot be erased before"),
            reference=found.reference,
            date=r.erase_after.isoformat(),
        )
    if found.hold:
        raise ValidationError(
            QT_TRANSLATE_NOOP("CaseProblems", "case {reference} is under a legal hold: release it first"),
            reference=found.reference,
        )
    why = f"retention over: {r.outcome}, closed {r.closed_on.isoformat()}, kept until {r.erase_after.isoformat()}"
    erasure.issue(ws.sync, "erase", found.case_id, why)
    return found.reference


def erase_due(ws, today: dt.date | None = None) -> list[str]:
    """Erase every case past its retention period and not under a legal hold."""
    today = today or clock.today()
    due = [c for c in listed(ws, today) if c.retention is not None and c.retention.due and not c.hold]
    return [erase(ws, c.case_id, today) for c in due]


def hold(ws, ref_or_id: str, reason: str) -> None:
    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("CaseProblems", "a legal hold needs its reason"))
    erasure.issue(ws.sync, "hold", ref_or_id, reason.strip())


def release(ws, ref_or_id: str) -> None:
    erasure.issue(ws.sync, "release", ref_or_id, "")
