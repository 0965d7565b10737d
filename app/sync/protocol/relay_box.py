"""What a relay may see of Concord, worked out without a network: the names of mailboxes and
of their owners' relay accounts, and the sealed, padded boxes that carry a bundle through it.

Names. Every name the relay holds (account, subject, consumer, reply inbox) is an HMAC, under a
key derived from the panel id, of the device it belongs to. The panel id never leaves the
panel's devices, so the relay cannot tell which panel, agency, role or person a name is for,
and cannot link a device's mailbox in one panel to anything outside it. The stream is called the
same in every panel's account.

Relay credentials. Each device signs in with an Ed25519 key of its own made for the relay,
never its device key (the relay chooses the nonce a device signs, and a device key must never
sign bytes chosen by someone else). That key is derived from an X25519 agreement between the
device's exchange key and that of the chair's device that wrote the relay's configuration, so
both can compute it and no secret has to travel: the chair's device lists every member's
public relay key in the configuration, and each member derives its own private one.

Boxes. What goes to a device's mailbox is a bundle made for that device alone, sealed again to
the device's exchange key (a fresh key wrapped to it), so the relay sees neither the bundle's
header nor its recipients. The sealed box is padded to one of a few sizes, powers of four, so a
consent record cannot be told from a case note by its size; a bundle larger than the largest
box goes in several, numbered inside their encryption.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.sync.protocol import crypto

STREAM = "MAILBOXES"
SUBJECT_ROOT = "m"
# Box sizes: 4 KiB, 16 KiB, 64 KiB, 256 KiB, 1 MiB. A bundle above the largest goes in pieces.
BUCKETS: tuple[int, ...] = tuple(4096 * 4**i for i in range(5))
MAX_BOX = BUCKETS[-1]
MAX_PIECES = 4096  # a transfer of up to 4 GiB: far beyond any bundle a device will import
_HEAD = struct.Struct(">16sIII")  # transfer id, piece, pieces, length of this piece's data
_SEAL_OVERHEAD = crypto.WRAPPED_BYTES + crypto.NONCE_BYTES + 16
PIECE_BYTES = MAX_BOX - _SEAL_OVERHEAD - _HEAD.size
_NKEY_USER = 20 << 3  # the version byte NATS puts before a user's public key


class BoxError(ValueError):
    """A box that is not for this device, was altered, or is malformed."""


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode().rstrip("=")


def _names_key(panel_id: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"concord/relay-names/v1").derive(
        panel_id.encode()
    )


@dataclass(frozen=True)
class RelayNames:
    """The relay's names for one panel: computed alike on every member's device."""

    panel_id: str

    def _tag(self, label: str, device_id: str = "") -> str:
        mac = hmac.new(_names_key(self.panel_id), f"{label}\x00{device_id}".encode(), hashlib.sha256).digest()
        return _b32(mac[:15]).lower()  # 120 bits: no collision among any panel's devices

    @property
    def account(self) -> str:
        return "P" + self._tag("account").upper()

    @property
    def stream(self) -> str:
        return STREAM

    @property
    def all_mailboxes(self) -> str:
        return f"{SUBJECT_ROOT}.*"

    def mailbox(self, device_id: str) -> str:
        return f"{SUBJECT_ROOT}.{self._tag('mailbox', device_id)}"

    def consumer(self, device_id: str) -> str:
        return "c" + self._tag("consumer", device_id)

    def inbox(self, device_id: str) -> str:
        """The prefix of the device's reply subjects: only it may subscribe there."""
        return "_i" + self._tag("inbox", device_id)


# ----- relay credentials -----------------------------------------------------------------------
def _crc16(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


def user_nkey(public: bytes) -> str:
    """An Ed25519 public key as NATS names a user: 'U' and 55 more base32 letters."""
    if len(public) != 32:
        raise ValueError("an Ed25519 public key is 32 bytes")
    raw = bytes([_NKEY_USER]) + public
    return _b32(raw + _crc16(raw).to_bytes(2, "little"))


def relay_key(
    own_exchange_private: bytes, other_exchange_public: bytes, panel_id: str, device_id: str
) -> Ed25519PrivateKey:
    """The relay signing key of `device_id`. The device computes it with its own exchange key and
    the issuing chair's public one; the chair's device with its own and the device's public one."""
    shared = X25519PrivateKey.from_private_bytes(own_exchange_private).exchange(
        X25519PublicKey.from_public_bytes(other_exchange_public)
    )
    seed = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=panel_id.encode(),
        info=b"concord/relay-user/v1/" + device_id.encode(),
    ).derive(shared)
    return Ed25519PrivateKey.from_private_bytes(seed)


def public_nkey(key: Ed25519PrivateKey) -> str:
    return user_nkey(key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


# ----- boxes -----------------------------------------------------------------------------------
def bucket_for(size: int) -> int:
    for bucket in BUCKETS:
        if size <= bucket:
            return bucket
    raise BoxError("a box larger than the largest bucket")


def _context(device_id: str) -> bytes:
    return b"concord-relay-box/" + device_id.encode()


def seal_boxes(payload: bytes, recipient_id: str, recipient_exchange_public: bytes) -> list[bytes]:
    """The boxes that carry `payload` to one device, each a bucket's size exactly."""
    transfer = os.urandom(16)
    pieces = [payload[i : i + PIECE_BYTES] for i in range(0, len(payload), PIECE_BYTES)] or [b""]
    if len(pieces) > MAX_PIECES:
        raise BoxError("too large for the relay")
    boxes = []
    for index, piece in enumerate(pieces):
        head = _HEAD.pack(transfer, index, len(pieces), len(piece))
        inner = head + piece
        bucket = bucket_for(len(inner) + _SEAL_OVERHEAD)
        inner += bytes(bucket - _SEAL_OVERHEAD - len(inner))
        key = crypto.new_key()
        wrapped = crypto.wrap_key(key, recipient_exchange_public, _context(recipient_id))
        nonce, ciphertext = crypto.seal(key, inner, _context(recipient_id))
        boxes.append(wrapped + nonce + ciphertext)
    return boxes


@dataclass(frozen=True)
class Piece:
    transfer: bytes
    index: int
    count: int
    data: bytes


def open_box(box: bytes, device_id: str, exchange_private: bytes) -> Piece:
    if len(box) not in BUCKETS:
        raise BoxError("a box of a size no device sends")
    wrapped = box[: crypto.WRAPPED_BYTES]
    nonce = box[crypto.WRAPPED_BYTES : crypto.WRAPPED_BYTES + crypto.NONCE_BYTES]
    ciphertext = box[crypto.WRAPPED_BYTES + crypto.NONCE_BYTES :]
    try:
        key = crypto.unwrap_key(wrapped, exchange_private, _context(device_id))
        inner = crypto.unseal(key, nonce, ciphertext, _context(device_id))
    except crypto.CryptoError:
        raise BoxError("a box that is not for this device, or was altered") from None
    transfer, index, count, length = _HEAD.unpack_from(inner)
    if not (0 < count <= MAX_PIECES and index < count and length <= len(inner) - _HEAD.size):
        raise BoxError("a box with a malformed header")
    if any(inner[_HEAD.size + length :]):
        raise BoxError("a box whose padding is not zeros")
    return Piece(transfer, index, count, inner[_HEAD.size : _HEAD.size + length])
