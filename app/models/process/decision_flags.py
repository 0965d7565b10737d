"""Red flags: what in a case stands against approving a restorative process now, in plain words,
as the Chief Inspector's device holds the case when the decision is made.

Each flag has a stable id and one sentence. The ids are what an override statement is given
under, so they say what kind of fact is flagged and never hold a value ("consent-person-harmed",
not the consent's date): eligibility (the rule not met, with its reasons), risk-high, risk-raised
(by professional judgement), escalation, repeat, review-overdue or review-due-now,
consent-<party> for each party whose consent is not simply given, hold-<trigger> for a pause
trigger holding now, paused-<trigger> for a pause the process has not gone on from, and
safeguard-<kind> for facilitator checks or a safety plan not in place or not attested.

How an approval answers the flags (checked in signoff.check_decision, recorded in the signed
content): every flag raised needs its own override statement, keyed by the flag's id, of at least
the minimum length the process policy sets for each part of the National Decision Model, and no
statement may repeat another or a part of the rationale. A statement keyed to its flag cannot be
written once and made to cover several flags, and a flag cannot be left out by a statement that
happens to mention it in passing: a missing key is named as missing. A statement given for a flag
that is not raised (the case changed while the decision was written) is refused as well, so the
decision-maker sees the flags as they are when signing. Each flag's id, its sentence as shown and
the statement are signed with the decision, so what was overridden, and why, travels with it.
Declining or deferring overrides nothing and needs no statement.

Nothing here changes the case: the flags are derived afresh each time, from the process view
(ProcessService.view), the risk view (RiskService.view_of) and the case.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.models import clock
from app.models.cases import CaseSession
from app.models.errors import SchemaError
from app.models.language import QT_TRANSLATE_NOOP, pick, translate
from app.models.language import shown as in_words
from app.models.process import attestations as att
from app.models.process import lifecycle as lc
from app.models.process.consent import PARTIES, PartyConsent, status_words
from app.models.process.view import ProcessView
from app.models.risk.policy import RiskPolicy
from app.models.risk.service import RiskView

ELIGIBILITY, RISK_HIGH, RISK_RAISED = "eligibility", "risk-high", "risk-raised"
ESCALATION, REPEAT = "escalation", "repeat"
REVIEW_OVERDUE, REVIEW_DUE_NOW = "review-overdue", "review-due-now"
CONSENT_NOT_VISIBLE = "consent-not-visible"
# Holds the flags already name another way: consent per party, the safeguards, and the stale
# sign-off a fresh decision is there to replace.
_NAMED_ELSEWHERE = ("consent withdrawn", "consent does not hold", "safeguard missing", "sign-off stale")


@dataclass(frozen=True)
class RedFlag:
    id: str
    words: str


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def consent_flag_id(party: str) -> str:
    return f"consent-{slug(party)}"


def safeguard_flag_id(kind: str) -> str:
    return f"safeguard-{slug(kind)}"


def _t(text: str) -> str:
    return translate("DecisionFlags", text)


# The parties as the consent records name them, for the sentences above.
_PARTY_WORDS = (
    QT_TRANSLATE_NOOP("DecisionFlags", "person harmed"),
    QT_TRANSLATE_NOOP("DecisionFlags", "person who caused harm"),
)


def _party(party: str) -> str:
    return _t(party)


def _yes_no(value: bool | None) -> str:
    return translate("DecisionSummary", "YES") if value else translate("DecisionSummary", "no")


def red_flags(
    case: CaseSession, process_view: ProcessView, risk_view: RiskView, policy: RiskPolicy, today: dt.date | None = None
) -> list[RedFlag]:
    """The red flags of a case now, in the order the pack shows their subjects."""
    today = today or clock.today()
    out: list[RedFlag] = []
    e = risk_view.eligibility
    if not e.eligible:
        out.append(
            RedFlag(
                ELIGIBILITY,
                translate(
                    "DecisionFlags", "The eligibility rule {rule} (risk policy {version}) is not met: {reasons}."
                ).format(rule=e.rule, version=e.policy_version, reasons="; ".join(e.reasons)),
            )
        )
    out += _level_flags(risk_view, policy)
    out += _incident_flags(risk_view)
    out += _review_flags(risk_view, today)
    out += _consent_flags(case, process_view)
    out += _hold_flags(process_view)
    out += _safeguard_flags(case, process_view)
    return out


def _level_flags(risk_view: RiskView, policy: RiskPolicy) -> list[RedFlag]:
    cur = risk_view.picture.current
    if cur is None:
        return []
    out = []
    a = cur.assessment
    if _highest(policy, a.instrument, cur.level.id):
        out.append(
            RedFlag(
                RISK_HIGH,
                translate(
                    "DecisionFlags",
                    "The risk level is {level}, the highest level of {instrument} (score {score}, assessed on {day}).",
                ).format(
                    level=pick(cur.level, "label"),
                    instrument=a.instrument,
                    score=cur.score,
                    day=a.assessed_on.isoformat(),
                ),
            )
        )
    if cur.raised:
        out.append(
            RedFlag(
                RISK_RAISED,
                translate(
                    "DecisionFlags", "Professional judgement raised the risk level from {computed} to {level}: {reason}"
                ).format(
                    computed=pick(cur.computed, "label"), level=pick(cur.level, "label"), reason=a.judgement_reason
                ),
            )
        )
    return out


def _highest(policy: RiskPolicy, instrument: str, level_id: str) -> bool:
    try:
        levels = policy.levels_for(instrument)
    except SchemaError:  # an instrument the policy no longer sets: nothing to compare with
        return False
    return bool(levels) and levels[-1].id == level_id


def _incident_flags(risk_view: RiskView) -> list[RedFlag]:
    pic, shown = risk_view.picture, risk_view.flags
    out = []
    if pic.escalation is not None:
        esc = pic.escalation
        if esc.escalating:
            out.append(
                RedFlag(
                    ESCALATION,
                    translate(
                        "DecisionFlags",
                        "The case is escalating: %n incident(s) in the last {days} days (the policy's threshold is {threshold}).",
                        None,
                        esc.incidents,
                    ).format(days=esc.window_days, threshold=esc.threshold),
                )
            )
        if pic.repeat:
            out.append(
                RedFlag(
                    REPEAT,
                    translate(
                        "DecisionFlags", "A repeat: there has been a new incident since the last panel referral."
                    ),
                )
            )
    elif shown.flags is not None:
        if shown.flags.escalating:
            out.append(
                RedFlag(ESCALATION, translate("DecisionFlags", "The case is escalating (as published by the police)."))
            )
        if shown.flags.repeat:
            out.append(
                RedFlag(
                    REPEAT,
                    translate(
                        "DecisionFlags",
                        "A repeat: a new incident since the last panel referral (as published by the police).",
                    ),
                )
            )
    return out


def _review_flags(risk_view: RiskView, today: dt.date) -> list[RedFlag]:
    pic, shown = risk_view.picture, risk_view.flags
    if pic.current is None:
        return []  # no assessment at all: the eligibility flag says so
    if pic.escalation is not None or shown.flags is None:
        rev = pic.review
        if rev is None or rev.due > today:
            return []
        if rev.incident:
            return [
                RedFlag(
                    REVIEW_DUE_NOW,
                    translate(
                        "DecisionFlags",
                        "A risk review is due now: there has been a new incident since the last assessment (on {day}).",
                    ).format(day=rev.due.isoformat()),
                )
            ]
        words = (
            translate("DecisionFlags", "The risk review was due today ({reason}) and has not been done.")
            if rev.due == today
            else translate("DecisionFlags", "The risk review was due on {day} ({reason}) and has not been done.")
        )
        return [RedFlag(REVIEW_OVERDUE, words.format(day=rev.due.isoformat(), reason=rev.reason))]
    flags = shown.flags
    if flags.review_now:
        return [
            RedFlag(
                REVIEW_DUE_NOW,
                translate(
                    "DecisionFlags",
                    "A risk review is due now: something has happened since the last assessment "
                    "(as published by the police).",
                ),
            )
        ]
    if flags.review_due is not None and flags.review_due <= today:
        return [
            RedFlag(
                REVIEW_OVERDUE,
                translate(
                    "DecisionFlags",
                    "The risk review was due on {day} and has not been done (as published by the police).",
                ).format(day=flags.review_due.isoformat()),
            )
        ]
    return []


def _consent_flags(case: CaseSession, process_view: ProcessView) -> list[RedFlag]:
    if not process_view.consent:
        if case.can_read("consent_records"):
            return [
                RedFlag(
                    consent_flag_id(p),
                    translate("DecisionFlags", "No consent of the {party} is recorded.").format(party=_party(p)),
                )
                for p in PARTIES
            ]
        return [
            RedFlag(
                CONSENT_NOT_VISIBLE, translate("DecisionFlags", "The parties' consent cannot be read on this device.")
            )
        ]
    return [
        RedFlag(consent_flag_id(c.party), _consent_words(c))
        for c in process_view.consent.values()
        if c.status != "given"
    ]


def _consent_words(c: PartyConsent) -> str:
    party = _party(c.party)
    if c.status == "none":
        return translate("DecisionFlags", "No consent of the {party} is recorded.").format(party=party)
    if c.status == "time-limited":
        return translate("DecisionFlags", "Consent of the {party} is time-limited, not given outright: {why}.").format(
            party=party, why=in_words(c.explanation)
        )
    return translate("DecisionFlags", "Consent of the {party} is {status}: {why}.").format(
        party=party, status=status_words(c.status), why=in_words(c.explanation)
    )


def _hold_flags(process_view: ProcessView) -> list[RedFlag]:
    out, seen = [], set()
    for h in process_view.process.holds:
        if h.trigger in _NAMED_ELSEWHERE:
            continue
        fid = f"hold-{slug(h.trigger)}"
        if fid not in seen:
            seen.add(fid)
            words = translate("DecisionFlags", "A pause trigger holds now: {trigger}: {why}.")
            out.append(RedFlag(fid, words.format(trigger=lc.TRIGGERS.get(h.trigger, h.trigger), why=h.why)))
    pause = open_pause(process_view)
    if pause is not None:
        fid = f"paused-{slug(pause.trigger)}"
        if fid not in seen:
            trigger = lc.TRIGGERS.get(pause.trigger, pause.trigger).lower()
            out.append(
                RedFlag(
                    fid,
                    translate(
                        "DecisionFlags",
                        "The process was paused for {trigger} on {day} ({by}: {why}) and has not gone on since.",
                    ).format(trigger=trigger, day=pause.at[:10], by=pause.by, why=pause.reason),
                )
            )
    return out


def open_pause(process_view: ProcessView) -> lc.Step | None:
    """The pause a person recorded for a trigger of their own judgement (an incident, coercion,
    a court order), when the process has not gone on since. Pauses for consent, a safeguard or a
    stale sign-off are not returned: those causes are read afresh from the case."""
    pause = None
    for e in process_view.process.history:
        if not e.applied:
            continue
        if e.step.to_state == lc.PAUSED:
            pause = e.step if e.step.trigger not in _NAMED_ELSEWHERE else pause
        elif e.step.to_state in lc.LIVE or e.step.to_state in (lc.CLOSED, lc.TERMINATED, lc.COMPLETED):
            pause = None
    return pause


def _role(case: CaseSession, role_id: str) -> str:
    role = case.schema.roles.get(role_id)
    return pick(role, "label") if role is not None else role_id


def _safeguard_flags(case: CaseSession, process_view: ProcessView) -> list[RedFlag]:
    out = []
    for kind in (att.FACILITATION, att.SAFETY_PLAN):
        k = att.KINDS[kind]
        a = process_view.attestations.get(kind)
        missing = list(a.missing) if a is not None else []
        if all(case.can_read(fid) for _w, _n, fid, _h in k.facts):
            # The facts as this device reads them: an attestation that lags must not hide a gap.
            missing += [att.ABSENT[w] for w, ok in att.facts_of(k, case.get) if not ok and att.ABSENT[w] not in missing]
        if missing:
            words = translate("DecisionFlags", "Safeguards for {kind} are missing: {missing}.")
            said = words.format(kind=in_words(att.KIND_WORDS[kind]), missing="; ".join(in_words(m) for m in missing))
            out.append(RedFlag(safeguard_flag_id(kind), said))
        elif a is None:
            out.append(
                RedFlag(
                    safeguard_flag_id(kind),
                    translate(
                        "DecisionFlags", "The {kind} checks have not been attested by the {role}'s device ({facts})."
                    ).format(
                        kind=in_words(att.KIND_WORDS[kind]),
                        role=_role(case, k.role),
                        facts="; ".join(in_words(w) for w, _n, _f, _h in k.facts),
                    ),
                )
            )
    return out


# ----- what the pack holds, flagged or not ------------------------------------------------------------
def pack_summary(
    case: CaseSession, process_view: ProcessView, risk_view: RiskView, today: dt.date | None = None
) -> list[tuple[str, str]]:
    """The lines a decision-maker confirms against: eligibility, risk, incidents, review, consent,
    pause triggers and safeguards, each as (label, words), whether flagged or not."""
    today = today or clock.today()
    pic, shown, e = risk_view.picture, risk_view.flags, risk_view.eligibility
    verdict = (
        translate("DecisionSummary", "ELIGIBLE under {rule} (risk policy {version})")
        if e.eligible
        else translate("DecisionSummary", "NOT ELIGIBLE under {rule} (risk policy {version})")
    ).format(rule=e.rule, version=e.policy_version)
    rows = [
        (translate("DecisionSummary", "Eligibility"), verdict + ("" if e.eligible else ": " + "; ".join(e.reasons)))
    ]
    cur = pic.current
    if cur is None:
        rows.append(
            (translate("DecisionSummary", "Risk level"), translate("DecisionSummary", "no risk assessment recorded"))
        )
    else:
        a = cur.assessment
        rows.append(
            (
                translate("DecisionSummary", "Risk level"),
                translate(
                    "DecisionSummary", "{level} (score {score}, {instrument}, assessed on {day} by {assessor})"
                ).format(
                    level=pick(cur.level, "label"),
                    score=cur.score,
                    instrument=a.instrument,
                    day=a.assessed_on.isoformat(),
                    assessor=a.assessor,
                ),
            )
        )
        rows.append(
            (
                translate("DecisionSummary", "Professional judgement"),
                translate("DecisionSummary", "raised from {computed} to {level}: {reason}").format(
                    computed=pick(cur.computed, "label"), level=pick(cur.level, "label"), reason=a.judgement_reason
                )
                if cur.raised
                else translate("DecisionSummary", "did not raise the level"),
            )
        )
    if pic.escalation is not None:
        esc = pic.escalation
        rows.append(
            (
                translate("DecisionSummary", "Escalation"),
                translate(
                    "DecisionSummary",
                    "{flag}: %n incident(s) in {days} days (threshold {threshold})",
                    None,
                    esc.incidents,
                ).format(flag=_yes_no(esc.escalating), days=esc.window_days, threshold=esc.threshold),
            )
        )
        rows.append((translate("DecisionSummary", "Repeat"), _yes_no(pic.repeat)))
    elif shown.flags is not None:
        published = " " + translate("DecisionSummary", "(as published by the police)")
        rows.append((translate("DecisionSummary", "Escalation"), _yes_no(shown.flags.escalating) + published))
        rows.append((translate("DecisionSummary", "Repeat"), _yes_no(shown.flags.repeat) + published))
    else:
        rows.append(
            (
                translate("DecisionSummary", "Escalation and repeat"),
                translate("DecisionSummary", "not visible on this device, and none published by the police yet"),
            )
        )
    rows.append((translate("DecisionSummary", "Risk review"), _review_words(risk_view, today)))
    if process_view.consent:
        rows += [
            (
                translate("DecisionSummary", "Consent, {party}").format(party=_party(c.party)),
                f"{status_words(c.status).upper()}: {in_words(c.explanation)}",
            )
            for c in process_view.consent.values()
        ]
    else:
        rows.append(
            (translate("DecisionSummary", "Consent"), translate("DecisionSummary", "not readable on this device"))
        )
    triggers = [
        f"{lc.TRIGGERS.get(h.trigger, h.trigger)}: {h.why}"
        for h in process_view.process.holds
        if h.trigger != "sign-off stale"
    ]
    pause = open_pause(process_view)
    if pause is not None:
        triggers.append(
            translate("DecisionSummary", "paused for {trigger} on {day}").format(
                trigger=lc.TRIGGERS.get(pause.trigger, pause.trigger).lower(), day=pause.at[:10]
            )
        )
    rows.append(
        (
            translate("DecisionSummary", "Pause triggers"),
            "; ".join(triggers) if triggers else translate("DecisionSummary", "none holding now"),
        )
    )
    agreed = case.get("pause_triggers") if case.can_read("pause_triggers") else None
    if agreed:
        rows.append((translate("DecisionSummary", "Pause triggers agreed for this case"), str(agreed)))
    for kind, label in (
        (att.FACILITATION, translate("DecisionSummary", "Facilitator checks")),
        (att.SAFETY_PLAN, translate("DecisionSummary", "Safety plan")),
    ):
        latest = process_view.attestations.get(kind)
        if latest is None:
            rows.append(
                (
                    label,
                    translate("DecisionSummary", "not attested by the {role}'s device").format(
                        role=att.KINDS[kind].role
                    ),
                )
            )
        elif latest.missing:
            rows.append(
                (
                    label,
                    translate("DecisionSummary", "MISSING: {missing} (attested by {by}, {day})").format(
                        missing="; ".join(latest.missing), by=latest.by, day=latest.at[:10]
                    ),
                )
            )
        else:
            facts = "; ".join(w for w, _ok in latest.facts)
            rows.append(
                (
                    label,
                    translate("DecisionSummary", "in place: {facts} (attested by {by}, {day})").format(
                        facts=facts, by=latest.by, day=latest.at[:10]
                    ),
                )
            )
    return rows


def _review_words(risk_view: RiskView, today: dt.date) -> str:
    pic, shown = risk_view.picture, risk_view.flags
    if pic.current is None:
        return translate("DecisionSummary", "none scheduled: no assessment recorded")
    if pic.escalation is None and shown.flags is not None:
        f = shown.flags
        if f.review_now:
            return translate(
                "DecisionSummary",
                "DUE NOW: something has happened since the last assessment (as published by the police)",
            )
        if f.review_due is None:
            return translate("DecisionSummary", "not published")
        words = (
            translate("DecisionSummary", "OVERDUE: was due {day} (as published by the police)")
            if f.review_due <= today
            else translate("DecisionSummary", "due {day} (as published by the police)")
        )
        return words.format(day=f.review_due.isoformat())
    rev = pic.review
    assert rev is not None  # risk_picture schedules a review for every picture it draws
    if rev.due > today:
        return translate("DecisionSummary", "due {day} ({reason})").format(day=rev.due.isoformat(), reason=rev.reason)
    if rev.incident:
        return translate("DecisionSummary", "DUE NOW: {reason}").format(reason=rev.reason)
    return translate("DecisionSummary", "OVERDUE: was due {day} ({reason})").format(
        day=rev.due.isoformat(), reason=rev.reason
    )
