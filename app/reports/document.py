"""What a report says, apart from how it is drawn.

A Report is plain, frozen data: the PDF, HTML and text renderers all read the same object, so the
accessible exports can never say something the PDF does not. Its canonical bytes are the one
thing a signature or a hash is taken over, and they travel inside the PDF, so they must be
exactly reproducible: one Report has one byte form, and one byte form has one Report.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, fields
from datetime import date
from typing import ClassVar

from app.models.language import ENGLISH, LANGUAGES, OUTPUT_VARIANTS, QT_TRANSLATE_NOOP
from app.reports.words import say

FORMAT = "concord-report/1"
MARKING = "OFFICIAL-SENSITIVE"

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# C0/C1 controls other than newline and tab cannot be drawn and are not legal in HTML.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class ReportFormatError(ValueError):
    """A report's content, or its canonical bytes, are not well formed."""


def drawable(text: str) -> str:
    """The text as the renderers show it: tabs as spaces, other control characters as U+FFFD.

    The canonical content keeps what the user typed; only the drawing is tidied, so a stray
    control character shows up as a visible mark instead of breaking a renderer."""
    return _CONTROL.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))


# Where verification_rows puts the content hash, for the renderers that set it apart
# (grouped for the eye on paper, in code type in HTML).
HASH_ROW = 1


def verification_rows(report: Report, content_hash: str) -> list[tuple[str, str]]:
    """The closing section every format shows: what a reader needs to check the copy in hand."""
    return [
        (say(report.language, "Report", QT_TRANSLATE_NOOP("Report", "Report kind")), report.kind),
        (say(report.language, "Report", QT_TRANSLATE_NOOP("Report", "Content SHA-256")), content_hash),
    ] + list(report.meta)


def _text(value, what: str) -> str:
    if not isinstance(value, str):
        raise ReportFormatError(f"{what} must be text, not {type(value).__name__}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate would make the canonical bytes impossible to write.
        raise ReportFormatError(f"{what} holds characters that are not valid Unicode") from None
    return value


def _texts(value, what: str) -> tuple[str, ...]:
    if not isinstance(value, (tuple, list)):
        raise ReportFormatError(f"{what} must be a list of texts")
    return tuple(_text(v, f"{what}[{i}]") for i, v in enumerate(value))


def _pairs(value, what: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, (tuple, list)):
        raise ReportFormatError(f"{what} must be a list of name/value pairs")
    pairs = []
    for i, pair in enumerate(value):
        cells = _texts(pair, f"{what}[{i}]")
        if len(cells) != 2:
            raise ReportFormatError(f"{what}[{i}] must be a name/value pair, not {len(cells)} items")
        pairs.append(cells)
    return tuple(pairs)


def _set(obj, name: str, value) -> None:
    # Frozen dataclasses still get to normalise their own fields once, while being built.
    object.__setattr__(obj, name, value)


@dataclass(frozen=True)
class Heading:
    TYPE: ClassVar[str] = "heading"
    text: str
    level: int = 1

    def __post_init__(self):
        _set(self, "text", _text(self.text, "heading text"))
        if type(self.level) is not int or self.level not in (1, 2):
            raise ReportFormatError(f"heading level must be 1 or 2, not {self.level!r}")


@dataclass(frozen=True)
class Paragraph:
    TYPE: ClassVar[str] = "paragraph"
    text: str

    def __post_init__(self):
        _set(self, "text", _text(self.text, "paragraph text"))


@dataclass(frozen=True)
class Facts:
    """A two-column table of label and value."""

    TYPE: ClassVar[str] = "facts"
    rows: tuple[tuple[str, str], ...]

    def __post_init__(self):
        _set(self, "rows", _pairs(self.rows, "facts rows"))


@dataclass(frozen=True)
class Table:
    TYPE: ClassVar[str] = "table"
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""
    widths: tuple[float, ...] | None = None

    def __post_init__(self):
        columns = _texts(self.columns, "table columns")
        if not columns:
            raise ReportFormatError("a table needs at least one column")
        if not isinstance(self.rows, (tuple, list)):
            raise ReportFormatError("table rows must be a list of rows")
        rows = tuple(_texts(r, f"table row {i + 1}") for i, r in enumerate(self.rows))
        for i, row in enumerate(rows):
            if len(row) != len(columns):
                raise ReportFormatError(f"table row {i + 1} has {len(row)} cells for {len(columns)} columns")
        widths = self.widths
        if widths is not None:
            if not isinstance(widths, (tuple, list)) or len(widths) != len(columns):
                raise ReportFormatError("table widths must give one number per column")
            for w in widths:
                # bool is an int to Python, but True as a width is a mistake, not a number.
                if isinstance(w, bool) or not isinstance(w, (int, float)) or not math.isfinite(w) or w <= 0:
                    raise ReportFormatError(f"table widths must be positive numbers, not {w!r}")
            # 1 and 1.0 must not give two byte forms of one report.
            widths = tuple(float(w) for w in widths)
        _set(self, "columns", columns)
        _set(self, "rows", rows)
        _set(self, "caption", _text(self.caption, "table caption"))
        _set(self, "widths", widths)


@dataclass(frozen=True)
class Notice:
    """An emphasised, boxed paragraph. Its words carry the emphasis (e.g. "STALE: ..."), since a
    border or colour alone says nothing to a screen reader or a photocopy."""

    TYPE: ClassVar[str] = "notice"
    text: str

    def __post_init__(self):
        _set(self, "text", _text(self.text, "notice text"))


@dataclass(frozen=True)
class Part:
    """The start of a bilingual report's part in one language: what follows, up to the next Part,
    is in `language` (a screen reader is told so; the PDF starts it on a page of its own)."""

    TYPE: ClassVar[str] = "part"
    language: str
    title: str

    def __post_init__(self):
        if _text(self.language, "part language") not in LANGUAGES:
            raise ReportFormatError(f"a part's language must be one of {', '.join(LANGUAGES)}")
        _text(self.title, "part title")


Block = Heading | Paragraph | Facts | Table | Notice | Part
# In the canonical content a block is every one of its fields, and its TYPE under "type". So the
# classes are the format: a field added to a block changes the byte form, which needs a new FORMAT.
_BLOCKS = {cls.TYPE: (cls, tuple(f.name for f in fields(cls))) for cls in Block.__args__}
_REPORT_KEYS = {"format", "kind", "title", "marking", "subtitle", "issued_on", "meta", "blocks"}
# Written only when it is not English, so that a report made before Concord spoke Welsh keeps
# its exact bytes, and with them its hash and signatures.
_LANGUAGE_KEY = "language"


@dataclass(frozen=True)
class Report:
    kind: str
    title: str
    marking: str = MARKING
    subtitle: str = ""
    issued_on: str = ""
    meta: tuple[tuple[str, str], ...] = ()
    blocks: tuple[Block, ...] = ()
    language: str = ENGLISH  # en, cy, or cy+en (both, Welsh first)

    def __post_init__(self):
        if _text(self.language, "language") not in OUTPUT_VARIANTS:
            raise ReportFormatError(f"a report's language must be one of {', '.join(OUTPUT_VARIANTS)}")
        for name in ("kind", "title", "marking"):
            value = _text(getattr(self, name), name)
            if not value.strip():
                raise ReportFormatError(f"a report needs a {name}")
        _text(self.subtitle, "subtitle")
        issued = _text(self.issued_on, "issued_on")
        try:
            if not _ISO_DATE.match(issued):
                raise ValueError
            date.fromisoformat(issued)
        except ValueError:
            # The date becomes the PDF's creation date, so it must be a real day, written one way.
            raise ReportFormatError(f"issued_on must be an ISO date (YYYY-MM-DD), not {issued!r}") from None
        _set(self, "meta", _pairs(self.meta, "meta"))
        if not isinstance(self.blocks, (tuple, list)):
            raise ReportFormatError("blocks must be a list of blocks")
        for i, block in enumerate(self.blocks):
            if not isinstance(block, Block):
                raise ReportFormatError(f"block {i + 1} is a {type(block).__name__}, not a report block")
        _set(self, "blocks", tuple(self.blocks))

    def _to_json(self) -> dict:
        tree = {
            "format": FORMAT,
            "kind": self.kind,
            "title": self.title,
            "marking": self.marking,
            "subtitle": self.subtitle,
            "issued_on": self.issued_on,
            "meta": [list(p) for p in self.meta],
            "blocks": [_block_json(b) for b in self.blocks],
        }
        if self.language != ENGLISH:
            tree[_LANGUAGE_KEY] = self.language
        return tree

    def canonical_bytes(self) -> bytes:
        """The content as compact JSON with sorted keys, UTF-8 and the format version."""
        return _encode(self._to_json())

    def content_hash(self) -> str:
        return hashlib.sha256(self.canonical_bytes()).hexdigest()

    @classmethod
    def from_canonical(cls, data: bytes) -> Report:
        """The Report whose canonical bytes are exactly `data`; anything else is refused."""
        if not isinstance(data, (bytes, bytearray)):
            raise ReportFormatError("canonical content must be bytes")
        try:
            tree = json.loads(bytes(data).decode("utf-8"))
        except UnicodeDecodeError:
            raise ReportFormatError("canonical content is not UTF-8") from None
        except json.JSONDecodeError as exc:
            raise ReportFormatError(f"canonical content is not JSON ({exc.msg})") from None
        except RecursionError:
            raise ReportFormatError("canonical content is nested too deeply") from None
        report = _report_from_json(tree)
        if report.canonical_bytes() != bytes(data):
            # Same meaning, other bytes (spacing, key order, escapes): two hashes for one report
            # would let a copy pass as different content, so only the one form is accepted.
            raise ReportFormatError("content is not in canonical form")
        return report


def _block_json(block: Block) -> dict:
    # The tuples are written as JSON lists by _encode.
    return {"type": block.TYPE, **{name: getattr(block, name) for name in _BLOCKS[block.TYPE][1]}}


def _encode(tree) -> bytes:
    return json.dumps(tree, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def _report_from_json(tree) -> Report:
    if not isinstance(tree, dict):
        raise ReportFormatError("canonical content must be a JSON object")
    if tree.get("format") != FORMAT:
        raise ReportFormatError(f"unknown report format {tree.get('format')!r} (expected {FORMAT!r})")
    _exact_keys(tree, _REPORT_KEYS | ({_LANGUAGE_KEY} & tree.keys()), "report")
    blocks = tree["blocks"]
    if not isinstance(blocks, list):
        raise ReportFormatError("report blocks must be a list")
    parsed = []
    for i, block in enumerate(blocks):
        kind = block.get("type") if isinstance(block, dict) else type(block).__name__
        # A list or an object as the type cannot be looked up: it is refused like any other.
        if not isinstance(block, dict) or not isinstance(kind, str) or kind not in _BLOCKS:
            raise ReportFormatError(f"block {i + 1} has an unknown type {kind!r}")
        make, names = _BLOCKS[block["type"]]
        _exact_keys(block, {"type", *names}, f"block {i + 1} ({block['type']})")
        parsed.append(make(**{name: block[name] for name in names}))
    return Report(
        kind=tree["kind"],
        title=tree["title"],
        marking=tree["marking"],
        subtitle=tree["subtitle"],
        issued_on=tree["issued_on"],
        meta=tree["meta"],
        blocks=tuple(parsed),
        language=tree.get(_LANGUAGE_KEY, ENGLISH),
    )


def _exact_keys(tree: dict, keys: set, what: str) -> None:
    missing, extra = keys - tree.keys(), tree.keys() - keys
    if missing:
        raise ReportFormatError(f"{what} lacks {', '.join(sorted(missing))}")
    if extra:
        raise ReportFormatError(f"{what} has unknown {', '.join(sorted(extra))}")
