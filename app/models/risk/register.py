"""Risk assessments kept in a case (the managed records field `risk_assessments`), and the
case's risk picture computed from them and its incidents, as the opening role may see them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Mapping

from app.models import clock
from app.models.case_reader import CaseReader
from app.models.cases import CaseSession
from app.models.documents.values import loose_date
from app.models.errors import ValidationError
from app.models.language import QT_TRANSLATE_NOOP
from app.models.risk.assessment import (
    Answer,
    Assessment,
    RiskPicture,
    Scored,
    Unreadable,
    escalation,
    is_repeat,
    review,
    score_assessment,
)
from app.models.risk.instruments import Instrument
from app.models.risk.policy import RiskPolicy

FIELD = "risk_assessments"
INCIDENTS = "incidents"


def _questions_tag(qids: list[str]) -> str:
    return hashlib.sha256("\n".join(qids).encode()).hexdigest()[:8]


def encode_answers(instrument: Instrument, a: Assessment) -> tuple[str, str]:
    """(answers, sources): the answers as one digit per question (the answer's place in the
    instrument's list), after a tag of the question ids, so a record never silently pairs its
    answers with a reordered or edited checklist; the sources as lines 'question: source'."""
    answers = dict(a.answers)
    qids = [q.id for q in instrument.questions]
    codes = "".join(str(instrument.answers.index(answers[q].value)) for q in qids)
    sources = "\n".join(f"{q}: {answers[q].source}" for q in qids if answers[q].source)
    return f"{_questions_tag(qids)}:{codes}", sources


def decode_answers(instrument: Instrument, answers: str, sources: str) -> tuple[tuple[str, Answer], ...]:
    qids = [q.id for q in instrument.questions]
    tag, _, codes = (answers or "").partition(":")
    if tag != _questions_tag(qids) or len(codes) != len(qids):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "RiskProblems", "the answers do not match the questions of {name} {version} on this device"
            ),
            name=instrument.name,
            version=instrument.version,
        )
    try:
        values = [instrument.answers[int(c)] for c in codes]
    except (ValueError, IndexError):
        raise ValidationError(QT_TRANSLATE_NOOP("RiskProblems", "the assessment's answers are unreadable")) from None
    by_q = {}
    for line in (sources or "").splitlines():
        q, sep, src = line.partition(": ")
        if sep and q in qids:
            by_q[q] = src.strip()
    return tuple((q, Answer(v, by_q.get(q, ""))) for q, v in zip(qids, values))


def record_assessment(case: CaseSession, instrument: Instrument, policy: RiskPolicy, a: Assessment) -> Scored:
    """Keep a checked assessment in the case: it comes back as scored for keeping, with its
    record's id, so what is said of it is never read back from a history sorted by date."""
    scored = score_assessment(instrument, policy, a)
    answers, sources = encode_answers(instrument, a)
    rid = case.add_record(
        FIELD,
        {
            "instrument": a.instrument,
            "instrument_version": a.instrument_version,
            "assessed_on": a.assessed_on.isoformat(),
            "assessor": a.assessor,
            "assessor_agency": a.agency,
            "answers": answers,
            "answer_sources": sources,
            "score": scored.score,
            "judgement_level": a.judgement_level,
            "judgement_reason": a.judgement_reason,
        },
        form=True,
    )
    return dataclasses.replace(scored, assessment=dataclasses.replace(a, record_id=rid))


def _parse(record: Mapping[str, object], instruments: dict[str, Instrument]) -> tuple[Instrument, Assessment]:
    inst = instruments.get(str(record.get("instrument") or ""))
    if inst is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("RiskProblems", "the instrument '{get}' is not installed on this device"),
            get=record.get("instrument"),
        )
    assessed_on = loose_date(record.get("assessed_on"))
    if assessed_on is None:
        raise ValidationError(QT_TRANSLATE_NOOP("RiskProblems", "the assessment has no valid date"))
    answers = decode_answers(inst, str(record.get("answers") or ""), str(record.get("answer_sources") or ""))
    return inst, Assessment(
        inst.id,
        str(record.get("instrument_version") or ""),
        assessed_on,
        str(record.get("assessor") or ""),
        str(record.get("assessor_agency") or ""),
        answers,
        str(record.get("judgement_level") or ""),
        str(record.get("judgement_reason") or ""),
        str(record.get("id") or ""),
    )


def assessments(
    case: CaseReader, instruments: dict[str, Instrument], policy: RiskPolicy
) -> tuple[list[Scored], list[Unreadable]]:
    """Every assessment of the case, scored, oldest first; and those that cannot be scored here
    (an instrument this device does not have, damaged answers), so they are shown, not hidden."""
    scored, bad = [], []
    for i, record in enumerate(case.get(FIELD) or []):
        try:
            inst, a = _parse(record, instruments)
            scored.append((a.assessed_on, i, score_assessment(inst, policy, a)))
        except ValidationError as exc:
            bad.append(Unreadable(str(record.get("id") or ""), str(exc)))
    return [s for _d, _i, s in sorted(scored, key=lambda x: (x[0], x[1]))], bad


def incident_dates(case: CaseReader) -> list[dt.date] | None:
    """Dates of the case's incidents, or None when the role may not see them."""
    if not case.can_read(INCIDENTS):
        return None
    return [d for d in (loose_date(r.get("incident_date")) for r in case.get(INCIDENTS) or []) if d is not None]


def risk_picture(
    case: CaseReader, instruments: dict[str, Instrument], policy: RiskPolicy, today: dt.date | None = None
) -> RiskPicture:
    today = today or clock.today()
    history, bad = assessments(case, instruments, policy) if case.can_read(FIELD) else ([], [])
    incidents = incident_dates(case)
    referral = loose_date(case.get("referral_date")) if case.can_read("referral_date") else None
    return RiskPicture(
        history=history,
        unreadable=bad,
        escalation=None if incidents is None else escalation(incidents, today, policy),
        repeat=None if incidents is None else is_repeat(incidents, referral, policy),
        review=review([s.assessment.assessed_on for s in history], incidents, today, policy),
    )
