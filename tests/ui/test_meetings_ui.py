"""Panel meetings on the desktop, driven as the chair and the agencies would: scheduling, the
agenda, attendance and the confidentiality statement, meeting mode for a case (discussion and
actions written into the case), the review of earlier actions, the action tracker and its CSV,
the minutes button, and a meeting kept live by sync."""

import csv
import datetime as dt
import io
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from app.models.meetings.actions import CSV_COLUMNS
from app.reports import service as reporting
from app.ui.common import background
from app.ui.main_window import MainWindow
from tests.support.meeting_panel import MEETING_DAY, TODAY, meeting_panel, scheduled, seed_cases
from tests.support.pinned_clock import pin_wall
from tests.support.process_panel import sync_all

pinned_clock = pin_wall(dt.date(2026, 12, 22))  # after every date the meeting panel's cases carry

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def panel(make_workspace):
    return seed_cases(meeting_panel(make_workspace))


@pytest.fixture
def window_for(qtbot):
    """window_for(workspace) -> its main window, active, showing the Meetings view."""
    windows = []

    def make(ws, today=TODAY):
        window = MainWindow(ws)
        window.meetings_view.today = lambda: today
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):  # so focus moves (and focus-out saves) as for a person
            window.activateWindow()
        window.show_meetings()
        windows.append(window)
        return window

    yield make
    for window in windows:  # close (and so flush) before the workspaces close
        window.close()


def agenda_refs(page):
    model = page.agenda.model
    return [model.data(model.index(r, 1)) for r in range(model.rowCount())]


def column(model, col):
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def built(p, today=TODAY):
    ref = scheduled(p)
    p["chair"].meetings.build_agenda(ref, today)
    sync_all(p)
    return ref


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(members, *device_ids):
    """Tick these members' rows in a dialog's list of the panel's members."""
    for n in range(members.count()):
        item = members.item(n)
        if item.data(Qt.ItemDataRole.UserRole) in device_ids:
            item.setCheckState(Qt.CheckState.Checked)


def button_of(box, text):
    return next(b for b in box.buttons() if b.text().replace("&", "") == text)


# ----- reaching it -------------------------------------------------------------------------------
def test_shortcuts_move_between_cases_meetings_and_the_tracker(panel, window_for, qtbot):
    window = window_for(panel["police"])
    window.show_cases()
    assert window.views.currentWidget() is window.splitter and not window.meetings_view.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL_SHIFT)
    assert window.meetings_view.isVisible() and window.meetings_action.isChecked()
    assert window.meetings_view.table.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL_SHIFT)
    assert window.meetings_view.tracker.isVisible() and window.meetings_view.tracker.table.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL_SHIFT)
    assert window.case_list.isVisible() and window.cases_action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Find brings the cases back
    assert window.case_list.search.hasFocus()


# ----- scheduling --------------------------------------------------------------------------------
def test_the_chair_schedules_through_the_dialog_and_the_meeting_appears(panel, window_for, qtbot, qtmodeltester):
    chair = panel["chair"]
    window = window_for(chair)
    view = window.meetings_view
    assert view.model.rowCount() == 0 and view.empty.isVisible()
    click(qtbot, view.schedule_button)
    dialog = view.schedule_dialog
    qtbot.waitExposed(dialog)
    dialog.date.setDate(QDate(2026, 12, 3))
    dialog.ok.click()  # no venue: refused inside the dialog, which stays open
    assert dialog.isVisible() and not dialog.error.isHidden() and "venue" in dialog.error.text()
    qtbot.keyClicks(dialog.venue, "Community hall")
    qtbot.keyClicks(dialog.panel, "Vale panel")
    dialog.ok.click()
    assert not dialog.isVisible()
    meetings = chair.meetings.meetings()
    assert [(m.date, m.time, m.venue, m.panel) for m in meetings] == [
        (MEETING_DAY, "10:00", "Community hall", "Vale panel")
    ]
    assert column(view.model, 0) == [meetings[0].reference]
    assert view.selected_meeting() == meetings[0].meeting_id
    assert meetings[0].reference in view.page.title.text() and "Community hall" in view.page.details.text()
    qtmodeltester.check(view.model)


def test_a_non_chair_sees_no_schedule_or_agenda_edit_buttons(panel, window_for):
    ref = built(panel)
    window = window_for(panel["police"])
    view = window.meetings_view
    assert view.schedule_button.isHidden() and not view.schedule_action.isVisible()
    assert view.page.title.text().startswith(f"Panel meeting {ref}")
    assert agenda_refs(view.page) == ["CC-KIDS-1", "CC-NEW-2", "CC-SIGN-4"]
    for button in view.page.agenda.chair_buttons:
        assert button.isHidden(), button.text()
    for button in (
        view.page.attendance.attendee_button,
        view.page.attendance.observer_button,
        view.page.attendance.apology_button,
        view.page.confidentiality.distribution_button,
        view.page.minutes_button,
    ):  # the chair issues the minutes
        assert button.isHidden(), button.text()
    # What every agency does at the table stays: the discussion and its own actions.
    minutes = view.page.minutes
    assert minutes.add_action_button.isVisible() and not minutes.boxes[0].isReadOnly()
    assert view.schedule() is None


# ----- the agenda ----------------------------------------------------------------------------------
def test_building_the_agenda_puts_the_children_first_and_moving_reorders_it(panel, window_for, qtbot, qtmodeltester):
    chair = panel["chair"]
    ref = scheduled(panel)
    window = window_for(chair)
    page = window.meetings_view.page
    assert agenda_refs(page) == [] and not page.agenda.start_button.isEnabled()
    click(qtbot, page.agenda.build_button)
    assert agenda_refs(page) == ["CC-KIDS-1", "CC-NEW-2", "CC-SIGN-4"]  # children involved: first
    assert "3 cases added" in window.statusBar().currentMessage()
    assert window.meetings_view.page.details.text().count("Cases: 3")
    qtmodeltester.check(page.agenda.model)

    assert page.agenda.select_case(chair.store.find_case("CC-KIDS-1").case_id)
    assert not page.agenda.up_button.isEnabled()
    click(qtbot, page.agenda.down_button)
    assert agenda_refs(page) == ["CC-NEW-2", "CC-KIDS-1", "CC-SIGN-4"]
    assert [i.reference for i in chair.meetings.view(ref).agenda] == ["CC-NEW-2", "CC-KIDS-1", "CC-SIGN-4"]
    assert page.agenda.selected_case() == chair.store.find_case("CC-KIDS-1").case_id  # the moved row stays chosen
    click(qtbot, page.agenda.up_button)
    assert [i.reference for i in chair.meetings.view(ref).agenda] == ["CC-KIDS-1", "CC-NEW-2", "CC-SIGN-4"]
    qtmodeltester.check(page.agenda.model)


def test_add_case_and_the_chair_moves_the_meeting_from_case_to_case(panel, window_for, qtbot):
    chair = panel["chair"]
    ref = scheduled(panel)
    window = window_for(chair)
    page = window.meetings_view.page
    click(qtbot, page.agenda.add_button)
    dialog = page.agenda.add_dialog
    dialog.case.setCurrentIndex(dialog.case.findText("CC-LATER-3"))
    dialog.ok.click()
    assert dialog.isVisible() and "reason" in dialog.error.text()
    qtbot.keyClicks(dialog.reason, "Chair's choice: new incident reported")
    dialog.ok.click()
    assert agenda_refs(page) == ["CC-LATER-3"]
    assert chair.meetings.view(ref).agenda[0].added_by_chair
    click(qtbot, page.agenda.build_button)
    click(qtbot, page.agenda.start_button)
    view = chair.meetings.view(ref)
    assert view.status == "in progress" and view.current_item == view.agenda[0].case_id
    assert "Status: In progress" in page.details.text()
    assert page.agenda.model.data(page.agenda.model.index(0, 0)) == "1 (now)"  # in words, not colour
    click(qtbot, page.agenda.next_button)
    second = chair.meetings.view(ref).agenda[1]
    assert chair.meetings.view(ref).current_item == second.case_id
    assert page.agenda.selected_case() == second.case_id and page.minutes.case_id == second.case_id
    assert page.minutes.heading.text().startswith(f"Case {second.reference}")
    click(qtbot, page.agenda.close_button)  # nothing recorded for any case yet: asked first
    box = page.agenda.close_box
    qtbot.waitUntil(box.isVisible)
    button_of(box, "Close anyway").click()
    assert chair.meetings.view(ref).status == "closed" and "Closed" in column(window.meetings_view.model, 2)
    # Closed: what it recorded is shown, and nothing offers to change it.
    for button in (
        page.agenda.build_button,
        page.agenda.add_button,
        page.agenda.up_button,
        page.agenda.down_button,
        page.attendance.attendee_button,
        page.attendance.observer_button,
        page.attendance.apology_button,
        page.confidentiality.distribution_button,
        page.confidentiality.acknowledge_button,
        page.minutes.add_action_button,
    ):
        assert not button.isEnabled(), button.text()
    assert all(box.isReadOnly() for box in page.minutes.boxes)
    click(qtbot, page.agenda.reopen_button)  # the chair reopens it to correct the record
    assert chair.meetings.view(ref).status == "in progress"
    assert page.agenda.close_button.isEnabled() and not page.agenda.reopen_button.isEnabled()
    assert page.minutes.add_action_button.isEnabled() and not page.minutes.boxes[0].isReadOnly()


# ----- attendance and confidentiality -------------------------------------------------------------------
def test_attendance_is_recorded_through_the_dialogs(panel, window_for, qtbot, qtmodeltester):
    chair, police = panel["chair"], panel["police"]
    ref = built(panel)
    window = window_for(chair)
    part = window.meetings_view.page.attendance
    window.meetings_view.page.tabs.setCurrentWidget(part)
    click(qtbot, part.attendee_button)
    dialog = part.dialog
    tick(dialog.members, police.profile.device_id)  # a member's name and agency come from the membership log
    dialog.ok.click()
    dialog = part.add_attendee()
    qtbot.keyClicks(dialog.name, "Dee Housing")
    qtbot.keyClicks(dialog.agency, "Housing")
    dialog.ok.click()
    dialog = part.add_observer()
    qtbot.keyClicks(dialog.name, "Jo Student")
    qtbot.keyClicks(dialog.organisation, "University")
    dialog.signed.setChecked(True)
    dialog.ok.click()
    dialog = part.add_apology()
    qtbot.keyClicks(dialog.name, "Lee Legal")
    qtbot.keyClicks(dialog.agency, "Legal")
    assert not dialog.sent_on.isEnabled()
    dialog.sent.setChecked(True)
    dialog.sent_on.setDate(QDate(2026, 12, 1))
    dialog.ok.click()
    assert column(part.attendees_model, 0) == ["Pat Police", "Dee Housing"]
    assert column(part.attendees_model, 2) == ["Police lead", ""]
    assert column(part.attendees_model, 3) == ["No", "Not on a panel device"]
    assert [column(part.observers_model, c) for c in (0, 2)] == [["Jo Student"], ["Yes"]]
    assert [column(part.apologies_model, c) for c in (2, 3)] == [["Yes"], ["2026-12-01"]]
    view = chair.meetings.view(ref)
    assert view.observers[0]["signed_statement"] is True and view.apologies[0]["sent_on"] == "2026-12-01"
    for model in (part.attendees_model, part.observers_model, part.apologies_model):
        qtmodeltester.check(model)

    conf = window.meetings_view.page.confidentiality
    dialog = conf.edit_distribution()
    for n in range(dialog.members.count()):
        item = dialog.members.item(n)
        if item.data(Qt.ItemDataRole.UserRole) in (police.profile.device_id, panel["advocate"].profile.device_id):
            item.setCheckState(Qt.CheckState.Checked)
    dialog.ok.click()
    assert {d["device_id"] for d in chair.meetings.view(ref).distribution} == {
        police.profile.device_id,
        panel["advocate"].profile.device_id,
    }
    assert sorted(column(conf.distribution_model, 0)) == ["Pat Police", "Sam Advocate"]
    qtmodeltester.check(conf.distribution_model)


def test_acknowledging_records_it_and_everyone_sees_who_has(panel, window_for, qtbot, qtmodeltester):
    chair, police = panel["chair"], panel["police"]
    ref = built(panel)
    chair.meetings.add_attendee(ref, device_id=police.profile.device_id)
    sync_all(panel)
    window = window_for(police)
    conf = window.meetings_view.page.confidentiality
    window.meetings_view.page.tabs.setCurrentWidget(conf)
    assert "OFFICIAL-SENSITIVE" in conf.statement.text()
    assert "have not acknowledged" in conf.own_state.text()
    click(qtbot, conf.acknowledge_button)
    assert police.meetings.view(ref).acknowledged(police.profile.device_id)
    assert "Pat Police, have acknowledged" in conf.own_state.text() and not conf.acknowledge_button.isEnabled()
    assert [column(conf.acks_model, c) for c in (0, 3)] == [["Pat Police"], ["Acknowledged"]]
    qtmodeltester.check(conf.acks_model)

    sync_all(panel)
    chair_window = window_for(chair)
    attendance = chair_window.meetings_view.page.attendance
    assert column(attendance.attendees_model, 3) == ["Yes"]
    assert column(chair_window.meetings_view.page.confidentiality.acks_model, 0) == ["Pat Police"]


# ----- meeting mode --------------------------------------------------------------------------------------
def test_meeting_mode_shows_what_each_agency_brings_and_only_what_the_role_may_read(panel, window_for):
    built(panel)
    page = window_for(panel["clinician"]).meetings_view.page
    minutes = page.minutes
    assert minutes.panel.reference == "CC-KIDS-1"
    facts = {
        minutes.facts.itemAt(r, minutes.facts.ItemRole.LabelRole).widget().text(): minutes.facts.itemAt(
            r, minutes.facts.ItemRole.FieldRole
        )
        .widget()
        .text()
        for r in range(minutes.facts.rowCount())
    }
    assert facts["Children involved:"] == "yes (2)" and facts["Referral criterion:"].startswith("visible high risk")
    summaries = {
        minutes.summaries.itemAt(r, minutes.summaries.ItemRole.LabelRole).widget().text(): minutes.summaries.itemAt(
            r, minutes.summaries.ItemRole.FieldRole
        )
        .widget()
        .text()
        for r in range(minutes.summaries.rowCount())
    }
    assert summaries["Police:"] == "Two call-outs this year; no weapons."
    assert summaries["Health:"] == "Registered with GP; no health concerns shared."
    # The panel reads the survivor's views as the advocate shares them; the clinician sits on the panel.
    assert not minutes.views.isHidden() and not minutes.views_caption.isHidden()
    assert minutes.views.text() == "She wants the children's school told; she does not want contact."


def test_discussion_typed_in_the_boxes_is_stored_in_the_case(panel, window_for, qtbot):
    chair = panel["chair"]
    ref = built(panel)
    window = window_for(chair)
    minutes = window.meetings_view.page.minutes
    risks, opinions, decisions = minutes.boxes
    risks.setFocus()
    qtbot.keyClicks(risks, "Two call-outs this year")
    opinions.setFocus()  # leaving the box saves it
    stored = chair.meeting_mode.case_panel(ref, "CC-KIDS-1", TODAY).discussion
    assert stored.key_risks == "Two call-outs this year" and not risks.dirty
    qtbot.keyClicks(opinions, "Advocate thinks she is ready")
    decisions.setFocus()
    qtbot.keyClicks(decisions, "Refer to the school's safeguarding lead")
    minutes.save_button.click()  # pressed as a screen reader does: the focus stays in the box
    assert decisions.hasFocus() and not decisions.dirty
    stored = chair.meeting_mode.case_panel(ref, "CC-KIDS-1", TODAY).discussion
    assert (stored.opinions, stored.decisions) == (
        "Advocate thinks she is ready",
        "Refer to the school's safeguarding lead",
    )
    assert "saved" in minutes.save_state.text()
    # Written into the case, so the case view shows it too.
    assert any(r.get("decisions") == stored.decisions for r in chair.open_case("CC-KIDS-1").get("discussions"))


def test_a_remote_edit_never_replaces_text_being_typed_and_the_save_merges_both(panel, window_for, qtbot):
    chair, police = panel["chair"], panel["police"]
    ref = built(panel)
    window = window_for(chair)
    minutes = window.meetings_view.page.minutes
    risks, opinions, _ = minutes.boxes
    risks.setFocus()
    qtbot.keyClicks(risks, "Chair: no weapons.")
    police.meeting_mode.write_discussion(ref, "CC-KIDS-1", "key_risks", "Police: two call-outs.", base="")
    police.meeting_mode.write_discussion(ref, "CC-KIDS-1", "opinions", "Police think risk is falling.", base="")
    sync_all(panel)
    window._remote_changes({chair.store.find_case("CC-KIDS-1").case_id})
    assert risks.toPlainText() == "Chair: no weapons." and risks.hasFocus() and risks.dirty
    assert opinions.toPlainText() == "Police think risk is falling."  # a box not being typed in follows
    assert "Not saved yet: Key risks: facts" in minutes.save_state.text()
    opinions.setFocus()
    text = chair.meeting_mode.case_panel(ref, "CC-KIDS-1", TODAY).discussion.key_risks
    assert "Police: two call-outs." in text and "Chair: no weapons." in text
    assert risks.toPlainText() == text


def test_an_action_added_through_the_dialog_shows_in_the_case_and_the_tracker(panel, window_for, qtbot, qtmodeltester):
    police = panel["police"]
    ref = built(panel)
    window = window_for(police)
    minutes = window.meetings_view.page.minutes
    click(qtbot, minutes.add_action_button)
    dialog = minutes.action_dialog
    qtbot.waitExposed(dialog)
    assert dialog.target.date() == QDate(2026, 12, 17)  # two weeks after the meeting
    dialog.ok.click()
    assert dialog.isVisible() and "action" in dialog.error.text()
    qtbot.keyClicks(dialog.action, "Tell the school's safeguarding lead of the safety plan")
    dialog.agency.setCurrentIndex(dialog.agency.findData("police"))
    dialog.owner.setEditText("Pat Police")
    dialog.target.setDate(QDate(2026, 12, 10))
    dialog.ok.click()
    assert not dialog.isVisible()
    assert column(minutes.actions_model, 0) == ["Tell the school's safeguarding lead of the safety plan"]
    assert [column(minutes.actions_model, c)[0] for c in (1, 2, 3, 4)] == ["police", "Pat Police", "2026-12-10", "open"]
    stored = police.meeting_mode.case_panel(ref, "CC-KIDS-1", TODAY).actions
    assert [(a.action, a.agency, a.owner) for a in stored] == [
        ("Tell the school's safeguarding lead of the safety plan", "police", "Pat Police")
    ]
    qtmodeltester.check(minutes.actions_model)

    window.meetings_view.show_tracker()
    tracker = window.meetings_view.tracker
    assert [r.action for r in tracker.shown()] == ["Tell the school's safeguarding lead of the safety plan"]
    assert tracker.proxy.data(tracker.proxy.index(0, 0)) == "CC-KIDS-1"
    qtmodeltester.check(tracker.model)
    qtmodeltester.check(tracker.proxy)


def test_the_meeting_reviews_earlier_actions(panel, window_for, qtbot, qtmodeltester):
    chair = panel["chair"]
    first = scheduled(panel, dt.date(2026, 11, 5))
    chair.meetings.add_item(first, "CC-KIDS-1", "police referral", 15)
    chair.meeting_mode.add_action(
        first, "CC-KIDS-1", "Refer to social services", "health", "Alex Clinician", "2026-11-12"
    )
    chair.meeting_mode.add_action(
        first, "CC-KIDS-1", "Review the safety plan", "advocacy", "Sam Advocate", "2026-12-20"
    )
    ref = built(panel)
    window = window_for(chair)
    view = window.meetings_view
    view.select_meeting(chair.meetings.open(ref).case_id)
    minutes = view.page.minutes
    assert column(minutes.earlier_model, 0) == ["Refer to social services", "Review the safety plan"]
    assert not minutes.review_buttons[0].isEnabled()  # nothing chosen yet
    minutes.earlier.selectRow(0)
    qtbot.keyClicks(minutes.note, "Social worker allocated")
    click(qtbot, minutes.review_buttons[1])  # circumstances changed
    earlier = {
        row.action: (outcome, note)
        for row, outcome, note in chair.meeting_mode.case_panel(ref, "CC-KIDS-1", TODAY).earlier
    }
    assert earlier["Refer to social services"] == ("circumstances changed", "Social worker allocated")
    assert column(minutes.earlier_model, 5) == ["circumstances changed", ""]
    assert column(minutes.earlier_model, 6)[0] == "Social worker allocated" and minutes.note.text() == ""
    qtmodeltester.check(minutes.earlier_model)


# ----- the action tracker --------------------------------------------------------------------------------
def test_tracker_filters_narrow_the_rows_and_the_export_writes_what_is_shown(
    panel, window_for, qtbot, tmp_path, qtmodeltester
):
    chair = panel["chair"]
    ref = built(panel)
    mode = chair.meeting_mode
    mode.add_action(ref, "CC-KIDS-1", "=Check bail conditions", "police", "Pat Police", "2026-12-05")
    mode.add_action(ref, "CC-KIDS-1", "Safety plan review", "advocacy", "Sam Advocate", "2026-12-20")
    done = mode.add_action(ref, "CC-NEW-2", "Refer to housing", "advocacy", "Sam Advocate", "2026-12-04")
    mode.report_status("CC-NEW-2", done, "done", "2026-12-04")
    window = window_for(chair, today=dt.date(2026, 12, 8))  # the bail check is overdue by then
    view = window.meetings_view
    view.show_tracker()
    tracker = view.tracker
    assert sorted(r.action for r in tracker.shown()) == ["=Check bail conditions", "Safety plan review"]  # open only
    overdue = next(
        r
        for r in range(tracker.proxy.rowCount())
        if tracker.proxy.data(tracker.proxy.index(r, 1)) == "=Check bail conditions"
    )
    assert tracker.proxy.data(tracker.proxy.index(overdue, 8)) == "OVERDUE"
    assert "Showing 2 of 3 actions; 1 of those shown OVERDUE" == tracker.count.text()
    tracker.open_only.setChecked(False)
    assert len(tracker.shown()) == 3
    tracker.agency.setCurrentIndex(tracker.agency.findData("advocacy"))
    assert sorted(r.action for r in tracker.shown()) == ["Refer to housing", "Safety plan review"]
    tracker.agency.setCurrentIndex(tracker.agency.findData(""))
    tracker.owner.setEditText("pat")  # any part of the name
    assert [r.action for r in tracker.shown()] == ["=Check bail conditions"]
    tracker.owner.setEditText("")
    tracker.overdue_only.setChecked(True)
    assert [r.overdue for r in tracker.shown()] == [True]
    tracker.overdue_only.setChecked(False)
    tracker.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # the export follows the order shown
    tracker.agency.setCurrentIndex(tracker.agency.findData("advocacy"))
    qtmodeltester.check(tracker.proxy)

    target = tmp_path / "actions.csv"
    tracker.choose_file = lambda *_: str(target)
    click(qtbot, tracker.export_button)
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows[0] == list(CSV_COLUMNS)
    assert [r[1] for r in rows[1:]] == ["Safety plan review", "Refer to housing"]
    assert rows[1][:6] == ["CC-KIDS-1", "Safety plan review", "advocacy", "Sam Advocate", "2026-12-20", "open"]
    assert str(target) in window.statusBar().currentMessage()
    tracker.agency.setCurrentIndex(tracker.agency.findData(""))
    tracker.choose_file = lambda *_: str(target)
    tracker.choose_export_file()
    # A formula-looking action is written as text, never as something a spreadsheet runs.
    assert "'=Check bail conditions" in target.read_text(encoding="utf-8")


# ----- the minutes -----------------------------------------------------------------------------------------
def test_the_minutes_button_writes_the_pdf_with_html_and_text_and_says_where(panel, window_for, qtbot, tmp_path):
    chair = panel["chair"]
    ref = built(panel)
    window = window_for(chair)
    page = window.meetings_view.page
    asked = []
    page.choose_file = lambda parent, title, suggested: asked.append(suggested) or str(tmp_path / "minutes.pdf")
    click(qtbot, page.minutes_button)  # no one recorded as there yet: refused, in a message box
    qtbot.waitUntil(lambda: page.error_box is not None and page.error_box.isVisible())
    assert "no attendees recorded" in page.error_box.text() and not (tmp_path / "minutes.pdf").exists()
    page.error_box.close()
    assert asked == [f"minutes-{ref}.pdf"]

    for role in ("police", "advocate"):
        chair.meetings.add_attendee(ref, device_id=panel[role].profile.device_id)
    chair.meetings.set_distribution(ref, [panel["police"].profile.device_id, panel["advocate"].profile.device_id])
    box = page.minutes.boxes[2]
    box.setFocus()
    qtbot.keyClicks(box, "Refer to the school's safeguarding lead")  # typed, not yet saved by leaving the box
    click(qtbot, page.minutes_button)
    qtbot.waitUntil(lambda: background.running() == 0, timeout=30000)  # written off the GUI thread
    for name in ("minutes.pdf", "minutes.html", "minutes.txt"):
        assert (tmp_path / name).stat().st_size > 0, name
    assert (tmp_path / "minutes.pdf").read_bytes().startswith(b"%PDF")
    assert "Refer to the school's safeguarding lead" in (tmp_path / "minutes.txt").read_text(encoding="utf-8")
    message = window.statusBar().currentMessage()
    assert str(tmp_path) in message and all(n in message for n in ("minutes.pdf", "minutes.html", "minutes.txt"))

    calls = []
    page.write_minutes = lambda *args: calls.append(args)
    page.choose_file = lambda *_: ""  # the file dialog cancelled: nothing written
    click(qtbot, page.minutes_button)
    assert calls == []


def test_the_window_looks_the_minutes_writer_up_at_each_click(panel, window_for, qtbot, tmp_path, monkeypatch):
    chair = panel["chair"]
    ref = built(panel)
    window = window_for(chair, today=MEETING_DAY)
    calls = []

    def stand_in(ws, meeting_ref, path, today=None, language=None):
        calls.append((ws, meeting_ref, path, today, language))
        return SimpleNamespace(pdf=path, html=path.with_suffix(".html"), text=path.with_suffix(".txt"))

    monkeypatch.setattr(reporting, "write_minutes", stand_in)
    page = window.meetings_view.page
    page.choose_file = lambda *_: str(tmp_path / "m.pdf")
    # The minutes come in the language the chair picks beside the button (the policy's at first).
    assert page.minutes_language.isVisibleTo(page) and page.minutes_language.language() == "cy+en"
    page.minutes_language.setCurrentIndex(page.minutes_language.findData("cy"))
    click(qtbot, page.minutes_button)
    qtbot.waitUntil(lambda: background.running() == 0, timeout=30000)
    # Written off the GUI thread, on the chair's data folder opened again there: the same device.
    [(ws, meeting_ref, path, today, language)] = calls
    assert ws is not chair and (ws.folder, ws.profile.device_id) == (chair.folder, chair.profile.device_id)
    assert (meeting_ref, path, today) == (ref, tmp_path / "m.pdf", MEETING_DAY)  # the day the view counts from
    assert language == "cy"


# ----- live by sync --------------------------------------------------------------------------------------------
def test_a_remote_change_refreshes_the_page_and_attendees_follow_the_chair(panel, window_for, qtbot):
    chair, police, advocate = panel["chair"], panel["police"], panel["advocate"]
    ref = built(panel)
    window = window_for(police)
    page = window.meetings_view.page
    assert "Status: Scheduled" in page.details.text() and page.minutes.panel.reference == "CC-KIDS-1"
    meeting_id = chair.meetings.open(ref).case_id

    chair.meetings.set_status(ref, "in progress")
    chair.meetings.set_current(ref, "CC-NEW-2")
    chair.meetings.add_attendee(ref, device_id=police.profile.device_id)
    sync_all(panel)
    window._remote_changes({meeting_id})
    assert "Status: In progress" in page.details.text()
    assert column(page.attendance.attendees_model, 0) == ["Pat Police"]
    assert page.agenda.selected_case() == police.store.find_case("CC-NEW-2").case_id
    assert page.minutes.heading.text().startswith("Case CC-NEW-2")
    assert column(window.meetings_view.model, 2) == ["In progress"]

    # Someone typing is not moved under their hands: the page says where the meeting is, and follows after.
    box = page.minutes.boxes[0]
    box.setFocus()
    qtbot.keyClicks(box, "Police: no contact since the order")
    chair.meetings.set_current(ref, "CC-SIGN-4")
    sync_all(panel)
    window._remote_changes({meeting_id})
    assert page.minutes.heading.text().startswith("Case CC-NEW-2") and box.toPlainText().startswith("Police:")
    assert page.following.isVisible() and "CC-SIGN-4" in page.following.text()
    page.agenda.table.setFocus()  # leaving the box saves it, then the page catches up
    assert (
        police.meeting_mode.case_panel(ref, "CC-NEW-2", TODAY).discussion.key_risks
        == "Police: no contact since the order"
    )
    assert page.minutes.heading.text().startswith("Case CC-SIGN-4") and not page.following.isVisible()

    # A change to a case on the agenda, from another agency, shows at once.
    advocate.open_case("CC-SIGN-4").set("advocate_summary", "Survivor wants shuttle mediation.")
    sync_all(panel)
    window._remote_changes({police.store.find_case("CC-SIGN-4").case_id})
    assert "Survivor wants shuttle mediation." in [t for _a, t in page.minutes.panel.summaries]


def test_a_meeting_scheduled_elsewhere_arrives_in_the_list(panel, window_for):
    window = window_for(panel["advocate"])
    view = window.meetings_view
    assert view.model.rowCount() == 0
    ref = scheduled(panel)
    sync_all(panel)
    window._remote_changes(set())  # "something changed"
    assert column(view.model, 0) == [ref] and view.page.view.reference == ref
    # While the cases are in front, the meetings view catches up only when shown.
    window.show_cases()
    second = panel["chair"].meetings.schedule(dt.date(2027, 1, 7), "14:00", "Town hall").reference
    sync_all(panel)
    window._remote_changes({panel["advocate"].meetings.open(second).case_id})
    assert view.model.rowCount() == 1
    window.show_meetings()
    assert column(view.model, 0) == [ref, second]
    QApplication.processEvents()
