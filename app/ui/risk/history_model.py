"""The risk history of a case as a table: one row per assessment, oldest first."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.models.language import pick
from app.models.risk.assessment import Scored


class RiskHistoryModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[Scored] = []
        self.instrument_names: dict[str, str] = {}
        self.headers = [
            self.tr("Date"),
            self.tr("Instrument"),
            self.tr("Score"),
            self.tr("Level"),
            self.tr("Assessor"),
            self.tr("Agency"),
        ]

    def set_rows(self, rows: list[Scored], instrument_names: dict[str, str] | None = None) -> None:
        """instrument_names: each instrument's name in the interface's language, by id."""
        self.beginResetModel()
        self.rows = list(rows)
        self.instrument_names = dict(instrument_names or {})
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        s = self.rows[index.row()]
        a = s.assessment
        if role == Qt.ItemDataRole.DisplayRole:
            level = pick(s.level)
            if s.raised:
                level = self.tr("{level} (raised from {computed})").format(level=level, computed=pick(s.computed))
            instrument = self.instrument_names.get(a.instrument, a.instrument)
            return [a.assessed_on.isoformat(), instrument, str(s.score), level, a.assessor, a.agency][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3 and s.raised:
            return self.tr("Professional judgement: {reason}").format(reason=a.judgement_reason)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
