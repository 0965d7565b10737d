"""The choice of a report's language: Welsh, English, or both with Welsh first."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from app.models import language
from app.reports.service import default_language


class OutputLanguageBox(QComboBox):
    def __init__(self, default: str = language.BILINGUAL, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Language of the document"))
        for code, text in (
            (language.BILINGUAL, self.tr("Welsh and English (Welsh first)")),
            (language.WELSH, self.tr("Welsh")),
            (language.ENGLISH, self.tr("English")),
        ):
            self.addItem(text, code)
        self.setCurrentIndex(max(0, self.findData(language.parse_output(default))))

    def language(self) -> str:
        return self.currentData()


def panel_default(workspace) -> str:
    """What the panel's policy writes reports in unless the person chooses otherwise."""
    return default_language(workspace)
