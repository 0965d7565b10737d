"""Aftercare: check-ins on the schedule the process policy sets, counted from the day the case
entered aftercare, each matched with the check-in record that answers it. The process policy file
(app/resources/policy/process.toml) is read here, the sign-off's minimum text length with it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.models import clock
from app.models.case_schema import read_toml
from app.models.documents.values import loose_date
from app.models.errors import ValidationError
from app.models.language import QT_TRANSLATE_NOOP
from app.models.process.signoff import NDM_MINIMUM_DEFAULT
from app.models.resources import Source, as_source, resource

DEFAULT_PROCESS_POLICY = resource("policy", "process.toml")
FIELD = "checkins"


def load_checkin_weeks(path: Source = DEFAULT_PROCESS_POLICY) -> tuple[int, ...]:
    path = as_source(path)

    def unreadable(_why: str, exc: Exception) -> ValidationError:
        return ValidationError(
            QT_TRANSLATE_NOOP("ProcessProblems", "{name}: the aftercare schedule is missing or unreadable ({exc})"),
            name=path.name,
            exc=exc,
        )

    raw = read_toml(path, unreadable)
    try:
        weeks = raw["aftercare"]["checkin_weeks"]
    except (KeyError, TypeError) as exc:
        raise unreadable("", exc) from None
    if (
        not isinstance(weeks, list)
        or not weeks
        or any(not isinstance(w, int) or w <= 0 for w in weeks)
        or weeks != sorted(set(weeks))
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ProcessProblems", "{name}: checkin_weeks must be rising whole numbers of weeks"),
            name=path.name,
        )
    return tuple(weeks)


def read_policy(path: Source) -> dict[str, Any]:
    """The process policy file's tables; a file missing or unreadable is refused, named."""
    path = as_source(path)

    def unreadable(_why: str, exc: Exception) -> ValidationError:
        return ValidationError(
            QT_TRANSLATE_NOOP("ProcessProblems", "{name}: the process policy is missing or unreadable ({exc})"),
            name=path.name,
            exc=exc,
        )

    return read_toml(path, unreadable)


def load_ndm_minimum(path: Source = DEFAULT_PROCESS_POLICY) -> int:
    """The fewest characters each part of a sign-off's rationale (and each override statement)
    must hold. A policy file written before the rule existed gets the default, never no minimum."""
    path = as_source(path)
    raw = read_policy(path)
    section = raw.get("signoff", {})
    if not isinstance(section, dict):
        raise ValidationError(QT_TRANSLATE_NOOP("ProcessProblems", "{name}: [signoff] must be a table"), name=path.name)
    value = section.get("ndm_minimum_chars", NDM_MINIMUM_DEFAULT)
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 2000:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ProcessProblems", "{name}: [signoff] ndm_minimum_chars must be a whole number from 1 to 2000"
            ),
            name=path.name,
        )
    return value


@dataclass(frozen=True)
class CheckIn:
    due_on: dt.date
    record: dict[str, Any] | None  # the check-in that answers it, if held

    @property
    def held(self) -> bool:
        # A check-in "held" on a day still ahead (written before dates were checked, or by a
        # device whose clock ran far ahead) has not happened: it must not hide an overdue one.
        held_on = loose_date(self.record.get("held_on")) if self.record else None
        return held_on is not None and held_on <= clock.latest_allowed_date()

    def overdue(self, today: dt.date) -> bool:
        return not self.held and self.due_on < today

    def evaluation(self) -> str:
        if not self.held:
            return ""
        r = self.record
        assert r is not None  # only a check-in a record answers is held
        return "; ".join(
            f"{label}: {r.get(key)}"
            for key, label in (
                ("safety_outcome", "safety"),
                ("behaviour_change", "behaviour"),
                ("empowerment", "empowerment"),
            )
            if r.get(key)
        )


def schedule(entered: dt.date | None, weeks: tuple[int, ...], records: list[dict[str, Any]]) -> list[CheckIn]:
    """The due check-ins; a record answers the due date it names, or, with none, the earliest
    unanswered one on or before the day it was held."""
    if entered is None:
        return []
    due = [entered + dt.timedelta(weeks=w) for w in weeks]
    answered: dict[dt.date, dict[str, Any]] = {}
    loose = []
    for r in records or []:
        try:
            d = dt.date.fromisoformat(r.get("due_on") or "")
        except ValueError:
            loose.append(r)
            continue
        answered.setdefault(d, r)
    for r in loose:
        for d in due:
            if d not in answered:
                answered[d] = r
                break
    extra = sorted(d for d in answered if d not in due)
    return [CheckIn(d, answered.get(d)) for d in sorted(due + extra)]
