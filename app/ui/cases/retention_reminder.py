"""The chair's reminder, in the status bar, that closed cases are past their retention period.

Erasure destroys a case on every device and cannot be undone, so the chair's device does not
erase by itself: it says how many cases wait, and the chair erases them from Retention and
erasure after a question. It checks again every hour, and after each erasure."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from app import case_retention
from app.models import clock
from app.models.errors import ConcordError
from app.ui.cases.retention_dialog import show_retention
from app.ui.common.status_warning import StatusWarning


class RetentionReminder(StatusWarning):
    def __init__(self, window: QMainWindow):
        super().__init__(
            window,
            "retentionDue",
            QCoreApplication.translate(
                "RetentionReminder", "Open Retention and erasure: the cases past their period, and any legal hold"
            ),
            lambda: show_retention(window),
        )

    def current(self) -> str:
        try:
            listed = case_retention.listed(self.workspace, clock.today())
        except ConcordError:
            return ""  # the retention dialog says what is wrong when it is opened
        due = sum(1 for c in listed if c.retention is not None and c.retention.due and not c.hold)
        return (
            QCoreApplication.translate(
                "RetentionReminder", "ERASURE DUE: %n case(s) past their retention period", None, due
            )
            if due
            else ""
        )
