"""The information-sharing agreement in force on this device, as its signatories agreed it: name,
version, when it was agreed and falls due for review, its lawful basis, who signed for each agency
with that agency's data protection contact, and what each role reads. It changes by the
signatories' decision, which the chair's device puts in force on the panel (adopt.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.case_schema import Schema
from app.models.isa_document import REVIEW_DUE, REVIEW_OVERDUE, ReviewStatus, review_status
from app.models.language import pick
from app.models.process.consent import PARTY_NAMES
from app.ui.agreement.adopt import adopt_from_file
from app.ui.common.fit import fit_size
from app.ui.common.labels import schema_label
from app.ui.common.tables import set_up_row_list
from app.ui.common.text import caption, text_label
from app.ui.common.warning import WarningBanner


def review_warning(status: ReviewStatus) -> str:
    """The warning a review near or past gives, starting with its word as every warning does; ""
    while the review is far off."""
    day = status.review_date.isoformat()
    if status.state == REVIEW_OVERDUE:
        return QCoreApplication.translate(
            "AgreementDialog", "OVERDUE: the agreement's review has been due since {date}"
        ).format(date=day)
    if status.state == REVIEW_DUE:
        return QCoreApplication.translate(
            "AgreementDialog", "REVIEW DUE: the agreement's review is due on {date}"
        ).format(date=day)
    return ""


def _review_when(status: ReviewStatus) -> str:
    day = status.review_date.isoformat()
    if status.days_left > 0:
        return QCoreApplication.translate("AgreementDialog", "{date} (in %n day(s))", None, status.days_left).format(
            date=day
        )
    if status.days_left == 0:
        return QCoreApplication.translate("AgreementDialog", "{date} (today)").format(date=day)
    return QCoreApplication.translate("AgreementDialog", "{date} (%n day(s) ago)", None, -status.days_left).format(
        date=day
    )


def _table(parent: QWidget, name: str, headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent)
    set_up_row_list(table)
    table.setWordWrap(True)  # who reads what runs long; cut short, it would hide a section
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    header = table.horizontalHeader()
    for c in range(len(headers) - 1):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
    table.resizeRowsToContents()
    return table


def sections_read(schema: Schema, role: str) -> list[str]:
    """The sections, case and meeting, a role reads any of: "(some fields)" where it reads part,
    and whose consent its reading rests on, where it does."""
    out = []
    for section in schema.all_sections:
        readable = [f.id for f in section.fields if schema.can_read(role, f.id)]
        if not readable:
            continue
        label = schema_label(section)
        if len(readable) < len(section.fields):
            label = QCoreApplication.translate("AgreementDialog", "{section} (some fields)").format(section=label)
        parties = sorted({p for f in readable if (p := schema.access[f].consent_of(role))})
        if parties:
            names = ", ".join(QCoreApplication.translate("Consent", PARTY_NAMES.get(p, p)) for p in parties)
            label = QCoreApplication.translate("AgreementDialog", "{section} (while the {party} consents)").format(
                section=label, party=names
            )
        out.append(label)
    return out


class AgreementDialog(QDialog):
    def __init__(self, schema: Schema, parent: QWidget | None = None, adopt: Callable[[], bool] | None = None):
        """adopt: on the chair's device, what puts a new version in force (True once it has)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Information-sharing agreement"))
        self.setObjectName("agreementDialog")
        governance = schema.governance
        self.title = text_label(self, "blockCaption", pick(schema, "isa_name") or self.tr("Agreement not named"))
        form = QFormLayout()
        self.version = text_label(self, "agreementVersion")
        self.agreed = text_label(self, "agreementAgreed")
        self.review = text_label(self, "agreementReview")
        self.basis = text_label(self, "agreementBasis", pick(schema, "lawful_basis") or self.tr("not recorded"))
        self.warning = WarningBanner(self, "agreementReviewWarning")
        if governance is None:
            for label in (self.version, self.agreed, self.review):
                label.setText(self.tr("not recorded"))
        else:
            status = review_status(governance)
            self.version.setText(str(governance.version))
            self.agreed.setText(governance.agreed.isoformat() if governance.agreed else self.tr("not recorded"))
            self.review.setText(_review_when(status))
            self.warning.set_warnings([review_warning(status)] if status.warns else [])
        form.addRow(self.tr("Version:"), self.version)
        form.addRow(self.tr("Agreed on:"), self.agreed)
        form.addRow(self.tr("Review by:"), self.review)
        form.addRow(self.tr("Lawful basis:"), self.basis)

        signatories = governance.signatories if governance is not None else ()
        self.signatories = _table(
            self,
            self.tr("Signatories"),
            [self.tr("Agency"), self.tr("Signed by"), self.tr("Signed on"), self.tr("Data protection contact")],
            [[pick(s, "agency"), s.signed_by, s.signed_on.isoformat(), s.dp_contact] for s in signatories],
        )
        self.readers = _table(
            self,
            self.tr("Who reads what"),
            [self.tr("Role"), self.tr("Agency"), self.tr("Reads")],
            [
                [pick(role, "label"), pick(role, "agency"), ", ".join(sections_read(schema, role.id))]
                for role in schema.roles.values()
            ],
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.adopt_button = None
        if adopt is not None:
            self.adopt_button = buttons.addButton(
                self.tr("&Adopt a new version…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.adopt_button.setObjectName("adoptAgreement")
            # Closed once adopted: what it shows is no longer the agreement in force.
            self.adopt_button.clicked.connect(lambda: self._adopt(adopt))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(caption(self, self.tr("Signed by each agency")))
        layout.addWidget(self.signatories, 1)
        layout.addWidget(caption(self, self.tr("Who reads what")))
        layout.addWidget(self.readers, 2)
        layout.addWidget(buttons)
        fit_size(self, 960, 700)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Rows are measured once the columns have their shown widths: measured before, a row of
        # long text wraps a word a line and fills the table.
        QTimer.singleShot(0, self._fit_rows)

    def _fit_rows(self) -> None:
        for table in (self.signatories, self.readers):
            table.resizeRowsToContents()

    def _adopt(self, adopt: Callable[[], bool]) -> None:
        if adopt():
            self.accept()


def show_agreement(window: QWidget) -> AgreementDialog:
    """The agreement of the window's device. Not modal: it is read beside the work it governs, so
    asking again brings the one already open to the front rather than opening another."""
    shown = next((d for d in window.findChildren(AgreementDialog) if d.isVisible()), None)
    if shown is not None:
        shown.raise_()
        shown.activateWindow()
        return shown
    workspace = window.workspace  # type: ignore[attr-defined]  # MainWindow's
    chair = workspace.role == "chair" and workspace.sync.panel_id is not None
    dialog = AgreementDialog(workspace.schema, window, (lambda: adopt_from_file(window)) if chair else None)
    dialog.finished.connect(dialog.deleteLater)
    dialog.show()
    return dialog


def agreement_action(window: QWidget) -> QAction:
    action = QAction(QCoreApplication.translate("AgreementDialog", "&Information-sharing agreement…"), window)
    action.setStatusTip(
        QCoreApplication.translate(
            "AgreementDialog", "The agreement in force: its version, review date, signatories and who reads what"
        )
    )
    action.triggered.connect(lambda: show_agreement(window))
    return action
