"""The key of an agency's restricted compartment is wrapped only by that agency's devices: a
reader of another agency never hands it on, and a receiver quarantines a grant of it from one."""

import pytest

from app.sync.engine.compartment_keys import make_grant
from app.sync.engine.in_process import exchange
from tests.support.sync_stores import chair_admits

MARKER = "MKsafety-plan-only-advocacy-grants-its-key"


@pytest.fixture
def agencies(make_workspace):
    """A panel (founded as before approvals, so admissions here need none) where the advocate
    has written a safety plan the police device reads; then a chief inspector joins."""
    devices = chair_admits(make_workspace, ("advocate", "police", "chief_inspector"))
    case = devices["advocate"].new_case("GRANT-1")
    case.set("safety_plan", MARKER)
    exchange(devices["advocate"], devices["police"])
    return devices, case.case_id


def safety_key(ws, case_id):
    comp = ws.cases.compartments.for_field("safety_plan")
    return comp, [k for k in ws.sync.compartment_keys.my_keys() if k[0] == case_id and k[1] == comp.id]


def test_a_reader_of_another_agency_does_not_pass_the_key_on(agencies):
    devices, case_id = agencies
    police, ci, advocate = devices["police"], devices["chief_inspector"], devices["advocate"]
    comp, held = safety_key(police, case_id)
    assert held, "the police device reads the safety plan"
    exchange(police, ci)
    assert safety_key(ci, case_id)[1] == []  # police reads it, but the Advocacy service owns it
    assert not any(
        g.compartment == comp.id for g in police.sync.compartment_keys.grants(recipient=ci.profile.device_id)
    )
    exchange(advocate, ci)
    assert safety_key(ci, case_id)[1]
    assert ci.open_case("GRANT-1").get("safety_plan") == MARKER


def test_a_grant_from_a_device_of_another_agency_is_quarantined(agencies):
    devices, case_id = agencies
    police, ci = devices["police"], devices["chief_inspector"]
    comp, held = safety_key(police, case_id)
    _case, _comp, key_id, generation = held[0]
    key = police.sync.compartment_keys.key(case_id, comp.id, key_id)
    forged = make_grant(
        police.sync.panel_id,
        case_id,
        comp.id,
        key,
        generation,
        ci.profile.device_id,
        ci.profile.exchange_public,
        police.profile.device_id,
        police.keys.sign,
    )
    ci.sync.receive_membership(police.sync.membership_entries(), "police")
    assert ci.sync.receive_grants([forged.encode()], "police") == 0
    assert safety_key(ci, case_id)[1] == []
    reasons = [row.reason for row in ci.sync.quarantined() if row.kind == "grant"]
    assert reasons == ["granter is not of an agency that owns this compartment"]


def test_a_compartment_every_role_reads_is_passed_on_by_any_reader(agencies):
    devices, case_id = agencies
    police, ci = devices["police"], devices["chief_inspector"]
    panel_wide = police.cases.compartments.for_field("advocate_summary")
    devices["advocate"].open_case("GRANT-1").set("advocate_summary", "for everyone")
    exchange(devices["advocate"], police)
    exchange(police, ci)
    assert any(k[1] == panel_wide.id for k in ci.sync.compartment_keys.my_keys())
    assert ci.open_case("GRANT-1").get("advocate_summary") == "for everyone"
