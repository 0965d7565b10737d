"""The information governance officer's desktop: the panel audit dialog answers who read a part
of a case and what a device read in a month, and says when a device's chain has a gap; no other
role has it."""

import pytest
from PySide6.QtCore import Qt

from app.models.storage import tables as t
from app.ui.governance.panel_audit_dialog import PanelAuditDialog
from app.ui.main_window import MainWindow
from tests.support.sync_pairs import run_pair
from tests.support.sync_stores import chair_admits

REF = "CC-UI-AUDIT"
SUMMARY = "MK-UI-PANEL-AUDIT-41c0"


def cells(model) -> list[list[str]]:
    return [
        [model.index(r, c).data(Qt.ItemDataRole.ToolTipRole) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


@pytest.fixture
def audited(make_workspace):
    devices = chair_admits(make_workspace, ("police", "clinician", "ig_officer"))
    police, clinician, officer = devices["police"], devices["clinician"], devices["ig_officer"]
    police.new_case(reference=REF).set("police_summary", SUMMARY)
    run_pair(police, clinician)
    clinician.open_case(REF).get("police_summary")
    for ws in (police, clinician, devices["chair"]):
        run_pair(ws, officer)
    return devices


def test_the_officer_sees_who_read_and_what_a_device_read(audited, qtbot):
    officer, clinician = audited["ig_officer"], audited["clinician"]
    window = MainWindow(officer)
    qtbot.addWidget(window)
    window.show()
    assert window.panel_audit_action is not None
    window.panel_audit_action.trigger()
    dialog = window.findChild(PanelAuditDialog, "panel_audit_dialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.whole.text().startswith("Every device's audit has arrived whole")
    dialog.case_choice.setCurrentIndex(dialog.case_choice.findData(REF))
    assert dialog.case_choice.currentData() == REF
    dialog.section_choice.setCurrentIndex(dialog.section_choice.findData("panel_summaries"))
    rows = cells(dialog.case_model)
    assert any(clinician.profile.name in r[1] and r[2] == "opened" for r in rows)
    assert any("Pat Police" in r[1] and r[2] == "changed" and r[4] == "Police summary" for r in rows)
    dialog.device_choice.setCurrentIndex(dialog.device_choice.findData(clinician.profile.device_id))
    assert [r for r in cells(dialog.device_model) if r[3] == REF]
    dialog.month.setText("1999-01")
    assert cells(dialog.device_model) == []
    assert not [c for r in cells(dialog.case_model) for c in r if SUMMARY in c]
    window.close()


def test_a_gap_shows_as_a_chain_warning(audited, qtbot):
    officer, police = audited["ig_officer"], audited["police"]
    with officer.store.engine.begin() as conn:
        conn.execute(
            t.panel_audit.delete().where(t.panel_audit.c.author == police.profile.device_id, t.panel_audit.c.seq == 2)
        )
    dialog = PanelAuditDialog(officer)
    qtbot.addWidget(dialog)
    assert dialog.whole.isHidden()
    assert any("entries 2 to 2 never arrived" in w for w in dialog.chains.warnings())


def test_no_other_role_has_the_panel_audit(audited, qtbot):
    window = MainWindow(audited["police"])
    qtbot.addWidget(window)
    assert window.panel_audit_action is None
    window.close()
