"""Backups on the desktop: the reminder, the backup dialog with its progress, a restore from the
first-run dialog, and a restored device taken back into its panel by file."""

import datetime as dt

from app.models import clock
from app.ui.main_window import MainWindow
from app.ui.setup.backup_dialogs import BackupDialog, RestoreDialog, backup_due
from app.ui.setup.first_run_dialog import FirstRunDialog
from app.workspace import Workspace
from tests.support.keyrings import MemoryKeyring

PASS = "several plain words together"


def back_up(qtbot, window, path, passphrase=PASS, again=None):
    dialog = window.backups.back_up()
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.passphrase.setText(passphrase)
    dialog.confirm.setText(passphrase if again is None else again)
    dialog.go.click()
    return dialog


def test_a_new_device_is_reminded_and_the_reminder_goes_once_backed_up(open_window, qtbot, tmp_path):
    window, ws, _ = open_window("police")
    assert window.backups.reminder.isVisible()
    assert window.backups.reminder.text() == "Never backed up: back up now…"
    assert not window.backups.request_button.isVisible()
    dialog = back_up(qtbot, window, tmp_path / "p.backup")
    qtbot.waitUntil(lambda: not dialog.running and "Backed up to" in dialog.message.text(), timeout=20000)
    assert (tmp_path / "p.backup").stat().st_size > 0
    assert dialog.progress.value() == 100 and dialog.passphrase.text() == ""
    assert not window.backups.reminder.isVisible()


def test_differing_passphrases_write_nothing(open_window, qtbot, tmp_path):
    window, _, _ = open_window("police")
    dialog = back_up(qtbot, window, tmp_path / "p.backup", again="several plain words togethr")
    assert dialog.message.text() == "The two passphrases differ." and not dialog.running
    short = back_up(qtbot, window, tmp_path / "q.backup", passphrase="short")
    assert "at least 12 characters" in short.message.text()
    assert not list(tmp_path.glob("*.backup*"))


def test_the_reminder_comes_back_a_month_after_the_last_backup():
    previous = clock.use(clock.Clock(shift_s=0))
    try:
        now = clock.wall()
        assert backup_due(None) == 0
        assert backup_due((now - dt.timedelta(days=29)).isoformat()) is None
        assert backup_due((now - dt.timedelta(days=31)).isoformat()) == 31
        clock.use(clock.Clock(shift_s=40 * 86400))  # the laptop's clock moves on forty days
        assert backup_due(now.isoformat()) == 40
    finally:
        clock.use(previous)


def test_restore_from_the_first_run_dialog_then_rejoin_the_panel_by_file(pair, qtbot, tmp_path):
    chair, police = pair
    police.new_case(reference="CC-UI-1").set("party_harmed_label", "Person Q")
    from app.device_backup import backup_device

    backup_device(police, tmp_path / "p.backup", PASS)
    laptop = MemoryKeyring()
    first_run = FirstRunDialog(tmp_path / "new-laptop", backend=laptop)
    qtbot.addWidget(first_run)
    restore = first_run.restore_from_backup()
    assert isinstance(restore, RestoreDialog)
    restore.path.setText(str(tmp_path / "p.backup"))
    restore.passphrase.setText("not the passphrase it was made with")
    restore.go.click()
    qtbot.waitUntil(lambda: not restore.running, timeout=20000)
    assert "not the one this backup was made with" in restore.message.text()
    assert not (tmp_path / "new-laptop").exists() and laptop.entries == {}

    restore.passphrase.setText(PASS)
    restore.go.click()
    qtbot.waitUntil(lambda: first_run.workspace is not None, timeout=20000)
    ws = first_run.workspace
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.backups.request_button.isVisible()
        window._update_sync_menu()
        assert window.request_action.isVisible() and window.admission_action.isVisible()
        saved = window.backups.save_request(str(tmp_path / "request.json"))
        assert saved is not None and saved.exists()

        chair_window = MainWindow(chair)
        qtbot.addWidget(chair_window)
        from app.ui.sync.replacement_actions import take_in_restored

        admission = take_in_restored(chair_window, chair, str(saved), str(tmp_path / "admission.json"))
        assert admission is not None
        assert chair.sync.state().active(police.profile.device_id) is None
        assert window.join_by_file(str(admission))
        assert ws.sync.panel_id == chair.sync.panel_id
        assert not window.backups.request_button.isVisible()
        window._update_sync_menu()
        assert not window.request_action.isVisible()
        assert ws.open_case("CC-UI-1").get("party_harmed_label") == "Person Q"
        chair_window.close()
    finally:
        window.close()
        ws.close()


def test_the_backup_dialog_refuses_to_close_while_it_works(open_window, qtbot, tmp_path):
    window, _, _ = open_window("police")
    dialog = BackupDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.running = True  # as while a backup is being written
    dialog.reject()
    dialog.close()
    assert dialog.isVisible()
    dialog.running = False
    dialog.reject()
    assert not dialog.isVisible()


def test_restored_folder_opens_as_a_device(tmp_path, qtbot, make_workspace):
    ws = make_workspace("police")
    from app.device_backup import backup_device

    backup_device(ws, tmp_path / "b.backup", PASS)
    laptop = MemoryKeyring()
    dialog = RestoreDialog(tmp_path / "laptop", backend=laptop)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "b.backup"))
    dialog.passphrase.setText(PASS)
    dialog.go.click()
    qtbot.waitUntil(lambda: dialog.workspace is not None, timeout=20000)
    assert dialog.result() == RestoreDialog.DialogCode.Accepted and dialog.request is None
    dialog.workspace.close()
    with Workspace.open(tmp_path / "laptop", backend=laptop) as again:
        assert again.profile.role == "police"
