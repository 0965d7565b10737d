"""The desktop asks who a sign-off report is for and writes that reader's version: the panel's
never holds what some panel member may not read (a marker planted in the safety plan proves it)."""

import datetime as dt
import subprocess

from app.ui.common import background
from app.ui.main_window import MainWindow
from tests.support.pinned_clock import pin_wall
from tests.support.process_panel import RATIONALE, make_panel, overrides_for, reviewed_case, sync_all

today_is = pin_wall(dt.date(2026, 11, 20))
MARKER = "MARKER-SAFETY-PLAN-7Q4Z"


def _everything_written(pdf):
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join([text, pdf.with_suffix(".html").read_text(), pdf.with_suffix(".txt").read_text()])


def _window_with_decision(make_workspace, qtbot):
    p = make_panel(make_workspace)
    reviewed_case(p)
    p["advocate"].open_case("CC-RJ-1").set("safety_plan", f"Separate rooms. {MARKER}")
    p["police"].process.request_signoff("CC-RJ-1", "Panel supports shuttle mediation.")
    sync_all(p)
    ci = p["chief_inspector"]
    ci.process.decide("CC-RJ-1", "approve", RATIONALE, rank="Chief Inspector", overrides=overrides_for(ci))
    window = MainWindow(ci)
    qtbot.addWidget(window)
    window.show()
    window.open_case_at(ci.open_case("CC-RJ-1").case_id, "signoff")
    return window


def test_the_report_for_the_panel_leaves_out_what_a_panel_member_may_not_read(make_workspace, qtbot, tmp_path):
    window = _window_with_decision(make_workspace, qtbot)
    panel = window.case_view.signoff_panel
    assert panel.report_button.isEnabled()
    dialog = panel.choose_report()
    assert dialog.isVisible()
    # Sharing less is what happens when the person does not stop to choose.
    assert dialog.panel.isChecked() and dialog.audience() == "panel"
    dialog.path.setText(str(tmp_path / "for-panel.pdf"))
    dialog.write_button.click()
    qtbot.waitUntil(lambda: background.running() == 0, timeout=30000)  # written off the GUI thread
    written = _everything_written(tmp_path / "for-panel.pdf")
    assert MARKER not in written
    assert "withheld" in written
    assert "the whole panel" in written


def test_the_chief_inspector_s_own_record_holds_the_full_pack(make_workspace, qtbot, tmp_path):
    window = _window_with_decision(make_workspace, qtbot)
    messages = []
    window.case_view.status.connect(messages.append)
    dialog = window.case_view.signoff_panel.choose_report()
    dialog.own.setChecked(True)
    dialog.path.setText(str(tmp_path / "record.pdf"))
    dialog.write_button.click()
    qtbot.waitUntil(lambda: background.running() == 0, timeout=30000)
    assert MARKER in _everything_written(tmp_path / "record.pdf")
    assert any("for your own record" in m for m in messages)


def test_a_report_needs_a_place_to_be_written(make_workspace, qtbot):
    window = _window_with_decision(make_workspace, qtbot)
    dialog = window.case_view.signoff_panel.choose_report()
    dialog.path.clear()
    dialog.write_button.click()
    assert dialog.isVisible() and dialog.problem.text() == "Say where to save the report."
    dialog.reject()
