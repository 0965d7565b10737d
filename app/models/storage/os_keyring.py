"""Secrets in the operating system's keyring, and refusal of keyrings that are not secure.

Concord keeps the database key and the device's private keys only in the OS keyring, never in
a file beside the data. If the keyring is missing, or is one of the backends that would store
secrets in plain text or nowhere, Concord stops and explains how to get a real one: a silent
plaintext fallback would undo the encryption at rest.
"""

from __future__ import annotations

import base64
import sys

import keyring
import keyring.backend
import keyring.errors

from app.models.errors import KeyringError
from app.models.language import QT_TRANSLATE_NOOP

SERVICE = "concord"

# The operating systems' own keyrings: each keeps secrets encrypted under the user's log-in.
OS_KEYRINGS = {
    "keyring.backends.Windows": "Windows Credential Locker",
    "keyring.backends.macOS": "macOS Keychain",
    "keyring.backends.SecretService": "Secret Service (GNOME Keyring or KWallet)",
    "keyring.backends.libsecret": "Secret Service (libsecret)",
    "keyring.backends.kwallet": "KWallet",
}

_HOW_TO_FIX = {
    "win32": (
        "Concord keeps its keys in the Windows Credential Locker of the signed-in user and could not "
        "use it. Sign in with your own account (not a shared or guest one); if your IT team has "
        "restricted Credential Manager, ask them to allow it for Concord."
    ),
    "darwin": (
        "Concord keeps its keys in your macOS Keychain and could not use it. Unlock the login "
        "keychain (Keychain Access) and, when macOS asks whether Concord may use it, allow it."
    ),
    "linux": (
        "Concord keeps its keys in the operating system's keyring and found none it can trust. "
        "On a Linux desktop, install and unlock GNOME Keyring or KWallet (Secret Service); on a "
        "headless machine run Concord inside 'dbus-run-session' with 'gnome-keyring-daemon --unlock' "
        "(see README.md, 'Keyring')."
    ),
}
_REFUSED = " Plain-text and null keyrings are refused on purpose."


def how_to_fix(platform: str = sys.platform) -> str:
    return _HOW_TO_FIX.get(platform, _HOW_TO_FIX["linux"]) + _REFUSED


HOW_TO_FIX = how_to_fix()

# Backends that store nothing, fail everything, or store secrets readable from disk.
_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
_INSECURE_NAMES = ("plaintext", "null", "fail", "uncrypted")


def keyring_name(backend: keyring.backend.KeyringBackend) -> str:
    """The keyring's name as its user knows it (for the desktop's device page and errors)."""
    module = type(backend).__module__
    for prefix, name in OS_KEYRINGS.items():
        if module.startswith(prefix):
            return name
    chained = getattr(backend, "backends", None)
    if chained:
        return keyring_name(chained[0])
    return type(backend).__name__


def _is_insecure(backend: keyring.backend.KeyringBackend) -> bool:
    cls = type(backend)
    module = cls.__module__
    name = cls.__name__.lower()
    if module.startswith(_INSECURE_MODULES) or any(n in name for n in _INSECURE_NAMES):
        return True
    chained = getattr(backend, "backends", None)
    if chained is not None:
        # A chainer reads from all and writes to the first: it is as safe as its members.
        return not chained or any(_is_insecure(b) for b in chained)
    return False


class OsKeyring:
    """Named secrets for one data folder, under a namespace unique to that folder."""

    def __init__(self, namespace: str, backend: keyring.backend.KeyringBackend | None = None):
        self.namespace = namespace
        self.backend = backend or keyring.get_keyring()
        if _is_insecure(self.backend):
            raise KeyringError(
                QT_TRANSLATE_NOOP("DeviceProblems", "{how_to_fix} (found: {name})"),
                how_to_fix=HOW_TO_FIX,
                name=type(self.backend).__name__,
            )

    def _user(self, name: str) -> str:
        return f"{self.namespace}/{name}"

    def get(self, name: str) -> bytes | None:
        try:
            value = self.backend.get_password(SERVICE, self._user(name))
        except keyring.errors.KeyringError as exc:
            raise KeyringError(
                QT_TRANSLATE_NOOP(
                    "DeviceProblems", "the keyring refused to read a Concord secret ({exc}). {how_to_fix}"
                ),
                exc=exc,
                how_to_fix=HOW_TO_FIX,
            ) from None
        if value is None:
            return None
        try:
            return base64.b64decode(value, validate=True)
        except ValueError:
            raise KeyringError(
                QT_TRANSLATE_NOOP("DeviceProblems", "the keyring entry '{user}' is damaged"), user=self._user(name)
            ) from None

    def put(self, name: str, secret: bytes) -> None:
        try:
            self.backend.set_password(SERVICE, self._user(name), base64.b64encode(secret).decode())
        except keyring.errors.KeyringError as exc:
            raise KeyringError(
                QT_TRANSLATE_NOOP(
                    "DeviceProblems", "the keyring refused to store a Concord secret ({exc}). {how_to_fix}"
                ),
                exc=exc,
                how_to_fix=HOW_TO_FIX,
            ) from None
        if self.get(name) != secret:
            raise KeyringError(
                QT_TRANSLATE_NOOP(
                    "DeviceProblems", "the keyring did not keep a secret it was given; refusing to continue"
                )
            )

    def delete(self, name: str) -> None:
        """Remove a secret (a restore that failed half-way takes back what it stored)."""
        try:
            self.backend.delete_password(SERVICE, self._user(name))
        except keyring.errors.PasswordDeleteError:
            pass  # not there: nothing to take back
        except keyring.errors.KeyringError as exc:
            raise KeyringError(
                QT_TRANSLATE_NOOP("DeviceProblems", "the keyring refused to remove a Concord secret ({exc})"), exc=exc
            ) from None

    def require(self, name: str, what: str) -> bytes:
        secret = self.get(name)
        if secret is None:
            raise KeyringError(
                QT_TRANSLATE_NOOP(
                    "DeviceProblems",
                    "the {what} for this data folder is not in the keyring (entry '{user}' of service "
                    "'{service}'). Without it the data cannot be opened: unlock the keyring that holds it, "
                    "or rebuild the device from its backup ('concord device restore').",
                ),
                what=what,
                user=self._user(name),
                service=SERVICE,
            )
        return secret
