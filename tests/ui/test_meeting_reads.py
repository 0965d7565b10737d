"""How often the Meetings view reads a meeting and builds a case's meeting mode on the GUI thread.
Each read walks the meeting and every case on its agenda, so doing it again for the same change is
felt as a pause while the panel is sitting."""

import datetime as dt

import pytest

from app.models.meetings.mode import MeetingMode
from app.ui.main_window import MainWindow
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


def counted(ws, monkeypatch) -> dict:
    """Counts of the page's reads of a meeting ("view", not those listing the meetings), of the
    meetings listed ("listed"), and of case panels built ("panel", with "by_id" those given an id,
    so reading the meeting again)."""
    counts = {"view": 0, "listed": 0, "panel": 0, "by_id": 0}
    service = ws.meetings
    view, meetings, build = service.view, service.meetings, MeetingMode.case_panel
    listing = []

    def read(*args, **kwargs):
        counts["view"] += not listing
        return view(*args, **kwargs)

    def listed(*args, **kwargs):
        counts["listed"] += 1
        listing.append(1)
        try:
            return meetings(*args, **kwargs)
        finally:
            listing.pop()

    def panel(self, meeting, *args, **kwargs):
        counts["panel"] += 1
        counts["by_id"] += isinstance(meeting, str)
        return build(self, meeting, *args, **kwargs)

    monkeypatch.setattr(service, "view", read)
    monkeypatch.setattr(service, "meetings", listed)
    monkeypatch.setattr(MeetingMode, "case_panel", panel)
    return counts


def test_showing_the_meetings_and_following_the_chair_read_the_meeting_once(panel, qtbot, monkeypatch):
    panel, ref = panel
    chair, police = panel["chair"], panel["police"]
    counts = counted(police, monkeypatch)
    window = MainWindow(police)
    window.meetings_view.today = lambda: TODAY
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    page = window.meetings_view.page
    try:
        window.show_meetings()
        assert page.minutes.heading.text().startswith("Case CC-KIDS-1")
        assert counts == {"view": 1, "listed": 1, "panel": 1, "by_id": 0}

        chair.meetings.set_status(ref, "in progress")
        chair.meetings.set_current(ref, "CC-NEW-2")
        sync_all(panel)
        counts.update(view=0, listed=0, panel=0)
        window._remote_changes({chair.meetings.open(ref).case_id})
        assert page.minutes.heading.text().startswith("Case CC-NEW-2") and "In progress" in page.details.text()
        assert counts == {"view": 1, "listed": 1, "panel": 1, "by_id": 0}

        # A change to a case on the agenda, not to the meeting: the case shown is built again, once.
        police.open_case("CC-NEW-2").set("police_summary", "One call-out.")
        counts.update(view=0, listed=0, panel=0)
        window._remote_changes({police.store.find_case("CC-NEW-2").case_id})
        assert ("Police", "One call-out.") in page.minutes.panel.summaries
        assert counts == {"view": 1, "listed": 0, "panel": 1, "by_id": 0}

        # Saving the discussion writes into the case, not the meeting: the list is not read again, and
        # the case is still announced to the rest of the window.
        written = []
        window.meetings_view.cases_written.connect(written.append)
        box = page.minutes.boxes[0]
        box.setFocus()
        qtbot.keyClicks(box, "No contact since the order")
        counts.update(view=0, listed=0, panel=0)
        assert page.minutes.save_discussion()
        assert written == [{police.store.find_case("CC-NEW-2").case_id}]
        assert counts["listed"] == 0 and counts["panel"] == 1 and counts["by_id"] == 0
    finally:
        window.close()
