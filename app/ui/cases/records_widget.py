"""A records field (incidents, orders, consent events...): a table with Add, Change, Remove.

The table shows at least three rows, so a short list never reads as a sliver. Its key columns
(dates, choices, names, references) are as wide as what they hold and are never cut short; long
text takes the width that is left and wraps; headings wrap rather than widen a column.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.case_schema import FieldDef
from app.models.cases import CaseSession
from app.models.errors import ConcordError
from app.models.language import shown
from app.models.storage.store import is_meeting
from app.ui.cases.record_dialog import RecordDialog
from app.ui.common.date_edit import display_text
from app.ui.common.labels import option_text, read_only_description, schema_label
from app.ui.common.tables import set_up_row_list

_PREVIEW = 160  # long text is shown wrapped up to this many characters; the tooltip has it all
ROWS_AT_LEAST, ROWS_AT_MOST = 3, 8  # rows the table shows without scrolling
TALLEST = 16  # ... within the height of this many one-line rows, however much their text wraps
HEADING_CHARS = 14  # a heading wider than this many characters wraps onto more lines
SHORT_TEXT_CHARS = 40  # short text wider than this wraps (its field holds up to 400 characters)
LONG_TEXT_CHARS = 24  # long text columns are never narrower: the table scrolls sideways instead


class RecordsModel(QAbstractTableModel):
    """The records of one field, one column per sub-field."""

    def __init__(self, f: FieldDef, parent=None):
        super().__init__(parent)
        self.field = f
        self.records: list[dict] = []
        self.names: dict[str, str] = {}  # a meeting's id -> its reference, as people know it

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
            if sub.type == "date":
                return display_text(value)
            if sub.options and isinstance(value, str):
                text = option_text(sub, value)  # a stored choice is English; it reads in the interface's language
            else:
                text = self.names.get(value, str(value)) if isinstance(value, str) else str(value)
            if role == Qt.ItemDataRole.DisplayRole and sub.type == "long_text":
                one_line = " ".join(text.split())
                return one_line if len(one_line) <= _PREVIEW else one_line[: _PREVIEW - 1] + "…"
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # A row grows with its wrapped text: every cell reads from the top line.
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.field.subfields):
            return schema_label(self.field.subfields[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


class WrappingHeader(QHeaderView):
    """Column headings that wrap onto more lines rather than widen a column past its contents."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)

    def sectionSizeFromContents(self, logical: int) -> QSize:  # noqa: N802 - Qt's name
        size = super().sectionSizeFromContents(logical)
        model = self.model()
        text = str(model.headerData(logical, self.orientation()) or "") if model is not None else ""
        metrics = self.fontMetrics()
        one_line = metrics.horizontalAdvance(text)
        longest_word = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
        room = max(metrics.averageCharWidth() * HEADING_CHARS, longest_word)
        if one_line <= room:
            return size
        wrapped = metrics.boundingRect(QRect(0, 0, room, 100_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(size.width() - one_line + wrapped.width(), size.height() - metrics.height() + wrapped.height())


class RecordsTable(QTableView):
    """The table of one records field, sized to show what it holds (see the module's note)."""

    def __init__(self, f: FieldDef, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = f
        self.setHorizontalHeader(WrappingHeader(self))
        set_up_row_list(self)
        self.setWordWrap(True)  # long text wraps; key columns are made wide enough never to need it
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.long_columns = [i for i, sub in enumerate(f.subfields) if sub.type == "long_text"]
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._column_resized)
        header.geometriesChanged.connect(self.fit_height)  # headings wrapped onto more or fewer lines
        self.horizontalScrollBar().rangeChanged.connect(lambda *_: self.fit_height())
        self._fitting = False
        self._sharing = False

    def setModel(self, model) -> None:  # noqa: N802 - Qt's name
        super().setModel(model)
        header = self.horizontalHeader()
        for column in range(len(self.field.subfields)):
            mode = QHeaderView.ResizeMode.Stretch if column in self.long_columns else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(column, mode)

    def key_columns(self) -> list[int]:
        return [c for c in range(len(self.field.subfields)) if c not in self.long_columns]

    def fit_columns(self) -> None:
        """Key columns as wide as their widest cell or heading (short text up to a limit, then it wraps)."""
        header = self.horizontalHeader()
        cap = self.fontMetrics().averageCharWidth() * SHORT_TEXT_CHARS
        for column in self.key_columns():
            needed = max(header.sectionSizeHint(column), self.sizeHintForColumn(column))
            if self.field.subfields[column].type == "short_text":
                needed = max(header.sectionSizeHint(column), min(needed, cap))
            self.setColumnWidth(column, needed)
        self.share_width()
        self.fit_rows()

    def share_width(self) -> None:
        """Long text takes the width the key columns leave, shared; where that is too little to
        read, each long column keeps a readable width and the table scrolls sideways."""
        if not self.long_columns or self._sharing:
            return
        self._sharing = True
        try:
            header = self.horizontalHeader()
            least = self.fontMetrics().averageCharWidth() * LONG_TEXT_CHARS
            room = self.viewport().width() - sum(self.columnWidth(c) for c in self.key_columns())
            squeezed = room < least * len(self.long_columns)
            mode = QHeaderView.ResizeMode.Interactive if squeezed else QHeaderView.ResizeMode.Stretch
            for column in self.long_columns:
                if header.sectionResizeMode(column) != mode:
                    header.setSectionResizeMode(column, mode)
                if squeezed and self.columnWidth(column) != least:
                    self.setColumnWidth(column, least)
        finally:
            self._sharing = False

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.share_width()

    def fit_rows(self) -> None:
        self.resizeRowsToContents()
        least = self.verticalHeader().defaultSectionSize()  # one-line rows as tall as in every other list
        for row in range(self.model().rowCount() if self.model() is not None else 0):
            if self.rowHeight(row) < least:
                self.setRowHeight(row, least)
        self.fit_height()

    def fit_height(self) -> None:
        """Tall enough for at least three rows (and up to eight) below the headings."""
        if self._fitting:
            return
        self._fitting = True
        try:
            model = self.model()
            rows = model.rowCount() if model is not None else 0
            line = self.verticalHeader().defaultSectionSize()
            shown = sum(self.rowHeight(r) for r in range(min(rows, ROWS_AT_MOST)))
            shown = max(min(shown, TALLEST * line), ROWS_AT_LEAST * line)
            header = self.horizontalHeader()
            heading = 0 if header.isHidden() else max(header.minimumHeight(), header.sizeHint().height())
            height = heading + shown + 2 * self.frameWidth()
            if self.horizontalScrollBar().maximum() > 0:
                height += self.horizontalScrollBar().sizeHint().height()
            if self.minimumHeight() != height or self.maximumHeight() != height:
                self.setFixedHeight(height)
        finally:
            self._fitting = False

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column not in self.long_columns:
            self.share_width()  # a person widened or narrowed a key column
        self.fit_rows()  # wrapped text now takes a different number of lines


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
        self.table = RecordsTable(f, self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(label)
        self.table.setAccessibleDescription("" if editable else read_only_description())
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
            self.failed.emit(shown(exc))
            records = []
        self.model.names = self._meeting_references(records)
        self.model.set_records(records)
        self.table.fit_columns()
        self._update_buttons()

    def _meeting_references(self, records: list[dict]) -> dict[str, str]:
        """Meetings named by their reference (PM-2026-12-03), never by the id they are kept under."""
        ids = {v for r in records for v in r.values() if isinstance(v, str) and is_meeting(v)}
        out = {}
        for meeting_id in ids:
            try:
                out[meeting_id] = self.session.repo.reference_of(meeting_id)
            except ConcordError:
                out[meeting_id] = self.tr("a meeting not held on this device")
        return out

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
            self.failed.emit(shown(exc))
            return
        self.reload()
        self.changed.emit(self.tr("Record removed from {field}").format(field=schema_label(self.field)))

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
