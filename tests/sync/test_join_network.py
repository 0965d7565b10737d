"""Joining a panel over real TLS on 127.0.0.1 by redeeming an invitation at the chair's listener."""

import socket
import ssl
import struct
import time

import pytest

from app.sync.engine.invitations import Invitation
from app.sync.net.joining import JoinError, join_via
from app.sync.net.transport import Listener, sync_with
from app.workspace import Workspace


def settled(outcomes, n):
    """The listener reports a session after the peer has its answer: wait for the report."""
    deadline = time.monotonic() + 10
    while len(outcomes) < n and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(outcomes) >= n, "the listener reported no outcome"
    return outcomes[n - 1]


@pytest.fixture
def chair_listening(make_workspace, memory_keyring):
    chair = make_workspace("chair")
    chair.sync.found_panel("chair")
    outcomes = []
    listener = Listener(
        lambda: Workspace.open(chair.folder, backend=memory_keyring).sync, host="127.0.0.1", on_outcome=outcomes.append
    ).start()
    yield chair, listener, outcomes
    listener.stop()


def test_a_device_joins_with_a_code_then_syncs(chair_listening, make_workspace):
    chair, listener, outcomes = chair_listening
    case = chair.new_case("JOIN-1")  # something the new member will receive
    code = chair.sync.invite("police").code
    police = make_workspace("police")
    result = join_via(police.sync, Invitation.parse(code), "127.0.0.1", listener.port)
    assert result.role == "police" and result.chair_fingerprint == chair.profile.fingerprint
    assert result.panel_id == chair.sync.panel_id == police.sync.panel_id
    assert police.sync.state().active(police.profile.device_id).role == "police"
    assert chair.sync.state().active(police.profile.device_id) is not None
    joined = settled(outcomes, 1)
    assert joined.joined == police.profile.device_id and joined.error is None
    # The new member has a certificate now and syncs like any other.
    outcome = sync_with(police.sync, "127.0.0.1", listener.port)
    assert outcome.error is None
    assert any(s.case_id == case.case_id for s in police.list_cases())


def test_the_code_works_once(chair_listening, make_workspace, tmp_path):
    chair, listener, outcomes = chair_listening
    inv = chair.sync.invite("clinician")
    join_via(make_workspace("clinician").sync, inv, "127.0.0.1", listener.port)
    second = make_workspace("clinician", folder=tmp_path / "second")
    with pytest.raises(JoinError, match="refused: this invitation was used"):
        join_via(second.sync, Invitation.parse(inv.code), "127.0.0.1", listener.port)
    assert second.sync.panel_id is None
    assert "refused a join" in settled(outcomes, 2).error


def test_withdrawn_code_is_refused_over_the_network(chair_listening, make_workspace):
    chair, listener, _ = chair_listening
    inv = chair.sync.invite("police")
    chair.sync.withdraw_invitation(inv.invite_id)
    police = make_workspace("police")
    with pytest.raises(JoinError, match="withdrawn"):
        join_via(police.sync, inv, "127.0.0.1", listener.port)
    assert police.sync.panel_id is None
    assert police.profile.device_id not in chair.sync.state().members


def test_joiner_refuses_a_listener_that_is_not_the_inviting_chair(
    chair_listening, make_workspace, memory_keyring, tmp_path
):
    chair, _, _ = chair_listening
    inv = chair.sync.invite("police")
    # Another panel's chair listens where the joiner was told to go.
    impostor = make_workspace("chair", folder=tmp_path / "impostor")
    impostor.sync.found_panel("chair")
    other = Listener(lambda: Workspace.open(impostor.folder, backend=memory_keyring).sync, host="127.0.0.1").start()
    try:
        police = make_workspace("police")
        with pytest.raises(JoinError, match="not the chair who issued this invitation"):
            join_via(police.sync, inv, "127.0.0.1", other.port)
        assert police.sync.panel_id is None
        assert police.profile.device_id not in impostor.sync.state().members
    finally:
        other.stop()


def test_wrong_role_and_unreachable_listener_are_clear(chair_listening, make_workspace):
    chair, listener, _ = chair_listening
    inv = chair.sync.invite("police")
    with pytest.raises(JoinError, match="for the role 'police'"):
        join_via(make_workspace("clinician").sync, inv, "127.0.0.1", listener.port)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        free = s.getsockname()[1]
    with pytest.raises(JoinError, match="cannot reach"):
        join_via(make_workspace("police").sync, inv, "127.0.0.1", free)
    assert chair.sync.invitations()[0].current_state() == "open"


def test_anonymous_peer_gets_nothing_but_the_join_exchange(chair_listening, make_workspace):
    """A stranger without a certificate who speaks the sync protocol is cut off, and no
    envelope or case data crosses; the listener goes on serving members."""
    chair, listener, outcomes = chair_listening
    chair.new_case("STRANGER-1")
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
    received = b""
    with ctx.wrap_socket(socket.create_connection(("127.0.0.1", listener.port), timeout=10)) as tls:
        tls.sendall(struct.pack(">IB", 5, 1) + b"junk")  # a frame, but not a join request
        try:
            while chunk := tls.recv(65536):
                received += chunk
        except (ssl.SSLError, OSError):
            pass
    assert len(received) < 64  # only the listener's key frame: 4 + 1 + 32 bytes
    assert "did not follow the joining exchange" in (settled(outcomes, 1).error or "")
    inv = chair.sync.invite("police")
    police = make_workspace("police")
    join_via(police.sync, inv, "127.0.0.1", listener.port)
    assert police.sync.panel_id == chair.sync.panel_id
