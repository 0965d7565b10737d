"""The disclosure log: what left a device (sync, bundle, export, report, minutes), to whom, under
which rule and basis, and what it decided not to share - by field id, never a value - each row
sealed by the audit chain, so a changed, dropped or slipped-in row is found."""

import datetime as dt
import json

import pytest
import sqlalchemy as sa

from app.cli import main as concord
from app.models import audit
from app.models.disclosures.log import listed
from app.models.errors import PermissionDenied
from app.models.storage import tables as t
from app.reports import service as reporting
from app.sync.engine import in_process
from app.sync.engine.bundle import export_bundle
from tests.support.meeting_minutes import run_meeting
from tests.support.meeting_panel import (
    CLINICAL_MARK,
    INTEL_MARK,
    PRIVILEGED_MARK,
    SAFE_MARK,
    TODAY,
    WISHES_MARK,
    meeting_panel,
    seed_cases,
)
from tests.support.pinned_clock import pin_wall
from tests.support.process_panel import approved_case, make_panel
from tests.support.sync_pairs import run_pair
from tests.support.sync_stores import chair_admits

pinned_clock = pin_wall(dt.date(2026, 12, 22))

SAFE = "MK-DISCLOSE-SAFE-5c1e"
INTEL = "MK-DISCLOSE-INTEL-0b7d"
SUMMARY = "MK-DISCLOSE-SUMMARY-8a42"


def table_text(ws) -> str:
    """Every row of the log as stored, to look for values that must never be in it."""
    with ws.store.engine.connect() as conn:
        return json.dumps([list(map(str, r)) for r in conn.execute(sa.select(t.disclosures)).all()])


@pytest.fixture
def panel(make_workspace):
    return chair_admits(make_workspace, ("police", "chief_inspector", "clinician"))


@pytest.fixture
def signed(make_workspace):
    p = make_panel(make_workspace)
    approved_case(p, decision="approve")
    p["advocate"].open_case("CC-RJ-1").set("safe_address", SAFE)
    in_process.sync_all(p, 2)
    return p


def test_a_report_logs_the_fields_it_showed_and_those_it_kept_back(signed, tmp_path):
    ci = signed["chief_inspector"]
    report = reporting.signoff_report(ci, "CC-RJ-1", "facilitator", language="en")
    reporting.write_report(ci, report, tmp_path / "for-facilitator.pdf", "CC-RJ-1")
    rows = [r for r in listed(ci.store, "CC-RJ-1") if r.disclosure.channel == "report"]  # not the syncs
    shared = [r.disclosure for r in rows if r.disclosure.shared]
    kept = [r.disclosure for r in rows if not r.disclosure.shared]
    assert len(shared) == 1 and len(kept) == 1
    went, held_back = shared[0], kept[0]
    assert went.channel == "report" and went.to.role == "facilitator" and went.to.device == ""
    assert "signoff_decisions" in went.fields and went.rules and went.basis
    assert all(ci.schema.can_read("facilitator", f) for f in went.fields)
    # What the chief inspector reads and the facilitator may not: withheld, and said why.
    assert held_back.fields and not any(ci.schema.can_read("facilitator", f) for f in held_back.fields)
    assert "not every recipient" in held_back.reason
    assert "safe_address" not in went.fields
    assert SAFE not in table_text(ci)
    assert audit.verify(ci.store).ok


def test_minutes_log_a_row_for_each_recipient_of_each_case(make_workspace, tmp_path):
    p = seed_cases(meeting_panel(make_workspace))
    ref = run_meeting(p)
    chair = p["chair"]
    reporting.write_minutes(chair, ref, tmp_path / "minutes", TODAY, "en")
    rows = [r.disclosure for r in listed(chair.store) if r.disclosure.channel == "minutes"]
    recipients = {d for d in chair.members()}
    per_case: dict[str, set[str]] = {}
    for d in rows:
        if d.shared:
            per_case.setdefault(d.case_ref, set()).add(d.to.device)
            name, role, agency = chair.members()[d.to.device]
            assert (d.to.person, d.to.role, d.to.agency) == (name, role, agency)
    assert per_case and all(devices == recipients for devices in per_case.values())
    roles = {role for _name, role, _agency in chair.members().values()}
    shown = {f for d in rows if d.shared for f in d.fields}
    assert shown and all(chair.schema.can_read(r, f) for r in roles for f in shown)
    text = table_text(chair)
    assert not [m for m in (SAFE_MARK, INTEL_MARK, PRIVILEGED_MARK, CLINICAL_MARK, WISHES_MARK) if m in text]


def test_sync_and_a_bundle_log_what_went_to_each_member(panel):
    police, clinician, ci = panel["police"], panel["clinician"], panel["chief_inspector"]
    case = police.new_case(reference="CC-LOG-1")
    case.set("intelligence", INTEL)
    case.set("police_summary", SUMMARY)
    run_pair(police, clinician)
    rows = [r.disclosure for r in listed(police.store, "CC-LOG-1", clinician.profile.device_id)]
    assert rows and all(d.shared and d.channel == "sync" for d in rows)
    assert rows[0].to.person == clinician.profile.name and rows[0].to.role == "clinician"
    assert rows[0].to.agency == clinician.profile.agency
    fields = {f for d in rows for f in d.fields}
    assert "police_summary" in fields and "intelligence" not in fields
    assert all(clinician.schema.can_read("clinician", f) for f in fields)

    export_bundle(police.sync, [ci.profile.device_id], everything=True)
    bundled = [r.disclosure for r in listed(police.store, "CC-LOG-1", ci.profile.device_id)]
    assert [d.channel for d in bundled] == ["bundle"] and bundled[0].what.startswith("bundle ")
    assert "intelligence" in bundled[0].fields  # the chief inspector reads it
    assert INTEL not in table_text(police) and SUMMARY not in table_text(police)
    assert audit.verify(police.store).ok


def test_an_export_and_a_refused_export_are_both_logged(panel, tmp_path):
    police = panel["police"]
    police.new_case(reference="CC-LOG-2").set("intelligence", INTEL)
    comp = police.cases.compartments.for_field("intelligence")
    police.export_compartment("CC-LOG-2", comp.id, tmp_path / "intel.automerge")
    chair = panel["chair"]
    run_pair(police, chair)
    with pytest.raises(PermissionDenied):
        chair.export_compartment("CC-LOG-2", comp.id, tmp_path / "refused.automerge")
    went = next(r.disclosure for r in listed(police.store, "CC-LOG-2") if r.disclosure.channel == "export")
    assert went.channel == "export" and went.shared and went.compartments == (comp.id,)
    assert "intelligence" in went.fields
    refused = listed(chair.store, "CC-LOG-2")[-1].disclosure
    assert refused.channel == "export" and not refused.shared and "may not read" in refused.reason
    assert not (tmp_path / "refused.automerge").exists()


def _sealed(panel):
    police, clinician = panel["police"], panel["clinician"]
    police.new_case(reference="CC-LOG-3").set("police_summary", SUMMARY)
    run_pair(police, clinician)
    rows = listed(police.store, "CC-LOG-3")
    assert rows and audit.verify(police.store).ok
    return police, rows[0].seq


def test_a_changed_row_breaks_the_chain(panel):
    police, seq = _sealed(panel)
    with police.store.engine.begin() as conn:
        conn.execute(t.disclosures.update().where(t.disclosures.c.seq == seq).values(to_person="Somebody Else"))
    verdict = audit.verify(police.store)
    assert not verdict.ok and verdict.broken_at == seq and "altered" in verdict.problem


def test_a_dropped_row_breaks_the_chain(panel):
    police, seq = _sealed(panel)
    with police.store.engine.begin() as conn:
        conn.execute(t.disclosures.delete().where(t.disclosures.c.seq == seq))
    verdict = audit.verify(police.store)
    assert not verdict.ok and verdict.broken_at == seq and "removed" in verdict.problem


def test_a_slipped_in_row_breaks_the_chain(panel):
    police, seq = _sealed(panel)
    with police.store.engine.begin() as conn:
        row = dict(conn.execute(sa.select(t.disclosures).where(t.disclosures.c.seq == seq)).one()._mapping)
        row["seq"] = 1  # the entry that made the device: it seals no disclosure
        conn.execute(t.disclosures.insert().values(**row))
    verdict = audit.verify(police.store)
    assert not verdict.ok and verdict.broken_at == 1 and "slipped in" in verdict.problem


def test_the_command_lists_a_cases_disclosures_and_refuses_an_unknown_case(panel, capsys):
    police, clinician = panel["police"], panel["clinician"]
    police.new_case(reference="CC-LOG-4").set("police_summary", SUMMARY)
    run_pair(police, clinician)
    folder = police.folder
    assert concord(["--data", str(folder), "disclosures", "CC-LOG-4"]) == 0
    out = capsys.readouterr().out
    assert "SHARED" in out and f"{clinician.profile.name} (clinician, {clinician.profile.agency})" in out
    assert "fields:" in out and "police_summary" in out and "intact" in out and SUMMARY not in out
    assert concord(["--data", str(folder), "disclosures", "CC-NO-SUCH"]) == 1
    assert "no case 'CC-NO-SUCH'" in capsys.readouterr().err
