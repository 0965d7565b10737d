"""Concurrent edits to the same scalar field stay visible as a conflict until a person resolves it."""

import automerge.core as am
import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.documents.conflicts import live_writes
from app.models.errors import PermissionDenied, ValidationError
from app.models.storage import tables as t

REF = "CC-K-1"


def sync(src, dst, case_id, field_id):
    """Hand every change src holds for the field's compartment to dst (as sync would, verified)."""
    comp = src.cases.compartments.for_field(field_id)
    _, waiting = dst.cases.apply_remote(case_id, comp, src.store.change_rows(case_id, comp.id))
    assert waiting == []


def both_ways(a, b, case_id, field_id):
    sync(a, b, case_id, field_id)
    sync(b, a, case_id, field_id)


@pytest.fixture
def pair(make_workspace):
    """A police device and an advocate device holding the same case, in step."""
    police = make_workspace("police")
    case_id = police.new_case(reference=REF).case_id
    advocate = make_workspace("advocate")
    advocate.cases.register_case(case_id, REF, advocate.actor)
    sync(police, advocate, case_id, "reference")
    return police, advocate, case_id


def audit_rows(ws):
    with ws.store.engine.connect() as conn:
        return conn.execute(sa.select(t.audit).order_by(t.audit.c.seq)).all()


def test_concurrent_scalar_edits_keep_both_values_on_both_devices(pair):
    police, advocate, case_id = pair
    p, a = police.open_case(REF), advocate.open_case(REF)
    p.set("relationship", "current partner")
    p.set("number_of_children", 2)
    p.set("children_involved", True)
    p.set("referral_date", "2026-03-01")
    a.set("relationship", "former partner")
    a.set("number_of_children", 3)
    a.set("children_involved", False)
    a.set("referral_date", "2026-03-02")
    both_ways(police, advocate, case_id, "relationship")
    p, a = police.open_case(REF), advocate.open_case(REF)

    seen_p, seen_a = p.conflicts(), a.conflicts()
    assert seen_p == seen_a
    assert set(seen_p) == {"relationship", "number_of_children", "children_involved", "referral_date"}
    expected = {
        "relationship": {"current partner": police, "former partner": advocate},
        "number_of_children": {2: police, 3: advocate},
        "children_involved": {True: police, False: advocate},
        "referral_date": {"2026-03-01": police, "2026-03-02": advocate},
    }
    for field_id, by_value in expected.items():
        candidates = seen_p[field_id]
        assert {c.value: c.actors for c in candidates} == {v: (ws.cases.actor_id,) for v, ws in by_value.items()}
        # The value each device shows is listed first, and both devices show the same one.
        assert candidates[0].value == p.get(field_id) == a.get(field_id)
    assert p.conflicts("case_core") == {k: v for k, v in seen_p.items() if k != "referral_date"}
    assert set(p.conflicts("referral")) == {"referral_date"}


def test_conflict_survives_a_later_edit_to_another_field(pair):
    # After a merge and one more edit the document has a single head, yet both values are live.
    police, advocate, case_id = pair
    police.open_case(REF).set("relationship", "current partner")
    advocate.open_case(REF).set("relationship", "other")
    sync(police, advocate, case_id, "relationship")
    a = advocate.open_case(REF)
    a.set("party_harmed_label", "Person Q")
    doc = advocate.cases.read_doc(case_id, advocate.cases.compartments.for_field("relationship"), "advocate")
    assert len(doc.heads()) == 1
    assert {c.value for c in a.conflicts()["relationship"]} == {"current partner", "other"}


def test_resolving_writes_the_choice_and_ends_the_conflict_everywhere(pair):
    police, advocate, case_id = pair
    police.open_case(REF).set("relationship", "current partner")
    advocate.open_case(REF).set("relationship", "former partner")
    both_ways(police, advocate, case_id, "relationship")
    a = advocate.open_case(REF)
    candidates = a.conflicts()["relationship"]
    shown = candidates[0].value
    before = len(audit_rows(advocate))
    # Keeping the value already shown must still write: otherwise the other value stays live.
    assert a.resolve("relationship", shown, seen=candidates) is True
    assert a.conflicts() == {} and a.get("relationship") == shown
    rows = audit_rows(advocate)[before:]
    assert [(r.action, r.target) for r in rows] == [("field_changed", "relationship")]
    assert not any(shown in str(v) for r in rows for v in r)
    sync(advocate, police, case_id, "relationship")
    p = police.open_case(REF)
    assert p.conflicts() == {} and p.get("relationship") == shown


def test_resolving_with_a_new_value_and_resolving_to_cleared(pair):
    police, advocate, case_id = pair
    police.open_case(REF).set("number_of_children", 1)
    advocate.open_case(REF).set("number_of_children", 4)
    police.open_case(REF).set("referral_source", "police")
    advocate.open_case(REF).set("referral_source", "advocate")
    both_ways(police, advocate, case_id, "relationship")
    p = police.open_case(REF)
    assert p.resolve("number_of_children", 2) is True
    assert p.resolve("referral_source", None) is True
    sync(police, advocate, case_id, "relationship")
    a = advocate.open_case(REF)
    assert a.conflicts() == {}
    assert a.get("number_of_children") == 2 and a.get("referral_source") is None


def test_a_concurrent_clear_is_a_candidate_not_lost(pair):
    police, advocate, case_id = pair
    police.open_case(REF).set("relationship", "family member")
    sync(police, advocate, case_id, "relationship")
    police.open_case(REF).set("relationship", None)
    advocate.open_case(REF).set("relationship", "other")
    both_ways(police, advocate, case_id, "relationship")
    for ws in (police, advocate):
        candidates = ws.open_case(REF).conflicts()["relationship"]
        assert [c.value for c in candidates] == ["other", None]
        assert candidates[1].by(police.cases.actor_id) and not candidates[1].by(advocate.cases.actor_id)


def test_sequential_overwrites_are_not_conflicts(pair):
    police, advocate, case_id = pair
    police.open_case(REF).set("relationship", "current partner")
    sync(police, advocate, case_id, "relationship")
    advocate.open_case(REF).set("relationship", "former partner")
    # Police edits another field without having seen the overwrite: concurrent changes, but the
    # field itself was overwritten by a device that had seen the first value.
    police.open_case(REF).set("party_harmer_label", "Person Z")
    both_ways(police, advocate, case_id, "relationship")
    for ws in (police, advocate):
        case = ws.open_case(REF)
        assert case.conflicts() == {}
        assert case.get("relationship") == "former partner" and case.get("party_harmer_label") == "Person Z"


def test_the_same_value_set_on_both_devices_is_agreement(pair):
    police, advocate, case_id = pair
    police.open_case(REF).set("referral_date", "2026-01-05")
    advocate.open_case(REF).set("referral_date", "2026-01-05")
    both_ways(police, advocate, case_id, "referral_date")
    assert police.open_case(REF).conflicts() == {}


def test_long_text_merges_and_is_never_reported(pair):
    police, advocate, case_id = pair
    police.open_case(REF).set("referral_reason", "Referred after the March incident.")
    sync(police, advocate, case_id, "referral_reason")
    police.open_case(REF).set("referral_reason", "Referred after the March incident. Police view.")
    advocate.open_case(REF).set("referral_reason", "Urgent: Referred after the March incident.")
    both_ways(police, advocate, case_id, "referral_reason")
    p = police.open_case(REF)
    assert p.conflicts() == {}
    assert p.get("referral_reason") == "Urgent: Referred after the March incident. Police view."
    with pytest.raises(ValidationError):
        p.resolve("referral_reason", "anything")


def test_record_sub_fields_in_conflict_are_listed_and_resolved(pair):
    police, advocate, case_id = pair
    rid = police.open_case(REF).add_record("action_items", {"action": "Call", "action_status": "open"})
    sync(police, advocate, case_id, "action_items")
    police.open_case(REF).update_record("action_items", rid, {"action_status": "done", "action": "Call back"})
    advocate.open_case(REF).update_record("action_items", rid, {"action_status": "not done", "action": "Please Call"})
    both_ways(police, advocate, case_id, "action_items")
    p, a = police.open_case(REF), advocate.open_case(REF)
    found = p.record_conflicts("action_items")
    assert found == a.record_conflicts("action_items")
    assert list(found) == [(rid, "action_status")]  # the long text "action" merged instead
    assert {c.value for c in found[(rid, "action_status")]} == {"done", "not done"}
    assert p.get("action_items")[0]["action"] == "Please Call back"
    assert a.resolve_record("action_items", rid, "action_status", "done", seen=found[(rid, "action_status")])
    sync(advocate, police, case_id, "action_items")
    p = police.open_case(REF)
    assert p.record_conflicts("action_items") == {}
    assert p.get("action_items")[0]["action_status"] == "done"


def test_long_text_of_a_record_made_without_it_still_merges(pair):
    police, advocate, case_id = pair
    rid = police.open_case(REF).add_record("action_items", {"action_status": "open"})
    sync(police, advocate, case_id, "action_items")
    police.open_case(REF).update_record("action_items", rid, {"action": "from police"})
    advocate.open_case(REF).update_record("action_items", rid, {"action": "from advocate"})
    both_ways(police, advocate, case_id, "action_items")
    merged = police.open_case(REF).get("action_items")[0]["action"]
    assert "from police" in merged and "from advocate" in merged


def test_resolve_outside_the_role_is_refused_and_changes_nothing(pair, make_workspace):
    police, advocate, case_id = pair
    police.open_case(REF).set("relationship", "current partner")
    advocate.open_case(REF).set("relationship", "former partner")
    inspector = make_workspace("chief_inspector")  # may read the case core, not change it
    inspector.cases.register_case(case_id, REF, inspector.actor)
    sync(police, inspector, case_id, "relationship")
    sync(advocate, inspector, case_id, "relationship")
    ci = inspector.open_case(REF)
    comp = inspector.cases.compartments.for_field("relationship")
    before = (inspector.store.change_rows(case_id, comp.id), ci.conflicts())
    assert {c.value for c in before[1]["relationship"]} == {"current partner", "former partner"}
    audited = len(audit_rows(inspector))
    with pytest.raises(PermissionDenied):
        ci.resolve("relationship", "current partner")
    with pytest.raises(PermissionDenied):
        police.open_case(REF).resolve("safe_phone", "01234")  # police may not even read it
    after = (inspector.store.change_rows(case_id, comp.id), ci.conflicts())
    assert after == before
    # The refusal is audited as one; nothing is recorded as changed.
    assert [(r.action, r.target) for r in audit_rows(inspector)[audited:]] == [("write_refused", "relationship")]


def test_a_choice_made_on_stale_candidates_is_refused(pair):
    police, advocate, case_id = pair
    police.open_case(REF).set("relationship", "current partner")
    advocate.open_case(REF).set("relationship", "former partner")
    both_ways(police, advocate, case_id, "relationship")
    a = advocate.open_case(REF)
    shown = a.conflicts()["relationship"]
    police.open_case(REF).resolve("relationship", "other")  # resolved elsewhere meanwhile
    sync(police, advocate, case_id, "relationship")
    comp = advocate.cases.compartments.for_field("relationship")
    rows = advocate.store.change_rows(case_id, comp.id)
    with pytest.raises(ValidationError):
        a.resolve("relationship", "former partner", seen=shown)
    assert advocate.store.change_rows(case_id, comp.id) == rows
    assert a.get("relationship") == "other"


# ----- the detector against an independent model of causality -------------------------------------

KEYS = ("k1", "k2")
ACTION = st.one_of(
    st.tuples(st.just("put"), st.integers(0, 2), st.sampled_from(KEYS), st.integers(0, 3)),
    st.tuples(st.just("delete"), st.integers(0, 2), st.sampled_from(KEYS), st.just(None)),
    st.tuples(st.just("merge"), st.integers(0, 2), st.integers(0, 2), st.just(None)),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(ACTION, max_size=30))
def test_live_writes_match_a_model_of_who_had_seen_what(actions):
    """A write is live when no write to the same key was made by a device that had seen it."""
    docs = [am.Document(actor_id=bytes([n + 1]) * 16) for n in range(3)]
    known: list[set[int]] = [set(), set(), set()]
    writes: list[tuple[bytes, str, object, frozenset]] = []  # actor, key, value, what its author had seen
    for kind, device, key_or_src, value in actions:
        doc = docs[device]
        if kind == "merge":
            source = key_or_src
            if source == device:
                continue
            doc.merge(docs[source])
            known[device] |= known[source]
            continue
        if kind == "delete" and doc.get(am.ROOT, key_or_src) is None:
            continue
        heads = doc.get_heads()
        with doc.transaction() as tx:
            if kind == "put":
                tx.put(am.ROOT, key_or_src, am.ScalarType.Int, value)
            else:
                tx.delete(am.ROOT, key_or_src)
        if doc.get_heads() == heads:
            continue  # Automerge makes no change for a put of the value already shown alone
        writes.append((doc.get_actor(), key_or_src, value, frozenset(known[device])))
        known[device].add(len(writes) - 1)
    whole = am.Document(actor_id=b"\x09" * 16)
    for doc in docs:
        whole.merge(doc)
    found = live_writes(whole, [(am.ROOT, key) for key in KEYS])
    for key in KEYS:
        expected = sorted(
            (actor, value)
            for n, (actor, k, value, _) in enumerate(writes)
            if k == key and not any(k2 == key and n in seen for _, k2, _, seen in writes)
        )
        got = sorted((actor, None if raw is None else raw[0][1]) for actor, raw in found[(am.ROOT, key)])
        assert got == expected
