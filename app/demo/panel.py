"""The built-in demo panel: one data folder per role, each holding the same fictional cases.

Each device first writes what its own role writes; then the chair founds the panel, admits every
device, and the devices sync with each other through the sync engine, so each holds exactly the
compartments its role may read and shows the case as that role would on a real panel. Every name
and detail here is invented, and the parties are named only by pseudonym ("Person A"), as the
case form asks of real cases: never put real names here.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

import keyring.backend

from app import logs
from app.demo.governance import audit_to_officer
from app.demo.meeting import run_demo_meeting
from app.demo.process import found_demo_panel, take_through_panel
from app.models.cases import CaseSession
from app.models.errors import ConcordError, StoreError
from app.models.risk.assessment import Answer
from app.sync.engine.in_process import sync_all
from app.workspace import Workspace

PEOPLE = {
    "advocate": ("Sam Rees", "Cardiff Advocacy Service"),
    "clinician": ("Dr Alys Morgan", "Community Mental Health"),
    "legal": ("Huw Parry", "Vale Family Law Centre"),
    "police": ("PC Jordan Ellis", "South Wales Police"),
    "chief_inspector": ("Ch Insp Rhian Lloyd", "South Wales Police"),
    "facilitator": ("Morgan Price", "Restorative Justice Service"),
    "chair": ("Eleri Jones", "Panel coordination"),
    "ig_officer": ("Iolo Rowlands", "Panel coordination"),
}

CASES: list[dict[str, Any]] = [
    {
        "reference": "CC-2026-0101",
        "core": {
            "party_harmed_label": "Person A",
            "party_harmer_label": "Person B",
            "relationship": "former partner",
            "children_involved": True,
            "number_of_children": 2,
            "referral_date": "2026-09-14",
            "referral_source": "advocate",
            "restorative_requested_by": "person harmed",
            "survivor_leads": True,
            "consent_to_referral": "given",
            "referral_reason": "Person A asks to be heard about the effect on the children, by letter first.",
        },
        "by_role": {
            "advocate": {
                "wishes": "Wants Person B to understand the effect on the children. Letters only at first.",
                "non_negotiables": "No face-to-face meeting before the spring. No contact at the school gate.",
                "boundaries": "Topics: the children, the move. Not the relationship history. Support: sister.",
                "readiness": "exploring",
                "safe_address": "Flat 3, 12 Heol y Fro, Llandaf (demo address)",
                "safe_phone": "07700 900123 (demo)",
                "safe_times": "Weekdays 10:00-14:00",
                "safety_plan": "Code word agreed with school. Refuge place held.",
                "advocate_summary": "Person A is clear and consistent; wants an indirect process led by her pace.",
            },
            "clinician": {
                "clinical_notes": "Anxiety symptoms, improving with weekly sessions.",
                "trauma_considerations": "Avoid surprises in scheduling; written agendas help.",
                "counselling_engagement": "engaged",
                "clinical_risk": "moderate",
                "clinical_summary": "Engaged with counselling; readiness improving.",
            },
            "legal": {
                "privileged_advice": "Advice given on contact proceedings (privileged).",
                "legal_summary": "Non-molestation order in force until March 2027.",
            },
            "police": {
                "intelligence": "No new intelligence since July.",
                "police_summary": "Two incidents in the last 12 months; none since the order.",
            },
            "facilitator": {
                "facilitator_name": "Morgan Price",
                "facilitator_registration": "accredited practitioner",
                "facilitator_da_trained": True,
                "case_supervisor": "Gwen Thomas",
                "process_form": "indirect letters",
                "process_plan": "Three exchanges of letters, each read with the advocate present.",
                "facilitator_summary": "Indirect process proposed; both parties briefed separately.",
            },
        },
        "risk": [("2026-06-02", 8, "", ""), ("2026-09-10", 11, "", "")],
        "records": {
            "legal": [
                (
                    "orders",
                    {
                        "order_type": "non-molestation",
                        "made_on": "2026-03-02",
                        "expires_on": "2027-03-01",
                        "conditions": "No contact, directly or indirectly.",
                    },
                )
            ],
            "police": [
                (
                    "incidents",
                    {
                        "incident_date": "2026-01-20",
                        "incident_type": "threats",
                        "crime_reference": "DEMO/0120",
                        "description": "Threatening messages.",
                    },
                ),
                (
                    "incidents",
                    {
                        "incident_date": "2026-02-27",
                        "incident_type": "breach of order",
                        "crime_reference": "DEMO/0227",
                        "description": "Attended address.",
                    },
                ),
            ],
            "advocate": [
                (
                    "consent_records",
                    {
                        "party": "person harmed",
                        "consent_status": "given",
                        "recorded_on": "2026-09-10",
                        "method": "In person",
                        "explained": "Purpose, who will see what, right to withdraw.",
                        "witness": "Sam Rees",
                    },
                )
            ],
            "chair": [
                (
                    "action_items",
                    {
                        "action": "Confirm order expiry with court",
                        "owner_agency": "legal",
                        "owner_person": "Huw Parry",
                        "target_date": "2026-12-05",
                        "action_status": "open",
                    },
                )
            ],
        },
    },
    {
        "reference": "CC-2026-0102",
        "core": {
            "party_harmed_label": "Person C",
            "party_harmer_label": "Person D",
            "relationship": "current partner",
            "children_involved": False,
            "referral_date": "2026-10-02",
            "referral_source": "police",
            "restorative_requested_by": "practitioner",
            "survivor_leads": False,
            "consent_to_referral": "given",
            "referral_reason": "Couple wish to separate safely; mediation on practical matters.",
        },
        "by_role": {
            "advocate": {
                "wishes": "A safe separation; shuttle only.",
                "readiness": "ready",
                "advocate_summary": "Wants shuttle mediation on the tenancy.",
            },
            "police": {"police_summary": "One standard-risk incident in 2025.", "intelligence": "None."},
            "clinician": {"clinical_summary": "Not known to services.", "clinical_risk": "low"},
        },
        "risk": [("2026-10-01", 15, "", "")],
        "records": {},
    },
    {
        "reference": "CC-2026-0103",
        "core": {
            "party_harmed_label": "Person E",
            "party_harmer_label": "Person F",
            "relationship": "family member",
            "children_involved": True,
            "number_of_children": 1,
            "referral_date": "2026-11-03",
            "referral_source": "children's services",
            "restorative_requested_by": "person harmed",
            "survivor_leads": True,
            "consent_to_referral": "given",
            "referral_reason": "Adult child and parent; referral after a family court hearing.",
        },
        "by_role": {"legal": {"legal_summary": "Hearing listed for January."}},
        # Reviewed before the sign-off, so the decision rests on a current assessment.
        "risk": [
            ("2026-08-19", 5, "medium", "Person F has new access to a firearm (licence renewed)."),
            (
                "2026-11-18",
                5,
                "medium",
                "Person F held a firearm until the licence was revoked in November; "
                "the level stays raised until the next review.",
            ),
        ],
        "records": {
            "legal": [
                (
                    "proceedings",
                    {"court": "Cardiff Family Court", "hearing_date": "2027-01-18", "purpose": "Child arrangements"},
                )
            ]
        },
    },
]

CORE_WRITER = "chair"
# Raised when the demo panel's make-up changes, so an older demo panel is made again.
DEMO_FORMAT_META, DEMO_FORMAT = "demo_format", "7"
RISK_ASSESSOR = "police"  # records the Dash checklists of the demo cases


def demo_case_id(reference: str) -> str:
    return hashlib.sha256(f"concord-demo-case/{reference}".encode()).hexdigest()[:32]


def _fill(session: CaseSession, values: dict) -> None:
    for field_id, value in values.items():
        session.set(field_id, value)


def _assess(ws: Workspace, case_id: str, assessments) -> None:
    """Dash checklists with the first `yes` questions answered yes (the demo's stand-in)."""
    questions = ws.risk.instrument("dash").questions
    for date, yes, raise_to, reason in assessments:
        answers: dict[str, str | tuple[str, str] | Answer] = {
            q.id: ("yes" if i < yes else "no") for i, q in enumerate(questions)
        }
        ws.risk.assess(case_id, "dash", answers, assessed_on=date, judgement_level=raise_to, judgement_reason=reason)


def build_demo_panel(root: Path | str, backend: keyring.backend.KeyringBackend | None = None) -> dict[str, Path]:
    """Create (or reuse) one device folder per role under root. Returns role -> folder."""
    root = Path(root)
    # One log for the whole panel, beside its device folders: building it runs every device.
    logs.setup(root)
    folders = {role: root / role for role in PEOPLE}
    if all(Workspace.exists(f) for f in folders.values()):
        try:
            with Workspace.open(folders[CORE_WRITER], backend=backend) as ws:
                current = ws.store.get_meta(DEMO_FORMAT_META) == DEMO_FORMAT
            if current:
                return folders
        except StoreError as exc:
            if "format" not in str(exc):
                raise
        # Made by an earlier version of Concord (a store this one does not read, or a demo of
        # another make-up): it holds demo data only, so it is made again.
        print(f"The demo panel in {root} was made by an earlier version of Concord; making it again.")
        for folder in folders.values():
            shutil.rmtree(folder)
    if any(Workspace.exists(f) for f in folders.values()):
        raise ConcordError(f"{root} holds part of a demo panel; remove it to build a fresh one")
    for role, (name, agency) in PEOPLE.items():
        folder = folders[role]
        with Workspace.init(folder, name, agency, role, backend=backend) as ws:
            if not ws.cases.compartments.readable_by(role):
                continue  # the information governance officer's device holds no case
            for spec in CASES:
                case_id = ws.cases.register_case(demo_case_id(spec["reference"]), spec["reference"], ws.actor)
                session = ws.open_case(case_id)
                if role == CORE_WRITER:
                    _fill(session, {"reference": spec["reference"], **spec["core"]})
                _fill(session, spec["by_role"].get(role, {}))
                for field_id, record in spec["records"].get(role, []):
                    if field_id == "consent_records":  # written through its form, like every managed record
                        ws.process.record_consent(session, record)
                    else:
                        session.add_record(field_id, record)
                if role == RISK_ASSESSOR:
                    _assess(ws, case_id, spec.get("risk", []))
    opened = {role: Workspace.open(folder, backend=backend) for role, folder in folders.items()}
    try:
        found_demo_panel(opened)
        share = lambda: _share(opened)  # noqa: E731
        share()
        take_through_panel(opened, share)
        run_demo_meeting(opened, share)
        audit_to_officer(opened)
        with opened[CORE_WRITER].store.begin() as conn:
            opened[CORE_WRITER].store.set_meta(conn, DEMO_FORMAT_META, DEMO_FORMAT)
    finally:
        for ws in opened.values():
            ws.close()
    return folders


def _share(opened: dict[str, Workspace]) -> None:
    """A full round of sync between every pair of devices, through the sync engine: each device
    gets exactly what its role may read, sealed, granted and checked as over the network."""
    refused = sync_all(opened)
    if refused:
        raise ConcordError(f"building the demo panel: {refused} envelope(s) were refused; see 'concord quarantine'")
