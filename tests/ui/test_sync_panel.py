"""The sync panel over real parts: two workspaces in one panel, a real TLS listener on 127.0.0.1
serving the chair's device, and the police device's window syncing through its worker thread,
by a click on the chair's row or by a typed address."""

import time
from collections import namedtuple

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetrics

from app.sync.engine.exchanges import recall
from app.ui.sync.peers_model import COLUMNS, PeersModel
from app.workspace import Workspace
from tests.support.sync_window import Heard, free_port, served_by, start_serving, sync_now

Peer = namedtuple("Peer", "device_id host port")


def cell(panel, device_id, column):
    model = panel.model
    return model.index(model.row_of(device_id), COLUMNS.index(column)).data()


def index_of(panel, device_id, column):
    """The view's index (through the sorting proxy) of a device's cell."""
    model = panel.model
    return panel.proxy.mapFromSource(model.index(model.row_of(device_id), COLUMNS.index(column)))


def test_sync_now_shows_the_peer_and_updates_the_open_case_live(police_window, serve, qtbot):
    window, chair, police = police_window
    case = chair.new_case("CC-S-1", "Person A", "Person B")
    listener = serve(chair)
    panel = window.show_sync_panel()
    assert panel.own.fingerprint() == police.profile.fingerprint  # shown for the other person to compare

    exchange = sync_now(qtbot, window, listener.port)
    assert exchange.ok and exchange.peer == chair.profile.device_id and exchange.applied > 0
    row = panel.model.row_of(chair.profile.device_id)
    assert row >= 0
    assert cell(panel, chair.profile.device_id, "fingerprint") == chair.profile.fingerprint
    assert cell(panel, chair.profile.device_id, "last") not in ("", "Never")
    assert "in" in cell(panel, chair.profile.device_id, "last")
    assert chair.profile.fingerprint in panel.activity.text()  # read it to each other after the exchange
    assert window.sync_label.text().startswith("Synced")
    # The chair's case arrived and is listed without the person asking.
    qtbot.waitUntil(lambda: window.case_list.model.row_of(case.case_id) >= 0, timeout=5000)
    assert window.case_list.select_case(case.case_id)
    qtbot.waitUntil(lambda: window.case_view.session is not None)
    session = window.case_view.session
    assert window.case_view.editor("party_harmed_label").text() == "Person A"

    chair.open_case(case.case_id).set("party_harmed_label", "Person Z")
    sync_now(qtbot, window, listener.port)
    qtbot.waitUntil(lambda: window.case_view.editor("party_harmed_label").text() == "Person Z", timeout=5000)
    assert window.case_view.session is session  # updated in place, not reopened
    # The record of the exchange survives a restart: it is in the store, not only in memory.
    with Workspace.open(police.folder, backend=police.keys.os_keyring.backend) as again:
        assert recall(again.store)[chair.profile.device_id].ok


def test_a_field_being_edited_keeps_the_typing(police_window, serve, qtbot):
    window, chair, police = police_window
    case = chair.new_case("CC-S-2", "Person A", "Person B")
    listener = serve(chair)
    sync_now(qtbot, window, listener.port)
    qtbot.waitUntil(lambda: window.case_list.model.row_of(case.case_id) >= 0, timeout=5000)
    window.case_list.select_case(case.case_id)
    qtbot.waitUntil(lambda: window.case_view.session is not None)
    view = window.case_view
    harmer = view.editor("party_harmer_label")
    assert harmer.text() == "Person B"
    harmer.setFocus()
    harmer.selectAll()
    qtbot.keyClicks(harmer, "Still typing")
    saver = view.page("case_core").savers["party_harmer_label"]
    saver.timer.stop()  # the person is mid-word: nothing saved yet
    assert saver.dirty

    remote = chair.open_case(case.case_id)
    remote.set("party_harmer_label", "Chair's label")
    remote.set("party_harmed_label", "Person Z")
    sync_now(qtbot, window, listener.port, click=False)
    qtbot.waitUntil(lambda: view.editor("party_harmed_label").text() == "Person Z", timeout=5000)
    assert harmer.hasFocus()
    assert harmer.text() == "Still typing" and saver.dirty
    assert "Not updated while you edit" in window.statusBar().currentMessage()


def test_an_unreachable_peer_is_reported_in_the_panel(police_window, qtbot):
    window, _chair, _police = police_window
    panel = window.show_sync_panel()
    message = sync_now(qtbot, window, free_port(), signal="failed")
    assert message.startswith("The other laptop did not answer.") and "try again" in message
    assert panel.activity.objectName() == "error"
    assert panel.activity.text() == "Sync did not happen. " + message
    for technical in ("Errno", "refused", "TransportError", "127.0.0.1"):
        assert technical not in panel.activity.text()
    assert panel.sync_button.isEnabled() and not panel.progress.isVisible()
    assert window.isVisible() and "failed" in window.sync_label.text()
    # A typed address that is not one never reaches the worker.
    panel.address.setText("no port:here")
    assert not panel.sync_now()
    assert panel.activity.objectName() == "error" and not window.sync.busy


def test_the_window_stays_responsive_during_a_large_sync(police_window, serve, qtbot):
    window, chair, _police = police_window
    for n in range(4):
        case = chair.new_case(f"CC-L-{n}", "Person A", "Person B")
        for i in range(300):
            case.set("party_harmed_label", f"Person {n}-{i}")
    listener = serve(chair)
    panel = window.show_sync_panel()
    panel.address.setText(f"127.0.0.1:{listener.port}")

    ticks: list[float] = []
    timer = QTimer(window)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    heard = Heard(window.sync.worker)
    timer.start()
    start = time.monotonic()
    assert panel.sync_now()
    assert panel.progress.isVisible()  # shown at once, before the worker has done anything
    (exchange,) = heard.wait(qtbot, "finished")
    elapsed = time.monotonic() - start
    timer.stop()
    assert exchange.applied >= 4 * 300
    progress = [args[1:] for args in heard.signals["progress"]]
    during = [t for t in ticks if t >= start]
    gaps = [b - a for a, b in zip(during, during[1:])]
    # The event loop kept turning while the worker synced: a tick at least every half second.
    assert len(during) >= 5, (len(during), elapsed)
    assert max(gaps) < 0.5, max(gaps)
    assert progress and progress[-1][0] > 0 and progress[-1][1] >= 4 * 300
    if elapsed > 0.5:
        assert len(progress) >= 2 and progress[0][0] < progress[-1][0]  # it moved, not only jumped at the end


def test_a_device_that_connects_to_this_one_is_served_and_its_changes_show(police_window, memory_keyring, qtbot):
    window, chair, police = police_window
    case = chair.new_case("CC-S-3", "Person A", "Person B")
    panel, port, heard = start_serving(window, qtbot)
    assert str(port) in panel.serve.state.text()
    served = served_by(qtbot, heard, chair, memory_keyring, port)
    assert served.peer == chair.profile.device_id and served.applied > 0
    qtbot.waitUntil(lambda: window.case_list.model.row_of(case.case_id) >= 0, timeout=5000)
    assert "in" in cell(panel, chair.profile.device_id, "last")
    panel.serve.check.setChecked(False)
    assert heard.wait(qtbot, "servingChanged", count=2, timeout=15000) == (0, "")
    assert panel.serve.state.text() == "Not listening"


def test_found_devices_are_listed_by_person_agency_and_fingerprint(police_window, qtbot, qtmodeltester):
    window, chair, police = police_window
    panel = window.show_sync_panel()
    assert panel.address_box.isHidden() and not panel.address_toggle.isChecked()  # the fallback is folded away
    chair_id, stranger = chair.profile.device_id, "f" * 32
    assert not panel.sync_button_for(chair_id).isEnabled()  # not seen on the network: nowhere to dial
    assert panel.hint.isVisible() and "connect by address" in panel.hint.text()

    panel.set_found_peers([Peer(chair_id, "10.0.0.2", 47470), Peer(stranger, "10.0.0.9", 47470)])
    assert cell(panel, chair_id, "name") == "Charlie Chair (Panel)"
    assert cell(panel, chair_id, "role") == "Panel chair"
    assert cell(panel, chair_id, "fingerprint") == chair.profile.fingerprint  # the form its own panel shows
    assert cell(panel, chair_id, "status") == "On this network"
    assert "10.0.0.2:47470" in index_of(panel, chair_id, "status").data(Qt.ItemDataRole.ToolTipRole)
    button = panel.sync_button_for(chair_id)
    assert button.isEnabled() and button.text() == "Sync"
    assert button.accessibleName() == "Sync with Charlie Chair (Panel)"
    assert panel.hint.isHidden()
    # Not a member: shown as unknown, and a click does nothing but say why.
    assert cell(panel, stranger, "name") == "Unknown device ffffffff"
    assert cell(panel, stranger, "status") == "Not a member"
    assert cell(panel, stranger, "fingerprint") == "Not known"
    assert not panel.sync_button_for(stranger).isEnabled()
    panel.table.setCurrentIndex(index_of(panel, stranger, "name"))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert not window.sync.busy
    assert panel.activity.objectName() == "error" and "not a member of the panel" in panel.activity.text()
    assert not panel.sync_with_device(stranger)
    model = PeersModel()
    model.set_rows(panel.model.rows)
    qtmodeltester.check(model, force_py=True)


def test_a_click_on_a_found_device_syncs_with_it(police_window, serve, qtbot):
    window, chair, police = police_window
    case = chair.new_case("CC-S-9", "Person A", "Person B")
    listener = serve(chair)
    panel = window.show_sync_panel()
    # What discovery would report of the chair's listener (the real browser needs multicast).
    panel.set_found_peers([Peer(chair.profile.device_id, "127.0.0.1", listener.port)])
    heard = Heard(window.sync.worker)
    qtbot.mouseClick(panel.sync_button_for(chair.profile.device_id), Qt.MouseButton.LeftButton)
    assert window.sync.busy and not panel.sync_button_for(chair.profile.device_id).isEnabled()
    (exchange,) = heard.wait(qtbot, "finished")
    assert exchange.ok and exchange.peer == chair.profile.device_id and exchange.applied > 0
    assert panel.activity.text().startswith(
        "Exchanged with Charlie Chair (Panel), fingerprint " + chair.profile.fingerprint
    )
    qtbot.waitUntil(lambda: window.case_list.model.row_of(case.case_id) >= 0, timeout=5000)
    assert "in" in cell(panel, chair.profile.device_id, "last")

    # Enter on the row does the same.
    chair.open_case(case.case_id).set("party_harmed_label", "Person Q")
    panel.table.setCurrentIndex(index_of(panel, chair.profile.device_id, "name"))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert window.sync.busy
    (again,) = heard.wait(qtbot, "finished", count=2)
    assert again.ok and again.applied > 0
    assert police.open_case(case.case_id).get("party_harmed_label") == "Person Q"


def test_a_found_device_that_does_not_answer_is_said_in_words(police_window, qtbot):
    window, chair, _police = police_window
    panel = window.show_sync_panel()
    panel.set_found_peers([Peer(chair.profile.device_id, "127.0.0.1", free_port())])
    heard = Heard(window.sync.worker)
    # A double click on the person's row syncs with their laptop.
    where = panel.table.visualRect(index_of(panel, chair.profile.device_id, "name")).center()
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert not window.sync.busy  # one click only chooses the row
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.sync.busy
    (message,) = heard.wait(qtbot, "failed")
    text = panel.activity.text()
    assert text.startswith(
        "Did not sync with Charlie Chair (Panel). The other laptop did not answer. Check that Concord is open on it"
    )
    assert "Errno" not in text and "ConnectionRefusedError" not in text and "TransportError" not in text
    assert message in text
    # The row keeps it, briefly, with the whole sentence as its tooltip.
    assert cell(panel, chair.profile.device_id, "last").endswith("did not finish (no answer)")
    tip = index_of(panel, chair.profile.device_id, "last").data(Qt.ItemDataRole.ToolTipRole)
    assert "The other laptop did not answer." in tip


def test_the_sync_panel_is_one_shortcut_away(police_window, qtbot):
    window, _chair, police = police_window
    assert window.sync_dock.isHidden()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.sync_dock.isVisible()
    panel = window.sync_panel
    qtbot.waitUntil(lambda: panel.table.hasFocus(), timeout=2000)  # the devices, the address being folded away
    assert police.profile.fingerprint in panel.own.value.text()
    assert panel.own.value.accessibleName().startswith("This device:")
    # Alt+O unfolds the typed address, at its field.
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel.address_box.isVisible(), timeout=2000)
    qtbot.waitUntil(lambda: panel.address.hasFocus(), timeout=2000)
    for widget in (
        panel.address,
        panel.sync_button,
        panel.serve.check,
        panel.serve.port,
        panel.table,
        panel.own.value,
        panel.address_toggle,
        panel.export_button,
        panel.import_button,
    ):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
    assert panel.table.accessibleName() and panel.progress.accessibleName()
    assert not panel.join_button.isVisible()  # already in a panel


def test_the_change_watch_names_cases_with_received_changes_only(make_workspace):
    from app.models.storage.change_watch import ChangeWatch

    police, ci = make_workspace("police"), make_workspace("chief_inspector")
    case = police.new_case(reference="CC-WATCH-1")
    comp = police.cases.compartments.for_field("intelligence")
    case.set("intelligence", "first")
    ci.cases.register_case(case.case_id, "CC-WATCH-1", ci.actor)
    genesis, *rest = police.store.change_rows(case.case_id, comp.id)
    ci.cases.apply_remote(case.case_id, comp, [genesis])
    # A watch whose own actor is the police device's (as if this device had been restored from
    # it): the run that follows starts with that actor's change, and is still news from outside.
    watch = ChangeWatch(ci.store, police.cases.actor_id)
    assert watch.changed_cases() == set()
    assert ci.cases.apply_remote(case.case_id, comp, rest)[0] == len(rest)
    assert watch.changed_cases() == {case.case_id}
    own = ChangeWatch(police.store, police.cases.actor_id)
    case.set("intelligence", "second")  # a save on this device is not news from outside
    assert own.changed_cases() == set()


def test_the_panel_fits_a_laptop_dock_without_scrolling_sideways(police_window, qtbot):
    window, chair, _police = police_window
    window.resize(1366, 738)
    panel = window.show_sync_panel()
    window.resizeDocks([window.sync_dock], [330], Qt.Orientation.Vertical)
    panel.set_found_peers([Peer(chair.profile.device_id, "10.0.0.2", 47470), Peer("f" * 32, "10.0.0.9", 47470)])
    panel.show_address(True)
    qtbot.waitUntil(lambda: window.sync_dock.width() >= 1300, timeout=2000)
    assert panel.minimumSizeHint().width() <= 1366 - 24
    assert window.sync_scroll.horizontalScrollBar().maximum() == 0
    header = panel.table.horizontalHeader()
    assert sum(header.sectionSize(i) for i in range(header.count())) <= panel.table.viewport().width()
    # The person, their agency and the fingerprint are read whole, never cut short.
    for column in ("name", "fingerprint"):
        index = index_of(panel, chair.profile.device_id, column)
        font = (index.data(Qt.ItemDataRole.FontRole) or panel.table.font()).resolve(panel.table.font())
        assert header.sectionSize(COLUMNS.index(column)) > QFontMetrics(font).horizontalAdvance(index.data()), column
    for label in (panel.hint, panel.activity, panel.panel_label):
        assert label.wordWrap()
    for button in (panel.address_toggle, panel.export_button, panel.import_button, panel.sync_button):
        assert button.isVisible() and button.width() >= button.sizeHint().width()
