"""No thread dies silently: whatever goes wrong inside a session, the connection's thread, the
listener's own thread or the client, the failure is logged with its traceback, reported as a
clear error, and the listener goes on serving (or, if it is the listener itself that failed,
says it stopped)."""

import logging
import time

import pytest

from app.sync.engine.sync_engine import SyncEngine
from app.sync.net.transport import Listener, sync_with
from app.workspace import Workspace

SECRET = "MKboundary-never-logged"


class Boom(RuntimeError):
    pass


@pytest.fixture
def chair_listener(panel, memory_keyring):
    outcomes = []
    listener = Listener(
        lambda: Workspace.open(panel["chair"].folder, backend=memory_keyring).sync,
        host="127.0.0.1",
        on_outcome=outcomes.append,
    ).start()
    yield listener, outcomes
    listener.stop()


def _fail_once(monkeypatch, name):
    real = getattr(SyncEngine, name)
    calls = []

    def failing(self, *args, **kwargs):
        if not calls:
            calls.append(1)
            raise Boom(f"a value a user typed: {SECRET}")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(SyncEngine, name, failing)


def _wait(outcomes, n):
    deadline = time.monotonic() + 30
    while len(outcomes) < n and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(outcomes) >= n
    return outcomes[n - 1]


def test_a_bug_inside_a_served_session_ends_that_session_and_the_listener_serves_on(
    panel, chair_listener, monkeypatch, caplog
):
    listener, outcomes = chair_listener
    police = panel["police"]
    caplog.set_level(logging.INFO, logger="concord.sync")
    _fail_once(monkeypatch, "holdings_for")  # the first session to ask, whichever side, fails
    first = sync_with(police.sync, "127.0.0.1", listener.port)
    served = _wait(outcomes, 1)
    failed = [o for o in (first, served) if o.error and "internal error (Boom)" in o.error]
    assert failed, (first.error, served.error)
    assert all("the log has the details" in o.error and SECRET not in o.error for o in failed)
    # The traceback is in the log, naming where it failed; the exception's message is not.
    traces = [r for r in caplog.records if r.exc_info and r.exc_info[0] is Boom]
    assert traces and any(
        "holdings_for" in line for line in logging.Formatter().formatException(traces[0].exc_info).splitlines()
    )
    # The listener is still there: the next sync is whole.
    again = sync_with(police.sync, "127.0.0.1", listener.port)
    assert again.error is None and _wait(outcomes, 2).error is None
    assert listener.serving and listener.failure is None


def test_a_bug_on_the_client_side_is_reported_not_raised(panel, chair_listener, monkeypatch, caplog):
    listener, outcomes = chair_listener
    caplog.set_level(logging.INFO, logger="concord.sync")
    monkeypatch.setattr(
        SyncEngine, "receive_envelopes", lambda self, items, source: (_ for _ in ()).throw(Boom(SECRET))
    )
    panel["chair"].new_case("CC-BND-1", "Person A", "Person B")
    outcome = sync_with(panel["police"].sync, "127.0.0.1", listener.port)
    assert outcome.error and "internal error (Boom)" in outcome.error
    assert any(r.exc_info and r.exc_info[0] is Boom for r in caplog.records)
    assert listener.serving


def test_a_listener_that_cannot_start_says_so(panel, memory_keyring, caplog):
    caplog.set_level(logging.INFO, logger="concord.sync")
    outcomes = []

    def broken():
        raise Boom(SECRET)

    listener = Listener(broken, host="127.0.0.1", on_outcome=outcomes.append).start()
    outcome = _wait(outcomes, 1)
    listener.stop()
    assert outcome.listener_stopped and "stopped accepting connections" in outcome.error and SECRET not in outcome.error
    assert not listener.serving and "Boom" in listener.failure
    assert any(r.exc_info and r.exc_info[0] is Boom for r in caplog.records)


def test_a_listener_whose_accepting_fails_later_says_so(panel, memory_keyring, monkeypatch):
    outcomes = []
    listener = Listener(
        lambda: Workspace.open(panel["chair"].folder, backend=memory_keyring).sync,
        host="127.0.0.1",
        on_outcome=outcomes.append,
    )
    monkeypatch.setattr(listener, "_context", lambda: (_ for _ in ()).throw(Boom(SECRET)))
    listener.start()
    sync = None
    try:
        sync = sync_with(panel["police"].sync, "127.0.0.1", listener.port, timeout=5)
    except Exception as exc:  # the connection is dropped: the client is told it broke off
        sync = exc
    outcome = _wait(outcomes, 1)
    listener.stop()
    assert outcome.listener_stopped and "Boom" in outcome.error
    assert sync is not None
