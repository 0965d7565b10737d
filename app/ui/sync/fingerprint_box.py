"""A fingerprint shown to be read aloud: large, fixed-width, selectable, with what it belongs to.

Two people compare these across a table or a phone line to be sure their devices are talking
to each other and not to a third; the grouping (ABCD-EFGH-...) is what they read out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class FingerprintBox(QFrame):
    def __init__(self, title: str, fingerprint: str = "", note: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fingerprintBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title, self)
        self.title.setObjectName("fingerprintTitle")
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.value = QLabel(self)
        self.value.setObjectName("fingerprintValue")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), self.font().pointSizeF()) * 1.5)
        mono.setBold(True)
        self.value.setFont(mono)
        # Focusable and selectable by keyboard too, so a screen reader user can reach and copy it.
        self.value.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.value.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        for label in (self.title, self.value, self.note):
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        self.set_fingerprint(fingerprint)

    def set_fingerprint(self, fingerprint: str) -> None:
        self.value.setText(fingerprint or "—")
        # Read out group by group: a screen reader says "A B C D, E F G H" rather than a word.
        spoken = ", ".join(" ".join(group) for group in fingerprint.split("-")) if fingerprint else self.tr("none")
        self.value.setAccessibleName(
            self.tr("{title}: {fingerprint}").format(title=self.title.text(), fingerprint=spoken)
        )
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.tr("Fingerprint {fingerprint}").format(fingerprint=fingerprint))

    def set_note(self, note: str) -> None:
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def fingerprint(self) -> str:
        text = self.value.text()
        return "" if text == "—" else text
