"""Professional judgement only ever raises a level, and says so when asked to raise nothing: a
judgement that changes nothing would be kept and never shown, with its reason."""

import datetime as dt

import pytest

from app.models.errors import ValidationError
from app.models.risk.assessment import Assessment, make_assessment, score_assessment
from app.models.risk.instruments import load_instruments
from app.models.risk.policy import load_policy

INSTRUMENTS = load_instruments()
DASH = INSTRUMENTS["dash"]
POLICY = load_policy(INSTRUMENTS)
TODAY = dt.date(2026, 11, 21)


def assess(yes: int, **over):
    answers = {q.id: "yes" if i < yes else "no" for i, q in enumerate(DASH.questions)}
    args = dict(assessed_on=TODAY, assessor="A. Assessor", agency="Police", answers=answers, today=TODAY)
    args.update(over)
    return make_assessment(DASH, POLICY, **args)


@pytest.mark.parametrize("yes, level", [(4, "standard"), (11, "medium"), (15, "high")])
def test_raising_to_the_scored_level_is_refused_with_or_without_a_reason(yes, level):
    for reason in ("The survivor disclosed a threat to kill.", ""):
        with pytest.raises(ValidationError, match="already gives") as err:
            assess(yes, judgement_level=level, judgement_reason=reason)
        assert err.value.field_id == "judgement_level"


def test_a_reason_without_a_raised_level_is_refused():
    with pytest.raises(ValidationError, match="goes with a raised level") as err:
        assess(4, judgement_reason="The survivor disclosed a threat to kill.")
    assert err.value.field_id == "judgement_reason"


def test_a_real_raise_keeps_its_reason():
    made = assess(4, judgement_level="medium", judgement_reason="Threat to kill disclosed.")
    scored = score_assessment(DASH, POLICY, made)
    assert scored.raised and scored.level.id == "medium" and made.judgement_reason == "Threat to kill disclosed."


def test_a_record_already_kept_at_its_scored_level_still_reads():
    # Made before this was refused, or on a device that allowed it: read as not raised.
    made = assess(11)
    kept = Assessment(
        made.instrument,
        made.instrument_version,
        made.assessed_on,
        made.assessor,
        made.agency,
        made.answers,
        judgement_level="medium",
        judgement_reason="",
    )
    scored = score_assessment(DASH, POLICY, kept)
    assert not scored.raised and scored.level.id == "medium"


def test_an_assessment_cannot_be_dated_after_today():
    with pytest.raises(ValidationError, match="future"):
        assess(4, assessed_on=TODAY + dt.timedelta(days=1))
    assert assess(4, assessed_on=TODAY).assessed_on == TODAY
