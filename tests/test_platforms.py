"""What Concord needs of Windows, macOS and Linux: their own keyrings accepted by name, insecure
ones refused on every system, data where each system keeps a user's data, and no POSIX-only call
in the application without a branch for Windows."""

import re
from pathlib import Path

import keyring.backends.kwallet
import keyring.backends.libsecret
import keyring.backends.macOS
import keyring.backends.SecretService
import keyring.backends.Windows
import pytest

from app.models.errors import KeyringError
from app.models.storage import locations
from app.models.storage.os_keyring import OsKeyring, how_to_fix, keyring_name

APP = Path(__file__).resolve().parent.parent / "app"

OS_BACKENDS = [
    (keyring.backends.Windows.WinVaultKeyring, "Windows Credential Locker"),
    (keyring.backends.macOS.Keyring, "macOS Keychain"),
    (keyring.backends.SecretService.Keyring, "Secret Service (GNOME Keyring or KWallet)"),
    (keyring.backends.libsecret.Keyring, "Secret Service (libsecret)"),
    (keyring.backends.kwallet.DBusKeyring, "KWallet"),
]


@pytest.mark.parametrize("cls,name", OS_BACKENDS, ids=[n for _, n in OS_BACKENDS])
def test_each_systems_own_keyring_is_accepted_and_named(cls, name):
    # Made without __init__: the real classes, whose systems are not this one.
    backend = cls.__new__(cls)
    OsKeyring("probe", backend)  # refuses an insecure keyring by raising
    assert keyring_name(backend) == name


def test_a_chain_is_named_after_the_keyring_it_writes_to():
    vault = keyring.backends.Windows.WinVaultKeyring
    chain = type("ChainerBackend", (), {"backends": [vault.__new__(vault)]})()
    assert keyring_name(chain) == "Windows Credential Locker"


def test_alternative_keyrings_that_keep_secrets_in_files_are_refused():
    alt = type("RegistryKeyring", (), {"__module__": "keyrings.alt.Windows"})
    with pytest.raises(KeyringError, match="refused on purpose"):
        OsKeyring("probe", alt())


@pytest.mark.parametrize(
    "platform,words",
    [("win32", "Windows Credential Locker"), ("darwin", "Keychain"), ("linux", "dbus-run-session")],
)
def test_the_way_out_speaks_of_the_users_own_system(platform, words):
    text = how_to_fix(platform)
    assert words in text and "refused on purpose" in text


def test_data_folder_from_the_environment_wins_then_the_systems_own(monkeypatch, tmp_path):
    monkeypatch.setenv("CONCORD_DATA", str(tmp_path / "named"))
    assert locations.default_data_dir() == tmp_path / "named"
    monkeypatch.delenv("CONCORD_DATA")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert locations.default_data_dir() == tmp_path / "xdg" / "concord"
    assert locations.app_name("win32") == locations.app_name("darwin") == "Concord"


def test_the_cli_data_option_beats_the_environment(tmp_path, monkeypatch, memory_keyring):
    from app.cli import build_parser

    monkeypatch.setenv("CONCORD_DATA", str(tmp_path / "env"))
    args = build_parser().parse_args(["--data", str(tmp_path / "given"), "case", "list"])
    assert args.data == tmp_path / "given"


# Calls and paths that exist only on POSIX systems. Each use in the application must sit beside
# a test of the system it runs on (hasattr, os.name, sys.platform or os.path.isdir of the path).
POSIX_ONLY = re.compile(
    r"os\.(fchmod|getuid|geteuid|fork|killpg|setsid|getpgid|uname)\b|import (fcntl|pwd|grp|termios|resource)\b"
    r"|SIGKILL|SIGHUP|SIGUSR|[\"']/(dev|tmp|proc)/|start_new_session|preexec_fn"
)
GUARD = re.compile(r"hasattr\(os|os\.name|sys\.platform|os\.path\.isdir\(")


def test_no_posix_only_call_without_a_branch_for_windows():
    unguarded = []
    for path in APP.rglob("*.py"):
        lines = path.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            if POSIX_ONLY.search(line) and not any(GUARD.search(x) for x in lines[max(0, i - 2) : i + 1]):
                unguarded.append(f"{path.relative_to(APP.parent)}:{i + 1}: {line.strip()}")
    assert unguarded == []
