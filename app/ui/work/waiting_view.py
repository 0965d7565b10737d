"""The work waiting for this device's person, shown first when Concord starts: for the Chief
Inspector, the sign-off inbox (each request with its age and red flags); for every role, overdue
actions of their own or their agency, risk reviews due, sign-offs gone stale and check-ins
overdue. Each warning carries an icon and words, never colour alone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from app.models import clock
from app.models.errors import ConcordError
from app.models.language import shown
from app.models.process import worklist
from app.ui.common.tables import set_up_row_list
from app.ui.common.text import text_label
from app.ui.common.warning import warning_icon

KIND_WORDS = {
    worklist.SIGNOFF_REQUEST: "Sign-off request",
    worklist.STALE_SIGNOFF: "Stale sign-off",
    worklist.REVIEW: "Risk review",
    worklist.CHECKIN: "Aftercare check-in",
    worklist.OVERDUE_ACTION: "Overdue action",
}
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class WaitingView(QWidget):
    open_item = Signal(str, str)  # case id, section to show
    decide_item = Signal(str)  # case id: the Chief Inspector decides from the inbox
    count_changed = Signal(int)

    def __init__(self, workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.items: list[worklist.WorkItem] = []
        self.setObjectName("waitingView")
        self.is_inbox = workspace.role == "chief_inspector"
        self.setAccessibleName(self.tr("Sign-off inbox") if self.is_inbox else self.tr("Waiting for you"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.heading = QLabel(self.accessibleName(), self)
        self.heading.setObjectName("caseHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = text_label(self, "waitingSummary")
        self.summary.setAccessibleName(self.tr("What waits, in words"))
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Case"), self.tr("What"), self.tr("Since or due"), self.tr("Age"), self.tr("Warnings")]
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        set_up_row_list(self.table)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Work waiting for you"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.table.activated.connect(lambda _i: self.open_current())
        self.open_button = QPushButton(self.tr("Op&en the case"), self)
        self.open_button.clicked.connect(self.open_current)
        self.decide_button = QPushButton(self.tr("Decide and si&gn…"), self)
        self.decide_button.clicked.connect(self._decide_current)
        self.decide_button.setVisible(self.is_inbox)
        self.refresh_button = QPushButton(self.tr("C&heck again"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        for w in (self.open_button, self.decide_button):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        layout.addLayout(row)

    def today(self) -> dt.date:
        return clock.today()

    def refresh(self) -> None:
        ws = self.workspace
        problems: list[str] = []
        try:
            self.items = worklist.waiting(
                ws.open_case,
                ws.list_cases,
                ws.process,
                ws.risk,
                ws.profile.name,
                ws.profile.agency,
                ws.role,
                self.today(),
                on_error=lambda case_id, _msg: problems.append(case_id),
            )
        except ConcordError as exc:
            self.items = []
            problems.append(shown(exc))
        today = self.today()
        self.model.setRowCount(0)
        for item in self.items:
            age = item.age_days(today)
            cells = [
                QStandardItem(item.reference),
                QStandardItem(item.what),
                QStandardItem(item.since.strftime("%d/%m/%Y") if item.since else ""),
                QStandardItem(self._age_words(age, item)),
                QStandardItem("\n".join(item.warnings) if item.warnings else self.tr("none")),
            ]
            cells[0].setData(item, ITEM_ROLE)
            if item.warnings:
                warn = cells[4]
                warn.setIcon(warning_icon())
                font = QFont(warn.font())
                font.setBold(True)
                warn.setFont(font)
                warn.setBackground(QBrush(QColor("#fff4e5")))
                warn.setForeground(QBrush(QColor("#5c1010")))
                warn.setData(
                    self.tr("Warning: {text}").format(text="; ".join(item.warnings)), Qt.ItemDataRole.AccessibleTextRole
                )
            self.model.appendRow(cells)
        requests = sum(1 for i in self.items if i.kind == worklist.SIGNOFF_REQUEST)
        if self.is_inbox:
            text = (
                self.tr("No sign-off request waits for your decision.")
                if not requests
                else self.tr("%n sign-off request(s) wait for your decision, oldest first.", "", requests)
            )
            others = len(self.items) - requests
            if others:
                text += " " + self.tr("%n other item(s) need attention on your cases.", "", others)
        else:
            text = (
                self.tr("Nothing waits for you on this device's cases.")
                if not self.items
                else self.tr("%n item(s) wait for you, most urgent first.", "", len(self.items))
            )
        if problems:
            text += " " + self.tr("Some cases could not be checked ({n}); open them to see why.").format(
                n=len(problems)
            )
        self.summary.setText(text)
        if self.items and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self._update_buttons()
        self.count_changed.emit(self.count())

    def count(self) -> int:
        """What the badge counts: the requests for the Chief Inspector, everything for others."""
        if self.is_inbox:
            return sum(1 for i in self.items if i.kind == worklist.SIGNOFF_REQUEST)
        return len(self.items)

    def _age_words(self, age: int | None, item) -> str:
        if age is None:
            return ""
        if item.kind == worklist.SIGNOFF_REQUEST:
            return self.tr("waiting {days}").format(days=self._days(age))
        if age > 0:
            return self.tr("{days} late").format(days=self._days(age))
        return self.tr("due in {days}").format(days=self._days(-age)) if age < 0 else self.tr("due today")

    def _days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)

    def current_item(self) -> worklist.WorkItem | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.item(index.row(), 0).data(ITEM_ROLE)

    def _update_buttons(self) -> None:
        item = self.current_item()
        self.open_button.setEnabled(item is not None)
        self.decide_button.setEnabled(item is not None and item.kind == worklist.SIGNOFF_REQUEST)

    def open_current(self) -> None:
        item = self.current_item()
        if item is not None:
            self.open_item.emit(item.case_id, item.section)

    def _decide_current(self) -> None:
        item = self.current_item()
        if item is not None and item.kind == worklist.SIGNOFF_REQUEST:
            self.decide_item.emit(item.case_id)
