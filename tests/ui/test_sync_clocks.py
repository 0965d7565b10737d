"""The desktop's sync worker whatever the monotonic clock's origin: a laptop booted a minute ago
(the clock near 0) and one up for a month (near 10^9). Its listener and its exchanges both read
that clock (context refresh, progress throttling)."""

import pytest

from app.models import clock
from tests.support.sync_window import served_by, start_serving, sync_now


@pytest.fixture(params=[0.0, 1e9])
def origin(request):
    previous = clock.use(clock.Clock(monotonic_start=request.param))
    yield request.param
    clock.use(previous)


def test_the_worker_syncs_and_serves_whatever_the_monotonic_clocks_origin(
    origin, police_window, serve, memory_keyring, qtbot
):
    window, chair, police = police_window
    case = chair.new_case("CC-CLK-UI", "Person A", "Person B")
    listener = serve(chair)
    exchange = sync_now(qtbot, window, listener.port)
    assert exchange.ok and exchange.applied > 0
    qtbot.waitUntil(lambda: window.case_list.model.row_of(case.case_id) >= 0, timeout=5000)

    panel, port, heard = start_serving(window, qtbot)
    chair.open_case(case.case_id).set("referral_reason", "sent to the desktop")
    served = served_by(qtbot, heard, chair, memory_keyring, port)
    assert served.ok and served.peer == chair.profile.device_id and served.applied > 0
    panel.serve.check.setChecked(False)
    assert heard.wait(qtbot, "servingChanged", count=2, timeout=15000) == (0, "")
