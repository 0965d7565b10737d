"""The languages Concord offers, by the codes it stores, and the output variants built on them."""

from __future__ import annotations

WELSH = "cy"
ENGLISH = "en"
LANGUAGES = (WELSH, ENGLISH)
# Not offered to users: the tests' pseudo-language, which wraps every translated text in markers
# so a walk over the screens finds any text that bypassed translation.
PSEUDO = "pseudo"
BILINGUAL = "cy+en"
# A report or minutes: in Welsh, in English, or both with Welsh first (the Welsh Language
# Standards ask that Welsh is not treated less favourably, so in a bilingual text it leads).
OUTPUT_VARIANTS = (WELSH, ENGLISH, BILINGUAL)

# Each language's name in itself: the chooser shows "Cymraeg" to a Welsh speaker whatever the
# interface is in at the moment.
_NATIVE = {WELSH: "Cymraeg", ENGLISH: "English"}


class UnknownLanguage(ValueError):
    """A language or output variant code Concord does not offer."""


def parse_language(code: str) -> str:
    value = (code or "").strip().lower()
    if value in LANGUAGES or value == PSEUDO:
        return value
    raise UnknownLanguage(f"not a language Concord offers: {code!r} (use cy or en)")


def parse_output(code: str) -> str:
    value = (code or "").strip().lower().replace(" ", "")
    if value in ("bilingual", "en+cy"):
        value = BILINGUAL
    if value in OUTPUT_VARIANTS:
        return value
    raise UnknownLanguage(f"not an output language: {code!r} (use cy, en or cy+en)")


def output_languages(variant: str) -> tuple[str, ...]:
    """The languages a variant is written in, in the order they appear."""
    return (WELSH, ENGLISH) if parse_output(variant) == BILINGUAL else (variant,)


def native_name(code: str) -> str:
    return _NATIVE[parse_language(code)]


def from_locale_name(name: str | None) -> str:
    """The interface language to start in for a system locale such as 'cy_GB.UTF-8'."""
    return WELSH if (name or "").lower().startswith("cy") else ENGLISH
