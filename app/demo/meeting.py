"""The demo panel's December meeting: scheduled by the chair, the agenda built from the demo
cases, attendance and acknowledgements taken, the discussion and actions written by several
attendees, so the minutes (and the action tracker) have something true to show."""

from __future__ import annotations

import datetime as dt

from app.workspace import Workspace

MEETING_DAY = dt.date(2026, 12, 3)
MEETING_REF = "PM-2026-12-03"

VIEWS = {
    "CC-2026-0101": "She wants the children to keep seeing their grandparents, and no contact with him herself.",
    "CC-2026-0102": "He is not ready to talk about a restorative option; he wants the panel to know he feels safer.",
    "CC-2026-0103": "She wants the letters to go on, at her pace, and to stop at once if anything changes.",
}
DISCUSSION = {
    "CC-2026-0101": (
        "police",
        "Two call-outs since September; a breach of the non-molestation order on 2 Nov.",
        "Police and the advocate both judge the risk to be rising.",
        "Refer the children to the school's safeguarding lead; review at the January panel.",
    ),
    "CC-2026-0102": (
        "clinician",
        "Attended every GP appointment since October; no new incident reported.",
        "Health believes the support plan is working.",
        "No restorative option for now; keep the support plan; review in 12 weeks.",
    ),
    "CC-2026-0103": (
        "advocate",
        "Approved with conditions on 21 Nov; letters pass through the facilitator.",
        "The advocate and facilitator think the pace is right for her.",
        "Go on with indirect letters under the Chief Inspector's conditions.",
    ),
}
ACTIONS = [
    (
        "police",
        "CC-2026-0101",
        "Tell the school's safeguarding lead about the order and the plan, in person",
        "police",
        "PC Jordan Ellis",
        "2026-12-10",
    ),
    (
        "advocate",
        "CC-2026-0101",
        "Agree a safe way for the grandparents' visits with her",
        "advocacy",
        "Sam Rees",
        "2026-12-17",
    ),
    (
        "clinician",
        "CC-2026-0102",
        "GP to flag the record so any new injury is asked about",
        "health",
        "Dr Alys Morgan",
        "2026-12-08",
    ),
    (
        "advocate",
        "CC-2026-0103",
        "Check with her after the first letter how she felt",
        "advocacy",
        "Sam Rees",
        "2026-12-12",
    ),
]


def run_demo_meeting(opened: dict[str, Workspace], share) -> str:
    chair = opened["chair"]
    service = chair.meetings
    m = service.schedule(
        MEETING_DAY, "10:00", "Llanŵy community hall, back room", panel="Vale restorative panel", reference=MEETING_REF
    )
    service.build_agenda(m.reference, MEETING_DAY)
    for role in ("advocate", "clinician", "legal", "police", "facilitator"):
        service.add_attendee(m.reference, device_id=opened[role].profile.device_id)
    service.add_observer(m.reference, "Student social worker on placement", "Cardiff University", True)
    service.add_apology(m.reference, opened["chief_inspector"].profile.name, "Police", True, "2026-12-01")
    readers = chair.cases.compartments.all_roles  # everyone who reads cases: not the governance officer
    service.set_distribution(m.reference, [d for d, (_n, role, _a) in chair.members().items() if role in readers])
    share()
    for role in ("advocate", "clinician", "legal", "police", "facilitator", "chair"):
        opened[role].meetings.acknowledge(m.reference)
    advocate = opened["advocate"]
    for ref, views in VIEWS.items():
        advocate.open_case(ref).set("survivor_views", views)
    for ref, (role, facts, opinion, decisions) in DISCUSSION.items():
        mode = opened[role].meeting_mode
        mode.write_discussion(m.reference, ref, "key_risks", facts)
        mode.write_discussion(m.reference, ref, "opinions", opinion)
        mode.write_discussion(m.reference, ref, "decisions", decisions)
    for role, ref, action, agency, owner, target in ACTIONS:
        opened[role].meeting_mode.add_action(m.reference, ref, action, agency, owner, target)
    share()
    return m.reference
