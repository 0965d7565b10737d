"""How long a closed case is kept, by how it ended, and the day it is due to be erased.

The periods are policy data (app/resources/policy/process.toml, [retention]), in months from the
day the case closed. How it ended is read from the steps the process applied, as every device
folds them: a case that reached sessions ended after sessions (or was terminated); one declined
at sign-off was declined; anything else closed before it was taken forward, and counts as
withdrawn. The closing day is the one the closing step records (the recording device's clock):
a day out on a laptop moves the date by a day, not the rule.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from app.models import clock
from app.models.errors import ValidationError
from app.models.language import QT_TRANSLATE_NOOP
from app.models.process import lifecycle as lc
from app.models.process.aftercare import DEFAULT_PROCESS_POLICY, read_policy
from app.models.resources import Source, as_source

AFTER_SESSIONS, TERMINATED, DECLINED, WITHDRAWN = "after_sessions", "terminated", "declined", "withdrawn"
OUTCOMES = (AFTER_SESSIONS, TERMINATED, DECLINED, WITHDRAWN)
OUTCOME_WORDS = {
    AFTER_SESSIONS: QT_TRANSLATE_NOOP("Retention", "closed after sessions"),
    TERMINATED: QT_TRANSLATE_NOOP("Retention", "closed after sessions were stopped"),
    DECLINED: QT_TRANSLATE_NOOP("Retention", "closed after sign-off was declined"),
    WITHDRAWN: QT_TRANSLATE_NOOP("Retention", "closed before it was taken forward"),
}


@dataclass(frozen=True)
class RetentionPolicy:
    months: dict[str, int]


@dataclass(frozen=True)
class Retention:
    outcome: str
    closed_on: dt.date
    erase_after: dt.date  # the last day it is kept
    due: bool  # the period is over: the chair's device may erase it


def load_retention(path: Source = DEFAULT_PROCESS_POLICY) -> RetentionPolicy:
    path = as_source(path)
    section = read_policy(path).get("retention")
    if not isinstance(section, dict) or set(section) != set(OUTCOMES):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ProcessProblems", "{name}: [retention] must give months for each of: {outcomes}"),
            name=path.name,
            outcomes=", ".join(OUTCOMES),
        )
    for outcome, months in section.items():
        if not isinstance(months, int) or isinstance(months, bool) or not 1 <= months <= 1200:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ProcessProblems", "{name}: [retention] {outcome} must be 1 to 1200 months"),
                name=path.name,
                outcome=outcome,
            )
    return RetentionPolicy(dict(section))


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month, `months` later (the month's last day where it is shorter)."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def ending(process: lc.ProcessState) -> tuple[str, dt.date] | None:
    """How a closed case ended and the day it closed; None while it is not closed."""
    if process.recorded != lc.CLOSED:
        return None
    applied = [e for e in process.history if e.applied]
    closing = next((e for e in reversed(applied) if e.step.to_state == lc.CLOSED), None)
    if closing is None:
        return None
    reached = {e.step.to_state for e in applied}
    if lc.TERMINATED in reached:
        outcome = TERMINATED
    elif reached & {lc.SESSIONS, lc.COMPLETED, lc.AFTERCARE}:
        outcome = AFTER_SESSIONS
    elif closing.from_state == lc.DECLINED:
        outcome = DECLINED
    else:
        outcome = WITHDRAWN
    try:
        closed_on = dt.date.fromisoformat(closing.step.at[:10])
    except ValueError:
        return None  # a step with no readable date cannot start a retention period
    return outcome, closed_on


def retention_of(process: lc.ProcessState, policy: RetentionPolicy, today: dt.date | None = None) -> Retention | None:
    ended = ending(process)
    if ended is None:
        return None
    outcome, closed_on = ended
    erase_after = add_months(closed_on, policy.months[outcome])
    return Retention(outcome, closed_on, erase_after, (today or clock.today()) > erase_after)
