"""The chair's desktop shows the risk the police see: the agenda's reasons and meeting mode's
facts carry the flags the police published, on a device that reads no incident."""

import pytest
from PySide6.QtCore import Qt

from app.ui.main_window import MainWindow
from tests.support.flags_panel import INCIDENT_DAYS, INCIDENT_MARK, MEETING_DAY, TODAY, escalating_case
from tests.support.pinned_clock import pin_wall
from tests.support.process_panel import make_panel, sync_all

pinned_clock = pin_wall(TODAY)


@pytest.fixture
def panel(make_workspace):
    p = make_panel(make_workspace)
    escalating_case(p)
    sync_all(p)
    return p


def test_the_chairs_agenda_and_meeting_mode_show_the_published_flags(panel, qtbot):
    chair = panel["chair"]
    chair.meetings.schedule(MEETING_DAY, "10:00", "Hall")
    window = MainWindow(chair)
    window.meetings_view.today = lambda: TODAY
    qtbot.addWidget(window)
    window.show()
    window.show_meetings()
    page = window.meetings_view.page
    qtbot.mouseClick(page.agenda.build_button, Qt.MouseButton.LeftButton)
    model = page.agenda.model
    assert [model.data(model.index(r, 1)) for r in range(model.rowCount())] == ["CC-ESC-1"]
    assert model.data(model.index(0, 2)) == "new referral; risk escalating; repeat within 12 months"

    assert page.agenda.select_case(chair.store.find_case("CC-ESC-1").case_id)
    minutes = page.minutes
    facts = {
        minutes.facts.itemAt(r, minutes.facts.ItemRole.LabelRole).widget().text(): minutes.facts.itemAt(
            r, minutes.facts.ItemRole.FieldRole
        )
        .widget()
        .text()
        for r in range(minutes.facts.rowCount())
    }
    assert facts["Referral criterion:"] == "potential escalation"
    assert facts["Risk flags:"].startswith("ESCALATING; REPEAT; REVIEW DUE NOW")
    shown = " ".join(facts.values())
    assert INCIDENT_MARK not in shown and not any(day in shown for day in INCIDENT_DAYS)
    window.close()
