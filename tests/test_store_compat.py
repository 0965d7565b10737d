"""Stores made by earlier builds open unchanged, and a store from a newer Concord is refused."""

import json
import shutil
from pathlib import Path

import pytest

from app.models.errors import StoreError
from app.models.storage.migrations import FORMAT, OLDEST, STEPS, steps_from
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


def test_the_numbered_steps_lead_from_the_oldest_format_to_this_one_without_a_gap():
    assert STEPS[0].source == OLDEST and STEPS[-1].target == FORMAT
    for before, after in zip(STEPS, STEPS[1:]):
        assert int(after.source) == int(before.source) + 1 and after.source == before.target
    assert steps_from(FORMAT) == []
    assert [s.target for s in steps_from("4")] == ["5", "6"]


@pytest.mark.parametrize("older", [str(n) for n in range(int(OLDEST), int(FORMAT))])
def test_a_store_of_each_older_format_is_upgraded_and_keeps_its_data(make_workspace, memory_keyring, older):
    ws = make_workspace("police")
    ws.new_case(reference="CC-R-7").set("intelligence", f"kept from format {older}")
    folder = ws.folder
    with ws.store.begin() as conn:
        ws.store.set_meta(conn, "format", older)
    ws.close()
    with Workspace.open(folder, backend=memory_keyring) as again:
        assert again.store.get_meta("format") == FORMAT
        assert again.open_case("CC-R-7").get("intelligence") == f"kept from format {older}"


def test_a_store_from_a_newer_concord_is_refused_and_left_byte_for_byte(make_workspace, memory_keyring):
    ws = make_workspace("police")
    ws.new_case(reference="CC-R-8")
    folder = ws.folder
    newer = str(int(FORMAT) + 1)
    with ws.store.begin() as conn:
        ws.store.set_meta(conn, "format", newer)
    ws.close()
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    with pytest.raises(StoreError) as err:
        Workspace.open(folder, backend=memory_keyring)
    assert f"newer version of Concord (store format {newer}" in str(err.value)
    assert "Nothing was changed" in str(err.value)
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    assert after == before


def test_a_folder_set_up_by_a_newer_concord_is_refused(make_workspace, memory_keyring):
    ws = make_workspace("police")
    folder = ws.folder
    ws.close()
    info = json.loads((folder / "concord-folder.json").read_text())
    (folder / "concord-folder.json").write_text(json.dumps({**info, "format": 2}))
    with pytest.raises(StoreError, match="set up by a newer version of Concord"):
        Workspace.open(folder, backend=memory_keyring)
