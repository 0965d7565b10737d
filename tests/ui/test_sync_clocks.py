"""The desktop's sync worker whatever the monotonic clock's origin: a laptop booted a minute ago
(the clock near 0) and one up for a month (near 10^9). Its listener and its exchanges both read
that clock (context refresh, progress throttling)."""

import threading

import pytest
from PySide6.QtCore import Qt

from app.models import clock
from app.sync.transport import sync_with
from app.workspace import Workspace
from tests.ui.test_sync_panel import Heard, free_port, pair, police_window, serve, sync_now  # noqa: F401 - fixtures


@pytest.fixture(params=[0.0, 1e9])
def origin(request):
    previous = clock.use(clock.Clock(monotonic_start=request.param))
    yield request.param
    clock.use(previous)


def test_the_worker_syncs_and_serves_whatever_the_monotonic_clocks_origin(origin, police_window, serve,
                                                                         memory_keyring, qtbot):
    window, chair, police = police_window
    case = chair.new_case("CC-CLK-UI", "Person A", "Person B")
    listener = serve(chair)
    exchange = sync_now(qtbot, window, listener.port)
    assert exchange.ok and exchange.applied > 0
    qtbot.waitUntil(lambda: window.case_list.model.row_of(case.case_id) >= 0, timeout=5000)

    panel = window.show_sync_panel()
    panel.serve.host = "127.0.0.1"
    port = free_port()
    panel.serve.port.setValue(port)
    heard = Heard(window.sync.worker)
    panel.serve.check.setChecked(True)
    assert heard.wait(qtbot, "servingChanged", timeout=10000) == (port, "")
    chair.open_case(case.case_id).set("referral_reason", "sent to the desktop")

    def chair_syncs():
        with Workspace.open(chair.folder, backend=memory_keyring) as ws:
            sync_with(ws.sync, "127.0.0.1", port)

    thread = threading.Thread(target=chair_syncs)
    thread.start()
    (served,) = heard.wait(qtbot, "served")
    thread.join(30)
    assert served.ok and served.peer == chair.profile.device_id and served.applied > 0
    panel.serve.check.setChecked(False)
    assert heard.wait(qtbot, "servingChanged", count=2, timeout=15000) == (0, "")
