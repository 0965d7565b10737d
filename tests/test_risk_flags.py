"""Risk flags reach the devices that cannot read the facts: the police publish escalation, repeat,
review and level; the chair's agenda, meeting mode, minutes and sign-off pack show them; the
incidents themselves never leave the police roles. Devices sync store to store."""

import dataclasses
import datetime as dt
import json

import pytest

from app.models import clock
from app.models.documents.casedoc import CompartmentDoc
from app.models.errors import PermissionDenied
from app.models.meetings import agenda as ag
from app.models.meetings.minutes import gather
from app.models.meetings.mode import RISK_FLAGS
from app.models.process.signoff_pack import build_pack
from app.models.risk.flags import FIELD, RiskFlags, describe, published
from app.reports import service as reporting
from app.sync.engine.in_process import exchange
from app.sync.protocol.envelope import seal
from tests.support.flags_panel import CRIME_MARK, INCIDENT_DAYS, INCIDENT_MARK, MEETING_DAY, TODAY, escalating_case
from tests.support.process_panel import dash, make_panel, sync_all


@pytest.fixture
def manual_clock():
    manual = clock.ManualClock(dt.datetime(2026, 11, 21, 12, 0, tzinfo=dt.UTC))
    previous = clock.use(manual)
    yield manual
    clock.use(previous)


@pytest.fixture
def panel(make_workspace, manual_clock):
    return make_panel(make_workspace)


def flag_records(ws, reference):
    return ws.open_case(reference).get(FIELD)


def test_the_police_publish_flags_without_the_facts_and_the_chair_shows_them(panel, tmp_path):
    police, chair = panel["police"], panel["chair"]
    escalating_case(panel)
    told = published(police.open_case("CC-ESC-1"))
    assert told == RiskFlags(
        escalating=True,
        repeat=True,
        review_due=dt.date(2026, 8, 25),
        review_now=True,
        instrument="dash",
        level="standard",
    )
    record = json.dumps(flag_records(police, "CC-ESC-1"))
    assert INCIDENT_MARK not in record and CRIME_MARK not in record
    assert not any(day in record for day in INCIDENT_DAYS)
    sync_all(panel)

    # The chair's device reads no incident, yet its agenda sees the escalation and the repeat.
    seen = chair.open_case("CC-ESC-1")
    assert not seen.can_read("incidents")
    ref = chair.meetings.schedule(MEETING_DAY, "10:00", "Hall").reference
    [proposal] = chair.meetings.build_agenda(ref, TODAY)
    assert proposal.reasons == (ag.NEW_REFERRAL, ag.ESCALATING, ag.REPEAT)
    panel_view = chair.meeting_mode.case_panel(ref, "CC-ESC-1", TODAY)
    facts = dict(panel_view.facts)
    assert facts["Referral criterion"] == "potential escalation"
    assert facts[RISK_FLAGS].startswith("ESCALATING; REPEAT; REVIEW DUE NOW")
    assert "level Standard" in facts[RISK_FLAGS] and "as published by the police" in facts[RISK_FLAGS]

    # The minutes, made and written on the chair's device, say so too.
    for role in ("police", "advocate"):
        chair.meetings.add_attendee(ref, device_id=panel[role].profile.device_id)
    chair.meetings.set_distribution(ref, list(chair.members()))
    content = gather(chair.meeting_mode, ref, chair.members(), TODAY)
    [case_minutes] = content.cases
    assert "risk escalating" in case_minutes.reasons and "repeat" in case_minutes.reasons
    assert dict(case_minutes.facts)[RISK_FLAGS] == facts[RISK_FLAGS]
    written = reporting.write_minutes(chair, ref, tmp_path / "minutes.pdf", TODAY, "en")
    text = written.text.read_text()
    assert "ESCALATING; REPEAT" in text and "risk escalating" in text and "level Standard" in text

    # Nothing the chair's device holds or wrote carries an incident's words or dates.
    everything = json.dumps([chair.open_case(c.case_id).values() for c in chair.list_cases()], default=str)
    everything += json.dumps(dataclasses.asdict(content), default=str)
    everything += text + written.html.read_text()
    assert INCIDENT_MARK not in everything and CRIME_MARK not in everything
    assert not any(day in everything for day in INCIDENT_DAYS)
    files = [written.pdf, *(p for p in chair.folder.rglob("*") if p.is_file())]
    for path in files:
        data = path.read_bytes()
        assert INCIDENT_MARK.encode() not in data and INCIDENT_MARK.encode("utf-16-le") not in data, path
    incidents = police.cases.compartments.for_field("incidents").id
    assert chair.store.change_hashes(seen.case_id, incidents) == set()


def test_the_sign_off_pack_for_a_wide_audience_shows_flags_never_counts_or_incident_dates(panel):
    police, chair = panel["police"], panel["chair"]
    escalating_case(panel)
    sync_all(panel)
    everyone = chair.cases.compartments.all_roles  # every role that reads cases
    for ws in (police, chair):  # drawn on the device that holds the facts, and on one that does not
        case = ws.open_case("CC-ESC-1")
        pack = build_pack(case, ws.process.view(case), ws.risk.view_of(case, TODAY), everyone, TODAY)
        rows = {label: value for part in pack for label, value in part.rows}
        assert rows["Escalation"].startswith("YES") and rows["Repeat"].startswith("YES"), ws.role
        assert "incident" not in rows["Escalation"]  # the flags alone, never a count
        assert rows["Risk review due"].startswith("NOW: something has happened since the last assessment")
        shown = json.dumps([dataclasses.asdict(part) for part in pack])
        assert not any(day in shown for day in INCIDENT_DAYS) and INCIDENT_MARK not in shown, ws.role
    # The police's own pack, for police eyes, keeps the counts.
    case = police.open_case("CC-ESC-1")
    own = build_pack(case, police.process.view(case), police.risk.view_of(case, TODAY), frozenset({"police"}), TODAY)
    rows = {label: value for part in own for label, value in part.rows}
    assert rows["Escalation"] == "YES: 3 incidents in 365 days (threshold 3)"


def test_flags_are_published_again_when_what_they_derive_from_changes_and_the_last_counts(panel, manual_clock):
    police, chair = panel["police"], panel["chair"]
    escalating_case(panel)
    first = flag_records(police, "CC-ESC-1")
    # Facts that do not move the flags publish nothing; nor does opening the case again.
    police.open_case("CC-ESC-1").set("children_involved", True)  # risk-relevant, but not to the flags
    police.open_case("CC-ESC-1").set("police_summary", "Three call-outs since the referral.")
    assert flag_records(police, "CC-ESC-1") == first

    # A new assessment at high risk: the review is no longer due now, and the level is high.
    dash(police, "CC-ESC-1", yes=15, on="2026-11-20", today=TODAY)
    records = flag_records(police, "CC-ESC-1")
    assert len(records) == len(first) + 1 and records[:-1] == first, "earlier records are kept as they were"
    latest = RiskFlags.from_record(records[-1])
    assert (latest.level, latest.review_now, latest.review_due) == ("high", False, dt.date(2027, 2, 12))
    sync_all(panel)
    facts = dict(
        chair.meeting_mode.case_panel(
            chair.meetings.schedule(MEETING_DAY, "10:00", "Hall").reference, "CC-ESC-1", TODAY
        ).facts
    )
    assert "level High" in facts[RISK_FLAGS] and "REVIEW" not in facts[RISK_FLAGS]
    assert "review due 2027-02-12" in facts[RISK_FLAGS]

    # A year on, the incidents fall out of the window: the police device, opening the case, tells
    # the panel that it is no longer escalating, and the chair's device follows the newer record.
    manual_clock.set_wall(dt.datetime(2027, 10, 20, 12, 0, tzinfo=dt.UTC))
    police.open_case("CC-ESC-1")
    assert published(police.open_case("CC-ESC-1")).escalating is False
    assert len(flag_records(police, "CC-ESC-1")) == len(records) + 1
    sync_all(panel)
    assert published(chair.open_case("CC-ESC-1")).escalating is False
    later = chair.meetings.schedule(dt.date(2027, 10, 25), "10:00", "Hall").reference
    facts = dict(chair.meeting_mode.case_panel(later, "CC-ESC-1").facts)
    assert not facts[RISK_FLAGS].startswith("ESCALATING") and "REPEAT" in facts[RISK_FLAGS]
    assert "REVIEW OVERDUE" in facts[RISK_FLAGS], "the chair's own clock judges the published review date"


def test_a_device_that_holds_the_facts_shows_what_it_derives_and_says_when_the_panel_lags(panel):
    ci = panel["chief_inspector"]
    escalating_case(panel)
    sync_all(panel)
    # The Chief Inspector holds the facts too: its view is derived, and it agrees with the police.
    shown = ci.risk.view_of(ci.open_case("CC-ESC-1"), TODAY).flags
    assert shown.derived and shown.lag is None and shown.flags.escalating
    # A record the police device has not yet caught up with is named as lagging.
    stale = dataclasses.replace(shown, lag=RiskFlags(level="standard", instrument="dash"))
    assert "the panel was last told: nothing flagged" in describe(stale, ci.risk.policy, TODAY)


def test_only_the_roles_that_hold_the_facts_may_publish_flags(panel):
    police, chair, advocate = panel["police"], panel["chair"], panel["advocate"]
    escalating_case(panel)
    sync_all(panel)
    before = flag_records(chair, "CC-ESC-1")
    with pytest.raises(PermissionDenied, match="may read but not change"):
        chair.open_case("CC-ESC-1").add_record(FIELD, RiskFlags().record(), form=True)
    with pytest.raises(PermissionDenied, match="changed only through its own form"):
        police.open_case("CC-ESC-1").add_record(FIELD, RiskFlags().record())

    # The advocate's device holds the flags' key (the whole panel reads them), so it can seal a
    # record of its own: every device that receives it refuses it by the agreement's write roles.
    case = advocate.open_case("CC-ESC-1")
    comp = advocate.cases.compartments.for_field(FIELD)
    assert advocate.profile.role not in comp.write
    _, key_id, key = advocate.sync.compartment_keys.current(case.case_id, comp.id)
    doc = CompartmentDoc.load(
        case.case_id,
        comp,
        advocate.schema,
        advocate.cases.read_doc(case.case_id, comp, "advocate").save(),
        advocate.profile.actor_id,
    )
    _rid, changes = doc.add_record(FIELD, RiskFlags().record())
    forged = seal(
        [c.data for c in changes],
        panel_id=advocate.sync.panel_id,
        case_id=case.case_id,
        compartment=comp.id,
        author=advocate.profile.device_id,
        key_id=key_id,
        key=key,
        sign=advocate.keys.sign,
    ).encode()
    for ws in (chair, police):
        result = ws.sync.receive_envelopes([forged], "advocate")
        assert result.applied == 0 and len(result.quarantined) == 1 and "may not write" in result.quarantined[0]
    assert flag_records(chair, "CC-ESC-1") == before
    assert published(chair.open_case("CC-ESC-1")).escalating
    exchange(police, chair)
    assert flag_records(chair, "CC-ESC-1") == before
