"""A case's risk picture at the top of its Risk section: the current level, escalation, repeat,
review and eligibility in words (never by colour alone), the history, and the checklist."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.cases import CaseSession
from app.models.errors import ConcordError
from app.models.language import pick, shown
from app.models.risk.register import FIELD, record_assessment
from app.models.risk.service import RiskService
from app.ui.common.style import show_message
from app.ui.common.warning import WarningBanner
from app.ui.risk.checklist_dialog import ChecklistDialog
from app.ui.risk.history_model import RiskHistoryModel


class RiskPanel(QWidget):
    recorded = Signal(str)  # a message for the status bar

    def __init__(self, session: CaseSession, service: RiskService, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.service = session, service
        self.setObjectName("riskPanel")
        self.setAccessibleName(self.tr("Risk picture"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.level = QLabel(self)
        self.level.setObjectName("riskLevel")
        self.level.setTextFormat(Qt.TextFormat.PlainText)
        self.level.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setObjectName("riskFacts")
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setWordWrap(True)
        self.eligibility = QLabel(self)
        self.eligibility.setObjectName("riskEligibility")
        self.eligibility.setTextFormat(Qt.TextFormat.PlainText)
        self.eligibility.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("riskNote")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.model = RiskHistoryModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Risk history"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 7)
        self.record_button = QPushButton(self.tr("&Record an assessment…"), self)
        self.record_button.clicked.connect(lambda: self.record())  # not clicked's bool
        self.record_button.setVisible(session.can_write(FIELD))
        # What needs attention, set apart with an icon and words above the facts it comes from.
        self.warnings = WarningBanner(self, "riskWarnings")
        for w in (self.warnings, self.level, self.facts, self.eligibility, self.table, self.problem):
            layout.addWidget(w)
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        service = self.service
        try:
            view = service.view_of(self.session)
        except ConcordError as exc:
            self.level.setText(self.tr("The risk picture cannot be shown: {problem}").format(problem=shown(exc)))
            return
        picture, verdict = view.picture, view.eligibility
        self.model.set_rows(picture.history, {i: pick(inst, "name") for i, inst in service.instruments.items()})
        current = picture.current
        if current is None:
            self.level.setText(self.tr("Current risk: no assessment recorded yet."))
        else:
            a = current.assessment
            text = self.tr(
                "Current risk: {level}, score {score} of {total} ({instrument}, {date}, {assessor})."
            ).format(
                level=pick(current.level).upper(),
                score=current.score,
                total=service.instruments[a.instrument].max_score,
                instrument=pick(service.instruments[a.instrument], "name"),
                date=a.assessed_on.isoformat(),
                assessor=a.assessor,
            )
            if current.raised:
                text += " " + self.tr("Raised from {computed} by professional judgement: {reason}").format(
                    computed=current.computed.label, reason=a.judgement_reason
                )
            self.level.setText(text)
        lines = []
        e = picture.escalation
        lines.append(
            self.tr("Escalation: not visible to your role.")
            if e is None
            else self.tr(
                "Escalation: %n incident(s) in the last {days} days (threshold {t}){flag}.", "", e.incidents
            ).format(days=e.window_days, t=e.threshold, flag=self.tr(" - ESCALATING") if e.escalating else "")
        )
        lines.append(
            self.tr("Repeat: not visible to your role.")
            if picture.repeat is None
            else (
                self.tr("Repeat: YES, a new incident within 12 months of the last referral.")
                if picture.repeat
                else self.tr("Repeat: no.")
            )
        )
        r = picture.review
        assert r is not None  # the register sets the review of every picture it derives
        lines.append(
            (
                self.tr("Review OVERDUE since {due} ({reason}).")
                if r.overdue
                else self.tr("Review due {due} ({reason}).")
            ).format(due=r.due.isoformat(), reason=r.reason)
        )
        for u in picture.unreadable:
            lines.append(self.tr("An assessment cannot be scored on this device: {problem}").format(problem=u.problem))
        self.facts.setText("\n".join(lines))
        warnings = []
        if e is not None and e.escalating:
            warnings.append(
                self.tr("ESCALATING: %n incident(s) in the last {days} days (threshold {t}).", "", e.incidents).format(
                    days=e.window_days, t=e.threshold
                )
            )
        if picture.repeat:
            warnings.append(self.tr("REPEAT: a new incident within 12 months of the last referral."))
        if r.overdue and current is not None:
            warnings.append(self.tr("OVERDUE: the risk review was due on {due}.").format(due=r.due.isoformat()))
        if current is not None and current.raised:
            warnings.append(
                self.tr("RAISED: professional judgement put the risk at {level}.").format(
                    level=pick(current.level).upper()
                )
            )
        if not verdict.eligible:
            warnings.append(
                self.tr(
                    "NOT ELIGIBLE under {rule}: only an explicit Chief Inspector sign-off may let it proceed."
                ).format(rule=verdict.rule)
            )
        self.warnings.set_warnings(warnings)
        if verdict.eligible:
            self.eligibility.setText(
                self.tr("Restorative option: may be proposed ({rule}, policy {version}).").format(
                    rule=verdict.rule, version=verdict.policy_version
                )
            )
        else:
            self.eligibility.setText(
                self.tr(
                    "Restorative option: NOT eligible under {rule} (policy {version}): {reasons}. "
                    "It may proceed only through explicit Chief Inspector sign-off."
                ).format(rule=verdict.rule, version=verdict.policy_version, reasons="; ".join(verdict.reasons))
            )

    def record(self, instrument_id: str = "dash") -> ChecklistDialog | None:
        try:
            inst = self.service.instrument(instrument_id)
        except ConcordError as exc:
            show_message(self.problem, shown(exc), True, "riskNote")
            return None
        dialog = ChecklistDialog(inst, self.service.policy, self.service.person, self.service.agency, parent=self)
        dialog.accepted.connect(lambda: self._save(dialog))
        dialog.open()
        return dialog

    def _save(self, dialog: ChecklistDialog) -> None:
        made = dialog.result_assessment
        if made is None:
            return
        try:
            record_assessment(self.session, self.service.instrument(made.instrument), self.service.policy, made)
        except ConcordError as exc:
            show_message(self.problem, shown(exc), True, "riskNote")
            return
        self.refresh()
        show_message(self.problem, "", False, "riskNote")
        self.recorded.emit(self.tr("Risk assessment recorded."))
