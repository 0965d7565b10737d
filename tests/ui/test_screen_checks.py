"""The laptop-screen checks themselves catch what they look for (tests/ui/screens_1366.py)."""

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from tests.ui.screens_1366 import check_table, check_window


def _table(qtbot, text: str, height: int, width: int = 120) -> QTableView:
    model = QStandardItemModel(4, 2)
    for row in range(4):
        model.setItem(row, 0, QStandardItem(text))
        model.setItem(row, 1, QStandardItem("x"))
    table = QTableView()
    table.setModel(model)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setColumnWidth(0, width)
    table.resize(300, height)
    qtbot.addWidget(table)
    table.show()
    qtbot.waitExposed(table)
    return table


def test_a_column_too_narrow_for_its_text_is_found(qtbot):
    table = _table(qtbot, "PC Jordan Ellis (South Wales Police)", 300, width=60)
    kinds = [p["kind"] for p in check_table(table, "t")]
    assert kinds == ["text elided in a column"]


def test_a_table_showing_under_three_rows_is_found(qtbot):
    table = _table(qtbot, "ok", 60, width=200)
    kinds = [p["kind"] for p in check_table(table, "t")]
    assert "table shows fewer than three rows" in kinds


def test_a_window_reaching_past_the_screen_is_found(qtbot):
    window = QWidget()
    QVBoxLayout(window)
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    window.setGeometry(room.x() + 10, room.y() + 10, room.width(), room.height())
    window.show()
    qtbot.waitExposed(window)
    assert "window past the screen" in [p["kind"] for p in check_window(window, "w")]
    window.setGeometry(room.x() + 10, room.y() + 10, room.width() // 2, room.height() // 2)
    assert check_window(window, "w") == []
