"""The chair's reminder, in the status bar, that the sharing agreement's review is near or past.

The chair convenes the signatories, so only the chair's device says it; everyone else's would
only be told of something they cannot act on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from app.models.isa_document import review_status
from app.ui.agreement.agreement_dialog import review_warning, show_agreement
from app.ui.common.status_warning import StatusWarning


class AgreementReviewWarning(StatusWarning):
    def __init__(self, window: QMainWindow):
        super().__init__(
            window,
            "agreementReviewDue",
            QCoreApplication.translate(
                "AgreementReviewWarning", "Open the agreement: who signed it, and each agency's data protection contact"
            ),
            lambda: show_agreement(window),
        )

    def current(self) -> str:
        governance = self.workspace.schema.governance
        return review_warning(review_status(governance)) if governance is not None else ""
