"""Reports: one content model (document.py), drawn as a PDF that carries and checks its own
content (pdf.py, pdf_check.py), and as accessible HTML and plain text (html.py). Each report is
signed by the device that makes it over the text its PDF shows (report_signature.py, with the
text read back from the PDF by shown_text.py).

Below the UI layer: no Qt here, and no network.
"""

from app.reports.document import (
    FORMAT,
    MARKING,
    Block,
    Facts,
    Heading,
    Notice,
    Paragraph,
    Report,
    ReportFormatError,
    Table,
)
from app.reports.html import render_html, render_text
from app.reports.pdf import EMBEDDED_NAME, render_pdf
from app.reports.pdf_check import PdfCheck, check_pdf

__all__ = [
    "FORMAT",
    "MARKING",
    "EMBEDDED_NAME",
    "Block",
    "Facts",
    "Heading",
    "Notice",
    "Paragraph",
    "Report",
    "ReportFormatError",
    "Table",
    "render_pdf",
    "render_html",
    "render_text",
    "PdfCheck",
    "check_pdf",
]
