"""Closed means closed: what is written into a meeting concurrently with or after its closing
never reaches its minutes, on any device, in whatever order sync delivers it."""

import datetime as dt
import subprocess

import pytest

from app.reports import service as reporting
from app.sync.engine.in_process import exchange
from tests.support.meeting_panel import TODAY, meeting_panel, scheduled, seed_cases
from tests.support.pinned_clock import pin_wall
from tests.support.process_panel import sync_all

pinned_clock = pin_wall(dt.date(2026, 12, 22))
LATE = "MARK-WRITTEN-AFTER-CLOSING-5150"


@pytest.fixture
def panel(make_workspace):
    return seed_cases(meeting_panel(make_workspace))


def open_meeting(p) -> str:
    ref = scheduled(p)
    chair = p["chair"]
    chair.meetings.build_agenda(ref, TODAY)
    for role in ("police", "clinician", "legal"):
        chair.meetings.add_attendee(ref, device_id=p[role].profile.device_id)
    chair.meetings.set_distribution(ref, list(chair.members()))
    chair.meetings.set_status(ref, "in progress")
    sync_all(p)
    p["police"].meeting_mode.write_discussion(ref, "CC-KIDS-1", "decisions", "Refer to children's services.")
    p["police"].meeting_mode.add_action(ref, "CC-KIDS-1", "Tell the school", "police", "Pat Police", "2026-12-10")
    sync_all(p)
    return ref


def minutes_text(ws, ref, folder) -> str:
    """The minutes as issued: the PDF written and read back as text."""
    path = folder / f"{ws.profile.role}-minutes.pdf"
    reporting.write_minutes(ws, ref, path)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


def quarantined(ws) -> list[str]:
    return [q.reason for q in ws.sync.quarantined()]


def test_discussion_written_offline_while_the_chair_closed_is_never_minuted(panel, tmp_path):
    """The attack as found: a device that had not heard of the closing wrote discussion offline;
    it was accepted after sync and the minutes issued again contained it."""
    ref = open_meeting(panel)
    clinician, chair, police, legal = panel["clinician"], panel["chair"], panel["police"], panel["legal"]
    # The clinician writes, offline, while the chair closes: neither has seen the other.
    clinician.meeting_mode.write_discussion(ref, "CC-KIDS-1", "opinions", LATE)
    clinician.meeting_mode.add_action(ref, "CC-KIDS-1", LATE, "health", "Nia", "2026-12-11")
    chair.meetings.set_status(ref, "closed")
    # Order 1: the closing reaches the police device first, then the late writing.
    exchange(chair, police)
    exchange(clinician, police)
    assert any("meeting that was closed" in r for r in quarantined(police))
    # Order 2: the late writing reaches the legal device first, then the closing.
    exchange(clinician, legal)
    exchange(chair, legal)
    sync_all(panel)
    for role, ws in panel.items():
        view = ws.meetings.view(ref)
        assert view.closed, role
        panel_of_case = ws.meeting_mode.case_panel(view, "CC-KIDS-1")
        shown = repr(panel_of_case.discussion) + repr(panel_of_case.actions)
        if role != "clinician":
            assert LATE not in shown, role
        assert "Refer to children's services." in shown, role
    text = minutes_text(chair, ref, tmp_path)  # the chair issues the minutes
    assert "Refer to children" in text and LATE not in text
    # The chair's own device refused it on receipt too.
    assert any("meeting that was closed" in r for r in quarantined(chair))


def test_after_reopening_the_meeting_takes_new_writing_again(panel):
    ref = open_meeting(panel)
    chair, police = panel["chair"], panel["police"]
    chair.meetings.set_status(ref, "closed")
    sync_all(panel)
    chair.meetings.set_status(ref, "in progress")
    exchange(chair, police)
    police.meeting_mode.write_discussion(ref, "CC-KIDS-1", "opinions", "Added after reopening")
    # The legal device has not heard of the reopening from the chair: the police device brings it.
    exchange(police, panel["legal"])
    view = panel["legal"].meetings.view(ref)
    assert not view.closed
    assert "Added after reopening" in repr(panel["legal"].meeting_mode.case_panel(view, "CC-KIDS-1").discussion)
    assert not quarantined(panel["legal"])
