"""A check-in counts as held only on a day that has come: one dated ahead never hides an overdue
check-in."""

import datetime as dt

import pytest

from app.models import clock
from app.models.process.aftercare import schedule

ENTERED = dt.date(2026, 9, 7)  # check-ins due 2026-09-21, 2026-10-19, 2026-11-30


@pytest.fixture
def on_first_of_december():
    previous = clock.use(clock.ManualClock(dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)))
    yield clock.today()
    clock.use(previous)


def test_a_check_in_dated_ahead_is_not_held(on_first_of_december):
    today = on_first_of_december
    plan = schedule(
        ENTERED,
        (2, 6, 12),
        [
            {"due_on": "2026-09-21", "held_on": "2026-09-22"},
            {"due_on": "2026-10-19", "held_on": "2027-01-15"},  # kept before dates were checked
            {"due_on": "2026-11-30", "held_on": "soon"},
        ],
    )
    assert [c.held for c in plan] == [True, False, False]
    assert [c.overdue(today) for c in plan] == [False, True, True]


def test_a_check_in_held_within_the_clock_tolerance_counts(on_first_of_december):
    tomorrow = (on_first_of_december + dt.timedelta(days=1)).isoformat()
    plan = schedule(ENTERED, (12,), [{"due_on": "2026-11-30", "held_on": tomorrow}])
    assert plan[0].held and not plan[0].overdue(on_first_of_december)
