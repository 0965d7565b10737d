"""Stores made by earlier builds open unchanged, and a store from a newer Concord is refused."""

import json
import shutil
from pathlib import Path

import pytest

from app.models.errors import StoreError
from app.models.storage.store import FORMAT
from app.workspace import Workspace
from tests.support.keyrings import MemoryKeyring

FIXTURE = Path(__file__).parent / "fixtures" / "store-0.1"


def keyring_of(fixture: Path) -> MemoryKeyring:
    backend = MemoryKeyring()
    for entry in json.loads((fixture / "keyring.json").read_text()):
        backend.entries[(entry["service"], entry["user"])] = entry["secret"]
    return backend


def test_a_store_made_through_the_old_sqlcipher_package_opens_and_keeps_working(tmp_path):
    folder = shutil.copytree(FIXTURE / "police", tmp_path / "police")
    backend = keyring_of(FIXTURE)
    with Workspace.open(folder, backend=backend) as ws:
        case = ws.open_case("CC-R-OLD")
        assert case.get("intelligence") == "written by the sqlcipher3-binary build"
        case.set("intelligence", "and then by this build")
        assert ws.verify_audit().ok
    with Workspace.open(folder, backend=backend) as again:
        assert again.open_case("CC-R-OLD").get("intelligence") == "and then by this build"
        assert again.store.get_meta("format") == FORMAT
