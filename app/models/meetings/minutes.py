"""The content of a meeting's minutes, cut to what every recipient may read.

The minutes go to the members on the meeting's distribution list, so a value goes in only when
every one of their roles may read its field under the agreement - and never a `never_export`
field, whoever reads it. What is left out is named as withheld, so no reader takes a gap for
"nothing to say". Layout is app/reports/minutes_report.py's business; this is the content.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.models import clock
from app.models.case_reader import CaseReader
from app.models.case_schema import RoleDef
from app.models.disclosures.shown_fields import note
from app.models.errors import NotFound, ValidationError
from app.models.language import QT_TRANSLATE_NOOP, WELSH, current, pick
from app.models.meetings.actions import ITEMS, REVIEWS, ActionRow
from app.models.meetings.agenda import MeetingPolicy, minutes_send_by
from app.models.meetings.mode import DISCUSSION_PARTS, RISK_FLAGS, VIEWS, CasePanel, MeetingMode, agency_summaries
from app.models.meetings.service import DISCUSSIONS, AgendaItem, MeetingView
from app.models.risk.flags import FIELD as FLAGS_FIELD

WITHHELD = QT_TRANSLATE_NOOP("MeetingFacts", "Withheld: not every recipient of these minutes may read this.")


@dataclass(frozen=True)
class Audience:
    roles: frozenset[str]
    names: tuple[tuple[str, str, str], ...]  # (name, role's label, device id) of each recipient

    def allows(self, case: CaseReader, field_id: str) -> bool:
        f = case.schema.fields.get(field_id)
        held = f is not None and case.can_read(field_id)
        ok = (
            f is not None and held and not f.never_export and all(case.schema.can_read(r, field_id) for r in self.roles)
        )
        if held:  # what this device holds and kept from the recipients is a decision not to share
            note(case.reference, field_id, ok)
        return ok


@dataclass
class CaseMinutes:
    reference: str
    reasons: str
    minutes: int
    facts: list[tuple[str, str]] = field(default_factory=list)
    survivor_views: str = ""
    summaries: list[tuple[str, str]] = field(default_factory=list)
    discussion: list[tuple[str, str]] = field(default_factory=list)  # (part label, text)
    actions: list[ActionRow] | None = None  # None: withheld


@dataclass
class MinutesContent:
    meeting: MeetingView
    send_by: dt.date | None
    audience: Audience
    attendance: list[tuple[str, str, str]]  # name, agency, acknowledged
    earlier: list[tuple[ActionRow, str, str]] | None  # None: withheld
    cases: list[CaseMinutes]
    statement: str = ""


PART_LABELS = {
    "key_risks": QT_TRANSLATE_NOOP("MeetingFacts", "Key risks (facts)"),
    "opinions": QT_TRANSLATE_NOOP("MeetingFacts", "Professional opinion"),
    "decisions": QT_TRANSLATE_NOOP("MeetingFacts", "Decisions"),
}


def audience_of(
    view: MeetingView, members: dict[str, tuple[str, str, str]], known_roles: Mapping[str, RoleDef]
) -> Audience:
    if not view.distribution:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "MeetingProblems",
                "meeting {reference} has no distribution list: the chair names who receives the minutes first",
            ),
            reference=view.reference,
        )
    roles: set[str] = set()
    names: list[tuple[str, str, str]] = []
    for r in view.distribution:
        device = r.get("device_id") or ""
        member = members.get(device)
        if member is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "MeetingProblems",
                    "{value} on the distribution list is not (or no longer) a member of this panel: take "
                    "them off the list before the minutes are made",
                ),
                value=r.get("name") or device,
            )
        if member[1] not in known_roles:
            raise ValidationError(
                QT_TRANSLATE_NOOP("MeetingProblems", "{name}'s role '{role}' is not in the agreement"),
                name=member[0],
                role=member[1],
            )
        roles.add(member[1])
        names.append((member[0], pick(known_roles[member[1]], "label"), device))
    return Audience(frozenset(roles), tuple(names))


def gather(
    mode: MeetingMode, meeting_ref: str, members: dict[str, tuple[str, str, str]], today: dt.date | None = None
) -> MinutesContent:
    service = mode.service
    # The chair issues the minutes: one version, made from what the chair's device holds, goes
    # to those entitled; a copy drawn up on another device would be a second, unchecked record.
    service.require_chair("issue the minutes")
    view = service.view(meeting_ref)
    today = today or clock.today()
    if not view.attendees:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "MeetingProblems", "meeting {reference} has no attendees recorded: minutes need who was there"
            ),
            reference=view.reference,
        )
    audience = audience_of(view, members, service.repo.schema.roles)
    attendance = [(a.get("name") or "", a.get("agency") or "", _acknowledged(a, view)) for a in view.attendees]
    cases: list[CaseMinutes] = []
    earlier: list[tuple[ActionRow, str, str]] = []
    earlier_ok = True
    for item in view.agenda:
        if not item.reference:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "MeetingProblems",
                    "the agenda lists a case this device does not hold ({value}); sync with the panel before "
                    "making the minutes",
                ),
                value=item.case_id[:8],
            )
        case = service.open_case(item.case_id)
        panel = mode.case_panel(view, case, today)
        cases.append(_case_minutes(case, item, panel, audience))
        if audience.allows(case, ITEMS) and audience.allows(case, REVIEWS):
            earlier += panel.earlier
        else:
            earlier_ok = False
    send_by = minutes_send_by(view.date, service.policy.working_days_to_send) if view.date else None
    return MinutesContent(
        view, send_by, audience, attendance, earlier if earlier_ok else None, cases, _statement(view, service.policy)
    )


def _statement(view: MeetingView, policy: MeetingPolicy) -> str:
    """The statement as the minutes show it: the policy's Welsh where the meeting's statement is
    the policy's own; a statement the chair wrote for the meeting is shown as written."""
    statement = view.statement or ""
    welsh = policy.statement_cy
    if current() == WELSH and welsh and statement.strip() == policy.statement.strip():
        return welsh
    return statement


def _acknowledged(attendee: dict[str, Any], view: MeetingView) -> str:
    device = attendee.get("device_id")
    if device:
        return (
            QT_TRANSLATE_NOOP("MeetingFacts", "yes, on their device")
            if view.acknowledged(device)
            else QT_TRANSLATE_NOOP("MeetingFacts", "NO")
        )
    # An attendee without a member device may have acknowledged on a device recorded by name.
    named = any(a.name == attendee.get("name") and view.acknowledged(a.device_id) for a in view.acknowledgements)
    return (
        QT_TRANSLATE_NOOP("MeetingFacts", "yes, on a device")
        if named
        else QT_TRANSLATE_NOOP("MeetingFacts", "no device: not recorded")
    )


def _case_minutes(case: CaseReader, item: AgendaItem, panel: CasePanel, audience: Audience) -> CaseMinutes:
    def allows(fid: str) -> bool:
        return audience.allows(case, fid)

    cm = CaseMinutes(case.reference, item.reasons, item.minutes)

    def value(fid: str, shown: str) -> str:
        return shown if allows(fid) else WITHHELD

    facts = dict(panel.facts)  # as this device reads the case; each is kept only if every recipient may read it
    children = facts["Children involved"] if allows("children_involved") else WITHHELD
    if allows("children_involved") and not allows("number_of_children"):
        children = QT_TRANSLATE_NOOP("MeetingFacts", "yes") if children.startswith("yes") else children
    cm.facts = [
        (QT_TRANSLATE_NOOP("MeetingFacts", "Reference"), case.reference),
        (QT_TRANSLATE_NOOP("MeetingFacts", "Referral date"), value("referral_date", facts["Referral date"])),
        (QT_TRANSLATE_NOOP("MeetingFacts", "Referral source"), value("referral_source", facts["Referral source"])),
        (QT_TRANSLATE_NOOP("MeetingFacts", "Risk score"), value("risk_assessments", facts["Risk score"])),
        (
            QT_TRANSLATE_NOOP("MeetingFacts", "Referral criterion"),
            value("risk_assessments", facts["Referral criterion"]),
        ),
        # As the police published them: the chair's device reads no incidents.
        (RISK_FLAGS, value(FLAGS_FIELD, facts[RISK_FLAGS])),
        (QT_TRANSLATE_NOOP("MeetingFacts", "Children involved"), children),
        (
            QT_TRANSLATE_NOOP("MeetingFacts", "Consent to referral"),
            value("consent_to_referral", facts["Consent to referral"]),
        ),
    ]
    views = panel.survivor_views  # None where this device may not read them
    cm.survivor_views = (
        WITHHELD if views is None else value(VIEWS, views.strip() or QT_TRANSLATE_NOOP("MeetingFacts", "None shared."))
    )
    for f, agency in agency_summaries(case.schema):
        text = (
            ((case.get(f.id) or "").strip() or QT_TRANSLATE_NOOP("MeetingFacts", "None given."))
            if case.can_read(f.id)
            else WITHHELD
        )
        cm.summaries.append((agency, value(f.id, text)))
    if allows(DISCUSSIONS) and panel.discussion is not None:
        cm.discussion = [
            (
                PART_LABELS[p],
                getattr(panel.discussion, p).strip() or QT_TRANSLATE_NOOP("MeetingFacts", "None recorded."),
            )
            for p in DISCUSSION_PARTS
        ]
    else:
        cm.discussion = [(PART_LABELS[p], WITHHELD) for p in DISCUSSION_PARTS]
    cm.actions = panel.actions if allows(ITEMS) else None
    return cm
