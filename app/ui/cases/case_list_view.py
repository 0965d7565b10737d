"""The left pane: a search box, the sortable list of cases, and the New case button."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.case_reader import CaseSummary
from app.ui.cases.case_list_model import CASE_ID_ROLE, CaseFilterProxy, CaseListModel
from app.ui.common.tables import set_up_row_list


class CaseListView(QWidget):
    case_selected = Signal(str)  # case id ("" when nothing is selected)
    new_case_requested = Signal()

    def __init__(self, can_create: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = CaseListModel(parent=self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._selected = ""

        self.search = QLineEdit(self)
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(self.tr("Search by reference (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search cases by reference"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)

        self.table = QTableView(self)
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        set_up_row_list(self.table)
        header = self.table.horizontalHeader()
        # Reference, date and Yes/No fit their contents; the two labels share what is left and
        # wrap onto a second line rather than hide their end.
        header.setStretchLastSection(False)
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(True)
        # Never so narrow that a column's heading is cut: the splitter stops here.
        bold = QFont(header.font())
        bold.setBold(True)
        heads = [
            str(self.proxy.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(self.proxy.columnCount())
        ]
        self.table.setMinimumWidth(
            sum(QFontMetrics(bold).horizontalAdvance(h) + 28 for h in heads) + 2 * self.table.frameWidth()
        )
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        self.new_button = QPushButton(self.tr("&New case…"), self)
        self.new_button.setObjectName("newCase")
        self.new_button.setAccessibleName(self.tr("New case"))
        self.new_button.setEnabled(can_create)
        if not can_create:
            self.new_button.setToolTip(self.tr("Your role may not open new cases under this agreement."))
            self.new_button.setAccessibleDescription(self.new_button.toolTip())
        self.new_button.clicked.connect(self.new_case_requested)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("caseCount")

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(bottom)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

    # ----- rows ------------------------------------------------------------------------------------
    def set_cases(self, cases: list[CaseSummary], select: str | None = None) -> None:
        keep = select if select is not None else self._selected
        self.model.set_cases(cases)
        if keep:
            self.select_case(keep)
        self._update_count()

    def select_case(self, case_id: str) -> bool:
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: clear the search so the case can be shown
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def selected_case(self) -> str:
        return self._selected

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # ----- reactions ------------------------------------------------------------------------------
    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        case_id = rows[0].data(CASE_ID_ROLE) if rows else ""
        if case_id != self._selected:
            self._selected = case_id
            self.case_selected.emit(case_id)

    def _update_count(self, *_args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            self.count_label.setText(self.tr("No cases yet"))
        elif shown == total:
            self.count_label.setText(self.tr("Cases: {total}").format(total=total))
        else:
            self.count_label.setText(self.tr("Cases: {shown} of {total}").format(shown=shown, total=total))
        if total and not shown:
            self.empty.setText(self.tr("No case reference contains “{text}”.").format(text=self.search.text().strip()))
            self.empty.show()
        else:
            self.empty.hide()
