"""A box for one part of a case's discussion. It remembers the text it was loaded with (its base)
so a save applies this person's edit to the text as it now is, keeping what others typed at the
same table meanwhile; and it is never reloaded while it holds edits not saved yet."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class DiscussionBox(QPlainTextEdit):
    left = Signal()  # the focus left the box with edits not saved yet

    def __init__(self, part: str, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.part = part
        self.base = ""
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)  # Tab moves on; the minutes need no tab characters
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)

    @property
    def dirty(self) -> bool:
        return self.toPlainText() != self.base

    def load(self, text: str) -> None:
        """Show the stored text as the new base, the caret kept where it was."""
        self.base = text
        if self.toPlainText() == text:
            return
        position = self.textCursor().position()
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.setPosition(min(position, self.document().characterCount() - 1))
        self.setTextCursor(cursor)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # A context menu or completer popping up is not the person leaving the box.
        if event.reason() != Qt.FocusReason.PopupFocusReason and self.dirty:
            self.left.emit()
