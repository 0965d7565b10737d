"""Sizes that never reach past the screen: a window's frame (title bar, borders) and the taskbar
are left room for, so a dialog on a 1366 x 768 laptop shows its buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

FRAME_W, FRAME_H = 16, 48  # room for borders and a title bar before the window manager reports them


def fit_size(widget: QWidget, width: int, height: int) -> None:
    """Resize to width x height, or to what the screen's working area allows with a frame."""
    screen = widget.screen() if widget.screen() is not None else None
    if screen is None:
        widget.resize(width, height)
        return
    room = screen.availableGeometry()
    widget.resize(min(width, room.width() - FRAME_W), min(height, room.height() - FRAME_H))
