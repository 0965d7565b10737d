"""A panel for the process tests: the people around one restorative case, each on a device."""

import datetime as dt

from app.demo.process import found_demo_panel
from app.sync.engine import in_process

ROLES = ("police", "chief_inspector", "advocate", "facilitator")
RATIONALE = {
    "information": "Dash 3 of 24, no incident for 14 months, consent recorded for both parties.",
    "assessment": "Standard risk; no coercion seen by any agency.",
    "powers_policy": "Eligibility rule standard-risk-only v1; force restorative justice policy.",
    "options": "Shuttle mediation first; direct conference not before review.",
    "action_review": "Review after the first session or at once on any trigger.",
}


def make_panel(make_workspace):
    devices = {role: make_workspace(role) for role in ("chair", *ROLES)}
    found_demo_panel(devices)
    return devices


def sync_all(devices, rounds: int = 2):
    return in_process.sync_all(devices, rounds)


def dash(ws, reference, yes: int = 3, on: str = "2026-10-01", today: dt.date = dt.date(2026, 11, 1)):
    qids = [q.id for q in ws.risk.instrument("dash").questions]
    ws.risk.assess(
        reference, "dash", {q: ("yes" if i < yes else "no") for i, q in enumerate(qids)}, assessed_on=on, today=today
    )


def consent(ws, reference, party, status="given", on="2026-10-05", **extra):
    record = {
        "party": party,
        "consent_status": status,
        "recorded_on": on,
        "method": "in person, with advocate",
        "explained": "What a restorative meeting is, that it is voluntary and can stop at any time.",
        "witness": "Second advocate",
    }
    record.update(extra)
    return ws.process.record_consent(reference, record)


def reviewed_case(p, reference="CC-RJ-1"):
    """A case that has been through the panel and waits for the police lead to ask for sign-off."""
    police, advocate, facilitator = p["police"], p["advocate"], p["facilitator"]
    police.new_case(reference=reference)
    dash(police, reference)
    police.process.step(reference, "assessment", "Dash completed")
    police.process.step(reference, "panel_review", "On the panel's agenda")
    sync_all(p, 1)
    consent(advocate, reference, "person harmed")
    consent(advocate, reference, "person who caused harm")
    a = advocate.open_case(reference)
    a.set("safety_plan", "Separate waiting rooms; advocate present; exit by the side door.")
    a.set("conditions", "No contact outside the process.")
    sync_all(p, 1)
    f = facilitator.open_case(reference)
    f.set("facilitator_name", "Rhys Ŵyn")
    f.set("facilitator_registration", "accredited practitioner")
    f.set("facilitator_da_trained", True)
    f.set("case_supervisor", "Siân Hughes")
    f.set("process_form", "shuttle mediation")
    sync_all(p)
    return reference


def overrides_for(ws, reference="CC-RJ-1"):
    """An override statement for each red flag the Chief Inspector's device raises now, each in
    words of its own (an approval answers every flag; see app/models/process/decision_flags.py)."""
    return {
        f.id: f"Weighed at the panel for {f.id}: accepted under the conditions and the safety plan."
        for f in ws.process.red_flags(reference)
    }


def approved_case(p, reference="CC-RJ-1", decision="approve", conditions=""):
    reviewed_case(p, reference)
    p["police"].process.request_signoff(reference, "Panel supports shuttle mediation.")
    sync_all(p)
    ci = p["chief_inspector"]
    ci.process.decide(
        reference,
        decision,
        RATIONALE,
        rank="Chief Inspector",
        conditions=conditions,
        overrides=overrides_for(ci, reference) if decision.startswith("approve") else None,
    )
    sync_all(p)
    return reference
