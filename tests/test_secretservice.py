"""Against a real Secret Service: GNOME Keyring in a private D-Bus session started by the tests."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.secretservice

REPO = Path(__file__).resolve().parent.parent
WITH_KEYRING = REPO / "scripts" / "with-keyring"
CONCORD = Path(sys.executable).parent / "concord"
PASSWORD = "test-keyring-password"


@pytest.fixture(scope="module", autouse=True)
def tools_present():
    missing = [t for t in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(t) is None]
    assert not missing, f"scripts/setup should have installed {missing}"
    assert CONCORD.exists(), "the concord entry point is not installed in the virtual environment"


def in_keyring_session(keyring_dir: Path, *cmd: str, timeout: int = 90) -> subprocess.CompletedProcess:
    env = dict(os.environ, CONCORD_KEYRING_PASSWORD=PASSWORD)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    return subprocess.run(
        ["bash", str(WITH_KEYRING), str(keyring_dir), *cmd], env=env, capture_output=True, text=True, timeout=timeout
    )


def test_the_backend_is_the_real_secret_service(tmp_path):
    done = in_keyring_session(
        tmp_path / "kr", sys.executable, "-c", "import keyring; print(type(keyring.get_keyring()).__module__)"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "keyring.backends.SecretService"


def test_cli_end_to_end_with_keys_in_the_real_keyring(tmp_path):
    kr, data = tmp_path / "kr", tmp_path / "device"
    script = f"""
set -e
{CONCORD} --data {data} init --name 'Pat Police' --agency 'Police' --role police
{CONCORD} --data {data} case new --ref CC-SS-1 --harmed 'Person A'
{CONCORD} --data {data} case set CC-SS-1 intelligence MKsecretservice-marker
{CONCORD} --data {data} audit --quiet
"""
    first = in_keyring_session(kr, "bash", "-c", script)
    assert first.returncode == 0, first.stderr
    assert "audit chain intact" in first.stdout
    # A new D-Bus session, a new keyring daemon: the keys come back from the keyring's own files.
    second = in_keyring_session(kr, str(CONCORD), "--data", str(data), "case", "get", "CC-SS-1", "intelligence")
    assert second.returncode == 0, second.stderr
    assert '"intelligence": "MKsecretservice-marker"' in second.stdout
    # The keyring's files are outside the data folder, and the folder holds no key and no marker.
    key_hex = in_keyring_session(
        kr,
        sys.executable,
        "-c",
        "import json,sys; from app.models.storage.os_keyring import OsKeyring; "
        f"ns=json.load(open('{data}/concord-folder.json'))['folder_id']; print(OsKeyring(ns).get('database-key').hex())",
    )
    assert key_hex.returncode == 0, key_hex.stderr
    key = bytes.fromhex(key_hex.stdout.strip())
    assert len(key) == 32
    for path in data.rglob("*"):
        if path.is_file():
            blob = path.read_bytes()
            assert key not in blob and key.hex().encode() not in blob
            assert b"MKsecretservice-marker" not in blob


def test_no_keyring_is_a_clear_error_not_a_plaintext_fallback(tmp_path):
    data = tmp_path / "device"
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={tmp_path}/no-bus-here"
    done = subprocess.run(
        [str(CONCORD), "--data", str(data), "init", "--name", "A", "--agency", "B", "--role", "police"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "keyring" in done.stderr and "dbus-run-session" in done.stderr
    assert "Traceback" not in done.stderr
    assert not data.exists()


def test_a_device_backed_up_on_one_laptop_is_restored_into_another_keyring_and_syncs_with_its_panel(
    tmp_path, tmp_path_factory
):
    """Two keyrings stand for two laptops: the old one holds the chair's and the police lead's
    devices; the new one starts empty and receives the restored device's keys, never a file."""
    # Short folders: GNOME Keyring's socket lives below each, and a socket's path may not pass 107 bytes.
    old_kr, new_kr = tmp_path_factory.mktemp("kr"), tmp_path_factory.mktemp("kr")
    chair, police, restored = tmp_path / "chair", tmp_path / "police", tmp_path / "restored"
    passfile = tmp_path / "pass.txt"
    passfile.write_text("four plain words here\n")
    c = str(CONCORD)
    before = in_keyring_session(
        old_kr,
        "bash",
        "-c",
        f"""set -e
{c} --data {chair} init --name 'Cam Chair' --agency 'Panel' --role chair
{c} --data {chair} panel create --approval chair
{c} --data {police} init --name 'Pat Police' --agency 'Police' --role police
{c} --data {police} panel request {tmp_path}/req.json
{c} --data {chair} panel admit {tmp_path}/req.json --out {tmp_path}/adm.json
{c} --data {police} panel join {tmp_path}/adm.json
{c} --data {police} case new --ref CC-SS-9 --harmed 'Person A'
{c} --data {police} case set CC-SS-9 intelligence MKbackup-marker
{c} --data {police} device backup {tmp_path}/police.backup --passphrase-file {passfile}
""",
        timeout=300,
    )
    assert before.returncode == 0, before.stderr
    assert b"MKbackup-marker" not in (tmp_path / "police.backup").read_bytes()

    def restore_into(folder, request):
        return in_keyring_session(
            new_kr, c, "--data", str(folder), "device", "restore", str(tmp_path / "police.backup"),
            "--passphrase-file", str(passfile), "--request", str(request),
        )  # fmt: skip

    restore = restore_into(restored, tmp_path / "repl.json")
    assert restore.returncode == 0, restore.stderr
    assert "give it to the chair" in restore.stdout

    replace = in_keyring_session(
        old_kr, c, "--data", str(chair), "panel", "replace", str(tmp_path / "repl.json"), "--out", str(tmp_path / "a2")
    )
    assert replace.returncode == 0, replace.stderr
    again = in_keyring_session(
        new_kr,
        "bash",
        "-c",
        f"""set -e
{c} --data {restored} panel join {tmp_path}/a2
{c} --data {restored} case get CC-SS-9 intelligence
{c} --data {restored} case set CC-SS-9 party_harmed_label 'Person R'
{c} --data {restored} bundle export --role chair {tmp_path}/to-chair.bundle
""",
        timeout=300,
    )
    assert again.returncode == 0, again.stderr
    assert "MKbackup-marker" in again.stdout
    back = in_keyring_session(
        old_kr,
        "bash",
        "-c",
        f"""set -e
{c} --data {chair} bundle import {tmp_path}/to-chair.bundle
{c} --data {chair} case get CC-SS-9 party_harmed_label
""",
        timeout=300,
    )
    assert back.returncode == 0, back.stderr
    assert '"party_harmed_label": "Person R"' in back.stdout
    # The restored folder holds its store and folder file, and no key: those are in the new keyring.
    key_hex = in_keyring_session(
        new_kr,
        sys.executable,
        "-c",
        "import json; from app.models.storage.os_keyring import OsKeyring; "
        f"ns=json.load(open('{restored}/concord-folder.json'))['folder_id']; print(OsKeyring(ns).get('database-key').hex())",
    )
    assert key_hex.returncode == 0, key_hex.stderr
    key = bytes.fromhex(key_hex.stdout.strip())
    for path in restored.rglob("*"):
        if path.is_file():
            blob = path.read_bytes()
            assert key not in blob and b"MKbackup-marker" not in blob
    # A second restore of the same backup is refused by the chair.
    twice = restore_into(tmp_path / "restored-2", tmp_path / "repl-2.json")
    assert twice.returncode == 0, twice.stderr
    refused = in_keyring_session(
        old_kr,
        c,
        "--data",
        str(chair),
        "panel",
        "replace",
        str(tmp_path / "repl-2.json"),
        "--out",
        str(tmp_path / "a3"),
    )
    assert refused.returncode == 1
    assert "already taken in" in refused.stderr and not (tmp_path / "a3").exists()
