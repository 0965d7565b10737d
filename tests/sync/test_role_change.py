"""The chair changes a member's role: the device takes the new role from the log, keys follow."""

import pytest

from app.sync.engine.sync_engine import SyncError
from app.workspace import Workspace
from tests.support.sync_pairs import run_pair


def test_a_changed_role_reaches_the_device_and_its_keys_follow(panel, memory_keyring):
    chair, police, clinician = panel["chair"], panel["police"], panel["clinician"]
    case = police.new_case("ROLE-1")
    case.set("intelligence", "for police and the chief inspector")
    run_pair(police, clinician)
    intel = clinician.cases.compartments.for_field("intelligence")
    assert clinician.store.change_hashes(case.case_id, intel.id) == set()  # not the clinician's to hold

    chair.sync.change_role(clinician.profile.device_id, "chief_inspector")
    run_pair(chair, clinician)  # the log entry reaches the device...
    run_pair(chair, police)  # ...and the police device, which holds the key
    reopened = Workspace.open(clinician.folder, backend=memory_keyring)
    try:
        assert reopened.role == "chief_inspector"
        run_pair(police, reopened)  # now offered, and granted, what a chief inspector may read
        assert reopened.open_case("ROLE-1").get("intelligence") == "for police and the chief inspector"
    finally:
        reopened.close()


def test_role_changes_are_checked(panel):
    chair, police = panel["chair"], panel["police"]
    with pytest.raises(SyncError, match="unknown role"):
        chair.sync.change_role(police.profile.device_id, "janitor")
    with pytest.raises(SyncError, match="only the chair"):
        police.sync.change_role(panel["clinician"].profile.device_id, "legal")


def test_a_role_taken_away_rotates_the_keys_the_device_held(panel, memory_keyring):
    """A chief inspector moved to clinician forgets the police record's keys (see test_forget.py),
    and what police write after learning of the move is sealed under a new key it is never given,
    and that no key it held opens."""
    from app.sync.protocol.envelope import Envelope, EnvelopeError, open_envelope

    chair, police, ci = panel["chair"], panel["police"], panel["chief_inspector"]
    case = police.new_case("ROLE-2")
    case.set("intelligence", "before the move")
    run_pair(police, ci)
    intel = police.cases.compartments.for_field("intelligence")
    old_generation, old_key_id, _ = police.sync.compartment_keys.current(case.case_id, intel.id)
    assert ci.sync.compartment_keys.key(case.case_id, intel.id, old_key_id) is not None
    old_key = ci.sync.compartment_keys.key(case.case_id, intel.id, old_key_id)

    chair.sync.change_role(ci.profile.device_id, "clinician")
    run_pair(chair, police)  # police learns of the move
    police.open_case("ROLE-2").set("intelligence", "MKafter-the-move")
    police.sync.seal_pending()
    generation, key_id, _ = police.sync.compartment_keys.current(case.case_id, intel.id)
    assert generation == old_generation + 1 and key_id != old_key_id
    # The moved device is offered nothing of the compartment, and given no grant of the new key...
    run_pair(chair, ci)
    run_pair(police, ci)
    assert ci.sync.compartment_keys.key(case.case_id, intel.id, key_id) is None
    # ...and handed the new envelopes themselves, opens none of them with what it holds.
    newer = [
        Envelope.decode(d)
        for d in police.sync.envelopes_for(police.profile.device_id)
        if Envelope.decode(d).compartment == intel.id and Envelope.decode(d).key_id == key_id
    ]
    assert newer
    assert ci.sync.compartment_keys.my_grants(case.case_id, intel.id) == []  # forgotten
    for env in newer:
        with pytest.raises(EnvelopeError):
            open_envelope(env, old_key)  # even a copy of the old key kept elsewhere opens none
    # Moving it back makes it a reader again: the chief inspector's role gets the current key.
    chair.sync.change_role(ci.profile.device_id, "chief_inspector")
    run_pair(chair, police)
    run_pair(chair, ci)
    reopened = Workspace.open(ci.folder, backend=memory_keyring)
    try:
        run_pair(police, reopened)
        assert reopened.open_case("ROLE-2").get("intelligence") == "MKafter-the-move"
    finally:
        reopened.close()


def test_a_role_change_that_gives_another_agencys_data_waits_and_only_that_agency_approves(make_workspace):
    from app.sync.engine.in_process import exchange

    chair = make_workspace("chair")
    chair.sync.found_panel(policy="agency")
    advocate, clinician = make_workspace("advocate"), make_workspace("clinician")
    for ws in (advocate, clinician):
        ws.sync.join(chair.sync.admission(ws.profile))  # neither reads what the other writes
    case = advocate.new_case("ROLE-3")
    case.set("safe_address", "MKsafe-address-role-3")

    entry = chair.sync.change_role(chair.profile.device_id, "advocate")
    assert chair.sync.state().requests[entry.hash].status == "pending"
    for ws in (advocate, clinician):
        exchange(chair, ws)
        exchange(ws, chair)
    with pytest.raises(SyncError, match=r"\(Health\) is not one this change waits for \(Advocacy service\)"):
        clinician.sync.approve(chair.profile.device_id)
    with pytest.raises(SyncError, match="made it or the device it concerns"):
        chair.sync.approve(chair.profile.device_id)
    with pytest.raises(SyncError, match="no role change or admission of"):
        advocate.sync.approve(clinician.profile.device_id)
    exchange(advocate, chair)
    safe = chair.cases.compartments.for_field("safe_address")
    assert not [k for k in chair.sync.compartment_keys.my_keys() if k[1] == safe.id]
    assert chair.sync.state().active(chair.profile.device_id).role == "chair"

    advocate.sync.approve(chair.profile.device_id)
    exchange(advocate, chair)  # the approval arrives...
    exchange(advocate, chair)  # ...and the advocate, knowing it too, grants the key
    assert chair.sync.state().active(chair.profile.device_id).role == "advocate"
    assert [k for k in chair.sync.compartment_keys.my_keys() if k[1] == safe.id]
    audited = {e.action for e in chair.audit_entries()} | {e.action for e in advocate.audit_entries()}
    assert {"role_change_requested", "role_change_approved"} <= audited


def test_a_chair_writing_its_own_approval_into_its_store_gains_nothing(make_workspace):
    """Bypassing the engine's checks: the chair signs an approval of its own move and stores it
    directly. Its own fold does not count it, and the advocate quarantines it and sends nothing."""
    from app.models.storage.store import now_utc
    from app.sync.engine.in_process import exchange
    from app.sync.engine.membership_entries import make_approval

    chair = make_workspace("chair")
    chair.sync.found_panel(policy="agency")
    advocate = make_workspace("advocate")
    advocate.sync.join(chair.sync.admission(advocate.profile))
    advocate.new_case("ROLE-4").set("safe_address", "MKforged-approval")
    grab = chair.sync.change_role(chair.profile.device_id, "advocate")
    state = chair.sync.state()
    forged = make_approval(state.panel_id, grab, chair.profile.device_id, state.heads, chair.keys.sign, now_utc())
    with chair.store.begin() as conn:
        chair.sync.store_entries(conn, [forged])
    assert forged.hash in chair.sync.state().rejected
    assert chair.sync.state().active(chair.profile.device_id).role == "chair"
    # What the chair passes on is only what counts; handed the forged entry directly, the
    # advocate quarantines it.
    assert forged.encode() not in chair.sync.membership_entries()
    exchange(chair, advocate)
    assert advocate.sync.receive_membership([forged.encode()], "chair") == 0
    assert any("made it" in row.reason for row in advocate.sync.quarantined())
    exchange(advocate, chair)
    safe = chair.cases.compartments.for_field("safe_address")
    assert not [k for k in chair.sync.compartment_keys.my_keys() if k[1] == safe.id]
    assert not chair.store.driver_rows("SELECT 1 FROM envelopes WHERE compartment = ?", (safe.id,))
