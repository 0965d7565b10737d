"""Signed heads of audit chains: what lets a device, or a peer, prove a later shortening.

A keyed chain stops anyone without the device's secrets from rewriting it, but removing its last
entries leaves a shorter chain that is still whole. So the device signs its head - (device, seq,
hash, time) with its Ed25519 key - every so many entries and at each sync session, and peers
keep the heads they are given and hand them back. A chain is then checked against every head
of it a device holds: shorter than a head, or with another entry at a head's seq, it was cut or
rewritten after that head was signed. Heads carry no content: a seq, a hash and a time.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.models.storage import tables as t
from app.models.storage.store import AnyRow, now_utc

_CONTEXT = b"concord-audit-anchor/1\n"
MAX_ENCODED = 1024  # an encoded anchor is about 300 bytes


@dataclass(frozen=True)
class Anchor:
    device_id: str  # whose chain
    seq: int
    hash: str  # the entry's hash, hex
    signed_at: str
    signature: bytes

    def message(self) -> bytes:
        return (
            _CONTEXT + json.dumps([self.device_id, self.seq, self.hash, self.signed_at], separators=(",", ":")).encode()
        )

    def verifies(self, signing_public: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(signing_public).verify(self.signature, self.message())
        except (InvalidSignature, ValueError):
            return False
        return True

    def encode(self) -> bytes:
        return json.dumps(
            {
                "d": self.device_id,
                "s": self.seq,
                "h": self.hash,
                "t": self.signed_at,
                "g": base64.b64encode(self.signature).decode(),
            },
            separators=(",", ":"),
        ).encode()

    @classmethod
    def decode(cls, data: bytes) -> Anchor:
        """Raises ValueError on anything but a well-formed anchor (its signature unchecked)."""
        if len(data) > MAX_ENCODED:
            raise ValueError("an audit anchor is too long")
        try:
            raw = json.loads(data)
            anchor = cls(raw["d"], raw["s"], raw["h"], raw["t"], base64.b64decode(raw["g"], validate=True))
        except (KeyError, TypeError, UnicodeDecodeError, json.JSONDecodeError, ValueError):
            raise ValueError("not an audit anchor") from None
        if not (
            isinstance(anchor.device_id, str)
            and 0 < len(anchor.device_id) <= 64
            and type(anchor.seq) is int
            and anchor.seq > 0
            and isinstance(anchor.hash, str)
            and len(anchor.hash) == 64
            and all(c in "0123456789abcdef" for c in anchor.hash)
            and isinstance(anchor.signed_at, str)
            and len(anchor.signed_at) <= 40
            and len(anchor.signature) == 64
            and set(raw) == {"d", "s", "h", "t", "g"}
        ):
            raise ValueError("not an audit anchor")
        return anchor


@dataclass(frozen=True)
class Held:
    """An anchor as this device keeps it: from whom the copy came, and when."""

    anchor: Anchor
    source: str
    received_at: str


def _held(row: AnyRow) -> Held:
    return Held(Anchor(row.device_id, row.seq, row.hash, row.signed_at, row.signature), row.source, row.received_at)


def sign_head(conn: sa.Connection, device_id: str, sign: Callable[[bytes], bytes]) -> Anchor | None:
    """Sign this device's audit head and keep the anchor (none while the log is empty). The head
    already signed is not signed again."""
    head = conn.execute(sa.select(t.audit.c.seq, t.audit.c.hash).order_by(t.audit.c.seq.desc()).limit(1)).first()
    if head is None:
        return None
    a = t.audit_anchors.c
    last = conn.execute(
        sa.select(t.audit_anchors)
        .where((a.device_id == device_id) & (a.source == device_id))
        .order_by(a.id.desc())
        .limit(1)
    ).first()
    if last is not None and last.seq == head.seq and last.hash == head.hash:
        return _held(last).anchor
    unsigned = Anchor(device_id, head.seq, head.hash, now_utc(), b"")
    anchor = Anchor(device_id, head.seq, head.hash, unsigned.signed_at, sign(unsigned.message()))
    keep(conn, anchor, device_id)
    return anchor


def keep(conn: sa.Connection, anchor: Anchor, source: str) -> bool:
    """Keep an anchor (whose signature the caller has checked); False if this copy was held."""
    a = t.audit_anchors.c
    found = conn.execute(
        sa.select(a.id).where(
            (a.device_id == anchor.device_id)
            & (a.seq == anchor.seq)
            & (a.hash == anchor.hash)
            & (a.signed_at == anchor.signed_at)
            & (a.source == source)
        )
    ).first()
    if found is not None:
        return False
    conn.execute(
        t.audit_anchors.insert().values(
            device_id=anchor.device_id,
            seq=anchor.seq,
            hash=anchor.hash,
            signed_at=anchor.signed_at,
            signature=anchor.signature,
            source=source,
            received_at=now_utc(),
        )
    )
    return True


def held_of(conn: sa.Connection, device_id: str) -> list[Held]:
    """Every anchor of one device's chain this device holds, oldest seq first."""
    a = t.audit_anchors.c
    rows = conn.execute(sa.select(t.audit_anchors).where(a.device_id == device_id).order_by(a.seq, a.id)).all()
    return [_held(row) for row in rows]


def latest_of(conn: sa.Connection, device_id: str) -> Anchor | None:
    """The anchor of one device's chain that reaches furthest (the latest signed, of equals)."""
    a = t.audit_anchors.c
    row = conn.execute(
        sa.select(t.audit_anchors).where(a.device_id == device_id).order_by(a.seq.desc(), a.signed_at.desc()).limit(1)
    ).first()
    return _held(row).anchor if row is not None else None
