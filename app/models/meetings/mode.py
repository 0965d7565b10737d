"""Meeting mode: what the panel sees and writes for each case on the agenda.

Everything shown flows from the case - referral facts, the risk score and the criterion it meets,
each agency's own panel summary, the survivor's views as the advocate shares them - and what the
panel says is written back into the case: the discussion (facts apart from opinion, and the
decisions) and the actions, so nothing is typed twice and the next meeting finds it there.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from app.models import clock
from app.models.case_reader import CaseReader
from app.models.case_schema import FieldDef, Schema
from app.models.cases import CaseSession
from app.models.contact_language import contact_summary
from app.models.documents.textdiff import rebase
from app.models.errors import NotFound, ValidationError
from app.models.language import QT_TRANSLATE_NOOP, option_label, pick, translate
from app.models.meetings.actions import ITEMS, OPEN_STATUSES, OUTCOMES, REVIEWS, ActionRow, Tracker, rows_of
from app.models.meetings.agenda import load_meeting_policy
from app.models.meetings.seal import SealedCase
from app.models.meetings.service import DISCUSSIONS, AgendaItem, MeetingService, MeetingView, parse_date, required
from app.models.risk.assessment import RiskPicture
from app.models.risk.flags import ShownFlags, describe
from app.models.risk.policy import RiskPolicy

SUMMARY_SECTION = "panel_summaries"
VIEWS = "survivor_views"
DISCUSSION_PARTS = ("key_risks", "opinions", "decisions")
RISK_FLAGS = QT_TRANSLATE_NOOP("MeetingFacts", "Risk flags")  # the facts' label of escalation, repeat, review and level


def __getattr__(name: str) -> Any:
    # The agencies an action may be owned by come from the meetings policy; the command line
    # offers the default policy's before any workspace (and so any service) is open.
    if name == "ACTION_AGENCIES":
        return load_meeting_policy().agencies
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class Discussion:
    record_id: str
    key_risks: str = ""
    opinions: str = ""
    decisions: str = ""


@dataclass
class CasePanel:
    """One agenda item as this device's role may see it."""

    case_id: str
    reference: str
    item: AgendaItem | None
    facts: list[tuple[str, str]] = field(default_factory=list)  # label, value (always readable ones)
    summaries: list[tuple[str, str]] = field(default_factory=list)  # agency, text
    survivor_views: str | None = None  # None: not readable here
    discussion: Discussion | None = None
    actions: list[ActionRow] = field(default_factory=list)  # raised at this meeting
    earlier: list[tuple[ActionRow, str, str]] = field(default_factory=list)  # (action, outcome here, note)
    contact: str = ""  # the language each party asked to be contacted in, as far as the role may read


def agency_summaries(schema: Schema) -> list[tuple[FieldDef, str]]:
    """(field, the agencies of the roles that write it) for each agency's own panel summary: the
    summary section's long texts, the survivor's views apart (they are shown as the advocate's)."""
    out = []
    for f in schema.section(SUMMARY_SECTION).fields:
        if f.id != VIEWS and f.type == "long_text":
            out.append((f, ", ".join(pick(schema.roles[r], "agency") for r in sorted(schema.access[f.id].write))))
    return out


def risk_criterion(picture: RiskPicture, policy: RiskPolicy, flags: ShownFlags | None = None) -> tuple[str, str]:
    """(score, the referral criterion it meets) from the risk picture; escalation and repeat from
    the flags as this device shows them where the picture could not see the incidents."""
    current = picture.current
    if current is None:
        return translate("MeetingFacts", "no assessment recorded"), translate("MeetingFacts", "none recorded")
    instrument = current.assessment.instrument
    levels = policy.levels_for(instrument)
    level = pick(current.level, "label")
    score = f"{current.score} ({instrument.upper()}, {current.assessment.assessed_on.isoformat()}): {level}"
    if current.score >= levels[-1].min:
        return score, translate("MeetingFacts", "visible high risk (score {min} or more)").format(min=levels[-1].min)
    if current.raised:
        return score, translate("MeetingFacts", "professional judgement (raised to {level})").format(level=level)
    told = flags.flags if flags is not None and flags.flags is not None else None
    if (
        picture.escalation is not None
        and picture.escalation.escalating
        or (picture.escalation is None and told is not None and told.escalating)
    ):
        return score, translate("MeetingFacts", "potential escalation")
    if picture.repeat or (picture.repeat is None and told is not None and told.repeat):
        return score, translate("MeetingFacts", "repeat")
    return score, translate("MeetingFacts", "{level} risk by score").format(level=level.lower())


class MeetingMode:
    def __init__(self, service: MeetingService):
        self.service = service

    def _case(self, case_ref: str) -> CaseSession:
        try:
            return self.service.open_case(case_ref)
        except NotFound:
            raise NotFound(
                QT_TRANSLATE_NOOP("MeetingProblems", "no case '{case_ref}' on this device"), case_ref=case_ref
            ) from None

    # ----- reading -----------------------------------------------------------------------------
    def discussion(self, case: CaseReader, meeting_id: str) -> Discussion | None:
        if not case.can_read(DISCUSSIONS):
            return None
        found = [r for r in case.get(DISCUSSIONS) if r.get("meeting_id") == meeting_id]
        if not found:
            return Discussion("")
        # Two devices that each began the record offline made two: show both, merged by part.
        parts = {p: "\n".join(t for t in ((r.get(p) or "").strip() for r in found) if t) for p in DISCUSSION_PARTS}
        return Discussion(str(found[0]["id"]), **parts)

    def case_panel(
        self, meeting: str | MeetingView, case_ref: str | CaseSession, today: dt.date | None = None
    ) -> CasePanel:
        """meeting: its reference or id, or its view when the caller has it already; likewise the
        case, or the case itself when the caller has it open."""
        view = meeting if isinstance(meeting, MeetingView) else self.service.view(meeting)
        opened = case_ref if isinstance(case_ref, CaseSession) else self._case(case_ref)
        case: CaseReader = opened
        if view.closed and opened.case_id in view.seal:
            # A closed meeting's records as the chair closed over them, on every device.
            case = SealedCase(opened, view.meeting_id, view.seal[opened.case_id])
        today = today or clock.today()
        panel = CasePanel(case.case_id, case.reference, view.item_for(case.case_id))

        def get(fid: str) -> Any:
            # A choice reads in the current language; what is stored stays the English option.
            if not case.can_read(fid):
                return None
            value, f = case.get(fid), case.schema.fields.get(fid)
            return option_label(f.options, f.options_cy, value) if f is not None and f.options and value else value

        day = view.date or today
        risk = self.service.risk.view_of(case, day)
        score, criterion = risk_criterion(risk.picture, self.service.risk.policy, risk.flags)
        children = get("children_involved")
        number = get("number_of_children")
        panel.facts = [
            (
                QT_TRANSLATE_NOOP("MeetingFacts", "Referral date"),
                get("referral_date") or QT_TRANSLATE_NOOP("MeetingFacts", "not recorded"),
            ),
            (
                QT_TRANSLATE_NOOP("MeetingFacts", "Referral source"),
                get("referral_source") or QT_TRANSLATE_NOOP("MeetingFacts", "not recorded"),
            ),
            (QT_TRANSLATE_NOOP("MeetingFacts", "Risk score"), score),
            (QT_TRANSLATE_NOOP("MeetingFacts", "Referral criterion"), criterion),
            (RISK_FLAGS, describe(risk.flags, self.service.risk.policy, day)),
            (
                QT_TRANSLATE_NOOP("MeetingFacts", "Children involved"),
                (QT_TRANSLATE_NOOP("MeetingFacts", "yes") + (f" ({number})" if number else ""))
                if children
                else (
                    QT_TRANSLATE_NOOP("MeetingFacts", "no")
                    if children is False
                    else QT_TRANSLATE_NOOP("MeetingFacts", "not recorded")
                ),
            ),
            (
                QT_TRANSLATE_NOOP("MeetingFacts", "Consent to referral"),
                get("consent_to_referral") or QT_TRANSLATE_NOOP("MeetingFacts", "not recorded"),
            ),
        ]
        panel.summaries = [
            (agency or f.label, (case.get(f.id) or "").strip())
            for f, agency in agency_summaries(case.schema)
            if case.can_read(f.id)
        ]
        panel.survivor_views = (case.get(VIEWS) or "") if case.can_read(VIEWS) else None
        panel.contact = contact_summary(case)
        panel.discussion = self.discussion(case, view.meeting_id)
        rows = rows_of(case, today)
        panel.actions = [r for r in rows if r.raised_at == view.meeting_id]
        panel.earlier = self._earlier(case, view, rows)
        return panel

    def _earlier(self, case: CaseReader, view: MeetingView, rows: list[ActionRow]) -> list[tuple[ActionRow, str, str]]:
        """Actions from before this meeting that it should review: those still open, and those it
        has reviewed (shown with the outcome it recorded)."""
        reviews: dict[str, tuple[str, str]] = {}
        if case.can_read(REVIEWS):
            for r in case.get(REVIEWS):
                if r.get("meeting_id") == view.meeting_id:
                    reviews[r.get("action_id")] = (r.get("outcome") or "", r.get("note") or "")
        out: list[tuple[ActionRow, str, str]] = []
        for row in rows:
            if row.raised_at == view.meeting_id:
                continue
            if view.date is not None and row.raised_on is not None and row.raised_on >= view.date:
                continue
            if row.action_id in reviews:
                out.append((row, *reviews[row.action_id]))
            elif row.open:
                out.append((row, "", ""))
        return out

    def earlier_actions(self, meeting_ref: str, today: dt.date | None = None) -> list[tuple[ActionRow, str, str]]:
        """The review of earlier actions for the whole meeting: every case this device holds."""
        view = self.service.view(meeting_ref)
        today = today or clock.today()
        out = []
        for summary in self.service.list_cases():
            case = self.service.open_case(summary.case_id)
            out += self._earlier(case, view, rows_of(case, today))
        return sorted(out, key=lambda t: (t[0].reference, t[0].raised_on or dt.date.min, t[0].action_id))

    def undiscussed(self, meeting: str | MeetingView) -> list[AgendaItem]:
        """The agenda's cases with nothing recorded for them at this meeting: no discussion
        written, no action agreed, no earlier action reviewed. A case this device does not hold
        (yet) is among them: nothing of it can be seen here. meeting: its reference or id, or its
        view when the caller has it already."""
        view = meeting if isinstance(meeting, MeetingView) else self.service.view(meeting)
        out = []
        for item in view.agenda:
            if not item.reference or not self._recorded(self._case(item.case_id), view.meeting_id):
                out.append(item)
        return out

    def _recorded(self, case: CaseReader, meeting_id: str) -> bool:
        said = self.discussion(case, meeting_id)
        if said is not None and any(getattr(said, part).strip() for part in DISCUSSION_PARTS):
            return True
        return any(
            case.can_read(fid) and any(r.get(key) == meeting_id for r in case.get(fid) or [])
            for fid, key in ((ITEMS, "raised_at"), (REVIEWS, "meeting_id"))
        )

    def tracker(self, today: dt.date | None = None) -> Tracker:
        today = today or clock.today()
        rows = []
        for summary in self.service.list_cases():
            rows += rows_of(self.service.open_case(summary.case_id), today)
        return Tracker(rows)

    # ----- writing -----------------------------------------------------------------------------
    def write_discussion(self, meeting_ref: str, case_ref: str, part: str, text: str, base: str | None = None) -> bool:
        """Save one part of the discussion. With base (the text the person began from), their
        edit is applied to the text as it now is, keeping what others wrote meanwhile."""
        if part not in DISCUSSION_PARTS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("MeetingProblems", "a discussion has the parts {discussion_parts}, not '{part}'"),
                discussion_parts=", ".join(DISCUSSION_PARTS),
                part=part,
            )
        view = self.service.changeable(meeting_ref)
        case = self._case(case_ref)
        if view.item_for(case.case_id) is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("MeetingProblems", "case {reference} is not on the agenda of {meeting}"),
                reference=case.reference,
                meeting=view.reference,
            )
        found = [r for r in case.get(DISCUSSIONS) if r.get("meeting_id") == view.meeting_id]
        if not found:
            rid = case.add_record(DISCUSSIONS, {"meeting_id": view.meeting_id})
            current = ""
        else:
            rid, current = str(found[0]["id"]), found[0].get(part) or ""
        new = rebase(base, text, current) if base is not None else text
        return case.update_record(DISCUSSIONS, rid, {part: new})

    def add_action(
        self, meeting_ref: str, case_ref: str, action: str, agency: str, owner: str, target: dt.date | str
    ) -> str:
        view = self.service.changeable(meeting_ref)
        case = self._case(case_ref)
        if view.item_for(case.case_id) is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("MeetingProblems", "case {reference} is not on the agenda of {meeting}"),
                reference=case.reference,
                meeting=view.reference,
            )
        agencies = self.service.policy.agencies
        if agency not in agencies:
            raise ValidationError(
                QT_TRANSLATE_NOOP("MeetingProblems", "the owning agency is one of: {agencies}"),
                agencies=", ".join(agencies),
            )
        owning = case.schema.fields[ITEMS].subfield("owner_agency")
        if owning is not None and owning.options and agency not in owning.options:
            # The policy and the case schema are separate files; said plainly when they disagree.
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "MeetingProblems",
                    "the meetings policy names '{agency}', but the case schema on this device does not take "
                    "it as an owning agency (it takes {options})",
                ),
                agency=agency,
                options=", ".join(owning.options),
            )
        target = parse_date(target, "the target date")
        if view.date and target < view.date:
            raise ValidationError(QT_TRANSLATE_NOOP("MeetingProblems", "the target date is before the meeting"))
        held = (view.date or clock.today()).isoformat()
        return case.add_record(
            ITEMS,
            {
                "action": required(action, "action (say specifically what will be done)", 1000),
                "owner_agency": agency,
                "owner_person": required(owner, "person who owns the action"),
                "target_date": target.isoformat(),
                "action_status": "open",
                "status_reported_on": held,
                "raised_at": view.meeting_id,
                "raised_on": held,
            },
        )

    def review_action(self, meeting_ref: str, case_ref: str, action_id: str, outcome: str, note: str = "") -> str:
        """The meeting's review of an earlier action: done, circumstances changed, or not done."""
        if outcome not in OUTCOMES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("MeetingProblems", "a review finds an action {outcomes}; not '{outcome}'"),
                outcomes=", ".join(OUTCOMES),
                outcome=outcome,
            )
        view = self.service.changeable(meeting_ref)
        case = self._case(case_ref)
        if not any(str(r["id"]) == action_id for r in case.get(ITEMS)):
            raise NotFound(
                QT_TRANSLATE_NOOP("MeetingProblems", "no action '{action_id}' in case {reference}"),
                action_id=action_id,
                reference=case.reference,
            )
        day = (view.date or clock.today()).isoformat()
        finding = {"outcome": outcome, "reported_on": day, "note": (note or "").strip()[:200]}
        # One finding per action per meeting: reviewing it again at the same meeting corrects it.
        earlier = next(
            (
                r
                for r in case.get(REVIEWS) or []
                if r.get("action_id") == action_id and r.get("meeting_id") == view.meeting_id
            ),
            None,
        )
        if earlier is not None:
            rid = str(earlier["id"])
            case.update_record(REVIEWS, rid, finding)
        else:
            rid = case.add_record(REVIEWS, {"action_id": action_id, "meeting_id": view.meeting_id, **finding})
        case.update_record(ITEMS, action_id, {"action_status": outcome, "status_reported_on": day})
        return rid

    def report_status(
        self, case_ref: str, action_id: str, status: str, reported_on: dt.date | str | None = None
    ) -> bool:
        """A status reported between meetings, with the day it was reported."""
        if status not in OPEN_STATUSES + OUTCOMES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("MeetingProblems", "an action's status is one of: open, {outcomes}"),
                outcomes=", ".join(OUTCOMES),
            )
        case = self._case(case_ref)
        if not any(str(r["id"]) == action_id for r in case.get(ITEMS)):
            raise NotFound(
                QT_TRANSLATE_NOOP("MeetingProblems", "no action '{action_id}' in case {reference}"),
                action_id=action_id,
                reference=case.reference,
            )
        day = parse_date(reported_on or clock.today(), "the day the status was reported").isoformat()
        return case.update_record(ITEMS, action_id, {"action_status": status, "status_reported_on": day})
