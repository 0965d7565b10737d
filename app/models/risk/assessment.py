"""Risk assessments: scoring, levels with professional judgement, escalation, repeats, reviews.

Pure functions over data: the instrument and the policy say how to count, this says what the
count is. Everything here is derived again wherever it is shown, from the assessments and
incidents held in the case, so no device can show a level another device would not compute.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.models import clock
from app.models.errors import SchemaError, ValidationError
from app.models.language import QT_TRANSLATE_NOOP, translate
from app.models.risk.instruments import Instrument
from app.models.risk.policy import Level, RiskPolicy


@dataclass(frozen=True)
class Answer:
    value: str
    source: str = ""  # whose account, when not the instrument's default source


@dataclass(frozen=True)
class Assessment:
    instrument: str
    instrument_version: str
    assessed_on: dt.date
    assessor: str
    agency: str
    answers: tuple[tuple[str, Answer], ...]  # (question id, answer), in the instrument's order
    judgement_level: str = ""  # a level raised by professional judgement, or ""
    judgement_reason: str = ""
    record_id: str = ""

    def answer(self, qid: str) -> Answer | None:
        return dict(self.answers).get(qid)


@dataclass(frozen=True)
class Scored:
    assessment: Assessment
    score: int
    computed: Level  # what the score alone gives
    level: Level  # after professional judgement (never lower than computed)

    @property
    def raised(self) -> bool:
        return self.level.id != self.computed.id


def make_assessment(
    instrument: Instrument,
    policy: RiskPolicy,
    *,
    assessed_on: dt.date | str,
    assessor: str,
    agency: str,
    answers: dict[str, str | tuple[str, str] | Answer],
    judgement_level: str = "",
    judgement_reason: str = "",
    today: dt.date | None = None,
) -> Assessment:
    """A complete, checked assessment, or ValidationError naming what is wrong."""
    today = today or clock.today()
    if isinstance(assessed_on, str):
        try:
            assessed_on = dt.date.fromisoformat(assessed_on)
        except ValueError:
            raise ValidationError(
                "assessed_on", QT_TRANSLATE_NOOP("RiskProblems", "the assessment date must be YYYY-MM-DD")
            ) from None
    if assessed_on > today:
        raise ValidationError(
            "assessed_on", QT_TRANSLATE_NOOP("RiskProblems", "an assessment cannot be dated in the future")
        )
    if not assessor.strip():
        raise ValidationError("assessor", QT_TRANSLATE_NOOP("RiskProblems", "name the assessor"))
    if not agency.strip():
        raise ValidationError("agency", QT_TRANSLATE_NOOP("RiskProblems", "name the assessor's agency"))
    unknown = sorted(set(answers) - {q.id for q in instrument.questions})
    if unknown:
        raise ValidationError(
            "answers",
            QT_TRANSLATE_NOOP("RiskProblems", "{name} has no question(s) {unknown}"),
            name=instrument.name,
            unknown=", ".join(unknown),
        )
    missing = [q.id for q in instrument.questions if q.id not in answers]
    if missing:
        raise ValidationError(
            "answers",
            QT_TRANSLATE_NOOP(
                "RiskProblems", "{count} question(s) unanswered: {missing} (answer each {answer_labels})"
            ),
            count=len(missing),
            missing=", ".join(missing),
            answer_labels=" / ".join(instrument.answer_labels),
        )
    out = []
    for q in instrument.questions:
        raw = answers[q.id]
        a = raw if isinstance(raw, Answer) else Answer(*raw) if isinstance(raw, tuple) else Answer(raw)
        if a.value not in instrument.answers:
            raise ValidationError(
                "answers",
                QT_TRANSLATE_NOOP("RiskProblems", "question '{id}': '{value}' is not one of {answers}"),
                id=q.id,
                value=a.value,
                answers=", ".join(instrument.answers),
            )
        out.append((q.id, Answer(a.value, a.source.strip())))
    made = Assessment(
        instrument.id,
        instrument.version,
        assessed_on,
        assessor.strip(),
        agency.strip(),
        tuple(out),
        judgement_level.strip(),
        judgement_reason.strip(),
    )
    scored = score_assessment(instrument, policy, made)  # refuses a judgement that lowers or lacks a reason
    # A judgement that raises nothing would be kept and never shown, its reason with it: the
    # assessor must learn at once that the level stands as scored. (Records already kept this
    # way are still read, by score_assessment, as not raised.)
    if made.judgement_level and not scored.raised:
        raise ValidationError(
            "judgement_level",
            QT_TRANSLATE_NOOP(
                "RiskProblems",
                "the score already gives '{label}': professional judgement can only raise it to a higher level",
            ),
            label=scored.computed.label,
        )
    if made.judgement_reason and not made.judgement_level:
        raise ValidationError(
            "judgement_reason",
            QT_TRANSLATE_NOOP(
                "RiskProblems",
                "a reason for professional judgement goes with a raised level: name the level it raises to",
            ),
        )
    return made


def score_assessment(instrument: Instrument, policy: RiskPolicy, a: Assessment) -> Scored:
    if a.instrument != instrument.id:
        raise ValidationError(
            "instrument",
            QT_TRANSLATE_NOOP("RiskProblems", "an assessment with '{instrument}' scored as '{id}'"),
            instrument=a.instrument,
            id=instrument.id,
        )
    score = sum(1 for _qid, ans in a.answers if ans.value == instrument.scoring_answer)
    computed = policy.level_for(instrument.id, score)
    level = computed
    if a.judgement_level:
        try:
            raised_rank = policy.rank(instrument.id, a.judgement_level)
        except SchemaError as exc:
            raise ValidationError("judgement_level", str(exc)) from None
        if raised_rank < policy.rank(instrument.id, computed.id):
            raise ValidationError(
                "judgement_level",
                QT_TRANSLATE_NOOP(
                    "RiskProblems",
                    "professional judgement can raise the level, never lower it (the score gives '{label}')",
                ),
                label=computed.label,
            )
        if raised_rank > policy.rank(instrument.id, computed.id):
            if not a.judgement_reason:
                raise ValidationError(
                    "judgement_reason", QT_TRANSLATE_NOOP("RiskProblems", "write down the reason for raising the level")
                )
            level = policy.levels_for(instrument.id)[raised_rank]
    return Scored(a, score, computed, level)


# ----- incidents over time -------------------------------------------------------------------
@dataclass(frozen=True)
class Escalation:
    incidents: int  # within the window, up to today
    threshold: int
    window_days: int

    @property
    def escalating(self) -> bool:
        return self.incidents >= self.threshold


@dataclass(frozen=True)
class Unreadable:
    """An assessment record this device cannot score, and why (kept apart, never guessed at)."""

    record_id: str
    problem: str


def escalation(incident_dates: list[dt.date], today: dt.date, policy: RiskPolicy) -> Escalation:
    since = today - dt.timedelta(days=policy.escalation_window_days)
    n = sum(1 for d in incident_dates if since < d <= today)
    return Escalation(n, policy.escalation_incidents, policy.escalation_window_days)


def is_repeat(incident_dates: list[dt.date], last_referral: dt.date | None, policy: RiskPolicy) -> bool:
    """A new incident within the window after the last panel referral."""
    if last_referral is None:
        return False
    until = last_referral + dt.timedelta(days=policy.repeat_window_days)
    return any(last_referral < d <= until for d in incident_dates)


@dataclass(frozen=True)
class Review:
    due: dt.date
    overdue: bool
    reason: str  # in words, in the current language
    incident: bool = False  # brought forward by a new incident (the rules ask this, never the words)


def review(
    assessed_on: list[dt.date], incident_dates: list[dt.date] | None, today: dt.date, policy: RiskPolicy
) -> Review:
    """When the next review is due. incident_dates None: this device may not see incidents."""
    if not assessed_on:
        return Review(today, False, translate("RiskReview", "no risk assessment recorded yet"))
    last = max(assessed_on)
    due, reason = (
        last + dt.timedelta(weeks=policy.review_weeks),
        translate("RiskReview", "%n week(s) after the last assessment", None, policy.review_weeks),
    )
    later = sorted(d for d in (incident_dates or []) if d > last)
    if later and later[0] < due:
        return Review(
            later[0], today > later[0], translate("RiskReview", "a new incident since the last assessment"), True
        )
    return Review(due, today > due, reason)


@dataclass
class RiskPicture:
    """What a role may know of a case's risk, derived afresh (see module docstring)."""

    history: list[Scored] = field(default_factory=list)  # oldest first
    escalation: Escalation | None = None  # None: incidents are not visible to this role
    repeat: bool | None = None
    review: Review | None = None
    unreadable: list[Unreadable] = field(default_factory=list)  # records it cannot score

    @property
    def current(self) -> Scored | None:
        return self.history[-1] if self.history else None
