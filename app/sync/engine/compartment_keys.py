"""Compartment keys, and the grants that carry them to the devices whose role may read them.

A key is random, made by the first device to write a compartment. It is known by its id (48 bits
of a hash of the key), so two devices that both make a first key offline do not collide: both
keys stay valid (envelopes name the key they were sealed under), and new envelopes use the
highest generation, then the highest id. A grant wraps
one key to one device (see crypto.wrap_key) and is signed by the device that wrapped it; only a
member whose role may read the compartment may grant its key.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.models.storage import tables as t
from app.models.storage.store import Store
from app.sync.protocol import crypto
from app.sync.protocol.wire import Reader, WireError, Writer

MAGIC = b"CKG1"


class GrantError(ValueError):
    """A key grant that is malformed or does not verify."""


def key_id_of(key: bytes) -> int:
    return int.from_bytes(hashlib.sha256(b"concord-key-id/" + key).digest()[:6], "big")


def wrap_context(panel_id: str, case_id: str, compartment: str, key_id: int, generation: int, recipient: str) -> bytes:
    return f"concord-grant/{panel_id}/{case_id}/{compartment}/{key_id}/{generation}/{recipient}".encode()


@dataclass(frozen=True)
class KeyGrant:
    panel_id: str
    case_id: str
    compartment: str
    key_id: int
    generation: int
    recipient: str
    wrapped: bytes
    granter: str
    signature: bytes = b""

    def body(self) -> bytes:
        return (
            Writer()
            .fixed(MAGIC, 4)
            .ident(self.panel_id)
            .ident(self.case_id)
            .ident(self.compartment)
            .uint(self.key_id)
            .uint(self.generation)
            .ident(self.recipient)
            .fixed(self.wrapped, crypto.WRAPPED_BYTES)
            .ident(self.granter)
            .bytes()
        )

    def encode(self) -> bytes:
        return Writer().blob(self.body()).fixed(self.signature, 64).bytes()

    @classmethod
    def decode(cls, data: bytes) -> KeyGrant:
        try:
            outer = Reader(data)
            body, signature = outer.blob(1024), outer.fixed(64)
            outer.end()
            r = Reader(body)
            if r.fixed(4) != MAGIC:
                raise GrantError("not a key grant")
            grant = cls(
                r.ident(),
                r.ident(),
                r.ident(),
                r.uint(2**48),
                r.uint(1_000_000),
                r.ident(),
                r.fixed(crypto.WRAPPED_BYTES),
                r.ident(),
                signature,
            )
            r.end()
        except WireError as exc:
            raise GrantError(f"malformed key grant: {exc}") from None
        return grant

    def context(self) -> bytes:
        return wrap_context(self.panel_id, self.case_id, self.compartment, self.key_id, self.generation, self.recipient)

    def verify(self, granter_signing_public: bytes) -> None:
        try:
            Ed25519PublicKey.from_public_bytes(granter_signing_public).verify(self.signature, self.body())
        except (InvalidSignature, ValueError):
            raise GrantError("key grant signature does not verify") from None


def make_grant(
    panel_id: str,
    case_id: str,
    compartment: str,
    key: bytes,
    generation: int,
    recipient: str,
    recipient_exchange_public: bytes,
    granter: str,
    sign: Callable[[bytes], bytes],
) -> KeyGrant:
    kid = key_id_of(key)
    wrapped = crypto.wrap_key(
        key, recipient_exchange_public, wrap_context(panel_id, case_id, compartment, kid, generation, recipient)
    )
    draft = KeyGrant(panel_id, case_id, compartment, kid, generation, recipient, wrapped, granter)
    return KeyGrant(**{**draft.__dict__, "signature": sign(draft.body())})


# A stored grant as _all reads it: (case, compartment, key id, recipient, generation, grant bytes).
GrantRow = tuple[str, str, int, str, int, bytes]


class CompartmentKeys:
    """The grants this device holds (its own and those it passes on), and its unwrapped keys."""

    def __init__(self, store: Store, device_id: str, exchange_private: Callable[[], bytes]):
        self.store = store
        self.device_id = device_id
        self._exchange_private = exchange_private
        self._cache: dict[tuple[str, str, int], bytes] = {}
        self._rows: tuple[tuple[Any, ...], list[GrantRow]] | None = None  # see _all

    def _all(self) -> list[GrantRow]:
        """(case, compartment, key id, recipient, generation, grant bytes) of every grant held.

        Grants are added, and deleted only when this device loses access to a compartment
        (forget.py), so the highest row id and the number of rows say whether the list can have
        changed: a session asks for them four times, and reading them all (each page decrypted)
        costs far more than that one lookup. They are read first, so a grant added in between
        is read, never missed."""
        count = tuple(self.store.driver_rows("SELECT max(rowid), count(*) FROM key_grants")[0])
        if self._rows is not None and self._rows[0] != count and count[1] < len(self._rows[1]):
            self._cache.clear()  # grants were deleted (by any engine over this store): drop their keys
        if self._rows is None or self._rows[0] != count:
            self._rows = (
                count,
                self.store.driver_rows(
                    "SELECT case_id, compartment, key_id, recipient, generation, data FROM key_grants"
                ),
            )
        return self._rows[1]

    def forget(self) -> None:
        """Drop what is cached of the grants (after some were deleted: see forget.py)."""
        self._cache.clear()
        self._rows = None

    def put_many(self, conn: sa.Connection, grants: list[KeyGrant]) -> int:
        """Keep grants not held yet (the caller has verified them), in one statement; returns how
        many were new. Every key stays: envelopes name theirs."""
        if not grants:
            return 0
        rows = [
            dict(
                case_id=g.case_id,
                compartment=g.compartment,
                key_id=g.key_id,
                recipient=g.recipient,
                generation=g.generation,
                data=g.encode(),
            )
            for g in grants
        ]
        return conn.execute(t.key_grants.insert().prefix_with("OR IGNORE"), rows).rowcount

    def held(self) -> set[tuple[str, str, int, str]]:
        """(case, compartment, key id, recipient) of every grant held, read without decoding."""
        return {(case_id, comp, key_id, recipient) for case_id, comp, key_id, recipient, _g, _d in self._all()}

    def held_bytes(self) -> set[bytes]:
        """Every grant held, as it was signed."""
        return {data for *_rest, data in self._all()}

    def grants(self, case_id: str | None = None, recipient: str | None = None) -> list[KeyGrant]:
        q = sa.select(t.key_grants.c.data)
        if case_id is not None:
            q = q.where(t.key_grants.c.case_id == case_id)
        if recipient is not None:
            q = q.where(t.key_grants.c.recipient == recipient)
        with self.store.engine.connect() as conn:
            return [KeyGrant.decode(row.data) for row in conn.execute(q)]

    def grant_bytes(self, recipient: str) -> list[bytes]:
        """The stored grants to one device, as they were signed (nothing to decode to pass them on)."""
        return [data for _c, _k, _i, to, _g, data in self._all() if to == recipient]

    def my_keys(self) -> list[tuple[str, str, int, int]]:
        """(case, compartment, key id, generation) of every key granted to this device."""
        return [
            (case_id, comp, key_id, generation)
            for case_id, comp, key_id, to, generation, _d in self._all()
            if to == self.device_id
        ]

    def my_grants(self, case_id: str, compartment: str) -> list[KeyGrant]:
        return [g for g in self.grants(case_id, self.device_id) if g.compartment == compartment]

    def key(self, case_id: str, compartment: str, key_id: int) -> bytes | None:
        cached = self._cache.get((case_id, compartment, key_id))
        if cached is not None:
            return cached
        c = t.key_grants.c
        with self.store.engine.connect() as conn:  # the one grant of this key to this device, if held
            data = conn.execute(
                sa.select(c.data).where(
                    (c.case_id == case_id)
                    & (c.compartment == compartment)
                    & (c.key_id == key_id)
                    & (c.recipient == self.device_id)
                )
            ).scalar()
        if data is None:
            return None
        g = KeyGrant.decode(data)
        key = crypto.unwrap_key(g.wrapped, self._exchange_private(), g.context())
        if key_id_of(key) != key_id:
            raise GrantError("a key grant unwrapped to a different key than it names")
        self._cache[(case_id, compartment, key_id)] = key
        return key

    def currents(self) -> dict[tuple[str, str], tuple[int, int]]:
        """(case, compartment) -> (generation, key id) of the key to seal new envelopes with, for
        every compartment this device holds a key of: the highest generation, then the highest id."""
        best: dict[tuple[str, str], tuple[int, int]] = {}
        for case_id, comp, key_id, generation in self.my_keys():
            if (generation, key_id) > best.get((case_id, comp), (-1, -1)):
                best[(case_id, comp)] = (generation, key_id)
        return best

    def current(self, case_id: str, compartment: str) -> tuple[int, int, bytes | None] | None:
        """(generation, key id, key) to seal new envelopes with, or None if none held yet (the key
        itself None only where its grant was deleted since the keys were listed)."""
        best = self.currents().get((case_id, compartment))
        if best is None:
            return None
        generation, key_id = best
        return generation, key_id, self.key(case_id, compartment, key_id)
