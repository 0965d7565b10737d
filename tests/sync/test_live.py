"""Live sessions over TLS: what one device makes reaches a connected peer without a new sync."""

import threading

import pytest

from app.sync.net.transport import Listener, sync_with
from app.workspace import Workspace
from tests.support.polling import until


@pytest.fixture
def live_pair(panel, memory_keyring):
    """The chair serves live; the police device holds a live session open from its own thread."""
    chair, police = panel["chair"], panel["police"]
    listener = Listener(
        lambda: Workspace.open(chair.folder, backend=memory_keyring).sync, host="127.0.0.1", live=True
    ).start()
    stop = threading.Event()
    result = {}

    def client():
        ws = Workspace.open(police.folder, backend=memory_keyring)
        try:
            result["outcome"] = sync_with(ws.sync, "127.0.0.1", listener.port, live=True, stop=stop)
        except Exception as exc:  # surfaced by the test through `result`
            result["error"] = exc
        finally:
            ws.close()

    thread = threading.Thread(target=client, daemon=True)
    thread.start()
    yield chair, police, stop, result, thread, listener
    stop.set()
    thread.join(10)
    listener.stop()


def _value(ws, case_id, field):
    if not any(s.case_id == case_id for s in ws.list_cases()):
        return None
    return ws.open_case(case_id).get(field)


def test_edits_reach_the_connected_peer_without_a_new_sync(live_pair):
    chair, police, stop, result, thread, _ = live_pair
    # A case made after the session opened: its keys and its envelopes must both be pushed.
    case = chair.new_case("LIVE-1")
    case_id = case.case_id
    until(lambda: _value(police, case_id, "reference") == "LIVE-1")
    for i in range(5):
        chair.open_case(case_id).set("party_harmed_label", f"Person A{i}")
        until(lambda i=i: _value(police, case_id, "party_harmed_label") == f"Person A{i}")
    assert police.sync.quarantined(include_held=True) == []
    assert thread.is_alive()  # still connected: nothing was a new sync
    stop.set()
    thread.join(10)
    assert result["outcome"].error is None


def test_one_shot_client_against_live_listener_finishes(live_pair, panel):
    chair, _police, *_ = live_pair
    case = chair.new_case("LIVE-2")
    clinician = panel["clinician"]
    outcome = sync_with(clinician.sync, "127.0.0.1", live_pair[5].port)
    assert outcome.error is None
    assert any(s.case_id == case.case_id for s in clinician.list_cases())


def test_a_device_revoked_while_connected_is_cut_off(live_pair):
    chair, police, stop, result, thread, _ = live_pair
    case = chair.new_case("LIVE-3")
    until(lambda: _value(police, case.case_id, "reference") == "LIVE-3")
    chair.sync.revoke(police.profile.device_id)
    chair.open_case(case.case_id).set("party_harmed_label", "After revocation")
    thread.join(10)
    assert not thread.is_alive(), "the revoked device's session stayed open"
    assert _value(police, case.case_id, "party_harmed_label") != "After revocation"
