"""A panel with cases ready for a meeting: the devices around one table, and cases of each kind
the agenda should find."""

import datetime as dt

from app.demo.process import admit_with_approvals
from tests.support import process_panel
from tests.support.process_panel import make_panel, reviewed_case, sync_all

MEETING_DAY = dt.date(2026, 12, 3)
TODAY = dt.date(2026, 11, 21)
SAFE_MARK = "MARK-SAFE-ADDRESS-7731"
INTEL_MARK = "MARK-INTEL-4410"
PRIVILEGED_MARK = "MARK-PRIVILEGED-2290"
CLINICAL_MARK = "MARK-CLINICAL-5521"
WISHES_MARK = "MARK-WISHES-8802"


def dash(ws, reference, yes: int, on: str):
    process_panel.dash(ws, reference, yes, on, today=TODAY)


def meeting_panel(make_workspace):
    p = make_panel(make_workspace)
    for role in ("clinician", "legal"):
        p[role] = make_workspace(role)
        assert admit_with_approvals(p["chair"], p[role], p)
    for ws in p.values():
        ws.sync.receive_membership(p["chair"].sync.membership_entries(), "chair")
    return p


def seed_cases(p):
    """Four cases: a new referral with children, a new one without, one awaiting sign-off, and
    one with nothing to bring it to the panel (referred after the meeting)."""
    police, advocate = p["police"], p["advocate"]
    kids = police.new_case(reference="CC-KIDS-1")
    kids.set("children_involved", True)
    kids.set("number_of_children", 2)
    kids.set("referral_date", "2026-11-10")
    kids.set("referral_source", "police")
    kids.set("consent_to_referral", "given")
    kids.set("police_summary", "Two call-outs this year; no weapons.")
    kids.set("intelligence", INTEL_MARK)
    dash(police, "CC-KIDS-1", yes=15, on="2026-11-12")
    plain = police.new_case(reference="CC-NEW-2")
    plain.set("referral_date", "2026-11-15")
    plain.set("referral_source", "advocate")
    plain.set("consent_to_referral", "given")
    dash(police, "CC-NEW-2", yes=4, on="2026-11-15")
    later = police.new_case(reference="CC-LATER-3")
    later.set("referral_date", "2026-12-20")
    reviewed_case(p, "CC-SIGN-4")
    police.process.request_signoff("CC-SIGN-4", "The panel supports shuttle mediation.")
    police.open_case("CC-SIGN-4").set("referral_date", "2026-09-01")
    sync_all(p)
    a = advocate.open_case("CC-KIDS-1")
    a.set("safe_address", SAFE_MARK)
    a.set("wishes", WISHES_MARK)
    a.set("survivor_views", "She wants the children's school told; she does not want contact.")
    a.set("advocate_summary", "Engaged with the advocate; safety planning under way.")
    p["legal"].open_case("CC-KIDS-1").set("privileged_advice", PRIVILEGED_MARK)
    c = p["clinician"].open_case("CC-KIDS-1")
    c.set("clinical_notes", CLINICAL_MARK)
    c.set("clinical_summary", "Registered with GP; no health concerns shared.")
    sync_all(p)
    return p


def scheduled(p, when=MEETING_DAY):
    chair = p["chair"]
    m = chair.meetings.schedule(when, "10:00", "Community hall, Llanŵy", panel="Vale panel")
    return m.reference
