"""The panel-wide audit through a real relay: a device that never meets the governance officer's
device seals its audit for it in a letter, and the officer's receipt acknowledges it, so the next
letter carries only what is new."""

import pytest

from app.models import panel_audit
from app.sync.engine import audit_records
from tests.support.sync_stores import chair_admits


@pytest.fixture
def panel(make_workspace):
    return chair_admits(make_workspace, ("police", "ig_officer"))


def test_a_device_audit_reaches_the_officer_through_the_relay(panel, relay, settled, link):
    police, officer = panel["police"], panel["ig_officer"]
    police.new_case(reference="CC-RELAY-AUDIT").set("police_summary", "MK-RELAY-AUDIT-2b1f")
    assert link("police").exchange().sent_letters >= 1
    got = link("ig_officer").exchange()
    assert got.received_letters >= 1 and got.refused == 0
    held = panel_audit.devices(officer.store)[police.profile.device_id]
    assert panel_audit.chain_problems(officer.store) == []
    assert "CC-RELAY-AUDIT" in panel_audit.cases(officer.store)
    # The officer's receipt, read on the police device, acknowledges what it holds.
    link("police").exchange()
    acked = int(police.store.get_meta(audit_records.SENT_META + officer.profile.device_id) or 0)
    assert 0 < acked <= held
    made = audit_records.record_for(police.sync, officer.profile.device_id)
    assert made is not None and audit_records.open_record(officer.sync, made[0]).first == acked + 1
    assert officer.list_cases() == []
