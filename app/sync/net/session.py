"""One sync session between this device and a peer: the engine driven by protocol events.

Still no sockets: `start()` and `receive(data)` return the bytes to send, so the same session
runs over TLS, an in-memory pair in tests, or anything else that moves bytes. The phases and
which frame may follow which are in protocol.py; this module decides what to answer.

Each side: Hello -> (on Hello) Membership: the whole log if the peer is pinned, else only the
entries that admit this device -> (on the peer's Membership, once it is pinned) Grants, Keys,
Anchors (signed audit heads, see audit_exchange.py), Summary -> (on Summary) Grants for keys
the peer lacks, Envelopes, Done -> (on the peer's Done) Receipt. A one-shot session ends (Bye)
once both sides have said Done and had the other's Receipt; a live one stays open and `push()`
sends what was made since.

Who the peer is, is settled before anything about the panel is sent to it: the transport calls
`check_peer()` right after the TLS handshake, which refuses a revoked device or a certificate
not made by the key the log holds for the device it names. A device this one has not heard of
yet is pinned once its own Membership (checked entry by entry) admits it; until then nothing
but Hello and Membership is taken from it, and it is sent only the entries that admit this
device.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cryptography import x509

from app.models import clock
from app.sync.engine import audit_records, disclosing
from app.sync.engine.received import Received
from app.sync.engine.sync_engine import SyncEngine
from app.sync.errors import SyncError
from app.sync.protocol import audit_exchange
from app.sync.protocol.certs import CertError, check_leaf, check_leaf_dates
from app.sync.protocol.connection import (
    Anchors,
    Audit,
    Bye,
    Connection,
    Done,
    Envelopes,
    Grants,
    Hello,
    Keys,
    Membership,
    Message,
    Phase,
    ProtocolError,
    ProtocolViolation,
    Receipt,
    Summary,
)

BATCH = 500
# Envelopes per frame stop at this many bytes (an envelope is at most a few MiB; a frame 16).
FRAME_BYTES = 4 * 1024 * 1024
CLEAN_BYES = ("done", "the device stopped syncing")
# Laptops' clocks drift and are set by hand; a week either way still syncs. Beyond that a
# certificate or invitation time would be judged wrongly, so the session is refused, saying by how much.
MAX_CLOCK_SKEW_S = 7 * 86400 + 600  # a week, and the minutes a clock set by hand is off by
# What one session may make this device do before it is ended. A legitimate one-shot sync
# sends a few frames per compartment; a frame holds up to 500 envelopes.
MAX_FRAMES = 200_000
MAX_MEMBERSHIP_ITEMS = 10_000


class SessionError(Exception):
    """The session ended because the peer broke the protocol or is not who it must be."""


@dataclass
class SessionStats:
    sent_envelopes: int = 0
    received: Received = field(default_factory=Received)
    bytes_in: int = 0
    bytes_out: int = 0
    frames_in: int = 0


def describe_skew(seconds: float) -> str:
    """A clock difference as a person reads it: '9 days 3 hours', '40 minutes'."""
    s = abs(seconds)
    # To the hour once it is days (the two clocks were read a moment apart), else to the minute.
    s = int(round(s / 3600) * 3600) if s >= 86400 else int(round(s / 60) * 60)
    days, hours, minutes = s // 86400, s % 86400 // 3600, s % 3600 // 60
    parts = [f"{days} day{'s' * (days != 1)}"] if days else []
    if hours:
        parts.append(f"{hours} hour{'s' * (hours != 1)}")
    if not days and minutes:
        parts.append(f"{minutes} minute{'s' * (minutes != 1)}")
    return " ".join(parts) or "less than a minute"


class SyncSession:
    def __init__(
        self,
        engine: SyncEngine,
        authenticated_peer: str | None = None,
        live: bool = False,
        leaf: x509.Certificate | None = None,
    ):
        """authenticated_peer: the device id the transport proved (TLS certificate); the peer's
        Hello must name it. None only where the transport authenticates nothing (in-memory
        tests), where a peer counts as pinned once it is an active member by the log.
        leaf: the peer's session certificate, pinned to the key the log holds for it."""
        self.engine = engine
        self.conn = Connection()
        self.authenticated_peer = authenticated_peer
        self.leaf = leaf
        self.live = live
        self.peer: str | None = authenticated_peer
        self.pinned = False
        self.stats = SessionStats()
        self.error: str | None = None
        self.peer_clock_skew: float | None = None
        self._sent_full_log = False
        self._sent_summary = False
        self._sent_done = self._got_done = False
        self._got_receipt = False
        self._peer_has: dict[tuple[str, str], set[bytes]] = {}
        self._sent_entries: set[bytes] = set()
        self._sent_items: dict[tuple[str, str], set[bytes]] = {}
        self._receipted: dict[tuple[str, str], set[bytes]] = {}
        self._claimed: dict[tuple[str, str], set[bytes]] = {}
        self._peer_keys: set[tuple[str, str, int]] = set()  # the keys the peer says it holds
        self._sent_by_peer: dict[tuple[str, str], set[bytes]] = {}
        self._sent_grants: set[bytes] = set()
        self._membership_items = 0
        self._audit_upto = 0  # the last own audit entry sealed for the peer this session
        self._audit_at_done = 0  # ... when this side said Done: what the peer's Receipt covers
        self._to_officer = False  # the peer is an information governance officer's device
        self._sent_anchor: tuple[int, str] | None = None  # (seq, time) of the own head last sent

    @property
    def finished(self) -> bool:
        return self.conn.closed

    @property
    def exchanged(self) -> bool:
        """Both sides have said Done and had the other's Receipt, without error: all that is left
        is the parting Bye, which a peer may close the connection before reading."""
        return self.error is None and self._sent_done and self._got_done and self._got_receipt

    @property
    def waiting_on_peer(self) -> bool:
        """Whether the peer owes us something: the rest of a frame, or its part of the exchange."""
        return self.conn.partial or not (self._got_done and self._got_receipt)

    @property
    def _known_peer(self) -> str:
        """The peer's device id: every frame but Hello is handled after Hello named it (or the
        certificate did), and a peer is pinned only once it is known."""
        assert self.peer is not None, "the peer has not said who it is yet"
        return self.peer

    def _out(self, *events: Message) -> bytes:
        data = b"".join(self.conn.send(e) for e in events)
        self.stats.bytes_out += len(data)
        return data

    # ----- who the peer is --------------------------------------------------------------------
    def check_peer(self) -> bool:
        """Right after the handshake: refuse a revoked device or a certificate the log does not
        back; True if the peer is pinned now, False if it is a device this one has not heard of
        (it may then only prove itself with its Membership)."""
        if self.authenticated_peer is None:
            return False
        member = self.engine.state().members.get(self.authenticated_peer)
        if member is None:
            return False
        if member.revoked:
            raise SessionError("the peer is not an active member of the panel: its device was revoked")
        self._pin(member.signing_public)
        return True

    def _pin(self, device_public: bytes) -> None:
        if self.leaf is not None:
            assert self.authenticated_peer is not None, "a certificate comes with the device it names"
            try:
                check_leaf(self.leaf, self.authenticated_peer, device_public)
            except CertError as exc:
                raise SessionError(str(exc)) from None
        self.pinned = True
        self.conn.trust()

    def _try_pin(self) -> None:
        member = self.engine.state().active(self._known_peer)
        if member is None:
            raise SessionError("the peer is not an active member of the panel")
        self._pin(member.signing_public)

    # ----- driving ----------------------------------------------------------------------------
    def start(self) -> bytes:
        e = self.engine
        return self._out(Hello(e.panel_id or "", e.profile.device_id, int(clock.epoch())))

    def receive(self, data: bytes) -> bytes:
        self.stats.bytes_in += len(data)
        out = []
        for event in self.conn.receive_data(data):
            if isinstance(event, ProtocolError):
                self.error = f"protocol error: {event.reason}"
                out.append(self._out(Bye(self.error)))
                break
            self.stats.frames_in += 1
            try:
                if self.stats.frames_in > MAX_FRAMES and not self.live:
                    raise SessionError(f"the peer sent more than {MAX_FRAMES} frames in one session")
                out.append(self._on(event))
            except (SessionError, SyncError) as exc:
                self.error = str(exc)
                if not self.finished:
                    out.append(self._out(Bye(str(exc))))
                break
        if not self.live and self._sent_done and self._got_done and self._got_receipt and not self.finished:
            out.append(self._out(Bye(CLEAN_BYES[0])))
        if self.finished and self.peer is not None:
            self.engine.flush_quarantine(self.peer)  # one audit entry for the session's junk
        return b"".join(out)

    def push(self) -> bytes:
        """In a live session: seal what was made since and send what the peer lacks - new
        membership entries and key grants first, so the envelopes can be checked and opened."""
        if self.finished or not self.pinned or not self._sent_done:
            return b""
        e = self.engine
        e.seal_pending()
        frames = []
        entries = [x for x in e.membership_entries() if x not in self._sent_entries]
        if entries:
            self._sent_entries.update(entries)
            frames.append(self._out(Membership(tuple(entries))))
        if e.state().active(self._known_peer) is None:  # revoked while connected: it gets nothing more
            self.error = "the peer was revoked from the panel"
            return b"".join(frames) + self._out(Bye("the peer is no longer an active member of the panel"))
        grants = [g for g in e.grants_for(self._known_peer) if g not in self._sent_grants]
        if grants:
            self._sent_grants.update(grants)
            frames.append(self._out(Grants(tuple(grants))))
        own = audit_exchange.latest_own(e)  # a head signed since (every audit.ANCHOR_EVERY entries)
        if own is not None and (own.seq, own.signed_at) != self._sent_anchor:
            self._sent_anchor = (own.seq, own.signed_at)
            frames.append(self._out(Anchors((own.encode(),))))
        if self._to_officer:  # what was audited since goes as it is made
            made = audit_records.record_for(e, self._known_peer, sent=self._audit_upto)
            if made is not None:
                self._audit_upto = made[1]
                frames.append(self._out(Audit((made[0],))))
        return b"".join(frames) + self._send_envelopes()

    def close(self, reason: str) -> bytes:
        return b"" if self.finished else self._out(Bye(reason))

    def _send_envelopes(self) -> bytes:
        # The caller has sealed, before the grants it sent: a key made by sealing here would
        # reach the peer only after the envelopes that need it.
        items = self.engine.envelope_items_for(self._known_peer, self._peer_has)
        frames: list[bytes] = []
        batch: list[bytes] = []
        size = 0
        for _key, data in items:
            if batch and (len(batch) >= BATCH or size + len(data) > FRAME_BYTES):
                frames.append(self._out(Envelopes(tuple(batch))))
                batch, size = [], 0
            batch.append(data)
            size += len(data)
        if batch:
            frames.append(self._out(Envelopes(tuple(batch))))
        if items:  # logged before the bytes leave: a session cut short has still disclosed them
            disclosing.log_sent(
                self.engine, self._known_peer, [(c, k) for (c, k, _e), _d in items], "sync", "envelopes"
            )
        for (case_id, compartment, env_id), _data in items:  # so a live push does not resend
            self._peer_has.setdefault((case_id, compartment), set()).add(env_id)
            self._sent_items.setdefault((case_id, compartment), set()).add(env_id)
        self.stats.sent_envelopes += len(items)
        return b"".join(frames)

    def _full_log(self) -> bytes:
        entries = self.engine.membership_entries()
        self._sent_entries.update(entries)
        self._sent_full_log = True
        return self._out(Membership(tuple(entries)))

    def _opening(self) -> bytes:
        """Grants, Keys and Summary: sent once the peer is pinned and its log is in."""
        e = self.engine
        e.seal_pending()
        peer = self._known_peer
        grants = e.grants_for(peer)
        self._sent_grants.update(grants)
        # Only compartments the peer's role may read too: what this device holds of any other
        # is none of the peer's business (not even case, compartment and change hashes).
        member = e.state().active(peer)
        assert member is not None, "sent once the peer is pinned to an active member"
        role = member.role
        self._sent_summary = True
        disclosing.log_consent_withheld(e, peer, "sync")
        heads = audit_exchange.opening_anchors(e, peer)
        own = audit_exchange.latest_own(e)
        self._sent_anchor = (own.seq, own.signed_at) if own is not None else None
        return self._out(
            Grants(tuple(grants)),
            Keys(tuple(e.keys_held_for(role))),
            Anchors(heads),
            Summary(tuple(e.holdings_for(role))),
        )

    def _on(self, event: Message) -> bytes:
        e = self.engine
        if isinstance(event, Bye):
            if event.reason not in CLEAN_BYES and not self.error:
                # The peer refused or broke off (not a member, a failed check): say so, so a
                # refused device is not told it synced.
                self.error = f"the peer ended the session: {event.reason}"
            return b""
        if isinstance(event, Hello):
            return self._on_hello(event)
        if isinstance(event, Membership):
            return self._on_membership(event)
        if not self.pinned:
            raise SessionError(f"the peer sent {type(event).__name__.lower()} before it was shown to be a member")
        if isinstance(event, Grants):
            e.receive_grants(list(event.items), self._known_peer)
            return b""
        if isinstance(event, Keys):
            mine = {c.id for c in e.compartments.readable_by(e.profile.role)}
            self._peer_keys = {k for k in event.held if k[1] in mine}
            return b""
        if isinstance(event, Anchors):
            audit_exchange.receive_anchors(e, self._known_peer, event.items)
            return b""
        if isinstance(event, Summary):
            return self._on_summary(event)
        if isinstance(event, Audit):
            audit_records.keep(e, list(event.items), self._known_peer)
            return b""
        if isinstance(event, Envelopes):
            self._on_envelopes(event)
            return b""
        if isinstance(event, Done):
            # Frames arrive in order, so every envelope the peer sent before its Done has been
            # processed: a Receipt tells it so (a bundle need not carry them again).
            self._got_done = True
            return self._out(Receipt())
        if isinstance(event, Receipt):
            # The peer has processed everything we sent before our Done. What the peer is now
            # known to hold is written once per session (each write is a transaction of its
            # own): its own summary, what it sent, and what it confirmed.
            self._got_receipt = True
            known: dict[tuple[str, str], set[bytes]] = {}
            for part in (self._claimed, self._sent_by_peer, self._receipted):
                for key, hashes in part.items():
                    known.setdefault(key, set()).update(hashes)
            e.peers.note(self._known_peer, known)
            if self._audit_at_done:
                audit_records.acknowledged(e, self._known_peer, self._audit_at_done)
            return b""
        raise ProtocolViolation(f"no handler for {type(event).__name__}")

    def _on_hello(self, event: Hello) -> bytes:
        e = self.engine
        if event.panel_id != e.panel_id:
            raise SessionError("the peer belongs to another panel")
        if self.authenticated_peer is not None and event.device_id != self.authenticated_peer:
            raise SessionError("the peer's hello names another device than its certificate")
        skew = event.clock - clock.epoch()
        self.peer_clock_skew = skew
        if abs(skew) > MAX_CLOCK_SKEW_S:
            ahead = "ahead of" if skew > 0 else "behind"
            raise SessionError(
                f"the clocks differ by {describe_skew(skew)}: the peer's clock is {ahead} this "
                f"device's. Devices whose clocks differ by more than 7 days do not sync; set the "
                f"date and time right on the device that is wrong"
            )
        if self.leaf is not None:
            try:
                check_leaf_dates(self.leaf)
            except CertError as exc:
                raise SessionError(str(exc)) from None
        self.peer = event.device_id
        e.begin_session(self.peer)
        if self.authenticated_peer is None and e.state().active(self.peer) is not None:
            self._try_pin()  # in memory: the log is all there is to pin to
        if self.pinned:
            return self._full_log()
        # Not heard of yet: it is sent only what admits this device, not the panel's member list.
        proof = e.admission_proof()
        self._sent_entries.update(proof)
        return self._out(Membership(tuple(proof)))

    def _on_membership(self, event: Membership) -> bytes:
        e = self.engine
        self._membership_items += len(event.entries)
        if self._membership_items > MAX_MEMBERSHIP_ITEMS:
            raise SessionError(f"the peer sent more than {MAX_MEMBERSHIP_ITEMS} membership entries in one session")
        e.receive_membership(list(event.entries), self._known_peer)
        if not self.pinned:
            self._try_pin()
        elif e.state().active(self._known_peer) is None:
            raise SessionError("the peer is not an active member of the panel")
        out = b""
        if not self._sent_full_log and self.conn.ours in (Phase.MEMBERSHIP, Phase.DONE, Phase.RECEIPT):
            out += self._full_log()
        if not self._sent_summary and self.conn.ours is Phase.MEMBERSHIP:
            out += self._opening()
        return out

    def _on_summary(self, event: Summary) -> bytes:
        e = self.engine
        mine = {c.id for c in e.compartments.readable_by(e.profile.role)}
        self._peer_has = {(case, comp): set(hashes) for case, comp, hashes in event.holdings if comp in mine}
        self._claimed = {k: set(v) for k, v in self._peer_has.items()}
        # The keys the peer lacks go before the envelopes that need them (frames keep order).
        lacking = e.grants_lacking(self._known_peer, self._peer_keys)
        self._sent_grants.update(lacking)
        data = (self._out(Grants(tuple(lacking))) if lacking else b"") + self._send_audit()
        data += self._send_envelopes() + self._out(Done())
        self._audit_at_done = self._audit_upto
        self._sent_done = True
        self._receipted = {k: set(v) for k, v in self._sent_items.items()}
        return data

    def _send_audit(self) -> bytes:
        """This device's audit entries the peer has not acknowledged, if it is an information
        governance officer's device (the only devices a record is sealed for)."""
        self._to_officer = audit_records.is_officer(self.engine, self._known_peer)
        made = audit_records.record_for(self.engine, self._known_peer) if self._to_officer else None
        if made is None:
            return b""
        record, self._audit_upto = made
        return self._out(Audit((record,)))

    def _on_envelopes(self, event: Envelopes) -> None:
        got = self.engine.receive_envelopes(list(event.items), self._known_peer)
        for key, hashes in got.seen.items():
            self._peer_has.setdefault(key, set()).update(hashes)
            self._sent_by_peer.setdefault(key, set()).update(hashes)
        r = self.stats.received
        r.items += got.items
        r.applied += got.applied
        r.waiting += got.waiting
        r.held += got.held
        r.duplicates += got.duplicates
        r.quarantined += got.quarantined
