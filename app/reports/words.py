"""A report's own words (headings, labels, page furniture) in the language it is written in.

A report is written in Welsh, in English, or in both with Welsh first; its content then says so
(Report.language), so every reader of it, including `concord verify` on another device whatever
that device's interface speaks, finds the same words in the same language. Where one line serves
both languages of a bilingual report (a label of the signature section, the page number), it
reads "Cymraeg / English".
"""

from __future__ import annotations

from app.models import language


def in_language(code: str, context: str, text: str, n: int = -1) -> str:
    with language.using(code):
        return language.translate(context, text, None, n)


def say(variant: str, context: str, text: str, n: int = -1) -> str:
    """`text` in each language of the variant, joined by " / " where they differ."""
    parts: list[str] = []
    for code in language.output_languages(variant):
        words = in_language(code, context, text, n)
        if words not in parts:
            parts.append(words)
    return " / ".join(parts)


def marking(variant: str) -> str:
    return say(variant, "Report", language.QT_TRANSLATE_NOOP("Report", "OFFICIAL-SENSITIVE"))


def page_label(variant: str, number: int, total: int) -> str:
    return say(variant, "Report", language.QT_TRANSLATE_NOOP("Report", "Page {number} of {total}")).format(
        number=number, total=total
    )


def issued_on(variant: str, day: str) -> str:
    return say(variant, "Report", language.QT_TRANSLATE_NOOP("Report", "Issued on {day}")).format(day=day)


def verification(variant: str) -> str:
    return say(variant, "Report", language.QT_TRANSLATE_NOOP("Report", "Verification"))
