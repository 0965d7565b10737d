"""Labels Concord's views share: read-only text and block captions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def text_label(parent: QWidget, name: str = "", text: str = "") -> QLabel:
    """Plain text (never rich: case words may hold '<'), wrapped, selectable for copying."""
    label = QLabel(text, parent)
    if name:
        label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def caption(parent: QWidget, text: str, buddy: QWidget | None = None) -> QLabel:
    """A bold title over a block; with a buddy its '&' letter moves the focus there."""
    label = QLabel(text, parent)
    label.setObjectName("blockCaption")
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def error_label(parent: QWidget) -> QLabel:
    """Where a form says what is wrong with it: plain text, wrapped, hidden until there is something to say."""
    label = QLabel(parent)
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label
