"""The report typeface: DejaVu Sans, shipped with Concord (app/resources/fonts, licence beside it).

Shipping the font rather than taking whatever the machine has matters twice over: Welsh letters
(ŵ, ŷ) must render on every device, and a verifier re-renders a report to compare it byte for
byte, which only works when every device draws with the very same font file. reportlab embeds a
subset of a TTFont, so the PDF also reads the same on a machine without the font.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.models.resources import resource_path

REGULAR = "ConcordSans"
BOLD = "ConcordSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

_lock = threading.Lock()


def register_fonts() -> tuple[str, str]:
    """Registers the report fonts with reportlab (once per process); returns (regular, bold)."""
    with _lock:
        known = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FILES.items():
            if name not in known:
                path = resource_path("fonts", filename)  # reportlab's TTFont takes a file name
                # Both flags are fixed rather than left to process-wide reportlab settings that
                # would change the bytes of every report: asciiReadable keeps ASCII text legible
                # in the page streams; shaping would depend on whether uharfbuzz is installed.
                pdfmetrics.registerFont(TTFont(name, str(path), asciiReadable=True, shapable=False))
        # No italic face is shipped: italic requests fall back to upright rather than to a
        # standard-14 font, which could not draw Welsh letters and would not be embedded.
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR, BOLD
