"""Invitation codes: their form, and the chair's book of what was issued, used or withdrawn."""

import json
import time

import pytest

from app.models import audit
from app.models.errors import ValidationError
from app.sync.engine.invitations import Invitation, proof
from app.sync.engine.sync_engine import SyncError


@pytest.fixture
def chair(make_workspace):
    ws = make_workspace("chair")
    ws.sync.found_panel("chair")
    return ws


def test_code_round_trips_and_names_the_chair(chair):
    inv = chair.sync.invite("police")
    parsed = Invitation.parse(inv.code)
    assert (parsed.invite_id, parsed.secret, parsed.expires) == (inv.invite_id, inv.secret, inv.expires)
    assert parsed.chair_fingerprint == chair.profile.fingerprint
    # Read aloud and typed back: lower case, spaces, no dashes, O for 0 all still parse.
    sloppy = inv.code.lower().replace("-", " ").replace("o", "0")
    assert Invitation.parse(sloppy) == parsed


def test_default_expiry_is_72_hours(chair):
    before = time.time()
    inv = chair.sync.invite("clinician")
    assert 72 * 3600 - 5 <= inv.expires - before <= 72 * 3600 + 5
    assert chair.sync.invite("clinician", hours=1).expires - before <= 3600 + 5


@pytest.mark.parametrize(
    "mangle, message",
    [
        (lambda c: c[:-9], "wrong length"),
        (lambda c: c[:5] + ("A" if c[5] != "A" else "B") + c[6:], "typing mistake"),
        (lambda c: "!!" + c[2:], "characters"),
    ],
)
def test_mangled_code_is_refused_clearly(chair, mangle, message):
    code = chair.sync.invite("police").code
    with pytest.raises(ValidationError, match=message):
        Invitation.parse(mangle(code))


def test_file_form_carries_the_code_and_role(chair, tmp_path):
    inv = chair.sync.invite("legal")
    data = inv.to_file_bytes()
    back = Invitation.from_file_bytes(data)
    assert back.code == inv.code and back.role == inv.role
    assert json.loads(data)["chair_fingerprint"] == chair.profile.fingerprint
    with pytest.raises(ValidationError, match="not a Concord invitation"):
        Invitation.from_file_bytes(b'{"kind": "something else"}')
    with pytest.raises(ValidationError, match="not a Concord invitation"):
        Invitation.from_file_bytes(b"\x00\x01garbage")


def test_only_the_chair_invites_and_roles_must_exist(chair, make_workspace):
    with pytest.raises(SyncError, match="unknown role"):
        chair.sync.invite("janitor")
    with pytest.raises(ValidationError, match="hours"):
        chair.sync.invite("police", hours=0)
    police = make_workspace("police")
    police.sync.join(chair.sync.admission(police.profile))
    with pytest.raises(SyncError, match="only the chair"):
        police.sync.invite("police")


def _redeem(chair, ws, inv, channel=b"channel"):
    request = ws.join_request()
    return chair.sync.redeem(inv.invite_id, request, proof(inv.secret, inv.invite_id, channel, request), channel)


def test_an_invitation_admits_one_device_once(chair, make_workspace, tmp_path):
    inv = chair.sync.invite("police")
    first = make_workspace("police")
    package = _redeem(chair, first, inv)
    first.sync.join(package)
    assert first.sync.state().active(first.profile.device_id).role == "police"
    second = make_workspace("police", folder=tmp_path / "second-police")
    with pytest.raises(SyncError, match="used"):
        _redeem(chair, second, inv)
    assert second.profile.device_id not in chair.sync.state().members
    (record,) = chair.sync.invitations()
    assert (record.current_state(), record.used_by) == ("used", first.profile.device_id)
    actions = [e.action for e in chair.audit_entries()]
    assert "invitation_issued" in actions and "invitation_redeemed" in actions and "invitation_refused" in actions


def test_withdrawn_and_expired_invitations_admit_nobody(chair, make_workspace):
    withdrawn = chair.sync.invite("police")
    chair.sync.withdraw_invitation(withdrawn.invite_id)
    with pytest.raises(SyncError, match="withdrawn"):
        _redeem(chair, make_workspace("police"), withdrawn)
    with pytest.raises(SyncError, match="already withdrawn"):
        chair.sync.withdraw_invitation(withdrawn.invite_id)
    expiring = chair.sync.invite("clinician", hours=0.0001)
    time.sleep(0.5)
    with pytest.raises(SyncError, match="expired"):
        _redeem(chair, make_workspace("clinician"), expiring)
    assert {r.current_state() for r in chair.sync.invitations()} == {"withdrawn", "expired"}
    assert len(chair.sync.state().members) == 1


def test_wrong_proofs_burn_the_code(chair, make_workspace):
    inv = chair.sync.invite("police")
    ws = make_workspace("police")
    request = ws.join_request()
    for _ in range(5):
        with pytest.raises(SyncError, match="does not match"):
            chair.sync.redeem(inv.invite_id, request, b"\x00" * 32, b"channel")
    # Even the right proof no longer works: someone was guessing.
    with pytest.raises(SyncError, match="withdrawn"):
        _redeem(chair, ws, inv)


def test_proof_is_bound_to_channel_and_request(chair, make_workspace):
    inv = chair.sync.invite("police")
    ws = make_workspace("police")
    request = ws.join_request()
    mac = proof(inv.secret, inv.invite_id, b"channel-A", request)
    with pytest.raises(SyncError, match="does not match"):
        chair.sync.redeem(inv.invite_id, request, mac, b"channel-B")
    assert chair.sync.invitations()[0].current_state() == "open"


def test_role_must_match_the_invitation(chair, make_workspace):
    inv = chair.sync.invite("police")
    with pytest.raises(SyncError, match="for the role 'police'"):
        _redeem(chair, make_workspace("clinician"), inv)
    assert chair.sync.invitations()[0].current_state() == "open"


def test_unknown_invitation_is_refused_and_audited(chair, make_workspace):
    ws = make_workspace("police")
    with pytest.raises(SyncError, match="no such invitation"):
        chair.sync.redeem("0011223344", ws.join_request(), b"\x00" * 32, b"c")
    assert audit.verify(chair.store).ok
    assert chair.audit_entries()[-1].action == "invitation_refused"
