"""The desktop's sync panel shows every role change on every device, waiting ones first, and the
owning agency's device approves one there."""

import pytest
from PySide6.QtCore import Qt

from app.sync.engine.in_process import exchange
from app.ui.main_window import MainWindow


@pytest.fixture
def chair_grabs_advocacy(make_workspace):
    """An agency-policy panel: chair and advocate; the chair asks to become advocate itself."""
    chair = make_workspace("chair")
    chair.sync.found_panel(policy="agency")
    advocate = make_workspace("advocate")
    advocate.sync.join(chair.sync.admission(advocate.profile))
    chair.sync.change_role(chair.profile.device_id, "advocate")
    exchange(chair, advocate)
    return chair, advocate


def open_panel(ws, qtbot):
    window = MainWindow(ws)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window, window.show_sync_panel()


def test_every_device_shows_the_waiting_change_and_the_advocate_approves_it(chair_grabs_advocacy, qtbot):
    chair, advocate = chair_grabs_advocacy
    windows = []
    try:
        for ws in (chair, advocate):
            window, panel = open_panel(ws, qtbot)
            windows.append(window)
            view = panel.role_changes
            assert view.isVisible()
            assert "1 waiting for approval" in view.heading.text()
            first = view.list.item(0).text()
            assert "pending" in first and "chair -> advocate" in first and "waits for Advocacy service" in first
            assert "another agency's data waits for a device of that agency" in view.policy.text()
        chair_panel = windows[0].show_sync_panel()
        chair_view = chair_panel.role_changes
        chair_view.list.setCurrentRow(0)
        assert chair_view.approve_button.isEnabled()
        qtbot.mouseClick(chair_view.approve_button, Qt.MouseButton.LeftButton)  # the chair tries its own
        assert "made it" in chair_panel.activity.text()
        assert chair.sync.state().waiting()

        panel = windows[1].show_sync_panel()
        view = panel.role_changes
        view.list.setCurrentRow(0)
        qtbot.mouseClick(view.approve_button, Qt.MouseButton.LeftButton)
        assert "Approved the change of" in panel.activity.text()
        assert not advocate.sync.state().waiting()
        assert (
            "in force" in view.list.item(0).text() and "approved by Advocacy service: Sam" in view.list.item(0).text()
        )
        assert not view.approve_button.isEnabled()
    finally:
        for window in windows:
            window.close()


def test_the_device_list_shows_a_role_change_waiting_beside_the_device(chair_grabs_advocacy, qtbot):
    chair, advocate = chair_grabs_advocacy
    window, panel = open_panel(advocate, qtbot)
    try:
        rows = {row.device_id: row for row in panel.model.rows}
        assert (
            rows[chair.profile.device_id].role
            == "Panel chair (to Independent domestic violence advocate: waits for approval)"
        )
    finally:
        window.close()
