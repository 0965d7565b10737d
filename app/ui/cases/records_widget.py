"""A records field (incidents, orders, consent events...): a table with Add, Change, Remove."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.cases import CaseSession
from app.models.errors import ConcordError
from app.models.schema import FieldDef
from app.ui.cases.record_dialog import RecordDialog
from app.ui.labels import read_only_description, schema_label
from app.ui.widgets.tables import set_up_row_list

_PREVIEW = 60


class RecordsModel(QAbstractTableModel):
    """The records of one field, one column per sub-field."""

    def __init__(self, f: FieldDef, parent=None):
        super().__init__(parent)
        self.field = f
        self.records: list[dict] = []

    def set_records(self, records: list[dict]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.field.subfields)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.records)):
            return None
        sub = self.field.subfields[index.column()]
        value = self.records[index.row()].get(sub.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if value is None:
                return ""
            if isinstance(value, bool):
                return self.tr("Yes") if value else self.tr("No")
            text = str(value)
            if role == Qt.ItemDataRole.DisplayRole and sub.type == "long_text":
                one_line = " ".join(text.split())
                return one_line if len(one_line) <= _PREVIEW else one_line[: _PREVIEW - 1] + "…"
            return text
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.field.subfields):
            return schema_label(self.field.subfields[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


class RecordsWidget(QWidget):
    changed = Signal(str)  # a status line after a record was added, changed or removed
    failed = Signal(str)

    def __init__(self, session: CaseSession, f: FieldDef, editable: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.field = f
        self.editable = editable
        self.dialog: RecordDialog | None = None
        self.setObjectName(f"field:{f.id}")
        label = schema_label(f)
        self.setAccessibleName(label)

        self.model = RecordsModel(f, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(label)
        self.table.setAccessibleDescription("" if editable else read_only_description())
        set_up_row_list(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())

        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Change…") if editable else self.tr("View…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        for button, what in (
            (self.add_button, self.tr("Add a record to {field}")),
            (self.edit_button, self.tr("Open the selected record of {field}")),
            (self.remove_button, self.tr("Remove the selected record of {field}")),
        ):
            button.setAccessibleName(what.format(field=label))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_button.setVisible(editable)
        self.remove_button.setVisible(editable)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    # ----- data --------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            records = self.session.get(self.field.id)
        except ConcordError as exc:
            self.failed.emit(str(exc))
            records = []
        self.model.set_records(records)
        self.table.resizeColumnsToContents()
        rows = max(2, min(len(records), 6))
        header = self.table.horizontalHeader().height() or self.table.fontMetrics().height() + 10
        self.table.setFixedHeight(header + rows * self.table.verticalHeader().defaultSectionSize() + 6)
        self._update_buttons()

    def _selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.records[rows[0].row()]

    def _update_buttons(self) -> None:
        has = self._selected() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has and self.editable)

    # ----- actions -------------------------------------------------------------------------------
    def add(self) -> RecordDialog | None:
        if not self.editable:
            return None

        def save(entered: dict) -> None:
            self.session.add_record(self.field.id, {k: v for k, v in entered.items() if v is not None})

        def added() -> None:
            self.reload()
            self._select_row(self.model.rowCount() - 1)
            self.changed.emit(self.tr("Record added to {field}").format(field=schema_label(self.field)))

        return self._show(RecordDialog(self.field, None, True, save, self), added)

    def open_selected(self) -> RecordDialog | None:
        record = self._selected()
        if record is None:
            return None
        row = self.model.records.index(record)

        def save(entered: dict) -> None:
            self.session.update_record(self.field.id, record["id"], entered)

        def changed() -> None:
            self.reload()
            self._select_row(row)
            self.changed.emit(self.tr("Record changed in {field}").format(field=schema_label(self.field)))

        dialog = RecordDialog(self.field, record, self.editable, save if self.editable else None, self)
        return self._show(dialog, changed if self.editable else None)

    def _show(self, dialog: RecordDialog, on_accepted) -> RecordDialog:
        """Open the dialog window-modal without blocking; the table refreshes when it is saved."""
        self.dialog = dialog
        if on_accepted is not None:
            dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        record = self._selected()
        if record is None or not self.editable:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove record"),
            self.tr("Remove the selected record from {field}? This cannot be undone here.").format(
                field=schema_label(self.field)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.session.remove_record(self.field.id, record["id"])
        except ConcordError as exc:
            self.failed.emit(str(exc))
            return
        self.reload()
        self.changed.emit(self.tr("Record removed from {field}").format(field=schema_label(self.field)))

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
