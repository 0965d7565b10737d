"""Checking a Concord report PDF with nothing but the file.

The file carries its own canonical content (see pdf.py). A file is genuine exactly when drawing
that content again gives the file back byte for byte, so that is the test; the rest of this
module only explains a failure in words a reader can act on (metadata, a page's text, a page
added or lost, bytes appended or cut). Whether the content was signed by the right person is
for the caller, who holds the keys: this module hands back the Report for that.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import re
from dataclasses import dataclass

from pypdf import PdfReader

from app.reports.document import Report, ReportFormatError
from app.reports.pdf import EMBEDDED_NAME, HASH_KEYWORD, SUBJECT_HASH_PREFIX, render_pdf

_SUBJECT_HASH = re.compile(re.escape(SUBJECT_HASH_PREFIX) + r"([0-9a-f]{64})$")
_KEYWORD_HASH = re.compile(re.escape(HASH_KEYWORD) + r"=([0-9a-f]{64})(?:;|$)")
_INFO_NAMES = {
    "/Title": "Title",
    "/Author": "Author",
    "/Subject": "Subject",
    "/Keywords": "Keywords",
    "/Creator": "Creator",
    "/Producer": "Producer",
    "/CreationDate": "creation date",
    "/ModDate": "modification date",
    "/Trapped": "Trapped",
}


@dataclass(frozen=True)
class PdfCheck:
    ok: bool
    report: Report | None
    content_hash: str | None
    problems: tuple[str, ...]


def check_pdf(data: bytes) -> PdfCheck:
    data = bytes(data)
    if not data.startswith(b"%PDF-"):
        return PdfCheck(False, None, None, ("this is not a PDF file (it does not begin with a PDF header)",))
    problems: list[str] = []
    if b"%%EOF" not in data[-1024:]:
        problems.append("the file is incomplete: it does not end with the PDF end-of-file mark (truncated?)")
    with _quiet_pypdf():
        return _check(data, problems)


def _check(data: bytes, problems: list[str]) -> PdfCheck:
    def failed(*more: str, report=None, digest=None) -> PdfCheck:
        return PdfCheck(False, report, digest, tuple(problems) + more)

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        attached = reader.attachments.get(EMBEDDED_NAME)
    except Exception as exc:  # pypdf raises many kinds for a broken file; all mean the same here
        return failed(f"the file cannot be read as a PDF ({_short(exc)})")
    if not attached:
        return failed("the file carries no embedded Concord report content")
    if len(attached) > 1:
        return failed(f"the file carries {len(attached)} embedded report contents where one belongs")
    canonical = attached[0]
    digest = hashlib.sha256(canonical).hexdigest()
    try:
        report = Report.from_canonical(canonical)
    except ReportFormatError as exc:
        return failed(f"the embedded report content is malformed: {exc}", digest=digest)

    problems += _metadata_hash_problems(reader, digest)
    try:
        expected = render_pdf(report)
    except Exception as exc:  # a content that validates but will not lay out is still a failure
        return failed(f"the embedded content cannot be drawn again ({_short(exc)})", report=report, digest=digest)
    if expected == data and not problems:
        return PdfCheck(True, report, digest, ())
    problems += _differences(data, reader, expected)
    if not problems:  # pragma: no cover - bytes differ, so something above must have said why
        problems.append("the file differs from a fresh rendering of its content")
    return PdfCheck(False, report, digest, tuple(problems))


def _metadata_hash_problems(reader, digest: str) -> list[str]:
    try:
        info = reader.metadata or {}
        subject, keywords = _info_text(info.get("/Subject", "")), _info_text(info.get("/Keywords", ""))
    except Exception as exc:
        return [f"the metadata cannot be read ({_short(exc)})"]
    found = []
    for field, text, pattern in (("Subject", subject, _SUBJECT_HASH), ("Keywords", keywords, _KEYWORD_HASH)):
        match = pattern.search(text)
        if match is None:
            found.append(f"metadata changed: the {field} carries no content hash")
        elif match.group(1) != digest:
            found.append(f"metadata changed: the content hash in the {field} does not match the embedded content")
    return found


def _info_text(value) -> str:
    # pypdf hands back bytes, not text, for a string it cannot read as PDFDocEncoding (a NUL in a
    # meta value does it), and str() of those bytes guesses UTF-16. The hash is ASCII either way.
    return value.decode("latin-1") if isinstance(value, bytes) else str(value)


def _differences(data: bytes, reader, expected: bytes) -> list[str]:
    found = []
    if len(data) > len(expected) and data.startswith(expected):
        found.append(f"{_count(len(data) - len(expected), 'byte')} appended after the end of the signed document")
    elif len(data) < len(expected) and expected.startswith(data):
        found.append(
            f"the file is truncated: it stops {_count(len(expected) - len(data), 'byte')} before "
            "the end of the signed document"
        )
    fresh = PdfReader(io.BytesIO(expected))
    changed = _changed_metadata(reader, fresh)
    if changed:
        found.append(f"metadata changed: {', '.join(changed)}")
    found += _page_differences(reader, fresh)
    if not found:
        at = next((i for i, (a, b) in enumerate(zip(data, expected)) if a != b), min(len(data), len(expected)))
        found.append(
            f"bytes were altered from offset {at} on, outside the visible text and the metadata "
            "(for instance in the embedded fonts or the file structure)"
        )
    return found


def _changed_metadata(reader, fresh) -> list[str]:
    try:
        have = {k: str(v) for k, v in (reader.metadata or {}).items()}
    except Exception:
        return ["the document information cannot be read"]
    want = {k: str(v) for k, v in (fresh.metadata or {}).items()}
    return [
        _INFO_NAMES.get(k, k.lstrip("/"))
        for k in sorted(have.keys() | want.keys(), key=_info_order)
        if have.get(k) != want.get(k)
    ]


def _info_order(key: str) -> tuple[int, str]:
    order = list(_INFO_NAMES)
    return (order.index(key) if key in order else len(order), key)


def _page_differences(reader, fresh) -> list[str]:
    try:
        pages = list(reader.pages)
    except Exception as exc:
        return [f"the pages cannot be read ({_short(exc)})"]
    want_pages = list(fresh.pages)
    have = [_page_text(p) for p in pages]
    want = [_page_text(p) for p in want_pages]
    if len(have) != len(want):
        # Pages are matched by their text so that a removed page is named, rather than every
        # page after it being reported as different.
        found = []
        if len(have) < len(want):
            found.append(f"pages removed: the file has {_count(len(have), 'page')}, the signed content has {len(want)}")
        else:
            found.append(f"pages added: the file has {_count(len(have), 'page')}, the signed content has {len(want)}")
        found += [f"page {i + 1} of the signed content is missing" for i, t in enumerate(want) if t not in have]
        found += [
            f"page {i + 1} of the file is not part of the signed content" for i, t in enumerate(have) if t not in want
        ]
        return found
    found = []
    for number, (page, ref, text, ref_text) in enumerate(zip(pages, want_pages, have, want), start=1):
        if text is None:
            found.append(f"page {number}: its content cannot be read")
        elif text != ref_text:
            found.append(f"page {number}: the visible text differs from the signed content")
        elif _page_stream(page) != _page_stream(ref):
            found.append(f"page {number}: the drawing differs from the signed content (its text is the same)")
    return found


def _page_text(page) -> str | None:
    try:
        return page.extract_text()
    except Exception:
        return None


def _page_stream(page) -> bytes | None:
    try:
        contents = page.get_contents()
        return None if contents is None else contents.get_data()
    except Exception:
        return None


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text[:160]}" if text else type(exc).__name__


@contextlib.contextmanager
def _quiet_pypdf():
    # pypdf logs a warning for every oddity of a damaged file; with no logging set up those go
    # straight to stderr. The problems list already says what matters, in plain words.
    logger = logging.getLogger("pypdf")
    previous = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(previous)
