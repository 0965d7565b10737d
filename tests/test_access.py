"""Every role x every field of the default ISA, read and write, enforced by the domain API."""

import pytest

from app.models.case_schema import load_schema
from app.models.cases import REFERENCE_FIELDS, CaseSession
from app.models.documents.casedoc import CompartmentDoc
from app.models.documents.compartments import CompartmentMap
from app.models.errors import NotFound, PermissionDenied

SCHEMA = load_schema()
ROLES = sorted(SCHEMA.roles)
# Every role that reads case data: the information governance officer reads none of it.
ALL = set(ROLES) - {"ig_officer"}

# Hand-written expectations for the fields whose leak would hurt someone. If the ISA file is
# edited so that these change, this test must be changed deliberately too.
EXPECTED = {
    "safe_address": ({"advocate"}, {"advocate"}),
    "safe_phone": ({"advocate"}, {"advocate"}),
    "advocate_notes": ({"advocate"}, {"advocate"}),
    "privileged_advice": ({"legal"}, {"legal"}),
    "clinical_notes": ({"clinician"}, {"clinician"}),
    "trauma_considerations": ({"clinician", "facilitator"}, {"clinician"}),
    "intelligence": ({"police", "chief_inspector"}, {"police"}),
    "incidents": ({"police", "chief_inspector"}, {"police"}),
    "wishes": ({"advocate", "facilitator", "chief_inspector"}, {"advocate"}),
    "safety_plan": ({"advocate", "facilitator", "police", "chief_inspector"}, {"advocate"}),
    "orders": ({"legal", "police", "chief_inspector", "facilitator", "advocate"}, {"legal", "police"}),
    "police_summary": (ALL, {"police"}),
    "consent_records": (ALL, {"advocate", "facilitator"}),
    "action_items": (ALL, ALL - {"chief_inspector"}),
    "reference": (ALL, {"chair", "police", "advocate"}),
}


@pytest.mark.parametrize("field_id", sorted(EXPECTED))
def test_critical_fields_match_the_written_agreement(field_id):
    read, write = EXPECTED[field_id]
    assert set(SCHEMA.access[field_id].read) == read
    assert set(SCHEMA.access[field_id].write) == write


def test_never_export_fields_are_advocate_only():
    flagged = [f for f in SCHEMA.fields.values() if f.never_export]
    assert {f.id for f in flagged} == {"safe_address", "safe_phone", "safe_times"}
    assert all(SCHEMA.access[f.id].read == {"advocate"} for f in flagged)


def sample_value(f):
    if f.id in REFERENCE_FIELDS:  # a case's and a meeting's references share one list: no two alike
        return f"MARK-{f.id}"
    return {
        "short_text": "MARK-short",
        "long_text": "MARK-long\nsecond line",
        "choice": f.options[-1] if f.options else None,
        "date": "2026-05-04",
        "flag": True,
        "number": 3,
    }[f.type]


@pytest.fixture(scope="module")
def role_cases(tmp_path_factory):
    """One device per role, each with one case registered under the same id."""

    from app.workspace import Workspace
    from tests.support.keyrings import MemoryKeyring

    backend = MemoryKeyring()
    out = {}
    for role in ROLES:
        ws = Workspace.init(tmp_path_factory.mktemp(role), f"{role} person", "agency", role, backend=backend)
        case_id = ws.cases.register_case("0" * 32, "CC-TEST-0001", ws.actor)
        meeting_id = ws.cases.register_case("mtg-" + "0" * 32, "PM-TEST-0001", ws.actor)
        out[role] = (ws, ws.open_case(case_id))
        out[role + "/meeting"] = (ws, ws.meetings.open(meeting_id))
    yield out
    for ws in {id(ws): ws for ws, _ in out.values()}.values():
        ws.close()


@pytest.mark.parametrize("kind", ["case", "meeting"])
@pytest.mark.parametrize("role", ROLES)
def test_every_field_read_and_write_as_the_isa_says(role_cases, role, kind):
    ws, session = role_cases[role if kind == "case" else role + "/meeting"]
    for f in SCHEMA.fields.values():
        if SCHEMA.kind_of(f.id) != kind:
            with pytest.raises(NotFound):  # a meeting's fields are not a case's, nor the reverse
                session.get(f.id)
            continue
        access = SCHEMA.access[f.id]
        if role in access.read:
            session.get(f.id)
        else:
            with pytest.raises(PermissionDenied):
                session.get(f.id)
        if role in access.write:
            if f.type == "records":
                record = {sub.id: sample_value(sub) for sub in f.subfields}
                rid = session.add_record(f.id, record, form=f.managed)  # managed: its service writes it
                stored = [r for r in session.get(f.id) if r["id"] == rid]
                assert stored and all(stored[0][k] == v for k, v in record.items())
            else:
                assert session.set(f.id, sample_value(f)) is True
                assert session.get(f.id) == sample_value(f)
        else:
            before = ws.store.document_bytes(session.case_id, ws.cases.compartments.for_field(f.id).id)
            with pytest.raises(PermissionDenied):
                if f.type == "records":
                    session.add_record(f.id, {})
                else:
                    session.set(f.id, sample_value(f))
            after = ws.store.document_bytes(session.case_id, ws.cases.compartments.for_field(f.id).id)
            assert before == after, f"{role} changed {f.id} without the right"


@pytest.mark.parametrize("role", ROLES)
def test_sections_shown_are_exactly_those_with_a_readable_field(role_cases, role):
    _, session = role_cases[role]
    shown = {s.id: {f.id for f in s.fields} for s in session.sections()}
    for section in SCHEMA.sections:
        readable = {f.id for f in section.fields if role in SCHEMA.access[f.id].read}
        if readable:
            assert shown[section.id] == readable
        else:
            assert section.id not in shown


def test_a_role_never_loads_a_compartment_it_may_not_read(make_workspace):
    police = make_workspace("police")
    case = police.new_case()
    case.set("intelligence", "MARK-intel")
    case.set("police_summary", "shared summary")
    police.cases.forget()
    # The same repository driven as a clinician (as a confused UI might): the police-only
    # compartment must not be loaded, let alone returned.
    clinician_view = CaseSession(police.cases, case.case_id, case.reference, "clinician", police.actor)
    values = clinician_view.values()
    assert "intelligence" not in values and values["police_summary"] == "shared summary"
    loaded = {comp for (_case, comp) in police.cases._held}
    assert police.cases.compartments.for_field("intelligence").id not in loaded
    with pytest.raises(PermissionDenied):
        police.cases.read_doc(case.case_id, police.cases.compartments.for_field("intelligence"), "clinician")


def test_genesis_is_identical_on_every_device():
    comp = CompartmentMap(SCHEMA).for_field("orders")
    _, g1 = CompartmentDoc.create("case-x", comp, SCHEMA, b"\x01" * 16)
    _, g2 = CompartmentDoc.create("case-x", comp, SCHEMA, b"\x02" * 16)
    _, g3 = CompartmentDoc.create("case-y", comp, SCHEMA, b"\x01" * 16)
    assert g1.hash == g2.hash and g1.data == g2.data
    assert g1.hash != g3.hash
