"""The demo panel's membership and one case taken through the panel to a signed sign-off, so
every device shows a decision it has verified itself (and the headless run prints its report)."""

from __future__ import annotations

import datetime as dt

from app.models.errors import ConcordError
from app.sync.engine.approval_rules import DEFAULT_POLICY, AdmissionWaits
from app.sync.errors import SyncError
from app.workspace import Workspace

SIGNED_CASE = "CC-2026-0103"
WAITING_CASE = "CC-2026-0102"  # asked for, not yet decided
# The day the Chief Inspector decided, as the December minutes record it: the red flags are those
# the case raised that day, whatever day the demo is built on.
DECIDED_ON = dt.date(2026, 11, 21)
RATIONALE = {
    "information": "Dash 5 of 24 on 18 November, kept at medium by professional judgement for the firearm; no "
    "incident since the referral; both parties' consent recorded by the advocate.",
    "assessment": "Firearm access removed by licence review; the risk is now managed by the safety plan and the "
    "letters carry no contact.",
    "powers_policy": "Eligibility rule standard-risk-only v1 is not met (medium by judgement): decided here by "
    "explicit sign-off; force restorative justice policy followed.",
    "options": "Indirect letters only; a direct meeting is not an option at this stage.",
    "action_review": "Review at once on any trigger, and before any change to the form of process.",
}
# An override statement for each red flag the case raised when it was decided.
OVERRIDES = {
    "eligibility": "The rule is not met only on the level, which judgement keeps raised for the firearm now "
    "removed; letters through the facilitator carry no contact, so this case goes ahead by explicit "
    "sign-off.",
    "risk-raised": "The judgement was right in August and stands: the licence was revoked in November, and the "
    "raised level keeps the safety plan and the conditions in force until the review.",
}


def found_demo_panel(opened: dict[str, Workspace]) -> None:
    """The chair founds the panel and admits every other device, as invitations would. The panel
    keeps Concord's default policy: an admission into a role that reads another agency's data
    waits until a device of that agency approves it, so the demo's devices approve one another's
    admissions the way their people would."""
    chair = opened["chair"]
    chair.sync.found_panel(DEFAULT_POLICY)
    waiting = [role for role in opened if role != "chair"]
    while waiting:
        admitted = [role for role in waiting if admit_with_approvals(chair, opened[role], opened)]
        if not admitted:
            raise ConcordError("the demo panel's admissions wait for approvals no device can give")
        waiting = [role for role in waiting if role not in admitted]
    for ws in opened.values():
        ws.sync.receive_membership(chair.sync.membership_entries(), "chair")


def admit_with_approvals(chair: Workspace, ws: Workspace, opened: dict[str, Workspace]) -> bool:
    """Admit ws through the chair; when the admission waits, every member that may approve it
    does, and the chair admits again. Whether ws is now a member."""
    for attempt in range(2):
        try:
            ws.sync.join(chair.sync.admission(ws.profile))
            return True
        except AdmissionWaits:
            if attempt:
                return False
        for other in opened.values():
            if other is chair or other is ws or other.sync.panel_id is None:
                continue
            other.sync.receive_membership(chair.sync.membership_entries(), "chair")
            try:
                other.sync.approve(ws.profile.device_id)
            except SyncError:
                continue  # not of an agency the admission waits for
            chair.sync.receive_membership(other.sync.membership_entries(), other.profile.device_id)
    return False


def take_through_panel(opened: dict[str, Workspace], share) -> None:
    """Steps, consent and a signed approval with conditions for one demo case; share() passes the
    changes round as a sync would, between the steps that depend on each other."""
    police, advocate, facilitator, ci = (opened[r] for r in ("police", "advocate", "facilitator", "chief_inspector"))
    police.process.step(SIGNED_CASE, "assessment", "Dash checklist completed with the survivor")
    police.process.step(SIGNED_CASE, "panel_review", "On the agenda of the November panel")
    for party in ("person harmed", "person who caused harm"):
        advocate.process.record_consent(
            SIGNED_CASE,
            {
                "party": party,
                "consent_status": "given",
                "recorded_on": "2026-10-20",
                "method": "in person",
                "explained": "Indirect letters through the facilitator; voluntary; may stop at any time.",
                "witness": "Second advocate",
            },
        )
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
    ci.process.decide(
        SIGNED_CASE,
        "approve with conditions",
        RATIONALE,
        rank="Chief Inspector",
        conditions="Indirect letters only; review before any direct contact.",
        overrides=OVERRIDES,
        decided_on=DECIDED_ON,
        today=DECIDED_ON,
    )
    share()
    # A second case waits in the Chief Inspector's inbox: its red flags (no assessment, no consent,
    # no safeguards yet) show what a decision would have to answer.
    police.process.step(WAITING_CASE, "assessment", "Referral checked with the survivor's advocate")
    police.process.step(WAITING_CASE, "panel_review", "On the agenda of the December panel")
    share()
    police.process.request_signoff(WAITING_CASE, "The advocate asks whether a facilitated letter could be considered.")
    share()
