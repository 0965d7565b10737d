"""The chair changes a member's role: the device takes the new role from the log, keys follow."""

import pytest

from app.sync.engine import SyncError
from app.workspace import Workspace
from tests.sync.test_session import run_pair


def test_a_changed_role_reaches_the_device_and_its_keys_follow(panel, memory_keyring):
    chair, police, clinician = panel["chair"], panel["police"], panel["clinician"]
    case = police.new_case("ROLE-1")
    case.set("intelligence", "for police and the chief inspector")
    run_pair(police, clinician)
    intel = clinician.cases.compartments.for_field("intelligence")
    assert clinician.store.change_hashes(case.case_id, intel.id) == set()  # not the clinician's to hold

    chair.sync.change_role(clinician.profile.device_id, "chief_inspector")
    run_pair(chair, clinician)  # the log entry reaches the device...
    run_pair(chair, police)  # ...and the police device, which holds the key
    reopened = Workspace.open(clinician.folder, backend=memory_keyring)
    try:
        assert reopened.role == "chief_inspector"
        run_pair(police, reopened)  # now offered, and granted, what a chief inspector may read
        assert reopened.open_case("ROLE-1").get("intelligence") == "for police and the chief inspector"
    finally:
        reopened.close()


def test_role_changes_are_checked(panel):
    chair, police = panel["chair"], panel["police"]
    with pytest.raises(SyncError, match="unknown role"):
        chair.sync.change_role(police.profile.device_id, "janitor")
    with pytest.raises(SyncError, match="only the chair"):
        police.sync.change_role(panel["clinician"].profile.device_id, "legal")
