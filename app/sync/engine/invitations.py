"""Invitations: how a chair lets a new device into the panel without handing files around.

The chair issues an invitation for a role. Its code carries a one-time secret, the chair
device's fingerprint (so the joiner can tell it reached the right device before sending
anything about itself), an expiry and a check value that catches a mistyped code. The chair's
device keeps the invitation (inside the encrypted store) with its state; redeeming it proves
knowledge of the secret with an HMAC bound to the TLS channel and to the joiner's signed
profile, so a code overheard in the room is useless once used, withdrawn or expired, and a
relayed proof does not fit another connection.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import struct
import time
from dataclasses import dataclass

import sqlalchemy as sa

from app.models import clock
from app.models.errors import ValidationError
from app.models.identity import format_fingerprint
from app.models.language import QT_TRANSLATE_NOOP
from app.models.storage import tables as t
from app.models.storage.store import Store

VERSION = 1
DEFAULT_HOURS = 72.0
MAX_HOURS = 24.0 * 30
MAX_FAILED_PROOFS = 5
_ID, _SECRET, _PIN, _CHECK = 5, 12, 10, 3
_LAYOUT = struct.Struct(f">B{_ID}s{_SECRET}s{_PIN}sI")
_META = "invitation:"
FILE_KIND = "concord-invitation"


def _check_of(body: bytes) -> bytes:
    return hashlib.sha256(b"concord-invitation-check/" + body).digest()[:_CHECK]


@dataclass(frozen=True)
class Invitation:
    invite_id: str  # hex
    secret: bytes
    chair_pin: bytes  # the raw bytes behind the chair device's fingerprint
    expires: int  # unix seconds
    role: str = ""  # known to the chair; in the file form for the joiner's information only

    @property
    def chair_fingerprint(self) -> str:
        return format_fingerprint(self.chair_pin)

    @property
    def code(self) -> str:
        body = _LAYOUT.pack(VERSION, bytes.fromhex(self.invite_id), self.secret, self.chair_pin, self.expires)
        text = base64.b32encode(body + _check_of(body)).decode()
        return "-".join(text[i : i + 8] for i in range(0, len(text), 8))

    @staticmethod
    def parse(code: str) -> Invitation:
        text = "".join(ch for ch in code.upper() if ch.isalnum())
        # People read codes aloud and type them: O and 0, I and 1 are never both in base32's alphabet.
        text = text.replace("0", "O").replace("1", "I").replace("8", "B")
        try:
            raw = base64.b32decode(text)
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "SyncProblems", "this is not a Concord invitation code (it has characters a code never has)"
                )
            ) from None
        if len(raw) != _LAYOUT.size + _CHECK:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "SyncProblems", "this invitation code is the wrong length: check that it was copied whole"
                )
            )
        body, check = raw[: _LAYOUT.size], raw[_LAYOUT.size :]
        if not hmac.compare_digest(check, _check_of(body)):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "SyncProblems", "this invitation code has a typing mistake in it (its check does not match)"
                )
            )
        version, invite_id, secret, pin, expires = _LAYOUT.unpack(body)
        if version != VERSION:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "SyncProblems", "this invitation code is of version {version}, which this Concord does not read"
                ),
                version=version,
            )
        return Invitation(invite_id.hex(), secret, pin, expires)

    def to_file_bytes(self) -> bytes:
        return json.dumps(
            {
                "kind": FILE_KIND,
                "code": self.code,
                "role": self.role,
                "chair_fingerprint": self.chair_fingerprint,
                "expires": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.expires)),
            },
            indent=1,
        ).encode()

    @staticmethod
    def from_file_bytes(data: bytes) -> Invitation:
        try:
            raw = json.loads(data)
            if raw.get("kind") != FILE_KIND:
                raise KeyError("kind")
            code, role = raw["code"], raw.get("role", "")
        except (ValueError, KeyError, TypeError, AttributeError):
            raise ValidationError(QT_TRANSLATE_NOOP("SyncProblems", "this file is not a Concord invitation")) from None
        parsed = Invitation.parse(code)
        return Invitation(parsed.invite_id, parsed.secret, parsed.chair_pin, parsed.expires, str(role))

    def expired(self, now: float | None = None) -> bool:
        return (clock.epoch() if now is None else now) >= self.expires


def proof(secret: bytes, invite_id: str, channel: bytes, request: bytes) -> bytes:
    """What the joiner sends to show it holds the code, for this channel and this request only."""
    msg = (
        b"concord-join/"
        + bytes.fromhex(invite_id)
        + hashlib.sha256(channel).digest()
        + hashlib.sha256(request).digest()
    )
    return hmac.new(secret, msg, hashlib.sha256).digest()


@dataclass
class InvitationRecord:
    invite_id: str
    role: str
    issued_at: int
    expires: int
    secret: bytes
    state: str  # open, used, withdrawn (expired is derived)
    used_by: str | None = None
    failed_proofs: int = 0

    def current_state(self, now: float | None = None) -> str:
        if self.state == "open" and (clock.epoch() if now is None else now) >= self.expires:
            return "expired"
        return self.state

    def encode(self) -> str:
        return json.dumps(
            {
                "role": self.role,
                "issued_at": self.issued_at,
                "expires": self.expires,
                "secret": self.secret.hex(),
                "state": self.state,
                "used_by": self.used_by,
                "failed_proofs": self.failed_proofs,
            }
        )

    @staticmethod
    def decode(invite_id: str, text: str) -> InvitationRecord:
        d = json.loads(text)
        return InvitationRecord(
            invite_id,
            d["role"],
            d["issued_at"],
            d["expires"],
            bytes.fromhex(d["secret"]),
            d["state"],
            d.get("used_by"),
            d.get("failed_proofs", 0),
        )


class InvitationBook:
    """The invitations a chair's device has issued, kept in its encrypted store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def issue(self, conn: sa.Connection, role: str, hours: float, chair_pin: bytes) -> Invitation:
        if not 0 < hours <= MAX_HOURS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "SyncProblems",
                    "an invitation is valid for more than 0 and at most {max_hours:.0f} hours (got {hours})",
                ),
                max_hours=MAX_HOURS,
                hours=hours,
            )
        now = int(clock.epoch())
        record = InvitationRecord(
            os.urandom(_ID).hex(), role, now, now + int(hours * 3600), secrets.token_bytes(_SECRET), "open"
        )
        self.store.set_meta(conn, _META + record.invite_id, record.encode())
        return Invitation(record.invite_id, record.secret, chair_pin, record.expires, role)

    def get(self, invite_id: str, conn: sa.Connection | None = None) -> InvitationRecord | None:
        query = sa.select(t.meta.c.value).where(t.meta.c.key == _META + invite_id)
        if conn is None:
            with self.store.engine.connect() as c:
                text = c.execute(query).scalar()
        else:
            text = conn.execute(query).scalar()
        return InvitationRecord.decode(invite_id, text) if text else None

    def put(self, conn: sa.Connection, record: InvitationRecord) -> None:
        self.store.set_meta(conn, _META + record.invite_id, record.encode())

    def all(self) -> list[InvitationRecord]:
        with self.store.engine.connect() as conn:
            rows = conn.execute(sa.select(t.meta.c.key, t.meta.c.value).where(t.meta.c.key.startswith(_META))).all()
        records = [InvitationRecord.decode(r.key[len(_META) :], r.value) for r in rows]
        return sorted(records, key=lambda r: r.issued_at, reverse=True)
