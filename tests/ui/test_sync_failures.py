"""The desktop shows what goes wrong in a sync thread, in words and never in the error's own: a
session ended by a fault says so in the sync panel, and a listener that stops or cannot start
says so beside the listening switch."""

import socket

from app.sync.engine.sync_engine import SyncEngine
from app.sync.net import transport
from tests.support.sync_window import Heard, served_by, start_serving, sync_now


class Boom(RuntimeError):
    pass


def test_a_fault_in_an_exchange_is_shown_in_the_panel(police_window, serve, monkeypatch, qtbot):
    window, chair, police = police_window
    chair.new_case("CC-FAIL-1", "Person A", "Person B")
    listener = serve(chair)
    real = SyncEngine.receive_envelopes

    def failing(self, items, source):
        if self.profile.device_id == police.profile.device_id:
            raise Boom("never shown")
        return real(self, items, source)

    monkeypatch.setattr(SyncEngine, "receive_envelopes", failing)
    exchange = sync_now(qtbot, window, listener.port)
    assert not exchange.ok and "internal error (Boom)" in exchange.error  # the record, for the log
    panel = window.show_sync_panel()
    text = panel.activity.text()
    assert text.startswith(
        "The exchange with Charlie Chair (Panel) did not finish. Something went wrong inside Concord on this laptop"
    )
    assert "Boom" not in text and "never shown" not in text and "internal error" not in text
    monkeypatch.setattr(SyncEngine, "receive_envelopes", real)
    assert sync_now(qtbot, window, listener.port).ok  # the worker thread is still there


def test_a_fault_in_a_session_served_by_the_desktop_is_shown(police_window, memory_keyring, monkeypatch, qtbot):
    window, chair, police = police_window
    panel, port, heard = start_serving(window, qtbot)
    real = SyncEngine.holdings_for

    def failing(self, role):
        if self.profile.device_id == police.profile.device_id:
            raise Boom("never shown")
        return real(self, role)

    monkeypatch.setattr(SyncEngine, "holdings_for", failing)

    served = served_by(qtbot, heard, chair, memory_keyring, port)
    assert not served.ok and "internal error (Boom)" in served.error
    qtbot.waitUntil(lambda: "Something went wrong inside Concord" in panel.activity.text(), timeout=5000)
    assert panel.activity.text().startswith("Charlie Chair (Panel) connected, but the exchange did not finish.")
    assert "never shown" not in panel.activity.text() and "Boom" not in panel.activity.text()
    panel.serve.check.setChecked(False)
    heard.wait(qtbot, "servingChanged", count=2, timeout=15000)


def test_a_listener_that_stops_is_shown_beside_the_switch(police_window, monkeypatch, qtbot):
    window, chair, police = police_window
    monkeypatch.setattr(transport.Listener, "_context", lambda self: (_ for _ in ()).throw(Boom("never shown")))
    panel, port, heard = start_serving(window, qtbot)
    # A device connects; accepting it fails inside the listener's own thread.
    with socket.create_connection(("127.0.0.1", port), timeout=5):
        port_now, problem = heard.wait(qtbot, "servingChanged", count=2, timeout=15000)
    assert port_now == 0 and problem.startswith("This laptop stopped accepting connections from other devices")
    assert "Boom" not in problem and "never shown" not in problem
    qtbot.waitUntil(lambda: "Not listening" in panel.serve.state.text(), timeout=5000)
    assert "stopped accepting" in panel.serve.state.text() and not panel.serve.check.isChecked()


def test_a_port_in_use_is_said_in_words(police_window, qtbot):
    window, _chair, _police = police_window
    panel = window.show_sync_panel()
    panel.serve.host = "127.0.0.1"
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        panel.serve.port.setValue(taken.getsockname()[1])
        heard = Heard(window.sync.worker)
        panel.serve.check.setChecked(True)
        port, problem = heard.wait(qtbot, "servingChanged", timeout=10000)
    assert port == 0 and problem.startswith("Another program on this laptop is already using that port.")
    assert "Errno" not in problem and "OSError" not in problem
    qtbot.waitUntil(lambda: problem in panel.serve.state.text(), timeout=5000)
    assert not panel.serve.check.isChecked()
