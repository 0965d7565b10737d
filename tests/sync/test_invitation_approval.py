"""An invitation to a role that reads another agency's data admits the device only once that
agency has approved: the redemption says what it waits for, and the same invitation completes
the admission afterwards, for the same device only."""

import pytest

from app.sync.engine.approval_rules import AdmissionWaits
from app.sync.engine.in_process import exchange
from app.sync.engine.invitations import proof
from app.sync.engine.sync_engine import SyncError


def redeem(chair, ws, invitation, channel=b"channel"):
    request = ws.join_request()
    return chair.sync.redeem(
        invitation.invite_id, request, proof(invitation.secret, invitation.invite_id, channel, request), channel
    )


def test_an_invitation_waits_for_the_owning_agency_then_completes(make_workspace):
    chair = make_workspace("chair")
    chair.sync.found_panel(policy="agency")
    advocate = make_workspace("advocate")
    advocate.sync.join(chair.sync.admission(advocate.profile))
    invitation = chair.sync.invite("police")
    police, intruder = make_workspace("police"), make_workspace("police", folder=chair.folder.parent / "intruder")

    with pytest.raises(AdmissionWaits, match="waits for approval by Advocacy service"):
        redeem(chair, police, invitation)
    with pytest.raises(SyncError, match="taken by another device"):
        redeem(chair, intruder, invitation)
    with pytest.raises(AdmissionWaits):
        redeem(chair, police, invitation)  # asked again before the approval: still waiting

    exchange(chair, advocate)
    advocate.sync.approve(police.profile.device_id)
    exchange(advocate, chair)
    state = police.sync.join(redeem(chair, police, invitation))
    assert state.active(police.profile.device_id).role == "police"
    assert [r.state for r in chair.sync.invitations() if r.invite_id == invitation.invite_id] == ["used"]
    assert intruder.profile.device_id not in chair.sync.state().members
