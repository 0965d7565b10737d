"""Envelopes: a run of one author's Automerge changes to one compartment, encrypted under the
compartment key and signed by the author.

An envelope is what is stored, exchanged and bundled, and what devices name when they tell each
other what they hold (its id is the SHA-256 of its bytes). The header names the panel, case,
compartment, author device, the id of the compartment key it was sealed under and the hash of
every change inside, in order. The header is the AEAD's associated data, so a ciphertext cannot
be moved to another case or compartment, and the Ed25519 signature covers header, nonce and
ciphertext. A live edit is sealed alone; changes made offline are sealed together, so a long
offline session costs one signature to make and one to check, not thousands.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.models.documents.changeformat import MAX_CHANGE_BYTES, BadChange, ChangeHeader, read_change
from app.models.documents.moves import is_move
from app.sync.protocol import crypto
from app.sync.protocol.wire import Reader, WireError, Writer

MAGIC = b"CEV2"
HASH = 32
# A run of changes is cut into envelopes of at most this many changes and (unless one change is
# larger on its own) this many bytes, so every envelope fits a protocol frame with room to spare.
MAX_CHANGES = 1024
MAX_PLAIN = 1024 * 1024
MAX_CIPHERTEXT = MAX_CHANGE_BYTES + MAX_PLAIN


class EnvelopeError(ValueError):
    """An envelope that must not be applied: malformed, forged, or not decryptable."""


@dataclass(frozen=True)
class Envelope:
    panel_id: str
    case_id: str
    compartment: str
    changes: tuple[bytes, ...]  # the hashes of the changes inside, in order
    author: str
    key_id: int
    nonce: bytes
    ciphertext: bytes
    signature: bytes = b""

    # The encodings are kept once made: sealing, storing, sending, checking and opening each
    # need them, and an envelope of a thousand changes has a header of 32 KiB.
    @cached_property
    def _header(self) -> bytes:
        if any(len(h) != HASH for h in self.changes):
            raise ValueError("a change hash is 32 bytes")
        w = Writer().fixed(MAGIC, 4).ident(self.panel_id).ident(self.case_id).ident(self.compartment)
        w.ident(self.author).uint(self.key_id).uint(len(self.changes))
        return w.bytes() + b"".join(self.changes)

    @cached_property
    def _signed_part(self) -> bytes:
        return Writer().blob(self._header).fixed(self.nonce, crypto.NONCE_BYTES).blob(self.ciphertext).bytes()

    @cached_property
    def _encoded(self) -> bytes:
        return self._signed_part + self.signature

    @cached_property
    def id(self) -> bytes:
        return envelope_id(self._encoded)

    def header(self) -> bytes:
        return self._header

    def signed_part(self) -> bytes:
        return self._signed_part

    def encode(self) -> bytes:
        return self._encoded

    @classmethod
    def decode(cls, data: bytes) -> Envelope:
        try:
            outer = Reader(data)
            header = outer.blob(4096 + HASH * MAX_CHANGES)
            nonce = outer.fixed(crypto.NONCE_BYTES)
            ciphertext = outer.blob(MAX_CIPHERTEXT + 16)
            signature = outer.fixed(64)
            outer.end()
            r = Reader(header)
            if r.fixed(4) != MAGIC:
                raise EnvelopeError("not a Concord envelope")
            panel, case, comp, author = r.ident(), r.ident(), r.ident(), r.ident()
            key_id = r.uint(2**48)
            count = r.uint(MAX_CHANGES)
            if count == 0:
                raise EnvelopeError("malformed envelope: it names no change")
            packed = r.fixed(HASH * count)
            changes = tuple([packed[i : i + HASH] for i in range(0, len(packed), HASH)])
            r.end()
        except WireError as exc:
            raise EnvelopeError(f"malformed envelope: {exc}") from None
        if len(set(changes)) != len(changes):
            raise EnvelopeError("malformed envelope: it names one change twice")
        return cls(panel, case, comp, changes, author, key_id, nonce, ciphertext, signature)


def envelope_id(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def runs(changes: list[bytes]) -> list[list[bytes]]:
    """Cut changes (in order) into runs that each fit one envelope."""
    out: list[list[bytes]] = []
    size = 0
    for change in changes:
        if not out or len(out[-1]) >= MAX_CHANGES or (out[-1] and size + len(change) > MAX_PLAIN):
            out.append([])
            size = 0
        out[-1].append(change)
        size += len(change)
    return out


def seal(
    changes: list[bytes],
    *,
    panel_id: str,
    case_id: str,
    compartment: str,
    author: str,
    key_id: int,
    key: bytes,
    sign: Callable[[bytes], bytes],
    hashes: Sequence[bytes] | None = None,
) -> Envelope:
    """One envelope for a run of changes (see runs()); their order is kept.

    hashes: the changes' hashes where the caller holds them already (a store keeps each
    change's hash beside it); otherwise each change's header is read for it."""
    if not 0 < len(changes) <= MAX_CHANGES:
        raise ValueError(f"an envelope holds 1 to {MAX_CHANGES} changes")
    if hashes is None:
        named = tuple(read_change(c).hash for c in changes)
    elif len(hashes) != len(changes):
        raise ValueError("one hash per change")
    else:
        named = tuple(hashes)
    plain = Writer()
    for c in changes:
        plain.blob(c)
    draft = Envelope(panel_id, case_id, compartment, named, author, key_id, b"\0" * 12, b"")
    nonce, ciphertext = crypto.seal(key, plain.bytes(), draft.header())
    unsigned = Envelope(panel_id, case_id, compartment, named, author, key_id, nonce, ciphertext)
    return Envelope(
        panel_id, case_id, compartment, named, author, key_id, nonce, ciphertext, sign(unsigned.signed_part())
    )


def verify_signature(env: Envelope, author_signing_public: bytes) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(author_signing_public).verify(env.signature, env.signed_part())
    except (InvalidSignature, ValueError):
        raise EnvelopeError("signature does not verify against the author's key") from None


def open_envelope(
    env: Envelope,
    key: bytes,
    actor: bytes | None = None,
    genesis: Callable[[], bytes] | None = None,
    carried: frozenset[bytes] = frozenset(),
) -> list[tuple[bytes, ChangeHeader]]:
    """Decrypt (after the caller verified signature and rights) and check the changes are the
    ones named, in order. actor: where given, every change inside must be made by it, except
    one whose hash is genesis() (a document's shared first change, worked out only if needed)
    or one by an actor in `carried` (devices the author succeeds, whose work it carries on), or
    a move into the document under a new agreement (app/models/documents/moves.py)."""
    try:
        plain = crypto.unseal(key, env.nonce, env.ciphertext, env.header())
    except crypto.CryptoError:
        raise EnvelopeError("does not decrypt under the compartment key (tampered or wrong key)") from None
    out: list[tuple[bytes, ChangeHeader]] = []
    n, i = len(plain), 0
    try:
        for named in env.changes:
            # Each change is a length-prefixed blob (wire.Writer.blob); read inline, since an
            # envelope holds up to a thousand and a sync opens tens of thousands.
            b = plain[i] if i < n else -1
            if 0 <= b < 0x80:
                size, i = b, i + 1
            elif b > 0 and i + 1 < n and plain[i + 1] < 0x80:
                size, i = (b & 0x7F) | (plain[i + 1] << 7), i + 2
            else:
                r = Reader(plain)
                r.i = i
                size = r.uint(MAX_CHANGE_BYTES)
                i = r.i
            if i + size > n:
                raise WireError("ends early")
            change = plain[i : i + size]
            i += size
            head = read_change(change)
            if head.hash != named:
                raise EnvelopeError("a change inside is not the one its header names")
            if (
                actor is not None
                and head.actor != actor
                and head.actor not in carried
                and (genesis is None or (head.hash != genesis() and not is_move(head, genesis())))
            ):
                raise EnvelopeError("a change inside was made by another actor than its author")
            out.append((change, head))
        if i != n:
            raise WireError("trailing bytes")
    except WireError:
        raise EnvelopeError("the changes inside are not the ones its header names") from None
    except BadChange as exc:
        raise EnvelopeError(f"carries a malformed change: {exc}") from None
    return out
