"""The chair's reminder, in the status bar, that closed cases are past their retention period.

Erasure destroys a case on every device and cannot be undone, so the chair's device does not
erase by itself: it says how many cases wait, and the chair erases them from Retention and
erasure after a question. It checks again every hour, and after each erasure."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QPushButton

from app import case_retention
from app.models import clock
from app.models.errors import ConcordError
from app.models.meetings.service import CHAIR_ROLE
from app.ui.cases.retention_dialog import show_retention
from app.ui.common.warning import warning_icon

RECHECK_MS = 60 * 60 * 1000


class RetentionReminder(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.workspace = window.workspace  # type: ignore[attr-defined]  # MainWindow's
        self.button = QPushButton(window)
        self.button.setObjectName("retentionDue")
        self.button.setIcon(warning_icon())
        self.button.setFlat(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Case > Retention and erasure is the keyboard's way
        self.button.setToolTip(self.tr("Open Retention and erasure: the cases past their period, and any legal hold"))
        self.button.clicked.connect(lambda: show_retention(window))
        window.statusBar().addPermanentWidget(self.button)
        self.button.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(RECHECK_MS)
        self.timer.timeout.connect(self.update)
        if self.workspace.role == CHAIR_ROLE:
            self.timer.start()
        self.update()

    def update(self) -> None:
        if self.workspace.role != CHAIR_ROLE:
            self.button.hide()
            return
        try:
            listed = case_retention.listed(self.workspace, clock.today())
        except ConcordError:
            self.button.hide()  # the retention dialog says what is wrong when opened
            return
        due = sum(1 for c in listed if c.retention is not None and c.retention.due and not c.hold)
        text = self.tr("ERASURE DUE: %n case(s) past their retention period", None, due) if due else ""
        self.button.setText(text)
        self.button.setAccessibleName(self.tr("Warning: {text}").format(text=text) if text else "")
        self.button.setVisible(bool(text))

    def warning(self) -> str:
        return "" if self.button.isHidden() else self.button.text()
