"""Offline bundles: what a USB stick carries from one panel device to others.

File: magic | header | wrapped keys | nonce | ciphertext | signature.
- The header names the panel, the sender, a random bundle id and the time; it is the AEAD's
  associated data and is covered by the sender's signature with everything after it.
- The payload (membership entries, key grants, envelopes) is encrypted under a random bundle
  key, wrapped to each recipient device's exchange key: nobody else can read it, and each
  recipient can see it is meant for it.
On import, nothing is stored until every check has passed; what is inside then goes through the
same engine checks as a network session. A bundle id already imported is refused (replay).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import sqlalchemy as sa
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.models import tables as t
from app.models.errors import ConcordError
from app.models.store import now_utc
from app.sync import crypto
from app.sync.engine import SyncEngine
from app.sync.receiving import Received
from app.sync.membership import Entry, MembershipError
from app.sync.peer_knowledge import HASH, pack, unpack
from app.sync.wire import Reader, WireError, Writer

MAGIC = b"CBN2"
MAX_BUNDLE = 512 * 1024 * 1024


class BundleError(ConcordError):
    """A bundle that is refused; nothing from it was stored."""


@dataclass
class ImportResult:
    bundle_id: str
    sender: str
    membership: int
    grants: int
    envelopes: Received


def _context(bundle_id: bytes, recipient: str) -> bytes:
    return b"concord-bundle/" + bundle_id + b"/" + recipient.encode()


def export_bundle(engine: SyncEngine, recipients: list[str], everything: bool = False) -> bytes:
    """A bundle for the given devices: by default only what this device does not know them to
    hold already (see peer_knowledge); with everything=True all their roles may read."""
    state = engine.state()
    members = []
    for device_id in recipients:
        m = state.active(device_id)
        if m is None:
            raise BundleError(f"{device_id} is not an active member of the panel")
        members.append(m)
    if not members:
        raise BundleError("name at least one recipient device")
    engine.seal_pending()
    engine.grant_sweep()
    entries = engine.membership_entries()
    grants = [g for m in members for g in engine.grants_for(m.device_id)]
    # Several recipients share one payload, so it holds only what *every* one of them may read.
    shared = None
    for m in members:
        mine = set(engine.envelopes_for(m.device_id, None if everything else engine.peers.holdings(m.device_id)))
        shared = mine if shared is None else shared & mine
    envelopes = sorted(shared or [])
    # What this device holds, so the recipient's next bundle back need carry only the rest.
    # Only compartments every recipient may read: the rest is none of their business, not even
    # which cases exist there.
    readable = set.intersection(*({c.id for c in engine.compartments.readable_by(m.role)} for m in members))
    summary = [Writer().ident(case).ident(comp).blob(pack(hashes)).bytes()
               for case, comp, hashes in engine.holdings_for(engine.profile.role) if comp in readable]
    payload = Writer()
    for group in (entries, grants, envelopes, summary):
        payload.uint(len(group))
        for item in group:
            payload.blob(item)
    bundle_id = os.urandom(16)
    header = (Writer().fixed(MAGIC, 4).ident(state.panel_id).ident(engine.profile.device_id)
              .fixed(bundle_id, 16).ident(now_utc().replace("+00:00", "Z")).bytes())
    key = crypto.new_key()
    wrapped = Writer().uint(len(members))
    for m in members:
        wrapped.ident(m.device_id).fixed(crypto.wrap_key(key, m.exchange_public, _context(bundle_id, m.device_id)),
                                          crypto.WRAPPED_BYTES)
    nonce, ciphertext = crypto.seal(key, payload.bytes(), header)
    signed = Writer().blob(header).blob(wrapped.bytes()).fixed(nonce, crypto.NONCE_BYTES).blob(ciphertext).bytes()
    return signed + engine.keys.sign(signed)


def import_bundle(engine: SyncEngine, data: bytes) -> ImportResult:
    if len(data) > MAX_BUNDLE:
        raise BundleError("the file is too large to be a Concord bundle")
    try:
        outer = Reader(data)
        header = outer.blob(4096)
        wrapped_blob = outer.blob(1024 * 1024)
        nonce = outer.fixed(crypto.NONCE_BYTES)
        ciphertext = outer.blob(MAX_BUNDLE)
        signed_len = outer.i
        signature = outer.fixed(64)
        outer.end()
        h = Reader(header)
        if h.fixed(4) != MAGIC:
            raise BundleError("not a Concord bundle")
        panel_id, sender, bundle_id = h.ident(), h.ident(), h.fixed(16)
        h.ident()  # when it was made: shown by no one yet, but part of what was signed
        h.end()
        w = Reader(wrapped_blob)
        wraps = {}
        for _ in range(w.uint(1000)):
            device_id = w.ident()
            wraps[device_id] = w.fixed(crypto.WRAPPED_BYTES)
        w.end()
    except WireError as exc:
        raise BundleError(f"the bundle is damaged or truncated ({exc}); nothing was imported") from None
    me = engine.profile.device_id
    if panel_id != engine.panel_id:
        raise BundleError("the bundle belongs to another panel; nothing was imported")
    if me not in wraps:
        raise BundleError("the bundle was not made for this device; nothing was imported")
    try:
        key = crypto.unwrap_key(wraps[me], engine.keys.exchange_private(), _context(bundle_id, me))
        payload = crypto.unseal(key, nonce, ciphertext, header)
    except crypto.CryptoError:
        raise BundleError("the bundle does not decrypt: it was altered; nothing was imported") from None
    try:
        p = Reader(payload)
        groups = [[p.blob(MAX_BUNDLE) for _ in range(p.uint(10_000_000))] for _ in range(4)]
        p.end()
        entries = [Entry.decode(e) for e in groups[0]]
        sender_holds = {}
        for item in groups[3]:
            r = Reader(item)
            case, comp, hashes = r.ident(), r.ident(), r.blob(MAX_BUNDLE)
            r.end()
            if len(hashes) % HASH:
                raise WireError("a holdings summary of partial hashes")
            sender_holds[(case, comp)] = unpack(hashes)
    except (WireError, MembershipError) as exc:
        raise BundleError(f"the bundle's contents are malformed ({exc}); nothing was imported") from None
    # The sender must be an active member by the log as it will be once the bundle's entries are in.
    log = engine.membership_log()
    for e in entries:
        log.add(e)
    sender_member = log.fold().active(sender)
    if sender_member is None:
        raise BundleError("the bundle's sender is not an active member of the panel; nothing was imported")
    try:
        Ed25519PublicKey.from_public_bytes(sender_member.signing_public).verify(signature, data[:signed_len])
    except InvalidSignature:
        raise BundleError("the bundle's signature does not verify; nothing was imported") from None
    bid = bundle_id.hex()
    with engine.store.begin() as conn:
        seen = conn.execute(sa.select(t.meta.c.value).where(t.meta.c.key == f"bundle:{bid}")).first()
        if seen is not None:
            raise BundleError(f"this bundle was already imported on {seen.value}; a replay changes nothing")
        conn.execute(t.meta.insert().values(key=f"bundle:{bid}", value=now_utc()))
    source = f"bundle {bid[:12]} from {sender[:12]}"
    new_entries = engine.receive_membership(groups[0], source)
    new_grants = engine.receive_grants(groups[1], source)
    received = engine.receive_envelopes(groups[2], source)
    mine = {c.id for c in engine.compartments.readable_by(engine.profile.role)}
    engine.peers.note(sender, {k: v for k, v in sender_holds.items() if k[1] in mine})
    return ImportResult(bid, sender, new_entries, new_grants, received)
