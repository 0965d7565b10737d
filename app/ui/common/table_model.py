"""Rows of text with a key each: the one table model the meeting views share (attendance, the
agenda, a case's actions, the tracker). Cells are words, so nothing rests on colour."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class TextTableModel(QAbstractTableModel):
    """headers: (short title, full description) per column, already translated."""

    def __init__(self, headers: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple[str, ...]] = []
        self.keys: list[str] = []
        self.strong: set[int] = set()  # rows shown bold, always alongside words that say why

    def set_rows(self, rows, keys=None, strong=()) -> None:
        """Same keys in the same order: cells update in place, so a view keeps its selection."""
        width = len(self.headers)
        rows = [tuple(str(c) for c in r)[:width] + ("",) * (width - len(r)) for r in rows]
        keys = [str(k) for k in keys] if keys is not None else [str(n) for n in range(len(rows))]
        strong = set(strong)
        if keys == self.keys:
            self.rows, self.strong = rows, strong
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, width - 1))
            return
        self.beginResetModel()
        self.rows, self.keys, self.strong = rows, keys, strong
        self.endResetModel()

    def key(self, row: int) -> str:
        return self.keys[row] if 0 <= row < len(self.keys) else ""

    def row_of(self, key: str) -> int:
        return self.keys.index(key) if key in self.keys else -1

    # ----- the model ------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (
            not index.isValid()
            or not (0 <= index.row() < len(self.rows))
            or not (0 <= index.column() < len(self.headers))
        ):
            return None
        text = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(text.split())  # one line in the table; the tooltip has it as written
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return text
        if role == KEY_ROLE:
            return self.keys[index.row()]
        if role == SORT_ROLE:
            return text.casefold()
        if role == Qt.ItemDataRole.FontRole and index.row() in self.strong:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            short, full = self.headers[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return short
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return full
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
