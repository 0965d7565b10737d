"""Order between devices is causal, never by wall clock: laptops' clocks can be days apart.

Each test runs a panel in which one device keeps a wrong clock (a week or a day behind or ahead)
for everything it does in the test, and shows that every device reaches the same result as with
right clocks. The wrong clock is put where it misleads: ahead on the device that acts first, or
behind on the device that acts after it, so its wall time always says the opposite of what
happened. The panel is set up with right clocks; syncs run with right clocks.
"""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest

from app.demo.process import found_demo_panel
from app.models import clock
from app.models.process import lifecycle as lc
from tests.support.process_panel import RATIONALE, ROLES, approved_case, consent, overrides_for, reviewed_case, sync_all

REF = "CC-RJ-1"


class _Shifted(clock.Clock):
    """The true clock as a laptop whose clock is wrong by `days` reads it."""

    def __init__(self, true: clock.Clock, days: int):
        super().__init__()
        self._true, self._by = true, dt.timedelta(days=days)

    def wall(self) -> dt.datetime:
        return self._true.wall() + self._by

    def monotonic(self) -> float:
        return self._true.monotonic()


class Panel(dict):
    """The panel's devices by name; `wrong` keeps its clock `days` out whenever it acts."""

    def __init__(self, devices: dict, wrong: str, days: int):
        super().__init__(devices)
        self.wrong, self.days = wrong, days

    @contextlib.contextmanager
    def acting(self, name: str):
        if name != self.wrong:
            yield self[name]
            return
        true = clock.use(_Shifted(clock.current(), self.days))
        try:
            yield self[name]
        finally:
            clock.use(true)


@pytest.fixture(params=(-7, -1, 1, 7), ids=lambda d: f"{d:+d}d")
def days(request) -> int:
    return request.param


@pytest.fixture
def panel(make_workspace, tmp_path, days):
    """panel(first, then, **more) -> a Panel where `first` acts before `then`, and the one whose
    clock misleads (first when ahead, then when behind) keeps it wrong. more: extra devices,
    name -> role."""

    def make(first: str, then: str, **more: str) -> Panel:
        devices = {role: make_workspace(role) for role in ("chair", *ROLES)}
        for name, role in more.items():
            devices[name] = make_workspace(role, tmp_path / name)
        found_demo_panel(devices)
        return Panel(devices, first if days > 0 else then, days)

    return make


def incident(ws, on="2026-11-10"):
    ws.open_case(REF).add_record("incidents", {"incident_date": on, "incident_type": "threats"})


def test_a_pause_made_after_a_resume_holds_on_every_device(panel):
    p = panel("facilitator", "advocate")
    approved_case(p)
    with p.acting("facilitator") as f:
        f.process.step(REF, "preparation", "Preparation begins")
        f.process.step(REF, "sessions", "First session booked")
    sync_all(p)
    with p.acting("advocate") as a:
        a.process.pause(REF, "coercion or threats", "Messages pressing the survivor to attend.")
    sync_all(p)
    with p.acting("facilitator") as f:
        f.process.step(REF, "sessions", "The messages were explained; the survivor wants to go on")
    sync_all(p)
    with p.acting("advocate") as a:
        a.process.pause(REF, "coercion or threats", "New messages after the first session.")
    sync_all(p)
    for name, ws in p.items():
        view = ws.process.view(REF)
        assert view.state == lc.PAUSED and view.process.recorded == lc.PAUSED, name
        assert view.process.refused == [], name
        made = [(e.step.to_state, e.step.by_role) for e in view.process.history][-5:]
        assert made == [
            ("preparation", "facilitator"),
            ("sessions", "facilitator"),
            ("paused", "advocate"),
            ("sessions", "facilitator"),
            ("paused", "advocate"),
        ], name


def test_a_request_made_after_a_decline_is_the_open_request(panel):
    p = panel("chief_inspector", "police")
    reviewed_case(p)
    with p.acting("police") as police:
        police.process.request_signoff(REF, "Panel supports shuttle mediation.")
    sync_all(p)
    with p.acting("chief_inspector") as ci:
        declined = ci.process.decide(REF, "decline", RATIONALE, rank="Chief Inspector")
    sync_all(p)
    with p.acting("police") as police:
        police.process.step(REF, "panel_review", "New information for the panel")
        again = police.process.request_signoff(REF, "The panel asks again, with a safety plan.")
    sync_all(p)
    for name, ws in p.items():
        view = ws.process.view(REF)
        assert view.state == lc.AWAITING and view.open_request["id"] == again, name
        assert view.current.record_id == declined and view.process.refused == [], name
    with p.acting("chief_inspector") as ci:
        assert [(ref, r["id"]) for ref, r in ci.process.inbox()] == [(REF, again)]
        approved = ci.process.decide(
            REF, "approve", RATIONALE, rank="Chief Inspector", overrides=overrides_for(ci, REF)
        )
    sync_all(p)
    for name, ws in p.items():
        view = ws.process.view(REF)
        assert view.state == lc.APPROVED and view.open_request is None, name
        assert view.current.record_id == approved and view.current.decision.request_id == again, name
        assert [v.record_id for v in view.signoffs] == [declined, approved], name


def test_a_request_made_after_one_was_taken_back_is_the_open_request(panel):
    p = panel("police", "police_2", police_2="police")
    reviewed_case(p)
    with p.acting("police") as police:
        police.process.request_signoff(REF, "Panel supports shuttle mediation.")
        police.process.step(REF, "panel_review", "Taken back: the safety plan is being rewritten")
    sync_all(p)
    with p.acting("police_2") as police:
        again = police.process.request_signoff(REF, "The panel asks with the new safety plan.")
    sync_all(p)
    for name, ws in p.items():
        view = ws.process.view(REF)
        assert view.state == lc.AWAITING and view.open_request["id"] == again, name
    with p.acting("chief_inspector") as ci:
        ci.process.decide(REF, "approve", RATIONALE, rank="Chief Inspector", overrides=overrides_for(ci, REF))
    sync_all(p)
    for name, ws in p.items():
        view = ws.process.view(REF)
        assert view.current.decision.request_id == again and view.open_request is None, name
        assert view.state == lc.APPROVED, name


@pytest.mark.parametrize("first, then", [("given", "withdrawn"), ("withdrawn", "given")])
def test_the_consent_recorded_last_is_in_force(panel, first, then):
    p = panel("facilitator", "advocate")
    approved_case(p)
    p["facilitator"].process.step(REF, "preparation", "Preparation begins")
    p["facilitator"].process.step(REF, "sessions", "First session booked")
    sync_all(p)
    # Dated as a form dates it: today, by the recording device's clock.
    with p.acting("facilitator") as f:
        consent(f, REF, "person harmed", status=first, on=clock.today().isoformat())
    sync_all(p)
    with p.acting("advocate") as a:
        consent(a, REF, "person harmed", status=then, on=clock.today().isoformat())
    sync_all(p)
    for name, ws in p.items():
        view = ws.process.view(REF)
        assert view.consent["person harmed"].status == then, name
        # (Consent is risk-relevant, so either record also makes the sign-off stale.)
        held_for_consent = [h for h in view.process.holds if h.trigger.startswith("consent")]
        assert bool(held_for_consent) == (then == "withdrawn"), name


def test_a_change_after_the_latest_sign_off_makes_it_stale(panel):
    # Two Chief Inspector's devices sign in turn; the police lead then records an incident.
    p = panel("chief_inspector", "chief_inspector_2", chief_inspector_2="chief_inspector")
    reviewed_case(p)
    p["police"].process.request_signoff(REF, "Panel supports shuttle mediation.")
    sync_all(p)
    with p.acting("chief_inspector") as ci:
        ci.process.decide(REF, "approve", RATIONALE, rank="Chief Inspector", overrides=overrides_for(ci, REF))
    sync_all(p)
    p["police"].process.request_signoff(REF, "Asked again before the first session.")
    sync_all(p)
    with p.acting("chief_inspector_2") as ci:
        latest = ci.process.decide(REF, "approve", RATIONALE, rank="Chief Inspector", overrides=overrides_for(ci, REF))
    sync_all(p)
    incident(p["police"])
    sync_all(p)
    assert_latest_is_stale_on_every_device(p, latest)


def test_a_change_made_while_the_chief_inspector_signed_makes_the_sign_off_stale(panel):
    # Concurrent: the police device records an incident before the new decision reaches it.
    p = panel("chief_inspector", "police")
    approved_case(p)
    with p.acting("police") as police:
        police.process.request_signoff(REF, "Asked again before the first session.")
    sync_all(p)
    with p.acting("chief_inspector") as ci:
        latest = ci.process.decide(REF, "approve", RATIONALE, rank="Chief Inspector", overrides=overrides_for(ci, REF))
    with p.acting("police") as police:
        incident(police)
    sync_all(p)
    assert_latest_is_stale_on_every_device(p, latest)


def test_a_change_the_chief_inspector_saw_before_signing_leaves_the_sign_off_current(panel):
    p = panel("police", "chief_inspector")
    approved_case(p)
    with p.acting("police") as police:
        incident(police)
    sync_all(p)
    assert all(ws.process.view(REF).current.stale for ws in p.values())
    with p.acting("police") as police:
        police.process.request_signoff(REF, "Incident reviewed: threats by phone, arrest made.")
    sync_all(p)
    with p.acting("chief_inspector") as ci:
        latest = ci.process.decide(REF, "approve", RATIONALE, rank="Chief Inspector", overrides=overrides_for(ci, REF))
    sync_all(p)
    for name, ws in p.items():
        view = ws.process.view(REF)
        assert view.current.record_id == latest, name
        assert view.current.stale_because == (), (name, view.current.stale_because)
        assert view.state == lc.APPROVED and view.process.refused == [], name


def assert_latest_is_stale_on_every_device(p, latest):
    """Every device takes `latest` for the current decision, and an incident for its reason to be stale."""
    for name, ws in p.items():
        view = ws.process.view(REF)
        assert view.current.record_id == latest and view.state == lc.APPROVED, name
        assert any("Incidents changed" in why for why in view.current.stale_because), name
