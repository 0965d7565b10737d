"""A device that loses read access to a compartment - moved to a role that does not read it, or
revoked - deletes what it held of it: changes, snapshots, envelopes, held envelopes and keys."""

from app.sync.engine.forget import held_compartments
from app.sync.engine.in_process import exchange
from tests.support.sync_stores import everything_stored

MARKER = "MKintelligence-the-moved-device-must-forget"


def holds(ws, comp_id: str) -> dict[str, int]:
    counts = {}
    for table in ("changes", "snapshots", "envelopes", "key_grants"):
        counts[table] = ws.store.driver_rows(f"SELECT count(*) FROM {table} WHERE compartment = ?", (comp_id,))[0][0]
    return counts


def test_a_device_moved_to_a_role_that_cannot_read_forgets_what_it_held(panel):
    chair, police, ci = panel["chair"], panel["police"], panel["chief_inspector"]
    case = police.new_case("FORGET-1")
    case.set("intelligence", MARKER)
    case.set("police_summary", "for the whole panel")
    exchange(police, ci)
    intel = ci.cases.compartments.for_field("intelligence")
    assert ci.open_case("FORGET-1").get("intelligence") == MARKER
    assert MARKER.encode() in everything_stored(ci)
    before = holds(ci, intel.id)
    assert before["changes"] and before["envelopes"] and before["key_grants"], before

    chair.sync.change_role(ci.profile.device_id, "clinician")
    exchange(chair, ci)  # the change reaches the moved device

    assert not any(holds(ci, intel.id).values()), holds(ci, intel.id)
    assert intel.id not in held_compartments(ci.store)
    assert MARKER.encode() not in everything_stored(ci)
    assert (
        ci.sync.compartment_keys.key(
            case.case_id, intel.id, police.sync.compartment_keys.current(case.case_id, intel.id)[1]
        )
        is None
    )
    # What a clinician may read stays.
    summary = ci.cases.compartments.for_field("police_summary")
    assert holds(ci, summary.id)["changes"] or holds(ci, summary.id)["envelopes"]
    audited = [e.target for e in ci.audit_entries() if e.action == "member_changed"]
    assert any("forgot 1 compartment" in target for target in audited)


def test_a_revoked_device_forgets_every_compartment(panel):
    chair, police, ci = panel["chair"], panel["police"], panel["chief_inspector"]
    case = police.new_case("FORGET-2")
    case.set("intelligence", MARKER)
    exchange(police, ci)
    assert held_compartments(ci.store)
    chair.sync.revoke(ci.profile.device_id)
    exchange(chair, ci)
    assert held_compartments(ci.store) == set()
    assert MARKER.encode() not in everything_stored(ci)


def test_a_move_forgets_only_once_it_is_in_force(make_workspace):
    """A move waiting for approval is not in force: the device keeps what its role reads until
    the approval comes, then forgets what the new role may not read."""
    chair = make_workspace("chair")
    chair.sync.found_panel(policy="agency")
    advocate, police = make_workspace("advocate"), make_workspace("police")
    advocate.sync.join(chair.sync.admission(advocate.profile))
    waiting = chair.sync.admit(police.profile)
    assert chair.sync.state().requests[waiting.hash].missing() == ["Advocacy service"]
    exchange(chair, advocate)
    advocate.sync.approve(police.profile.device_id)
    exchange(advocate, chair)
    police.sync.join(chair.sync.admission(police.profile))
    case = police.new_case("FORGET-3")
    case.set("intelligence", MARKER)
    police.sync.seal_pending()
    intel = police.cases.compartments.for_field("intelligence")

    move = chair.sync.change_role(police.profile.device_id, "advocate")
    exchange(chair, police)
    assert police.sync.state().requests[move.hash].missing() == ["Advocacy service"]
    assert police.sync.state().active(police.profile.device_id).role == "police"
    assert intel.id in held_compartments(police.store)

    exchange(chair, advocate)
    advocate.sync.approve(police.profile.device_id)
    exchange(advocate, police)
    assert police.sync.state().active(police.profile.device_id).role == "advocate"
    assert intel.id not in held_compartments(police.store)
    assert MARKER.encode() not in everything_stored(police)
