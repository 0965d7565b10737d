"""The window as a keyboard and screen-reader user meets it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit

from app.ui.cases.records_widget import RecordsWidget


def test_identity_badge_shows_person_role_and_fingerprint(open_window):
    window, ws, _ = open_window("police")
    badge = window.badge
    assert badge.who.text() == "Pat Police · Police lead"
    assert badge.where.text() == "Police"
    assert ws.profile.fingerprint in badge.device.text()
    assert ws.profile.fingerprint in badge.accessibleDescription()


def test_shortcuts(open_window, qtbot):
    window, _, _ = open_window("police")
    assert window.new_case_action.shortcut().toString() == "Ctrl+N"
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.case_list.search.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.new_case_dialog.isVisible()
    window.new_case_dialog.reject()


def test_tab_reaches_the_case_fields_from_the_search_box(open_window, qtbot):
    window, _, _ = open_window("police")
    window.case_list.search.setFocus()
    chain = []
    for _ in range(6):
        chain.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert chain[:4] == [
        window.case_list.search,
        window.case_list.table,
        window.case_list.new_button,
        window.case_view.sections.list,
    ]
    assert chain[4] is window.case_view.editor("reference")
    assert chain[5] is window.case_view.editor("party_harmed_label")


def test_every_field_widget_has_its_label_as_accessible_name(open_window):
    window, ws, _ = open_window("advocate")
    view = window.case_view
    checked = 0
    for section in view.session.sections():
        for f in section.fields:
            if f.managed:  # shown by its own panel (the risk picture), with named parts
                assert view.risk_panel is not None and view.risk_panel.table.accessibleName() == "Risk history"
                checked += 1
                continue
            widget = view.editor(f.id)
            assert widget is not None, f.id
            assert widget.accessibleName() == f.label
            if isinstance(widget, RecordsWidget):
                assert widget.table.accessibleName() == f.label
            checked += 1
    readable = [
        fid for fid in ws.schema.fields if ws.schema.kind_of(fid) == "case" and ws.schema.can_read("advocate", fid)
    ]
    assert checked == len(readable) > 30
    inputs = view.findChildren(QLineEdit) + view.findChildren(QPlainTextEdit) + view.findChildren(QComboBox)
    assert inputs and all(w.accessibleName() for w in inputs if w.objectName().startswith("field:"))


def test_section_help_is_shown_at_the_top(open_window):
    window, ws, _ = open_window("advocate")
    page = window.case_view.show_section("safe_contact")
    help_label = page.widget().findChild(type(window.badge.who), "sectionHelp")
    assert help_label is not None and help_label.text() == ws.schema.section("safe_contact").help
