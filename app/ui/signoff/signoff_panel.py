"""The case's Sign-off section: the decision in force as verified on this device (a stale or
refused one said with a warning icon and in words), every decision and request made, and for
the Chief Inspector the way to decide; for every role the report, for the reader chosen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from app.models.errors import ConcordError
from app.models.language import shown
from app.models.process import lifecycle as lc
from app.ui.common.tables import set_up_row_list
from app.ui.common.text import caption, text_label
from app.ui.common.warning import WarningBanner
from app.ui.signoff.decision_dialog import DecisionDialog
from app.ui.signoff.report_dialog import ReportDialog

ROWS_SHOWN = 3


def _table(parent: QWidget, model: QStandardItemModel, name: str, stretch: int) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    set_up_row_list(table)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    rows = table.verticalHeader().defaultSectionSize() * ROWS_SHOWN
    table.setMinimumHeight(rows + header.sizeHint().height() + 2 * table.frameWidth())
    return table


class SignoffPanel(QWidget):
    changed = Signal(str)  # a message for the status bar

    def __init__(self, session, service, report_from_process=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.service = session, service
        self._report = report_from_process  # ProcessPanel.write_report_to, when reports can be written
        self.setObjectName("signoffPanel")
        self.setAccessibleName(self.tr("Sign-off"))
        self.status = text_label(self, "signoffStatus")
        self.status.setAccessibleName(self.tr("Sign-off in force"))
        self.warning = WarningBanner(self, "signoffWarning")
        self.decisions = QStandardItemModel(0, 5, self)
        self.decisions.setHorizontalHeaderLabels(
            [
                self.tr("Decided on"),
                self.tr("Decision"),
                self.tr("Decided by"),
                self.tr("Signature on this device"),
                self.tr("Standing"),
            ]
        )
        self.decisions_table = _table(self, self.decisions, self.tr("Sign-off decisions"), 4)
        self.requests = QStandardItemModel(0, 4, self)
        self.requests.setHorizontalHeaderLabels(
            [self.tr("Requested on"), self.tr("Requested by"), self.tr("Note"), self.tr("State")]
        )
        self.requests_table = _table(self, self.requests, self.tr("Sign-off requests"), 2)
        self.decide_button = QPushButton(self.tr("&Decide and sign…"), self)
        self.decide_button.clicked.connect(self.decide)
        self.decide_button.setVisible(session.role == "chief_inspector")
        self.report_button = QPushButton(self.tr("Sign-off &report…"), self)
        self.report_button.clicked.connect(self.choose_report)
        self.report_button.setVisible(report_from_process is not None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.warning)
        row = QHBoxLayout()
        row.addWidget(self.decide_button)
        row.addWidget(self.report_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(caption(self, self.tr("Decisions, in the order made"), self.decisions_table))
        layout.addWidget(self.decisions_table)
        layout.addWidget(caption(self, self.tr("Requests, in the order made"), self.requests_table))
        layout.addWidget(self.requests_table)
        self.refresh()

    def refresh(self) -> None:
        try:
            view = self.service.view(self.session)
        except ConcordError as exc:
            self.status.setText(self.tr("The sign-off cannot be shown: {problem}").format(problem=shown(exc)))
            return
        current = view.current
        lines = []
        if current is None:
            lines.append(self.tr("No verified sign-off decision yet."))
        else:
            d = current.decision
            lines.append(
                self.tr(
                    "In force: {decision} by {who} ({rank}) on {day}; signature verified on this device (key {fp})."
                ).format(
                    decision=shown(lc.DECISION_WORDS.get(d.decision, d.decision)).lower(),
                    who=d.decided_by,
                    rank=d.rank,
                    day=d.decided_on,
                    fp=current.signer_fingerprint,
                )
            )
        if view.open_request is not None and view.process.recorded == lc.AWAITING:
            lines.append(
                self.tr("Requested by {who} on {day}: waiting for the Chief Inspector's decision.").format(
                    who=view.open_request.get("requested_by"), day=str(view.open_request.get("requested_at") or "")[:10]
                )
            )
        self.status.setText("\n".join(lines))
        warnings = []
        if current is not None and current.stale:
            warnings.append(
                self.tr("STALE: this sign-off no longer covers the case as it is: {why}").format(
                    why="; ".join(shown(x) for x in current.stale_because)
                )
            )
        warnings += [
            self.tr("REFUSED: a stored decision does not verify: {why}").format(why=v.problem)
            for v in view.signoffs
            if not v.valid
        ]
        self.warning.set_warnings(warnings)
        self.decisions.setRowCount(0)
        for v in view.signoffs:
            d = v.decision
            standing = (
                self.tr("REFUSED: {why}").format(why=v.problem)
                if not v.valid
                else self.tr("STALE")
                if v.stale
                else self.tr("in force")
                if v is current
                else self.tr("replaced by a later decision")
            )
            cells = [
                d.decided_on if d else "",
                shown(lc.DECISION_WORDS.get(d.decision, d.decision)) if d else "",
                f"{d.decided_by} ({d.rank})" if d else "",
                self.tr("verified: {name}, key {fp}").format(name=v.signer_name, fp=v.signer_fingerprint)
                if v.valid
                else self.tr("does not verify"),
                standing,
            ]
            self.decisions.appendRow([QStandardItem(c) for c in cells])
        decided = {v.decision.request_id for v in view.signoffs if v.valid and v.decision}
        self.requests.setRowCount(0)
        requests = self.session.get("signoff_requests") if self.session.can_read("signoff_requests") else []
        for r in requests or []:
            state = (
                self.tr("decided")
                if r.get("id") in decided
                else self.tr("open")
                if view.open_request is not None and r.get("id") == view.open_request.get("id")
                else self.tr("replaced")
            )
            cells = [
                str(r.get("requested_at") or "")[:10],
                str(r.get("requested_by") or ""),
                str(r.get("note") or ""),
                state,
            ]
            self.requests.appendRow([QStandardItem(c) for c in cells])
        self.decide_button.setEnabled(view.open_request is not None and view.process.recorded == lc.AWAITING)
        self.report_button.setEnabled(current is not None)

    def decide(self) -> DecisionDialog:
        dialog = DecisionDialog(self.session, self.service, self)

        def signed() -> None:
            self.refresh()
            self.changed.emit(self.tr("Decision signed"))

        dialog.accepted.connect(signed)
        dialog.open()
        return dialog

    def choose_report(self) -> ReportDialog:
        dialog = ReportDialog(self.session.reference, self.session.schema.roles[self.session.role].label, parent=self)
        dialog.accepted.connect(lambda: self._report(dialog.chosen_path(), dialog.audience()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
