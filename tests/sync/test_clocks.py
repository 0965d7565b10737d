"""Clocks are inputs: the listener, live sessions and processes work whatever the monotonic
clock's origin (a laptop booted a minute ago, or one up for a month), when it jumps, and between
devices whose wall clocks are up to a week apart; beyond a week the sync is refused, saying by
how much."""

import datetime as dt
import threading

import pytest

from app.models import clock
from app.sync.net.transport import Listener, sync_with
from app.workspace import Workspace
from tests.support.polling import until
from tests.support.sync_procs import make_panel_in_process, sync_counts

ORIGINS = [0.0, 1e9]


@pytest.fixture
def origin(request):
    previous = clock.use(clock.Clock(monotonic_start=request.param))
    yield request.param
    clock.use(previous)


@pytest.mark.parametrize("origin", ORIGINS, indirect=True)
def test_the_listener_serves_whatever_the_monotonic_clocks_origin(panel, memory_keyring, origin):
    chair, police = panel["chair"], panel["police"]
    case = chair.new_case("CC-CLK-1", "Person A", "Person B")
    assert abs(clock.monotonic() - origin) < 60
    listener = Listener(lambda: Workspace.open(chair.folder, backend=memory_keyring).sync, host="127.0.0.1").start()
    try:
        outcome = sync_with(police.sync, "127.0.0.1", listener.port)
        assert outcome.error is None and outcome.stats.received.applied > 0
        assert listener.serving and listener.failure is None
        assert police.open_case(case.case_id).get("party_harmed_label") == "Person A"
    finally:
        listener.stop()


@pytest.mark.parametrize("origin", ORIGINS, indirect=True)
def test_a_live_session_pushes_whatever_the_monotonic_clocks_origin(panel, memory_keyring, origin):
    chair, police = panel["chair"], panel["police"]
    case = chair.new_case("CC-CLK-2", "Person A", "Person B")
    listener = Listener(
        lambda: Workspace.open(chair.folder, backend=memory_keyring).sync, host="127.0.0.1", live=True
    ).start()
    stop, result = threading.Event(), {}

    def client():
        with Workspace.open(police.folder, backend=memory_keyring) as ws:
            result["outcome"] = sync_with(ws.sync, "127.0.0.1", listener.port, live=True, stop=stop)

    thread = threading.Thread(target=client, daemon=True)
    thread.start()
    try:
        until(lambda: any(s.case_id == case.case_id for s in police.list_cases()))
        chair.open_case(case.case_id).set("referral_reason", "pushed live")
        until(lambda: police.open_case(case.case_id).get("referral_reason") == "pushed live")
    finally:
        stop.set()
        thread.join(15)
        listener.stop()
    assert result["outcome"].error is None


def test_a_listener_makes_a_fresh_certificate_when_the_clock_jumps(panel, memory_keyring):
    manual = clock.ManualClock(wall=dt.datetime.now(dt.UTC), monotonic=0.0)
    previous = clock.use(manual)
    chair, police = panel["chair"], panel["police"]
    listener = Listener(lambda: Workspace.open(chair.folder, backend=memory_keyring).sync, host="127.0.0.1").start()
    try:
        assert sync_with(police.sync, "127.0.0.1", listener.port).error is None
        first = listener._ctx[1]
        manual.advance(3 * 3600)  # a laptop asleep for three hours
        assert sync_with(police.sync, "127.0.0.1", listener.port).error is None
        assert listener._ctx[1] is not first
        manual.advance(-10.0)  # and a clock that steps back does not stop it either
        assert sync_with(police.sync, "127.0.0.1", listener.port).error is None
    finally:
        listener.stop()
        clock.use(previous)


@pytest.mark.parametrize("origin", ["0", "1000000000"])
@pytest.mark.parametrize("mode", [(), ("--once-per-peer",)])
def test_serve_and_sync_processes_work_whatever_the_monotonic_clocks_origin(tmp_path, origin, mode):
    devices = make_panel_in_process(tmp_path, ["police"])
    chair, police = devices["chair"], devices["police"]
    for d in (chair, police):
        d.env = dict(d.env, CONCORD_MONOTONIC_START=origin)
    ref = chair.run("case", "new", "--harmed", "Person A").stdout.strip()
    with chair.serve(*mode) as server:
        for _ in range(2):
            sent, applied, _held, quarantined = sync_counts(police.sync(server.port).stdout)
            assert quarantined == 0
            assert server.next_session().group(5) == "ok"
    assert ref in police.run("case", "list").stdout


@pytest.mark.parametrize("shift", ["-7d", "-1d", "+1d", "+7d"])
def test_devices_whose_clocks_differ_by_up_to_a_week_sync(tmp_path, shift):
    devices = make_panel_in_process(tmp_path, ["police"])
    chair, police = devices["chair"], devices["police"]
    police.env = dict(police.env, CONCORD_CLOCK_SHIFT=shift)  # this laptop's clock only
    ref = police.run("case", "new", "--harmed", "Person A").stdout.strip()
    police.run("case", "set", ref, "referral_reason", "written on a laptop with a wrong clock")
    with chair.serve() as server:
        sync_counts(police.sync(server.port).stdout)
        assert server.next_session().group(5) == "ok"
        chair.run("case", "set", ref, "referral_reason", "then changed by the chair")
        sync_counts(police.sync(server.port).stdout)
        assert server.next_session().group(5) == "ok"
    # The chair's change was made after it had the police's, so it stands on both devices,
    # whatever time either laptop wrote beside it.
    for d in (chair, police):
        assert "then changed by the chair" in d.run("case", "get", ref, "referral_reason").stdout


@pytest.mark.parametrize("shift, words", [("+30d", "30 days"), ("-30d", "30 days"), ("-8d", "8 days")])
def test_clocks_more_than_a_week_apart_are_refused_naming_the_difference(tmp_path, shift, words):
    devices = make_panel_in_process(tmp_path, ["police"])
    chair, police = devices["chair"], devices["police"]
    police.env = dict(police.env, CONCORD_CLOCK_SHIFT=shift)
    with chair.serve() as server:
        refused = police.sync(server.port, check=False)
        assert refused.returncode != 0
        assert words in refused.stderr and "set the date and time right" in refused.stderr, refused.stderr
        report = server.next_session()
        assert words in report.group(5) and ("behind" if shift.startswith("-") else "ahead") in report.group(5)
        assert int(report.group(3)) == 0  # nothing was exchanged
