"""Consent is decided by the order records were made in, never by the dates they carry."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models import clock
from app.models.errors import ValidationError
from app.models.process.consent import PARTIES, consent_status, current_ids
from tests.support.process_panel import approved_case, consent, make_panel, sync_all

TODAY = dt.date(2026, 11, 1)
PARTY = "person harmed"


def record(i: int, status: str, on: dt.date, until: dt.date | None = None) -> dict:
    r = {
        "id": f"r{i}",
        "party": PARTY,
        "consent_status": status,
        "recorded_on": on.isoformat(),
        "method": "in person",
        "explained": "voluntary; may stop at any time",
    }
    if status == "time-limited":
        r["valid_until"] = (until or on).isoformat()
    if status == "overridden":
        r.update(override_reason="serious harm", lawful_basis="DPA 2018 sch. 1 para 18")
    return r


def expected(last: dict) -> str:
    if last["consent_status"] == "time-limited" and dt.date.fromisoformat(last["valid_until"]) < TODAY:
        return "expired"
    return last["consent_status"]


statuses = st.sampled_from(["given", "time-limited", "withdrawn", "refused", "overridden"])
days = st.dates(min_value=TODAY - dt.timedelta(days=700), max_value=TODAY)
entries = st.lists(st.tuples(statuses, days, days), min_size=1, max_size=12)


def append(records: list[dict], i: int, status: str, on: dt.date, until: dt.date) -> None:
    """As the service does: the new record names what stands on the device that makes it."""
    r = record(i, status, on, until)
    r["after"] = current_ids(records, PARTY)
    records.append(r)


@settings(max_examples=300, deadline=None)
@given(entries)
def test_the_last_record_made_decides_whatever_the_dates(seq):
    records: list[dict] = []
    for i, (status, on, until) in enumerate(seq):
        append(records, i, status, on, until)
    got = consent_status(records, TODAY)[PARTY]
    assert got.status == expected(records[-1])
    assert got.record_id == records[-1]["id"]
    assert got.valid == (got.status in ("given", "time-limited"))


@settings(max_examples=300, deadline=None)
@given(entries, entries, entries, st.randoms(use_true_random=False))
def test_records_made_at_once_on_two_devices_let_a_stop_decide(prefix, left, right, rnd):
    shared: list[dict] = []
    for i, (status, on, until) in enumerate(prefix):
        append(shared, i, status, on, until)
    a, b = list(shared), list(shared)
    for j, (status, on, until) in enumerate(left):
        append(a, 100 + j, status, on, until)
    for j, (status, on, until) in enumerate(right):
        append(b, 200 + j, status, on, until)
    # Sync interleaves the two devices' new records in some order that keeps each device's own.
    mine, theirs = a[len(shared) :], b[len(shared) :]
    merged = list(shared)
    while mine or theirs:
        source = mine if (mine and (not theirs or rnd.random() < 0.5)) else theirs
        merged.append(source.pop(0))
    got = consent_status(merged, TODAY)[PARTY]
    lasts = [a[-1], b[-1]]
    if any(r["consent_status"] in ("withdrawn", "refused") for r in lasts):
        assert got.status in ("withdrawn", "refused") and not got.valid
    else:
        assert got.record_id in {r["id"] for r in lasts}
    # Whatever the order, every device reads the same.
    assert consent_status(merged, TODAY) == consent_status(list(merged), TODAY)


def test_a_withdrawal_made_after_a_grant_wins_though_it_carries_an_earlier_date():
    records: list[dict] = []
    append(records, 1, "given", TODAY, TODAY)
    append(records, 2, "withdrawn", TODAY - dt.timedelta(days=30), TODAY)
    got = consent_status(records, TODAY)[PARTY]
    assert got.status == "withdrawn"
    assert "recorded after it, so it stands although its date is earlier" in got.explanation


def test_a_record_dated_ahead_counts_for_nothing_but_a_stop_always_counts():
    ahead = TODAY + dt.timedelta(days=3)
    got = consent_status([record(1, "given", ahead)], TODAY)[PARTY]
    assert got.status == "incomplete" and not got.valid
    assert f"it is dated {ahead.isoformat()}, a day that has not come yet" in got.explanation
    # Tomorrow is within the tolerance for a laptop a little behind.
    assert consent_status([record(1, "given", TODAY + dt.timedelta(days=1))], TODAY)[PARTY].valid
    assert consent_status([record(1, "withdrawn", ahead)], TODAY)[PARTY].status == "withdrawn"


@pytest.fixture
def p(make_workspace):
    return make_panel(make_workspace)


def test_the_desk_refuses_a_future_date_and_a_later_withdrawal_pauses_sessions(p):
    approved_case(p)
    advocate, facilitator = p["advocate"], p["facilitator"]
    future = (clock.today() + dt.timedelta(days=400)).isoformat()
    with pytest.raises(ValidationError, match="a day that has not come yet"):
        consent(advocate, "CC-RJ-1", PARTY, on=future)
    # A laptop whose clock runs years ahead records consent "today"; then, back on time, the
    # withdrawal is recorded.
    ahead = clock.use(clock.Clock(shift_s=400 * 86400))
    try:
        consent(advocate, "CC-RJ-1", PARTY, on=future)
    finally:
        clock.use(ahead)
    sync_all(p)
    assert facilitator.process.view("CC-RJ-1").consent[PARTY].status == "incomplete"
    consent(advocate, "CC-RJ-1", PARTY, status="withdrawn", on=clock.today().isoformat())
    sync_all(p)
    for ws in p.values():
        view = ws.process.view("CC-RJ-1")
        assert view.consent[PARTY].status == "withdrawn", ws.profile.role
        assert any(h.trigger == "consent withdrawn" for h in view.process.holds) or view.state != "sessions"
    with pytest.raises(ValidationError, match="withdrawn"):
        facilitator.process.step("CC-RJ-1", "preparation", "go on")
    for party in PARTIES:
        assert p["chair"].process.view("CC-RJ-1").consent[party].record_id
