"""Panel actions across cases and meetings: what is open, what is overdue, and who owns it.

Actions live in their case (field `action_items`), so an action agreed at one meeting is still
there, open, at the next: carrying forward needs no copying. Its status is the latest reported,
with the day it was reported; a review at a meeting both records the outcome for that meeting's
minutes and updates the status.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from app.models.case_reader import CaseReader
from app.models.documents.values import day_text, loose_date
from app.models.language import QT_TRANSLATE_NOOP, translate

ITEMS, REVIEWS = "action_items", "action_reviews"
OPEN_STATUSES = ("open", "not done")
OUTCOMES = ("done", "circumstances changed", "not done")
# Stored as written here; shown through translate("ActionStatus", status).
_STATUS_WORDS = (
    QT_TRANSLATE_NOOP("ActionStatus", "open"),
    QT_TRANSLATE_NOOP("ActionStatus", "not done"),
    QT_TRANSLATE_NOOP("ActionStatus", "done"),
    QT_TRANSLATE_NOOP("ActionStatus", "circumstances changed"),
)


def status_text(status: str) -> str:
    return translate("ActionStatus", status)


CSV_COLUMNS = (
    "Case",
    "Action",
    "Owning agency",
    "Owner",
    "Target date",
    "Status",
    "Status reported on",
    "Raised on",
    "Overdue",
)


@dataclass(frozen=True)
class ActionRow:
    case_id: str
    reference: str
    action_id: str
    action: str
    agency: str
    owner: str
    target: dt.date | None
    status: str
    status_on: dt.date | None
    raised_at: str  # the meeting's id, or "" for an action added outside a meeting
    raised_on: dt.date | None
    overdue: bool

    @property
    def open(self) -> bool:
        return self.status in OPEN_STATUSES

    def cells(self) -> tuple[str, ...]:
        return (
            self.reference,
            self.action,
            self.agency,
            self.owner,
            day_text(self.target),
            self.status,
            day_text(self.status_on),
            day_text(self.raised_on),
            "OVERDUE" if self.overdue else "",
        )


def rows_of(case: CaseReader, today: dt.date) -> list[ActionRow]:
    """The actions of one open case (as its role may read them)."""
    if not case.can_read(ITEMS):
        return []
    out = []
    for r in case.get(ITEMS) or []:
        status = r.get("action_status") or "open"
        target = loose_date(r.get("target_date"))
        out.append(
            ActionRow(
                case.case_id,
                case.reference,
                str(r.get("id")),
                (r.get("action") or "").strip(),
                r.get("owner_agency") or "",
                (r.get("owner_person") or "").strip(),
                target,
                status,
                loose_date(r.get("status_reported_on")),
                r.get("raised_at") or "",
                loose_date(r.get("raised_on")),
                status in OPEN_STATUSES and target is not None and target < today,
            )
        )
    return out


class Tracker:
    """Every action a device can read, ready to filter many times (a view filters on each key)."""

    def __init__(self, rows: list[ActionRow]):
        self.rows = sorted(rows, key=lambda r: (not r.overdue, r.target or dt.date.max, r.reference, r.action_id))
        self._agency = [r.agency.casefold() for r in self.rows]
        self._owner = [r.owner.casefold() for r in self.rows]

    def agencies(self) -> list[str]:
        return sorted({r.agency for r in self.rows if r.agency})

    def owners(self) -> list[str]:
        return sorted({r.owner for r in self.rows if r.owner})

    def filter(
        self, agency: str = "", owner: str = "", open_only: bool = True, overdue_only: bool = False
    ) -> list[ActionRow]:
        """Agency matches exactly (ignoring case); owner matches any part of the name."""
        agency, owner = agency.casefold(), owner.casefold()
        out = []
        for i, r in enumerate(self.rows):
            if open_only and r.status not in OPEN_STATUSES:
                continue
            if overdue_only and not r.overdue:
                continue
            if agency and self._agency[i] != agency:
                continue
            if owner and owner not in self._owner[i]:
                continue
            out.append(r)
        return out


def _safe_cell(text: str) -> str:
    # A spreadsheet runs a cell that starts with = + - @ (or a tab/return) as a formula: an action
    # text typed by one agency must not run on another's machine.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def to_csv(rows: list[ActionRow]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for r in rows:
        w.writerow([_safe_cell(c) for c in r.cells()])
    return buf.getvalue()
