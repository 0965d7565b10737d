"""The cases on this device as a table model, and a proxy that searches by reference."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.models.case_reader import CaseSummary

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = ("reference", "created", "harmed", "harmer", "children")
_HEADERS = {  # short enough for the side pane; the full wording is the tooltip
    "reference": (
        QT_TRANSLATE_NOOP("CaseListModel", "Reference"),
        QT_TRANSLATE_NOOP("CaseListModel", "Case reference"),
    ),
    "created": (
        QT_TRANSLATE_NOOP("CaseListModel", "Created"),
        QT_TRANSLATE_NOOP("CaseListModel", "Date the case was created on this device"),
    ),
    "harmed": (
        QT_TRANSLATE_NOOP("CaseListModel", "Person harmed"),
        QT_TRANSLATE_NOOP("CaseListModel", "Person harmed (pseudonym)"),
    ),
    "harmer": (
        QT_TRANSLATE_NOOP("CaseListModel", "Caused harm"),
        QT_TRANSLATE_NOOP("CaseListModel", "Person who caused harm (pseudonym)"),
    ),
    "children": (
        QT_TRANSLATE_NOOP("CaseListModel", "Children"),
        QT_TRANSLATE_NOOP("CaseListModel", "Children involved: Yes, No, or empty if not recorded"),
    ),
}


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseListModel", text)


class CaseListModel(QAbstractTableModel):
    def __init__(self, cases: list[CaseSummary] | None = None, parent=None):
        super().__init__(parent)
        self.cases: list[CaseSummary] = list(cases or [])

    # ----- filling ------------------------------------------------------------------------------
    def set_cases(self, cases: list[CaseSummary]) -> None:
        """Replace the rows. Same cases in the same order: rows are updated in place (a view keeps
        its selection); otherwise the model is reset."""
        cases = list(cases)
        if [c.case_id for c in cases] == [c.case_id for c in self.cases]:
            self.cases = cases
            if cases:
                self.dataChanged.emit(self.index(0, 0), self.index(len(cases) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.cases = cases
        self.endResetModel()

    def row_of(self, case_id: str) -> int:
        return next((i for i, c in enumerate(self.cases) if c.case_id == case_id), -1)

    # ----- the model ------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.cases)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.cases)) or not (0 <= index.column() < len(COLUMNS)):
            return None
        case = self.cases[index.row()]
        column = COLUMNS[index.column()]
        if role == CASE_ID_ROLE:
            return case.case_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(case, column)
        if role == SORT_ROLE:
            if column == "children":
                return {True: 2, False: 1}.get(case.children_involved, 0)
            if column == "created":
                return case.created_at or ""
            return self._text(case, column).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and column == "created":
            return case.created_at or ""
        return None

    @staticmethod
    def _text(case: CaseSummary, column: str) -> str:
        if column == "reference":
            return case.reference
        if column == "created":
            return (case.created_at or "")[:10]  # the date; the full time is the tooltip
        if column == "harmed":
            return case.harmed_label or ""
        if column == "harmer":
            return case.harmer_label or ""
        if column == "children":
            if case.children_involved is None:
                return ""
            return translate("CaseListModel", "Yes") if case.children_involved else translate("CaseListModel", "No")
        return ""

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            short, full = _HEADERS[COLUMNS[section]]
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(short)
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return _tr(full)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class CaseFilterProxy(QSortFilterProxyModel):
    """Keeps the cases whose reference contains the search text (any case); sorts on SORT_ROLE."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._search = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def search(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        text = text.strip().casefold()
        if text == self._search:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self._search = text
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._search = text
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._search:
            return True
        model = self.sourceModel()
        reference = model.data(model.index(source_row, 0, source_parent), Qt.ItemDataRole.DisplayRole) or ""
        return self._search in reference.casefold()
