"""One sync session between this device and a peer: the engine driven by protocol events.

Still no sockets: `start()` and `receive(data)` return the bytes to send, so the same session
runs over TLS, an in-memory pair in tests, or anything else that moves bytes.

Each side: Hello -> (on Hello) Membership -> (on Membership) Grants, Keys, Summary
-> (on Summary) Grants for keys the peer lacks, Envelopes, Done -> (on the peer's Done) an
empty Summary, the receipt.
A one-shot session ends (Bye) once both sides have said Done and had the other's receipt;
a live one stays open and `push()` sends what was made since.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.sync.certs import CertError
from app.sync.engine import SyncEngine
from app.sync.receiving import Received
from app.sync.protocol import (
    Bye, Connection, Done, Envelopes, Grants, Hello, Keys, Membership, ProtocolError, State, Summary,
)

BATCH = 500
# Envelopes per frame stop at this many bytes (an envelope is at most a few MiB; a frame 16).
FRAME_BYTES = 4 * 1024 * 1024
CLEAN_BYES = ("done", "the device stopped syncing")


class SessionError(Exception):
    """The session ended because the peer broke the protocol or is not who it must be."""


@dataclass
class SessionStats:
    sent_envelopes: int = 0
    received: Received = field(default_factory=Received)
    bytes_in: int = 0
    bytes_out: int = 0


class SyncSession:
    def __init__(self, engine: SyncEngine, authenticated_peer: str | None = None, live: bool = False, pin=None):
        """authenticated_peer: the device id the transport proved (TLS certificate); the peer's
        Hello must name it. None only where the transport authenticates nothing (tests).
        pin: called once the peer's membership entries are in, to tie its certificate to the
        key the log holds for it (a device admitted after we last synced is known only then);
        it raises to refuse the peer."""
        self.engine = engine
        self.conn = Connection()
        self.authenticated_peer = authenticated_peer
        self.pin = pin
        self.live = live
        self.peer: str | None = None
        self.stats = SessionStats()
        self.error: str | None = None
        self._sent_done = self._got_done = False
        self._peer_has: dict[tuple[str, str], set[bytes]] = {}
        self._sent_entries: set[bytes] = set()
        self._sent_items: dict[tuple[str, str], set[bytes]] = {}
        self._receipted: dict[tuple[str, str], set[bytes]] = {}
        self._claimed: dict[tuple[str, str], set[bytes]] = {}
        self._peer_keys: set[tuple[str, str, int]] = set()  # the keys the peer says it holds
        self._sent_by_peer: dict[tuple[str, str], set[bytes]] = {}
        self._got_receipt = False
        self._sent_grants: set[bytes] = set()

    @property
    def finished(self) -> bool:
        return self.conn.state is State.CLOSED

    def _out(self, *events) -> bytes:
        data = b"".join(self.conn.send(e) for e in events)
        self.stats.bytes_out += len(data)
        return data

    def start(self) -> bytes:
        e = self.engine
        return self._out(Hello(e.panel_id or "", e.profile.device_id))

    def receive(self, data: bytes) -> bytes:
        self.stats.bytes_in += len(data)
        out = []
        for event in self.conn.receive_data(data):
            if isinstance(event, ProtocolError):
                self.error = event.reason
                break
            try:
                out.append(self._on(event))
            except SessionError as exc:
                self.error = str(exc)
                if not self.finished:
                    out.append(self._out(Bye(str(exc))))
                break
        if not self.live and self._sent_done and self._got_done and self._got_receipt and not self.finished:
            out.append(self._out(Bye(CLEAN_BYES[0])))
        return b"".join(out)

    def push(self) -> bytes:
        """In a live session: seal what was made since and send what the peer lacks - new
        membership entries and key grants first, so the envelopes can be checked and opened."""
        if self.finished or self.peer is None or not self._sent_done:
            return b""
        e = self.engine
        e.seal_pending()
        frames = []
        entries = [x for x in e.membership_entries() if x not in self._sent_entries]
        if entries:
            self._sent_entries.update(entries)
            frames.append(self._out(Membership(tuple(entries))))
        if e.state().active(self.peer) is None:  # revoked while connected: it gets nothing more
            self.error = "the peer was revoked from the panel"
            return b"".join(frames) + self._out(Bye("the peer is no longer an active member of the panel"))
        grants = [g for g in e.grants_for(self.peer) if g not in self._sent_grants]
        if grants:
            self._sent_grants.update(grants)
            frames.append(self._out(Grants(tuple(grants))))
        return b"".join(frames) + self._send_envelopes()

    def close(self, reason: str) -> bytes:
        return b"" if self.finished else self._out(Bye(reason))

    def _send_envelopes(self) -> bytes:
        # The caller has sealed, before the grants it sent: a key made by sealing here would
        # reach the peer only after the envelopes that need it.
        items = self.engine.envelope_items_for(self.peer, self._peer_has)
        frames, batch, size = [], [], 0
        for _key, data in items:
            if batch and (len(batch) >= BATCH or size + len(data) > FRAME_BYTES):
                frames.append(self._out(Envelopes(tuple(batch))))
                batch, size = [], 0
            batch.append(data)
            size += len(data)
        if batch:
            frames.append(self._out(Envelopes(tuple(batch))))
        for (case_id, compartment, env_id), _data in items:  # so a live push does not resend
            self._peer_has.setdefault((case_id, compartment), set()).add(env_id)
            self._sent_items.setdefault((case_id, compartment), set()).add(env_id)
        self.stats.sent_envelopes += len(items)
        return b"".join(frames)

    def _on(self, event) -> bytes:
        e = self.engine
        if isinstance(event, Hello):
            if event.panel_id != e.panel_id:
                raise SessionError("the peer belongs to another panel")
            if self.authenticated_peer is not None and event.device_id != self.authenticated_peer:
                raise SessionError("the peer's hello names another device than its certificate")
            self.peer = event.device_id
            entries = e.membership_entries()
            self._sent_entries.update(entries)
            return self._out(Membership(tuple(entries)))
        if isinstance(event, Membership):
            e.receive_membership(list(event.entries), self.peer)
            if e.state().active(self.peer) is None:
                raise SessionError("the peer is not an active member of the panel")
            if self.pin is not None:
                try:
                    self.pin()
                except CertError as exc:
                    raise SessionError(str(exc)) from None
            e.seal_pending()
            grants = e.grants_for(self.peer)
            self._sent_grants.update(grants)
            # Only compartments the peer's role may read too: what this device holds of any other
            # is none of the peer's business (not even case, compartment and change hashes).
            role = e.state().active(self.peer).role
            holdings = e.holdings_for(role)
            return self._out(Grants(tuple(grants)), Keys(tuple(e.keys_held_for(role))), Summary(tuple(holdings)))
        if isinstance(event, Grants):
            e.receive_grants(list(event.items), self.peer)
            return b""
        if isinstance(event, Keys):
            mine = {c.id for c in e.compartments.readable_by(e.profile.role)}
            self._peer_keys = {k for k in event.held if k[1] in mine}
            return b""
        if isinstance(event, Summary):
            if self._sent_done:
                # A receipt: the peer has processed everything we sent before our Done.
                self._got_receipt = True
                # What the peer is now known to hold, written once per session (each write is a
                # transaction of its own): its own summary, what it sent, and what it confirmed.
                known: dict[tuple[str, str], set[bytes]] = {}
                for part in (self._claimed, self._sent_by_peer, self._receipted):
                    for key, hashes in part.items():
                        known.setdefault(key, set()).update(hashes)
                e.peers.note(self.peer, known)
                return b""
            mine = {c.id for c in e.compartments.readable_by(e.profile.role)}
            self._peer_has = {(case, comp): set(hashes) for case, comp, hashes in event.holdings if comp in mine}
            self._claimed = {k: set(v) for k, v in self._peer_has.items()}
            # The keys the peer lacks go before the envelopes that need them (frames keep order).
            lacking = e.grants_lacking(self.peer, self._peer_keys)
            self._sent_grants.update(lacking)
            data = (self._out(Grants(tuple(lacking))) if lacking else b"") + self._send_envelopes() + self._out(Done())
            self._sent_done = True
            self._receipted = {k: set(v) for k, v in self._sent_items.items()}
            return data
        if isinstance(event, Envelopes):
            got = e.receive_envelopes(list(event.items), self.peer)
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
            return b""
        if isinstance(event, Done):
            # Frames arrive in order, so every envelope the peer sent before its Done has been
            # processed: an empty Summary tells it so (a bundle need not carry them again).
            self._got_done = True
            return self._out(Summary(()))
        if isinstance(event, Bye):
            if event.reason not in CLEAN_BYES and not self.error:
                # The peer refused or broke off (not a member, a failed check): say so, so a
                # refused device is not told it synced.
                self.error = f"the peer ended the session: {event.reason}"
            return b""
        raise SessionError(f"unexpected {type(event).__name__}")
