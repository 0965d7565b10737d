"""First run: the set-up dialog initialises a workspace; the entry points pass the keyring on."""

import keyring.backends.fail
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.ui import main as ui_main
from app.ui.setup.first_run_dialog import FirstRunDialog
from app.workspace import Workspace


def test_first_run_dialog_initialises_a_workspace(tmp_path, qtbot, memory_keyring):
    folder = tmp_path / "new-device"
    dialog = FirstRunDialog(folder, backend=memory_keyring)
    qtbot.addWidget(dialog)
    labels = [dialog.role.itemText(i) for i in range(dialog.role.count())]
    assert "Police lead" in labels and "Health practitioner" in labels
    dialog.role.setCurrentIndex(dialog.role.findData("clinician"))
    assert dialog.agency.text() == "Health"  # suggested from the agreement
    qtbot.keyClicks(dialog.name, "Alex Clinician")
    dialog.accept()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert Workspace.exists(folder)
    assert dialog.workspace.role == "clinician" and dialog.workspace.profile.name == "Alex Clinician"
    dialog.workspace.close()
    with Workspace.open(folder, backend=memory_keyring) as again:
        assert again.profile.agency == "Health"


def test_first_run_dialog_explains_an_insecure_keyring(tmp_path, qtbot):
    folder = tmp_path / "new-device"
    dialog = FirstRunDialog(folder, backend=keyring.backends.fail.Keyring())
    qtbot.addWidget(dialog)
    dialog.name.setText("Pat Police")
    dialog.accept()
    assert dialog.result() != FirstRunDialog.DialogCode.Accepted and dialog.workspace is None
    assert dialog.error.isVisibleTo(dialog) and "keyring" in dialog.error.text()
    assert not Workspace.exists(folder)


def test_first_run_dialog_needs_a_name(tmp_path, qtbot, memory_keyring):
    dialog = FirstRunDialog(tmp_path / "d", backend=memory_keyring)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.workspace is None and "name" in dialog.error.text()


def test_build_window_runs_first_run_then_opens_the_main_window(tmp_path, qtbot, memory_keyring):
    folder = tmp_path / "fresh"

    def fill_in():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstRunDialog)
        dialog.name.setText("Pat Police")
        dialog.role.setCurrentIndex(dialog.role.findData("police"))
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    window, status = ui_main.build_window(folder, backend=memory_keyring)
    assert status == 0 and window is not None
    qtbot.addWidget(window)
    assert window.isVisible() and window.workspace.role == "police"
    assert window.badge.device.text() == f"Device {window.workspace.profile.fingerprint}"
    assert QApplication.applicationName() == "Concord"
    window.close()
    window.workspace.close()
    # Next time the folder opens straight into the window, with the same keyring.
    window, status = ui_main.build_window(folder, backend=memory_keyring)
    qtbot.addWidget(window)
    assert window.workspace.profile.name == "Pat Police"
    window.close()
    window.workspace.close()


def test_cancelling_first_run_exits_quietly(tmp_path, qtbot, memory_keyring):
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert ui_main.run_gui(tmp_path / "fresh", backend=memory_keyring) == 0
    assert not Workspace.exists(tmp_path / "fresh")


def test_main_parses_data(monkeypatch, tmp_path):
    seen = {}
    monkeypatch.setattr(ui_main, "run_gui", lambda data, backend=None: seen.setdefault("data", data) and 7)
    assert ui_main.main(["--data", str(tmp_path)]) == 7
    assert seen["data"] == tmp_path
