"""Compartment derivation, minimal text splices, and the Automerge documents behind a case."""

import automerge.core as am
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.case_schema import Access, load_schema
from app.models.documents.casedoc import CompartmentDoc
from app.models.documents.compartments import CompartmentMap, compartment_id, derive_compartments
from app.models.documents.textdiff import apply_splice, splice_for

SCHEMA = load_schema()


def test_compartments_group_exactly_the_fields_sharing_an_access_pair():
    comps = derive_compartments(SCHEMA)
    seen = set()
    for comp in comps.values():
        for fid in comp.field_ids:
            acc = SCHEMA.access[fid]
            assert (acc.read, acc.write) == (comp.read, comp.write)
            seen.add(fid)
    assert seen == set(SCHEMA.fields)
    pairs = [(c.read, c.write) for c in comps.values()]
    assert len(pairs) == len(set(pairs))


def test_safe_contact_shares_a_compartment_only_with_advocate_only_fields():
    cm = CompartmentMap(SCHEMA)
    comp = cm.for_field("safe_address")
    assert comp.read == {"advocate"}
    assert set(comp.field_ids) == {"safe_address", "safe_phone", "safe_times", "advocate_notes"}


def test_changing_the_isa_moves_a_field_to_the_matching_compartment():
    before = CompartmentMap(SCHEMA)
    access = dict(SCHEMA.access)
    access["trauma_considerations"] = Access(frozenset({"clinician"}), frozenset({"clinician"}), "narrowed")
    narrowed = type(SCHEMA)(sections=SCHEMA.sections, roles=SCHEMA.roles, access=access)
    after = CompartmentMap(narrowed)
    assert after.for_field("trauma_considerations").id == before.for_field("clinical_notes").id
    assert after.for_field("trauma_considerations").id != before.for_field("trauma_considerations").id


def test_compartment_ids_are_stable_and_order_free():
    a = compartment_id(frozenset({"police", "chief_inspector"}), frozenset({"police"}))
    b = compartment_id(frozenset({"chief_inspector", "police"}), frozenset({"police"}))
    assert a == b == CompartmentMap(SCHEMA).for_field("intelligence").id


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.text(max_size=40))
def test_splice_turns_old_into_new_and_keeps_common_ends(old, new):
    splice = splice_for(old, new)
    if old == new:
        assert splice is None
        return
    assert apply_splice(old, splice) == new
    # Minimal in the sense that matters for merging: nothing of the shared prefix or suffix is touched.
    assert old[: splice.start] == new[: splice.start]
    kept_tail = len(old) - splice.start - splice.delete
    assert old[len(old) - kept_tail :] == new[len(new) - kept_tail :]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="ab é😀\n", max_size=12), min_size=1, max_size=6))
def test_long_text_edits_produce_exactly_the_text(texts):
    doc, _ = CompartmentDoc.create("c1", CompartmentMap(SCHEMA).for_field("intelligence"), SCHEMA, b"\x07" * 16)
    for text in texts:
        doc.set("intelligence", text)
        assert doc.get("intelligence") == text


def test_small_edit_to_long_text_is_a_small_change():
    doc, _ = CompartmentDoc.create("c1", CompartmentMap(SCHEMA).for_field("intelligence"), SCHEMA, b"\x07" * 16)
    base = "x" * 5000
    doc.set("intelligence", base)
    change = doc.set("intelligence", base[:2500] + "!" + base[2500:])
    assert len(change) == 1 and len(change[0].data) < 200


def test_concurrent_edits_to_the_same_long_text_both_survive():
    comp = CompartmentMap(SCHEMA).for_field("intelligence")
    a, _ = CompartmentDoc.create("c1", comp, SCHEMA, b"\x0a" * 16)
    a.set("intelligence", "The meeting is on Monday.")
    b = CompartmentDoc.load("c1", comp, SCHEMA, a.save(), b"\x0b" * 16)
    a.set("intelligence", "The meeting is on Monday at ten.")
    b.set("intelligence", "Note: The meeting is on Monday.")
    a.doc.merge(b.doc)
    assert a.get("intelligence") == "Note: The meeting is on Monday at ten."


def test_records_have_stable_ids_and_merge_from_two_devices():
    comp = CompartmentMap(SCHEMA).for_field("incidents")
    a, genesis_a = CompartmentDoc.create("c1", comp, SCHEMA, b"\x0a" * 16)
    b, genesis_b = CompartmentDoc.create("c1", comp, SCHEMA, b"\x0b" * 16)
    assert genesis_a.hash == genesis_b.hash  # both devices made the list independently, offline
    rid_a, _ = a.add_record("incidents", {"incident_type": "threats", "description": "from A"})
    rid_b, _ = b.add_record("incidents", {"incident_type": "stalking", "description": "from B"})
    a.doc.merge(b.doc)
    records = {r["id"]: r for r in a.get("incidents")}
    assert set(records) == {rid_a, rid_b}
    a.update_record("incidents", rid_b, {"description": "from B, amended"})
    assert {r["id"]: r for r in a.get("incidents")}[rid_b]["description"] == "from B, amended"


def test_types_are_stored_as_typed_automerge_values():
    comp = CompartmentMap(SCHEMA).for_field("children_involved")
    doc, _ = CompartmentDoc.create("c1", comp, SCHEMA, b"\x0a" * 16)
    doc.set("children_involved", True)
    doc.set("number_of_children", 2)
    doc.set("referral_date", "2026-02-03")
    assert doc.doc.get(am.ROOT, "children_involved")[0] == (am.ScalarType.Boolean, True)
    assert doc.doc.get(am.ROOT, "number_of_children")[0] == (am.ScalarType.Int, 2)
    assert am.extract(doc.doc, am.ROOT)["referral_date"] == "2026-02-03"
    doc.set("number_of_children", None)
    assert doc.get("number_of_children") is None
