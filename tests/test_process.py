"""The restorative process: consent, lifecycle guards, the signed sign-off and its staleness,
across the devices of a panel synced in one process."""

import datetime as dt
import json

import pytest

from app.demo.process import admit_with_approvals
from app.models.errors import PermissionDenied, ValidationError
from app.models.process import lifecycle as lc
from app.models.process.aftercare import schedule
from app.models.process.consent import consent_status, record_problems
from app.models.process.signoff import REVOKED_SIGNER, parse, sign
from app.reports import service as reporting
from tests.support.process_panel import (
    RATIONALE,
    approved_case,
    consent,
    make_panel,
    overrides_for,
    reviewed_case,
    sync_all,
)

TODAY = dt.date(2026, 11, 1)


@pytest.fixture
def p(make_workspace):
    return make_panel(make_workspace)


# ----- consent ----------------------------------------------------------------------------------
def given(party="person harmed", **extra):
    r = {
        "party": party,
        "consent_status": "given",
        "recorded_on": "2026-10-01",
        "method": "in person",
        "explained": "voluntary; may stop at any time",
    }
    r.update(extra)
    return r


def test_consent_counts_only_when_informed_and_current():
    assert record_problems(given()) == []
    assert "it does not say what was explained" in record_problems(given(explained=""))
    assert "time-limited consent needs the date it runs until" in record_problems(given(consent_status="time-limited"))
    over = record_problems(given(consent_status="overridden"))
    assert "an override needs its reason" in over and "an override needs its lawful basis" in over
    s = consent_status(
        [given(), given("person who caused harm", consent_status="time-limited", valid_until="2026-10-20")], TODAY
    )
    assert s["person harmed"].valid and s["person harmed"].status == "given"
    assert s["person who caused harm"].status == "expired" and not s["person who caused harm"].valid


def test_the_record_made_last_decides_and_an_override_never_stands_for_consent():
    s = consent_status([given(), given(consent_status="withdrawn"), given(recorded_on="2026-10-01")], TODAY)
    # Consent given again after a withdrawal, on the same date, is in force: and the screen says why.
    assert s["person harmed"].status == "given" and s["person harmed"].valid
    assert "replaces withdrawn on 2026-10-01 (recorded after it on the same date)" in s["person harmed"].explanation
    s = consent_status(
        [given(recorded_on="2026-10-05"), given(consent_status="withdrawn", recorded_on="2026-09-01")], TODAY
    )
    assert s["person harmed"].status == "withdrawn"
    assert "although its date is earlier" in s["person harmed"].explanation
    s = consent_status(
        [given(consent_status="overridden", override_reason="serious harm", lawful_basis="DPA 2018 sch. 1 para 18")],
        TODAY,
    )
    assert s["person harmed"].status == "overridden" and not s["person harmed"].valid
    assert "lawful basis: DPA 2018" in s["person harmed"].explanation
    assert consent_status([], TODAY)["person who caused harm"].status == "none"


def test_an_incomplete_consent_record_is_refused_by_the_desk(p):
    reviewed_case(p)
    with pytest.raises(ValidationError, match="how consent was given"):
        p["advocate"].process.record_consent("CC-RJ-1", given(method=""))


# ----- the lifecycle --------------------------------------------------------------------------------
def step(to, at, trigger="", signoff=""):
    return lc.Step(at, to, at, "someone", "police", "why", trigger, signoff)


def test_the_fold_applies_allowed_steps_and_keeps_refused_ones_in_view():
    ok = lambda s: "" if s.signoff_id == "good" else "no sign-off"  # noqa: E731
    steps = [
        step("assessment", "1"),
        step("sessions", "2", signoff="good"),
        step("panel_review", "3"),
        step("awaiting_signoff", "4"),
        step("approved", "5", signoff="bad"),
        step("approved", "6", signoff="good"),
    ]
    state = lc.fold(steps, ok, [])
    assert state.recorded == lc.APPROVED
    refused = [(e.step.to_state, e.problem) for e in state.refused]
    assert refused[0] == ("sessions", "cannot go from assessment to sessions")
    assert refused[1] == ("approved", "no sign-off")


def test_a_pause_names_its_trigger_and_a_breach_terminates():
    ok = lambda s: ""  # noqa: E731
    base = [
        step(s, str(i))
        for i, s in enumerate(["assessment", "panel_review", "awaiting_signoff", "approved", "preparation", "sessions"])
    ]
    state = lc.fold(base + [step("paused", "7")], ok, [])
    assert state.recorded == lc.SESSIONS and state.refused[0].problem == "a pause names its trigger"
    state = lc.fold(base + [step("terminated", "7", trigger="breach"), step("sessions", "8")], ok, [])
    assert state.recorded == lc.TERMINATED and state.terminated_by_breach
    assert state.refused[0].problem == "cannot go from terminated to sessions"
    held = lc.fold(base, ok, [lc.Hold("consent withdrawn", "person harmed: withdrawn")])
    assert held.recorded == lc.SESSIONS and held.state == lc.PAUSED


def test_no_preparation_or_session_without_a_sign_off(p):
    reviewed_case(p)
    with pytest.raises(ValidationError, match="cannot go to preparation"):
        p["facilitator"].process.step("CC-RJ-1", "preparation", "keen to start")
    with pytest.raises(PermissionDenied):
        p["police"].process.step("CC-RJ-1", "approved", "we agree")
    with pytest.raises(ValidationError, match="no session while the case is panel review"):
        p["facilitator"].process.record_session("CC-RJ-1", "session", "2026-11-02", "met")


def test_a_step_forged_past_the_guards_on_another_device_is_refused_everywhere(p):
    reviewed_case(p)
    # A device that skips the service writes a step into sessions relying on no sign-off.
    p["facilitator"].open_case("CC-RJ-1").add_record(
        "process_events",
        {
            "to_state": "sessions",
            "at": "2026-11-20T10:00:00+00:00",
            "by": "x",
            "by_role": "facilitator",
            "reason": "skip",
            "trigger": "",
            "signoff_id": "",
        },
        form=True,
    )
    sync_all(p)
    for ws in p.values():
        view = ws.process.view("CC-RJ-1")
        assert view.state == lc.PANEL_REVIEW
        assert any(e.step.to_state == "sessions" and not e.applied for e in view.process.history)


def test_managed_records_are_refused_outside_their_desk(p):
    reviewed_case(p)
    case = p["police"].open_case("CC-RJ-1")
    with pytest.raises(PermissionDenied, match="only through its own form"):
        case.add_record("process_events", {"to_state": "closed"})
    with pytest.raises(PermissionDenied, match="only through its own form"):
        p["advocate"].open_case("CC-RJ-1").add_record("consent_records", {"party": "person harmed"})
    # A decision is kept where only the Chief Inspector's role writes: the police lead may not at all.
    with pytest.raises(PermissionDenied, match="may read but not change"):
        case.add_record("signoff_decisions", {"signature": "x"}, form=True)
    with pytest.raises(PermissionDenied, match="only through its own form"):
        p["chief_inspector"].open_case("CC-RJ-1").add_record("signoff_decisions", {"signature": "x"})


def test_a_session_needs_a_trained_facilitator_and_a_supervisor(p):
    approved_case(p)
    f = p["facilitator"]
    f.open_case("CC-RJ-1").set("facilitator_da_trained", False)
    # Facilitator competence is risk-relevant: the sign-off no longer covers the case.
    with pytest.raises(ValidationError, match="Domestic-abuse training completed changed since the sign-off"):
        f.process.step("CC-RJ-1", "preparation", "start")
    sync_all(p)
    p["police"].process.request_signoff("CC-RJ-1", "Facilitator changed")
    sync_all(p)
    p["chief_inspector"].process.decide(
        "CC-RJ-1", "approve", RATIONALE, rank="Chief Inspector", overrides=overrides_for(p["chief_inspector"])
    )
    sync_all(p)
    f.process.step("CC-RJ-1", "preparation", "start")
    with pytest.raises(ValidationError, match="has not completed domestic-abuse training"):
        f.process.step("CC-RJ-1", "sessions", "first session")


# ----- sign-off ------------------------------------------------------------------------------------
def test_the_police_lead_requests_and_the_chief_inspector_decides_and_signs(p):
    reviewed_case(p)
    with pytest.raises(PermissionDenied):
        p["advocate"].process.request_signoff("CC-RJ-1", "please")
    with pytest.raises(ValidationError, match="no open sign-off request"):
        p["chief_inspector"].process.decide(
            "CC-RJ-1", "approve", RATIONALE, rank="Chief Inspector", overrides=overrides_for(p["chief_inspector"])
        )
    p["police"].process.request_signoff("CC-RJ-1", "Panel supports shuttle mediation.")
    sync_all(p)
    ci = p["chief_inspector"].process
    assert [ref for ref, _r in ci.inbox()] == ["CC-RJ-1"]
    with pytest.raises(PermissionDenied):
        p["police"].process.decide("CC-RJ-1", "approve", RATIONALE, rank="Inspector")
    with pytest.raises(ValidationError, match="Powers and policy"):
        ci.decide("CC-RJ-1", "approve", {**RATIONALE, "powers_policy": " "}, rank="Chief Inspector")
    with pytest.raises(ValidationError, match="must state the conditions"):
        ci.decide("CC-RJ-1", "approve with conditions", RATIONALE, rank="Chief Inspector")
    ci.decide(
        "CC-RJ-1",
        "approve with conditions",
        RATIONALE,
        rank="Chief Inspector",
        conditions="Shuttle only; advocate present.",
        overrides=overrides_for(p["chief_inspector"]),
    )
    sync_all(p)
    assert ci.inbox() == []
    for role, ws in p.items():
        view = ws.process.view("CC-RJ-1")
        assert view.state == lc.APPROVED, role
        assert view.current.valid and not view.current.stale, role
        assert view.current.signer_name == "Chris Inspector"
        assert view.current.decision.conditions == "Shuttle only; advocate present."
    # The signed content covers the heads of every compartment the Chief Inspector holds.
    d = p["police"].process.view("CC-RJ-1").current.decision
    incidents = p["police"].cases.compartments.for_field("incidents").id
    assert incidents in {c.compartment for c in d.covered}
    assert any(c.heads for c in d.covered) and all(len(h) == 64 for c in d.covered for h in c.heads)


def test_a_tampered_or_misattributed_decision_does_not_verify_and_moves_nothing(p):
    approved_case(p, "CC-RJ-2", decision="decline")
    police = p["police"]
    with pytest.raises(PermissionDenied, match="may read but not change"):
        police.open_case("CC-RJ-2").add_record("signoff_decisions", {"signature": "x"}, form=True)
    # Decisions are kept where only the Chief Inspector's role writes: forgeries come from a
    # Chief Inspector's device that skips its own service.
    case = p["chief_inspector"].open_case("CC-RJ-2")
    good = case.get("signoff_decisions")[0]
    altered = json.loads(good["signed_content"])
    altered["decision"] = "approve"
    case.add_record(
        "signoff_decisions",
        {
            **{k: good[k] for k in ("signature", "signer_device", "field_digests")},
            "signed_content": json.dumps(altered),
        },
        form=True,
    )
    # The police lead signs a decision with the police device's own key.
    own = parse(good["signed_content"].encode(), good["field_digests"])
    own = own.__class__(**{**own.__dict__, "decision": "approve", "signer_device": police.profile.device_id})
    case.add_record(
        "signoff_decisions",
        {
            "signed_content": own.canonical().decode(),
            "field_digests": own.digests_json().decode(),
            "signer_device": police.profile.device_id,
            "signature": sign(own, police.keys.sign),
        },
        form=True,
    )
    # The digests kept beside the signed content are swapped for others.
    case.add_record(
        "signoff_decisions", {**good, "field_digests": good["field_digests"].replace("a", "b", 1)}, form=True
    )
    sync_all(p)
    for ws in p.values():
        view = ws.process.view("CC-RJ-2")
        problems = sorted(v.problem for v in view.signoffs if not v.valid)
        assert problems == [
            "the sign-off's field digests are not those it was signed with",
            "the signature does not match the content: it has been altered or forged",
            "the signing device is not a Chief Inspector's",
        ]
        assert view.current.decision.decision == "decline"
        assert view.state == lc.DECLINED


def test_a_new_incident_makes_the_sign_off_stale_everywhere_and_pauses_sessions(p):
    approved_case(p)
    f = p["facilitator"]
    f.process.step("CC-RJ-1", "preparation", "Preparation begins")
    f.process.step("CC-RJ-1", "sessions", "First session booked")
    f.process.record_session("CC-RJ-1", "pre-session briefing", "2026-11-02", "Briefed both parties.")
    f.process.record_session("CC-RJ-1", "session", "2026-11-03", "First shuttle round.")
    p["police"].open_case("CC-RJ-1").add_record(
        "incidents", {"incident_date": "2026-11-10", "incident_type": "threats"}
    )
    sync_all(p)
    for role, ws in p.items():
        view = ws.process.view("CC-RJ-1")
        assert view.current.stale, role
        assert view.state == lc.PAUSED, role
        assert any("Incidents changed" in r for r in view.current.stale_because), role
    with pytest.raises(ValidationError, match="no session while the case is paused"):
        f.process.record_session("CC-RJ-1", "session", "2026-11-12", "second round")
    f.process.record_session("CC-RJ-1", "debrief", "2026-11-12", "Debrief after the pause.")
    # The pause is recorded as a step, with its trigger and why, and a fresh decision is needed.
    view = f.process.enforce("CC-RJ-1")
    last = view.process.history[-1]
    assert last.step.to_state == lc.PAUSED and last.step.trigger == "sign-off stale" and last.applied
    with pytest.raises(ValidationError, match="is stale: Incidents changed"):
        f.process.step("CC-RJ-1", "sessions", "resume")
    p["police"].process.request_signoff("CC-RJ-1", "Incident reviewed: threats by phone, arrest made.")
    sync_all(p)
    p["chief_inspector"].process.decide(
        "CC-RJ-1", "approve", RATIONALE, rank="Chief Inspector", overrides=overrides_for(p["chief_inspector"])
    )
    sync_all(p)
    with pytest.raises(ValidationError, match="cannot go to sessions"):
        f.process.step("CC-RJ-1", "sessions", "resume")  # approved again: preparation first
    f.process.step("CC-RJ-1", "preparation", "New plan agreed")
    f.process.step("CC-RJ-1", "sessions", "Resumed")
    assert f.process.view("CC-RJ-1").state == lc.SESSIONS


def test_a_sign_off_by_a_device_revoked_since_is_stale_everywhere_until_a_current_device_signs(
    p, make_workspace, tmp_path
):
    approved_case(p)
    f = p["facilitator"]
    f.process.step("CC-RJ-1", "preparation", "Preparation begins")
    f.process.step("CC-RJ-1", "sessions", "First session booked")
    ci = p["chief_inspector"]
    written = reporting.write_report(ci, reporting.signoff_report(ci, "CC-RJ-1"), tmp_path / "signoff.pdf", "CC-RJ-1")
    # The Chief Inspector's laptop is lost: the chair revokes it and admits the replacement.
    chair, lost = p["chair"], p.pop("chief_inspector")
    chair.sync.revoke(lost.profile.device_id)
    new_ci = make_workspace("chief_inspector", tmp_path / "replacement")
    assert admit_with_approvals(chair, new_ci, p)  # the agencies whose data it reads approve it
    sync_all(p)
    for role, ws in p.items():  # every device that held the decision when the device was revoked
        view = ws.process.view("CC-RJ-1")
        assert view.current.valid and view.current.stale_because[0] == REVOKED_SIGNER, role
        assert view.current.decision.signer_device == lost.profile.device_id  # the record stays as signed
    with pytest.raises(ValidationError, match="no session while"):
        f.process.record_session("CC-RJ-1", "session", "2026-11-12", "second round")
    verdict = reporting.verify_file(written.pdf, chair.member_of)
    assert verdict.ok and any(line.startswith("WARNING") and "revoked" in line for line in verdict.lines)
    # The replacement device signs again; sessions may follow preparation once more.
    p["chief_inspector"] = new_ci
    p["police"].process.request_signoff("CC-RJ-1", "The signing device was lost; the decision is asked again.")
    sync_all(p)
    new_ci.process.decide("CC-RJ-1", "approve", RATIONALE, rank="Chief Inspector", overrides=overrides_for(new_ci))
    sync_all(p)
    view = f.process.view("CC-RJ-1")
    assert view.current.current and view.current.decision.signer_device == new_ci.profile.device_id
    f.process.step("CC-RJ-1", "preparation", "New decision in place")
    f.process.step("CC-RJ-1", "sessions", "Resumed")


def test_a_consent_withdrawal_made_offline_pauses_the_case_on_every_device_once_it_syncs(p):
    approved_case(p)
    f = p["facilitator"]
    f.process.step("CC-RJ-1", "preparation", "Preparation begins")
    f.process.step("CC-RJ-1", "sessions", "First session booked")
    sync_all(p)
    consent(p["advocate"], "CC-RJ-1", "person harmed", status="withdrawn", on="2026-11-05")
    assert f.process.view("CC-RJ-1").state == lc.SESSIONS  # not yet synced
    sync_all(p)
    for role, ws in p.items():
        view = ws.process.view("CC-RJ-1")
        assert view.state == lc.PAUSED, role
        assert any(h.trigger == "consent withdrawn" for h in view.process.holds), role
    with pytest.raises(ValidationError, match="person harmed: withdrawn on 2026-11-05"):
        f.process.record_session("CC-RJ-1", "session", "2026-11-06", "meet")


def test_a_recorded_breach_terminates_and_nothing_resumes_it(p):
    approved_case(p)
    f = p["facilitator"]
    f.process.step("CC-RJ-1", "preparation", "Preparation begins")
    with pytest.raises(ValidationError, match="name the trigger"):
        f.process.pause("CC-RJ-1", "bad mood", "unclear")
    f.process.pause("CC-RJ-1", "coercion or threats", "Text messages pressing the survivor to attend.")
    assert f.process.view("CC-RJ-1").state == lc.PAUSED
    sync_all(p)
    p["advocate"].process.record_breach("CC-RJ-1", "Unauthorised contact at the survivor's workplace.")
    sync_all(p)
    view = f.process.view("CC-RJ-1")
    assert view.state == lc.TERMINATED and view.process.terminated_by_breach
    with pytest.raises(ValidationError):
        f.process.step("CC-RJ-1", "sessions", "try again")
    f.process.step("CC-RJ-1", "aftercare", "Aftercare after termination")
    assert [e.step.by_role for e in f.process.view("CC-RJ-1").process.history][-2:] == ["advocate", "facilitator"]


def test_aftercare_check_ins_follow_the_schedule_and_show_overdue():
    entered = dt.date(2026, 1, 5)
    plan = schedule(
        entered,
        (2, 6, 12),
        [
            {
                "due_on": "2026-01-19",
                "held_on": "2026-01-20",
                "safety_outcome": "safe, no concerns",
                "empowerment": "stronger",
            }
        ],
    )
    assert [c.due_on for c in plan] == [dt.date(2026, 1, 19), dt.date(2026, 2, 16), dt.date(2026, 3, 30)]
    assert plan[0].held and "empowerment: stronger" in plan[0].evaluation()
    today = dt.date(2026, 3, 1)
    assert [c.overdue(today) for c in plan] == [False, True, False]


def test_consent_that_lapses_pauses_with_a_step_the_fold_accepts(p):
    approved_case(p)
    f = p["facilitator"]
    f.process.step("CC-RJ-1", "preparation", "Preparation begins")
    sync_all(p)
    consent(
        p["advocate"],
        "CC-RJ-1",
        "person who caused harm",
        status="time-limited",
        on="2026-11-06",
        valid_until="2026-11-07",
    )
    sync_all(p)
    view = f.process.enforce("CC-RJ-1")
    last = view.process.history[-1]
    assert last.step.to_state == lc.PAUSED and last.step.trigger == "consent does not hold"
    assert last.applied and view.process.recorded == lc.PAUSED
