"""The chair's side of a meeting on the desktop: everyone present recorded in one go from the
panel's members, closing a meeting with cases not discussed only once the chair has said so, and
actions owned by the agencies the meetings policy names, by a member of the agency chosen."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.models.meetings.agenda import DEFAULT_POLICY, load_meeting_policy
from app.ui.main_window import MainWindow
from app.ui.meetings.dialogs import (
    ActionDialog,
    AgendaItemDialog,
    ApologyDialog,
    AttendeeDialog,
    DistributionDialog,
    ObserverDialog,
    ScheduleDialog,
)
from tests.support.meeting_panel import TODAY, meeting_panel, scheduled, seed_cases
from tests.support.pinned_clock import pin_wall
from tests.support.process_panel import sync_all

pinned_clock = pin_wall(dt.date(2026, 12, 22))  # after every date the meeting panel's cases carry


@pytest.fixture
def panel(make_workspace):
    p = seed_cases(meeting_panel(make_workspace))
    ref = scheduled(p)
    p["chair"].meetings.build_agenda(ref, TODAY)
    sync_all(p)
    return p, ref


@pytest.fixture
def window_for(qtbot):
    windows = []

    def make(ws):
        window = MainWindow(ws)
        window.meetings_view.today = lambda: TODAY
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        window.show_meetings()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def rows(list_widget):
    return [list_widget.item(n) for n in range(list_widget.count())]


def column(model, col):
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def button_of(box, text):
    return next(b for b in box.buttons() if b.text().replace("&", "") == text)


def items(combo):
    return [combo.itemText(n) for n in range(combo.count())]


def test_the_chair_ticks_several_members_and_someone_else_and_all_are_recorded_at_once(panel, window_for, qtbot):
    p, ref = panel
    chair = p["chair"]
    window = window_for(chair)
    part = window.meetings_view.page.attendance
    window.meetings_view.page.tabs.setCurrentWidget(part)
    dialog = part.add_attendee()
    qtbot.waitExposed(dialog)
    listed = {item.data(Qt.ItemDataRole.UserRole): item.text() for item in rows(dialog.members)}
    assert set(listed) == set(chair.members())  # every member of the panel, in one list
    assert listed[p["police"].profile.device_id] == "Pat Police, Police lead (Police)"  # name, role, agency

    dialog.ok.click()  # nothing ticked and no one named: refused inside the dialog
    assert dialog.isVisible() and "tick the members" in dialog.error.text().lower()
    chosen = {p[r].profile.device_id for r in ("police", "advocate", "clinician")}
    for item in rows(dialog.members):
        if item.data(Qt.ItemDataRole.UserRole) in chosen:
            item.setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.name, "Dee Housing")
    qtbot.keyClicks(dialog.agency, "Housing")
    dialog.ok.click()
    assert not dialog.isVisible()
    attendees = chair.meetings.view(ref).attendees
    assert sorted(a["name"] for a in attendees) == ["Alex Clinician", "Dee Housing", "Pat Police", "Sam Advocate"]
    assert {a["device_id"] for a in attendees if a["device_id"]} == chosen
    assert sorted(column(part.attendees_model, 0)) == ["Alex Clinician", "Dee Housing", "Pat Police", "Sam Advocate"]

    # Those recorded already show as such and cannot be ticked again.
    again = part.add_attendee()
    recorded = [item for item in rows(again.members) if item.data(Qt.ItemDataRole.UserRole) in chosen]
    assert len(recorded) == 3 and all(not item.flags() & Qt.ItemFlag.ItemIsEnabled for item in recorded)
    assert all("already recorded" in item.text() for item in recorded) and again.chosen() == []
    again.reject()


def test_closing_with_cases_not_discussed_asks_first_and_cancel_keeps_the_meeting_open(panel, window_for, qtbot):
    p, ref = panel
    chair = p["chair"]
    chair.meetings.set_status(ref, "in progress")
    chair.meeting_mode.write_discussion(ref, "CC-KIDS-1", "decisions", "Refer to the school's safeguarding lead")
    chair.meeting_mode.add_action(ref, "CC-NEW-2", "Check bail conditions", "police", "Pat Police", "2026-12-10")
    window = window_for(chair)
    agenda = window.meetings_view.page.agenda

    qtbot.mouseClick(agenda.close_button, Qt.MouseButton.LeftButton)
    box = agenda.close_box
    qtbot.waitUntil(box.isVisible)
    # Only the case with nothing recorded is named: a discussion or an action counts as an outcome.
    assert "CC-SIGN-4" in box.text() and "CC-KIDS-1" not in box.text() and "CC-NEW-2" not in box.text()
    assert box.defaultButton() is button_of(box, "Cancel")
    button_of(box, "Cancel").click()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert chair.meetings.view(ref).status == "in progress"
    assert agenda.close_button.isEnabled() and "In progress" in column(window.meetings_view.model, 2)

    qtbot.mouseClick(agenda.close_button, Qt.MouseButton.LeftButton)
    box = agenda.close_box
    qtbot.waitUntil(box.isVisible)
    button_of(box, "Close anyway").click()
    assert chair.meetings.view(ref).status == "closed"
    assert agenda.reopen_button.isEnabled() and "Closed" in column(window.meetings_view.model, 2)


def test_a_meeting_with_every_case_discussed_closes_without_asking(panel, window_for, qtbot):
    p, ref = panel
    chair = p["chair"]
    chair.meetings.set_status(ref, "in progress")
    window = window_for(chair)
    page = window.meetings_view.page
    for item in chair.meetings.view(ref).agenda[1:]:
        chair.meeting_mode.write_discussion(ref, item.case_id, "key_risks", "Discussed")
    page.refresh()
    first = chair.meetings.view(ref).agenda[0]
    page.agenda.select_case(first.case_id)
    box = page.minutes.boxes[2]
    box.setFocus()
    qtbot.keyClicks(box, "No further action")  # typed and not saved yet: closing saves it first
    qtbot.mouseClick(page.agenda.close_button, Qt.MouseButton.LeftButton)
    assert page.agenda.close_box is None
    assert chair.meetings.view(ref).status == "closed"
    assert chair.meeting_mode.case_panel(ref, first.case_id, TODAY).discussion.decisions == "No further action"


def test_the_action_dialog_offers_the_policys_agencies_and_that_agencys_members(panel, window_for, qtbot, tmp_path):
    p, ref = panel
    police = p["police"]
    window = window_for(police)
    minutes = window.meetings_view.page.minutes
    dialog = minutes.add_action()
    qtbot.waitExposed(dialog)
    assert items(dialog.agency) == list(load_meeting_policy().agencies)
    assert {"children's services", "education", "housing"} <= set(items(dialog.agency))
    # This device's own agency first, with its members offered as owners; anyone else may be typed.
    assert dialog.agency.currentData() == "police"
    assert items(dialog.owner) == ["Chris Inspector", "Pat Police"] and dialog.owner.isEditable()
    dialog.agency.setCurrentIndex(dialog.agency.findData("health"))
    assert items(dialog.owner) == ["Alex Clinician"]
    dialog.owner.setCurrentIndex(0)
    dialog.agency.setCurrentIndex(dialog.agency.findData("advocacy"))
    assert items(dialog.owner) == ["Sam Advocate"] and dialog.owner.currentText() == ""  # not advocacy's
    dialog.agency.setCurrentIndex(dialog.agency.findData("education"))
    assert items(dialog.owner) == []  # no member of the panel: the owner is typed
    dialog.owner.setEditText("Jan School")
    dialog.agency.setCurrentIndex(dialog.agency.findData("legal"))
    assert items(dialog.owner) == ["Lee Legal"] and dialog.owner.currentText() == "Jan School"  # typed: kept
    dialog.reject()

    # An area that adds an agency to its policy sees it offered.
    policy = tmp_path / "meetings.toml"
    policy.write_text(
        DEFAULT_POLICY.read_text(encoding="utf-8")
        .replace('agencies = ["advocacy",', 'agencies = ["probation", "advocacy",')
        .replace('agencies_cy = ["eiriolaeth",', 'agencies_cy = ["gwasanaeth prawf", "eiriolaeth",'),
        encoding="utf-8",
    )
    police.meetings.policy = load_meeting_policy(policy)
    dialog = minutes.add_action()
    assert items(dialog.agency)[:2] == ["probation", "advocacy"] and dialog.agency.findData("probation") == 0
    qtbot.keyClicks(dialog.action, "Tell the school's safeguarding lead")
    dialog.agency.setCurrentIndex(dialog.agency.findData("police"))
    dialog.owner.setCurrentIndex(dialog.owner.findText("Pat Police"))
    dialog.ok.click()
    assert not dialog.isVisible()
    assert [(a.agency, a.owner) for a in police.meeting_mode.case_panel(ref, "CC-KIDS-1", TODAY).actions] == [
        ("police", "Pat Police")
    ]


def test_every_meeting_form_fits_a_small_laptop_screen_with_a_large_panel(qtbot):
    # 1366 x 768, less the task bar and the window's frame.
    members = {
        f"device-{n}": (f"Member {n} of a panel with a long name, Jr", "police", "Children's services")
        for n in range(40)
    }
    roles = {"police": "Police lead"}
    day = dt.date(2026, 12, 3)
    forms = [
        ScheduleDialog(None, day),
        AttendeeDialog(None, "PM-1", members, roles, {"device-1"}),
        ObserverDialog(None, "PM-1"),
        ApologyDialog(None, "PM-1", day),
        AgendaItemDialog(None, "PM-1", [(f"id-{n}", f"CC-2026-{n:04d}") for n in range(200)], 10),
        ActionDialog(None, "PM-1", "CC-2026-0001", day, load_meeting_policy().agencies, members, "police"),
        DistributionDialog(None, "PM-1", members, roles, {"device-2"}),
    ]
    for dialog in forms:
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.show_error("The attendee's name is longer than 120 characters; " * 3)  # a refusal shown too
        size = dialog.frameGeometry().size().expandedTo(dialog.minimumSizeHint())
        assert size.width() <= 1300 and size.height() <= 680, (dialog.windowTitle(), size)


def test_meeting_dates_are_shown_as_people_write_them_and_chosen_from_a_calendar(panel, window_for):
    p, _ref = panel
    window = window_for(p["chair"])
    dialog = window.meetings_view.schedule()
    day = TODAY + dt.timedelta(days=7)
    assert dialog.date.calendarPopup()
    assert dialog.date.text() == day.strftime("%d/%m/%Y")
    dialog.reject()
