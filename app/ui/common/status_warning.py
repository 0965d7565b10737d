"""A chair's standing reminder in the status bar: a flat button with the warning icon that says
what is due, opens where it is dealt with, and checks again every hour (a chair's laptop that
serves the panel may stay open for days across the day a warning starts)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QPushButton

from app.models.meetings.service import CHAIR_ROLE
from app.ui.common.warning import warning_icon

RECHECK_MS = 60 * 60 * 1000


class StatusWarning(QObject):
    """Subclasses say what is due (`current`, "" for nothing); only the chair's device shows it."""

    def __init__(self, window: QMainWindow, name: str, tooltip: str, open_it: Callable[[], object]):
        super().__init__(window)
        self.workspace = window.workspace  # type: ignore[attr-defined]  # MainWindow's
        self.button = QPushButton(window)
        self.button.setObjectName(name)
        self.button.setIcon(warning_icon())
        self.button.setFlat(True)
        # Out of the Tab order, which runs through the case's fields: the Case menu is the
        # keyboard's way to what the warning opens.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setToolTip(tooltip)
        self.button.clicked.connect(lambda: open_it())
        window.statusBar().addPermanentWidget(self.button)
        self.button.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(RECHECK_MS)
        self.timer.timeout.connect(self.update)
        if self.workspace.role == CHAIR_ROLE:
            self.timer.start()
        self.update()

    def current(self) -> str:
        raise NotImplementedError

    def update(self) -> None:
        text = self.current() if self.workspace.role == CHAIR_ROLE else ""
        self.button.setText(text)
        self.button.setAccessibleName(
            QCoreApplication.translate("StatusWarning", "Warning: {text}").format(text=text) if text else ""
        )
        self.button.setVisible(bool(text))

    def warning(self) -> str:
        """What the status bar says ("" when it says nothing)."""
        return "" if self.button.isHidden() else self.button.text()
