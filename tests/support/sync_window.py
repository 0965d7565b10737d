"""A window's sync worker driven as a person would, over TLS on 127.0.0.1: what the worker said, heard
in the GUI thread; one exchange by typed address; the listening switch turned on; a device syncing with it."""

import socket
import threading
import time

from PySide6.QtCore import QObject, Qt, Slot

from app.sync.net.transport import sync_with
from app.workspace import Workspace

SYNC_TIMEOUT = 60000


class Heard(QObject):
    """What the worker said, as the GUI thread hears it. (pytest-qt's waitSignal would be called
    in the worker's thread, before the window's own slots have run.)"""

    def __init__(self, worker):
        super().__init__()
        self.signals: dict[str, list] = {}
        for name in (
            "finished",
            "failed",
            "served",
            "servingChanged",
            "progress",
            "remoteChanges",
            "joined",
            "joinFailed",
        ):
            getattr(worker, name).connect(getattr(self, "_" + name))

    def _note(self, name, *args):
        self.signals.setdefault(name, []).append((time.monotonic(), *args))

    @Slot(object)
    def _finished(self, exchange):
        self._note("finished", exchange)

    @Slot(str)
    def _failed(self, message):
        self._note("failed", message)

    @Slot(object)
    def _served(self, exchange):
        self._note("served", exchange)

    @Slot(int, str)
    def _servingChanged(self, port, problem):
        self._note("servingChanged", port, problem)

    @Slot(int, int)
    def _progress(self, bytes_in, applied):
        self._note("progress", bytes_in, applied)

    @Slot(object)
    def _remoteChanges(self, case_ids):
        self._note("remoteChanges", case_ids)

    @Slot(object)
    def _joined(self, result):
        self._note("joined", result)

    @Slot(str)
    def _joinFailed(self, message):
        self._note("joinFailed", message)

    def wait(self, qtbot, name, count=1, timeout=SYNC_TIMEOUT):
        qtbot.waitUntil(lambda: len(self.signals.get(name, [])) >= count, timeout=timeout)
        return self.signals[name][count - 1][1:]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sync_now(qtbot, window, port, signal="finished", click=True):
    """One exchange from the panel, by typed address. click=False starts it without moving the
    keyboard focus, as an exchange started by something else than the person would (the field
    being typed in keeps it)."""
    panel = window.show_sync_panel()
    panel.show_address(True)
    panel.address.setText(f"127.0.0.1:{port}")
    heard = Heard(window.sync.worker)
    if click:
        qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    else:
        assert panel.sync_now()
    assert window.sync.busy
    return heard.wait(qtbot, signal)[0]


def start_serving(window, qtbot):
    """Switch the window's listener on, on 127.0.0.1 and a free port: (panel, port, what the worker says)."""
    panel = window.show_sync_panel()
    panel.serve.host = "127.0.0.1"
    port = free_port()
    panel.serve.port.setValue(port)
    heard = Heard(window.sync.worker)
    panel.serve.check.setChecked(True)
    assert heard.wait(qtbot, "servingChanged", timeout=10000) == (port, "")
    return panel, port, heard


def served_by(qtbot, heard, device, backend, port):
    """`device` syncs once with the window's listener from another thread; the exchange the window reports."""

    def sync():
        with Workspace.open(device.folder, backend=backend) as ws:
            sync_with(ws.sync, "127.0.0.1", port)

    thread = threading.Thread(target=sync)
    thread.start()
    (served,) = heard.wait(qtbot, "served")
    thread.join(30)
    return served
