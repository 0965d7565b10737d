"""The information governance officer's view of the panel's audit: who has read a section of a
case, what one device read in a month, and whether every device's chain has arrived whole.
Names, roles, sections and times - never a value, which the entries never held."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models import clock, panel_audit
from app.models.language import QT_TRANSLATE_NOOP, pick
from app.sync.engine.audit_records import OFFICER_ROLE
from app.ui.common.fit import fit_size
from app.ui.common.table_model import TextTableModel
from app.ui.common.tables import set_up_row_list
from app.ui.common.text import text_label
from app.ui.common.warning import WarningBanner

ACTION_WORDS = {
    "case_read": QT_TRANSLATE_NOOP("PanelAudit", "opened"),
    "section_read": QT_TRANSLATE_NOOP("PanelAudit", "opened"),
    "field_changed": QT_TRANSLATE_NOOP("PanelAudit", "changed"),
    "record_added": QT_TRANSLATE_NOOP("PanelAudit", "added a record"),
    "record_changed": QT_TRANSLATE_NOOP("PanelAudit", "changed a record"),
    "record_removed": QT_TRANSLATE_NOOP("PanelAudit", "removed a record"),
    "read_refused": QT_TRANSLATE_NOOP("PanelAudit", "was refused a read"),
    "write_refused": QT_TRANSLATE_NOOP("PanelAudit", "was refused a change"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PanelAudit", text)


class PanelAuditDialog(QDialog):
    def __init__(self, workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.schema = workspace.schema
        self.members = workspace.members()
        self.setObjectName("panel_audit_dialog")
        self.setWindowTitle(self.tr("Panel audit"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                self,
                "panel_audit_intro",
                self.tr(
                    "Every device seals its audit for this device: who opened or changed which part of "
                    "which case, and when. Nothing a case holds is here."
                ),
            )
        )
        self.chains = WarningBanner(self, "panel_audit_chains")
        layout.addWidget(self.chains)
        self.whole = text_label(self, "panel_audit_whole")
        layout.addWidget(self.whole)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)

        by_case = QWidget(self)
        form = QFormLayout()
        self.case_choice = QComboBox(by_case)
        self.case_choice.setObjectName("panel_audit_case")
        self.section_choice = QComboBox(by_case)
        self.section_choice.setObjectName("panel_audit_section")
        self.section_choice.addItem(self.tr("Any part of the case"), "")
        for section in self.schema.sections:
            self.section_choice.addItem(pick(section, "label"), section.id)
        form.addRow(self.tr("&Case:"), self.case_choice)
        form.addRow(self.tr("&Section:"), self.section_choice)
        case_layout = QVBoxLayout(by_case)
        case_layout.addLayout(form)
        self.case_model, self.case_table = self._table(by_case, "panel_audit_case_table")
        case_layout.addWidget(self.case_table, 1)
        self.tabs.addTab(by_case, self.tr("Who read a case"))

        by_device = QWidget(self)
        form = QFormLayout()
        self.device_choice = QComboBox(by_device)
        self.device_choice.setObjectName("panel_audit_device")
        for device, (name, role, _agency) in sorted(self.members.items(), key=lambda m: m[1][0]):
            if role != OFFICER_ROLE:
                self.device_choice.addItem(f"{name} ({self._role(role)})", device)
        self.month = QLineEdit(clock.today().isoformat()[:7], by_device)
        self.month.setObjectName("panel_audit_month")
        self.month.setPlaceholderText(self.tr("YYYY-MM"))
        form.addRow(self.tr("&Device:"), self.device_choice)
        form.addRow(self.tr("&Month:"), self.month)
        device_layout = QVBoxLayout(by_device)
        device_layout.addLayout(form)
        self.device_model, self.device_table = self._table(by_device, "panel_audit_device_table")
        device_layout.addWidget(self.device_table, 1)
        self.tabs.addTab(by_device, self.tr("What a device read"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.case_choice.currentIndexChanged.connect(self.show_case)
        self.section_choice.currentIndexChanged.connect(self.show_case)
        self.device_choice.currentIndexChanged.connect(self.show_device)
        self.month.textChanged.connect(self.show_device)
        self.refresh()
        fit_size(self, 980, 560)

    def _table(self, parent: QWidget, name: str) -> tuple[TextTableModel, QTableView]:
        model = TextTableModel(
            [
                (self.tr("When"), self.tr("When it happened (UTC), by the clock of the device that did it")),
                (self.tr("Who"), self.tr("The person, role and device")),
                (self.tr("Did"), self.tr("What they did")),
                (self.tr("Case"), self.tr("The case reference")),
                (self.tr("Part"), self.tr("The section or field")),
            ],
            parent,
        )
        table = QTableView(parent)
        table.setObjectName(name)
        set_up_row_list(table)
        table.setModel(model)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return model, table

    def refresh(self) -> None:
        store = self.workspace.store
        cases = panel_audit.cases(store)
        current = self.case_choice.currentData()
        self.case_choice.blockSignals(True)
        self.case_choice.clear()
        for ref in cases:
            self.case_choice.addItem(ref, ref)
        if current in cases:
            self.case_choice.setCurrentIndex(cases.index(current))
        self.case_choice.blockSignals(False)
        expected = {d: n for d, (n, role, _a) in self.members.items() if role != OFFICER_ROLE}
        problems = panel_audit.chain_problems(store, expected)
        held = panel_audit.devices(store)
        self.chains.set_warnings(
            [self.tr("CHAIN: {who}: {problem}").format(who=self._who(p.device), problem=p.problem) for p in problems]
        )
        self.whole.setText(
            ""
            if problems
            else self.tr(
                "Every device's audit has arrived whole: %n device(s), {entries} entries.", None, len(held)
            ).format(entries=sum(held.values()))
        )
        self.whole.setVisible(not problems)
        self.show_case()
        self.show_device()

    def show_case(self) -> None:
        ref = self.case_choice.currentData()
        section = self.section_choice.currentData() or None
        rows = []
        if ref:
            fields = tuple(f.id for f in self.schema.section(section).fields) if section else ()
            rows = panel_audit.who_read(self.workspace.store, ref, section, fields)
        self.case_model.set_rows([self._cells(s) for s in rows], [f"{s.device}:{s.seq}" for s in rows])
        _fit_columns(self.case_table)

    def show_device(self) -> None:
        device, month = self.device_choice.currentData(), self.month.text().strip()
        rows = panel_audit.device_month(self.workspace.store, device, month) if device and len(month) == 7 else []
        self.device_model.set_rows([self._cells(s) for s in rows], [f"{s.device}:{s.seq}" for s in rows])
        _fit_columns(self.device_table)

    def _cells(self, s: panel_audit.Seen) -> tuple[str, ...]:
        return (
            s.at.replace("T", " ").replace("+00:00", ""),
            self._who(s.device, s.person, s.role),
            _tr(ACTION_WORDS.get(s.action, s.action)),
            s.case_ref,
            self._part(s.target),
        )

    def _who(self, device: str, person: str = "", role: str = "") -> str:
        name, role_id, _agency = self.members.get(device, (person, role, ""))
        return self.tr("{person} ({role}), device {device}").format(
            person=name or self.tr("unknown"), role=self._role(role_id), device=device[:12]
        )

    def _role(self, role: str) -> str:
        found = self.schema.roles.get(role)
        return pick(found, "label") if found is not None else role

    def _part(self, target: str) -> str:
        field = self.schema.fields.get(target)
        if field is not None:
            return pick(field, "label")
        for section in self.schema.all_sections:
            if section.id == target:
                return pick(section, "label")
        return target


def _fit_columns(table: QTableView) -> None:
    """Each column as wide as what it shows, none past a third of the table: a tooltip holds the rest."""
    table.resizeColumnsToContents()
    widest = max(120, table.viewport().width() // 3)
    for column in range(table.model().columnCount() - 1):
        table.setColumnWidth(column, min(table.columnWidth(column), widest))


def add_panel_audit_action(window, menu) -> QAction | None:
    """For an information governance officer's device only: the panel's audit."""
    if window.workspace.role != OFFICER_ROLE:
        return None
    action = QAction(QCoreApplication.translate("PanelAudit", "&Panel audit…"), window)
    action.setObjectName("panel_audit_action")
    action.setStatusTip(
        QCoreApplication.translate("PanelAudit", "Who read which part of which case, across every device of the panel")
    )
    action.triggered.connect(lambda: show_panel_audit(window))
    menu.addAction(action)
    return action


def show_panel_audit(window) -> PanelAuditDialog:
    dialog = PanelAuditDialog(window.workspace, window)
    dialog.open()
    return dialog
