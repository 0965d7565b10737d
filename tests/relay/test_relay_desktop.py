"""The sync panel's relay controls, offscreen: the relay's state in words, letters collected in
the background, and a device with no relay told so instead of offered a box that cannot work."""

from PySide6.QtWidgets import QWidget

from app.ui.sync.relay_controls import RelayControls


def test_the_relay_box_connects_collects_and_says_so(qtbot, panel, relay, settled, link):
    police, ci = panel["police"], panel["chief_inspector"]
    controls = RelayControls(ci)
    qtbot.addWidget(controls)
    controls.show()
    assert controls.isVisible()
    assert controls.check.isEnabled() and "Not connected" in controls.state.text()
    with qtbot.waitSignal(controls.lettersArrived, timeout=30000):
        controls.check.setChecked(True)
        qtbot.waitUntil(lambda: "Relay: connected" in controls.state.text(), timeout=20000)
        police.new_case(reference="CC-DESK-1").set("referral_reason", "through the relay to the desktop")
        link("police").exchange()
    qtbot.waitUntil(lambda: "Last letter:" in controls.state.text(), timeout=10000)
    assert ci.open_case("CC-DESK-1").get("referral_reason") == "through the relay to the desktop"
    relay.stop(kill=True)
    qtbot.waitUntil(lambda: "not connected" in controls.state.text(), timeout=20000)
    assert "tries again" in controls.state.text()
    controls.check.setChecked(False)
    assert controls._thread is None and "Not connected" in controls.state.text()


def test_a_device_without_a_relay_is_offered_nothing(qtbot, make_workspace):
    ws = make_workspace("chair")
    ws.sync.found_panel("chair")
    holder = QWidget()
    qtbot.addWidget(holder)
    controls = RelayControls(ws, holder)
    holder.show()
    assert not controls.isVisible() and not controls.check.isEnabled()
    controls.start()
    assert controls._thread is None
