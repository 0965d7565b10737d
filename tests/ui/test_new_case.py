"""Opening a new case from the window."""

from PySide6.QtWidgets import QDialogButtonBox

from app.ui.cases.new_case_dialog import NewCaseDialog


def test_new_case_dialog_creates_a_case_that_appears_in_the_list(open_window, qtbot):
    window, ws, _ = open_window("police")
    assert window.new_case_action.isEnabled()
    window.new_case_action.trigger()  # Ctrl+N
    dialog = window.new_case_dialog
    assert dialog.isVisible()
    assert dialog.reference.placeholderText() == ws.next_reference()
    qtbot.keyClicks(dialog.reference, "NEW-77")
    qtbot.keyClicks(dialog.harmed, "Person X")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    refs = [c.reference for c in window.case_list.model.cases]
    assert "NEW-77" in refs
    # ... selected and open, with the labels given (and the default for the one left empty).
    assert window.case_view.session.reference == "NEW-77"
    assert window.case_view.editor("party_harmed_label").text() == "Person X"
    assert window.case_view.editor("party_harmer_label").text() == "Person B"


def test_new_case_dialog_shows_core_errors_and_stays_open(open_window, qtbot):
    window, ws, _ = open_window("police")
    dialog = window.new_case()
    qtbot.keyClicks(dialog.reference, "CC-2026-0001")  # already taken
    dialog.ok.click()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "already exists" in dialog.error.text()
    assert len(ws.list_cases()) == 3
    dialog.reference.setText("Bad reference with spaces")
    dialog.ok.click()
    assert "pseudonymous reference" in dialog.error.text() and len(ws.list_cases()) == 3
    dialog.reject()


def test_a_role_that_may_not_open_cases_cannot(open_window):
    window, ws, _ = open_window("clinician")
    assert not window.new_case_action.isEnabled()
    assert not window.case_list.new_button.isEnabled()
    assert window.new_case() is None
    dialog = NewCaseDialog(ws, window)
    assert not dialog.ok.isEnabled() and not dialog.reference.isEnabled()
    dialog.accept()
    assert len(ws.list_cases()) == 3
    dialog.deleteLater()
