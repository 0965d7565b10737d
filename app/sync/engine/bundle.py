"""Offline bundles: what a USB stick carries from one panel device to others.

File: header | sections | recipients | signature, the whole signed by the sender.
- The header names the format, the panel, the sender, a random bundle id and the time; it is
  the associated data of everything encrypted in the file.
- A section is encrypted under a random key of its own. The sections are: the membership
  entries, for every recipient; one per recipient, with its key grants and the sender's holdings
  of what its role may read; and the envelopes, grouped by which recipients lack them, so that
  each recipient gets everything it lacks (never only what all of them lack) and nothing its
  role may not read. Which case or compartment a section holds is inside its encryption, and the
  sections are in random order.
- Each recipient is named with its own table of section keys, encrypted under a key wrapped to
  its exchange key. Every table has one entry per section (a key, or zeros where the section is
  not for it), so a recipient learns of the sections it may not open only how many there are and
  their sizes, and nothing of which other recipient opens which.
On import, nothing is stored until every check has passed; what is inside then goes through the
same engine checks as a network session. A bundle id already imported is refused (replay).
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field

import sqlalchemy as sa
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.models import audit
from app.models.disclosures.log import record
from app.models.errors import ConcordError, NotFound
from app.models.language import QT_TRANSLATE_NOOP
from app.models.storage import tables as t
from app.models.storage.store import now_utc
from app.sync.engine import audit_records, disclosing
from app.sync.engine.membership import PanelState
from app.sync.engine.membership_entries import Entry, MembershipError
from app.sync.engine.peer_knowledge import HASH, pack, unpack
from app.sync.engine.received import Received
from app.sync.engine.receiving import placeholder
from app.sync.engine.sync_engine import SyncEngine
from app.sync.protocol import crypto
from app.sync.protocol.envelope import Envelope, EnvelopeError, open_envelope
from app.sync.protocol.wire import Reader, WireError, Writer

# CBN2 carried one payload for all recipients; CBN3 carries sections, each for those who may read it.
MAGIC = b"CBN3"
OLD_MAGICS = (b"CBN2",)
MAX_BUNDLE = 512 * 1024 * 1024
MAX_RECIPIENTS = 256
# Envelopes are grouped by which recipients lack them; past this many groups they are grouped by
# which recipients may read their compartment instead (a few dozen at most), so tables stay small.
MAX_SECTIONS = 4096
_NOT_YOURS = bytes(crypto.KEY_BYTES)
_GROUPS = 4  # membership entries, key grants, envelopes, holdings summary


class BundleError(ConcordError):
    """A bundle that is refused; nothing from it was stored."""


@dataclass(frozen=True)
class Missing:
    """What one compartment of one case still lacks on this device, in the words its user knows."""

    reference: str
    compartment: str
    waiting: int  # changes that wait for changes they build on
    held: int  # changes held until their key arrives
    wrote_missing: tuple[str, ...]  # who wrote the changes they wait for, where this device can tell
    holders: tuple[str, ...]  # who wrote the changes that wait: their devices hold what they need

    def describe(self) -> str:
        parts = []
        if self.waiting:
            parts.append(
                f"{self.waiting} change(s) wait for changes they build on that this device has not received"
                + (f" (written on {' and '.join(self.wrote_missing)})" if self.wrote_missing else "")
            )
        if self.held:
            parts.append(f"{self.held} change(s) are held until this device receives their key")
        holders = f", such as {' or '.join(self.holders)}" if self.holders else ""
        return (
            f"{self.reference}, {self.compartment}: {'; '.join(parts)}. "
            f"Import a bundle from, or sync with, a device that holds it{holders}."
        )


@dataclass
class ImportResult:
    bundle_id: str
    sender: str
    membership: int
    grants: int
    envelopes: Received
    missing: list[Missing] = field(default_factory=list)
    audit: int = 0  # another device's audit entries kept (on an information governance officer's device)

    def report(self) -> list[str]:
        return [m.describe() for m in self.missing]


@dataclass
class BundleContents:
    """What one recipient can open of a bundle, every check passed but nothing stored yet."""

    bundle_id: bytes
    sender: str
    sections: int  # in the whole file
    readable: list[bytes]  # the plaintext of each section this device can open
    entries: list[bytes]
    grants: list[bytes]
    envelopes: list[bytes]
    holdings: dict[tuple[str, str], set[bytes]]
    audit: list[bytes] = field(default_factory=list)  # audit records, or an officer's acknowledgement


def _wrap_context(bundle_id: bytes, recipient: str) -> bytes:
    return b"concord-bundle/" + bundle_id + b"/" + recipient.encode()


def _table_aad(header: bytes, recipient: str) -> bytes:
    return Writer().blob(header).ident(recipient).bytes()


def _section_aad(header: bytes, index: int) -> bytes:
    return Writer().blob(header).uint(index).bytes()


def _section(groups: tuple[list[bytes], ...]) -> bytes:
    w = Writer()
    for group in groups:
        w.uint(len(group))
        for item in group:
            w.blob(item)
    return w.bytes()


def export_bundle(
    engine: SyncEngine,
    recipients: list[str],
    everything: bool = False,
    known: dict[str, dict[tuple[str, str], set[bytes]]] | None = None,
    membership: bool = True,
    holdings: bool = True,
    channel: str | None = "bundle",
) -> bytes:
    """A bundle for the given devices: by default, for each, only what this device does not know
    it to hold already (see peer_knowledge); with everything=True all its role may read. `known`
    replaces that knowledge for the devices it names (the relay adds what waits in a mailbox).
    membership=False leaves out the membership log, which the relay sends only when it changed;
    holdings=False leaves out this device's holdings, which the relay sends only as a receipt.
    channel: what the disclosure log calls it; None where the caller logs it once delivered."""
    state = engine.state()
    members = []
    for device_id in dict.fromkeys(recipients):
        m = state.active(device_id)
        if m is None:
            raise BundleError(
                QT_TRANSLATE_NOOP("SyncProblems", "{device_id} is not an active member of the panel"),
                device_id=device_id,
            )
        members.append(m)
    if not members:
        raise BundleError(QT_TRANSLATE_NOOP("SyncProblems", "name at least one recipient device"))
    if len(members) > MAX_RECIPIENTS:
        raise BundleError(
            QT_TRANSLATE_NOOP("SyncProblems", "a bundle is for at most {max_recipients} devices"),
            max_recipients=MAX_RECIPIENTS,
        )
    engine.seal_pending()
    engine.grant_sweep()
    everyone = frozenset(m.device_id for m in members)
    sections: list[tuple[frozenset[str], tuple[list[bytes], ...]]] = [
        (everyone, (engine.membership_entries() if membership else [], [], [], []))
    ]
    # The holdings summary lets each recipient's next bundle back carry only the rest; it names
    # only compartments that recipient may read, so it goes in a section of its own.
    held = engine.holdings_for(engine.profile.role) if holdings else []
    readable = {}
    for m in members:
        readable[m.device_id] = {c.id for c in engine.compartments.readable_by(m.role)}
        summary = [
            Writer().ident(case).ident(comp).blob(pack(hashes)).bytes()
            for case, comp, hashes in held
            if comp in readable[m.device_id] and engine.consent.may_hold(m.role, case, comp)
        ]
        own: tuple[list[bytes], ...] = ([], engine.grants_for(m.device_id), [], summary)
        audit_items = audit_records.bundle_items(engine, m.device_id)
        if audit_items:  # a fifth group, in the recipient's own section only: older bundles have four
            own = (*own, audit_items)
        sections.append((frozenset({m.device_id}), own))
    lackers: dict[bytes, set[str]] = {}
    found: dict[bytes, tuple[str, str, bytes]] = {}
    for m in members:
        has = None if everything else (known or {}).get(m.device_id) or engine.peers.holdings(m.device_id)
        for (case, comp, env_id), data in engine.envelope_items_for(m.device_id, has):
            lackers.setdefault(env_id, set()).add(m.device_id)
            found[env_id] = (case, comp, data)
    by_lackers: dict[frozenset[str], list[bytes]] = {}
    for env_id, who in lackers.items():
        by_lackers.setdefault(frozenset(who), []).append(env_id)
    if len(sections) + len(by_lackers) > MAX_SECTIONS:
        # Coarser: a recipient may get some envelopes it holds already, which cost only bytes.
        by_lackers = {}
        role_of = {m.device_id: m.role for m in members}
        for env_id, (case, comp, _data) in found.items():
            may = frozenset(
                d for d in everyone if comp in readable[d] and engine.consent.may_hold(role_of[d], case, comp)
            )
            by_lackers.setdefault(may, []).append(env_id)
    for lacking, ids in by_lackers.items():
        sections.append((lacking, ([], [], [found[i][2] for i in ids], [])))
    # The order would otherwise tell a recipient which of the sections it cannot open are whose.
    secrets.SystemRandom().shuffle(sections)
    bundle_id = os.urandom(16)
    header = (
        Writer()
        .fixed(MAGIC, 4)
        .ident(state.panel_id)
        .ident(engine.profile.device_id)
        .fixed(bundle_id, 16)
        .ident(now_utc().replace("+00:00", "Z"))
        .bytes()
    )
    out = Writer().blob(header).uint(len(sections))
    keys = []
    for index, (_who, groups) in enumerate(sections):
        key = crypto.new_key()
        keys.append(key)
        nonce, ciphertext = crypto.seal(key, _section(groups), _section_aad(header, index))
        out.fixed(nonce, crypto.NONCE_BYTES).blob(ciphertext)
    out.uint(len(members))
    for m in members:
        table = b"".join(key if m.device_id in who else _NOT_YOURS for key, (who, _g) in zip(keys, sections))
        table_key = crypto.new_key()
        nonce, ciphertext = crypto.seal(table_key, table, _table_aad(header, m.device_id))
        wrapped = crypto.wrap_key(table_key, m.exchange_public, _wrap_context(bundle_id, m.device_id))
        out.ident(m.device_id).fixed(wrapped, crypto.WRAPPED_BYTES).fixed(nonce, crypto.NONCE_BYTES)
        out.fixed(ciphertext, len(table) + 16)
    signed = out.bytes()
    if len(signed) + 64 > MAX_BUNDLE:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "SyncProblems",
                "the bundle would be too large for a device to import: make one for fewer devices, or "
                "sync over the network",
            )
        )
    # Which devices it is for and its id, never what it holds: the log says a bundle left, and
    # the disclosure log what of which case each recipient gets, by compartment.
    sent_to: dict[str, list[tuple[str, str]]] = {}
    for env_id, who in lackers.items():
        case, comp, _data = found[env_id]
        for device_id in who:
            sent_to.setdefault(device_id, []).append((case, comp))
    name = f"bundle {bundle_id.hex()[:12]}"
    if channel is not None:
        for m in members:
            disclosing.log_consent_withheld(engine, m.device_id, channel)
    with engine.store.begin() as conn:
        audit.append(conn, engine.actor, "bundle_exported", "", f"{name} for {len(members)} device(s)")
        if channel is not None:
            rows = [
                row
                for m in members
                for row in disclosing.shared_rows(
                    engine, sent_to.get(m.device_id, ()), disclosing.recipient(engine, m.device_id), channel, name
                )
            ]
            record(conn, engine.actor, rows)
    return signed + engine.keys.sign(signed)


def read_bundle(engine: SyncEngine, data: bytes) -> BundleContents:
    """Open what this device may of a bundle and check all of it (layout, panel, encryption,
    sender, signature over the whole file), storing nothing. Raises BundleError."""
    if len(data) > MAX_BUNDLE:
        raise BundleError(QT_TRANSLATE_NOOP("SyncProblems", "the file is too large to be a Concord bundle"))
    try:
        r = Reader(data)
        header = r.blob(4096)
        h = Reader(header)
        magic = h.fixed(4)
        if magic in OLD_MAGICS:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "SyncProblems",
                    "this bundle is in an older format ({decode}) that this version of Concord no longer "
                    "reads: ask the sender to update Concord and export it again; nothing was imported",
                ),
                decode=magic.decode(),
            )
        if magic != MAGIC:
            raise BundleError(QT_TRANSLATE_NOOP("SyncProblems", "not a Concord bundle"))
        panel_id, sender, bundle_id = h.ident(), h.ident(), h.fixed(16)
        h.ident()  # when it was made: shown by no one yet, but part of what was signed
        h.end()
        count = r.uint(MAX_SECTIONS)
        sealed = [(r.fixed(crypto.NONCE_BYTES), r.blob(MAX_BUNDLE)) for _ in range(count)]
        tables = {}
        for _ in range(r.uint(MAX_RECIPIENTS)):
            device_id = r.ident()
            if device_id in tables:
                raise WireError("a recipient is named twice")
            tables[device_id] = (
                r.fixed(crypto.WRAPPED_BYTES),
                r.fixed(crypto.NONCE_BYTES),
                r.fixed(count * crypto.KEY_BYTES + 16),
            )
        signed_len = r.i
        signature = r.fixed(64)
        r.end()
    except WireError as exc:
        raise BundleError(
            QT_TRANSLATE_NOOP("SyncProblems", "the bundle is damaged or truncated ({exc}); nothing was imported"),
            exc=exc,
        ) from None
    me = engine.profile.device_id
    if panel_id != engine.panel_id:
        raise BundleError(
            QT_TRANSLATE_NOOP("SyncProblems", "the bundle belongs to another panel; nothing was imported")
        )
    if me not in tables:
        raise BundleError(
            QT_TRANSLATE_NOOP("SyncProblems", "the bundle was not made for this device; nothing was imported")
        )
    wrapped, nonce, ciphertext = tables[me]
    try:
        table_key = crypto.unwrap_key(wrapped, engine.keys.exchange_private(), _wrap_context(bundle_id, me))
        table = crypto.unseal(table_key, nonce, ciphertext, _table_aad(header, me))
        readable = []
        for index, (section_nonce, section) in enumerate(sealed):
            key = table[index * crypto.KEY_BYTES : (index + 1) * crypto.KEY_BYTES]
            if key != _NOT_YOURS:
                readable.append(crypto.unseal(key, section_nonce, section, _section_aad(header, index)))
    except crypto.CryptoError:
        raise BundleError(
            QT_TRANSLATE_NOOP("SyncProblems", "the bundle does not decrypt: it was altered; nothing was imported")
        ) from None
    groups: list[list[bytes]] = [[] for _ in range(_GROUPS)]
    audit_items: list[bytes] = []
    holdings: dict[tuple[str, str], set[bytes]] = {}
    try:
        for plain in readable:
            p = Reader(plain)
            for group in groups:
                group += [p.blob(MAX_BUNDLE) for _ in range(p.uint(10_000_000))]
            if p.i < len(plain):  # audit records or their acknowledgement, for this device alone
                audit_items += [p.blob(MAX_BUNDLE) for _ in range(p.uint(10_000))]
            p.end()
        entries = [Entry.decode(e) for e in groups[0]]
        for item in groups[3]:
            s = Reader(item)
            case, comp, hashes = s.ident(), s.ident(), s.blob(MAX_BUNDLE)
            s.end()
            if len(hashes) % HASH:
                raise WireError("a holdings summary of partial hashes")
            holdings.setdefault((case, comp), set()).update(unpack(hashes))
    except (WireError, MembershipError) as exc:
        raise BundleError(
            QT_TRANSLATE_NOOP("SyncProblems", "the bundle's contents are malformed ({exc}); nothing was imported"),
            exc=exc,
        ) from None
    # The sender must be an active member by the log as it will be once the bundle's entries are in.
    log = engine.membership_log()
    for e in entries:
        log.add(e)
    sender_member = log.fold().active(sender)
    if sender_member is None:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "SyncProblems", "the bundle's sender is not an active member of the panel; nothing was imported"
            )
        )
    try:
        Ed25519PublicKey.from_public_bytes(sender_member.signing_public).verify(signature, data[:signed_len])
    except InvalidSignature:
        raise BundleError(
            QT_TRANSLATE_NOOP("SyncProblems", "the bundle's signature does not verify; nothing was imported")
        ) from None
    return BundleContents(bundle_id, sender, count, readable, groups[0], groups[1], groups[2], holdings, audit_items)


def import_bundle(engine: SyncEngine, data: bytes, via: str = "") -> ImportResult:
    """Check and store a bundle. A bundle imported before is refused, but one that came through
    the relay (`via`) is taken again: the relay delivers it until this device acknowledges it,
    which is only once everything in it is stored, so a second delivery after a crash must
    complete what the first began (every step below skips what it already holds)."""
    got = read_bundle(engine, data)
    bid = got.bundle_id.hex()
    with engine.store.begin() as conn:
        seen = conn.execute(sa.select(t.meta.c.value).where(t.meta.c.key == f"bundle:{bid}")).first()
        if seen is not None and not via:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "SyncProblems", "this bundle was already imported on {value}; a replay changes nothing"
                ),
                value=seen.value,
            )
        if seen is None:
            conn.execute(t.meta.insert().values(key=f"bundle:{bid}", value=now_utc()))
            audit.append(conn, engine.actor, "bundle_imported", "", f"bundle {bid[:12]} from {got.sender[:12]}{via}")
    source = f"bundle {bid[:12]} from {got.sender[:12]}{via}"
    try:
        new_entries = engine.receive_membership(got.entries, source)
        new_grants = engine.receive_grants(got.grants, source)
        received = engine.receive_envelopes(got.envelopes, source)
        audit_kept = audit_records.receive_bundle_items(engine, got.audit, got.sender, source)
    finally:
        engine.flush_quarantine(source)  # one audit entry for what failed a check, as a session ends
    mine = {c.id for c in engine.compartments.readable_by(engine.profile.role)}
    engine.peers.note(got.sender, {k: v for k, v in got.holdings.items() if k[1] in mine})
    return ImportResult(bid, got.sender, new_entries, new_grants, received, still_missing(engine), audit_kept)


# ----- what a device still lacks ----------------------------------------------------------------
_WAITING = (
    "SELECT w.case_id, w.compartment, e.data FROM waiting w JOIN envelopes e ON e.case_id = w.case_id "
    "AND e.compartment = w.compartment AND e.hash = w.hash"
)


@dataclass
class _Gaps:
    """What still_missing gathers of one document: change hashes, and the devices that wrote them."""

    known: set[bytes]  # stored
    waiting: set[bytes] = field(default_factory=set)  # inside stored envelopes, waiting for dependencies
    deps: set[bytes] = field(default_factory=set)  # what the waiting ones build on
    held: set[bytes] = field(default_factory=set)  # inside envelopes held for their key
    authors: set[str] = field(default_factory=set)


def still_missing(engine: SyncEngine) -> list[Missing]:
    """Every case and compartment where received changes wait for others, or for their key.

    Only counts, labels and members' names: never a value. The device that wrote a change that
    waits held, when it wrote it, everything the change builds on, so it is named as one to get
    it from; who wrote the missing changes themselves is known only when they sit here, held for
    lack of a key (an Automerge dependency is a bare hash)."""
    state = engine.state()
    docs: dict[tuple[str, str], _Gaps] = {}

    def doc(case_id: str, comp_id: str) -> _Gaps:
        if (case_id, comp_id) not in docs:
            docs[(case_id, comp_id)] = _Gaps(known=engine.store.change_hashes(case_id, comp_id))
        return docs[(case_id, comp_id)]

    held_by: dict[bytes, str] = {}  # change hash -> author, of the envelopes held for their key
    with engine.store.engine.connect() as conn:
        held_rows = conn.execute(sa.select(t.quarantine.c.data).where(t.quarantine.c.kind == "held")).scalars().all()
    for data in held_rows:
        try:
            env = Envelope.decode(data)
        except EnvelopeError:
            continue
        d = doc(env.case_id, env.compartment)
        fresh = {h for h in env.changes if h not in d.known}
        if fresh:
            d.held |= fresh
            d.authors.add(env.author)
        held_by.update(dict.fromkeys(env.changes, env.author))
    for case_id, comp_id, data in engine.store.driver_rows(_WAITING):
        env = Envelope.decode(data)  # checked when it came
        key = engine.compartment_keys.key(case_id, comp_id, env.key_id)
        if key is None:
            continue
        d = doc(case_id, comp_id)
        for _change, head in open_envelope(env, key):
            if head.hash not in d.known:
                d.waiting.add(head.hash)
                d.deps.update(head.deps)
                d.authors.add(env.author)
    out = []
    for (case_id, comp_id), d in sorted(docs.items()):
        if not d.waiting and not d.held:
            continue
        absent = d.deps - d.known - d.waiting
        wrote = {held_by[h] for h in absent if h in held_by}
        out.append(
            Missing(
                _reference(engine, case_id),
                _compartment_words(engine, comp_id),
                len(d.waiting),
                len(d.held - d.waiting),
                tuple(sorted(_who(state, a) for a in wrote)),
                tuple(sorted(_who(state, a) for a in d.authors)),
            )
        )
    return out


def _reference(engine: SyncEngine, case_id: str) -> str:
    try:
        reference: str = engine.store.find_case(case_id).reference
        return reference
    except NotFound:  # an envelope held for its key is not opened, so its case may be unknown here yet
        return placeholder(case_id)


def _compartment_words(engine: SyncEngine, comp_id: str) -> str:
    comp = engine.compartments.by_id.get(comp_id)
    if comp is None:
        return f"compartment {comp_id}"
    labels = [engine.cases.schema.field(fid).label for fid in comp.field_ids]
    named = ", ".join(labels[:3]) + (f" and {len(labels) - 3} more" if len(labels) > 3 else "")
    return f"{named} ({comp.label(engine.compartments.all_roles)})"


def _who(state: PanelState, device_id: str) -> str:
    m = state.members.get(device_id)
    return f"{m.name}'s device ({device_id[:12]})" if m else f"device {device_id[:12]}"
