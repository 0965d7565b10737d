"""Every field type checks its values: counts are whole numbers within the schema's bounds, and
a date of something that has happened is never later than the clock's tolerance allows, for
fields and for the sub-fields of records alike."""

import datetime as dt

import pytest

from app.models import clock
from app.models.case_schema import load_schema
from app.models.documents import values
from app.models.errors import ValidationError

SCHEMA = load_schema()
TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def fixed_clock():
    """Noon on TODAY (so the local date is TODAY in any time zone a test machine has)."""
    previous = clock.use(clock.ManualClock(dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)))
    assert clock.today() == TODAY
    yield
    clock.use(previous)


@pytest.mark.parametrize(
    "text, problem",
    [
        ("-3", "from 0 to 30"),
        ("2.5", "whole number"),
        ("1e9", "from 0 to 30"),
        ("31", "from 0 to 30"),
        ("1e999", "takes a number"),
        ("nan", "takes a number"),
        ("three", "takes a number"),
    ],
)
def test_a_count_refuses_what_is_not_a_sensible_whole_number(text, problem):
    f = SCHEMA.field("number_of_children")
    with pytest.raises(ValidationError, match=problem) as err:
        values.parse_text(f, text)
    assert err.value.field_id == "number_of_children"


@pytest.mark.parametrize("value", [-3, 2.5, 10**9, float("inf"), True])
def test_a_count_refuses_bad_python_values_too(value):
    with pytest.raises(ValidationError):
        values.check(SCHEMA.field("number_of_children"), value)


@pytest.mark.parametrize("text, stored", [("0", 0), ("3", 3), ("30", 30), ("2.0", 2), ("", None)])
def test_a_count_keeps_what_fits(text, stored):
    got = values.parse_text(SCHEMA.field("number_of_children"), text)
    assert got == stored and type(got) is type(stored)


def test_a_score_is_a_non_negative_whole_number():
    score = SCHEMA.field("risk_assessments").subfield("score")
    assert values.check(score, 12) == 12
    for bad in (-1, 1.5):
        with pytest.raises(ValidationError):
            values.check(score, bad)


def test_past_only_dates_allow_up_to_the_tolerance_and_no_further(fixed_clock):
    f = SCHEMA.field("referral_date")
    assert values.parse_text(f, "2020-01-31") == "2020-01-31"
    assert values.parse_text(f, TODAY.isoformat()) == TODAY.isoformat()
    latest = clock.latest_allowed_date()
    assert values.check(f, latest) == latest.isoformat()
    for ahead in (latest + dt.timedelta(days=1), dt.date(2030, 1, 1)):
        with pytest.raises(ValidationError, match=f"cannot be after {latest.isoformat()}"):
            values.check(f, ahead.isoformat())
    with pytest.raises(ValidationError, match="cannot be after"):
        values.check(f, dt.datetime(2030, 1, 1, 9, 0))


def test_dates_still_ahead_may_be_in_the_future(fixed_clock):
    far = "2031-06-30"
    assert values.check(SCHEMA.field("consent_records").subfield("valid_until"), far) == far
    assert values.check(SCHEMA.field("proceedings").subfield("hearing_date"), far) == far
    assert values.check(SCHEMA.field("meeting_date"), far) == far
    assert values.check(SCHEMA.field("checkins").subfield("due_on"), far) == far


def test_a_case_refuses_future_dates_of_what_happened(make_workspace, fixed_clock):
    police = make_workspace("police")
    case = police.new_case()
    with pytest.raises(ValidationError, match="Referral date records what has happened"):
        case.set("referral_date", "2030-01-01")
    assert case.get("referral_date") is None
    with pytest.raises(ValidationError, match="cannot be after"):
        case.add_record("incidents", {"incident_date": "2030-01-01", "incident_type": "threats"})
    assert case.get("incidents") == []
    rid = case.add_record("incidents", {"incident_date": "2026-11-30", "incident_type": "threats"})
    with pytest.raises(ValidationError, match="cannot be after"):
        case.update_record("incidents", rid, {"incident_date": "2027-01-01"})
    assert case.get("incidents")[0]["incident_date"] == "2026-11-30"
    with pytest.raises(ValidationError, match="from 0 to 30"):
        case.set("number_of_children", -3)
    assert case.set("number_of_children", 2)


def test_a_check_in_cannot_be_held_in_the_future(make_workspace, fixed_clock):
    advocate = make_workspace("advocate")
    case = advocate.new_case()
    rid = case.add_record("checkins", {"due_on": "2027-03-01"})  # due dates lie ahead
    with pytest.raises(ValidationError, match="Held on records what has happened"):
        case.update_record("checkins", rid, {"held_on": "2027-03-01"})
    assert case.update_record("checkins", rid, {"held_on": "2026-12-01"})
