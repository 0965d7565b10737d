"""The chair's reminder, in the status bar, that the sharing agreement's review is near or past.

The chair convenes the signatories, so only the chair's device says it; everyone else's would
only be told of something they cannot act on. It checks again every hour, because a chair's
laptop that serves the panel may stay open for days across the day the warning starts."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QPushButton

from app.models.isa_document import review_status
from app.models.meetings.service import CHAIR_ROLE
from app.ui.agreement.agreement_dialog import review_warning, show_agreement
from app.ui.common.warning import warning_icon
from app.workspace import Workspace

RECHECK_MS = 60 * 60 * 1000


class AgreementReviewWarning(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.workspace: Workspace = window.workspace  # type: ignore[attr-defined]  # MainWindow's
        self.button = QPushButton(window)
        self.button.setObjectName("agreementReviewDue")
        self.button.setIcon(warning_icon())
        self.button.setFlat(True)
        # Out of the Tab order, which runs through the case's fields: the keyboard reaches the
        # agreement through Case › Information-sharing agreement.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setToolTip(self.tr("Open the agreement: who signed it, and each agency's data protection contact"))
        self.button.clicked.connect(lambda: show_agreement(window))
        window.statusBar().addPermanentWidget(self.button)
        self.button.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(RECHECK_MS)
        self.timer.timeout.connect(self.update)
        if self.workspace.role == CHAIR_ROLE:
            self.timer.start()
        self.update()

    def update(self) -> None:
        governance = self.workspace.schema.governance
        if self.workspace.role != CHAIR_ROLE or governance is None:
            self.button.hide()
            return
        text = review_warning(review_status(governance))
        self.button.setText(text)
        self.button.setAccessibleName(self.tr("Warning: {text}").format(text=text))
        self.button.setVisible(bool(text))

    def warning(self) -> str:
        """What the status bar says of the review ("" when it says nothing)."""
        return "" if self.button.isHidden() else self.button.text()
