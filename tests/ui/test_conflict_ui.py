"""A field set differently on two devices at once shows both values until someone keeps one."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.workspace import Workspace


def sync(src, dst, case_id, field_id):
    comp = src.cases.compartments.for_field(field_id)
    _, waiting = dst.cases.apply_remote(case_id, comp, src.store.change_rows(case_id, comp.id))
    assert waiting == []


def joined(make_workspace, role, source, case_id, field_id):
    """A second device holding the same case, in step with source."""
    other = make_workspace(role)
    other.cases.register_case(case_id, source.store.find_case(case_id).reference, other.actor)
    sync(source, other, case_id, field_id)
    return other


def strip_texts(strip):
    return [label.text() for label in strip.findChildren(QLabel) if label.objectName().startswith("conflictValue:")]


def test_strip_lists_both_values_and_keep_resolves_and_persists(open_window, make_workspace, qtbot, memory_keyring):
    window, police, ids = open_window("police")
    case_id = ids[0]
    advocate = joined(make_workspace, "advocate", police, case_id, "relationship")
    police.open_case(case_id).set("relationship", "current partner")
    advocate.open_case(case_id).set("relationship", "former partner")
    sync(advocate, police, case_id, "relationship")

    view = window.case_view
    page = view.show_section("case_core")
    assert "relationship" not in page.conflict_strips or page.conflict_strips["relationship"].isHidden()
    page.reload()  # what the window does when changes arrive from other devices
    strip = page.conflict_strips["relationship"]
    assert strip.isVisible()
    assert set(strip.values_shown()) == {"current partner", "former partner"}
    texts = strip_texts(strip)
    assert any("“current partner”" in t and "this device" in t for t in texts)
    assert any("“former partner”" in t and "another device" in t for t in texts)
    assert "changed on different devices" in view.editor("relationship").accessibleDescription()
    names = [b.accessibleName() for b in strip.buttons]
    assert names == [f"Keep “{v}” for Relationship" for v in strip.values_shown()]

    # From the field, Tab reaches the choices before the next field.
    view.editor("relationship").setFocus()
    qtbot.keyClick(view.editor("relationship"), Qt.Key.Key_Tab)
    assert strip.buttons[0].hasFocus()
    qtbot.keyClick(strip.buttons[0], Qt.Key.Key_Tab)
    assert strip.buttons[1].hasFocus()
    qtbot.keyClick(strip.buttons[1], Qt.Key.Key_Tab)
    assert view.editor("children_involved").hasFocus()

    other = next(i for i, v in enumerate(strip.values_shown()) if v != view.editor("relationship").value())
    kept = strip.values_shown()[other]
    qtbot.mouseClick(strip.buttons[other], Qt.MouseButton.LeftButton)
    assert strip.isHidden()
    assert view.editor("relationship").currentData() == kept
    assert "changed on different devices" not in view.editor("relationship").accessibleDescription()
    assert view.tracker.last == "Saved"
    with Workspace.open(police.folder, backend=memory_keyring) as again:
        case = again.open_case(case_id)
        assert case.get("relationship") == kept and case.conflicts() == {}
    sync(police, advocate, case_id, "relationship")
    assert advocate.open_case(case_id).conflicts() == {}
    assert advocate.open_case(case_id).get("relationship") == kept


def test_a_case_opened_with_a_conflict_shows_it_at_once(open_window, make_workspace, qtbot):
    window, police, ids = open_window("police")
    case_id = ids[0]
    advocate = joined(make_workspace, "advocate", police, case_id, "number_of_children")
    police.open_case(case_id).set("number_of_children", 1)
    advocate.open_case(case_id).set("number_of_children", 2)
    sync(advocate, police, case_id, "number_of_children")
    window.case_view.open_case(police.open_case(case_id))
    strip = window.case_view.page("case_core").conflict_strips["number_of_children"]
    assert not strip.isHidden() and sorted(strip.values_shown()) == [1, 2]
    # Typing a new value in the field is a choice too: once saved, the strip goes.
    editor = window.case_view.editor("number_of_children")
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "3")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert strip.isHidden()
    assert police.open_case(case_id).get("number_of_children") == 3


def test_a_read_only_role_sees_the_conflict_but_cannot_choose(open_window, make_workspace):
    window, inspector, ids = open_window("chief_inspector")
    case_id = ids[0]
    reference = inspector.store.find_case(case_id).reference
    police = make_workspace("police")
    advocate = make_workspace("advocate")
    for ws, value in ((police, True), (advocate, False)):
        ws.cases.register_case(case_id, reference, ws.actor)
        ws.open_case(case_id).set("children_involved", value)
        sync(ws, inspector, case_id, "children_involved")
    window.case_view.open_case(inspector.open_case(case_id))
    page = window.case_view.page("case_core")
    strip = page.conflict_strips["children_involved"]
    assert not strip.isHidden()
    assert sorted(strip.values_shown()) == [False, True]
    texts = strip_texts(strip)
    assert any("“Yes”" in t for t in texts) and any("“No”" in t for t in texts)
    assert all("this device" not in t for t in texts)
    assert strip.buttons == [] and "needs to choose" in strip.heading.text()
    assert page.keep("children_involved", True, inspector.open_case(case_id).conflicts()["children_involved"]) is False
    assert "Not resolved" in strip.problem.text()
    assert len(inspector.open_case(case_id).conflicts()["children_involved"]) == 2


def test_record_sub_field_conflict_is_shown_under_the_records(open_window, make_workspace, qtbot):
    window, police, ids = open_window("police")
    case_id = ids[0]
    rid = police.open_case(case_id).add_record("action_items", {"action": "Call", "action_status": "open"})
    advocate = joined(make_workspace, "advocate", police, case_id, "action_items")
    police.open_case(case_id).update_record("action_items", rid, {"action_status": "done"})
    advocate.open_case(case_id).update_record("action_items", rid, {"action_status": "not done"})
    sync(advocate, police, case_id, "action_items")
    page = window.case_view.show_section("actions")
    page.reload()
    strip = page.record_conflict_strips["action_items"][(rid, "action_status")]
    assert not strip.isHidden() and set(strip.values_shown()) == {"done", "not done"}
    assert strip.label == "Actions, record 1: Status"
    keep = strip.values_shown().index("not done")
    qtbot.mouseClick(strip.buttons[keep], Qt.MouseButton.LeftButton)
    assert page.record_conflict_strips["action_items"] == {}
    assert police.open_case(case_id).get("action_items")[0]["action_status"] == "not done"
    assert page.records["action_items"].model.index(0, 4).data() == "not done"
