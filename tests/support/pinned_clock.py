"""The wall clock of a test process set to a chosen day, running on from there.

The meeting tests' cases carry dates around their meeting (a referral after it among them); a
date of what has happened may not lie ahead of the device's clock, so those tests run on a day
after all of them rather than on whatever day they happen to be run.
"""

import datetime as dt

import pytest

from app.models import clock


def pin_wall(day: dt.date):
    """A fixture: the process's clock shifted so that it is noon UTC of `day` now. Time runs on
    (the monotonic clock is untouched), so timeouts and throttles behave as ever."""

    @pytest.fixture(autouse=True)
    def pinned():
        target = dt.datetime.combine(day, dt.time(12, 0), dt.UTC)
        shift = (target - dt.datetime.now(dt.UTC)).total_seconds()
        previous = clock.use(clock.Clock(shift_s=shift))
        yield
        clock.use(previous)

    return pinned
