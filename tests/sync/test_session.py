"""Sync sessions over an in-memory pair: convergence, role filtering, and hostile peers."""

import random
import ssl

import pytest

from app.sync.net.session import SyncSession
from app.sync.net.transport import _take
from tests.support.sync_pairs import run_pair


def heads(ws, case_id, comp):
    doc = ws.cases.read_doc(case_id, comp, ws.role)
    return doc.heads() if doc else None


def test_devices_edit_offline_then_sync_in_any_order_and_converge(panel):
    police, ci, chair = panel["police"], panel["chief_inspector"], panel["chair"]
    case = police.new_case(reference="CC-SESS-1")
    for ws in (police, ci, chair):
        run_pair(police, ws)
    police.open_case("CC-SESS-1").set("intelligence", "police wrote this offline")
    chair.open_case("CC-SESS-1").set("referral_reason", "chair wrote this offline")
    police.open_case("CC-SESS-1").set("referral_date", "2026-11-01")
    pairs = [(police, ci), (ci, chair), (chair, police), (police, ci)]
    random.Random(5).shuffle(pairs)
    for a, b in pairs + [(police, chair), (chair, ci), (police, ci)]:
        sa, sb = run_pair(a, b, chunk=97)
        assert sa.finished and sb.finished and sa.error is None and sb.error is None
    core = police.cases.compartments.for_field("referral_reason")
    assert heads(police, case.case_id, core) == heads(ci, case.case_id, core) == heads(chair, case.case_id, core)
    for ws in (police, ci, chair):
        got = ws.open_case("CC-SESS-1")
        assert got.get("referral_reason") == "chair wrote this offline"
        assert got.get("referral_date") == "2026-11-01"
    assert ci.open_case("CC-SESS-1").get("intelligence") == "police wrote this offline"
    intel = police.cases.compartments.for_field("intelligence").id
    assert chair.store.change_hashes(case.case_id, intel) == set()


def test_a_peer_with_a_forged_identity_is_refused(panel):
    police, ci, clinician = panel["police"], panel["chief_inspector"], panel["clinician"]
    police.new_case(reference="CC-SESS-2").set("intelligence", "MKsecret")
    # The clinician's device claims, in its hello, to be the chief inspector's device.
    a = SyncSession(police.sync, clinician.profile.device_id)
    liar = SyncSession(clinician.sync)
    liar_hello = liar.start().replace(clinician.profile.device_id.encode(), ci.profile.device_id.encode())
    a.start()
    reply = a.receive(liar_hello)
    assert a.finished and "another device" in a.error
    assert b"MKsecret" not in reply and a.stats.sent_envelopes == 0


def test_garbage_ends_the_session_and_changes_nothing(panel):
    police, ci = panel["police"], panel["chief_inspector"]
    police.new_case(reference="CC-SESS-3").set("intelligence", "x")
    before = [tuple(r) for r in ci.sync.quarantined(include_held=True)], len(ci.list_cases())
    s = SyncSession(ci.sync, police.profile.device_id)
    s.start()
    s.receive(b"\x00\x00\x00\x05\x63garbage-frame")
    assert s.finished and s.error
    assert ([tuple(r) for r in ci.sync.quarantined(include_held=True)], len(ci.list_cases())) == before


def grants_made_by(ws) -> int:
    return sum(1 for g in ws.sync.compartment_keys.grants() if g.granter == ws.profile.device_id)


def test_a_peer_is_given_only_the_keys_it_says_it_lacks(panel, make_workspace):
    police, ci, chair = panel["police"], panel["chief_inspector"], panel["chair"]
    police.new_case(reference="CC-SESS-K").set("intelligence", "MKkeyed")
    run_pair(police, ci)
    assert ci.open_case("CC-SESS-K").get("intelligence") == "MKkeyed"
    assert grants_made_by(ci) == 0  # the police device holds the key it made: nothing is wrapped back
    made = grants_made_by(ci), grants_made_by(police)
    for _ in range(2):  # both already hold every key the other has: nothing is wrapped again
        run_pair(ci, police)
    assert (grants_made_by(ci), grants_made_by(police)) == made
    # A replacement device joins and meets only the Chief Inspector's device, which holds the key.
    spare = make_workspace("chief_inspector", police.folder.parent / "spare")
    spare.sync.join(chair.sync.admission(spare.profile))
    for ws in (police, ci):
        ws.sync.receive_membership(chair.sync.membership_entries(), "chair")
    a, b = run_pair(ci, spare)
    assert a.error is None and b.error is None
    assert spare.open_case("CC-SESS-K").get("intelligence") == "MKkeyed"
    assert grants_made_by(ci) > made[0]  # wrapped for the newcomer, who said it had no key
    made = grants_made_by(ci)
    run_pair(ci, spare)
    assert grants_made_by(ci) == made


class _PeerGone:
    """The far end of a connection that delivers one read, then has closed: every send fails the
    way a TLS socket fails when the peer has left."""

    def __init__(self, data: bytes):
        self.data = data

    def recv(self, _n: int) -> bytes:
        data, self.data = self.data, b""
        return data

    def sendall(self, _data: bytes) -> None:
        raise ssl.SSLEOFError(8, "EOF occurred in violation of protocol")


def frames(data: bytes) -> list[bytes]:
    out = []
    while data:
        n = 4 + int.from_bytes(data[:4], "big")
        out.append(data[:n])
        data = data[n:]
    return out


def test_a_peer_that_leaves_before_the_parting_bye_still_made_a_whole_exchange(panel):
    police, ci = panel["police"], panel["chief_inspector"]
    police.new_case(reference="CC-SESS-BYE").set("intelligence", "held by both")
    a, b = SyncSession(police.sync, ci.profile.device_id), SyncSession(ci.sync, police.profile.device_id)
    to_b = a.start()
    to_a = b.start()
    for _ in range(50):  # ping-pong, so that a finishes while b still waits for a's last frames
        to_b += a.receive(to_a)
        if a.finished:
            break
        to_a, to_b = b.receive(to_b), b""
    assert a.finished and a.error is None and not b.finished
    # a's last frames are its Receipt and its Bye. One read brings b only the Receipt; b answers
    # with its own parting Bye, and finds the connection closed by a, which was done.
    receipt = frames(to_b)[0]
    assert _take(_PeerGone(receipt), b, None, "closed early") is False
    assert b.exchanged and b.error is None


def test_a_send_that_fails_mid_exchange_is_still_an_error(panel):
    police, ci = panel["police"], panel["chief_inspector"]
    a, b = SyncSession(police.sync, ci.profile.device_id), SyncSession(ci.sync, police.profile.device_id)
    b.start()
    with pytest.raises(ssl.SSLEOFError):
        _take(_PeerGone(a.start()), b, None, "closed early")
    assert not b.exchanged
