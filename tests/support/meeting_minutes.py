"""A meeting of the meeting panel held to its end: agenda, attendance, and minutes written in the room
by police, with actions on the case with children."""

import datetime as dt

from tests.support.meeting_panel import TODAY, scheduled
from tests.support.process_panel import sync_all


def run_meeting(p, actions_on_kids: int = 2):
    ref = scheduled(p)
    chair = p["chair"]
    chair.meetings.build_agenda(ref, TODAY)
    for role in ("police", "advocate", "clinician", "legal"):
        chair.meetings.add_attendee(ref, device_id=p[role].profile.device_id)
    chair.meetings.add_attendee(ref, "Gwen Ŷr", "Housing")
    chair.meetings.add_observer(ref, "Student social worker", "University", False)
    chair.meetings.add_apology(ref, "Nia Health", "Health visiting", True, "2026-12-01")
    chair.meetings.set_distribution(ref, list(chair.members()))
    sync_all(p)
    p["advocate"].meetings.acknowledge(ref)
    mode = p["police"].meeting_mode
    mode.write_discussion(ref, "CC-KIDS-1", "key_risks", "Two call-outs in 2026; a threat made by text on 2 Nov.")
    mode.write_discussion(ref, "CC-KIDS-1", "opinions", "Police view: risk is rising.")
    mode.write_discussion(ref, "CC-KIDS-1", "decisions", "Refer to children's services; review in 6 weeks.")
    for n in range(actions_on_kids):
        mode.add_action(
            ref,
            "CC-KIDS-1",
            f"Action {n + 1}: tell the school's safeguarding lead about the plan, in person, and confirm it in writing",
            "police",
            "Pat Police",
            (dt.date(2026, 12, 4) + dt.timedelta(days=n % 40)).isoformat(),
        )
    sync_all(p)
    return ref
