"""The safeguards of a live process are checked by what the case holds, not by what the actor reads."""

import json

import pytest

from app.demo.process import found_demo_panel
from app.models.errors import PermissionDenied, ValidationError
from app.models.process import attestations as att
from app.models.process import lifecycle as lc
from tests.support.process_panel import RATIONALE, ROLES, approved_case, overrides_for, sync_all

REF = "CC-RJ-1"


@pytest.fixture
def p(make_workspace):
    # With a clinician: a role that reads neither facilitation nor the safety plan.
    devices = {role: make_workspace(role) for role in ("chair", *ROLES, "clinician")}
    found_demo_panel(devices)
    return devices


def reapprove(p):
    sync_all(p)
    p["police"].process.request_signoff(REF, "Facilitation changed")
    sync_all(p)
    p["chief_inspector"].process.decide(
        REF, "approve", RATIONALE, rank="Chief Inspector", overrides=overrides_for(p["chief_inspector"], REF)
    )
    sync_all(p)


def forged_step(ws, to_state: str, signoff_id: str, attestations: str = ""):
    """A step written past the service, as a device that skips its checks would."""
    return ws.open_case(REF).add_record(
        "process_events",
        {
            "to_state": to_state,
            "at": "2026-11-20T10:00:00+00:00",
            "by": "x",
            "by_role": ws.profile.role,
            "reason": "skip",
            "trigger": "",
            "signoff_id": signoff_id,
            "after": "",
            "attestations": attestations,
        },
        form=True,
    )


def test_the_roles_that_hold_the_facts_attest_them_when_they_change(p):
    approved_case(p)
    for ws in p.values():  # every device, whatever it may read, sees both attestations in place
        view = ws.process.view(REF)
        assert view.attestations[att.FACILITATION].all_in_place, ws.profile.role
        assert view.attestations[att.SAFETY_PLAN].all_in_place, ws.profile.role
    # What the panel reads is whether each fact is in place, never the fact itself.
    clinician_sees = json.dumps(p["clinician"].open_case(REF).get(att.FIELD))
    assert "Rhys" not in clinician_sees and "Siân" not in clinician_sees and "side door" not in clinician_sees
    p["facilitator"].open_case(REF).set("case_supervisor", "")
    sync_all(p)
    latest = p["clinician"].process.view(REF).attestations[att.FACILITATION]
    assert latest.missing == ["no case supervisor is named"]
    with pytest.raises(PermissionDenied, match="only the facilitator's device attests"):
        p["advocate"].process.attest(REF, att.FACILITATION, force=True)


def test_a_clinician_cannot_take_a_case_into_sessions_without_a_facilitator(p):
    """The attack as found: the clinician, who cannot read facilitation, moved an approved case
    into preparation and sessions with no facilitator, and the facilitator's device accepted it."""
    approved_case(p)
    p["facilitator"].open_case(REF).set("facilitator_name", "")
    reapprove(p)
    clinician = p["clinician"]
    assert not clinician.open_case(REF).can_read("facilitator_name")
    clinician.process.step(REF, "preparation", "Preparation begins")  # the safety plan is attested
    with pytest.raises(ValidationError, match="the facilitator's device attests that no facilitator is named"):
        clinician.process.step(REF, "sessions", "Sessions begin")
    # Past the service: the step is refused on every device, the facilitator's included.
    view = clinician.process.view(REF)
    forged_step(
        clinician,
        "sessions",
        view.current.record_id,
        view.attestations[att.FACILITATION].record_id + "," + view.attestations[att.SAFETY_PLAN].record_id,
    )
    forged_step(clinician, "sessions", view.current.record_id)
    sync_all(p)
    for ws in p.values():
        v = ws.process.view(REF)
        assert v.state == lc.PREPARATION, ws.profile.role
        refused = [e.problem for e in v.process.refused if e.step.to_state == "sessions"]
        assert any("no facilitator is named" in r for r in refused), (ws.profile.role, refused)
        assert any("no facilitation attestation" in r for r in refused), (ws.profile.role, refused)
        if ws is not clinician:  # each receiving device also sets the steps aside, and audits it
            listed = [q.reason for q in ws.sync.quarantined() if q.kind == "record"]
            assert len([r for r in listed if "into sessions refused" in r]) == 2, (ws.profile.role, listed)
            assert any(e.action == "record_refused" for e in ws.audit_entries()), ws.profile.role
    with pytest.raises(ValidationError, match="no session while the case is preparation"):
        p["facilitator"].process.record_session(REF, "session", "2026-11-21", "First letter read")


def test_a_safeguard_withdrawn_while_live_pauses_the_process_on_every_device(p):
    approved_case(p)
    p["facilitator"].process.step(REF, "preparation", "Preparation begins")
    p["facilitator"].process.step(REF, "sessions", "Sessions begin")
    sync_all(p)
    p["advocate"].open_case(REF).set("safety_plan", "")
    sync_all(p)
    for ws in p.values():
        v = ws.process.view(REF)
        assert v.state == lc.PAUSED, ws.profile.role
        assert any(
            h.trigger == "safeguard missing" and "no safety plan is in place" in h.why for h in v.process.holds
        ), ws.profile.role


def test_an_attestation_by_the_wrong_role_or_tampered_does_not_count(p):
    approved_case(p)
    facilitator, advocate = p["facilitator"], p["advocate"]
    facilitator.open_case(REF).set("facilitator_da_trained", False)
    reapprove(p)
    # The advocate's device (which may write attestations) signs a facilitation attestation itself.
    case = advocate.open_case(REF)
    data = att.content(
        case.case_id,
        att.KINDS[att.FACILITATION],
        lambda fid: {"facilitator_name": "X", "facilitator_da_trained": True, "case_supervisor": "Y"}[fid],
        "Advocate",
        advocate.profile.device_id,
        "2026-11-20T10:00:00+00:00",
    )
    case.add_record(
        att.FIELD,
        {
            "kind": att.FACILITATION,
            "signed_content": data.decode(),
            "signature": att.sign(data, advocate.keys.sign),
            "signer_device": advocate.profile.device_id,
        },
        form=True,
    )
    # And a copy of the facilitator's own attestation with its facts turned to "in place".
    genuine = [r for r in case.get(att.FIELD) if r["kind"] == att.FACILITATION][-2]
    body = json.loads(genuine["signed_content"])
    body["facts"] = [[w, True] for w, _ok in body["facts"]]
    case.add_record(
        att.FIELD,
        {**{k: genuine[k] for k in ("kind", "signature", "signer_device")}, "signed_content": json.dumps(body)},
        form=True,
    )
    sync_all(p)
    for ws in p.values():
        view = ws.process.view(REF)
        assert view.attestations[att.FACILITATION].missing, ws.profile.role  # the genuine one stands
        records = ws.open_case(REF).get(att.FIELD)
        problems = {att.verify(r, view_case_id(ws), ws.member_of).problem for r in records}
        assert "only the facilitator's device attests facilitation" in problems
        assert "the signature does not match: it has been altered or forged" in problems
    facilitator.process.step(REF, "preparation", "Preparation begins")
    with pytest.raises(ValidationError, match="has not completed domestic-abuse training"):
        facilitator.process.step(REF, "sessions", "Sessions begin")


def view_case_id(ws) -> str:
    return ws.open_case(REF).case_id
