"""Invite and join from the desktop, over real parts: the chair's window listens through its
worker, a new police device's window redeems the code over TLS on 127.0.0.1."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.ui.main_window import MainWindow
from app.ui.sync.invitations_model import COLUMNS as INVITATION_COLUMNS
from tests.support.sync_window import Heard, free_port


@pytest.fixture
def windows(make_workspace, qtbot):
    """windows(role, ...) -> a shown MainWindow per role; the chair's device founds the panel."""
    made = []

    def make(*roles):
        out = []
        for role in roles:
            ws = make_workspace(role)
            if role == "chair":
                ws.sync.found_panel("chair")
            window = MainWindow(ws)
            qtbot.addWidget(window)
            window.show()
            made.append(window)
            out.append(window)
        return out

    yield make
    for window in made:
        window.close()


def serve(qtbot, window) -> int:
    panel = window.show_sync_panel()
    panel.serve.host = "127.0.0.1"
    panel.serve.port.setValue(free_port())
    heard = Heard(window.sync.worker)
    panel.serve.check.setChecked(True)
    port, problem = heard.wait(qtbot, "servingChanged", timeout=10000)
    assert port and not problem
    return port


def test_the_chair_invites_and_a_new_device_joins(windows, qtbot, tmp_path):
    chair, police = windows("chair", "police")
    case = chair.workspace.new_case("CC-J-1", "Person A", "Person B")
    port = serve(qtbot, chair)
    invite = chair.sync_panel.open_invite()
    assert invite.isVisible() and not invite.copy_button.isEnabled()
    invite.role.setCurrentIndex(invite.role.findData("police"))
    assert invite.hours.value() == 72
    invitation = invite.make()
    assert invite.code.text() == invitation.code and "Police lead" in invite.details.text()
    assert str(port) in invite.reach.text()  # the joiner needs this device's address and this port
    invite.copy()
    assert QGuiApplication.clipboard().text() == invitation.code
    assert invite.save_to(tmp_path / "police.invite")
    assert invite.model.rowCount() == 1
    assert invite.model.index(0, INVITATION_COLUMNS.index("state")).data() == "Open"

    police_panel = police.show_sync_panel()
    assert police_panel.join_button.isVisible() and not police_panel.sync_button.isEnabled()
    join = police_panel.open_join()
    assert not join.join_button.isEnabled()
    assert join.load_file(tmp_path / "police.invite")
    assert join.chair.fingerprint() == chair.workspace.profile.fingerprint  # compare with the chair's screen
    assert "Police lead" in join.summary.text()
    join.address.setText(f"127.0.0.1:{port}")
    assert not join.join_button.isEnabled()  # not before the person has compared the fingerprints
    join.confirm.setChecked(True)
    assert join.join_button.isEnabled()
    heard = Heard(police.sync.worker)
    qtbot.mouseClick(join.join_button, Qt.MouseButton.LeftButton)
    (result,) = heard.wait(qtbot, "joined", timeout=30000)
    assert join.joined is result
    assert join.joined.chair_fingerprint == chair.workspace.profile.fingerprint
    assert "Joined the panel" in join.message.text() and not join.join_button.isVisible()
    # The new member's window fetches the panel's cases at once, and offers sync from then on; the
    # chair's lists the device and the invitation as used.
    assert not police_panel.join_button.isVisible()
    (first,) = heard.wait(qtbot, "finished", timeout=30000)
    assert first.ok and first.peer == chair.workspace.profile.device_id
    qtbot.waitUntil(lambda: police_panel.sync_button.isEnabled(), timeout=5000)
    qtbot.waitUntil(lambda: police.case_list.model.row_of(case.case_id) >= 0, timeout=5000)
    police_id = police.workspace.profile.device_id
    qtbot.waitUntil(lambda: chair.sync_panel.model.row_of(police_id) >= 0, timeout=10000)
    invite.refresh()
    assert invite.model.index(0, INVITATION_COLUMNS.index("state")).data() == "Used"
    assert invite.model.index(0, INVITATION_COLUMNS.index("used_by")).data() == "Pat Police"


def test_a_typed_code_is_checked_before_anything_is_sent(windows, qtbot, tmp_path):
    chair, police = windows("chair", "police")
    invitation = chair.workspace.sync.invite("clinician")
    join = police.show_sync_panel().open_join()
    # The file form names the role: a device set up for another role is told before it connects.
    (tmp_path / "clinician.invite").write_bytes(invitation.to_file_bytes())
    assert join.load_file(tmp_path / "clinician.invite")
    assert join.message.objectName() == "error" and "Health practitioner" in join.message.text()
    join.confirm.setChecked(True)
    join.address.setText("127.0.0.1:47470")
    assert not join.join_button.isEnabled()
    join.confirm.setChecked(False)
    join.address.clear()
    join.code.setPlainText(invitation.code[:-3])
    assert join.message.objectName() == "error" and "not a valid invitation" in join.message.text()
    assert join.chair.fingerprint() == ""
    # A typed code carries no role: the chair's device is the one to refuse a wrong one.
    join.code.setPlainText(invitation.code.lower())
    assert join.chair.fingerprint() == chair.workspace.profile.fingerprint
    assert join.message.objectName() != "error"
    join.confirm.setChecked(True)
    join.address.setText(f"127.0.0.1:{free_port()}")
    heard = Heard(police.sync.worker)
    assert join.join()
    heard.wait(qtbot, "joinFailed", timeout=30000)
    assert "Could not join" in join.message.text()
    assert "did not answer" in join.message.text() and join.join_button.isEnabled()
    assert "Errno" not in join.message.text() and "refused" not in join.message.text()
    assert police.workspace.sync.panel_id is None


def test_an_invitation_can_be_withdrawn(windows, qtbot):
    (chair,) = windows("chair")
    invite = chair.sync_panel.open_invite()
    invite.make()
    assert not invite.withdraw_button.isEnabled()
    invite.table.selectRow(0)
    assert invite.withdraw_button.isEnabled()
    invite.withdraw_selected()
    assert invite.model.index(0, INVITATION_COLUMNS.index("state")).data() == "Withdrawn"
    assert not invite.copy_button.isEnabled()  # the code on screen no longer works: it is gone
    assert not invite.withdraw_button.isEnabled()


def test_only_the_chair_invites_and_only_a_device_outside_a_panel_joins(windows):
    chair, police = windows("chair", "police")
    assert not chair.sync_panel.invite_button.isHidden() and chair.sync_panel.join_button.isHidden()
    assert police.sync_panel.invite_button.isHidden() and not police.sync_panel.join_button.isHidden()
    police._update_sync_menu()
    assert police.join_action.isVisible() and not police.invite_action.isVisible()
