"""The panel-wide audit: every device seals its audit entries for the information governance
officer's devices, which alone can open them and answer who read which section of which case
and what a device read in a month, flagging a chain that is broken, has a gap or never came; the
officer's device holds no case content, and no other device can read the records."""

import json

import pytest
import sqlalchemy as sa

from app.models import audit, panel_audit
from app.models.storage import tables as t
from app.sync.engine import audit_records
from app.sync.engine.bundle import export_bundle, import_bundle
from app.sync.net.session import SyncSession
from tests.support.store_pages import key_of, plaintext
from tests.support.sync_pairs import run_pair
from tests.support.sync_procs import make_panel_in_process
from tests.support.sync_stores import chair_admits

REF = "CC-AUDIT-1"
SUMMARY = "MK-PANEL-AUDIT-SUMMARY-77e1"


@pytest.fixture
def panel(make_workspace):
    devices = chair_admits(make_workspace, ("police", "clinician", "ig_officer"))
    police, clinician = devices["police"], devices["clinician"]
    police.new_case(reference=REF).set("police_summary", SUMMARY)
    run_pair(police, clinician)
    assert clinician.open_case(REF).get("police_summary") == SUMMARY  # a read the audit records
    return devices


def sync_with_officer(devices):
    officer = devices["ig_officer"]
    for ws in devices.values():
        if ws is not officer:
            run_pair(ws, officer)
    return officer


def test_the_officer_learns_who_read_a_section_and_holds_no_case_content(panel):
    police, clinician = panel["police"], panel["clinician"]
    before = {ws.profile.device_id: len(audit.entries(ws.store)) for ws in (police, clinician, panel["chair"])}
    officer = sync_with_officer(panel)
    section = officer.schema.field("police_summary").section
    fields = tuple(f.id for f in officer.schema.section(section).fields)
    readers = panel_audit.who_read(officer.store, REF, section, fields)
    by = {(s.device, s.action) for s in readers}
    assert (clinician.profile.device_id, "case_read") in by
    assert (police.profile.device_id, "field_changed") in by
    assert all(s.case_ref == REF for s in readers)
    # Each device's whole chain came, with nothing missing.
    held = panel_audit.devices(officer.store)
    assert all(held[device] >= n for device, n in before.items())
    assert panel_audit.chain_problems(officer.store) == []
    # The officer reads no case: none is listed, and nothing of one is on its disk.
    assert officer.list_cases() == []
    on_disk = b"".join(p.read_bytes() for p in officer.folder.rglob("*") if p.is_file())
    assert SUMMARY.encode() not in on_disk + plaintext(officer.folder, key_of(officer))


def test_what_a_device_read_this_month_and_its_disclosures(panel):
    officer = sync_with_officer(panel)
    clinician, police = panel["clinician"], panel["police"]
    month = audit.entries(clinician.store)[-1].at[:7]
    read = panel_audit.device_month(officer.store, clinician.profile.device_id, month)
    assert read and {s.action for s in read} <= {"case_read", "section_read", "read_refused", "field_changed"}
    assert panel_audit.device_month(officer.store, clinician.profile.device_id, "1999-01") == []
    sent = panel_audit.disclosures(officer.store, REF)
    assert sent and sent[0].device == police.profile.device_id and sent[0].disclosure["channel"] == "sync"
    assert sent[0].disclosure["to"][0] == clinician.profile.device_id


def test_each_session_sends_only_what_is_new(panel):
    officer = sync_with_officer(panel)
    clinician = panel["clinician"]
    before = panel_audit.devices(officer.store)[clinician.profile.device_id]
    clinician.open_case(REF).mark_read(officer.schema.field("police_summary").section)
    made = audit_records.record_for(clinician.sync, officer.profile.device_id)
    assert made is not None
    opened = audit_records.open_record(officer.sync, made[0])
    assert opened.first == before + 1
    run_pair(clinician, officer)
    assert panel_audit.devices(officer.store)[clinician.profile.device_id] > before


def test_no_other_device_can_open_a_record_and_a_forged_one_is_set_aside(panel):
    officer = sync_with_officer(panel)
    police, clinician = panel["police"], panel["clinician"]
    police.open_case(REF).mark_read("referral")
    record, _last = audit_records.record_for(police.sync, officer.profile.device_id)
    with pytest.raises(audit_records.RecordError, match="sealed for another device"):
        audit_records.open_record(clinician.sync, record)
    outer = json.loads(record)
    body = json.loads(outer["body"])
    body["first"] += 1  # claims other entry numbers than the device signed
    outer["body"] = json.dumps(body, sort_keys=True, separators=(",", ":"))
    forged = json.dumps(outer).encode()
    assert audit_records.keep(officer.sync, [forged], police.profile.device_id) == 0
    with officer.store.engine.connect() as conn:
        reasons = [r.reason for r in conn.execute(sa.select(t.quarantine))]
    assert any("audit record" in r for r in reasons)


def test_a_gap_or_a_broken_link_is_flagged(panel):
    officer = sync_with_officer(panel)
    police = panel["police"].profile.device_id
    p = t.panel_audit.c
    with officer.store.engine.begin() as conn:
        conn.execute(t.panel_audit.delete().where(p.author == police, p.seq == 3))
        conn.execute(t.panel_audit.update().where(p.author == police, p.seq == 6).values(prev_hash="0" * 64))
    problems = {(x.device, x.seq): x.problem for x in panel_audit.chain_problems(officer.store)}
    assert problems[(police, 3)] == "entries 3 to 3 never arrived"
    assert "the chain is broken" in problems[(police, 6)]
    expected = {d: "x" for d in panel["chair"].members() if d != officer.profile.device_id}
    expected["f" * 64] = "a device that never synced"
    missing = [x for x in panel_audit.chain_problems(officer.store, expected) if x.device == "f" * 64]
    assert missing and missing[0].problem == "no audit entries have arrived from this device"


def test_the_officer_asks_over_tls_between_processes(tmp_path):
    devices = make_panel_in_process(tmp_path, ["police", "clinician", "ig_officer"])
    police, clinician, officer = devices["police"], devices["clinician"], devices["ig_officer"]
    police.run("case", "new", "--ref", REF)
    police.run("case", "set", REF, "police_summary", SUMMARY)
    with police.serve() as server:
        clinician.sync(server.port)
        clinician.run("case", "get", REF)
        officer.sync(server.port)
    with clinician.serve() as server:
        officer.sync(server.port)
    with devices["chair"].serve() as server:
        officer.sync(server.port)
    done = officer.run("panel-audit", "--case", REF, "--section", "panel_summaries", check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "case_read" in done.stdout and "field_changed" in done.stdout and '"problems": 0' in done.stdout
    assert SUMMARY not in done.stdout
    refused = police.run("panel-audit", "--case", REF, check=False)
    assert refused.returncode == 1 and "only an information governance officer" in refused.stderr


def test_a_bundle_carries_the_audit_and_brings_back_its_acknowledgement(panel):
    police, officer = panel["police"], panel["ig_officer"]
    to_officer = export_bundle(police.sync, [officer.profile.device_id])
    got = import_bundle(officer.sync, to_officer, "usb")
    assert got.audit > 0
    held = panel_audit.devices(officer.store)[police.profile.device_id]
    assert panel_audit.chain_problems(officer.store) == []
    # No receipt comes back with a bundle: until the officer's own bundle says what it holds,
    # the police device seals the same entries again (kept once over there).
    again = audit_records.record_for(police.sync, officer.profile.device_id)
    assert again is not None and audit_records.open_record(officer.sync, again[0]).first == 1
    back = export_bundle(officer.sync, [police.profile.device_id])
    import_bundle(police.sync, back, "usb")
    after = audit_records.record_for(police.sync, officer.profile.device_id)
    assert after is not None  # the import itself was audited
    assert audit_records.open_record(officer.sync, after[0]).first == held + 1
    # An acknowledgement from a device that is not an officer's is not taken.
    clinician = panel["clinician"]
    forged = audit_records.ACK_TAG + json.dumps({"device": police.profile.device_id, "upto": 10**6}).encode()
    audit_records.receive_bundle_items(police.sync, [forged], clinician.profile.device_id, "usb")
    assert int(police.store.get_meta(audit_records.SENT_META + clinician.profile.device_id) or 0) == 0
    # And no other device's bundle carries a record: only officers' devices are sealed for.
    plain = export_bundle(police.sync, [clinician.profile.device_id])
    assert import_bundle(clinician.sync, plain, "usb").audit == 0


def test_a_live_session_sends_what_is_audited_as_it_happens(panel):
    police, officer = panel["police"], panel["ig_officer"]
    a = SyncSession(police.sync, officer.profile.device_id, live=True)
    b = SyncSession(officer.sync, police.profile.device_id, live=True)
    to_b, to_a = a.start(), b.start()
    for _ in range(20):
        if not to_a and not to_b:
            break
        to_a, to_b = b.receive(to_b), a.receive(to_a)
    assert a.exchanged and b.exchanged
    opened = panel_audit.devices(officer.store)[police.profile.device_id]
    acked = int(police.store.get_meta(audit_records.SENT_META + officer.profile.device_id) or 0)
    assert 0 < acked <= opened
    police.open_case(REF).mark_read("referral")  # while the session stays open
    b.receive(a.push())
    assert panel_audit.devices(officer.store)[police.profile.device_id] > opened
    seen = panel_audit.who_read(officer.store, REF, "referral", ())
    assert any(s.device == police.profile.device_id and s.action == "section_read" for s in seen)
    # What went after the Done is not taken as acknowledged: only a receipt says so.
    assert int(police.store.get_meta(audit_records.SENT_META + officer.profile.device_id) or 0) == acked
    assert panel_audit.chain_problems(officer.store) == []
