"""One report in the language variant asked for: Welsh, English, or both with Welsh first.

A builder writes a report in the current language (app.models.language); this runs it once per
language of the variant. A bilingual report is then the two parts one after the other, each
under a Part that says its language, with one title, marking and set of details whose labels
read "Cymraeg / English", and one signature over both.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from app.models import language
from app.reports.document import Part, Report
from app.reports.words import marking


def joined(texts) -> str:
    """Each language's text once, in order, " / " between (as words.say joins a label)."""
    out: list[str] = []
    for text in texts:
        if text not in out:
            out.append(text)
    return " / ".join(out)


def written_in(variant: str, build: Callable[[], Report]) -> Report:
    codes = language.output_languages(variant)
    parts = []
    for code in codes:
        with language.using(code):
            parts.append(build())
    if len(parts) == 1:
        return dataclasses.replace(parts[0], language=variant, marking=marking(variant))
    first = parts[0]
    if any(len(p.meta) != len(first.meta) or p.kind != first.kind for p in parts):
        raise ValueError("a report's languages must give the same details")  # a builder's mistake
    blocks: list = []
    for code, part in zip(codes, parts):
        blocks += [Part(code, language.native_name(code)), *part.blocks]
    return Report(
        kind=first.kind,
        title=joined(p.title for p in parts),
        marking=marking(variant),
        subtitle=joined(p.subtitle for p in parts if p.subtitle),
        issued_on=first.issued_on,
        meta=tuple(
            (joined(p.meta[i][0] for p in parts), joined(p.meta[i][1] for p in parts)) for i in range(len(first.meta))
        ),
        blocks=tuple(blocks),
        language=variant,
    )
