"""The action tracker: every action this device can read, across cases and meetings, filtered by
owning agency and owner, open or overdue only, and exported as CSV exactly as shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import ConcordError
from app.models.language import shown
from app.models.meetings.actions import Tracker, to_csv
from app.models.output_files import write_case_file
from app.ui.common.text import text_label
from app.ui.meetings.tracker_model import TrackerModel, TrackerProxy, action_key
from app.ui.meetings.widgets import row_table


def ask_csv_path(parent: QWidget, title: str, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, parent.tr("CSV (*.csv)"))
    return path


class TrackerView(QWidget):
    status = Signal(str)  # a passing line for the status bar

    def __init__(self, workspace, today, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("actionTracker")
        self.ws, self.today = workspace, today
        self.tracker = Tracker([])
        self.choose_file = ask_csv_path  # (parent, title, suggested name) -> path or ""
        self.error_box: QMessageBox | None = None

        self.model = TrackerModel(self)
        self.proxy = TrackerProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = row_table(self, self.proxy, self.tr("Actions"), 1, 10)
        # The tracker's own order (overdue first, then by target date) until a header is clicked.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        self.agency = QComboBox(self)
        self.agency.setAccessibleName(self.tr("Owning agency"))
        self.agency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.owner = QComboBox(self)
        self.owner.setEditable(True)
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner.setAccessibleName(self.tr("Owner"))
        self.owner.setToolTip(self.tr("Any part of the owner's name"))
        owner_line = self.owner.lineEdit()
        assert owner_line is not None  # an editable combo box has its line
        owner_line.setPlaceholderText(self.tr("Anyone"))
        self.owner.setMinimumContentsLength(16)
        self.open_only = QCheckBox(self.tr("Ope&n only"), self)
        self.open_only.setChecked(True)
        self.overdue_only = QCheckBox(self.tr("O&verdue only"), self)
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.export_button.setToolTip(self.tr("Save the actions shown as a CSV file"))
        self.export_button.clicked.connect(self.choose_export_file)
        self.count = text_label(self, "trackerCount")

        filters = QHBoxLayout()
        for text, editor in ((self.tr("A&gency:"), self.agency), (self.tr("O&wner:"), self.owner)):
            label = QLabel(text, self)
            label.setBuddy(editor)
            filters.addWidget(label)
            filters.addWidget(editor)
        filters.addWidget(self.open_only)
        filters.addWidget(self.overdue_only)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self.agency.currentIndexChanged.connect(self.apply_filters)
        self.owner.currentTextChanged.connect(self.apply_filters)
        self.open_only.toggled.connect(self.apply_filters)
        self.overdue_only.toggled.connect(self.apply_filters)

    def refresh(self) -> None:
        try:
            self.tracker = self.ws.meeting_mode.tracker(self.today())
        except ConcordError as exc:
            self.count.setText(self.tr("The actions cannot be shown: {problem}").format(problem=shown(exc)))
            return
        self._fill(self.agency, [("", self.tr("All agencies"))] + [(a, a) for a in self.tracker.agencies()])
        owner = self.owner.currentText()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItems(self.tracker.owners())
        self.owner.setEditText(owner)
        self.owner.blockSignals(False)
        self.model.set_actions(self.tracker.rows)
        self.apply_filters()

    def _fill(self, combo: QComboBox, choices: list[tuple[str, str]]) -> None:
        keep = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        for value, text in choices:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    def apply_filters(self) -> None:
        kept = self.tracker.filter(
            agency=self.agency.currentData() or "",
            owner=self.owner.currentText().strip(),
            open_only=self.open_only.isChecked(),
            overdue_only=self.overdue_only.isChecked(),
        )
        self.proxy.keep(action_key(r) for r in kept)
        overdue = sum(1 for r in kept if r.overdue)
        self.count.setText(
            self.tr("Showing {shown} of {total} actions; {overdue} of those shown OVERDUE").format(
                shown=len(kept), total=len(self.tracker.rows), overdue=overdue
            )
        )
        self.export_button.setEnabled(bool(kept))

    def shown(self):
        return self.proxy.shown()

    def choose_export_file(self) -> None:
        path = self.choose_file(self, self.tr("Export the actions shown"), "actions.csv")
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        rows = self.shown()
        try:
            write_case_file(self.ws, path, to_csv(rows).encode("utf-8"), "", "actions CSV")
        except OSError as exc:
            self.error_box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Not exported"),
                self.tr("The actions could not be saved: {problem}").format(problem=shown(exc)),
                QMessageBox.StandardButton.Ok,
                self,
            )
            self.error_box.open()
            return False
        self.status.emit(self.tr("%n action(s) exported to {path}", "", len(rows)).format(path=str(path)))
        return True
