"""Envelopes: one Automerge change, encrypted under its compartment key and signed by its author.

An envelope is what is stored, exchanged and bundled. Its header names the panel, case,
compartment, change hash and dependencies, author device and the id of the compartment key it
was sealed under; the header is the
AEAD's associated data, so a ciphertext cannot be moved to another case or compartment, and the
Ed25519 signature covers header, nonce and ciphertext.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.sync import crypto
from app.models.changeformat import MAX_CHANGE_BYTES, BadChange, ChangeHeader, read_change
from app.sync.wire import Reader, WireError, Writer

MAGIC = b"CEV1"
MAX_DEPS = 256


class EnvelopeError(ValueError):
    """An envelope that must not be applied: malformed, forged, or not decryptable."""


@dataclass(frozen=True)
class Envelope:
    panel_id: str
    case_id: str
    compartment: str
    change_hash: bytes
    deps: tuple[bytes, ...]
    author: str
    key_id: int
    nonce: bytes
    ciphertext: bytes
    signature: bytes = b""

    def header(self) -> bytes:
        w = Writer().fixed(MAGIC, 4).ident(self.panel_id).ident(self.case_id).ident(self.compartment)
        w.fixed(self.change_hash, 32).uint(len(self.deps))
        for dep in self.deps:
            w.fixed(dep, 32)
        return w.ident(self.author).uint(self.key_id).bytes()

    def signed_part(self) -> bytes:
        return Writer().blob(self.header()).fixed(self.nonce, crypto.NONCE_BYTES).blob(self.ciphertext).bytes()

    def encode(self) -> bytes:
        return self.signed_part() + self.signature

    @classmethod
    def decode(cls, data: bytes) -> "Envelope":
        try:
            outer = Reader(data)
            header = outer.blob(4096 + 32 * MAX_DEPS)
            nonce = outer.fixed(crypto.NONCE_BYTES)
            ciphertext = outer.blob(MAX_CHANGE_BYTES + 16)
            signature = outer.fixed(64)
            outer.end()
            r = Reader(header)
            if r.fixed(4) != MAGIC:
                raise EnvelopeError("not a Concord envelope")
            panel, case, comp = r.ident(), r.ident(), r.ident()
            change_hash = r.fixed(32)
            deps = tuple(r.fixed(32) for _ in range(r.uint(MAX_DEPS)))
            author = r.ident()
            key_id = r.uint(2**48)
            r.end()
        except WireError as exc:
            raise EnvelopeError(f"malformed envelope: {exc}") from None
        return cls(panel, case, comp, change_hash, deps, author, key_id, nonce, ciphertext, signature)

    @property
    def id(self) -> tuple[str, str, bytes]:
        return (self.case_id, self.compartment, self.change_hash)


def seal(
    change_bytes: bytes, *, panel_id: str, case_id: str, compartment: str, author: str, key_id: int, key: bytes, sign
) -> Envelope:
    head = read_change(change_bytes)
    draft = Envelope(panel_id, case_id, compartment, head.hash, head.deps, author, key_id, b"\0" * 12, b"")
    nonce, ciphertext = crypto.seal(key, change_bytes, draft.header())
    unsigned = Envelope(panel_id, case_id, compartment, head.hash, head.deps, author, key_id, nonce, ciphertext)
    return Envelope(**{**unsigned.__dict__, "signature": sign(unsigned.signed_part())})


def verify_signature(env: Envelope, author_signing_public: bytes) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(author_signing_public).verify(env.signature, env.signed_part())
    except (InvalidSignature, ValueError):
        raise EnvelopeError("signature does not verify against the author's key") from None


def open_envelope(env: Envelope, key: bytes) -> tuple[bytes, ChangeHeader]:
    """Decrypt (after the caller verified signature and rights) and check the change is the one
    named. The caller still checks the change's actor belongs to the author."""
    try:
        change = crypto.unseal(key, env.nonce, env.ciphertext, env.header())
    except crypto.CryptoError:
        raise EnvelopeError("does not decrypt under the compartment key (tampered or wrong key)") from None
    try:
        head = read_change(change)
    except BadChange as exc:
        raise EnvelopeError(f"carries a malformed change: {exc}") from None
    if head.hash != env.change_hash or head.deps != env.deps:
        raise EnvelopeError("the change inside is not the one its header names")
    return change, head
