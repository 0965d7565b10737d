"""A device's identity: its Ed25519 signing key, its X25519 key for receiving wrapped keys, and
what follows from them - the device id, the fingerprint people read aloud, the Automerge actor.

Private halves live only in the keyring. The actor id is derived from the signing key so one
device is always one actor and an actor is never copied to a second device (two devices with
one actor break Automerge merges).
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.models.errors import KeyringError, ValidationError
from app.models.language import QT_TRANSLATE_NOOP
from app.models.storage.os_keyring import OsKeyring

SIGNING_SECRET = "device-signing-key"
EXCHANGE_SECRET = "device-exchange-key"


def device_id_of(signing_public: bytes) -> str:
    return hashlib.sha256(b"concord-device/" + signing_public).hexdigest()[:32]


def actor_id_of(signing_public: bytes) -> bytes:
    return hashlib.sha256(b"concord-actor/" + signing_public).digest()[:16]


def fingerprint_digest(signing_public: bytes) -> bytes:
    """The ten bytes a fingerprint shows (an invitation code carries them to pin the chair)."""
    return hashlib.sha256(b"concord-fingerprint/" + signing_public).digest()[:10]


def format_fingerprint(digest: bytes) -> str:
    """Sixteen characters in four groups: short enough to read to each other over a table."""
    text = base64.b32encode(digest).decode()
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


def fingerprint_of(signing_public: bytes) -> str:
    """The one fingerprint of a device key, shown alike on every screen, report and command."""
    return format_fingerprint(fingerprint_digest(signing_public))


class KnownMember(NamedTuple):
    """A panel member as a verifier sees it, from the membership log this device has verified."""

    public_key: bytes
    role: str
    name: str
    revoked: bool = False  # revoked since: what it signed still verifies, and is stale


@dataclass(frozen=True)
class DeviceProfile:
    """What a device says about itself; signed, it is the request a chair approves."""

    device_id: str
    name: str
    agency: str
    role: str
    signing_public: bytes
    exchange_public: bytes
    created_at: str

    def canonical(self) -> bytes:
        return json.dumps(
            {
                "device_id": self.device_id,
                "name": self.name,
                "agency": self.agency,
                "role": self.role,
                "signing_public": base64.b64encode(self.signing_public).decode(),
                "exchange_public": base64.b64encode(self.exchange_public).decode(),
                "created_at": self.created_at,
            },
            sort_keys=True,
            separators=(",", ":"),
        ).encode()

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.signing_public)

    @property
    def actor_id(self) -> bytes:
        return actor_id_of(self.signing_public)


def verify_attestation(profile: DeviceProfile, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(profile.signing_public).verify(signature, profile.canonical())
    except Exception:
        return False
    return profile.device_id == device_id_of(profile.signing_public)


def signed_profile(profile: DeviceProfile, sign: Callable[[bytes], bytes]) -> bytes:
    """The device's profile with its own signature: the request a chair approves."""
    return json.dumps(
        {
            "profile": json.loads(profile.canonical()),
            "signature": base64.b64encode(sign(profile.canonical())).decode(),
        }
    ).encode()


def read_signed_profile(data: bytes) -> DeviceProfile:
    # Anyone may send one: a deep nest of brackets would exhaust the parser before any check.
    if len(data) > 64 * 1024 or data.count(b"[") + data.count(b"{") > 16:
        raise ValidationError(QT_TRANSLATE_NOOP("DeviceProblems", "this is not a Concord join request"))
    try:
        raw = json.loads(data)
        p = raw["profile"]
        profile = DeviceProfile(
            p["device_id"],
            p["name"],
            p["agency"],
            p["role"],
            base64.b64decode(p["signing_public"], validate=True),
            base64.b64decode(p["exchange_public"], validate=True),
            p["created_at"],
        )
        signature = base64.b64decode(raw["signature"], validate=True)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise ValidationError(QT_TRANSLATE_NOOP("DeviceProblems", "this is not a Concord join request")) from None
    if not verify_attestation(profile, signature):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DeviceProblems", "the join request's signature does not verify: it was altered or forged"
            )
        )
    return profile


class DeviceKeys:
    """The device's private keys, loaded from the keyring only when needed."""

    def __init__(self, os_keyring: OsKeyring):
        self.os_keyring = os_keyring
        # Held in memory once read, like the database key: a keyring round trip per signature
        # would make sealing thousands of envelopes crawl.
        self._signing_key: Ed25519PrivateKey | None = None
        self._exchange_raw: bytes | None = None

    @staticmethod
    def create(os_keyring: OsKeyring) -> DeviceKeys:
        if os_keyring.get(SIGNING_SECRET) is not None:
            raise KeyringError(
                QT_TRANSLATE_NOOP(
                    "DeviceProblems", "this data folder already has a device key in the keyring; refusing to replace it"
                )
            )
        os_keyring.put(SIGNING_SECRET, Ed25519PrivateKey.generate().private_bytes_raw())
        os_keyring.put(EXCHANGE_SECRET, X25519PrivateKey.generate().private_bytes_raw())
        return DeviceKeys(os_keyring)

    def signing_key(self) -> Ed25519PrivateKey:
        """The private signing key, for certificate issuance (kept in memory, never written)."""
        return self._signing()

    def _signing(self) -> Ed25519PrivateKey:
        if self._signing_key is None:
            raw = self.os_keyring.require(SIGNING_SECRET, "device signing key")
            self._signing_key = Ed25519PrivateKey.from_private_bytes(raw)
        return self._signing_key

    def signing_public(self) -> bytes:
        return self._signing().public_key().public_bytes_raw()

    def exchange_public(self) -> bytes:
        return X25519PrivateKey.from_private_bytes(self.exchange_private()).public_key().public_bytes_raw()

    def exchange_private(self) -> bytes:
        if self._exchange_raw is None:
            self._exchange_raw = self.os_keyring.require(EXCHANGE_SECRET, "device exchange key")
        return self._exchange_raw

    def sign(self, message: bytes) -> bytes:
        return self._signing().sign(message)
