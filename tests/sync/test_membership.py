"""The signed membership log: verified back to the founding key, merged in any order."""

import random

import pytest

from app.sync.engine.membership import MembershipLog
from app.sync.engine.membership_entries import Entry, MembershipError, founding_entry, make_entry
from tests.support.membership_devices import Device, clock


@pytest.fixture
def panel():
    t = clock()
    chair, police, advocate = Device("Chair", "chair"), Device("Police", "police"), Device("Advocate", "advocate")
    found = founding_entry(chair.profile, chair.sign, t())
    pid = found.hash
    add_p = make_entry("add", pid, police.profile, "police", chair.id, [found.hash], chair.sign, t())
    add_a = make_entry("add", pid, advocate.profile, "advocate", chair.id, [add_p.hash], chair.sign, t())
    return dict(t=t, chair=chair, police=police, advocate=advocate, pid=pid, entries=[found, add_p, add_a])


def test_members_are_verified_back_to_the_founding_key(panel):
    state = MembershipLog(panel["entries"]).fold()
    assert state.panel_id == panel["pid"] and state.founder == panel["chair"].id
    assert {m.role for m in state.members.values()} == {"chair", "police", "advocate"}
    assert not state.rejected and state.heads == [panel["entries"][-1].hash]


def test_any_merge_order_folds_to_the_same_state(panel):
    t, chair, police = panel["t"], panel["chair"], panel["police"]
    entries = list(panel["entries"])
    extra = Device("Clinician", "clinician")
    a = make_entry("add", panel["pid"], extra.profile, "clinician", chair.id, [entries[-1].hash], chair.sign, t())
    b = make_entry(
        "role", panel["pid"], police.profile, "chief_inspector", chair.id, [entries[-1].hash], chair.sign, t()
    )
    entries += [a, b]
    states = []
    for seed in range(8):
        shuffled = entries[:]
        random.Random(seed).shuffle(shuffled)
        st = MembershipLog(shuffled).fold()
        states.append(({k: (m.role, m.revoked) for k, m in st.members.items()}, st.accepted, st.heads))
    assert all(s == states[0] for s in states)
    assert states[0][0][police.id] == ("chief_inspector", False)


def test_a_non_admin_cannot_add_members(panel):
    t, police = panel["t"], panel["police"]
    intruder = Device("Friend of police", "legal")
    e = make_entry(
        "add", panel["pid"], intruder.profile, "legal", police.id, [panel["entries"][-1].hash], police.sign, t()
    )
    state = MembershipLog(panel["entries"] + [e]).fold()
    assert intruder.id not in state.members and "not an admin" in state.rejected[e.hash]


def test_a_forged_signature_or_outsider_is_rejected(panel):
    t, chair = panel["t"], panel["chair"]
    stranger = Device("Stranger", "chair")
    forged = make_entry(
        "add", panel["pid"], stranger.profile, "chair", chair.id, [panel["entries"][-1].hash], stranger.sign, t()
    )
    outsider = make_entry(
        "add", panel["pid"], stranger.profile, "chair", stranger.id, [panel["entries"][-1].hash], stranger.sign, t()
    )
    state = MembershipLog(panel["entries"] + [forged, outsider]).fold()
    assert stranger.id not in state.members
    assert state.rejected[forged.hash] == "signature does not verify"
    assert state.rejected[outsider.hash] == "author is not a member"


def test_revocation_is_final_and_bounds_the_revoked_devices_word(panel):
    t, chair = panel["t"], panel["chair"]
    deputy = Device("Deputy chair", "chair")
    entries = list(panel["entries"])
    add_d = make_entry("add", panel["pid"], deputy.profile, "chair", chair.id, [entries[-1].hash], chair.sign, t())
    entries.append(add_d)
    # The deputy, concurrently with its revocation, tries to add a friend, citing old heads.
    friend = Device("Friend", "police")
    sneaky = make_entry("add", panel["pid"], friend.profile, "police", deputy.id, [add_d.hash], deputy.sign, t())
    revoke = make_entry("revoke", panel["pid"], deputy.profile, "chair", chair.id, [add_d.hash], chair.sign, t())
    readd = make_entry("add", panel["pid"], deputy.profile, "chair", chair.id, [revoke.hash], chair.sign, t())
    state = MembershipLog(entries + [sneaky, revoke, readd]).fold()
    assert state.members[deputy.id].revoked
    assert friend.id not in state.members
    assert "revoked" in state.rejected[sneaky.hash]
    assert state.rejected[readd.hash] == "a revoked device cannot be added back"


def test_entries_for_another_panel_are_rejected(panel):
    t = panel["t"]
    other_chair = Device("Other", "chair")
    other_found = founding_entry(other_chair.profile, other_chair.sign, t())
    x = Device("X", "legal")
    foreign = make_entry(
        "add",
        other_found.hash,
        x.profile,
        "legal",
        panel["chair"].id,
        [panel["entries"][-1].hash],
        panel["chair"].sign,
        t(),
    )
    state = MembershipLog(panel["entries"] + [foreign]).fold()
    assert state.rejected[foreign.hash] == "belongs to another panel"


def test_entries_with_unknown_parents_wait(panel):
    t, chair = panel["t"], panel["chair"]
    x = Device("X", "legal")
    e = make_entry("add", panel["pid"], x.profile, "legal", chair.id, ["f" * 64], chair.sign, t())
    state = MembershipLog(panel["entries"] + [e]).fold()
    assert state.pending == [e.hash] and x.id not in state.members


def test_encoding_round_trips_and_tampering_is_caught(panel):
    e = panel["entries"][1]
    assert Entry.decode(e.encode()) == e
    tampered = e.encode().replace(b'\\"role\\":\\"police\\"', b'\\"role\\":\\"chair\\"')
    assert tampered != e.encode()
    forged = Entry.decode(tampered)
    state = MembershipLog([panel["entries"][0], forged]).fold()
    assert state.rejected[forged.hash] == "signature does not verify"
    for junk in (b"", b"{}", b"[1]", b'{"body": "{}", "signature": ""}', e.encode()[:-5]):
        with pytest.raises(MembershipError):
            Entry.decode(junk)


def test_a_founding_entry_not_signed_by_its_key_is_refused(panel):
    found = panel["entries"][0]
    bad = Entry(**{**found.__dict__, "signature": panel["police"].sign(found.body())})
    with pytest.raises(MembershipError, match="founding key"):
        MembershipLog([bad]).fold()
