"""Retention and erasure on the desktop: each case, how it ended, the day it closed, the day it is
kept until, and any legal hold. The chair erases the cases past their period (on every device,
by sync) and places or releases legal holds; every other role sees where things stand."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app import case_retention
from app.models import clock
from app.models.errors import ConcordError
from app.models.language import shown
from app.models.meetings.service import CHAIR_ROLE
from app.models.process.retention import OUTCOME_WORDS
from app.sync.errors import SyncError
from app.ui.common.fit import fit_size
from app.ui.common.table_model import TextTableModel
from app.ui.common.tables import set_up_row_list
from app.ui.common.text import error_label, text_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("Retention", text)


class RetentionDialog(QDialog):
    changed = Signal()  # a hold, a release or an erasure was written: the case list may differ

    def __init__(self, workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.chair = workspace.role == CHAIR_ROLE
        self.setObjectName("retention_dialog")
        self.setWindowTitle(self.tr("Retention and erasure"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                self,
                "retention_intro",
                self.tr(
                    "A closed case is kept for the period the panel's policy sets for how it ended, from "
                    "the day it closed. Then the chair erases it: every device destroys it as it syncs, "
                    "keeping only that it existed. A legal hold keeps it until the hold is released."
                ),
            )
        )
        self.model = TextTableModel(
            [
                (self.tr("Case"), self.tr("The case reference")),
                (self.tr("How it ended"), self.tr("How the case ended, which sets how long it is kept")),
                (self.tr("Closed"), self.tr("The day the case closed")),
                (self.tr("Kept until"), self.tr("The last day the case is kept")),
                (self.tr("Legal hold"), self.tr("A legal hold and its reason: the case is kept while it stands")),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("retention_table")
        set_up_row_list(self.table)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setAccessibleName(self.tr("Cases and their retention"))
        layout.addWidget(self.table, 1)
        self.problem = error_label(self)
        layout.addWidget(self.problem)
        row = QHBoxLayout()
        self.erase_button = QPushButton(self.tr("&Erase the cases past their period…"), self)
        self.hold_button = QPushButton(self.tr("Place a legal &hold…"), self)
        self.release_button = QPushButton(self.tr("&Release the hold"), self)
        for button in (self.erase_button, self.hold_button, self.release_button):
            button.setEnabled(self.chair)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        if not self.chair:
            layout.addWidget(
                text_label(self, "retention_chair_only", self.tr("Only the chair erases cases and places legal holds."))
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.erase_button.clicked.connect(self.erase_due)
        self.hold_button.clicked.connect(self.place_hold)
        self.release_button.clicked.connect(self.release_hold)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.fill()
        fit_size(self, 900, 480)

    def fill(self) -> None:
        today = clock.today()
        self.listed = case_retention.listed(self.workspace, today)
        rows = []
        for c in self.listed:
            r = c.retention
            if r is None:
                rows.append((c.reference, self.tr("open"), "", self.tr("while it is open"), c.hold))
                continue
            until = r.erase_after.isoformat()
            if r.due:
                until = self.tr("{date}: PAST its period").format(date=until)
            rows.append((c.reference, _tr(OUTCOME_WORDS[r.outcome]), r.closed_on.isoformat(), until, c.hold))
        self.model.set_rows(
            rows,
            [c.case_id for c in self.listed],
            strong=[i for i, c in enumerate(self.listed) if c.retention and c.retention.due],
        )
        due = [c for c in self.listed if c.retention is not None and c.retention.due and not c.hold]
        self.erase_button.setEnabled(self.chair and bool(due))
        self._selection_changed()

    def _selected(self) -> case_retention.CaseRetention | None:
        index = self.table.currentIndex()
        return self.listed[index.row()] if index.isValid() and index.row() < len(self.listed) else None

    def _selection_changed(self) -> None:
        chosen = self._selected()
        self.hold_button.setEnabled(self.chair and chosen is not None and not chosen.hold)
        self.release_button.setEnabled(self.chair and chosen is not None and bool(chosen.hold))

    def _run(self, work) -> bool:
        self.problem.clear()
        try:
            work()
        except (ConcordError, SyncError) as exc:
            self.problem.setText(shown(exc))
            self.problem.show()
            return False
        self.fill()
        self.changed.emit()
        return True

    def erase_due(self) -> None:
        due = [c.reference for c in self.listed if c.retention is not None and c.retention.due and not c.hold]
        if not due:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Erase cases"),
            self.tr(
                "Erase {cases} on every device of the panel? What they hold is destroyed as each device "
                "syncs, and cannot be brought back."
            ).format(cases=", ".join(due)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: case_retention.erase_due(self.workspace, clock.today()))

    def place_hold(self, reason: str | None = None) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        if not reason:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Legal hold"),
                self.tr("Why must case {reference} be kept? Every device of the panel sees this reason.").format(
                    reference=chosen.reference
                ),
            )
            if not ok:
                return
        self._run(lambda: case_retention.hold(self.workspace, chosen.case_id, reason or ""))

    def release_hold(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self._run(lambda: case_retention.release(self.workspace, chosen.case_id))


def add_retention_action(window, menu) -> QAction:
    action = QAction(QCoreApplication.translate("Retention", "Re&tention and erasure…"), window)
    action.setObjectName("retention_action")
    action.setStatusTip(
        QCoreApplication.translate("Retention", "How long each closed case is kept, legal holds, and erasure")
    )
    action.triggered.connect(lambda: show_retention(window))
    menu.addAction(action)
    return action


def show_retention(window) -> RetentionDialog:
    dialog = RetentionDialog(window.workspace, window)
    dialog.changed.connect(lambda: window.refresh_cases())
    reminder = getattr(window, "retention_reminder", None)
    if reminder is not None:
        dialog.changed.connect(reminder.update)
    dialog.open()
    return dialog
