"""Role changes and admissions that give a device another agency's data wait, in the signed log,
for a device of that agency to approve them; every device's fold enforces it."""

import random

import pytest

from app.models.case_schema import load_schema
from app.models.documents.compartments import CompartmentMap
from app.sync.engine.approval_rules import ApprovalRules
from app.sync.engine.membership import MembershipLog
from app.sync.engine.membership_entries import founding_entry, make_approval, make_entry
from tests.support.membership_devices import Device, clock

RULES = ApprovalRules.from_compartments(CompartmentMap(load_schema()))


def fold(entries):
    return MembershipLog(list(entries), rules=RULES).fold()


@pytest.fixture
def panel():
    """A chair (agency policy) and the first advocate, who is in force at once: no agency whose
    data an advocate reads has a device yet. Then the chair asks to become advocate itself."""
    t = clock()
    chair, advocate = Device("Chair", "chair"), Device("Advocate", "advocate")
    found = founding_entry(chair.profile, chair.sign, t(), policy="agency")
    pid = found.hash
    add_a = make_entry("add", pid, advocate.profile, "advocate", chair.id, [found.hash], chair.sign, t())
    grab = make_entry("role", pid, chair.profile, "advocate", chair.id, [add_a.hash], chair.sign, t())
    return dict(t=t, pid=pid, chair=chair, advocate=advocate, found=found, add_a=add_a, grab=grab)


def approve(p, request, approver, prev):
    return make_approval(p["pid"], request, approver.id, [e.hash for e in prev], approver.sign, p["t"]())


def test_the_first_device_of_an_agency_needs_no_one(panel):
    state = fold([panel["found"], panel["add_a"]])
    assert state.policy == "agency"
    assert state.active(panel["advocate"].id).role == "advocate"
    assert state.requests[panel["add_a"].hash].status == "in force"


def test_a_chair_making_itself_advocate_waits_for_the_advocacy_service(panel):
    state = fold([panel["found"], panel["add_a"], panel["grab"]])
    assert state.active(panel["chair"].id).role == "chair"  # not in force
    request = state.waiting_for(panel["chair"].id)
    assert request.hash == panel["grab"].hash and request.missing() == ["Advocacy service"]
    assert "advocate" not in state.roles_held[panel["chair"].id]  # so no key is ever due to it


def test_the_advocates_approval_puts_it_in_force_in_any_merge_order(panel):
    ok = approve(panel, panel["grab"], panel["advocate"], [panel["grab"]])
    entries = [panel["found"], panel["add_a"], panel["grab"], ok]
    states = set()
    for seed in range(10):
        shuffled = entries[:]
        random.Random(seed).shuffle(shuffled)
        st = fold(shuffled)
        states.add((st.active(panel["chair"].id).role, tuple(st.accepted), st.requests[panel["grab"].hash].status))
    assert states == {("advocate", (panel["found"].hash, panel["add_a"].hash, panel["grab"].hash, ok.hash), "in force")}


def test_an_approval_that_arrives_before_its_request_waits_for_it(panel):
    ok = approve(panel, panel["grab"], panel["advocate"], [panel["grab"]])
    log = MembershipLog([panel["found"], panel["add_a"], ok], rules=RULES)
    early = log.fold()
    assert early.active(panel["chair"].id).role == "chair" and ok.hash in early.pending
    log.add(panel["grab"])
    assert log.fold().active(panel["chair"].id).role == "advocate"


def test_self_approval_does_not_count(panel):
    by_chair = approve(panel, panel["grab"], panel["chair"], [panel["grab"]])
    state = fold([panel["found"], panel["add_a"], panel["grab"], by_chair])
    assert state.active(panel["chair"].id).role == "chair"
    assert "made it" in state.rejected[by_chair.hash]
    # Nor does the approval of the device a change moves: the advocate, moved by the chair to
    # chief inspector (which reads the police record), cannot approve its own move.
    t = panel["t"]
    police = Device("Police", "police")
    add_p = make_entry(
        "add", panel["pid"], police.profile, "police", chair_id(panel), [panel["add_a"].hash], panel["chair"].sign, t()
    )
    ok_p = approve(panel, add_p, panel["advocate"], [add_p])
    move = make_entry(
        "role",
        panel["pid"],
        panel["advocate"].profile,
        "chief_inspector",
        chair_id(panel),
        [ok_p.hash],
        panel["chair"].sign,
        t(),
    )
    own = approve(panel, move, panel["advocate"], [move])
    state = fold([panel["found"], panel["add_a"], add_p, ok_p, move, own])
    assert "concerns" in state.rejected[own.hash]
    assert state.active(panel["advocate"].id).role == "advocate"
    assert state.waiting_for(panel["advocate"].id).missing() == ["Police"]


def chair_id(p):
    return p["chair"].id


def test_an_approver_of_the_wrong_agency_does_not_count(panel):
    t, chair = panel["t"], panel["chair"]
    police = Device("Police", "police")
    add_p = make_entry("add", panel["pid"], police.profile, "police", chair.id, [panel["add_a"].hash], chair.sign, t())
    ok_p = approve(panel, add_p, panel["advocate"], [add_p])  # the police device reads the advocate's safety plan
    grab = make_entry("role", panel["pid"], chair.profile, "advocate", chair.id, [ok_p.hash], chair.sign, t())
    by_police = approve(panel, grab, police, [grab])
    state = fold([panel["found"], panel["add_a"], add_p, ok_p, grab, by_police])
    assert state.active(police.id).role == "police"
    assert state.waiting_for(chair.id).hash == grab.hash
    assert sorted(state.waiting_for(chair.id).needs) == ["Advocacy service", "Police"]
    assert state.active(chair.id).role == "chair"
    # The police approval counted for Police; the Advocacy service has still to say yes.
    assert state.waiting_for(chair.id).approvals == {"Police": police.id}
    wrong = approve(panel, grab, police, [by_police])
    assert "already" in fold([panel["found"], panel["add_a"], add_p, ok_p, grab, by_police, wrong]).rejected[wrong.hash]


def test_a_clinician_approving_a_move_to_advocate_is_refused(panel):
    t, chair = panel["t"], panel["chair"]
    clinician = Device("Clinician", "clinician")
    add_c = make_entry(
        "add", panel["pid"], clinician.profile, "clinician", chair.id, [panel["grab"].hash], chair.sign, t()
    )
    by_clin = approve(panel, panel["grab"], clinician, [add_c])
    state = fold([panel["found"], panel["add_a"], panel["grab"], add_c, by_clin])
    assert "(Health) is not one this change waits for (Advocacy service)" in state.rejected[by_clin.hash]
    assert state.active(chair.id).role == "chair"


def test_a_concurrent_revocation_of_the_approver_voids_its_approval(panel):
    t, chair, advocate = panel["t"], panel["chair"], panel["advocate"]
    ok = approve(panel, panel["grab"], advocate, [panel["grab"]])
    # The chair revokes the advocate without having seen its approval...
    revoke = make_entry(
        "revoke", panel["pid"], advocate.profile, "advocate", chair.id, [panel["grab"].hash], chair.sign, t()
    )
    state = fold([panel["found"], panel["add_a"], panel["grab"], ok, revoke])
    assert ok.hash in state.rejected and "revoked" in state.rejected[ok.hash]
    assert state.active(chair.id).role == "chair"
    # ...whereas once it had seen the approval, the change is in force: the chair is an advocate,
    # no longer an admin, and can revoke no one.
    later = make_entry("revoke", panel["pid"], advocate.profile, "advocate", chair.id, [ok.hash], chair.sign, t())
    state = fold([panel["found"], panel["add_a"], panel["grab"], ok, later])
    assert state.active(chair.id).role == "advocate" and not state.members[advocate.id].revoked
    assert "not an admin" in state.rejected[later.hash]


def test_a_chair_cannot_hide_the_agency_by_leaving_it_out_of_prev(panel):
    """Written as if the advocate had never been admitted (prev: the founding entry only, dated
    first): the advocate's admission is concurrent with it, so the Advocacy service still counts."""
    chair = panel["chair"]
    sneaky = make_entry(
        "role",
        panel["pid"],
        chair.profile,
        "advocate",
        chair.id,
        [panel["found"].hash],
        chair.sign,
        "2026-11-21T09:00:00+00:00",
    )
    state = fold([panel["found"], panel["add_a"], sneaky])
    assert state.active(chair.id).role == "chair"
    assert state.waiting_for(chair.id).missing() == ["Advocacy service"]


def test_a_later_entry_about_the_device_supersedes_a_waiting_change(panel):
    t, chair, advocate = panel["t"], panel["chair"], panel["advocate"]
    back = make_entry("role", panel["pid"], chair.profile, "chair", chair.id, [panel["grab"].hash], chair.sign, t())
    late_ok = approve(panel, panel["grab"], advocate, [back])
    state = fold([panel["found"], panel["add_a"], panel["grab"], back, late_ok])
    assert state.requests[panel["grab"].hash].status == "superseded"
    assert "superseded" in state.rejected[late_ok.hash]
    assert state.active(chair.id).role == "chair"


def test_under_the_admin_policy_a_second_admin_suffices():
    t = clock()
    chair, deputy, advocate = Device("Chair", "chair"), Device("Deputy", "chair"), Device("Advocate", "advocate")
    found = founding_entry(chair.profile, chair.sign, t(), policy="admin")
    pid = found.hash
    add_a = make_entry("add", pid, advocate.profile, "advocate", chair.id, [found.hash], chair.sign, t())
    add_d = make_entry("add", pid, deputy.profile, "chair", chair.id, [add_a.hash], chair.sign, t())
    ok_d = make_approval(
        pid, add_d, advocate.id, [add_d.hash], advocate.sign, t()
    )  # a chair reads what the advocate writes
    grab = make_entry("role", pid, chair.profile, "advocate", chair.id, [ok_d.hash], chair.sign, t())
    by_deputy = make_approval(pid, grab, deputy.id, [grab.hash], deputy.sign, t())
    entries = [found, add_a, add_d, ok_d, grab, by_deputy]
    state = fold(entries)
    assert state.active(chair.id).role == "advocate"
    assert state.requests[grab.hash].approvals == {"a second admin": deputy.id}
    # The same log under the agency policy would not let the deputy wave it through.
    found_agency = founding_entry(chair.profile, chair.sign, found.at, policy="agency")
    assert found_agency.hash != pid  # the policy is part of what the panel id commits to


def test_an_unknown_policy_is_refused():
    from app.sync.engine.membership_entries import MembershipError

    with pytest.raises(MembershipError, match="unknown approval policy"):
        founding_entry(Device("Chair", "chair").profile, Device("Chair", "chair").sign, "2026-11-21", policy="anyone")


def test_a_log_of_requests_approvals_and_revocations_folds_the_same_in_any_order(panel):
    t, chair, advocate = panel["t"], panel["chair"], panel["advocate"]
    police, clinician = Device("Police", "police"), Device("Clinician", "clinician")
    add_p = make_entry("add", panel["pid"], police.profile, "police", chair.id, [panel["grab"].hash], chair.sign, t())
    ok_p = approve(panel, add_p, advocate, [add_p])
    add_c = make_entry("add", panel["pid"], clinician.profile, "clinician", chair.id, [ok_p.hash], chair.sign, t())
    wrong = approve(panel, panel["grab"], clinician, [add_c])  # Health does not own the advocate's data
    by_police = approve(panel, panel["grab"], police, [add_c])
    revoke = make_entry("revoke", panel["pid"], advocate.profile, "advocate", chair.id, [add_c.hash], chair.sign, t())
    late_ok = approve(panel, panel["grab"], advocate, [by_police])  # concurrent with its own revocation
    entries = [panel["found"], panel["add_a"], panel["grab"], add_p, ok_p, add_c, wrong, by_police, revoke, late_ok]
    seen = set()
    for seed in range(20):
        shuffled = entries[:]
        random.Random(seed).shuffle(shuffled)
        st = fold(shuffled)
        seen.add(
            (
                tuple(sorted((d, m.role, m.revoked) for d, m in st.members.items())),
                tuple(st.accepted),
                tuple(sorted(st.rejected)),
                tuple((h, r.status) for h, r in st.requests.items()),
            )
        )
    assert len(seen) == 1
    st = fold(entries)
    assert st.active(chair.id).role == "chair"  # the advocate's approval fell with its revocation
    assert {wrong.hash, late_ok.hash} <= set(st.rejected) and by_police.hash in st.accepted


def test_entries_without_an_approval_keep_their_bytes_and_hashes(panel):
    for e in (panel["found"], panel["add_a"], panel["grab"]):
        assert b"target" not in e.body() and b"policy" not in e.body() or e is panel["found"]
    assert b'"policy":"agency"' in panel["found"].body()
    plain = founding_entry(panel["chair"].profile, panel["chair"].sign, "2026-11-21T10:00:00+00:00")
    assert b"policy" not in plain.body()


def test_an_agency_that_joins_while_a_change_waits_is_waited_for_too(panel):
    t, chair, advocate = panel["t"], panel["chair"], panel["advocate"]
    police = Device("Police", "police")
    add_p = make_entry("add", panel["pid"], police.profile, "police", chair.id, [panel["grab"].hash], chair.sign, t())
    ok_p = approve(panel, add_p, advocate, [add_p])
    by_advocate = approve(panel, panel["grab"], advocate, [ok_p])
    state = fold([panel["found"], panel["add_a"], panel["grab"], add_p, ok_p, by_advocate])
    # A chair turned advocate would read the legal record the police write: Police must agree too.
    assert state.active(chair.id).role == "chair"
    assert state.waiting_for(chair.id).missing() == ["Police"]
    by_police = approve(panel, panel["grab"], police, [by_advocate])
    state = fold([panel["found"], panel["add_a"], panel["grab"], add_p, ok_p, by_advocate, by_police])
    assert state.active(chair.id).role == "advocate"
