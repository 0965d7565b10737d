"""Every action this device can read, as a table, and the proxy that shows the rows the tracker's
filters keep (the filtering itself is the domain's Tracker.filter, so the desktop, the CLI and
the export agree on what "open" and "overdue" mean)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from app.models.meetings.actions import ActionRow, status_text
from app.ui.common.table_model import SORT_ROLE, TextTableModel

translate = QCoreApplication.translate


def action_key(row: ActionRow) -> str:
    return f"{row.case_id}/{row.action_id}"


class TrackerModel(TextTableModel):
    # The columns of ActionRow.cells() and of the CSV export, in the same order.
    def __init__(self, parent: QObject | None = None):
        super().__init__(
            [
                (translate("TrackerModel", "Case"), translate("TrackerModel", "Case reference")),
                (translate("TrackerModel", "Action"), translate("TrackerModel", "What will be done")),
                (
                    translate("TrackerModel", "Owning agency"),
                    translate("TrackerModel", "The agency that owns the action"),
                ),
                (translate("TrackerModel", "Owner"), translate("TrackerModel", "The person who owns the action")),
                (translate("TrackerModel", "Target date"), translate("TrackerModel", "When the action should be done")),
                (translate("TrackerModel", "Status"), translate("TrackerModel", "The status last reported")),
                (
                    translate("TrackerModel", "Reported on"),
                    translate("TrackerModel", "The day the status was reported"),
                ),
                (translate("TrackerModel", "Raised on"), translate("TrackerModel", "The day the action was agreed")),
                (
                    translate("TrackerModel", "Overdue"),
                    translate("TrackerModel", "OVERDUE: still open after its target date"),
                ),
            ],
            parent,
        )
        self.actions: list[ActionRow] = []

    def set_actions(self, rows: list[ActionRow]) -> None:
        self.actions = list(rows)
        self.set_rows(
            [self._shown(r) for r in self.actions],
            [action_key(r) for r in self.actions],
            [n for n, r in enumerate(self.actions) if r.overdue],
        )

    @staticmethod
    def _shown(r: ActionRow) -> tuple[str, ...]:
        # The status and the overdue mark in the interface's language; the rest is what was typed.
        cells = list(r.cells())
        cells[5] = status_text(r.status)
        cells[8] = translate("TrackerModel", "OVERDUE") if r.overdue else ""
        return tuple(cells)

    def action(self, row: int) -> ActionRow | None:
        return self.actions[row] if 0 <= row < len(self.actions) else None


class TrackerProxy(QSortFilterProxyModel):
    """Shows the rows whose keys the filters kept (all rows until told otherwise)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._kept: frozenset[str] | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def keep(self, keys) -> None:
        keys = None if keys is None else frozenset(keys)
        if keys == self._kept:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self._kept = keys
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._kept = keys
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._kept is None:
            return True
        return self._tracker().key(source_row) in self._kept

    def _tracker(self) -> TrackerModel:
        return cast(TrackerModel, self.sourceModel())  # the tracker view gives it nothing else

    def shown(self) -> list[ActionRow]:
        """The actions shown, in the order shown."""
        source = self._tracker()
        rows = (source.action(self.mapToSource(self.index(r, 0)).row()) for r in range(self.rowCount()))
        return [row for row in rows if row is not None]  # each row shown is one of the model's actions
