"""The sign-off pack: what the Chief Inspector decides on, part by part as DOMAIN lists it, drawn
from the case as one device holds it and cut down to what an audience may read.

A field appears only when this device may read it, every role of the audience may read it, and it
is not marked never_export; otherwise the pack says the part is withheld, never what it holds. The
desktop shows the pack and the report prints it, so both say the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from app.models import clock
from app.models.case_schema import FieldDef, Schema
from app.models.cases import CaseSession
from app.models.disclosures.shown_fields import note
from app.models.language import QT_TRANSLATE_NOOP, option_label, pick, shown, translate
from app.models.process import lifecycle as lc
from app.models.process.consent import party_words, status_words
from app.models.process.view import ProcessView
from app.models.risk.flags import FIELD as FLAGS_FIELD
from app.models.risk.service import RiskView

WITHHELD = QT_TRANSLATE_NOOP("SignoffPack", "withheld from this audience")


@dataclass(frozen=True)
class PackPart:
    title: str
    rows: tuple[tuple[str, str], ...] = ()
    columns: tuple[str, ...] = ()
    table: tuple[tuple[str, ...], ...] = ()
    note: str = ""


def _words(value: object, f: FieldDef | None) -> str:
    if value is None or value == "" or value == []:
        return translate("SignoffPack", "not recorded")
    if f is not None and f.type == "flag":
        return translate("SignoffPack", "yes") if value else translate("SignoffPack", "no")
    if f is not None and f.options:
        return option_label(f.options, f.options_cy, value)
    return str(value)


def withheld() -> str:
    return translate("SignoffPack", WITHHELD)


def _yes(value: bool | None) -> str:
    return translate("SignoffPack", "YES") if value else translate("SignoffPack", "no")


def _overdue(overdue: bool) -> str:
    return " " + translate("SignoffPack", "(OVERDUE)") if overdue else ""


class _Reader:
    def __init__(self, case: CaseSession, audience: frozenset[str]) -> None:
        self.case, self.schema, self.audience = case, case.schema, audience

    def shown(self, fid: str) -> bool:
        f = self.schema.fields.get(fid)
        held = f is not None and self.case.can_read(fid)
        ok = f is not None and held and not f.never_export and all(self.schema.can_read(r, fid) for r in self.audience)
        if held:  # what this device holds and kept from the audience is a decision not to share
            note(self.case.reference, fid, ok)
        return ok

    def rows(self, fids: Iterable[str]) -> tuple[tuple[str, str], ...]:
        out = []
        for fid in fids:
            f = self.schema.field(fid)
            out.append((pick(f, "label"), _words(self.case.get(fid), f) if self.shown(fid) else withheld()))
        return tuple(out)


def build_pack(
    case: CaseSession,
    process_view: ProcessView,
    risk_view: RiskView,
    audience: frozenset[str],
    today: dt.date | None = None,
) -> list[PackPart]:
    today = today or clock.today()
    r = _Reader(case, audience)
    parts = [
        PackPart(
            translate("SignoffPack", "Parties and relationship"),
            r.rows(
                [
                    "reference",
                    "party_harmed_label",
                    "party_harmer_label",
                    "harmed_language",
                    "harmed_language_other",
                    "harmed_interpreter",
                    "harmer_language",
                    "harmer_language_other",
                    "harmer_interpreter",
                    "relationship",
                    "children_involved",
                    "number_of_children",
                ]
            ),
        ),
        PackPart(
            translate("SignoffPack", "The request"),
            r.rows(
                [
                    "referral_date",
                    "referral_source",
                    "restorative_requested_by",
                    "survivor_leads",
                    "consent_to_referral",
                    "harmer_acknowledgement",
                ]
            ),
        ),
    ]
    if r.shown("consent_records"):
        parts.append(
            PackPart(
                translate("SignoffPack", "Consent to the process"),
                tuple(
                    (party_words(c.party).capitalize(), f"{status_words(c.status).upper()}: {shown(c.explanation)}")
                    for c in process_view.consent.values()
                ),
            )
        )
    else:
        parts.append(PackPart(translate("SignoffPack", "Consent to the process"), note=withheld()))
    parts += _risk_parts(r, risk_view)
    parts.append(
        PackPart(
            translate("SignoffPack", "Each agency's view"),
            r.rows(
                [
                    "advocate_summary",
                    "clinical_summary",
                    "clinical_risk",
                    "legal_summary",
                    "police_summary",
                    "facilitator_summary",
                ]
            ),
        )
    )
    parts.append(
        PackPart(translate("SignoffPack", "The survivor's boundaries"), r.rows(["non_negotiables", "boundaries"]))
    )
    parts.append(
        PackPart(
            translate("SignoffPack", "Facilitator and form of process"),
            r.rows(
                [
                    "facilitator_name",
                    "facilitator_registration",
                    "facilitator_da_trained",
                    "case_supervisor",
                    "process_form",
                    "process_plan",
                ]
            ),
        )
    )
    parts.append(
        PackPart(
            translate("SignoffPack", "Safety plan and conditions"),
            r.rows(
                [
                    "safety_plan",
                    "venue",
                    "separate_arrival",
                    "no_contact_outside",
                    "exit_plan",
                    "contingency",
                    "parallel_protections",
                    "conditions",
                ]
            ),
        )
    )
    parts.append(_triggers(r, process_view))
    parts.append(_reviews(r, risk_view, process_view, today))
    parts.append(_process(process_view, case.schema))
    parts.append(
        PackPart(
            translate("SignoffPack", "Lawful basis for sharing"),
            (
                (
                    translate("SignoffPack", "Agreement"),
                    pick(case.schema, "isa_name") or translate("SignoffPack", "not named"),
                ),
                (
                    translate("SignoffPack", "Lawful basis"),
                    pick(case.schema, "lawful_basis") or translate("SignoffPack", "not recorded"),
                ),
            ),
        )
    )
    return parts


def _risk_parts(r: _Reader, risk_view: RiskView) -> list[PackPart]:
    if not r.shown("risk_assessments"):
        return [PackPart(translate("SignoffPack", "Current risk"), note=withheld())]
    pic, e = risk_view.picture, risk_view.eligibility
    cur = pic.current
    if cur is None:
        rows = [(translate("SignoffPack", "Assessment"), translate("SignoffPack", "none recorded"))]
    else:
        a = cur.assessment
        rows = [
            (translate("SignoffPack", "Instrument"), f"{a.instrument} {a.instrument_version}"),
            (translate("SignoffPack", "Score"), str(cur.score)),
            (translate("SignoffPack", "Level"), pick(cur.level, "label")),
            (translate("SignoffPack", "Assessed on"), a.assessed_on.isoformat()),
            (translate("SignoffPack", "Assessor"), f"{a.assessor} ({a.agency})"),
            (
                translate("SignoffPack", "Professional judgement"),
                translate("SignoffPack", "raised to {level}: {reason}").format(
                    level=pick(cur.level, "label"), reason=a.judgement_reason
                )
                if cur.raised
                else translate("SignoffPack", "none"),
            ),
        ]
    shown = risk_view.flags
    if pic.escalation is not None and r.shown("incidents"):
        esc = pic.escalation
        rows.append(
            (
                translate("SignoffPack", "Escalation"),
                translate(
                    "SignoffPack", "{flag}: %n incident(s) in {days} days (threshold {threshold})", None, esc.incidents
                ).format(flag=_yes(esc.escalating), days=esc.window_days, threshold=esc.threshold),
            )
        )
        rows.append((translate("SignoffPack", "Repeat"), _yes(pic.repeat)))
    elif shown.flags is not None and r.shown(FLAGS_FIELD):
        # The flags alone, never the incidents' count: what the police publish to the whole panel.
        source = "" if shown.derived else " " + translate("SignoffPack", "(as published by the police)")
        rows.append((translate("SignoffPack", "Escalation"), _yes(shown.flags.escalating) + source))
        rows.append((translate("SignoffPack", "Repeat"), _yes(shown.flags.repeat) + source))
    else:
        rows.append(
            (
                translate("SignoffPack", "Escalation and repeat"),
                withheld()
                if pic.escalation is not None
                else translate("SignoffPack", "not visible to this device, and none published by the police yet"),
            )
        )
    rows.append((translate("SignoffPack", "Eligibility"), e.summary()))
    history = tuple(
        (
            s.assessment.assessed_on.isoformat(),
            s.assessment.instrument,
            str(s.score),
            pick(s.level, "label"),
            f"{s.assessment.assessor} ({s.assessment.agency})",
            s.assessment.judgement_reason if s.raised else "",
        )
        for s in pic.history
    )
    return [
        PackPart(translate("SignoffPack", "Current risk"), tuple(rows)),
        PackPart(
            translate("SignoffPack", "Risk history"),
            columns=(
                translate("SignoffPack", "Date"),
                translate("SignoffPack", "Instrument"),
                translate("SignoffPack", "Score"),
                translate("SignoffPack", "Level"),
                translate("SignoffPack", "Assessor"),
                translate("SignoffPack", "Judgement"),
            ),
            table=history,
            note="" if history else translate("SignoffPack", "no assessments recorded"),
        ),
    ]


def _triggers(r: _Reader, process_view: ProcessView) -> PackPart:
    rows = [
        (
            translate("SignoffPack", "Every case"),
            "; ".join(
                lc.TRIGGERS[k]
                for k in (
                    "new incident",
                    "escalation",
                    "coercion or threats",
                    "consent withdrawn",
                    "conflict with an order",
                )
            )
            + "; "
            + translate("SignoffPack", "a breach ends the process"),
        )
    ]
    rows += list(r.rows(["pause_triggers"]))
    for h in process_view.process.holds:
        rows.append((translate("SignoffPack", "Holding now"), f"{lc.TRIGGERS.get(h.trigger, h.trigger)}: {h.why}"))
    return PackPart(translate("SignoffPack", "Pause and stop triggers"), tuple(rows))


def _reviews(r: _Reader, risk_view: RiskView, process_view: ProcessView, today: dt.date) -> PackPart:
    rows = []
    rev, shown = risk_view.picture.review, risk_view.flags
    flags = shown.flags
    if (
        flags is not None
        and flags.review_due is not None
        and r.shown(FLAGS_FIELD)
        and not (shown.derived and r.shown("incidents"))
    ):
        # A review a new incident brought forward is due on the incident's date: an audience
        # that may not read incidents is told it is due now, never that date.
        source = "" if shown.derived else " " + translate("SignoffPack", "(as published by the police)")
        if flags.review_now:
            rows.append(
                (
                    translate("SignoffPack", "Risk review due"),
                    translate(
                        "SignoffPack", "NOW: something has happened since the last assessment (scheduled {day})"
                    ).format(day=flags.review_due.isoformat())
                    + source,
                )
            )
        else:
            rows.append(
                (
                    translate("SignoffPack", "Risk review due"),
                    f"{flags.review_due.isoformat()}{_overdue(flags.review_overdue(today))}: "
                    + translate("SignoffPack", "after the last assessment")
                    + source,
                )
            )
    elif rev is not None and (
        r.shown("incidents") or risk_view.picture.escalation is None or risk_view.picture.current is None
    ):  # drawn without incidents
        rows.append(
            (translate("SignoffPack", "Risk review due"), f"{rev.due.isoformat()}{_overdue(rev.overdue)}: {rev.reason}")
        )
    for c in process_view.aftercare:
        state = (
            translate("SignoffPack", "held")
            if c.held
            else (translate("SignoffPack", "OVERDUE") if c.overdue(today) else translate("SignoffPack", "due"))
        )
        rows.append(
            (
                translate("SignoffPack", "Aftercare check-in"),
                f"{c.due_on.isoformat()}: {state} {c.evaluation()}".strip(),
            )
        )
    return PackPart(
        translate("SignoffPack", "Review dates"),
        tuple(rows) or ((translate("SignoffPack", "Reviews"), translate("SignoffPack", "none scheduled")),),
    )


def _role(schema: Schema, role_id: str) -> str:
    role = schema.roles.get(role_id)
    return pick(role, "label") if role is not None else role_id


def _process(process_view: ProcessView, schema: Schema) -> PackPart:
    table = tuple(
        (
            e.step.at[:16].replace("T", " "),
            lc.LABELS.get(e.step.to_state, e.step.to_state),
            f"{e.step.by} ({_role(schema, e.step.by_role)})",
            lc.reason_words(e.step.reason)
            + (
                " "
                + translate("SignoffPack", "[trigger: {trigger}]").format(
                    trigger=lc.TRIGGERS.get(e.step.trigger, e.step.trigger)
                )
                if e.step.trigger
                else ""
            ),
            translate("SignoffPack", "applied")
            if e.applied
            else translate("SignoffPack", "REFUSED: {problem}").format(problem=e.problem),
        )
        for e in process_view.process.history
    )
    return PackPart(
        translate("SignoffPack", "Process: {state}").format(state=process_view.process.label),
        columns=(
            translate("SignoffPack", "Recorded at (UTC)"),
            translate("SignoffPack", "To"),
            translate("SignoffPack", "By"),
            translate("SignoffPack", "Why"),
            translate("SignoffPack", "Outcome"),
        ),
        table=table,
        note=translate(
            "SignoffPack",
            "Steps in the order they were made; each time is by the clock of the device that recorded it.",
        )
        if table
        else translate("SignoffPack", "no steps recorded"),
    )
