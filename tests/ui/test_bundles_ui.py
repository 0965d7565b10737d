"""Bundles from the desktop, over real workspaces: the chair's window writes a bundle for one
device or for every device of a role through the export dialog, and the recipients' windows
import it through theirs; what goes wrong is said in words."""

import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from app.sync.engine.bundle import import_bundle
from app.ui.main_window import MainWindow

WORK_TIMEOUT = 30000
TECHNICAL = ("Errno", "Error", "Exception", "Traceback")


@pytest.fixture
def window_of(qtbot):
    """window_of(workspace) -> its main window, shown."""
    made = []

    def make(ws):
        window = MainWindow(ws)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


def write(qtbot, dialog):
    """Press Write bundle; the dialog shows it is working at once, and says what it wrote."""
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert dialog.working and dialog.progress.isVisible() and not dialog.write_button.isEnabled()
    assert not dialog.close_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.working, timeout=WORK_TIMEOUT)
    assert not dialog.progress.isVisible()
    return dialog.message.text()


def import_file(qtbot, window, path):
    """Import `path` through the window's import dialog; (dialog, what it said)."""
    dialog = window.show_sync_panel().open_bundle_import()
    assert dialog.isVisible()
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.working and dialog.progress.isVisible()
    qtbot.waitUntil(lambda: not dialog.working, timeout=WORK_TIMEOUT)
    return dialog, dialog.message.text()


def test_a_bundle_for_one_device_carries_a_change_to_it(pair, window_of, qtbot, tmp_path):
    chair, police = pair
    case = chair.new_case("CC-B-1", "Person A", "Person B")
    chair_window, police_window = window_of(chair), window_of(police)
    usb = tmp_path / "usb"
    usb.mkdir()
    path = usb / "for-police.bundle"
    panel = chair_window.show_sync_panel()
    # The system's save dialog, replaced: the Browse button puts its answer in the field.
    dialog = panel.open_bundle_export(choose_file=lambda parent, title, start, filter_: str(path))
    assert dialog.isVisible() and dialog.for_device.isChecked()
    assert dialog.devices.count() == 1  # every other member; never this device
    assert dialog.devices.itemText(0).startswith("Pat Police (Police) · Police lead · " + police.profile.fingerprint)
    assert dialog.choose_device(police.profile.device_id)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.path.text() == str(path)

    said = write(qtbot, dialog)
    changes = dialog.written.changes
    assert changes > 0
    assert said == (
        f"Bundle written for Pat Police (Police): {changes} changes. Carry the file to that laptop and "
        f"choose Import bundle there. It is saved as {path}."
    )
    assert dialog.message.objectName() != "error" and panel.activity.text() == said
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # readable by its owner only
    assert case.reference.encode() not in path.read_bytes()
    dialog.reject()

    imported, said = import_file(qtbot, police_window, path)
    assert said.startswith(f"Imported the bundle from Charlie Chair (Panel): {changes} changes applied.")
    assert imported.imported.envelopes.applied == changes and not imported.imported.envelopes.quarantined
    assert imported.message.objectName() != "error"
    assert police.open_case(case.case_id).get("party_harmed_label") == "Person A"
    qtbot.waitUntil(lambda: police_window.case_list.model.row_of(case.case_id) >= 0, timeout=5000)
    assert police_window.sync_panel.activity.text() == said

    # The same file again changes nothing, and says so.
    again, said = import_file(qtbot, police_window, path)
    assert again.message.objectName() == "error"
    assert said.startswith("This bundle was imported on this laptop before")


@pytest.fixture
def role_panel(make_workspace, tmp_path):
    """The chair's device, two police devices and a clinician's, every device knowing every other."""
    chair = make_workspace("chair")
    chair.sync.found_panel("chair")
    devices = {
        "chair": chair,
        "police": make_workspace("police"),
        "police2": make_workspace("police", folder=tmp_path / "police2"),
        "clinician": make_workspace("clinician"),
    }
    for name, ws in devices.items():
        if name != "chair":
            ws.sync.join(chair.sync.admission(ws.profile))
    for ws in devices.values():
        ws.sync.receive_membership(chair.sync.membership_entries(), "chair")
    return devices


def test_a_bundle_for_a_role_reaches_every_device_of_it_and_no_other(role_panel, window_of, qtbot, tmp_path):
    chair, police, police2, clinician = (role_panel[k] for k in ("chair", "police", "police2", "clinician"))
    case = chair.new_case("CC-B-2", "Person C", "Person D")
    path = tmp_path / "for-police-lead"
    dialog = window_of(chair).show_sync_panel().open_bundle_export()
    assert dialog.choose_role("police")
    assert dialog.roles.currentText() == "Police lead (2 devices)"
    assert not dialog.devices.isEnabled() and dialog.roles.isEnabled()
    dialog.path.setText(str(path))
    said = write(qtbot, dialog)
    written = tmp_path / "for-police-lead.bundle"  # a name without one is given the bundle's ending
    assert dialog.path.text() == str(written) and written.exists()
    assert set(dialog.written.recipients) == {police.profile.device_id, police2.profile.device_id}
    assert said.startswith(
        "Bundle written for every Police lead device (Pat Police (Police) and Pat Police "
        f"(Police)): {dialog.written.changes} changes. Carry the file to each of those laptops"
    )
    dialog.reject()

    imported, said = import_file(qtbot, window_of(police2), written)
    assert said.startswith("Imported the bundle from Charlie Chair (Panel):")
    assert police2.open_case(case.case_id).get("party_harmed_label") == "Person C"
    assert import_bundle(police.sync, written.read_bytes()).envelopes.applied > 0

    # The clinician's device is not of that role: the bundle is not for it, and it is told so.
    refused, said = import_file(qtbot, window_of(clinician), written)
    assert refused.message.objectName() == "error" and refused.imported is None
    assert said == (
        "This bundle was made for another device, so nothing was imported. Ask the person who made it "
        "to export a bundle for this laptop."
    )
    assert not any(c.case_id == case.case_id for c in clinician.list_cases())


def test_what_goes_wrong_with_a_bundle_is_said_in_words(pair, window_of, qtbot, tmp_path):
    chair, police = pair
    chair.new_case("CC-B-3", "Person E", "Person F")
    chair_window, police_window = window_of(chair), window_of(police)

    dialog = chair_window.show_sync_panel().open_bundle_export()
    dialog.path.setText(str(tmp_path / "no such folder" / "x.bundle"))
    said = write(qtbot, dialog)
    assert dialog.message.objectName() == "error" and dialog.written is None
    assert said.startswith("The bundle could not be saved there.")
    assert dialog.write_button.isEnabled()  # choose another place and write again
    dialog.reject()

    photo = tmp_path / "holiday.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"not a bundle" * 100)
    refused, said = import_file(qtbot, police_window, photo)
    assert said.startswith("This file is not a Concord bundle, so nothing was imported.")
    refused.reject()
    missing, said = import_file(qtbot, police_window, tmp_path / "gone.bundle")
    assert said.startswith("The file could not be opened. Check that the USB stick is still plugged in")
    for text in (said, police_window.sync_panel.activity.text()):
        assert not any(word in text for word in TECHNICAL) and str(tmp_path) not in text


def letters(dialog) -> list[str]:
    """The Alt+letters of the dialog's visible buttons and labels that move the focus."""
    out = []
    for widget in dialog.findChildren(QAbstractButton) + [w for w in dialog.findChildren(QLabel) if w.buddy()]:
        text = widget.text()
        if widget.isVisible() and "&" in text.replace("&&", ""):
            out.append(text[text.replace("&&", "__").index("&") + 1].casefold())
    return out


def test_the_bundle_dialogs_fit_a_laptop_and_give_each_letter_once(pair, window_of, qtbot):
    chair, _police = pair
    panel = window_of(chair).show_sync_panel()
    for dialog in (panel.open_bundle_export(), panel.open_bundle_import()):
        QApplication.processEvents()
        found = letters(dialog)
        assert found and len(found) == len(set(found)), found
        hint = dialog.sizeHint()
        assert hint.width() <= 1366 - 16 and hint.height() <= 768 - 48 - 40, hint
        assert dialog.path.accessibleName() and dialog.message.wordWrap()
        dialog.reject()
        assert not dialog.isVisible()
