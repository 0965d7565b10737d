"""The text a report PDF shows a reader, in the one canonical form a report's signature covers.

It is read from the PDF itself, as any PDF reader would read it, and not from the content the
file carries: what is signed is what a person sees. The form:
- each page's text in the order it is drawn, read with pypdf's plain extraction;
- the page furniture (the protective marking at the head and foot of a page, and "Page X of Y")
  left out, so that the page count, which the signature section itself can change, is not part
  of it - only lines in exactly that form, at the end of a page where pdf.py draws them, go;
- every line in Unicode NFC with its runs of whitespace made one space, trimmed, empty lines
  dropped, the lines joined by newlines;
- ending before the signature section: the last line that is exactly its heading.
The lines of a table cell stay lines, so words cannot move between cells unnoticed.
"""

from __future__ import annotations

import io
import unicodedata

from pypdf import PdfReader

from app.models.language import ENGLISH
from app.reports.document import ReportFormatError, drawable
from app.reports.words import page_label


def canonical_line(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def page_lines(pdf: bytes) -> list[list[str]]:
    """Each page's non-empty lines, canonical, furniture and all."""
    try:
        reader = PdfReader(io.BytesIO(pdf), strict=False)
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # pypdf raises many kinds for a broken file; all mean the same here
        raise ReportFormatError(f"the PDF's text cannot be read ({type(exc).__name__})") from None
    return [[line for line in map(canonical_line, text.splitlines()) if line] for text in pages]


def body_lines(pdf: bytes, marking: str, language: str = ENGLISH) -> list[str]:
    """The lines every page shows, without its furniture (`language`: the report's)."""
    pages = page_lines(pdf)
    mark = canonical_line(drawable(marking))
    out: list[str] = []
    for number, lines in enumerate(pages, start=1):
        furniture = [mark, mark, canonical_line(page_label(language, number, len(pages)))]
        if lines[-3:] == furniture:
            lines = lines[:-3]
        out += lines
    return out


def signed_text(pdf: bytes, marking: str, heading: str, language: str = ENGLISH) -> str:
    """The canonical text above the signature section whose heading is `heading`."""
    lines = body_lines(pdf, marking, language)
    at = max((i for i, line in enumerate(lines) if line == canonical_line(heading)), default=None)
    if at is None:
        raise ReportFormatError("the PDF shows no signature section")
    return "\n".join(lines[:at])
