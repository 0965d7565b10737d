"""Checking and converting field values: from Python, and from text typed at a prompt."""

from __future__ import annotations

import datetime as dt
import math

from app.models import clock
from app.models.case_schema import FieldDef
from app.models.errors import ValidationError
from app.models.language import QT_TRANSLATE_NOOP

MAX_SHORT = 400
MAX_LONG = 200_000
_TRUE = {"yes", "y", "true", "1", "on"}
_FALSE = {"no", "n", "false", "0", "off"}

Value = str | bool | int | float | None


def loose_date(value: object) -> dt.date | None:
    """The date a stored value holds, or None for anything else: records written on other
    devices are read as they are, and a missing or garbled date is shown as no date."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def day_text(d: dt.date | str | None) -> str:
    """A date as YYYY-MM-DD, text as it is, nothing as ''."""
    return d.isoformat() if isinstance(d, dt.date) else (d or "")


def check(f: FieldDef, value: object) -> Value:
    """Return the canonical stored form of value for field f, or raise ValidationError.

    None clears the field. Records are not set through here (see the record operations).
    """
    if value is None:
        return None
    t = f.type
    if t == "records":
        raise ValidationError(
            f.id,
            QT_TRANSLATE_NOOP("CaseProblems", "{label} is a list of records: add, change or remove records instead"),
            label=f.label,
        )
    if t in ("short_text", "long_text"):
        if not isinstance(value, str):
            raise ValidationError(f.id, QT_TRANSLATE_NOOP("CaseProblems", "{label} takes text"), label=f.label)
        _check_encodable(f, value)
        limit = MAX_SHORT if t == "short_text" else MAX_LONG
        if len(value) > limit:
            raise ValidationError(
                f.id,
                QT_TRANSLATE_NOOP("CaseProblems", "{label} is longer than {limit} characters"),
                label=f.label,
                limit=limit,
            )
        if t == "short_text" and ("\n" in value or "\r" in value):
            raise ValidationError(f.id, QT_TRANSLATE_NOOP("CaseProblems", "{label} takes a single line"), label=f.label)
        return value
    if t == "choice":
        if isinstance(value, str):
            _check_encodable(f, value)
        if value not in f.options:
            raise ValidationError(
                f.id,
                QT_TRANSLATE_NOOP("CaseProblems", "{label} must be one of: {options}"),
                label=f.label,
                options=", ".join(f.options),
            )
        return value
    if t == "date":
        return _check_date(f, value)
    if t == "flag":
        if not isinstance(value, bool):
            raise ValidationError(f.id, QT_TRANSLATE_NOOP("CaseProblems", "{label} takes yes or no"), label=f.label)
        return value
    if t == "number":
        return _check_number(f, value)
    raise ValidationError(f.id, QT_TRANSLATE_NOOP("CaseProblems", "{label} has an unknown type"), label=f.label)


def _check_encodable(f: FieldDef, text: str) -> None:
    # Bytes that were not UTF-8 (a file or terminal in another encoding) reach Python as lone
    # surrogates; no document can hold them, so they are refused here, not midway through a write.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            f.id, QT_TRANSLATE_NOOP("CaseProblems", "{label}: the text given is not UTF-8"), label=f.label
        ) from None


def _check_date(f: FieldDef, value: object) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            pass
    if not isinstance(value, dt.date):
        raise ValidationError(
            f.id, QT_TRANSLATE_NOOP("CaseProblems", "{label} takes a date as YYYY-MM-DD"), label=f.label
        )
    if f.past_only:
        # A date of what has happened, set ahead, would outrank every later record by its date.
        latest = clock.latest_allowed_date()
        if value > latest:
            raise ValidationError(
                f.id,
                QT_TRANSLATE_NOOP(
                    "CaseProblems",
                    "{label} records what has happened: it cannot be after {isoformat} (got {isoformat2})",
                ),
                label=f.label,
                isoformat=latest.isoformat(),
                isoformat2=value.isoformat(),
            )
    return value.isoformat()


def _check_number(f: FieldDef, value: object) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValidationError(f.id, QT_TRANSLATE_NOOP("CaseProblems", "{label} takes a number"), label=f.label)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and abs(value) >= 2**53:
        raise ValidationError(f.id, QT_TRANSLATE_NOOP("CaseProblems", "{label} is out of range"), label=f.label)
    if f.integer and not isinstance(value, int):
        raise ValidationError(
            f.id,
            QT_TRANSLATE_NOOP("CaseProblems", "{label} takes a whole number (got {value})"),
            label=f.label,
            value=value,
        )
    low, high = f.minimum, f.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        raise ValidationError(
            f.id,
            QT_TRANSLATE_NOOP("CaseProblems", "{label} must be {range_text} (got {value})"),
            label=f.label,
            range_text=_range_text(low, high),
            value=value,
        )
    return value


def _range_text(low: int | float | None, high: int | float | None) -> str:
    def show(n: int | float) -> str:
        return str(int(n)) if float(n).is_integer() else str(n)

    if low is not None and high is not None:
        return f"from {show(low)} to {show(high)}"
    if low is not None:
        return f"at least {show(low)}"
    assert high is not None  # only a field with a bound has a range to describe
    return f"at most {show(high)}"


def parse_text(f: FieldDef, text: str) -> Value:
    """Read a value typed as text (command line, import): '' clears, types are parsed."""
    if text == "" and f.type != "long_text":
        return None
    if f.type == "flag":
        low = text.strip().lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise ValidationError(f.id, QT_TRANSLATE_NOOP("CaseProblems", "{label} takes yes or no"), label=f.label)
    if f.type == "number":
        try:
            number = float(text) if any(c in text for c in ".eE") else int(text)
        except ValueError:
            raise ValidationError(
                f.id, QT_TRANSLATE_NOOP("CaseProblems", "{label} takes a number"), label=f.label
            ) from None
        return check(f, number)
    return check(f, text)
