"""Choosing the English or the Welsh of a bilingual datum (a schema label, an ISA reason)."""

from __future__ import annotations

from collections.abc import Sequence

from app.models.language.catalog import CLOSE, OPEN
from app.models.language.codes import PSEUDO, WELSH
from app.models.language.current import current


def pick(item: object, attribute: str = "label", language: str | None = None) -> str:
    """`item.attribute` in the language (the current one unless given): its `_cy` twin in Welsh.
    The data files are checked to hold both, so the English fallback serves only data built in
    code (tests, an older area file being fixed)."""
    language = language or current()
    english = str(getattr(item, attribute, "") or "")
    if language == WELSH:
        return str(getattr(item, f"{attribute}_cy", "") or english)
    if language == PSEUDO and english:
        return OPEN + english + CLOSE
    return english


class Label(str):
    """A datum's English (a field's label), kept as text wherever text goes, that a sentence
    shown later says in the reader's language (`said.shown` picks its Welsh twin)."""

    item: object
    attribute: str


def label_of(item: object, attribute: str = "label") -> Label:
    made = Label(str(getattr(item, attribute, "") or ""))
    made.item, made.attribute = item, attribute
    return made


def option_label(options: Sequence[str], options_cy: Sequence[str], value: object, language: str | None = None) -> str:
    """How a stored choice value (always the English option) reads in the language."""
    language = language or current()
    text = "" if value is None else str(value)
    if language == WELSH and options_cy:
        for english, welsh in zip(options, options_cy):
            if english == value:
                return welsh
    if language == PSEUDO and text:
        return OPEN + text + CLOSE
    return text
