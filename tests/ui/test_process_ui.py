"""The Process section: state and safeguards in words, steps, the Chief Inspector's signed
decision through its dialog, and the report button, driven as a person would."""

import subprocess

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.reports.service import signoff_report, write_report
from app.ui.common.background import separate_workspace
from app.ui.main_window import MainWindow
from app.ui.signoff.process_panel import ProcessPanel
from tests.support.process_panel import (
    RATIONALE,
    approved_case,
    consent,
    make_panel,
    overrides_for,
    reviewed_case,
    sync_all,
)


def panel_for(ws, qtbot, reference="CC-RJ-1", report=True):
    open_again = separate_workspace(ws)

    def writer(ref, path, audience=None, language=None):
        # Called off the GUI thread, as the window's writer is: on the data folder opened there.
        with open_again() as own:
            return write_report(own, signoff_report(own, ref, audience, language=language), path, ref)

    panel = ProcessPanel(ws.open_case(reference), ws.process, writer if report else None)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def written(qtbot, task) -> bool:
    """Whether the report the panel started writing in the background was written."""
    qtbot.waitUntil(lambda: task.done, timeout=30000)
    return task.ok


def test_the_process_section_is_in_the_case_view(make_workspace, qtbot):
    p = make_panel(make_workspace)
    reviewed_case(p)
    window = MainWindow(p["facilitator"])
    qtbot.addWidget(window)
    window.show()
    assert window.case_list.select_case(p["facilitator"].store.find_case("CC-RJ-1").case_id)
    qtbot.waitUntil(lambda: window.case_view.session is not None)
    panel = window.case_view.process_panel
    assert panel is not None and "Process: Panel review" in panel.state.text()
    assert not panel.decide_button.isVisible() and not panel.request_button.isVisible()
    window.close()


def test_the_facilitator_moves_on_only_with_a_sign_off_and_sees_a_withdrawal_pause_it(make_workspace, qtbot, tmp_path):
    p = make_panel(make_workspace)
    reviewed_case(p)
    f = panel_for(p["facilitator"], qtbot)
    assert f.next_state.findData("preparation") == -1  # not offered before a sign-off
    assert "No sign-off yet" in f.signoff.text()
    p["police"].process.request_signoff("CC-RJ-1", "Panel supports it")
    sync_all(p)
    p["chief_inspector"].process.decide(
        "CC-RJ-1", "approve", RATIONALE, rank="Chief Inspector", overrides=overrides_for(p["chief_inspector"])
    )
    sync_all(p)
    f.refresh()
    assert "Signature verified on this device: Chris Inspector" in f.signoff.text()
    # The safeguards, as the roles that hold them attested them: readable by every role.
    assert "Safeguard, safety plan: in place (attested by" in f.consent.text()
    assert "Safeguard, facilitation: in place (attested by" in f.consent.text()
    f.next_state.setCurrentIndex(f.next_state.findData("preparation"))
    qtbot.keyClicks(f.reason, "Preparation begins")
    qtbot.mouseClick(f.step_button, Qt.MouseButton.LeftButton)
    assert "Process: Preparation" in f.state.text()
    assert f.model.item(f.model.rowCount() - 1, 3).text() == "Preparation begins"
    consent(p["advocate"], "CC-RJ-1", "person harmed", status="withdrawn", on="2026-11-05")
    sync_all(p)
    f.refresh()
    assert "Process: Paused" in f.state.text()
    assert f.holds.isVisible() and "PAUSED by Consent withdrawn" in f.holds.text()
    # Recorded after consent was given, though dated before it: the screen says why it stands.
    assert "person harmed: withdrawn (withdrawn on 2026-11-05; it replaces given on" in f.consent.text()
    f.next_state.setCurrentIndex(max(0, f.next_state.findData("sessions")))
    qtbot.keyClicks(f.reason, "try")
    assert f.next_state.currentData() == "sessions"
    assert not f.take_step()  # refused, in words that say why
    assert f.problem.text().startswith("the process cannot go on") and "person harmed: withdrawn" in f.problem.text()
    assert "Process: Paused" in f.state.text() and f.reason.text() == "try"


def test_the_chief_inspector_decides_and_signs_in_the_dialog_and_writes_the_report(make_workspace, qtbot, tmp_path):
    p = make_panel(make_workspace)
    reviewed_case(p)
    p["police"].process.request_signoff("CC-RJ-1", "Panel supports it")
    sync_all(p)
    ci = panel_for(p["chief_inspector"], qtbot)
    assert ci.decide_button.isVisible() and ci.decide_button.isEnabled()
    assert not ci.report_button.isEnabled()
    dialog = ci.decide()
    qtbot.waitExposed(dialog)
    assert "PARTIES AND RELATIONSHIP" in dialog.pack.toPlainText()
    sign_button = dialog.sign_button
    assert sign_button.isVisible() and sign_button.isEnabled()
    assert dialog.findChild(QDialogButtonBox).buttonRole(sign_button) == QDialogButtonBox.ButtonRole.AcceptRole
    dialog.sign()  # nothing filled in: refused with the parts missing
    assert "National Decision Model" in dialog.problem.text() and dialog.isVisible()
    for key, text in RATIONALE.items():
        dialog.rationale[key].setPlainText(text)
    dialog.decision.setCurrentText("approve with conditions")
    assert dialog.conditions.isEnabled()
    dialog.conditions.setPlainText("Shuttle only.")
    for fid, text in overrides_for(p["chief_inspector"]).items():
        dialog.overrides[fid].setPlainText(text)
    qtbot.mouseClick(sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitExposed(dialog.confirmation)  # signed only once confirmed
    qtbot.mouseClick(dialog.confirmation.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.decided_id and not dialog.isVisible()
    assert "Process: Approved" in ci.state.text()
    assert "Approve with conditions by Chris Inspector" in ci.signoff.text()
    assert ci.report_button.isEnabled()
    messages = []
    ci.changed.connect(messages.append)
    assert written(qtbot, ci.write_report_to(tmp_path / "r.pdf"))
    text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Shuttle only." in text and (tmp_path / "r.html").exists()
    assert messages == [
        f"Sign-off report for your own record written to {tmp_path}: r.pdf, with r.html and r.txt beside it"
    ]
    # Police cannot decide: not offered, and refused even through the dialog.
    police = panel_for(p["police"], qtbot)
    assert not police.decide_button.isVisible() and police.request_button.isVisible()
    dialog = police.decide()
    qtbot.waitExposed(dialog)
    for key, words in RATIONALE.items():
        dialog.rationale[key].setPlainText(words)
    dialog.sign()
    assert "only the Chief Inspector" in dialog.problem.text() and dialog.isVisible() and not dialog.decided_id
    assert p["police"].open_case("CC-RJ-1").get("signoff_decisions") == []  # nothing signed on this device
    dialog.reject()


def test_writing_the_report_keeps_a_reason_being_typed_and_says_what_was_written(make_workspace, qtbot, tmp_path):
    p = make_panel(make_workspace)
    reviewed_case(p)
    p["police"].process.request_signoff("CC-RJ-1", "Panel supports it")
    sync_all(p)
    p["chief_inspector"].process.decide(
        "CC-RJ-1", "approve", RATIONALE, rank="Chief Inspector", overrides=overrides_for(p["chief_inspector"])
    )
    sync_all(p)
    f = panel_for(p["facilitator"], qtbot)
    messages = []
    f.changed.connect(messages.append)
    qtbot.keyClicks(f.reason, "Preparation begins once the report is out")
    steps = f.model.rowCount()
    assert written(qtbot, f.write_report_to(tmp_path / "signoff"))  # no .pdf typed: the writer adds it
    assert (tmp_path / "signoff.pdf").read_bytes().startswith(b"%PDF")
    assert messages == [
        f"Sign-off report for your own record written to {tmp_path}: signoff.pdf, with signoff.html "
        "and signoff.txt beside it"
    ]
    assert f.reason.text() == "Preparation begins once the report is out" and f.model.rowCount() == steps
    assert f.problem.text() == ""

    (tmp_path / "a-file").write_text("not a folder")
    # The OS refuses: said, not raised.
    assert not written(qtbot, f.write_report_to(tmp_path / "a-file" / "signoff.pdf"))
    assert f.problem.text().startswith("The sign-off report could not be written:") and len(messages) == 1
    assert f.reason.text() == "Preparation begins once the report is out"


def test_the_facilitator_records_sessions_only_under_a_current_approval(make_workspace, qtbot):
    p = make_panel(make_workspace)
    reviewed_case(p)
    p["police"].process.request_signoff("CC-RJ-1", "Panel supports it")
    sync_all(p)
    f = panel_for(p["facilitator"], qtbot, report=False)
    assert f.session_button.isVisible()
    f.session_kind.setCurrentIndex(f.session_kind.findData("session"))
    qtbot.keyClicks(f.session_record, "First shuttle session")
    f.record_session()  # no sign-off yet: refused, in words, nothing stored
    assert "no session while" in f.problem.text()
    assert p["facilitator"].open_case("CC-RJ-1").get("session_records") == []
    p["chief_inspector"].process.decide(
        "CC-RJ-1", "approve", RATIONALE, rank="Chief Inspector", overrides=overrides_for(p["chief_inspector"])
    )
    sync_all(p)
    fac = p["facilitator"]
    fac.process.step("CC-RJ-1", "preparation", "Preparation begins")
    f.refresh()
    f.session_kind.setCurrentIndex(f.session_kind.findData("pre-session briefing"))
    assert f.record_session()
    stored = fac.open_case("CC-RJ-1").get("session_records")
    assert [(r["kind"], r["record"]) for r in stored] == [("pre-session briefing", "First shuttle session")]
    assert f.session_record.text() == ""
    # The record shows in the panel's table, as it shows on other devices once synced.
    row = [f.sessions.item(0, c).text() for c in range(f.sessions.columnCount())]
    assert f.sessions.rowCount() == 1 and f.sessions_table.isVisible()
    assert row == [stored[0]["held_on"], "pre-session briefing", "Fran Facilitator", "First shuttle session", ""]
    assert not panel_for(p["police"], qtbot, report=False).session_button.isVisible()


def test_a_risk_relevant_save_on_this_device_shows_the_sign_off_stale_at_once(make_workspace, qtbot):
    p = make_panel(make_workspace)
    approved_case(p)
    fac = p["facilitator"]
    window = MainWindow(fac)
    qtbot.addWidget(window)
    window.show()
    assert window.case_list.select_case(fac.store.find_case("CC-RJ-1").case_id)
    qtbot.waitUntil(lambda: window.case_view.process_panel is not None)
    panel, view = window.case_view.process_panel, window.case_view
    assert "STALE" not in panel.signoff.text()
    editor = view.editor("facilitator_name")
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Another Facilitator")
    view.editor("facilitator_registration").setFocus()  # leaving the field saves it
    qtbot.waitUntil(lambda: "STALE" in panel.signoff.text())
    assert "Facilitator" in panel.signoff.text()  # the reason names what changed
    window.close()
