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
