"""The sync engine between devices in one process: what each may hold, and what is refused."""

import dataclasses

import pytest

from app.models.documents.casedoc import CompartmentDoc
from app.sync.engine.compartment_keys import make_grant
from app.sync.engine.in_process import exchange
from app.sync.engine.sync_engine import SyncError
from app.sync.protocol.envelope import Envelope, seal


def test_a_case_reaches_exactly_the_devices_whose_role_may_read_each_part(panel):
    police, ci, clinician = panel["police"], panel["chief_inspector"], panel["clinician"]
    case = police.new_case(reference="CC-SYNC-1", harmed_label="Person A")
    case.set("intelligence", "MKintel-only-police-and-ci")
    case.set("police_summary", "Shared with the panel")
    got_ci = exchange(police, ci)
    got_clin = exchange(police, clinician)
    assert not got_ci.quarantined and not got_clin.quarantined
    ci_case = ci.open_case("CC-SYNC-1")
    assert ci_case.get("intelligence") == "MKintel-only-police-and-ci"
    assert ci_case.get("party_harmed_label") == "Person A"
    clin_case = clinician.open_case("CC-SYNC-1")
    assert clin_case.get("police_summary") == "Shared with the panel"
    intel = police.cases.compartments.for_field("intelligence").id
    assert clinician.store.change_hashes(case.case_id, intel) == set()
    assert all(comp != intel for _, comp, _ in clinician.sync.holdings_for("clinician"))
    # The clinician got no key for the police compartment either.
    assert not clinician.sync.compartment_keys.my_grants(case.case_id, intel)


def test_sync_is_idempotent_and_converges(panel):
    police, ci = panel["police"], panel["chief_inspector"]
    case = police.new_case(reference="CC-SYNC-2")
    for i in range(5):
        case.set("intelligence", f"v{i}")
    exchange(police, ci)
    again = exchange(police, ci)
    assert again.applied == 0 and again.duplicates > 0
    comp = police.cases.compartments.for_field("intelligence")
    assert (
        police.cases.read_doc(case.case_id, comp, "police").heads()
        == ci.cases.read_doc(case.case_id, comp, "chief_inspector").heads()
    )


def forged(author_ws, case_id, comp, key, key_id, panel_id, change_bytes, **over):
    args = dict(
        panel_id=panel_id,
        case_id=case_id,
        compartment=comp.id,
        author=author_ws.profile.device_id,
        key_id=key_id,
        key=key,
        sign=author_ws.keys.sign,
    )
    args.update(over)
    return seal([change_bytes], **args).encode()


def test_forged_envelopes_are_quarantined_and_never_applied(panel, make_workspace):
    police, ci, clinician = panel["police"], panel["chief_inspector"], panel["clinician"]
    case = police.new_case(reference="CC-SYNC-3")
    case.set("intelligence", "genuine")
    exchange(police, ci)
    comp = police.cases.compartments.for_field("intelligence")
    _, key_id, key = police.sync.compartment_keys.current(case.case_id, comp.id)
    pid = police.sync.panel_id
    doc = CompartmentDoc.load(
        case.case_id,
        comp,
        police.schema,
        police.cases.read_doc(case.case_id, comp, "police").save(),
        clinician.profile.actor_id,
    )
    [evil] = doc.set("intelligence", "MKforged")

    stranger = make_workspace("police", folder=police.folder.parent / "stranger")
    attempts = {
        "not a member": forged(stranger, case.case_id, comp, key, key_id, pid, evil.data),
        "may not write": forged(clinician, case.case_id, comp, key, key_id, pid, evil.data),
    }
    tampered = bytearray(forged(police, case.case_id, comp, key, key_id, pid, evil.data))
    tampered[-80] ^= 1
    attempts["signature"] = bytes(tampered)
    other = police.new_case(reference="CC-SYNC-4")
    other.set("intelligence", "other case")
    exchange(police, ci)
    _, other_key_id, _ = police.sync.compartment_keys.current(other.case_id, comp.id)
    real = Envelope.decode(forged(police, case.case_id, comp, key, key_id, pid, evil.data))
    moved = dataclasses.replace(real, case_id=other.case_id)
    attempts["signature (moved)"] = moved.encode()
    resigned = dataclasses.replace(moved, key_id=other_key_id, signature=b"")
    resigned = dataclasses.replace(resigned, signature=police.keys.sign(resigned.signed_part()))
    attempts["decrypt (moved and re-signed)"] = resigned.encode()
    attempts["another actor"] = forged(police, case.case_id, comp, key, key_id, pid, evil.data)
    for expected, data in attempts.items():
        result = ci.sync.receive_envelopes([data], "test")
        assert result.applied == 0 and len(result.quarantined) == 1, expected
        assert expected.split(" (")[0] in result.quarantined[0], (expected, result.quarantined)
    assert ci.open_case("CC-SYNC-3").get("intelligence") == "genuine"
    assert ci.open_case("CC-SYNC-4").get("intelligence") == "other case"
    assert len(ci.sync.quarantined()) == len(attempts)
    assert all(row.digest and row.size for row in ci.sync.quarantined()), "junk is kept as its digest and size"
    ci.sync.flush_quarantine()  # a session (or a bundle's import) writes one audit entry at its end
    audited = [e for e in ci.audit_entries() if e.action == "quarantined"]
    assert len(audited) == 1 and f"{len(attempts)} from test" in audited[0].target


def test_a_revoked_author_is_refused_and_gets_nothing_new(panel):
    chair, police, ci = panel["chair"], panel["police"], panel["chief_inspector"]
    case = police.new_case(reference="CC-SYNC-5")
    case.set("police_summary", "before")
    exchange(police, ci)
    exchange(police, chair)
    # Written, sealed and ready to send before the revocation reaches the police device (which
    # then forgets what its role no longer gives it).
    case.set("police_summary", "after revocation")
    police.sync.seal_pending()
    late = police.sync.envelopes_for(ci.profile.device_id)
    chair.sync.revoke(police.profile.device_id)
    exchange(chair, ci)
    result = ci.sync.receive_envelopes(late, police.profile.device_id)
    assert result.applied == 0 and any("revoked" in q for q in result.quarantined)
    assert ci.open_case("CC-SYNC-5").get("police_summary") == "before"
    assert ci.sync.envelopes_for(police.profile.device_id) == []


def test_only_the_chair_changes_membership(panel):
    with pytest.raises(SyncError, match="only the chair"):
        panel["police"].sync.revoke(panel["clinician"].profile.device_id)


def test_a_grant_to_a_role_that_may_not_read_is_refused(panel):
    police, clinician, ci = panel["police"], panel["clinician"], panel["chief_inspector"]
    case = police.new_case(reference="CC-SYNC-6")
    case.set("intelligence", "x")
    police.sync.seal_pending()
    comp = police.cases.compartments.for_field("intelligence")
    _, _, key = police.sync.compartment_keys.current(case.case_id, comp.id)
    leak = make_grant(
        police.sync.panel_id,
        case.case_id,
        comp.id,
        key,
        1,
        clinician.profile.device_id,
        clinician.profile.exchange_public,
        police.profile.device_id,
        police.keys.sign,
    )
    assert clinician.sync.receive_grants([leak.encode()], "test") == 0
    assert clinician.sync.quarantined()[-1].reason == "recipient may not hold this compartment's key"
    assert ci.sync.receive_grants([leak.encode()], "test") == 0


def test_an_envelope_without_its_key_is_held_then_applied_when_the_grant_comes(panel):
    police, ci = panel["police"], panel["chief_inspector"]
    case = police.new_case(reference="CC-SYNC-7")
    case.set("intelligence", "arrives before its key")
    police.sync.seal_pending()
    result = ci.sync.receive_envelopes(police.sync.envelopes_for(ci.profile.device_id), "police")
    assert result.held > 0 and result.applied == 0 and not result.quarantined
    assert ci.sync.envelopes_for(police.profile.device_id) == []  # held envelopes are not passed on
    ci.sync.receive_grants(police.sync.grants_for(ci.profile.device_id), "police")
    assert ci.open_case("CC-SYNC-7").get("intelligence") == "arrives before its key"
    assert ci.sync.quarantined(include_held=True) == []


def test_revocation_rotates_keys_so_the_revoked_device_cannot_read_what_follows(panel):
    chair, police, ci = panel["chair"], panel["police"], panel["chief_inspector"]
    case = police.new_case(reference="CC-SYNC-8")
    case.set("referral_reason", "before revocation")
    exchange(police, ci)
    exchange(police, chair)
    comp = police.cases.compartments.for_field("referral_reason")
    _, old_key_id, _ = chair.sync.compartment_keys.current(case.case_id, comp.id)
    chair.sync.revoke(police.profile.device_id)
    chair.open_case(case.case_id).set("referral_reason", "after revocation")
    chair.sync.seal_pending()
    generation, new_key_id, _ = chair.sync.compartment_keys.current(case.case_id, comp.id)
    assert generation == 2 and new_key_id != old_key_id
    # The revoked device gets no grant for the new key and is offered nothing.
    assert chair.sync.grants_for(police.profile.device_id) == []
    assert chair.sync.envelopes_for(police.profile.device_id) == []
    assert police.sync.compartment_keys.key(case.case_id, comp.id, new_key_id) is None
    # The remaining readers get the new key, and the history under the old one stays readable.
    exchange(chair, ci)
    assert ci.open_case("CC-SYNC-8").get("referral_reason") == "after revocation"
    assert ci.sync.compartment_keys.key(case.case_id, comp.id, old_key_id) is not None
    # Sealing again does not rotate again.
    chair.open_case(case.case_id).set("referral_reason", "later")
    chair.sync.seal_pending()
    assert chair.sync.compartment_keys.current(case.case_id, comp.id)[1] == new_key_id


def test_a_grant_sweep_keeps_every_grant_it_makes(panel, make_workspace, memory_keyring):
    from app.workspace import Workspace

    chair, police = panel["chair"], panel["police"]
    for ref in ("CC-SWEEP-1", "CC-SWEEP-2"):
        police.new_case(reference=ref).set("police_summary", "before legal joined")
    police.sync.seal_pending()
    legal = make_workspace("legal")
    legal.sync.join(chair.sync.admission(legal.profile))
    police.sync.receive_membership(chair.sync.membership_entries(), "chair")
    # A freshly opened engine (a new process): no key unwrapped yet, so the sweep reads the store.
    fresh = Workspace.open(police.folder, backend=memory_keyring)
    try:
        made = fresh.sync.grant_sweep()
        # Two cases, each with two compartments legal may read (case core, police summary).
        assert made == 4
        assert len(fresh.sync.grants_for(legal.profile.device_id)) == 4
    finally:
        fresh.close()


def test_a_case_still_named_by_its_placeholder_gets_its_reference_when_the_engine_starts(panel):
    """A receiver killed after storing a case's changes but before naming the case keeps the
    placeholder; the next start reads the reference from the document."""
    police, ci = panel["police"], panel["chief_inspector"]
    case = police.new_case(reference="CC-NAMED-1")
    exchange(police, ci)
    ci.store.set_reference(case.case_id, f"CASE-{case.case_id[:8]}")  # the state the kill leaves
    assert ci.store.find_case(case.case_id).reference != "CC-NAMED-1"
    ci.sync.receiver._resumed = False  # as a new engine
    ci.sync.resume_unapplied()
    assert ci.store.find_case(case.case_id).reference == "CC-NAMED-1"
