"""Dates as people write them (05/12/2026), kept as ISO (2026-12-05); refused in words when they
are not dates; and records tables that show at least three rows with nothing cut short."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QTableView, QToolButton

from app.ui.cases.autosave import DEBOUNCE_MS
from app.ui.cases.field_widgets import make_editor
from app.workspace import Workspace
from tests.support.pinned_clock import pin_wall

today_is = pin_wall(dt.date(2026, 12, 20))  # the latest date of what has happened: 21/12/2026


def referral_date(window):
    view = window.case_view
    view.show_section("referral")
    editor = view.editor("referral_date")
    editor.setFocus()
    return editor


def leave(window) -> None:
    """Move the focus to the next field, as Tab would: the date is read then."""
    window.case_view.editor("referral_source").setFocus()


def type_into(qtbot, editor, text: str) -> None:
    editor.setFocus()
    editor.line.selectAll()
    qtbot.keyClicks(editor.line, text)


def visible_field_errors(window) -> list[str]:
    page = window.case_view.page("referral")
    return [e.text() for e in page.findChildren(QLabel, "fieldError") if e.isVisible()]


def test_a_date_typed_the_uk_way_is_stored_as_iso(open_window, qtbot, memory_keyring):
    window, ws, ids = open_window("police")
    editor = referral_date(window)
    assert editor.line.placeholderText() == "dd/mm/yyyy"
    type_into(qtbot, editor, "05/12/2026")
    leave(window)
    with Workspace.open(ws.folder, backend=memory_keyring) as again:
        assert again.open_case(ids[0]).get("referral_date") == "2026-12-05"
    assert editor.text() == "05/12/2026" and not editor.warning.isVisible()
    assert not visible_field_errors(window)


@pytest.mark.parametrize("typed", ["5/12/2026", "2026-12-05", "05.12.2026"])
def test_other_ways_of_writing_the_date_are_read_and_shown_as_dd_mm_yyyy(open_window, qtbot, typed):
    window, ws, ids = open_window("police")
    editor = referral_date(window)
    type_into(qtbot, editor, typed)
    leave(window)
    assert ws.open_case(ids[0]).get("referral_date") == "2026-12-05"
    assert editor.text() == "05/12/2026"


def test_a_stored_date_is_shown_dd_mm_yyyy(open_window, qtbot):
    window, ws, ids = open_window("police")
    ws.open_case(ids[0]).set("referral_date", "2026-03-07")
    window.case_list.select_case(ids[1])
    window.case_list.select_case(ids[0])
    assert window.case_view.editor("referral_date").text() == "07/03/2026"


def test_a_half_typed_date_waits_and_is_not_warned_about(open_window, qtbot):
    window, ws, ids = open_window("police")
    editor = referral_date(window)
    qtbot.keyClicks(editor.line, "05/12/202")
    qtbot.wait(DEBOUNCE_MS + 200)
    assert ws.open_case(ids[0]).get("referral_date") is None
    assert not editor.warning.isVisible()
    qtbot.keyClicks(editor.line, "6")
    qtbot.waitUntil(lambda: ws.open_case(ids[0]).get("referral_date") == "2026-12-05", timeout=2000)


@pytest.mark.parametrize(
    "typed, words",
    [
        ("0512", "Not a date: “0512”. Write it as dd/mm/yyyy, for example 20/12/2026."),
        ("31/02/2026", "Not a date: “31/02/2026” is not a day of the calendar"),
        ("yesterday", "Not a date: “yesterday”"),
    ],
)
def test_what_is_not_a_date_is_refused_in_words_and_the_old_date_kept(open_window, qtbot, typed, words):
    window, ws, ids = open_window("police")
    ws.open_case(ids[0]).set("referral_date", "2026-11-02")
    window.case_list.select_case(ids[1])
    window.case_list.select_case(ids[0])
    editor = referral_date(window)
    type_into(qtbot, editor, typed)
    leave(window)
    # Beside the field: a framed warning with its icon, in words, named for a screen reader.
    assert editor.warning.isVisible() and words in editor.warning.text.text()
    assert editor.warning.accessibleName().startswith("Warning: Not a date")
    assert not editor.warning.icon.pixmap().isNull()
    assert editor.text() == typed  # never changed into something else
    assert ws.open_case(ids[0]).get("referral_date") == "2026-11-02"  # nor saved
    # Under it, the line every refused field gets, in a few words; the status bar says the same.
    assert visible_field_errors(window) == [f"Not saved: Referral date: “{typed}” is not a date"]
    assert window.save_label.text().startswith("Not saved")
    qtbot.wait(DEBOUNCE_MS + 100)
    assert ws.open_case(ids[0]).get("referral_date") == "2026-11-02"
    # Correcting it saves and takes the warning away.
    type_into(qtbot, editor, "03/11/2026")
    leave(window)
    assert ws.open_case(ids[0]).get("referral_date") == "2026-11-03"
    assert not editor.warning.isVisible() and not visible_field_errors(window)


def test_a_future_date_of_what_has_happened_is_refused_with_the_reason(open_window, qtbot):
    window, ws, ids = open_window("police")
    editor = referral_date(window)
    type_into(qtbot, editor, "25/12/2026")
    leave(window)
    text = editor.warning.text.text()
    assert editor.warning.isVisible()
    assert "25/12/2026 is after 21/12/2026" in text and "records what has happened" in text
    assert visible_field_errors(window) == ["Not saved: Referral date: 25/12/2026 is too late"]
    assert ws.open_case(ids[0]).get("referral_date") is None
    # The limit is said before anything is typed, and the calendar offers no later day.
    assert "No later than 21/12/2026: it records what has happened" in editor.line.accessibleDescription()
    calendar = editor.open_calendar()
    assert calendar.maximumDate() == QDate(2026, 12, 21)
    qtbot.keyClick(calendar.findChild(QTableView), Qt.Key.Key_Escape)
    # The last day allowed is taken (a device a little behind another's clock is not refused).
    type_into(qtbot, editor, "21/12/2026")
    leave(window)
    assert ws.open_case(ids[0]).get("referral_date") == "2026-12-21" and not editor.warning.isVisible()


def test_the_calendar_popup_picks_a_date_and_stores_it(open_window, qtbot):
    window, ws, ids = open_window("police")
    editor = referral_date(window)
    assert editor.calendar is None
    qtbot.mouseClick(editor.calendar_button, Qt.MouseButton.LeftButton)
    calendar = editor.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate() == QDate(2026, 12, 20)  # an empty field starts at today
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    calendar.setSelectedDate(QDate(2026, 12, 3))
    qtbot.keyClick(calendar.findChild(QTableView), Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert ws.open_case(ids[0]).get("referral_date") == "2026-12-03"
    assert editor.text() == "03/12/2026"
    # From the keyboard: Alt+Down opens it again, on the date shown.
    qtbot.keyClick(editor.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert calendar.isVisible() and calendar.selectedDate() == QDate(2026, 12, 3)
    qtbot.keyClick(calendar.findChild(QTableView), Qt.Key.Key_Escape)
    assert not calendar.isVisible()
    assert ws.open_case(ids[0]).get("referral_date") == "2026-12-03"


def test_clearing_an_optional_date_stores_nothing(open_window, qtbot):
    window, ws, ids = open_window("police")
    ws.open_case(ids[0]).set("referral_date", "2026-09-14")
    window.case_list.select_case(ids[1])
    window.case_list.select_case(ids[0])
    editor = referral_date(window)
    assert editor.text() == "14/09/2026"
    clear = next(b for b in editor.line.findChildren(QToolButton) if b.isVisible())  # the line's clear button
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert editor.text() == ""
    leave(window)
    assert ws.open_case(ids[0]).get("referral_date") is None
    assert not editor.warning.isVisible()


def test_a_read_only_date_is_shown_the_uk_way_without_a_calendar(qtbot, make_workspace):
    ws = make_workspace("police")
    editor = make_editor(ws.schema.fields["referral_date"], False)
    qtbot.addWidget(editor)
    editor.set_value("2026-09-14")
    editor.show()
    assert editor.text() == "14/09/2026" and editor.isReadOnly()
    assert editor.calendar_button.isHidden() and editor.open_calendar() is None
    assert "read only" in editor.line.accessibleDescription()
    assert editor.line.accessibleName() == "Referral date"


def test_record_dialog_dates(open_window, qtbot):
    window, ws, ids = open_window("police")
    view = window.case_view
    view.show_section("legal_record")
    orders = view.editor("orders")
    dialog = orders.add()
    made_on, expires_on = dialog.editors["made_on"], dialog.editors["expires_on"]
    assert made_on.maximum() == dt.date(2026, 12, 21)  # made on: a date of what has happened
    assert expires_on.maximum() is None  # an order may run on for years
    qtbot.keyClicks(made_on.line, "0512")
    qtbot.keyClicks(expires_on.line, "1/6/2027")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "Not a date" in made_on.warning.text.text()
    assert "Not saved: Made on: “0512” is not a date" in dialog.error.text()
    assert ws.open_case(ids[0]).get("orders") == []
    made_on.line.selectAll()
    qtbot.keyClicks(made_on.line, "02/11/2026")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    (stored,) = ws.open_case(ids[0]).get("orders")
    assert (stored["made_on"], stored["expires_on"]) == ("2026-11-02", "2027-06-01")
    columns = [orders.model.headerData(c, Qt.Orientation.Horizontal) for c in range(orders.model.columnCount())]
    row = {name: orders.model.index(0, c).data() for c, name in enumerate(columns)}
    assert (row["Made on"], row["Expires on"]) == ("02/11/2026", "01/06/2027")  # the table shows them as typed
    orders.table.selectRow(0)
    reopened = orders.open_selected()
    assert reopened.editors["made_on"].text() == "02/11/2026"
    reopened.reject()


def risk_dialog(window, qtbot):
    window.case_view.show_section("risk")
    dialog = window.case_view.risk_panel.record()
    qtbot.waitExposed(dialog)
    for q in dialog.instrument.questions:
        dialog.set_answer(q.id, "no")
    return dialog


def save(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_the_risk_checklist_takes_its_date_the_uk_way(open_window, qtbot):
    window, ws, ids = open_window("police")
    dialog = risk_dialog(window, qtbot)
    assert dialog.date.text() == "20/12/2026"  # today, as people write it
    for typed, summary, reason in (
        ("0512", "“0512” is not a date", "Write it as dd/mm/yyyy"),
        ("21/12/2026", "21/12/2026 is too late", "after 20/12/2026, the latest date this takes. An assessment cannot"),
        ("", "a date is needed", "A date is needed here"),
    ):
        dialog.date.line.selectAll()
        if typed:
            qtbot.keyClicks(dialog.date.line, typed)
        else:
            dialog.date.line.clear()
        save(dialog)
        assert dialog.isVisible() and dialog.problem.text() == f"Date of the assessment: {summary}"
        assert dialog.date.warning.isVisible() and reason in dialog.date.warning.text.text()
        assert ws.risk.view(ids[0]).picture.history == []
    dialog.date.line.selectAll()
    qtbot.keyClicks(dialog.date.line, "18/12/2026")
    save(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ws.risk.view(ids[0]).picture.current.assessment.assessed_on == dt.date(2026, 12, 18)


# ----- records tables ------------------------------------------------------------------------------
NAME = "PC Jones (Police)"


def _sample(sub, n: int):
    """A value as wide as a sub-field will commonly hold: the longest choice, a name, long words."""
    if sub.type == "date":
        return f"2026-11-{10 + n:02d}"
    if sub.type == "choice":
        return max(sub.options, key=len)
    if sub.type == "flag":
        return True
    if sub.type == "number":
        return 3
    if sub.type == "short_text":
        return NAME
    return "A record of what was said and agreed at the meeting, in some detail, over several lines. " * 2


def test_each_records_table_shows_three_rows_and_cuts_no_key_column_short(open_window, qtbot):
    window, ws, ids = open_window("police")
    case = ws.open_case(ids[0])
    for section in case.sections():
        for f in section.fields:
            if f.type == "records" and not f.managed and ws.schema.can_write("police", f.id):
                for n in range(2):
                    case.add_record(f.id, {sub.id: _sample(sub, n) for sub in f.subfields})
    window.case_list.select_case(ids[1])
    window.case_list.select_case(ids[0])
    view = window.case_view
    seen = []
    for page in view.pages:
        if not page.records:
            continue
        view.show_section(page.section.id)
        for field_id, records in page.records.items():
            qtbot.waitUntil(lambda t=records.table: t.isVisible())
            table = records.table
            rows = table.verticalHeader().defaultSectionSize()
            assert table.viewport().height() >= 3 * rows, field_id
            metrics = table.fontMetrics()
            for column, sub in enumerate(records.field.subfields):
                if sub.type == "long_text":
                    continue
                width = table.columnWidth(column)
                for row in range(records.model.rowCount()):
                    text = records.model.index(row, column).data()
                    assert metrics.horizontalAdvance(text) < width, (field_id, sub.id, text, width)
            seen.append(field_id)
    assert set(seen) >= {
        "orders",
        "proceedings",
        "incidents",
        "checkins",
        "action_items",
        "action_reviews",
        "discussions",
    }
    actions = window.case_view.editor("action_items").model
    first = [actions.index(0, c).data() for c in range(actions.columnCount())]
    assert NAME in first and "10/11/2026" in first  # the widest values were there to be measured
