"""The PDF read back as a reader sees it: pdftotext for the words, pypdf for the structure."""

import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from app.reports import EMBEDDED_NAME, MARKING, Heading, Paragraph, Report, Table, check_pdf, render_pdf
from tests.support.report_samples import COLUMNS, WELSH, long_table, small

ROOT = Path(__file__).resolve().parents[2]
STANDARD_14 = {
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Symbol",
    "ZapfDingbats",
}


@pytest.fixture(scope="module")
def small_pdf():
    return render_pdf(small())


@pytest.fixture(scope="module")
def long_pdf():
    return render_pdf(long_table(300))


def pdftotext(data: bytes, tmp_path: Path) -> list[str]:
    """The text of each page, laid out as on paper."""
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext is missing: scripts/setup installs it (poppler-utils)"
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    out = subprocess.run(
        [tool, "-layout", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    pages = out.split("\f")
    assert pages[-1].strip() == ""  # pdftotext ends every page, the last too, with a form feed
    return pages[:-1]


def lines_of(page: str) -> list[str]:
    return [line for line in page.splitlines() if line.strip()]


def test_rendering_is_byte_for_byte_deterministic(small_pdf):
    assert render_pdf(small()) == small_pdf
    # reportlab keeps font subset state on shared font objects: another report drawn in between,
    # with other letters, must leave no trace in the next one.
    render_pdf(long_table(3))
    assert render_pdf(small()) == small_pdf


def test_another_process_renders_the_same_bytes(small_pdf):
    # Hash randomisation and a fresh font registration must not reach the output.
    code = (
        "import hashlib, sys; from app.reports import render_pdf; from tests.support.report_samples import small;"
        "sys.stdout.write(hashlib.sha256(render_pdf(small())).hexdigest())"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout
    assert out == hashlib.sha256(small_pdf).hexdigest()


def test_every_page_has_the_marking_in_header_and_footer_and_its_number(long_pdf, tmp_path):
    pages = pdftotext(long_pdf, tmp_path)
    total = len(pages)
    assert total >= 4
    for number, page in enumerate(pages, start=1):
        lines = lines_of(page)
        assert lines[0].strip() == MARKING, f"page {number} header"
        assert MARKING in lines[-1], f"page {number} footer"
        assert re.search(rf"\bPage {number} of {total}\s*$", lines[-1]), f"page {number} number"


def test_long_table_repeats_its_header_row_on_every_page_it_spans(long_pdf, tmp_path):
    pages = pdftotext(long_pdf, tmp_path)
    header = re.compile(r"^\s*" + r"\s+".join(map(re.escape, COLUMNS)) + r"\s*$")
    spanned = [p for p in pages if re.search(r"Member \d+", p)]
    assert len(spanned) >= 3
    for page in spanned:
        lines = lines_of(page)
        first_row = next(i for i, line in enumerate(lines) if re.search(r"Member \d+", line))
        assert any(header.match(line) for line in lines[:first_row]), page[:400]
    text = "\n".join(pages)
    # No row is lost or doubled across the page breaks.
    assert sorted(int(n) for n in re.findall(r"Member (\d+)", text)) == list(range(300))
    assert "After the table." in pages[-1]


def test_welsh_letters_and_escaped_text_survive_extraction(small_pdf, tmp_path):
    text = "".join(pdftotext(small_pdf, tmp_path))
    for letter in "ŵŷŴŶâê":
        assert letter in text
    assert WELSH in text
    # User text is shown as typed, never taken as markup.
    assert '<script>alert("x")</script> & <b>bold?</b>' in text
    assert "STALE: the risk assessment is older than 28 days." in text
    assert "Page 1 of 1" in text


def test_fonts_are_embedded_truetype_and_never_standard_14(long_pdf, small_pdf):
    for data in (small_pdf, long_pdf):
        reader = PdfReader(io.BytesIO(data))
        seen = set()
        for page in reader.pages:
            fonts = page["/Resources"]["/Font"]
            assert len(fonts) >= 1
            for ref in fonts.values():
                font = ref.get_object()
                base = str(font["/BaseFont"]).lstrip("/")
                seen.add(base.split("+")[-1])
                assert base.split("+")[-1] not in STANDARD_14
                assert font["/Subtype"] == "/TrueType"
                assert "/FontFile2" in font["/FontDescriptor"].get_object()
                assert "+" in base  # a subset, not the whole font
        assert seen == {"DejaVuSans", "DejaVuSans-Bold"}


def test_metadata_carries_the_content_hash_and_meta(small_pdf):
    report = small()
    digest = report.content_hash()
    info = PdfReader(io.BytesIO(small_pdf)).metadata
    assert info["/Title"] == report.title
    assert info["/Author"] == info["/Creator"] == info["/Producer"] == "Concord"
    assert info["/Subject"] == f"signoff; content sha256 {digest}"
    keywords = info["/Keywords"].split("; ")
    assert f"concord-content-sha256={digest}" in keywords
    assert "Signature fingerprint=ab12cd34ef56ab12" in keywords
    assert "Signed by=Chris Inspector" in keywords
    assert info["/CreationDate"].startswith("D:20260302000000")


def test_the_canonical_content_travels_as_an_embedded_file(small_pdf, tmp_path):
    attached = PdfReader(io.BytesIO(small_pdf)).attachments
    assert list(attached) == [EMBEDDED_NAME]
    assert attached[EMBEDDED_NAME] == [small().canonical_bytes()]
    # The document shows the hash too, for a reader holding a printout.
    text = "".join(pdftotext(small_pdf, tmp_path))
    digest = small().content_hash()
    assert " ".join(digest[i : i + 8] for i in range(0, 64, 8)) in " ".join(text.split())


def test_a_single_huge_cell_and_a_word_longer_than_the_page_still_lay_out(tmp_path):
    report = Report(
        "k",
        "Huge",
        issued_on="2026-01-01",
        blocks=(
            Paragraph("x" * 3000),
            Table(("Only",), (("word " * 3000,),)),
        ),
    )
    pages = pdftotext(render_pdf(report), tmp_path)
    assert len(pages) >= 2
    assert sum(p.count("word") for p in pages) == 3000


@settings(max_examples=12, deadline=None)
@given(st.text(max_size=60))
def test_any_text_renders(text):
    report = Report(
        "k",
        text.strip() or "T",
        subtitle=text,
        issued_on="2026-01-01",
        meta=((text, text),),
        blocks=(Paragraph(text), Table((text, "b"), ((text, text),), caption=text)),
    )
    pdf = render_pdf(report)
    assert pdf.startswith(b"%PDF-")
    assert check_pdf(pdf).ok


def test_a_long_marking_stays_whole_and_clear_of_the_page_number(tmp_path):
    marking = "OFFICIAL-SENSITIVE PERSONAL — FOR THE PANEL AND THE CHIEF INSPECTOR ONLY, NOT FOR ONWARD SHARING"
    report = Report(
        "k",
        "Marked",
        marking=marking,
        issued_on="2026-01-01",
        blocks=(Table(("a",), tuple((f"row {i}",) for i in range(80))),),
    )
    pages = pdftotext(render_pdf(report), tmp_path)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        lines = [line.strip() for line in lines_of(page)]
        assert lines[0] == marking
        assert lines[-2:] == [marking, f"Page {number} of {len(pages)}"]


# Every letter Welsh writes with a diacritic: circumflex (to bach), diaeresis, acute and grave,
# small and capital; ŵ and ŷ are the ones many fonts lack.
WELSH_LETTERS = "âêîôûŵŷÂÊÎÔÛŴŶäëïöüẅÿÄËÏÖÜẄŸáéíóúẃýÁÉÍÓÚẂÝàèìòùẁỳÀÈÌÒÙẀỲ"


def test_both_report_faces_hold_every_welsh_letter():
    from reportlab.pdfbase import pdfmetrics

    from app.reports.fonts import register_fonts

    for name in register_fonts():
        cmap = pdfmetrics.getFont(name).face.charToGlyph
        missing = [c for c in WELSH_LETTERS if ord(c) not in cmap]
        assert missing == [], f"{name} lacks {''.join(missing)}"


def test_every_welsh_letter_is_drawn_and_read_back(tmp_path):
    report = Report(
        kind="k",
        title=f"Llythrennau: {WELSH_LETTERS}",
        issued_on="2026-12-01",
        blocks=(Heading(WELSH_LETTERS), Paragraph(WELSH_LETTERS)),
        language="cy",
    )
    text = "".join(pdftotext(render_pdf(report), tmp_path))
    assert "".join(text.split()).count(WELSH_LETTERS) >= 3  # the title and heading (bold), the paragraph
    assert "Tudalen 1 o 1" in text  # the page furniture in the report's language
