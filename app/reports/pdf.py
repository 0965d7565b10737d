"""A Report as a PDF: A4, the protective marking on every page, "Page X of Y", embedded fonts,
and the report's own canonical content inside, so the file can be checked with nothing else.

The output is a pure function of the Report: the same content gives the same bytes on every
run, which is what lets pdf_check.check_pdf prove a file untouched by rendering it again.

Where the content travels: as a standard PDF embedded file (catalog /Names /EmbeddedFiles,
name EMBEDDED_NAME, a FlateDecode /EmbeddedFile stream). reportlab has no attachment API, but
its object model writes the three dictionaries cleanly; every PDF viewer lists the file as an
attachment, and pypdf reads it back through `PdfReader.attachments`. A private stream or an XMP
packet would have needed a custom lookup and shown nothing to a person holding the file.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString, PDFZCompress
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Frame, PageBreak, PageTemplate, Spacer, TableStyle
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable

from app.models.language import output_languages
from app.reports import words
from app.reports.document import (
    HASH_ROW,
    Facts,
    Heading,
    Notice,
    Paragraph,
    Part,
    Report,
    Table,
    drawable,
    verification_rows,
)
from app.reports.fonts import register_fonts

EMBEDDED_NAME = "concord-report.json"
AUTHOR = CREATOR = PRODUCER = "Concord"
HASH_KEYWORD = "concord-content-sha256"
SUBJECT_HASH_PREFIX = "content sha256 "  # pdf_check reads the Subject's hash from after this

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm  # room above the frame for the header marking
MARGIN_BOTTOM = 22 * mm  # room below it for the footer marking and page number
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

# reportlab keeps per-document state on shared font objects and reads process-wide settings
# while it writes; one render at a time keeps two threads from mixing their font subsets.
_render_lock = threading.Lock()

# reportlab settings that change the bytes it writes. Any of them can be altered by a user's
# settings file, an RL_* environment variable or other code in the process; a verifier elsewhere
# must draw the identical file, so a render fixes them for its duration.
_PINNED_SETTINGS = {
    "invariant": 1,
    "useA85": 0,
    "pageCompression": 1,
    "pdfComments": 0,
    "pdfMultiLine": 0,
    "ttfAsciiReadable": 1,
    "reserveTTFNotdef": 1,
    "spaceShrinkage": 0.05,
    "hyphenationLang": "",
    "embeddedHyphenation": 0,
    "uriWasteReduce": 0,
    "allowShortTableRows": 1,
    "paraFontSizeHeightOffset": 1,
    "longTableOptimize": 1,
    "overlapAttachedSpace": 1,
    "defCWRF": 0.02,
    "decimalSymbol": ".",
    "_FUZZ": 1e-6,
    "wrapA85": 0,
    "listWrapOnFakeWidth": 1,
    "documentLang": None,
    "emptyTableAction": "error",
    "ignoreContainerActions": 1,
}


@contextlib.contextmanager
def _pinned_settings():
    saved = {name: getattr(rl_config, name) for name in _PINNED_SETTINGS if hasattr(rl_config, name)}
    try:
        for name, value in _PINNED_SETTINGS.items():
            setattr(rl_config, name, value)
        yield
    finally:
        for name in _PINNED_SETTINGS:
            if name in saved:
                setattr(rl_config, name, saved[name])
            else:
                delattr(rl_config, name)


def subject_for(report: Report, content_hash: str) -> str:
    return f"{report.kind}; {SUBJECT_HASH_PREFIX}{content_hash}"


def keywords_for(report: Report, content_hash: str) -> str:
    return "; ".join([f"{HASH_KEYWORD}={content_hash}"] + [f"{n}={v}" for n, v in report.meta])


def render_pdf(report: Report) -> bytes:
    regular, bold = register_fonts()
    canonical = report.canonical_bytes()
    job = _Job(report, canonical, hashlib.sha256(canonical).hexdigest(), regular, bold)

    def make_canvas(*args, **kwargs):
        return _ReportCanvas(job, *args, **kwargs)

    out = io.BytesIO()
    with _render_lock, _pinned_settings():
        doc = BaseDocTemplate(
            out,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            initialFontName=regular,
            initialFontSize=10,
            lang=f"{output_languages(report.language)[0]}-GB",  # a bilingual report leads with Welsh
            title=report.title,
            author=AUTHOR,
            subject=subject_for(report, job.content_hash),
            creator=CREATOR,
            producer=PRODUCER,
            keywords=keywords_for(report, job.content_hash),
        )
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            FRAME_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        doc.addPageTemplates([PageTemplate(id="report", frames=[frame])])
        doc.build(_story(report, job.content_hash, _Styles(regular, bold)), canvasmaker=make_canvas)
    return out.getvalue()


@dataclass(frozen=True)
class _Job:
    report: Report
    canonical: bytes
    content_hash: str
    regular: str
    bold: str


class _ReportCanvas(Canvas):
    """Holds every page back until the end, so each can say "Page X of Y" in one pass."""

    def __init__(self, job: _Job, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._job = job
        self._held: list[dict] = []

    def showPage(self):
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._draw_furniture(number, total)
            Canvas.showPage(self)
        self._seal()
        Canvas.save(self)

    def _draw_furniture(self, number: int, total: int) -> None:
        job = self._job
        marking = drawable(job.report.marking)
        self.saveState()
        self.setFillColor(colors.black)
        # The marking must be whole on every page, so an unusually long one is drawn smaller.
        size = min(10.0, 10.0 * FRAME_WIDTH / max(self.stringWidth(marking, job.bold, 10), 1))
        self.setFont(job.bold, size)
        self.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 13 * mm, marking)
        self.drawCentredString(PAGE_WIDTH / 2, 11 * mm, marking)
        label = words.page_label(job.report.language, number, total)
        self.setFont(job.regular, 8.5)
        room = FRAME_WIDTH / 2 - self.stringWidth(marking, job.bold, size) / 2
        # A long marking would run into the page number: it then moves below the marking.
        y = 11 * mm if self.stringWidth(label, job.regular, 8.5) + 6 < room else 6.5 * mm
        self.drawRightString(PAGE_WIDTH - MARGIN_X, y, label)
        self.setStrokeColor(colors.grey)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, PAGE_HEIGHT - 16 * mm, PAGE_WIDTH - MARGIN_X, PAGE_HEIGHT - 16 * mm)
        self.line(MARGIN_X, 15 * mm, PAGE_WIDTH - MARGIN_X, 15 * mm)
        self.restoreState()

    def _seal(self) -> None:
        job = self._job
        doc = self._doc
        day = date.fromisoformat(job.report.issued_on)
        # reportlab's invariant mode dates every file 2000-01-01; the report's own day is
        # both truthful and as reproducible.
        doc._timeStamp = _Stamp(day)
        # The file identifier would otherwise be a digest reportlab takes over its own
        # bookkeeping; tying it to the content gives the same id for the same report.
        ident = job.content_hash[:32].encode("ascii")
        doc._ID = b"\n[<" + ident + b"> <" + ident + b">]\n"

        stream = PDFStream(
            PDFDictionary(
                {
                    "Type": PDFName("EmbeddedFile"),
                    # PDFName would leave the slash unescaped and split the name in two.
                    "Subtype": "/application#2Fjson",
                    "Params": PDFDictionary({"Size": len(job.canonical)}),
                }
            ),
            content=job.canonical,
            filters=[PDFZCompress],
        )
        filespec = PDFDictionary(
            {
                "Type": PDFName("Filespec"),
                "F": PDFString(EMBEDDED_NAME),
                "UF": PDFString(EMBEDDED_NAME),
                "Desc": PDFString("Concord report content (canonical JSON) for verification"),
                "AFRelationship": PDFName("Source"),
                "EF": PDFDictionary({"F": doc.Reference(stream)}),
            }
        )
        names = PDFDictionary(
            {"EmbeddedFiles": PDFDictionary({"Names": PDFArray([PDFString(EMBEDDED_NAME), doc.Reference(filespec)])})}
        )
        self.setCatalogEntry("Names", names)


class _Stamp:
    """The parts of reportlab's TimeStamp that the document information dictionary reads."""

    def __init__(self, day: date):
        moment = datetime(day.year, day.month, day.day, tzinfo=UTC)
        self.t = moment.timestamp()
        self.lt = moment.timetuple()
        self.YMDhms = (day.year, day.month, day.day, 0, 0, 0)
        self.dhh = self.dmm = 0
        self.tzname = "UTC"


class _Styles:
    def __init__(self, regular: str, bold: str):
        def style(name, font=regular, size=10, leading=None, **kw):
            kw.setdefault("textColor", colors.black)
            return ParagraphStyle(
                name, fontName=font, fontSize=size, leading=leading or size * 1.3, alignment=TA_LEFT, **kw
            )

        self.title = style("title", bold, 18, 22, spaceAfter=4)
        self.subtitle = style("subtitle", regular, 12, 15, spaceAfter=2)
        self.issued = style("issued", regular, 9.5, spaceAfter=10, textColor=colors.HexColor("#333333"))
        self.h1 = style("h1", bold, 14, 18, spaceBefore=12, spaceAfter=5)
        self.h2 = style("h2", bold, 11.5, 15, spaceBefore=9, spaceAfter=4)
        self.body = style("body", regular, 10, 13.5, spaceAfter=6)
        self.cell = style("cell", regular, 9, 11.5)
        self.cell_head = style("cell_head", bold, 9, 11.5)
        self.caption = style("caption", bold, 9.5, 12.5, spaceBefore=4, spaceAfter=3)
        self.notice = style("notice", bold, 10.5, 14)


def _markup(text: str) -> str:
    # Report text is what people typed: it is escaped so that "<b>" or "&amp;" show as typed and
    # never act as reportlab markup; line breaks are the one structure kept.
    return escape(drawable(text)).replace("\n", "<br/>")


def _para(text: str, style: ParagraphStyle) -> PdfParagraph:
    return PdfParagraph(_markup(text), style)


def _story(report: Report, content_hash: str, s: _Styles) -> list:
    story = [_para(report.title, s.title)]
    if report.subtitle:
        story.append(_para(report.subtitle, s.subtitle))
    story.append(_para(words.issued_on(report.language, report.issued_on), s.issued))
    first_part = True
    for block in report.blocks:
        if isinstance(block, Part) and first_part:
            # The first language's part follows the title on the first page.
            first_part = False
            story += [CondPageBreak(_LEAD_ROOM), _para(block.title, s.h1)]
            continue
        story += _flowables(block, s)
    story += [CondPageBreak(_LEAD_ROOM), _para(words.verification(report.language), s.h2)]
    rows = verification_rows(report, content_hash)
    # Grouped in eights so that the digest reads and compares by eye on paper.
    grouped = " ".join(content_hash[i : i + 8] for i in range(0, len(content_hash), 8))
    rows[HASH_ROW] = (rows[HASH_ROW][0], grouped)
    story.append(_facts_table(rows, s))
    return story


# A heading or caption starts a new page when less than this is left below it. keepWithNext
# would do it too, but it binds the whole of a following long table and throws it, heading and
# all, onto the next page, leaving most of a page blank.
_LEAD_ROOM = 32 * mm


def _flowables(block, s: _Styles) -> list:
    if isinstance(block, Part):
        # A bilingual report's second language starts on a page of its own (see _story).
        return [PageBreak(), _para(block.title, s.h1)]
    if isinstance(block, Heading):
        return [CondPageBreak(_LEAD_ROOM), _para(block.text, s.h1 if block.level == 1 else s.h2)]
    if isinstance(block, Paragraph):
        return [_para(block.text, s.body)]
    if isinstance(block, Facts):
        return [_facts_table(block.rows, s), Spacer(1, 6)] if block.rows else []
    if isinstance(block, Table):
        return _table(block, s)
    if isinstance(block, Notice):
        return _notice(block, s)
    raise TypeError(f"not a report block: {type(block).__name__}")  # pragma: no cover


def _cells(s: _Styles) -> list:
    # Paragraph cells bring their own font, but a table also sets a cell font of its own, which
    # defaults to Helvetica: a standard-14 font that is never embedded and has no ŵ or ŷ.
    return [("FONT", (0, 0), (-1, -1), s.cell.fontName, s.cell.fontSize)]


_GRID = [
    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]


def _facts_table(rows, s: _Styles) -> PdfTable:
    data = [[_para(label, s.cell_head), _para(value, s.cell)] for label, value in rows]
    # splitInRow lets one very long value continue on the next page instead of failing layout.
    table = PdfTable(data, colWidths=[FRAME_WIDTH * 0.32, FRAME_WIDTH * 0.68], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle(_cells(s) + _GRID + [("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0"))]))
    return table


def _table(block: Table, s: _Styles) -> list:
    weights = block.widths or (1.0,) * len(block.columns)
    total = sum(weights)
    widths = [FRAME_WIDTH * w / total for w in weights]
    data = [[_para(c, s.cell_head) for c in block.columns]]
    data += [[_para(c, s.cell) for c in row] for row in block.rows]
    table = PdfTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    # The header is told apart by weight and a heavier rule, not by its shading alone.
    table.setStyle(
        TableStyle(
            _cells(s)
            + _GRID
            + [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black),
            ]
        )
    )
    flowables = [CondPageBreak(_LEAD_ROOM), _para(block.caption, s.caption)] if block.caption else []
    return flowables + [table, Spacer(1, 8)]


def _notice(block: Notice, s: _Styles) -> list:
    box = PdfTable([[_para(block.text, s.notice)]], colWidths=[FRAME_WIDTH], hAlign="LEFT", splitInRow=1)
    box.setStyle(
        TableStyle(
            _cells(s)
            + [
                ("BOX", (0, 0), (-1, -1), 2.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f4f4f4")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return [Spacer(1, 4), box, Spacer(1, 8)]
