"""The chair adopts a new version of the agreement from the desktop: the device says who comes to
read or stops reading what before it asks, refuses a file that is no later version, and every
other window puts the change in force when sync brings it - closing the case it showed, which
may no longer read as it did."""

from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QMessageBox

from app.models.resources import read_text
from app.sync.engine import in_process
from app.ui.agreement.adopt import adopt_from_file
from app.ui.agreement.agreement_dialog import show_agreement
from app.ui.main_window import MainWindow
from tests.support.sync_stores import chair_admits

REF = "CC-ADOPT-1"
VOICE_V1 = '[sections.survivor_voice]\nread = ["advocate", "facilitator", "chief_inspector"]'
VOICE_V2 = '[sections.survivor_voice]\nread = ["advocate", "chief_inspector"]'


def agreement(tmp_path, version: int) -> str:
    text = read_text("schema", "isa.toml").replace("version = 1", f"version = {version}", 1)
    path = tmp_path / f"agreement-{version}.toml"
    path.write_text(text.replace(VOICE_V1, VOICE_V2), encoding="utf-8")
    return str(path)


def engines_only(devices):
    """The devices as sync sees them, without their windows' workspaces following on their own."""
    return {r: SimpleNamespace(sync=ws.sync, profile=ws.profile) for r, ws in devices.items()}


@pytest.fixture
def panel(make_workspace):
    devices = chair_admits(make_workspace, ("advocate", "facilitator"))
    devices["advocate"].new_case(reference=REF)
    devices["advocate"].open_case(REF).set("wishes", "MK-ADOPT-UI-6b1d")
    in_process.sync_all(devices, 2)
    return devices


def tabs(window) -> list[str]:
    return [window.case_view.sections.tabText(i) for i in range(window.case_view.sections.count())]


def open_window(qtbot, ws) -> MainWindow:
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    window.refresh_cases()
    return window


def test_only_the_chairs_agreement_dialog_offers_to_adopt(panel, qtbot):
    chair = open_window(qtbot, panel["chair"])
    assert show_agreement(chair).adopt_button is not None
    advocate = open_window(qtbot, panel["advocate"])
    assert show_agreement(advocate).adopt_button is None


def test_the_chair_sees_what_changes_and_adopts_once_confirmed(panel, qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot, panel["chair"])
    asked = []
    path = agreement(tmp_path, 2)
    assert not adopt_from_file(window, path, confirm=lambda _w, q, d: asked.append((q, d)) or False)
    assert panel["chair"].schema.governance.version == 1, "nothing is adopted until the chair says yes"
    question, details = asked[0]
    assert "version 2" in question
    assert details.startswith("Restorative facilitator will no longer read: Wishes, Non-negotiables, Boundaries")
    assert "\n" not in details, "one role changes, in one line"

    assert adopt_from_file(window, path, confirm=lambda *_: True)
    assert panel["chair"].schema.governance.version == 2
    assert "Agreement version 2 is now in force here." in window.statusBar().currentMessage()

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    assert not adopt_from_file(window, path, confirm=lambda *_: True)
    assert warned == ["the agreement's version 2 is not later than the version in force (2)"]


def test_another_window_follows_when_sync_brings_the_change(panel, qtbot, tmp_path):
    facilitator = panel["facilitator"]
    window = open_window(qtbot, facilitator)
    assert window.case_list.select_case(facilitator.store.find_case(REF).case_id)
    qtbot.waitUntil(lambda: window.case_view.session is not None)
    assert adopt_from_file(open_window(qtbot, panel["chair"]), agreement(tmp_path, 2), confirm=lambda *_: True)

    in_process.sync_all(engines_only(panel), 1)
    before = window.case_view.session
    assert "Survivor's voice" in tabs(window)
    window._remote_changes(set())
    assert "Agreement version 2 is now in force here." in window.statusBar().currentMessage()
    # The case shown is opened again, under the agreement now in force.
    after = window.case_view.session
    assert after is not None and after is not before and after.case_id == before.case_id
    assert not after.can_read("wishes")
    assert "Survivor's voice" not in [
        window.case_view.sections.tabText(i) for i in range(window.case_view.sections.count())
    ]
