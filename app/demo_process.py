"""The demo panel's membership and one case taken through the panel to a signed sign-off, so
every device shows a decision it has verified itself (and the headless run prints its report)."""

from __future__ import annotations

from app.workspace import Workspace

SIGNED_CASE = "CC-2026-0103"
RATIONALE = {
    "information": "Dash 5 of 24, raised to medium for new access to a firearm; no incident since the referral; "
                   "both parties' consent recorded by the advocate.",
    "assessment": "Firearm access removed by licence review; the risk is now managed by the safety plan.",
    "powers_policy": "Eligibility rule standard-risk-only v1 is not met (medium by judgement): decided here by "
                     "explicit sign-off; force restorative justice policy followed.",
    "options": "Indirect letters only; a direct meeting is not an option at this stage.",
    "action_review": "Review at once on any trigger, and before any change to the form of process.",
}


def found_demo_panel(opened: dict[str, Workspace]) -> None:
    """The chair founds the panel and admits every other device, as invitations would."""
    chair = opened["chair"]
    chair.sync.found_panel()
    for role, ws in opened.items():
        if role != "chair":
            ws.sync.join(chair.sync.admission(ws.profile))
    for ws in opened.values():
        ws.sync.receive_membership(chair.sync.membership_entries(), "chair")


def take_through_panel(opened: dict[str, Workspace], share) -> None:
    """Steps, consent and a signed approval with conditions for one demo case; share() passes the
    changes round as a sync would, between the steps that depend on each other."""
    police, advocate, facilitator, ci = (opened[r] for r in ("police", "advocate", "facilitator", "chief_inspector"))
    police.process.step(SIGNED_CASE, "assessment", "Dash checklist completed with the survivor")
    police.process.step(SIGNED_CASE, "panel_review", "On the agenda of the November panel")
    for party in ("person harmed", "person who caused harm"):
        advocate.process.record_consent(SIGNED_CASE, {
            "party": party, "consent_status": "given", "recorded_on": "2026-10-20", "method": "in person",
            "explained": "Indirect letters through the facilitator; voluntary; may stop at any time.",
            "witness": "Second advocate"})
    a = advocate.open_case(SIGNED_CASE)
    a.set("safety_plan", "Letters pass through the facilitator only; no addresses on any letter.")
    a.set("conditions", "No contact outside the process; firearm licence stays revoked.")
    f = facilitator.open_case(SIGNED_CASE)
    f.set("facilitator_name", "Morgan Price")
    f.set("facilitator_registration", "accredited practitioner")
    f.set("facilitator_da_trained", True)
    f.set("case_supervisor", "Gwenllian Ŵyn")
    f.set("process_form", "indirect letters")
    share()
    police.process.request_signoff(SIGNED_CASE, "The panel supports indirect letters under conditions.")
    share()
    ci.process.decide(SIGNED_CASE, "approve with conditions", RATIONALE, rank="Chief Inspector",
                      conditions="Indirect letters only; review before any direct contact.")
    share()
