"""A records field: a table with a small dialog to add, change and remove records."""

from PySide6.QtWidgets import QMessageBox

from app.workspace import Workspace


def test_adding_a_record_shows_up_and_is_stored(open_window, qtbot, memory_keyring):
    window, ws, ids = open_window("police")
    view = window.case_view
    view.show_section("police_record")
    incidents = view.editor("incidents")
    assert incidents.model.rowCount() == 0
    dialog = incidents.add()
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.editors["incident_date"].line, "20/01/2026")
    dialog.editors["incident_type"].setCurrentIndex(dialog.editors["incident_type"].findData("threats"))
    qtbot.keyClicks(dialog.editors["crime_reference"], "DEMO/0120")
    dialog.editors["description"].setPlainText("Threatening messages.")
    dialog.accept()
    assert not dialog.isVisible()
    assert incidents.model.rowCount() == 1
    assert [incidents.model.index(0, c).data() for c in range(4)] == [
        "20/01/2026",
        "threats",
        "DEMO/0120",
        "Threatening messages.",
    ]
    with Workspace.open(ws.folder, backend=memory_keyring) as again:
        (stored,) = again.open_case(ids[0]).get("incidents")
    assert stored["incident_type"] == "threats" and stored["crime_reference"] == "DEMO/0120"


def test_a_bad_record_keeps_the_dialog_open_with_the_reason(open_window, qtbot):
    window, ws, ids = open_window("police")
    incidents = window.case_view.editor("incidents")
    dialog = incidents.add()
    qtbot.keyClicks(dialog.editors["incident_date"].line, "30/02/2026")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "“30/02/2026” is not a date" in dialog.error.text()
    assert dialog.editors["incident_date"].text() == "30/02/2026"
    assert ws.open_case(ids[0]).get("incidents") == [] and incidents.model.rowCount() == 0
    dialog.reject()


def test_changing_and_removing_a_record(open_window, qtbot, monkeypatch):
    window, ws, ids = open_window("police")
    incidents = window.case_view.editor("incidents")
    ws.open_case(ids[0]).add_record("incidents", {"incident_type": "threats"})
    incidents.reload()
    incidents.table.selectRow(0)
    assert incidents.edit_button.isEnabled() and incidents.remove_button.isEnabled()
    dialog = incidents.open_selected()
    assert dialog.editors["incident_type"].currentData() == "threats"
    dialog.editors["incident_type"].setCurrentIndex(dialog.editors["incident_type"].findData("stalking"))
    dialog.accept()
    assert ws.open_case(ids[0]).get("incidents")[0]["incident_type"] == "stalking"
    assert incidents.model.index(0, 1).data() == "stalking"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    incidents.table.selectRow(0)
    incidents.remove_selected()
    assert ws.open_case(ids[0]).get("incidents") == [] and incidents.model.rowCount() == 0


def test_read_only_records_can_be_viewed_not_changed(open_window, qtbot):
    window, ws, ids = open_window("facilitator")
    actions = window.case_view.editor("action_items")  # the facilitator may write actions ...
    assert not actions.add_button.isHidden()
    orders = window.case_view.editor("orders")  # ... but only read the court orders
    assert orders.add_button.isHidden() and orders.remove_button.isHidden()
    assert orders.add() is None
    assert "read only for your role" in orders.table.accessibleDescription()
