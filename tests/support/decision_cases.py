"""A case brought to the Chief Inspector for a decision, set wrong in only the ways asked for, and an
override statement that answers one red flag."""

from tests.support.process_panel import consent, sync_all

REF = "CC-FLAG-1"


def statement(flag_id: str) -> str:
    return f"Weighed for {flag_id}: the conditions and the safety plan answer it for this case."


def flagged_case(
    p,
    ref=REF,
    *,
    referral_consent=True,
    yes=3,
    on="2026-10-01",
    judgement="",
    incidents=(),
    referral_date=None,
    harmed="given",
    harmer="given",
    safety_plan=True,
    supervisor=True,
    request=True,
):
    """A case through the panel, its sign-off asked for, with only what the arguments set wrong."""
    police, advocate, facilitator = p["police"], p["advocate"], p["facilitator"]
    case = police.new_case(reference=ref)
    if referral_consent:
        case.set("consent_to_referral", "given")
    if referral_date:
        case.set("referral_date", referral_date)
    for day in incidents:
        case.add_record("incidents", {"incident_date": day, "incident_type": "threats"})
    qids = [q.id for q in police.risk.instrument("dash").questions]
    police.risk.assess(
        ref,
        "dash",
        {q: ("yes" if i < yes else "no") for i, q in enumerate(qids)},
        assessed_on=on,
        judgement_level=judgement,
        judgement_reason="Coercive control described by the advocate" if judgement else "",
    )
    police.process.step(ref, "assessment", "Dash completed")
    police.process.step(ref, "panel_review", "On the panel's agenda")
    sync_all(p, 1)
    for party, status in (("person harmed", harmed), ("person who caused harm", harmer)):
        if status:
            consent(
                advocate,
                ref,
                party,
                status=status,
                **({"valid_until": "2027-03-01"} if status == "time-limited" else {}),
            )
    if safety_plan:
        advocate.open_case(ref).set("safety_plan", "Separate waiting rooms; advocate present; exit by the side door.")
    sync_all(p, 1)
    f = facilitator.open_case(ref)
    f.set("facilitator_name", "Rhys Ŵyn")
    f.set("facilitator_registration", "accredited practitioner")
    f.set("facilitator_da_trained", True)
    if supervisor:
        f.set("case_supervisor", "Siân Hughes")
    f.set("process_form", "shuttle mediation")
    sync_all(p)
    if request:
        police.process.request_signoff(ref, "The panel supports shuttle mediation.")
        sync_all(p)
    return ref
