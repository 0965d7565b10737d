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
from app.models.case_schema import FieldDef
from app.models.cases import CaseSession
from app.models.process import lifecycle as lc
from app.models.process.view import ProcessView
from app.models.risk.flags import FIELD as FLAGS_FIELD
from app.models.risk.service import RiskView

WITHHELD = "withheld from this audience"


@dataclass(frozen=True)
class PackPart:
    title: str
    rows: tuple[tuple[str, str], ...] = ()
    columns: tuple[str, ...] = ()
    table: tuple[tuple[str, ...], ...] = ()
    note: str = ""


def _words(value: object, f: FieldDef | None) -> str:
    if value is None or value == "" or value == []:
        return "not recorded"
    if f is not None and f.type == "flag":
        return "yes" if value else "no"
    return str(value)


class _Reader:
    def __init__(self, case: CaseSession, audience: frozenset[str]) -> None:
        self.case, self.schema, self.audience = case, case.schema, audience

    def shown(self, fid: str) -> bool:
        f = self.schema.fields.get(fid)
        return (
            f is not None
            and not f.never_export
            and self.case.can_read(fid)
            and all(self.schema.can_read(r, fid) for r in self.audience)
        )

    def rows(self, fids: Iterable[str]) -> tuple[tuple[str, str], ...]:
        out = []
        for fid in fids:
            f = self.schema.field(fid)
            out.append((f.label, _words(self.case.get(fid), f) if self.shown(fid) else WITHHELD))
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
            "Parties and relationship",
            r.rows(
                [
                    "reference",
                    "party_harmed_label",
                    "party_harmer_label",
                    "relationship",
                    "children_involved",
                    "number_of_children",
                ]
            ),
        ),
        PackPart(
            "The request",
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
                "Consent to the process",
                tuple(
                    (c.party.capitalize(), f"{c.status.upper()}: {c.explanation}")
                    for c in process_view.consent.values()
                ),
            )
        )
    else:
        parts.append(PackPart("Consent to the process", note=WITHHELD))
    parts += _risk_parts(r, risk_view)
    parts.append(
        PackPart(
            "Each agency's view",
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
    parts.append(PackPart("The survivor's boundaries", r.rows(["non_negotiables", "boundaries"])))
    parts.append(
        PackPart(
            "Facilitator and form of process",
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
            "Safety plan and conditions",
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
    parts.append(_process(process_view))
    parts.append(
        PackPart(
            "Lawful basis for sharing",
            (
                ("Agreement", case.schema.isa_name or "not named"),
                ("Lawful basis", case.schema.lawful_basis or "not recorded"),
            ),
        )
    )
    return parts


def _risk_parts(r: _Reader, risk_view: RiskView) -> list[PackPart]:
    if not r.shown("risk_assessments"):
        return [PackPart("Current risk", note=WITHHELD)]
    pic, e = risk_view.picture, risk_view.eligibility
    cur = pic.current
    if cur is None:
        rows = [("Assessment", "none recorded")]
    else:
        a = cur.assessment
        rows = [
            ("Instrument", f"{a.instrument} {a.instrument_version}"),
            ("Score", str(cur.score)),
            ("Level", cur.level.label),
            ("Assessed on", a.assessed_on.isoformat()),
            ("Assessor", f"{a.assessor} ({a.agency})"),
            ("Professional judgement", f"raised to {cur.level.label}: {a.judgement_reason}" if cur.raised else "none"),
        ]
    shown = risk_view.flags
    if pic.escalation is not None and r.shown("incidents"):
        esc = pic.escalation
        rows.append(
            (
                "Escalation",
                f"{'YES' if esc.escalating else 'no'}: {esc.incidents} incident(s) in "
                f"{esc.window_days} days (threshold {esc.threshold})",
            )
        )
        rows.append(("Repeat", "YES" if pic.repeat else "no"))
    elif shown.flags is not None and r.shown(FLAGS_FIELD):
        # The flags alone, never the incidents' count: what the police publish to the whole panel.
        source = "" if shown.derived else " (as published by the police)"
        rows.append(("Escalation", ("YES" if shown.flags.escalating else "no") + source))
        rows.append(("Repeat", ("YES" if shown.flags.repeat else "no") + source))
    else:
        rows.append(
            (
                "Escalation and repeat",
                WITHHELD
                if pic.escalation is not None
                else "not visible to this device, and none published by the police yet",
            )
        )
    rows.append(("Eligibility", e.summary()))
    history = tuple(
        (
            s.assessment.assessed_on.isoformat(),
            s.assessment.instrument,
            str(s.score),
            s.level.label,
            f"{s.assessment.assessor} ({s.assessment.agency})",
            s.assessment.judgement_reason if s.raised else "",
        )
        for s in pic.history
    )
    return [
        PackPart("Current risk", tuple(rows)),
        PackPart(
            "Risk history",
            columns=("Date", "Instrument", "Score", "Level", "Assessor", "Judgement"),
            table=history,
            note="" if history else "no assessments recorded",
        ),
    ]


def _triggers(r: _Reader, process_view: ProcessView) -> PackPart:
    rows = [
        (
            "Every case",
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
            + "; a breach ends the process",
        )
    ]
    rows += list(r.rows(["pause_triggers"]))
    for h in process_view.process.holds:
        rows.append(("Holding now", f"{lc.TRIGGERS.get(h.trigger, h.trigger)}: {h.why}"))
    return PackPart("Pause and stop triggers", tuple(rows))


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
        source = "" if shown.derived else " (as published by the police)"
        if flags.review_now:
            rows.append(
                (
                    "Risk review due",
                    f"NOW: something has happened since the last assessment (scheduled "
                    f"{flags.review_due.isoformat()}){source}",
                )
            )
        else:
            rows.append(
                (
                    "Risk review due",
                    f"{flags.review_due.isoformat()}"
                    f"{' (OVERDUE)' if flags.review_overdue(today) else ''}: after the last "
                    f"assessment{source}",
                )
            )
    elif rev is not None and (
        r.shown("incidents") or risk_view.picture.escalation is None or risk_view.picture.current is None
    ):  # drawn without incidents
        rows.append(("Risk review due", f"{rev.due.isoformat()}{' (OVERDUE)' if rev.overdue else ''}: {rev.reason}"))
    for c in process_view.aftercare:
        state = "held" if c.held else ("OVERDUE" if c.overdue(today) else "due")
        rows.append(("Aftercare check-in", f"{c.due_on.isoformat()}: {state} {c.evaluation()}".strip()))
    return PackPart("Review dates", tuple(rows) or (("Reviews", "none scheduled"),))


def _process(process_view: ProcessView) -> PackPart:
    table = tuple(
        (
            e.step.at[:16].replace("T", " "),
            lc.LABELS.get(e.step.to_state, e.step.to_state),
            f"{e.step.by} ({e.step.by_role})",
            e.step.reason + (f" [trigger: {e.step.trigger}]" if e.step.trigger else ""),
            "applied" if e.applied else f"REFUSED: {e.problem}",
        )
        for e in process_view.process.history
    )
    return PackPart(
        f"Process: {process_view.process.label}",
        columns=("Recorded at (UTC)", "To", "By", "Why", "Outcome"),
        table=table,
        note="Steps in the order they were made; each time is by the clock of the device that recorded it."
        if table
        else "no steps recorded",
    )
