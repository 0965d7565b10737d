import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest

from app.workspace import Workspace
from tests.support.keyrings import MemoryKeyring
from tests.support.people import PEOPLE


@pytest.fixture
def memory_keyring():
    """A fresh in-memory keyring, installed as the process default for the test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def make_workspace(tmp_path, memory_keyring):
    """make_workspace(role) -> an initialised Workspace in its own folder (closed at teardown)."""
    opened = []

    def make(role: str, folder=None) -> Workspace:
        name, agency = PEOPLE[role]
        ws = Workspace.init(folder or tmp_path / role, name, agency, role, backend=memory_keyring)
        opened.append(ws)
        return ws

    yield make
    for ws in opened:
        ws.close()
