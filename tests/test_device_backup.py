"""Back up a device, restore it on a fresh data folder and keyring, and take it back into its
panel; every way a backup can be wrong ends with a clear error and nothing written."""

import dataclasses

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.device_backup import backup_device, replacement_request, restore_device
from app.models.storage.backup_file import MAGIC, BackupError, SealedReader, SealedWriter, WrongPassphrase
from app.sync.engine.replacement import read_replacement
from app.sync.errors import SyncError
from app.workspace import Workspace
from tests.support.keyrings import MemoryKeyring
from tests.support.sync_pairs import run_pair
from tests.support.sync_stores import chair_admits

PASS = "correct horse battery staple"
MARKER = "BACKUP-MARKER-7f3a9c"


def panel_with_police(make_workspace):
    devices = chair_admits(make_workspace, ["police"])
    case = devices["police"].new_case(reference="CC-R-21")
    case.set("intelligence", MARKER)
    run_pair(devices["police"], devices["chair"])
    return devices


def folder_files(folder):
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_backup_holds_nothing_readable_without_its_passphrase(make_workspace, tmp_path):
    police = panel_with_police(make_workspace)["police"]
    out = backup_device(police, tmp_path / "police.backup", PASS)
    data = out.read_bytes()
    assert data.startswith(MAGIC)
    for secret in (MARKER, police.profile.name, police.profile.device_id, "intelligence"):
        assert secret.encode() not in data
    assert not list(tmp_path.glob("*.partial")) and not list(police.folder.glob(".backup-*"))
    assert police.store.get_meta("last_backup_at") is not None
    assert any(e.action == "device_backed_up" for e in police.audit_entries())


def test_restore_on_a_fresh_keyring_rebuilds_the_device_under_a_new_identity_and_it_syncs_again(
    make_workspace, tmp_path
):
    devices = panel_with_police(make_workspace)
    police, chair = devices["police"], devices["chair"]
    backup_device(police, tmp_path / "police.backup", PASS)
    old_id = police.profile.device_id

    laptop = MemoryKeyring()  # the new laptop's keyring: nothing of the old device in it
    restored = restore_device(tmp_path / "police.backup", PASS, tmp_path / "new-laptop", backend=laptop)
    ws = restored.workspace
    try:
        assert restored.old_device == old_id
        assert ws.profile.device_id != old_id and ws.profile.actor_id != police.profile.actor_id
        assert (ws.profile.name, ws.profile.agency, ws.profile.role) == (
            police.profile.name,
            police.profile.agency,
            police.profile.role,
        )
        assert ws.open_case("CC-R-21").get("intelligence") == MARKER
        assert ws.verify_audit().ok
        # Keys went into the keyring, not the folder.
        for _, secret in laptop.entries.items():
            for blob in folder_files(ws.folder).values():
                assert secret.encode() not in blob
        # Out of the panel until the chair takes it in; the request names the old device.
        assert ws.sync.panel_id is None
        assert replacement_request(ws) == restored.request

        admission = chair.sync.replacement_admission(restored.request)
        state = chair.sync.state()
        assert state.active(ws.profile.device_id) is not None
        assert state.active(old_id) is None and state.members[old_id].revoked
        ws.sync.join(admission)
        assert ws.sync.panel_id == chair.sync.panel_id and replacement_request(ws) is None

        # A change made on the restored device reaches the chair's device; one made there comes back.
        ws.open_case("CC-R-21").set("party_harmed_label", "written after the restore")
        run_pair(ws, chair)
        run_pair(ws, chair)
        assert chair.open_case("CC-R-21").get("party_harmed_label") == "written after the restore"
        chair.open_case("CC-R-21").set("party_harmer_label", "chair wrote this")
        run_pair(chair, ws)
        assert ws.open_case("CC-R-21").get("party_harmer_label") == "chair wrote this"
        # The laptop the backup came from is revoked: once it hears, it forgets the case data.
        police.sync.receive_membership(chair.sync.membership_entries(), "chair")
        assert police.sync.state().active(old_id) is None
    finally:
        ws.close()


def test_the_same_backup_restored_twice_is_taken_in_once_and_the_second_copy_refused(make_workspace, tmp_path):
    devices = panel_with_police(make_workspace)
    chair = devices["chair"]
    backup_device(devices["police"], tmp_path / "police.backup", PASS)
    first = restore_device(tmp_path / "police.backup", PASS, tmp_path / "laptop-1", backend=MemoryKeyring())
    second = restore_device(tmp_path / "police.backup", PASS, tmp_path / "laptop-2", backend=MemoryKeyring())
    try:
        assert first.workspace.profile.device_id != second.workspace.profile.device_id
        assert first.workspace.profile.actor_id != second.workspace.profile.actor_id
        chair.sync.replacement_admission(first.request)
        with pytest.raises(SyncError, match="already taken in, or the device was revoked"):
            chair.sync.replacement_admission(second.request)
        # Asking again for the first copy gives its admission again.
        first.workspace.sync.join(chair.sync.replacement_admission(first.request))
        assert second.workspace.profile.device_id not in chair.sync.state().members
    finally:
        first.workspace.close()
        second.workspace.close()


def test_a_request_not_signed_by_the_old_device_is_refused(make_workspace, tmp_path):
    devices = panel_with_police(make_workspace)
    backup_device(devices["police"], tmp_path / "b", PASS)
    restored = restore_device(tmp_path / "b", PASS, tmp_path / "laptop", backend=MemoryKeyring())
    try:
        request = read_replacement(restored.request)
        forged = dataclasses.replace(request, old_signature=Ed25519PrivateKey.generate().sign(b"x")).encode()
        with pytest.raises(SyncError, match="not signed by the device it says it replaces"):
            devices["chair"].sync.replacement_admission(forged)
        assert devices["chair"].sync.state().active(devices["police"].profile.device_id) is not None
    finally:
        restored.workspace.close()


def test_a_restored_device_may_rejoin_only_its_own_panel(make_workspace, tmp_path):
    devices = panel_with_police(make_workspace)
    backup_device(devices["police"], tmp_path / "b", PASS)
    restored = restore_device(tmp_path / "b", PASS, tmp_path / "laptop", backend=MemoryKeyring())
    other_chair = make_workspace("chair", folder=tmp_path / "other-chair")
    other_chair.sync.found_panel("chair")
    try:
        with pytest.raises(SyncError, match="may rejoin only that panel"):
            restored.workspace.sync.join(other_chair.sync.admission(restored.workspace.profile))
    finally:
        restored.workspace.close()


@pytest.fixture
def one_backup(make_workspace, tmp_path):
    police = make_workspace("police")
    police.new_case(reference="CC-R-22").set("intelligence", MARKER)
    return backup_device(police, tmp_path / "police.backup", PASS)


def nothing_written(tmp_path, keyring_):
    assert not (tmp_path / "target").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".target")]
    assert keyring_.entries == {}


def test_a_wrong_passphrase_is_told_as_such_and_nothing_is_written(one_backup, tmp_path):
    keyring_ = MemoryKeyring()
    with pytest.raises(WrongPassphrase, match="not the one this backup was made with"):
        restore_device(one_backup, "not the passphrase at all", tmp_path / "target", backend=keyring_)
    nothing_written(tmp_path, keyring_)


@pytest.mark.parametrize("cut", [10, 200, -1, -17])
def test_a_truncated_backup_is_refused_and_nothing_is_written(one_backup, tmp_path, cut):
    data = one_backup.read_bytes()
    one_backup.write_bytes(data[:cut])
    keyring_ = MemoryKeyring()
    with pytest.raises(BackupError, match="cut short|damaged|not a Concord backup"):
        restore_device(one_backup, PASS, tmp_path / "target", backend=keyring_)
    nothing_written(tmp_path, keyring_)


@pytest.mark.parametrize("where", ["header", "middle", "end"])
def test_an_altered_backup_is_refused_and_nothing_is_written(one_backup, tmp_path, where):
    data = bytearray(one_backup.read_bytes())
    at = {"header": len(MAGIC) + 20, "middle": len(data) // 2, "end": len(data) - 3}[where]
    data[at] ^= 0x01
    one_backup.write_bytes(bytes(data))
    keyring_ = MemoryKeyring()
    with pytest.raises(BackupError):
        restore_device(one_backup, PASS, tmp_path / "target", backend=keyring_)
    nothing_written(tmp_path, keyring_)


def test_data_appended_after_the_end_is_refused(one_backup, tmp_path):
    one_backup.write_bytes(one_backup.read_bytes() + b"\0" * 20)
    keyring_ = MemoryKeyring()
    with pytest.raises(BackupError, match="altered"):
        restore_device(one_backup, PASS, tmp_path / "target", backend=keyring_)
    nothing_written(tmp_path, keyring_)


def test_restore_refuses_a_folder_that_holds_anything(one_backup, tmp_path):
    (tmp_path / "target").mkdir()
    (tmp_path / "target" / "notes.txt").write_text("mine")
    with pytest.raises(BackupError, match="not empty"):
        restore_device(one_backup, PASS, tmp_path / "target", backend=MemoryKeyring())
    assert (tmp_path / "target" / "notes.txt").read_text() == "mine"


def test_a_short_passphrase_is_refused_before_anything_is_written(make_workspace, tmp_path):
    police = make_workspace("police")
    with pytest.raises(BackupError, match="at least 12 characters"):
        backup_device(police, tmp_path / "b", "short")
    assert not list(tmp_path.glob("b*"))


def test_chunks_cannot_be_reordered_or_dropped(tmp_path):
    path = tmp_path / "f"
    w = SealedWriter(path, PASS, chunk=64)
    w.write(bytes(range(200)))
    w.close()
    data = path.read_bytes()
    r = SealedReader(path, PASS)
    assert r.read() == bytes(range(200))
    r.close()
    # Find the chunk boundaries: prefix, then length-prefixed chunks of 64+16 bytes.
    start = data.index(b"}") + 1
    chunks = [data[start + i * 84 : start + (i + 1) * 84] for i in range(3)]
    tail = data[start + 3 * 84 :]
    for shuffled in (chunks[1] + chunks[0] + chunks[2] + tail, chunks[0] + chunks[2] + tail, chunks[0] + chunks[1]):
        path.write_bytes(data[:start] + shuffled)
        with pytest.raises(BackupError):
            SealedReader(path, PASS).read()


def test_a_backup_from_a_newer_concord_is_refused_by_name(one_backup, tmp_path):
    data = bytearray(one_backup.read_bytes())
    data[len(MAGIC)] = 9
    one_backup.write_bytes(bytes(data))
    with pytest.raises(BackupError, match="newer version of Concord"):
        restore_device(one_backup, PASS, tmp_path / "target", backend=MemoryKeyring())


def test_the_device_the_backup_came_from_keeps_working_after_its_backup(make_workspace, memory_keyring, tmp_path):
    police = make_workspace("police")
    backup_device(police, tmp_path / "b", PASS)
    police.new_case(reference="CC-R-23").set("intelligence", "after the backup")
    folder = police.folder
    police.close()
    with Workspace.open(folder, backend=memory_keyring) as again:
        assert again.open_case("CC-R-23").get("intelligence") == "after the backup"
        assert again.verify_audit().ok


def test_work_the_old_device_never_passed_on_reaches_the_panel_through_the_restored_one(make_workspace, tmp_path):
    devices = chair_admits(make_workspace, ["police"])
    police, chair = devices["police"], devices["chair"]
    police.new_case(reference="CC-R-31").set("party_harmed_label", "made before the backup, never synced")
    backup_device(police, tmp_path / "b", PASS)
    restored = restore_device(tmp_path / "b", PASS, tmp_path / "laptop", backend=MemoryKeyring())
    ws = restored.workspace
    try:
        ws.sync.join(chair.sync.replacement_admission(restored.request))
        run_pair(ws, chair)
        run_pair(ws, chair)
        assert chair.open_case("CC-R-31").get("party_harmed_label") == "made before the backup, never synced"
        # Nothing the chair was sent was refused: the old key's envelopes were not offered.
        assert chair.sync.quarantine.listed() == []
    finally:
        ws.close()


def test_only_the_named_successor_may_carry_a_revoked_devices_changes(make_workspace):
    from app.sync.engine.receiving import carried_actors

    devices = chair_admits(make_workspace, ["police", "advocate", "legal"])
    chair, police, advocate = devices["chair"], devices["police"], devices["advocate"]
    chair.sync.revoke(police.profile.device_id, successor=advocate.profile.device_id)
    state = chair.sync.state()
    assert carried_actors(state, advocate.profile.device_id) == {police.profile.actor_id}
    assert carried_actors(state, chair.profile.device_id) == frozenset()
    # A plain revocation names nobody: no one carries that device's changes on.
    chair.sync.revoke(devices["legal"].profile.device_id)
    state = chair.sync.state()
    assert state.members[devices["legal"].profile.device_id].successor == ""
    assert all(police.profile.actor_id not in carried_actors(state, ws.profile.device_id) for ws in (chair, police))


def test_a_revocation_naming_a_successor_that_is_not_a_member_does_not_count(make_workspace):
    devices = chair_admits(make_workspace, ["police"])
    with pytest.raises(SyncError, match="successor it names was not a member"):
        devices["chair"].sync.revoke(devices["police"].profile.device_id, successor="0" * 32)
    assert devices["chair"].sync.state().active(devices["police"].profile.device_id) is not None


def test_a_backup_made_by_an_earlier_build_still_restores(tmp_path):
    from pathlib import Path

    fixture = Path(__file__).parent / "fixtures" / "backup-1" / "police.backup"
    restored = restore_device(fixture, "fixture passphrase, not secret", tmp_path / "laptop", backend=MemoryKeyring())
    with restored.workspace as ws:
        assert ws.open_case("CC-R-OLD").get("intelligence") == "written by the sqlcipher3-binary build"
        assert ws.verify_audit().ok
        assert restored.request is None  # that device was in no panel


def test_a_backup_taken_while_the_device_writes_restores_whole(make_workspace, memory_keyring, tmp_path):
    import threading

    police = make_workspace("police")
    police.new_case(reference="CC-R-40").set("intelligence", "before the backup")
    folder = police.folder
    stop = threading.Event()
    written = []

    def keep_writing():  # another connection, as the sync worker or a second window would be
        with Workspace.open(folder, backend=memory_keyring) as other:
            n = 0
            while not stop.is_set():
                other.new_case(reference=f"CC-W-{n}")
                written.append(n)
                n += 1

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        while len(written) < 3:
            threading.Event().wait(0.01)
        backup_device(police, tmp_path / "b", PASS)
    finally:
        stop.set()
        writer.join()
    restored = restore_device(tmp_path / "b", PASS, tmp_path / "laptop", backend=MemoryKeyring())
    with restored.workspace as ws:
        assert ws.store.driver_rows("PRAGMA integrity_check") == [("ok",)]
        assert ws.open_case("CC-R-40").get("intelligence") == "before the backup"
        refs = {c.reference for c in ws.list_cases()}
        assert {"CC-W-0", "CC-W-1", "CC-W-2"} <= refs
        assert ws.verify_audit().ok
