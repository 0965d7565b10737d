"""A panel of devices for the sync tests: chair (founder), police, chief inspector, clinician."""

import pytest


@pytest.fixture
def panel(make_workspace):
    chair = make_workspace("chair")
    chair.sync.found_panel("chair")
    devices = {"chair": chair}
    for role in ("police", "chief_inspector", "clinician"):
        ws = make_workspace(role)
        ws.sync.join(chair.sync.admission(ws.profile))
        devices[role] = ws
    for ws in devices.values():  # a round with the chair: everyone knows everyone
        ws.sync.receive_membership(chair.sync.membership_entries(), "chair")
    return devices
