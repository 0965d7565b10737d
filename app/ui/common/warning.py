"""Warnings that do not rest on colour: each carries the standard warning icon, starts with a word
("OVERDUE", "STALE", "ESCALATING", "Warning") and is framed in a style of its own, and its
accessible name says the same to a screen reader."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QStyle, QWidget

ICON_SIZE = 20


def warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class WarningBanner(QFrame):
    """One or more warnings in a framed block; hidden while it has none."""

    def __init__(self, parent: QWidget | None = None, name: str = "warning"):
        super().__init__(parent)
        self.setObjectName("warningBanner")
        self._name = name
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.icon = QLabel(self)
        self.icon.setPixmap(warning_icon().pixmap(ICON_SIZE, ICON_SIZE))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self)
        self.text.setObjectName(name)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.hide()

    def set_warnings(self, lines: list[str] | tuple[str, ...]) -> None:
        text = "\n".join(lines)
        self.text.setText(text)
        self.setAccessibleName(self.tr("Warning: {text}").format(text=text.replace("\n", "; ")) if text else "")
        self.text.setAccessibleName(self.accessibleName())
        self.setVisible(bool(text))

    def warnings(self) -> list[str]:
        return [line for line in self.text.text().split("\n") if line]
