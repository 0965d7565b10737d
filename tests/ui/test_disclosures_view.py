"""The open case's disclosure log on the desktop: what went to whom, by field label and never a
value, each decision not to share with its reason, a filter between them, the chain's state, and
the same in Welsh."""

import pytest
from PySide6.QtCore import Qt

from app.models import language
from app.models.errors import PermissionDenied
from app.models.storage import tables as t
from app.ui.cases.disclosures_dialog import DisclosuresDialog, show_disclosures
from app.ui.common import language as ui_language
from tests.support.sync_pairs import run_pair

SUMMARY = "MK-UI-DISCLOSE-3e91"


def cells(dialog) -> list[list[str]]:
    model = dialog.table.model()
    return [
        [model.index(r, c).data(Qt.ItemDataRole.ToolTipRole) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def logged_case(police_window, tmp_path):
    """A case the police lead shared with the chair by sync, and of which an export of a
    compartment the police may not read was refused; the case is open in the window."""
    window, chair, police = police_window
    case = police.new_case("CC-UI-LOG", "Person A", "Person B")
    case.set("police_summary", SUMMARY)
    run_pair(police, chair)
    privileged = police.cases.compartments.for_field("privileged_advice")
    with pytest.raises(PermissionDenied):
        police.export_compartment("CC-UI-LOG", privileged.id, tmp_path / "refused.automerge")
    window.refresh_cases()
    assert window.case_list.select_case(case.case_id)
    return window, chair, police


def test_the_dialog_lists_what_went_and_what_was_kept_back(police_window, qtbot, tmp_path):
    window, chair, police = logged_case(police_window, tmp_path)
    qtbot.waitUntil(lambda: window.case_view.session is not None)
    window.disclosures_action.trigger()
    dialog = window.findChild(DisclosuresDialog, "disclosures_dialog")
    assert dialog is not None and dialog.isVisible()
    rows = cells(dialog)
    went = [r for r in rows if r[1] == "shared"]
    kept = [r for r in rows if r[1] == "NOT SHARED"]
    assert went and went[0][2] == "sync" and chair.profile.name in went[0][3] and "Panel chair" in went[0][3]
    assert "Police summary" in went[0][4]  # the label, not the field id
    assert kept and kept[0][2] == "export" and kept[0][3] == "a file on this device"
    assert kept[0][7] == "this device's role may not read it"
    assert dialog.chain_label.text().startswith("Sealed by an intact audit chain")
    assert not [c for r in rows for c in r if SUMMARY in c]
    dialog.filter.setCurrentIndex(dialog.filter.findData("not"))
    assert [r[1] for r in cells(dialog)] == ["NOT SHARED"] * len(kept)
    dialog.filter.setCurrentIndex(dialog.filter.findData("shared"))
    assert {r[1] for r in cells(dialog)} == {"shared"}


def test_a_changed_row_shows_the_chain_broken(police_window, qtbot, tmp_path):
    window, _chair, police = logged_case(police_window, tmp_path)
    qtbot.waitUntil(lambda: window.case_view.session is not None)
    with police.store.engine.begin() as conn:
        conn.execute(t.disclosures.update().values(to_agency="Somewhere else"))
    dialog = show_disclosures(window)
    assert dialog.chain_label.isHidden() and not dialog.chain_banner.isHidden()
    assert dialog.chain_banner.warnings()[0].startswith("BROKEN: the audit chain fails at entry")


def test_the_log_speaks_welsh_where_the_screen_does(police_window, qtbot, tmp_path):
    window, chair, _police = logged_case(police_window, tmp_path)
    qtbot.waitUntil(lambda: window.case_view.session is not None)
    ui_language.install(language.WELSH)  # undone after the test by the desktop tests' English start
    dialog = show_disclosures(window)
    rows = cells(dialog)
    went = [r for r in rows if r[1] == "rhannwyd"]
    kept = [r for r in rows if r[1] == "HEB EI RANNU"]
    assert went and went[0][2] == "cysoni" and "Cadeirydd y panel" in went[0][3] and "dyfais" in went[0][3]
    assert "Crynodeb yr heddlu" in went[0][4]
    assert went[0][6].startswith("GDPR y DU")
    assert kept and kept[0][2] == "allforio" and kept[0][7] == "ni chaiff rôl y ddyfais hon ei ddarllen"
    assert dialog.windowTitle() == "Datgeliadau achos CC-UI-LOG"


def test_with_no_case_open_the_action_is_off(police_window, qtbot):
    window, _chair, _police = police_window
    window.case_view.close_case()
    case_menu = next(a.menu() for a in window.menuBar().actions() if window.disclosures_action in a.menu().actions())
    case_menu.aboutToShow.emit()
    assert not window.disclosures_action.isEnabled()
    assert show_disclosures(window) is None
