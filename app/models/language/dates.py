"""Dates as each language writes them: "Dydd Iau, 3 Rhagfyr 2026", "Thursday, 3 December 2026".

Written out here rather than taken from the system's locale: the reports are made where there may
be no Welsh locale installed, and a report must read the same on every device that makes it.
"""

from __future__ import annotations

import datetime as dt

from app.models.language.codes import WELSH
from app.models.language.current import current

_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "cy": ("Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"),
}
_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "cy": (
        "Ionawr",
        "Chwefror",
        "Mawrth",
        "Ebrill",
        "Mai",
        "Mehefin",
        "Gorffennaf",
        "Awst",
        "Medi",
        "Hydref",
        "Tachwedd",
        "Rhagfyr",
    ),
}


def _table(language: str | None) -> str:
    return WELSH if (language or current()) == WELSH else "en"


def weekday_name(day: dt.date, language: str | None = None) -> str:
    return _WEEKDAYS[_table(language)][day.weekday()]


def month_name(month: int, language: str | None = None) -> str:
    return _MONTHS[_table(language)][month - 1]


def day_month_year(day: dt.date, language: str | None = None) -> str:
    return f"{day.day} {month_name(day.month, language)} {day.year}"


def long_date(day: dt.date, language: str | None = None) -> str:
    return f"{weekday_name(day, language)}, {day_month_year(day, language)}"
