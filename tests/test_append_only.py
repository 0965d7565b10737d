"""Decisions, steps, consent, attestations and assessments are only ever added to, on every device.

The attacks here are made the way a device that skips its own API would: raw Automerge changes
written into its own store, sealed and sent by the real sync engine. Every receiver must refuse
them, quarantine their envelopes and keep the history as it was.
"""

import pytest

from app.models.errors import PermissionDenied
from app.models.process import lifecycle as lc
from tests.support.process_panel import approved_case, make_panel, sync_all
from tests.support.raw_edits import delete_last, raw_edit


@pytest.fixture
def p(make_workspace):
    return make_panel(make_workspace)


def quarantined_reasons(ws) -> list[str]:
    return [q.reason for q in ws.sync.quarantined()]


def test_no_form_on_any_device_changes_or_removes_a_managed_record(p):
    approved_case(p)
    police = p["police"].open_case("CC-RJ-1")
    step = police.get("process_events")[-1]["id"]
    with pytest.raises(PermissionDenied, match="never changed or removed"):
        police.remove_record("process_events", step, form=True)
    with pytest.raises(PermissionDenied, match="never changed or removed"):
        police.update_record("process_events", step, {"reason": "x"}, form=True)
    ci = p["chief_inspector"].open_case("CC-RJ-1")
    with pytest.raises(PermissionDenied, match="never changed or removed"):
        ci.remove_record("signoff_decisions", ci.get("signoff_decisions")[0]["id"], form=True)


def test_erasing_a_decline_and_the_steps_after_it_is_refused_by_every_receiver(p):
    """The attack as found: the police device removed its second request, the steps after it
    and (through its own store) tried to take the decision away, so the earlier approval stood."""
    approved_case(p)
    police, ci = p["police"], p["chief_inspector"]
    # The process goes back for a second decision, which is a decline.
    police.process.request_signoff("CC-RJ-1", "Reconsider after the new concerns")
    sync_all(p)
    ci.process.decide(
        "CC-RJ-1",
        "decline",
        {
            k: f"Declined on the new concerns; {k} weighed at the panel."
            for k in ("information", "assessment", "powers_policy", "options", "action_review")
        },
        rank="Chief Inspector",
    )
    sync_all(p)
    assert all(ws.process.view("CC-RJ-1").state == lc.DECLINED for ws in p.values())
    steps_before = len(police.open_case("CC-RJ-1").get("process_events"))

    raw_edit(police, "CC-RJ-1", "process_events", delete_last(3))
    raw_edit(police, "CC-RJ-1", "signoff_requests", delete_last(1))
    assert police.process.view("CC-RJ-1").state != lc.DECLINED  # its own store is rewritten ...
    refused = sync_all(p)
    assert refused >= 2
    for role, ws in p.items():
        if role == "police":
            continue
        view = ws.process.view("CC-RJ-1")
        assert view.state == lc.DECLINED, role  # ... nobody else's
        assert len(ws.open_case("CC-RJ-1").get("process_events")) == steps_before, role
        reasons = quarantined_reasons(ws)
        assert any("removes a process steps record" in r for r in reasons), (role, reasons)
        assert any("removes a sign-off requests record" in r for r in reasons), (role, reasons)
        assert any(e.action == "record_refused" for e in ws.audit_entries()), role


def test_rewriting_a_risk_assessment_or_a_consent_record_is_refused(p):
    approved_case(p)
    advocate, police = p["advocate"], p["police"]

    def edit_first(sub_id, value):
        def change(tx, list_id, _length, doc):
            obj = doc.doc.get(list_id, 0)[1]
            tx.put(obj, sub_id, __import__("automerge.core", fromlist=["ScalarType"]).ScalarType.Str, value)

        return change

    raw_edit(advocate, "CC-RJ-1", "consent_records", edit_first("consent_status", "withdrawn"))
    raw_edit(advocate, "CC-RJ-1", "risk_assessments", delete_last(1))
    sync_all(p)
    reasons = quarantined_reasons(police)
    assert any("changes a consent records record" in r for r in reasons), reasons
    assert any("removes a risk assessments record" in r for r in reasons), reasons
    assert police.process.view("CC-RJ-1").consent["person harmed"].status == "given"
    assert len(police.open_case("CC-RJ-1").get("risk_assessments")) == 1


def test_moving_a_step_to_reorder_history_is_refused(p):
    approved_case(p)

    def move_first_to_end(tx, list_id, length, doc):
        first = doc.doc.get(list_id, 0)[1]
        record = {k: doc.doc.get(first, k)[1] if doc.doc.get(first, k) else None for k in ("id",)}
        tx.delete(list_id, 0)
        obj = tx.insert_object(list_id, length - 1, __import__("automerge.core", fromlist=["ObjType"]).ObjType.Map)
        tx.put(obj, "id", __import__("automerge.core", fromlist=["ScalarType"]).ScalarType.Str, str(record["id"][1]))

    facilitator = p["facilitator"]
    raw_edit(facilitator, "CC-RJ-1", "process_events", move_first_to_end)
    sync_all(p)
    reasons = quarantined_reasons(p["chair"])
    assert any("process steps record" in r for r in reasons), reasons
    assert p["chair"].process.view("CC-RJ-1").state == lc.APPROVED


def test_honest_appends_made_at_once_on_two_devices_pass(p):
    approved_case(p)
    p["facilitator"].process.step("CC-RJ-1", "preparation", "Preparation begins")
    sync_all(p)
    # Two devices pause at once, offline from each other: both records are kept everywhere.
    p["advocate"].process.pause("CC-RJ-1", "escalation", "Concern raised by the survivor")
    p["police"].process.pause("CC-RJ-1", "new incident", "Call-out last night")
    assert sync_all(p) == 0
    for ws in p.values():
        assert not quarantined_reasons(ws)
        assert ws.process.view("CC-RJ-1").state == lc.PAUSED
