"""The few cryptographic constructions sync relies on, in one place.

- Sealing: ChaCha20-Poly1305 with a random 96-bit nonce and associated data binding the
  ciphertext to where it belongs (panel, case, compartment, change).
- Wrapping a compartment key to a device: an ephemeral X25519 agreement with the device's
  exchange key, HKDF-SHA256 to a key-encryption key, then the same AEAD, with the recipient
  and the key's place (case, compartment, generation) as associated data.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12
WRAPPED_BYTES = 32 + NONCE_BYTES + KEY_BYTES + 16


class CryptoError(ValueError):
    """Authentication failed: wrong key, or the bytes were altered."""


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def seal(key: bytes, plaintext: bytes, aad: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(NONCE_BYTES)
    return nonce, ChaCha20Poly1305(key).encrypt(nonce, plaintext, aad)


def unseal(key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    try:
        return ChaCha20Poly1305(key).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        raise CryptoError("authentication failed") from None


def _kek(shared: bytes, eph_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=eph_public + recipient_public, info=b"concord/wrap/v1"
    ).derive(shared)


def wrap_key(key: bytes, recipient_exchange_public: bytes, context: bytes) -> bytes:
    eph = X25519PrivateKey.generate()
    eph_public = eph.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient_exchange_public))
    nonce, ct = seal(_kek(shared, eph_public, recipient_exchange_public), key, context)
    return eph_public + nonce + ct


def unwrap_key(wrapped: bytes, exchange_private: bytes, context: bytes) -> bytes:
    if len(wrapped) != WRAPPED_BYTES:
        raise CryptoError("wrapped key has the wrong length")
    me = X25519PrivateKey.from_private_bytes(exchange_private)
    my_public = me.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    eph_public, nonce, ct = wrapped[:32], wrapped[32:44], wrapped[44:]
    shared = me.exchange(X25519PublicKey.from_public_bytes(eph_public))
    return unseal(_kek(shared, eph_public, my_public), nonce, ct, context)
