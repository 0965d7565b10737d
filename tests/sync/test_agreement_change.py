"""A changed agreement reaches every device by a signed membership entry, and sharing follows it:
where it narrows, the role left out holds no readable copy and is sent nothing new; the roles
that still read the fields find them moved to their new compartment; the audit shows each step."""

import json

import pytest

from app.models import agreement_chain
from app.models.errors import SchemaError, ValidationError
from app.models.resources import read_text
from app.models.storage.store import now_utc
from app.sync.engine import agreement_entries, in_process
from app.sync.engine.bundle import export_bundle, import_bundle
from app.sync.engine.membership_entries import make_agreement_entry
from app.sync.errors import SyncError
from app.workspace import Workspace
from tests.support.store_pages import key_of, plaintext
from tests.support.sync_procs import make_panel_in_process
from tests.support.sync_stores import chair_admits

REF = "CC-ISA-1"
WISHES = "MK-ISA-WISHES-3f1a"
LATER = "MK-ISA-LATER-8c2e"
PLAN = "MK-ISA-PLAN-51d0"
VOICE_V1 = '[sections.survivor_voice]\nread = ["advocate", "facilitator", "chief_inspector"]'
VOICE_V2 = '[sections.survivor_voice]\nread = ["advocate", "chief_inspector"]'


def agreement(version: int, voice: str = VOICE_V2) -> str:
    text = read_text("schema", "isa.toml")
    assert VOICE_V1 in text, "the shipped agreement gives the facilitator the survivor's voice"
    return text.replace("version = 1", f"version = {version}", 1).replace(VOICE_V1, voice)


def on_disk(ws) -> bytes:
    raw = b"".join(p.read_bytes() for p in sorted(ws.folder.rglob("*")) if p.is_file())
    return raw + plaintext(ws.folder, key_of(ws))


@pytest.fixture
def panel(make_workspace):
    devices = chair_admits(make_workspace, ("advocate", "facilitator", "chief_inspector", "police"))
    devices["advocate"].new_case(reference=REF)
    case = devices["advocate"].open_case(REF)
    case.set("wishes", WISHES)
    case.set("safety_plan", PLAN)
    in_process.sync_all(devices, 2)
    assert devices["facilitator"].open_case(REF).get("wishes") == WISHES
    return devices


def test_narrowing_takes_the_section_from_the_role_left_out_and_keeps_it_for_the_rest(panel):
    chair, advocate, facilitator, ci = (panel[r] for r in ("chair", "advocate", "facilitator", "chief_inspector"))
    assert WISHES.encode() in on_disk(facilitator), "the test plants what it looks for"
    old = chair.cases.compartments.for_field("wishes").id

    agreement_entries.adopt(chair.sync, agreement(2))
    in_process.sync_all(panel, 2)

    for ws in panel.values():
        assert ws.schema.governance.version == 2
    new = advocate.cases.compartments.for_field("wishes")
    assert new.id != old and "facilitator" not in new.read
    assert advocate.open_case(REF).get("wishes") == WISHES
    assert ci.open_case(REF).get("wishes") == WISHES
    assert not facilitator.open_case(REF).can_read("wishes")
    assert facilitator.open_case(REF).get("safety_plan") == PLAN  # untouched by the change
    assert WISHES.encode() not in on_disk(facilitator)
    # Every device has let go of the old compartment once the move reached it.
    for ws in panel.values():
        assert ws.store.driver_rows("SELECT count(*) FROM changes WHERE compartment = ?", (old,))[0][0] == 0

    advocate.open_case(REF).set("wishes", LATER)
    in_process.sync_all(panel, 2)
    assert ci.open_case(REF).get("wishes") == LATER
    assert LATER.encode() not in on_disk(facilitator)

    actions = {role: [e.action for e in panel[role].audit_entries()] for role in panel}
    assert "agreement_adopted" in actions["chair"]
    assert "agreement_moved" in actions["advocate"]
    assert "agreement_settled" in actions["facilitator"]


def test_widening_again_gives_the_section_back_under_a_new_compartment(panel):
    chair, facilitator = panel["chair"], panel["facilitator"]
    agreement_entries.adopt(chair.sync, agreement(2))
    in_process.sync_all(panel, 2)
    agreement_entries.adopt(chair.sync, agreement(3, VOICE_V1))
    in_process.sync_all(panel, 2)
    assert facilitator.schema.governance.version == 3
    assert facilitator.open_case(REF).get("wishes") == WISHES


def test_a_device_opened_again_works_under_the_agreement_in_force(panel, memory_keyring):
    agreement_entries.adopt(panel["chair"].sync, agreement(2))
    in_process.sync_all(panel, 1)
    ci = panel["chief_inspector"]
    ci.close()
    with Workspace.open(ci.folder, backend=memory_keyring) as again:
        assert again.schema.governance.version == 2
        assert again.open_case(REF).get("wishes") == WISHES


def test_the_chair_alone_adopts_and_only_a_later_valid_version(panel):
    chair, advocate = panel["chair"], panel["advocate"]
    with pytest.raises(SyncError, match="only the chair"):
        agreement_entries.adopt(advocate.sync, agreement(2))
    with pytest.raises(ValidationError, match="not later than"):
        agreement_entries.adopt(chair.sync, agreement(1))
    with pytest.raises(SchemaError, match="unknown role 'police'"):
        agreement_entries.adopt(chair.sync, agreement(2).replace("[roles.police]", "[roles.police_gone]"))
    with pytest.raises(ValidationError, match="leaves out roles members of the panel hold: mediator"):
        agreement_chain.adopt(chair.schema, agreement(2), {"chair", "mediator"})
    assert chair.sync.state().agreements == []
    assert "agreement_adopted" not in [e.action for e in chair.audit_entries()]


def test_a_receiving_device_refuses_an_agreement_entry_that_breaks_the_rules(panel):
    """A chair's device that signs an entry its own checks would refuse (here written by hand)
    is refused wherever it arrives."""
    chair, advocate = panel["chair"], panel["advocate"]
    state = chair.sync.state()
    bad = make_agreement_entry(
        state.panel_id, agreement(1), chair.profile.device_id, state.heads, chair.keys.sign, now_utc()
    )
    assert advocate.sync.receive_membership([bad.encode()], chair.profile.device_id) == 0
    assert advocate.sync.state().agreements == []
    reasons = [row.reason for row in advocate.sync.quarantined() if row.kind == "membership"]
    assert any("not later than the version in force (1)" in r for r in reasons), reasons


def test_an_adopted_agreement_reaches_other_processes_over_tls(tmp_path):
    devices = make_panel_in_process(tmp_path, ["advocate", "facilitator", "chief_inspector"])
    chair, advocate, facilitator, ci = (devices[r] for r in ("chair", "advocate", "facilitator", "chief_inspector"))
    advocate.run("case", "new", "--ref", REF)
    advocate.run("case", "set", REF, "wishes", WISHES)
    with advocate.serve() as server:
        for peer in (chair, facilitator, ci):
            peer.sync(server.port)
    assert json.loads(facilitator.run("case", "get", REF).stdout)["fields"]["wishes"] == WISHES

    draft = tmp_path / "agreement-v2.toml"
    draft.write_text(agreement(2), encoding="utf-8")
    said = chair.run("isa", "--adopt", draft).stdout
    assert "version 2, now in force" in said
    assert "facilitator no longer reads: wishes, non_negotiables, boundaries, readiness" in said
    # The chair's device tells the rest; the advocate's, which writes the section, moves it, and
    # the chief inspector's receives it from there under the new compartment.
    with chair.serve() as server:
        for peer in (advocate, facilitator, ci):
            assert "version 2 is now in force" in peer.sync(server.port).stdout
    with advocate.serve() as server:
        for peer in (ci, facilitator):
            peer.sync(server.port)
    assert json.loads(ci.run("case", "get", REF).stdout)["fields"]["wishes"] == WISHES
    assert "wishes" not in json.loads(facilitator.run("case", "get", REF).stdout)["fields"]
    assert "version 2" in facilitator.run("isa").stdout
    with facilitator.open() as ws:
        key = key_of(ws)
        assert "agreement_settled" in [e.action for e in ws.audit_entries()]
    on_disk = b"".join(p.read_bytes() for p in facilitator.folder.rglob("*") if p.is_file())
    assert WISHES.encode() not in on_disk + plaintext(facilitator.folder, key)


LEGAL_V1 = '[sections.legal_record]\nread = ["legal", "police", "chief_inspector", "facilitator", "advocate"]'
LEGAL_V2 = '[sections.legal_record]\nread = ["legal", "police", "chief_inspector", "advocate"]'


def test_two_writers_moving_the_same_records_leave_one_copy_and_no_conflict(make_workspace):
    """Police and legal both write the legal record: each device moves it, by the same change."""
    panel = chair_admits(make_workspace, ("police", "legal", "advocate", "facilitator"))
    police, legal, advocate = panel["police"], panel["legal"], panel["advocate"]
    police.new_case(reference=REF)
    order = {"order_type": "non-molestation", "made_on": "2026-11-02", "conditions": "MK-ISA-ORDER-77c4"}
    record_id = police.open_case(REF).add_record("orders", order)
    in_process.sync_all(panel, 2)
    text = read_text("schema", "isa.toml").replace("version = 1", "version = 2", 1).replace(LEGAL_V1, LEGAL_V2)

    agreement_entries.adopt(panel["chair"].sync, text)
    in_process.sync_all(panel, 2)

    moves = set()
    for ws in (police, legal, advocate):
        case = ws.open_case(REF)
        assert [r["id"] for r in case.get("orders")] == [record_id]
        assert case.get("orders")[0]["conditions"] == "MK-ISA-ORDER-77c4"
        assert not case.record_conflicts("orders") and not case.conflicts()
        moves |= {e.target for e in ws.audit_entries() if e.action == "agreement_moved"}
    assert len(moves) == 1, "both writers moved the section into the same new compartment"
    assert "agreement_moved" in [e.action for e in legal.audit_entries()]
    assert "agreement_moved" in [e.action for e in police.audit_entries()]
    assert not panel["facilitator"].open_case(REF).can_read("orders")


def test_an_adoption_carried_by_bundle_takes_effect_on_import(panel):
    chair, facilitator = panel["chair"], panel["facilitator"]
    agreement_entries.adopt(chair.sync, agreement(2))
    bundle = export_bundle(chair.sync, [facilitator.profile.device_id], everything=True)
    import_bundle(facilitator.sync, bundle)
    assert facilitator.follow_agreement()
    assert facilitator.schema.governance.version == 2
    assert not facilitator.open_case(REF).can_read("wishes")
    assert WISHES.encode() not in on_disk(facilitator)
    assert not facilitator.follow_agreement(), "once in force, following again changes nothing"
