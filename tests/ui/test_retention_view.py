"""Retention on the desktop: the chair sees each case's period, places and releases a legal hold,
and erases what is past its period - the open case leaving the window with it; any other role
sees the same list and cannot change it."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.models.errors import NotFound
from app.ui.cases.retention_dialog import RetentionDialog
from app.ui.main_window import MainWindow
from tests.support.sync_pairs import run_pair

CLOSED_ON = dt.date(2026, 3, 2)


@pytest.fixture
def closed(pair, on_day):
    chair, police = pair
    on_day(CLOSED_ON)
    police.new_case("CC-KEEP-1", "Person A", "Person B")
    police.new_case("CC-OPEN-1", "Person C", "Person D")
    police.process.step("CC-KEEP-1", "closed", "Referrer withdrew; nothing taken forward.")
    run_pair(police, chair)
    return chair, police


def cells(dialog) -> list[list[str]]:
    model = dialog.table.model()
    return [
        [model.index(r, c).data(Qt.ItemDataRole.ToolTipRole) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_chair_holds_releases_and_erases(closed, on_day, qtbot, monkeypatch):
    chair, police = closed
    on_day(dt.date(2027, 3, 3))  # a day past the twelve months a withdrawn case is kept
    window = MainWindow(chair)
    qtbot.addWidget(window)
    window.show()
    window.refresh_cases()
    assert window.case_list.select_case(chair.store.find_case("CC-KEEP-1").case_id)
    qtbot.waitUntil(lambda: window.case_view.session is not None)
    window.retention_action.trigger()
    dialog = window.findChild(RetentionDialog, "retention_dialog")
    assert dialog is not None and dialog.isVisible()
    rows = {r[0]: r for r in cells(dialog)}
    assert rows["CC-KEEP-1"][1:4] == ["closed before it was taken forward", "2026-03-02", "2027-03-02: PAST its period"]
    assert rows["CC-OPEN-1"][1] == "open"
    assert dialog.erase_button.isEnabled()

    dialog.table.selectRow([r[0] for r in cells(dialog)].index("CC-KEEP-1"))
    dialog.place_hold("Civil claim pending: preserve the record")
    assert {r[0]: r for r in cells(dialog)}["CC-KEEP-1"][4] == "Civil claim pending: preserve the record"
    assert not dialog.erase_button.isEnabled() and dialog.release_button.isEnabled()
    dialog.release_hold()
    assert dialog.erase_button.isEnabled()

    # The confirmation is a question box: answered as the chair would.
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    dialog.erase_due()
    assert [r[0] for r in cells(dialog)] == ["CC-OPEN-1"]
    with pytest.raises(NotFound):
        chair.store.find_case("CC-KEEP-1")
    assert window.case_view.session is None, "the erased case left the window"
    assert "was erased" in window.statusBar().currentMessage()
    window.close()


def test_another_role_sees_the_list_and_cannot_change_it(closed, on_day, qtbot):
    _chair, police = closed
    on_day(dt.date(2027, 3, 3))
    dialog = RetentionDialog(police)
    qtbot.addWidget(dialog)
    assert "CC-KEEP-1" in [r[0] for r in cells(dialog)]
    assert not dialog.erase_button.isEnabled() and not dialog.hold_button.isEnabled()
    assert dialog.findChild(type(dialog.problem), "retention_chair_only") is not None


def test_the_chairs_status_bar_says_when_cases_are_past_their_period(closed, on_day, qtbot):
    chair, police = closed
    on_day(dt.date(2027, 3, 1))  # the last day it is kept: nothing is due yet
    window = MainWindow(chair)
    qtbot.addWidget(window)
    assert window.retention_reminder.warning() == ""
    on_day(dt.date(2027, 3, 3))
    window.retention_reminder.update()
    assert window.retention_reminder.warning() == "ERASURE DUE: 1 case past its retention period"
    other = MainWindow(police)
    qtbot.addWidget(other)
    assert other.retention_reminder.warning() == ""  # only the chair erases
    window.close()
    other.close()
