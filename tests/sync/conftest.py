"""A panel of devices for the sync tests: chair (founder), police, chief inspector, clinician."""

import pytest

from tests.support.sync_stores import chair_admits


@pytest.fixture
def panel(make_workspace):
    return chair_admits(make_workspace, ("police", "chief_inspector", "clinician"))
