"""Panel meetings: scheduling and attendance, acknowledgements, the agenda from the cases, and
actions carried forward - each rule checked in the domain layer, on devices of one panel."""

import datetime as dt

import automerge.core as am
import pytest

from app.models.case_schema import load_schema
from app.models.errors import NotFound, PermissionDenied, ValidationError
from app.models.meetings import agenda as ag
from app.models.meetings.actions import ITEMS, to_csv
from app.models.meetings.service import MEETING_STATUSES
from tests.support.meeting_panel import MEETING_DAY, TODAY, meeting_panel, scheduled, seed_cases
from tests.support.pinned_clock import pin_wall
from tests.support.process_panel import sync_all

pinned_clock = pin_wall(dt.date(2026, 12, 22))  # after every date the meeting panel's cases carry

SECOND_DAY = dt.date(2027, 3, 10)


@pytest.fixture
def panel(make_workspace):
    return seed_cases(meeting_panel(make_workspace))


def with_agenda(panel) -> str:
    """A meeting scheduled, its agenda built from the cases by the chair, and synced to all."""
    ref = scheduled(panel)
    panel["chair"].meetings.build_agenda(ref, TODAY)
    sync_all(panel)
    return ref


def test_only_the_chair_schedules_and_bad_input_is_refused_with_a_reason(panel):
    with pytest.raises(PermissionDenied, match="only the panel chair"):
        panel["police"].meetings.schedule(MEETING_DAY, "10:00", "Hall")
    chair = panel["chair"].meetings
    with pytest.raises(ValidationError, match="HH:MM"):
        chair.schedule(MEETING_DAY, "25:00", "Hall")
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        chair.schedule("3/12/2026", "10:00", "Hall")
    with pytest.raises(ValidationError, match="venue"):
        chair.schedule(MEETING_DAY, "10:00", "  ")
    ref = scheduled(panel)
    again = chair.schedule(MEETING_DAY, "14:00", "Hall").reference
    assert (ref, again) == ("PM-2026-12-03", "PM-2026-12-03-2")
    # A meeting is not a case: it is never listed or opened as one.
    assert all(not s.reference.startswith("PM-") for s in panel["chair"].list_cases())
    with pytest.raises(NotFound, match="is a panel meeting"):
        panel["chair"].open_case(ref)
    with pytest.raises(NotFound, match="is a case"):
        chair.open("CC-KIDS-1")
    sync_all(panel)
    seen = panel["clinician"].meetings.view(ref)  # arrived by sync, under its own reference
    assert (seen.reference, seen.venue, seen.time, seen.date) == (ref, "Community hall, Llanŵy", "10:00", MEETING_DAY)
    assert [m.reference for m in panel["clinician"].meetings.meetings()] == [ref, again]


def test_attendance_observers_apologies_and_distribution(panel):
    ref = scheduled(panel)
    chair = panel["chair"].meetings
    police = panel["police"].profile
    chair.add_attendee(ref, device_id=police.device_id)
    chair.add_attendee(ref, "Gwen Ŷr", "Housing")
    with pytest.raises(ValidationError, match="already recorded"):
        chair.add_attendee(ref, device_id=police.device_id)
    with pytest.raises(ValidationError, match="not a member"):
        chair.add_attendee(ref, device_id="f" * 32)
    with pytest.raises(ValidationError, match="agency"):
        chair.add_attendee(ref, "Someone", "")
    chair.add_observer(ref, "Student social worker", "University", True)
    chair.add_apology(ref, "Dai Legal", "Legal", True, "2026-12-01")
    chair.add_apology(ref, "Nia Health", "Health", False)
    with pytest.raises(ValidationError, match="say when"):
        chair.add_apology(ref, "Ed", "Probation", True)
    with pytest.raises(ValidationError, match="not a member of this panel, so cannot receive"):
        chair.set_distribution(ref, [police.device_id, "0" * 32])
    chair.set_distribution(ref, [police.device_id, panel["advocate"].profile.device_id])
    with pytest.raises(PermissionDenied):
        panel["police"].meetings.add_observer(ref, "X", "Y", False)
    sync_all(panel)
    v = panel["advocate"].meetings.view(ref)
    assert [(a["name"], a["agency"], a["role"]) for a in v.attendees] == [
        ("Pat Police", "Police", "police"),
        ("Gwen Ŷr", "Housing", ""),
    ]
    assert [(o["name"], o["signed_statement"]) for o in v.observers] == [("Student social worker", True)]
    assert [(a["name"], a["information_sent"], a["sent_on"]) for a in v.apologies] == [
        ("Dai Legal", True, "2026-12-01"),
        ("Nia Health", False, None),
    ]
    assert {d["role"] for d in v.distribution} == {"police", "advocate"}


def test_each_attendee_acknowledges_on_their_own_device(panel):
    ref = scheduled(panel)
    sync_all(panel)
    advocate, clinician = panel["advocate"], panel["clinician"]
    advocate.meetings.acknowledge(ref)
    with pytest.raises(ValidationError, match="already acknowledged"):
        advocate.meetings.acknowledge(ref)
    # The police device writes an acknowledgement that claims to be the clinician's.
    m = panel["police"].meetings.open(ref)
    m.add_record(
        "acknowledgements",
        {
            "device_id": clinician.profile.device_id,
            "name": "Alex Clinician",
            "role": "clinician",
            "statement_sha256": "0" * 64,
            "at": "now",
        },
        form=True,
    )
    with pytest.raises(PermissionDenied, match="own form"):
        m.add_record("acknowledgements", {"device_id": "x"})  # not through a generic edit
    sync_all(panel)
    view = panel["chair"].meetings.view(ref)
    assert view.acknowledged(advocate.profile.device_id)
    assert not view.acknowledged(clinician.profile.device_id)
    forged = next(a for a in view.acknowledgements if a.device_id == clinician.profile.device_id)
    assert not forged.genuine
    # Another device changes when a genuine acknowledgement says it was made: no longer genuine.
    clinician.meetings.acknowledge(ref)
    sync_all(panel)
    assert panel["chair"].meetings.view(ref).acknowledged(clinician.profile.device_id)
    m = panel["police"].meetings.open(ref)
    own = next(
        r
        for r in m.get("acknowledgements")
        if r["device_id"] == clinician.profile.device_id and r["statement_sha256"] != "0" * 64
    )
    with pytest.raises(PermissionDenied, match="never changed or removed"):
        m.update_record("acknowledgements", own["id"], {"at": "2020-01-01T00:00:00Z"}, form=True)
    # Past its API, the change is refused by every receiving device: the acknowledgement stands.
    comp = m.repo.compartments.for_field("acknowledgements")

    def backdate(doc):
        obj = next(
            doc.doc.get(lst, i)[1]
            for lst in [doc._list_id(doc.fields["acknowledgements"])]
            for i in range(doc.doc.length(lst))
            if doc.doc.get(doc.doc.get(lst, i)[1], "id")[0][1] == own["id"]
        )
        return None, doc._commit(lambda tx: tx.put(obj, "at", am.ScalarType.Str, "2020-01-01T00:00:00Z") or True)

    m.repo.write(m.case_id, comp, m.role, backdate, (m.actor, "record_changed", m.reference, "acknowledgements"))
    assert sync_all(panel) > 0
    view = panel["chair"].meetings.view(ref)
    assert view.acknowledged(clinician.profile.device_id)
    assert view.acknowledged(advocate.profile.device_id)
    # A changed statement must be acknowledged afresh.
    panel["chair"].meetings.set_statement(ref, "A shorter statement, read aloud.")
    sync_all(panel)
    assert not panel["chair"].meetings.view(ref).acknowledged(advocate.profile.device_id)
    advocate.meetings.acknowledge(ref)
    sync_all(panel)
    assert panel["chair"].meetings.view(ref).acknowledged(advocate.profile.device_id)


def test_agenda_is_built_from_the_cases_children_first_and_the_chair_can_reorder_and_add(panel):
    ref = scheduled(panel)
    chair = panel["chair"].meetings
    proposals = chair.propose_agenda(ref, TODAY)
    assert [(p.reference, p.reasons, p.minutes) for p in proposals] == [
        ("CC-KIDS-1", (ag.NEW_REFERRAL,), 15),  # children involved: first, and more time
        ("CC-NEW-2", (ag.NEW_REFERRAL,), 10),
        ("CC-SIGN-4", (ag.NEW_REFERRAL, ag.AWAITING_SIGNOFF), 10),
    ]  # CC-LATER-3 was referred after the meeting: not on it
    with pytest.raises(PermissionDenied):
        panel["police"].meetings.build_agenda(ref, TODAY)
    assert len(chair.build_agenda(ref, TODAY)) == 3
    assert chair.build_agenda(ref, TODAY) == []  # built twice: nothing doubled
    chair.add_item(ref, "CC-LATER-3", "Early discussion requested by police", 5)
    with pytest.raises(ValidationError, match="already on the agenda"):
        chair.add_item(ref, "CC-KIDS-1", "again")
    with pytest.raises(NotFound, match="no case 'CC-NOPE'"):
        chair.add_item(ref, "CC-NOPE", "unknown")
    chair.move_item(ref, "CC-SIGN-4", 1)
    with pytest.raises(ValidationError, match="1 to 4"):
        chair.move_item(ref, "CC-NEW-2", 9)
    sync_all(panel)
    v = panel["police"].meetings.view(ref)
    assert [(i.position, i.reference, i.added_by_chair) for i in v.agenda] == [
        (1, "CC-SIGN-4", False),
        (2, "CC-KIDS-1", False),
        (3, "CC-NEW-2", False),
        (4, "CC-LATER-3", True),
    ]
    assert v.minutes_total == 40
    # The discussion record is made with the agenda, so attendees all edit the same one.
    kids = panel["police"].open_case("CC-KIDS-1").get("discussions")
    assert [d["meeting_id"] for d in kids] == [v.meeting_id]


def test_reviews_due_repeats_and_open_actions_bring_cases_back(panel):
    first = with_agenda(panel)
    chair = panel["chair"]
    mode = panel["police"].meeting_mode
    done_id = mode.add_action(
        first, "CC-NEW-2", "Share bail conditions with the advocate", "police", "Pat Police", "2026-12-08"
    )
    mode.add_action(
        first, "CC-KIDS-1", "Refer the children to school safeguarding lead", "panel", "Charlie Chair", "2026-12-10"
    )
    sync_all(panel)
    second = chair.meetings.schedule(SECOND_DAY, "10:00", "Town hall").reference
    panel["police"].open_case("CC-SIGN-4").set("repeat_referral", True)
    panel["police"].meeting_mode.report_status("CC-NEW-2", done_id, "done", "2027-01-05")
    sync_all(panel)
    got = {p.reference: p.reasons for p in chair.meetings.propose_agenda(second, SECOND_DAY)}
    # Discussed at the first meeting, so no longer new; assessed 2026-11 so a review is due by March.
    assert got["CC-KIDS-1"] == (ag.REVIEW_DUE, ag.OPEN_ACTIONS)
    assert got["CC-NEW-2"] == (ag.REVIEW_DUE,)  # its only action is done: nothing carried
    assert ag.REPEAT in got["CC-SIGN-4"]
    assert ag.NEW_REFERRAL in got["CC-LATER-3"]  # referred 2026-12-20, before this meeting


def test_actions_are_tracked_marked_overdue_reviewed_and_exported(panel):
    first = with_agenda(panel)
    chair = panel["chair"]
    mode = panel["advocate"].meeting_mode
    with pytest.raises(ValidationError, match="owning agency"):
        mode.add_action(first, "CC-KIDS-1", "Call", "probation", "X", "2026-12-10")  # not in the policy
    with pytest.raises(ValidationError, match="before the meeting"):
        mode.add_action(first, "CC-KIDS-1", "Call", "police", "X", "2026-11-01")
    with pytest.raises(NotFound, match="not on the agenda"):
        mode.add_action(first, "CC-LATER-3", "Call", "police", "X", "2026-12-10")
    a1 = mode.add_action(
        first, "CC-KIDS-1", '=HYPERLINK("x") Safety plan with school', "advocacy", "Sam Advocate", "2026-12-10"
    )
    a2 = mode.add_action(first, "CC-NEW-2", "Check orders", "legal", "Lee Legal", "2027-01-20")
    sync_all(panel)
    tracker = panel["chair"].meeting_mode.tracker(dt.date(2026, 12, 20))
    assert [(r.action_id, r.overdue) for r in tracker.filter()] == [(a1, True), (a2, False)]  # overdue first
    assert [r.action_id for r in tracker.filter(agency="Legal")] == [a2]
    assert [r.action_id for r in tracker.filter(owner="advoc")] == [a1]
    assert [r.action_id for r in tracker.filter(overdue_only=True)] == [a1]
    csv_text = to_csv(tracker.filter())
    lines = csv_text.splitlines()
    assert lines[0].startswith("Case,Action,Owning agency,Owner,Target date")
    assert lines[1].startswith("CC-KIDS-1,\"'=HYPERLINK") and lines[1].endswith(",OVERDUE")  # never a formula
    # Carried forward: the next meeting reviews both, and its minutes keep the outcome.
    second = chair.meetings.schedule(SECOND_DAY, "10:00", "Town hall").reference
    chair.meetings.build_agenda(second, SECOND_DAY)
    sync_all(panel)
    earlier = panel["police"].meeting_mode.earlier_actions(second, SECOND_DAY)
    assert [(r.action_id, outcome) for r, outcome, _ in earlier] == [(a1, ""), (a2, "")]
    panel["police"].meeting_mode.review_action(second, "CC-KIDS-1", a1, "done", "School told on 2026-12-09")
    panel["police"].meeting_mode.review_action(second, "CC-NEW-2", a2, "not done")
    with pytest.raises(ValidationError, match="done, circumstances changed, not done"):
        panel["police"].meeting_mode.review_action(second, "CC-NEW-2", a2, "maybe")
    sync_all(panel)
    earlier = panel["chair"].meeting_mode.earlier_actions(second, SECOND_DAY)
    assert [(r.action_id, outcome, r.status) for r, outcome, _ in earlier] == [
        (a1, "done", "done"),
        (a2, "not done", "not done"),
    ]
    still_open = panel["chair"].meeting_mode.tracker(SECOND_DAY).filter()
    assert [r.action_id for r in still_open] == [a2]  # not done stays open and carries on
    assert [r.status_on for r in still_open] == [SECOND_DAY]
    # The first meeting's own record is unchanged by the second's review.
    assert [r for r, *_ in panel["chair"].meeting_mode.earlier_actions(first, SECOND_DAY)] == []
    stored = panel["chair"].open_case("CC-KIDS-1").get(ITEMS)
    assert [r["raised_at"] for r in stored] == [panel["chair"].meetings.view(first).meeting_id]


def test_a_closed_meeting_refuses_changes_until_the_chair_reopens_it(panel):
    ref = with_agenda(panel)
    chair = panel["chair"]
    mode = panel["police"].meeting_mode
    action = mode.add_action(ref, "CC-NEW-2", "Check bail conditions", "police", "Pat Police", "2026-12-08")
    mode.review_action(ref, "CC-NEW-2", action, "not done")
    mode.review_action(ref, "CC-NEW-2", action, "done", "Checked after all")  # corrects, not a second finding
    reviews = panel["police"].open_case("CC-NEW-2").get("action_reviews")
    assert [(r["outcome"], r["note"]) for r in reviews] == [("done", "Checked after all")]
    with pytest.raises(PermissionDenied, match="only the panel chair"):
        panel["police"].meetings.set_status(ref, "closed")
    chair.meetings.set_status(ref, "closed")
    sync_all(panel)
    refused = [
        lambda: panel["police"].meeting_mode.write_discussion(ref, "CC-NEW-2", "decisions", "Reopened by stealth"),
        lambda: panel["police"].meeting_mode.add_action(ref, "CC-NEW-2", "Late", "police", "Pat", "2026-12-09"),
        lambda: panel["police"].meeting_mode.review_action(ref, "CC-NEW-2", action, "not done"),
        lambda: panel["advocate"].meetings.acknowledge(ref),
        lambda: chair.meetings.add_observer(ref, "Visitor", "College", True),
        lambda: chair.meetings.move_item(ref, "CC-NEW-2", 1),
        lambda: chair.meetings.set_statement(ref, "A new statement after the meeting."),
    ]
    for attempt in refused:
        with pytest.raises(ValidationError, match="is closed; the chair reopens it"):
            attempt()
    # Between meetings an action's status still moves: that belongs to the case, not the meeting.
    assert panel["police"].meeting_mode.report_status("CC-NEW-2", action, "not done", "2026-12-20")
    chair.meetings.set_status(ref, "in progress")
    sync_all(panel)
    assert panel["police"].meeting_mode.write_discussion(ref, "CC-NEW-2", "decisions", "Corrected after reopening")


def test_the_statuses_offered_are_the_meeting_schemas_own():
    assert MEETING_STATUSES == load_schema().fields["meeting_status"].options


def test_an_escalating_case_says_so_and_comes_before_a_steady_one_at_its_level():
    base = dict(
        children=False,
        referral_date=None,
        last_discussed=dt.date(2026, 11, 1),
        review_due=None,
        repeat=False,
        awaiting_signoff=False,
        open_actions=1,
        level_rank=1,
    )
    steady = ag.CaseFacts("a", "CC-A", **base)
    rising = ag.CaseFacts("b", "CC-B", **base, escalating=True)
    higher = ag.CaseFacts("c", "CC-C", **{**base, "level_rank": 2})
    got = ag.propose([steady, rising, higher], MEETING_DAY, ag.load_meeting_policy())
    assert [(p.reference, p.reasons) for p in got] == [
        ("CC-C", (ag.OPEN_ACTIONS,)),
        ("CC-B", (ag.ESCALATING, ag.OPEN_ACTIONS)),
        ("CC-A", (ag.OPEN_ACTIONS,)),
    ]


def test_the_agencies_owning_actions_come_from_the_meetings_policy(panel, tmp_path):
    default = ag.load_meeting_policy()
    assert default.agencies == (
        "advocacy",
        "children's services",
        "education",
        "health",
        "housing",
        "legal",
        "police",
        "restorative service",
        "panel",
    )
    text = ag.DEFAULT_POLICY.read_text(encoding="utf-8")
    start = text.index("agencies = [")
    line = text[start : text.index("]", start) + 1]
    start_cy = text.index("agencies_cy = [")
    line_cy = text[start_cy : text.index("]", start_cy) + 1]
    probation_cy = 'agencies_cy = ["gwasanaeth prawf", "heddlu"]'

    def policy(agencies: str, agencies_cy: str = ""):
        path = tmp_path / "meetings.toml"
        path.write_text(text.replace(line, agencies).replace(line_cy, agencies_cy), encoding="utf-8")
        return path

    got = ag.load_meeting_policy(policy('agencies = ["probation", "police"]', probation_cy))
    assert (got.agencies, got.agencies_cy) == (("probation", "police"), ("gwasanaeth prawf", "heddlu"))
    for agencies, said in (
        ("", "has no 'agencies' list"),
        ("agencies = []", "'agencies' list is empty"),
        ('agencies = ["  "]', "'agencies' list is empty"),
        ('agencies = ["police", ""]', "has no name"),
        ('agencies = ["police", "Police"]', "named twice"),
        ('agencies = "police"', "must be a list"),
    ):
        with pytest.raises(ValidationError, match=said):
            ag.load_meeting_policy(policy(agencies))
    # The service's policy rules what an action may be owned by.
    ref = with_agenda(panel)
    mode = panel["police"].meeting_mode
    panel["police"].meetings.policy = ag.load_meeting_policy(
        policy('agencies = ["advocacy", "legal"]', 'agencies_cy = ["eiriolaeth", "cyfreithiol"]')
    )
    with pytest.raises(ValidationError, match="owning agency is one of: advocacy, legal"):
        mode.add_action(ref, "CC-KIDS-1", "Check bail conditions", "police", "Pat Police", "2026-12-10")
    assert mode.add_action(ref, "CC-KIDS-1", "Check orders", "legal", "Lee Legal", "2026-12-10")
    # Every agency of the default policy can own an action: the case schema takes each of them.
    panel["police"].meetings.policy = ag.load_meeting_policy()
    for agency in ("children's services", "education", "housing"):
        assert mode.add_action(ref, "CC-KIDS-1", f"Refer to {agency}", agency, "Someone there", "2026-12-10")
    # An agency the policy names but the case schema does not take is refused in words that say so.
    panel["police"].meetings.policy = ag.load_meeting_policy(policy('agencies = ["probation", "police"]', probation_cy))
    with pytest.raises(ValidationError, match="policy names 'probation', but the case schema"):
        mode.add_action(ref, "CC-KIDS-1", "Report to probation", "probation", "Pat Police", "2026-12-10")


def test_the_cases_with_nothing_recorded_at_a_meeting_are_found_for_the_chair(panel):
    ref = with_agenda(panel)
    chair = panel["chair"]
    assert [i.reference for i in chair.meeting_mode.undiscussed(ref)] == ["CC-KIDS-1", "CC-NEW-2", "CC-SIGN-4"]
    chair.meeting_mode.write_discussion(ref, "CC-KIDS-1", "opinions", "   ")  # blank is not a discussion
    panel["police"].meeting_mode.add_action(ref, "CC-NEW-2", "Check bail", "police", "Pat Police", "2026-12-10")
    sync_all(panel)
    assert [i.reference for i in chair.meeting_mode.undiscussed(ref)] == ["CC-KIDS-1", "CC-SIGN-4"]
    chair.meeting_mode.write_discussion(ref, "CC-KIDS-1", "key_risks", "Two call-outs")
    # An earlier action reviewed at this meeting is an outcome recorded for its case.
    earlier = chair.meetings.schedule(dt.date(2026, 11, 5), "10:00", "Hall").reference
    chair.meetings.add_item(earlier, "CC-SIGN-4", "police referral")
    action = chair.meeting_mode.add_action(earlier, "CC-SIGN-4", "Refer", "health", "Alex Clinician", "2026-11-20")
    chair.meeting_mode.review_action(ref, "CC-SIGN-4", action, "done")
    assert chair.meeting_mode.undiscussed(ref) == []
