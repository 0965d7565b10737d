"""The case view is generated from the schema and shows only what the role may read."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.cases.autosave import DEBOUNCE_MS
from app.ui.cases.field_widgets import ChoiceEditor
from app.workspace import Workspace


def _all_text(window) -> str:
    texts = [label.text() for label in window.findChildren(QLabel)]
    texts += [window.case_view.sections.tabText(i) for i in range(window.case_view.sections.count())]
    return "\n".join(texts)


def test_clinician_does_not_see_police_information(open_window):
    window, ws, _ = open_window("clinician")
    view = window.case_view
    # No widget for police-only fields, anywhere in the window.
    for field_id in ("intelligence", "incidents", "safe_address", "wishes", "privileged_advice"):
        assert view.editor(field_id) is None
        assert window.findChild(QWidget, f"field:{field_id}") is None
    text = _all_text(window)
    for label in ("Intelligence", "Incidents", "Safe contact details", "Survivor's voice", "Privileged legal advice"):
        assert label not in text
    # No police section at all: the police summary reaches the clinician in the panel summaries.
    assert view.page("police_record") is None and "Police" not in view.section_labels()
    summaries = view.page("panel_summaries")
    assert summaries is not None and "police_summary" in summaries.editors
    assert summaries.editors["police_summary"].isReadOnly()
    assert set(view.section_labels()) == {s.label for s in ws.open_case(view.session.case_id).sections()}


def test_police_sees_police_section(open_window):
    window, _, _ = open_window("police")
    view = window.case_view
    assert "Police" in view.section_labels()
    assert view.editor("intelligence") is not None and not view.editor("intelligence").isReadOnly()
    incidents = view.editor("incidents")
    assert incidents is not None and not incidents.add_button.isHidden()  # police may add incidents
    assert "Safe contact details" not in view.section_labels()
    assert view.editor("safe_address") is None


def test_read_only_field_cannot_be_edited(open_window, qtbot):
    window, ws, ids = open_window("police")
    view = window.case_view
    view.show_section("panel_summaries")
    editor = view.editor("advocate_summary")
    assert editor.isReadOnly()
    assert "read only for your role" in editor.accessibleDescription()
    assert "advocate_summary" not in view.page("panel_summaries").savers
    editor.setFocus()
    qtbot.keyClicks(editor, "police wrote this")
    assert editor.toPlainText() == ""
    qtbot.wait(DEBOUNCE_MS + 100)
    assert ws.open_case(ids[0]).get("advocate_summary") == ""
    # A read-only choice is shown as read-only text (not a greyed-out combo box) and says why.
    risk = view.editor("clinical_risk")
    assert not isinstance(risk, ChoiceEditor) and risk.isReadOnly() and risk.isEnabled()
    assert "read only" in risk.accessibleDescription()


def test_typing_is_saved_after_the_debounce(open_window, qtbot, memory_keyring):
    window, ws, ids = open_window("police")
    view = window.case_view
    view.show_section("panel_summaries")
    editor = view.editor("police_summary")
    editor.setFocus()
    qtbot.keyClicks(editor, "Two incidents")
    saver = view.page("panel_summaries").savers["police_summary"]
    assert saver.timer.isActive()  # waiting for the typing to stop
    assert window.save_label.text() == "Saving…"
    qtbot.waitUntil(lambda: window.save_label.text() == "Saved", timeout=3000)
    # Read back through a fresh workspace on the same folder: the value reached the store.
    with Workspace.open(ws.folder, backend=memory_keyring) as again:
        assert again.open_case(ids[0]).get("police_summary") == "Two incidents"


def test_short_text_saves_on_focus_out_and_updates_the_list(open_window, qtbot, memory_keyring):
    window, ws, ids = open_window("police")
    view = window.case_view
    view.show_section("case_core")
    editor = view.editor("party_harmed_label")
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Person Q")
    view.editor("party_harmer_label").setFocus()  # focus-out saves at once, before the debounce
    assert ws.open_case(ids[0]).get("party_harmed_label") == "Person Q"
    row = window.case_list.model.row_of(ids[0])
    qtbot.waitUntil(lambda: window.case_list.model.cases[row].harmed_label == "Person Q", timeout=1000)
    # Editing did not rebuild the case view or lose the selection.
    assert window.case_list.selected_case() == ids[0]
    assert view.editor("party_harmed_label") is editor


def test_invalid_date_is_kept_and_explained(open_window, qtbot):
    window, ws, ids = open_window("police")
    view = window.case_view
    view.show_section("referral")
    editor = view.editor("referral_date")
    editor.setFocus()
    qtbot.keyClicks(editor.line, "31/13/2026")
    view.editor("referral_source").setFocus()
    page = view.page("referral")
    errors = [e for e in page.findChildren(QLabel, "fieldError") if e.isVisible()]
    assert len(errors) == 1 and "is not a date" in errors[0].text() and errors[0].text().startswith("Not saved")
    assert editor.text() == "31/13/2026"  # the person's text stays
    assert window.save_label.text().startswith("Not saved")
    assert ws.open_case(ids[0]).get("referral_date") is None
    # Correcting it saves and clears the message.
    editor.setFocus()
    editor.line.selectAll()
    qtbot.keyClicks(editor.line, "02/10/2026")
    view.editor("referral_source").setFocus()
    qtbot.waitUntil(lambda: ws.open_case(ids[0]).get("referral_date") == "2026-10-02", timeout=1000)
    assert not any(e.isVisible() for e in page.findChildren(QLabel, "fieldError"))


def test_choice_and_flag_save_when_picked(open_window, qtbot):
    window, ws, ids = open_window("police")
    view = window.case_view
    children = view.editor("children_involved")
    children.setFocus()
    qtbot.keyClick(children, Qt.Key.Key_Down)  # (not set) -> Yes
    qtbot.waitUntil(lambda: ws.open_case(ids[0]).get("children_involved") is True, timeout=2000)
    number = view.editor("number_of_children")
    number.setFocus()
    qtbot.keyClicks(number, "2")
    qtbot.waitUntil(lambda: ws.open_case(ids[0]).get("number_of_children") == 2, timeout=2000)


def test_opening_sections_is_audited(open_window, qtbot):
    window, ws, _ = open_window("police")
    reads = lambda: [e.target for e in ws.audit_entries() if e.action == "section_read"]  # noqa: E731
    assert reads() == ["case_core"]
    window.case_view.show_section("police_record")
    assert reads() == ["case_core", "police_record"]


def test_no_case_data_in_the_window_title(open_window):
    window, ws, ids = open_window("police")
    case = ws.open_case(ids[0])
    title = window.windowTitle()
    assert title == "Police lead"  # the application adds its own name
    for secret in (case.reference, case.get("party_harmed_label"), case.get("party_harmer_label")):
        assert secret not in title


def test_a_date_can_be_cleared(open_window, qtbot):
    window, ws, ids = open_window("police")
    ws.open_case(ids[0]).set("referral_date", "2026-09-14")
    window.case_list.select_case(ids[1])
    window.case_list.select_case(ids[0])  # reopen to show the stored date
    editor = window.case_view.editor("referral_date")
    assert editor.text() == "14/09/2026" and editor.line.isClearButtonEnabled()
    editor.line.clear()  # what the clear button does
    qtbot.waitUntil(lambda: ws.open_case(ids[0]).get("referral_date") is None, timeout=2000)


def test_closing_the_window_saves_what_is_waiting(open_window, qtbot):
    window, ws, ids = open_window("police")
    view = window.case_view
    view.show_section("police_record")
    editor = view.editor("intelligence")
    editor.setFocus()
    qtbot.keyClicks(editor, "typed just before closing")
    assert ws.open_case(ids[0]).get("intelligence") == ""  # still within the debounce
    window.close()
    assert ws.open_case(ids[0]).get("intelligence") == "typed just before closing"


def test_read_only_values_are_shown_as_text(open_window):
    window, ws, ids = open_window("clinician")
    police = make_police_writer(ws, ids[0])
    police("children_involved", True)
    window.case_list.select_case(ids[1])
    window.case_list.select_case(ids[0])
    shown = window.case_view.editor("children_involved")
    assert shown.isReadOnly() and shown.text() == "Yes"
    assert window.case_view.editor("relationship").text() == ""
    assert window.case_view.editor("relationship").placeholderText() == "Not recorded"


def make_police_writer(ws, case_id):
    """Put a core value on a clinician's device as a sync would (the clinician may not write it)."""

    def write(field_id, value):
        repo = ws.cases
        comp = repo.compartments.for_field(field_id)
        writer = next(iter(sorted(comp.write)))
        repo.write(
            case_id,
            comp,
            writer,
            lambda doc: (True, doc.set(field_id, value)),
            (ws.actor, "field_changed", "", field_id),
        )

    return write


def test_the_empty_view_offers_new_case_only_to_roles_that_may_open_one(make_workspace, qtbot):
    from app.ui.main_window import MainWindow

    for role, offered in (("police", True), ("clinician", False)):
        window = MainWindow(make_workspace(role))
        qtbot.addWidget(window)
        assert ("New case" in window.case_view.placeholder.text()) is offered


def test_typing_while_another_device_adds_to_the_same_text_keeps_both(open_window, qtbot, memory_keyring):
    window, ws, ids = open_window("police")
    view = window.case_view
    view.show_section("panel_summaries")
    editor = view.editor("police_summary")
    editor.setFocus()
    qtbot.keyClicks(editor, "Two incidents.")
    qtbot.waitUntil(lambda: window.save_label.text() == "Saved", timeout=3000)
    # Another opening of this store (a sync landing) adds a sentence while the person types on.
    with Workspace.open(ws.folder, backend=memory_keyring) as sync_side:
        sync_side.open_case(ids[0]).set("police_summary", "Two incidents. Bail conditions set.")
    editor.moveCursor(editor.textCursor().MoveOperation.Start)
    qtbot.keyClicks(editor, "Update: ")
    qtbot.waitUntil(lambda: window.save_label.text() == "Saved", timeout=3000)
    with Workspace.open(ws.folder, backend=memory_keyring) as again:
        assert again.open_case(ids[0]).get("police_summary") == "Update: Two incidents. Bail conditions set."
    assert editor.toPlainText() == "Update: Two incidents. Bail conditions set."  # shown as merged


def test_a_reference_typed_in_the_wrong_form_is_explained_and_a_good_one_renames_the_case_in_the_list(
    open_window, qtbot
):
    window, ws, ids = open_window("police")
    view = window.case_view
    view.show_section("case_core")
    editor = view.editor("reference")
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Jane Smith")
    view.editor("party_harmed_label").setFocus()
    page = view.page("case_core")
    errors = [e for e in page.findChildren(QLabel, "fieldError") if e.isVisible()]
    assert len(errors) == 1 and "pseudonymous reference" in errors[0].text()
    assert ws.store.find_case(ids[0]).reference == "CC-2026-0001"
    assert ws.open_case(ids[0]).get("reference") == "CC-2026-0001"
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "CC-2026-0099")
    view.editor("party_harmed_label").setFocus()
    qtbot.waitUntil(lambda: ws.store.find_case(ids[0]).reference == "CC-2026-0099", timeout=2000)
    table = window.case_list.table
    qtbot.waitUntil(
        lambda: "CC-2026-0099" in [table.model().index(r, 0).data() for r in range(table.model().rowCount())],
        timeout=2000,
    )
    assert "CC-2026-0001" not in [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    assert view.heading.text() == "Case CC-2026-0099"
