"""What waits for this device's person when Concord starts: the Chief Inspector's sign-off
requests with their age and red flags; for everyone, overdue actions of their own or their
agency, risk reviews due or overdue, sign-offs gone stale and aftercare check-ins overdue.

Drawn from the cases as this device's role may read them, on the day the clock gives: nothing
here is stored, so it is never out of date with the cases it comes from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.models import clock
from app.models.case_reader import CaseSummary
from app.models.cases import CaseSession
from app.models.contact_language import contact_languages
from app.models.errors import ConcordError
from app.models.language import shown, translate
from app.models.meetings.actions import rows_of
from app.models.process import decision_flags
from app.models.process import lifecycle as lc
from app.models.process.service import ProcessService
from app.models.risk.service import RiskService, RiskView

SIGNOFF_REQUEST = "sign-off request"
OVERDUE_ACTION = "overdue action"
REVIEW = "risk review"
STALE_SIGNOFF = "stale sign-off"
CHECKIN = "aftercare check-in"

REVIEW_SOON = dt.timedelta(days=7)  # a review due within a week is listed before it falls due


@dataclass(frozen=True)
class WorkItem:
    kind: str
    case_id: str
    reference: str
    what: str  # in plain words
    since: dt.date | None  # when it started waiting (request) or fell due
    warnings: tuple[str, ...] = ()  # red flags and overdue notes, each in words
    section: str = "process"  # the case section to open for it

    def age_days(self, today: dt.date) -> int | None:
        return None if self.since is None else (today - self.since).days

    @property
    def urgent(self) -> bool:
        return bool(self.warnings)


def _day(text: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(text)[:10])
    except (TypeError, ValueError):
        return None


def _review_item(case: CaseSession, risk_view: RiskView, today: dt.date) -> WorkItem | None:
    shown = risk_view.flags.flags
    if shown is not None and (shown.review_due is not None or shown.review_now):
        due = shown.review_due_by(today)
        overdue = shown.review_overdue(today)
        why = (
            translate("Worklist", "something has happened since the last assessment")
            if shown.review_now
            else translate("Worklist", "after the last assessment")
        )
    elif risk_view.picture.review is not None and risk_view.picture.current is not None:
        due, overdue, why = (
            risk_view.picture.review.due,
            risk_view.picture.review.overdue,
            risk_view.picture.review.reason,
        )
    else:
        return None
    if due is None or (not overdue and due - today > REVIEW_SOON):
        return None
    if overdue:
        return WorkItem(
            REVIEW,
            case.case_id,
            case.reference,
            translate("Worklist", "Risk review overdue (due {why})").format(why=why),
            due,
            (translate("Worklist", "OVERDUE: the risk review is late"),),
            "risk",
        )
    title = translate("Worklist", "Risk review due soon (due {why})").format(why=why)
    return WorkItem(REVIEW, case.case_id, case.reference, title, due, (), "risk")


def items_for_case(
    case: CaseSession,
    process_service: ProcessService,
    risk_service: RiskService,
    person: str,
    agency: str,
    role: str,
    today: dt.date,
) -> list[WorkItem]:
    """What waits on one open case; a sign-off request carries the red flags the decision will
    have to answer (decision_flags.py), so the inbox shows them before the case is opened."""
    out: list[WorkItem] = []
    view = process_service.view(case, today)
    risk = risk_service.view_of(case, today)
    if role == "chief_inspector" and view.open_request is not None and view.process.recorded == lc.AWAITING:
        req = view.open_request
        since = _day(req.get("requested_at"))
        flags = tuple(f.words for f in decision_flags.red_flags(case, view, risk, risk_service.policy, today))
        out.append(
            WorkItem(
                SIGNOFF_REQUEST,
                case.case_id,
                case.reference,
                translate("Worklist", "Sign-off requested by {who}").format(
                    who=req.get("requested_by") or translate("Worklist", "the police lead")
                ),
                since,
                flags,
            )
        )
    if (
        view.current is not None
        and view.current.valid
        and view.current.stale
        and view.current.decision is not None
        and view.current.decision.approves
    ):
        out.append(
            WorkItem(
                STALE_SIGNOFF,
                case.case_id,
                case.reference,
                translate("Worklist", "The sign-off no longer covers the case as it is: {why}").format(
                    why="; ".join(shown(x) for x in view.current.stale_because)
                ),
                None,
                (translate("Worklist", "STALE: the approval was given on data that has since changed"),),
            )
        )
    review = _review_item(case, risk, today)
    if review is not None:
        out.append(review)
    # Whoever makes the check-in sees the language the survivor asked for, before they call.
    survivor = next((c for c in contact_languages(case) if c.party == "harmed"), None)
    for c in view.aftercare:
        if not c.held and c.overdue(today):
            title = translate("Worklist", "Aftercare check-in with the survivor")
            if survivor is not None:
                title += " " + translate("Worklist", "(in {language})").format(language=survivor.words())
            out.append(
                WorkItem(
                    CHECKIN,
                    case.case_id,
                    case.reference,
                    title,
                    c.due_on,
                    (translate("Worklist", "OVERDUE: the check-in is late"),),
                )
            )
    for a in rows_of(case, today):
        # Action owners are named from the panel's agency list ("Police"), a device's agency in
        # full ("South Wales Police"): the one within the other is the same agency.
        mine = bool(
            (person and a.owner.casefold() == person.casefold())
            or (agency and a.agency and a.agency.casefold() in agency.casefold())
        )
        if a.overdue and mine:
            out.append(
                WorkItem(
                    OVERDUE_ACTION,
                    case.case_id,
                    case.reference,
                    translate("Worklist", "Action for {owner}: {action}").format(
                        owner=a.owner or a.agency, action=a.action
                    ),
                    a.target,
                    (translate("Worklist", "OVERDUE: past its target date"),),
                    "actions",
                )
            )
    return out


def waiting(
    open_case: Callable[[str], CaseSession],
    list_cases: Callable[[], Iterable[CaseSummary]],
    process_service: ProcessService,
    risk_service: RiskService,
    person: str,
    agency: str,
    role: str,
    today: dt.date | None = None,
    on_error: Callable[[str, str], None] | None = None,
) -> list[WorkItem]:
    """Everything waiting, sign-off requests first (oldest first), then the rest by date."""
    today = today or clock.today()
    out: list[WorkItem] = []
    for summary in list_cases():
        try:
            case = open_case(summary.case_id)
            out += items_for_case(case, process_service, risk_service, person, agency, role, today)
        except ConcordError as exc:  # one unreadable case must not hide the others' work
            if on_error is not None:
                on_error(summary.case_id, str(exc))
    order = {SIGNOFF_REQUEST: 0, STALE_SIGNOFF: 1, REVIEW: 2, CHECKIN: 3, OVERDUE_ACTION: 4}
    return sorted(out, key=lambda i: (order.get(i.kind, 9), i.since or dt.date.max, i.reference))
