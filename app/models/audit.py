"""The device's append-only, hash-chained audit log: who read which section, who changed which field.

Values are never written here - only who, when, what kind of access, which case and which
section or field. Each entry's hash covers the previous entry's hash, so changing, removing or
reordering any entry breaks the chain from that point on, and `verify` names where.

The hash is an HMAC under the device's audit key (app/models/storage/store.py, AuditContext), which the
database file alone does not give: without the device's secrets no entry can be removed and the
rest re-chained. Entries written before the chain was keyed (a store upgraded from format 5)
keep the plain SHA-256 rule up to the marker the upgrade recorded; the first keyed entry seals
them. A keyed chain can still be cut short from its end, which leaves it whole: the signed heads
of app/models/audit_anchors.py, kept here and by peers, prove that.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa

from app.models import audit_anchors, audit_seals
from app.models.audit_anchors import Held
from app.models.errors import AuditError
from app.models.language import QT_TRANSLATE_NOOP
from app.models.storage import tables as t
from app.models.storage.store import AUDIT_CONTEXT, AUDIT_KEYED_META, AuditContext, Store, now_utc

GENESIS = "0" * 64
# The device signs its head at least this often (and at each sync session: app/sync/net/session.py).
ANCHOR_EVERY = 100
# Meta key: the identities the device had before a restore (see former_devices).
FORMER_DEVICES_META = "former_devices"
ACTIONS = (
    "device_created",
    "case_created",
    "section_read",
    "field_changed",
    "record_added",
    "record_changed",
    "record_removed",
    "compartment_exported",
    "report_written",
    "panel_founded",
    "panel_joined",
    # A device's backup, its restore on another laptop, and the chair taking it in (app/device_backup.py).
    "device_backed_up",
    "device_restored",
    "device_replaced",
    "member_changed",
    "quarantined",
    "invitation_issued",
    "invitation_withdrawn",
    "invitation_redeemed",
    "invitation_refused",
    # Reads and refusals: a read of case data in any command or view, and every refused read or
    # write, leave a trace, so a log shows what was tried as well as what was done.
    "case_read",
    "read_refused",
    "write_refused",
    # Files and bundles that carry case data off the store.
    "file_written",
    "bundle_exported",
    "bundle_imported",
    # The chain's anchors and what a peer said of this device's chain.
    "audit_anchored",
    "role_change_requested",
    "role_change_approved",
    "record_refused",
    # Sharing that rests on a party's consent: a device whose reading stopped with it destroys
    # what it held of that case's compartment; one whose reading resumed (an override) says so.
    "sharing_stopped",
    "sharing_resumed",
    # A new version of the agreement: adopted by the chair's device; a case's fields moved to the
    # compartments it sets; a compartment it left behind destroyed here.
    "agreement_adopted",
    "agreement_moved",
    "agreement_settled",
    # What left the device and what it decided not to share: each entry seals one row of the
    # disclosure log (app/models/disclosures/log.py) by its digest.
    "disclosed",
    "not_shared",
    # A case's retention: a legal hold placed and released, its erasure issued by the chair, and
    # the erasure carried out on a device (what is left of the case is that it existed).
    "legal_hold_placed",
    "legal_hold_released",
    "erasure_issued",
    "case_erased",
)


@dataclass(frozen=True)
class Actor:
    device_id: str
    person: str
    role: str


@dataclass(frozen=True)
class Entry:
    seq: int
    at: str
    device_id: str
    person: str
    role: str
    action: str
    case_ref: str
    target: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class Verdict:
    ok: bool
    entries: int
    broken_at: int | None = None
    problem: str = ""
    anchors: int = 0  # the anchors of this device's chain it was checked against
    anchor: Held | None = None  # the anchor the chain fails, where one does


def _body(seq: int, at: str, device_id: str, person: str, role: str, action: str, case_ref: str, target: str) -> bytes:
    return json.dumps(
        [seq, at, device_id, person, role, action, case_ref, target], ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")


def entry_hash(
    prev_hash: str, seq: int, at: str, device_id: str, person: str, role: str, action: str, case_ref: str, target: str
) -> str:
    """The unkeyed rule of entries written before the chain was keyed (anyone can compute it)."""
    return hashlib.sha256(
        prev_hash.encode("utf-8") + _body(seq, at, device_id, person, role, action, case_ref, target)
    ).hexdigest()


def keyed_hash(
    key: bytes,
    prev_hash: str,
    seq: int,
    at: str,
    device_id: str,
    person: str,
    role: str,
    action: str,
    case_ref: str,
    target: str,
) -> str:
    body = _body(seq, at, device_id, person, role, action, case_ref, target)
    return hmac.new(key, prev_hash.encode("utf-8") + body, hashlib.sha256).hexdigest()


def _context(conn: sa.Connection) -> AuditContext:
    ctx: AuditContext | None = conn.info.get(AUDIT_CONTEXT)
    if ctx is None or not ctx.mac_key:
        raise AuditError(
            QT_TRANSLATE_NOOP(
                "DeviceProblems", "the audit log can be written only through the store that holds its key"
            )
        )
    return ctx


def append(
    conn: sa.Connection,
    actor: Actor,
    action: str,
    case_ref: str = "",
    target: str | Callable[[int, str], str] = "",
) -> tuple[int, str]:
    """Append one entry inside the caller's transaction, so it commits with what it records.
    A record the entry seals gives its target as a function of the entry's number and time
    (which the record carries too); both are returned."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action}")
    ctx = _context(conn)
    last = conn.execute(sa.select(t.audit.c.seq, t.audit.c.hash).order_by(t.audit.c.seq.desc()).limit(1)).first()
    seq = (last.seq + 1) if last else 1
    prev = last.hash if last else GENESIS
    at = now_utc()
    if callable(target):
        target = target(seq, at)
    digest = keyed_hash(ctx.mac_key, prev, seq, at, actor.device_id, actor.person, actor.role, action, case_ref, target)
    conn.execute(
        t.audit.insert().values(
            seq=seq,
            at=at,
            device_id=actor.device_id,
            person=actor.person,
            role=actor.role,
            action=action,
            case_ref=case_ref,
            target=target,
            prev_hash=prev,
            hash=digest,
        )
    )
    if ctx.sign is not None and seq % ANCHOR_EVERY == 0:
        device_id = conn.execute(sa.select(t.device.c.device_id)).scalar()
        if device_id is not None:
            audit_anchors.sign_head(conn, device_id, ctx.sign)
    return seq, at


def entries(store: Store) -> list[Entry]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(t.audit).order_by(t.audit.c.seq)).all()
    return [Entry(**row._mapping) for row in rows]


def keyed_from(store: Store) -> int:
    """The first entry hashed under the key. A marker missing, or without its own MAC, counts as
    1: every entry must then be keyed, so tampering with it fails closed."""
    raw = store.get_meta(AUDIT_KEYED_META) or ""
    first, _, mac = raw.partition(":")
    if first.isdigit() and hmac.compare_digest(mac, store.audit_marker_mac(int(first))):
        return int(first)
    return 1


def verify(store: Store) -> Verdict:
    """The chain link by link, then against every signed head of it this device holds."""
    items = entries(store)
    key, first_keyed = store.audit.mac_key, keyed_from(store)
    prev = GENESIS
    for expected_seq, e in enumerate(items, start=1):
        if e.seq != expected_seq:
            return Verdict(False, len(items), expected_seq, f"entry {expected_seq} is missing")
        if e.prev_hash != prev:
            return Verdict(False, len(items), e.seq, f"entry {e.seq} does not follow entry {e.seq - 1}")
        fields = (e.seq, e.at, e.device_id, e.person, e.role, e.action, e.case_ref, e.target)
        digest = keyed_hash(key, prev, *fields) if e.seq >= first_keyed else entry_hash(prev, *fields)
        if not hmac.compare_digest(digest, e.hash):
            return Verdict(False, len(items), e.seq, f"entry {e.seq} was altered after it was written")
        prev = e.hash
    verdict = _against_anchors(store, items)
    if not verdict.ok:
        return verdict
    problem = audit_seals.unsealed(store, items)
    if problem is not None:
        seq, why = problem
        return Verdict(False, len(items), seq, why, verdict.anchors)
    return verdict


def former_devices(store: Store) -> list[tuple[str, bytes]]:
    """The identities this store's device had before a restore from backup gave it a new one
    (device id, signing key), oldest first: the chain's earlier heads were signed by them."""
    raw = store.get_meta(FORMER_DEVICES_META)
    return [(d, bytes.fromhex(k)) for d, k in json.loads(raw)] if raw else []


def _against_anchors(store: Store, items: list[Entry]) -> Verdict:
    with store.engine.connect() as conn:
        me = conn.execute(sa.select(t.device.c.device_id, t.device.c.signing_public)).first()
        keys = ([(me.device_id, me.signing_public)] if me is not None else []) + former_devices(store)
        held = [(h, key) for device_id, key in keys for h in audit_anchors.held_of(conn, device_id)]
    for h, key in held:
        assert me is not None  # anchors are looked up only for a device this store knows
        a = h.anchor
        by = "this device" if h.source == me.device_id else f"device {h.source}"
        holder = f"held by {by}, received {h.received_at}"
        if not a.verifies(key):
            return Verdict(
                False,
                len(items),
                a.seq,
                f"the signed head of entry {a.seq} ({holder}) does not verify: the anchors were altered",
                len(held),
                h,
            )
        if a.seq > len(items):
            return Verdict(
                False,
                len(items),
                len(items) + 1,
                f"the log ends at entry {len(items)}, but its head was signed at entry {a.seq} "
                f"on {a.signed_at} ({holder}): entries were removed since",
                len(held),
                h,
            )
        if not hmac.compare_digest(items[a.seq - 1].hash, a.hash):
            return Verdict(
                False,
                len(items),
                a.seq,
                f"entry {a.seq} is not the one signed on {a.signed_at} ({holder}): the log was rewritten",
                len(held),
                h,
            )
    return Verdict(True, len(items), anchors=len(held))
