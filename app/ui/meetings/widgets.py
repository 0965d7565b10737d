"""Small pieces the meeting views share: row tables and the key of the row chosen in one."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from app.ui.common.tables import set_up_row_list


def row_table(parent: QWidget, model, name: str, stretch, rows_shown: int = 4, wrap: bool = False) -> QTableView:
    """A list table over the model; the stretch column(s) share the spare width, the others fit.
    With wrap, long cells show in full over several lines (rows grow as the model changes)."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    set_up_row_list(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in (stretch,) if isinstance(stretch, int) else stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    if wrap:
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    line = table.fontMetrics().lineSpacing()
    table.setMinimumHeight(header.sizeHint().height() + line * (rows_shown + 1) + 8)
    return table


def selected_key(table: QTableView, key_role) -> str:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    return (rows[0].data(key_role) or "") if rows else ""
