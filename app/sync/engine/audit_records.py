"""The panel-wide audit: each device's audit entries (and the disclosure rows they seal), sealed
for the information governance officer's devices and carried to them by sync.

A record holds a run of one device's entries, seq `first` to `last`, with their chain hashes:
who read or changed which section or field of which case, when - never a value. It is signed by
the device and sealed under a fresh key wrapped for one officer device, so no other device,
whatever its role, can read it. The officer's device checks the signature against the
membership log, opens it, and keeps the entries per device; it checks that each device's
entries run on without a gap and that each entry names the hash of the one before, and says
where they do not. Every device still verifies its own chain, keyed, as before.

A device sends its own records only, straight to an officer's device in a session: what the
officer's device has of it is what it last acknowledged (a Receipt closing the session).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.models.storage import tables as t
from app.models.storage.store import now_utc
from app.sync.protocol import crypto

if TYPE_CHECKING:  # the session and the engine call in here: typed only
    from app.sync.engine.sync_engine import SyncEngine

OFFICER_ROLE = "ig_officer"
MAX_ENTRIES = 5_000  # per record: a device with more waiting sends them over several sessions
SENT_META = "audit_sent:"  # + officer device id: the last seq it acknowledged


class RecordError(ValueError):
    """A record that does not verify or open."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _aad(panel: str, author: str, first: int, last: int, recipient: str) -> bytes:
    return f"concord/audit-record/v1|{panel}|{author}|{first}|{last}|{recipient}".encode()


def is_officer(engine: SyncEngine, device_id: str) -> bool:
    member = engine.state().active(device_id)
    return member is not None and member.role == OFFICER_ROLE


def _entries_after(engine: SyncEngine, seq: int) -> list[list[Any]]:
    a, d = t.audit.c, t.disclosures.c
    with engine.store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(t.audit, d.channel, d.shared, d.to_device, d.to_person, d.to_role, d.to_agency, d.detail)
            .outerjoin(t.disclosures, d.seq == a.seq)
            .where(a.seq > seq)
            .order_by(a.seq)
            .limit(MAX_ENTRIES)
        ).all()
    out = []
    for r in rows:
        disclosure = None
        if r.channel is not None:
            disclosure = {
                "channel": r.channel,
                "shared": bool(r.shared),
                "to": [r.to_device, r.to_person, r.to_role, r.to_agency],
                "detail": json.loads(r.detail),
            }
        out.append(
            [
                r.seq,
                r.at,
                r.device_id,
                r.person,
                r.role,
                r.action,
                r.case_ref,
                r.target,
                r.prev_hash,
                r.hash,
                disclosure,
            ]
        )
    return out


def record_for(engine: SyncEngine, officer: str, sent: int = 0) -> tuple[bytes, int] | None:
    """This device's entries the officer's device has not acknowledged (nor been sent, up to
    `sent`, over the connection still open to it), sealed for it, and the last seq they reach;
    None when there are none."""
    member = engine.state().active(officer)
    if member is None or member.role != OFFICER_ROLE:
        return None
    after = max(sent, int(engine.store.get_meta(SENT_META + officer) or 0))
    entries = _entries_after(engine, after)
    if not entries:
        return None
    first, last = entries[0][0], entries[-1][0]
    panel, author = engine.state().panel_id, engine.profile.device_id
    key = crypto.new_key()
    aad = _aad(panel, author, first, last, officer)
    nonce, sealed = crypto.seal(key, json.dumps(entries, ensure_ascii=False, separators=(",", ":")).encode(), aad)
    body = json.dumps(
        {
            "v": 1,
            "panel": panel,
            "author": author,
            "recipient": officer,
            "first": first,
            "last": last,
            "made_at": now_utc(),
            "key": _b64(crypto.wrap_key(key, member.exchange_public, aad)),
            "nonce": _b64(nonce),
            "sealed": _b64(sealed),
        },
        sort_keys=True,
        separators=(",", ":"),
    )
    signature = engine.keys.sign(b"concord/audit-record/" + body.encode())
    return json.dumps({"body": body, "signature": _b64(signature)}).encode(), last


def acknowledged(engine: SyncEngine, officer: str, last: int) -> None:
    """The officer's device has the entries up to `last`: the next record starts after them."""
    if last > int(engine.store.get_meta(SENT_META + officer) or 0):
        with engine.store.begin() as conn:
            engine.store.set_meta(conn, SENT_META + officer, str(last))


@dataclass(frozen=True)
class Opened:
    author: str
    first: int
    last: int
    entries: list[list[Any]]


def open_record(engine: SyncEngine, data: bytes) -> Opened:
    """Check a record's signature, that it is of this panel and for this device, and open it."""
    try:
        outer = json.loads(data)
        body_text = outer["body"]
        body = json.loads(body_text)
        signature = base64.b64decode(outer["signature"], validate=True)
        author, first, last = str(body["author"]), int(body["first"]), int(body["last"])
        panel, recipient = str(body["panel"]), str(body["recipient"])
        wrapped = base64.b64decode(body["key"], validate=True)
        nonce = base64.b64decode(body["nonce"], validate=True)
        sealed = base64.b64decode(body["sealed"], validate=True)
    except (ValueError, KeyError, TypeError):
        raise RecordError("malformed audit record") from None
    state = engine.state()
    if panel != state.panel_id:
        raise RecordError("audit record of another panel")
    if recipient != engine.profile.device_id:
        raise RecordError("audit record sealed for another device")
    member = state.members.get(author)  # a revoked device's record is still its record
    if member is None:
        raise RecordError("audit record of a device that is not a member")
    try:
        Ed25519PublicKey.from_public_bytes(member.signing_public).verify(
            signature, b"concord/audit-record/" + body_text.encode()
        )
    except (InvalidSignature, ValueError):
        raise RecordError("audit record signature does not verify") from None
    aad = _aad(panel, author, first, last, recipient)
    try:
        key = crypto.unwrap_key(wrapped, engine.keys.exchange_private(), aad)
        entries = json.loads(crypto.unseal(key, nonce, sealed, aad))
    except (crypto.CryptoError, ValueError):
        raise RecordError("audit record does not open") from None
    if not isinstance(entries, list) or not entries or [e[0] for e in entries] != list(range(first, last + 1)):
        raise RecordError("audit record's entries do not run from first to last")
    return Opened(author, first, last, entries)


def keep(engine: SyncEngine, records: Iterable[bytes], source: str) -> int:
    """Open and keep what records bring; anything that does not verify is set aside."""
    kept = 0
    for data in records:
        try:
            opened = open_record(engine, data)
        except RecordError as exc:
            engine.set_aside("audit record", source, str(exc), data)
            continue
        kept += _store(engine, opened)
    return kept


def _store(engine: SyncEngine, opened: Opened) -> int:
    p = t.panel_audit.c
    with engine.store.begin() as conn:
        held = {
            r.seq: r.hash
            for r in conn.execute(
                sa.select(p.seq, p.hash).where(p.author == opened.author, p.seq.between(opened.first, opened.last))
            )
        }
        new = 0
        for e in opened.entries:
            seq, at, device_id, person, role, action, case_ref, target, prev_hash, digest, disclosure = e
            if seq in held:
                if held[seq] != digest:  # a second, different entry of the same number: kept as a flag
                    conn.execute(_row(opened.author, seq).values(rewritten=True))
                continue
            conn.execute(
                t.panel_audit.insert().values(
                    author=opened.author,
                    seq=seq,
                    at=str(at),
                    device_id=str(device_id),
                    person=str(person),
                    role=str(role),
                    action=str(action),
                    case_ref=str(case_ref),
                    target=str(target),
                    prev_hash=str(prev_hash),
                    hash=str(digest),
                    disclosure=json.dumps(disclosure, ensure_ascii=False) if disclosure else "",
                    received_at=now_utc(),
                    rewritten=False,
                )
            )
            new += 1
    return new


def _row(author: str, seq: int) -> sa.Update:
    p = t.panel_audit.c
    return t.panel_audit.update().where(p.author == author, p.seq == seq)


# ----- by bundle and relay ---------------------------------------------------------------------
# A bundle has no receipt, so the officer's device says what it holds in the bundles it makes:
# in the section for each device whose entries it keeps, how far that device's entries run
# unbroken from the first. The device then seals only what follows.
RECORD_TAG, ACK_TAG = b"R", b"A"


def _unbroken(engine: SyncEngine, author: str) -> int:
    """The last entry of `author` held here with every entry before it."""
    n = 0
    for (seq,) in engine.store.driver_rows("SELECT seq FROM panel_audit WHERE author = ? ORDER BY seq", (author,)):
        if seq != n + 1:
            break
        n = seq
    return n


POSTED_META = "audit_posted:"  # + officer device id: the last seq a bundle or letter carried
# What a letter itself makes a device write: not news that calls for another letter to an
# officer (each letter would otherwise call for the next).
BOOKKEEPING = ("bundle_exported", "bundle_imported", "audit_anchored", "disclosed", "not_shared", "quarantined")


def has_news(engine: SyncEngine, officer: str) -> bool:
    """Whether this device has entries an officer's device has neither acknowledged nor been
    sent in a bundle, beyond the bookkeeping that sending writes."""
    if not is_officer(engine, officer):
        return False
    after = max(
        int(engine.store.get_meta(SENT_META + officer) or 0), int(engine.store.get_meta(POSTED_META + officer) or 0)
    )
    marks = ",".join("?" * len(BOOKKEEPING))
    rows = engine.store.driver_rows(
        f"SELECT 1 FROM audit WHERE seq > ? AND action NOT IN ({marks}) LIMIT 1", (after, *BOOKKEEPING)
    )
    return bool(rows)


def bundle_items(engine: SyncEngine, recipient: str) -> list[bytes]:
    """What a bundle for `recipient` carries of the panel audit: this device's record, if the
    recipient is an officer's device; the acknowledgement of its entries, if this device is one."""
    items = []
    made = record_for(engine, recipient)
    if made is not None:
        items.append(RECORD_TAG + made[0])
        with engine.store.begin() as conn:
            engine.store.set_meta(conn, POSTED_META + recipient, str(made[1]))
    if engine.profile.role == OFFICER_ROLE:
        upto = _unbroken(engine, recipient)
        if upto:
            items.append(ACK_TAG + json.dumps({"device": recipient, "upto": upto}).encode())
    return items


def receive_bundle_items(engine: SyncEngine, items: list[bytes], sender: str, source: str) -> int:
    """Keep the records a bundle brings (on an officer's device), and take an acknowledgement
    only from a device that is an officer's: the bundle's signature has shown it sent it."""
    records = [item[1:] for item in items if item[:1] == RECORD_TAG]
    kept = keep(engine, records, source) if records else 0
    for item in items:
        if item[:1] != ACK_TAG:
            continue
        try:
            ack = json.loads(item[1:])
            device, upto = str(ack["device"]), int(ack["upto"])
        except (ValueError, KeyError, TypeError):
            engine.set_aside("audit record", source, "malformed acknowledgement", item)
            continue
        own = int(engine.store.driver_rows("SELECT max(seq) FROM audit")[0][0] or 0)
        if device == engine.profile.device_id and is_officer(engine, sender) and 0 < upto <= own:
            acknowledged(engine, sender, upto)
    return kept
