"""The sync protocol core, sans-io: bytes in, events out; events in, bytes out.

No sockets, no threads, no storage: a transport feeds received bytes to `receive_data` and
writes what `send` returns. That keeps every rule of the protocol testable in memory and the
same over TLS, a file bundle or a test pair.

Frame: length (4 bytes, big-endian, counting type and payload) | type (1 byte) | payload.

Each side of a session moves through phases, and which frame may come next depends only on
the phase of the side that sends it. Our phase and the peer's are tracked apart: `send` refuses
(ProtocolViolation: a bug here) a frame our phase does not allow, and `receive_data` ends the
connection (ProtocolError: the peer's fault) on a frame the peer's phase does not allow, on a
frame longer than its type may be, or on a payload that does not decode exactly. A frame's type
and length are judged as soon as its five header bytes are in, so a refused frame is never
buffered.

    START      --Hello-->       HELLO
    HELLO      --Membership-->  MEMBERSHIP   (a device unknown to the peer first sends only the
    MEMBERSHIP --Membership-->  MEMBERSHIP    entries that admit it; the whole log once pinned)
    MEMBERSHIP --Grants|Keys--> KEYS
    KEYS       --Grants|Keys--> KEYS
    MEMBERSHIP|KEYS --Anchors-->            ANCHORS  (signed audit heads: the sender's own, and
                                                      the latest it holds of the receiver's)
    MEMBERSHIP|KEYS|ANCHORS --Summary-->    SUMMARY
    SUMMARY|ENVELOPES --Grants|Envelopes--> ENVELOPES
    SUMMARY|ENVELOPES --Done-->             DONE
    DONE       --Receipt-->     RECEIPT      (everything the other side sent before its Done is in)
    DONE|RECEIPT --Membership|Grants|Envelopes|Anchors--> same phase (a live session's pushes)
    any        --Bye-->         BYE
The session (session.py) adds one rule the phases cannot: until the peer is pinned to an active
member of the local log, nothing but Hello and Membership is taken from it.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from enum import Enum, IntEnum

from app.sync.protocol.wire import Reader, WireError, Writer

# 3: phases, a Receipt frame, the sender's clock in Hello; 4: the Anchors frame. A peer of another
# version is refused at Hello, saying both devices need updating: a version-3 device would end
# the session at the first Anchors frame anyway (an unknown type), and letting it sync without
# them would leave its audit log, and this device's, unanchored without anyone being told.
VERSION = 4
MAX_FRAME = 16 * 1024 * 1024
# Until the peer is pinned it may send only Hello and the entries that admit it: a few KiB.
UNTRUSTED_FRAME = 256 * 1024
MAX_ITEMS = 100_000
MAX_ENTRIES = 2_000  # membership entries in one frame (a panel's whole log is far smaller)
# A membership entry; one adopting an agreement carries the whole agreement file, compressed.
MAX_ENTRY = 192 * 1024
MAX_ANCHORS = 8  # anchors in one frame: the sender's own head and the few it holds of the receiver
MAX_ANCHOR = 1024
MAX_AUDIT_RECORDS = 16  # in one frame: a device sends one record of its own per session


class Frame(IntEnum):
    """Frame type numbers: the only place they are written."""

    HELLO = 1
    MEMBERSHIP = 2
    SUMMARY = 3
    ENVELOPES = 4
    BYE = 5
    GRANTS = 6
    DONE = 7
    KEYS = 8
    RECEIPT = 9
    ANCHORS = 10
    AUDIT = 11


class Phase(Enum):
    START = "start"
    HELLO = "hello"
    MEMBERSHIP = "membership"
    KEYS = "keys and grants"
    ANCHORS = "anchors"
    SUMMARY = "summary"
    ENVELOPES = "envelopes"
    DONE = "done"
    RECEIPT = "receipt"
    BYE = "bye"


# (phase of the sending side, frame) -> its phase after that frame. Anything else is refused.
_P, _F = Phase, Frame
TRANSITIONS: dict[tuple[Phase, Frame], Phase] = {
    (_P.START, _F.HELLO): _P.HELLO,
    (_P.HELLO, _F.MEMBERSHIP): _P.MEMBERSHIP,
    (_P.MEMBERSHIP, _F.MEMBERSHIP): _P.MEMBERSHIP,
    (_P.MEMBERSHIP, _F.GRANTS): _P.KEYS,
    (_P.MEMBERSHIP, _F.KEYS): _P.KEYS,
    (_P.KEYS, _F.GRANTS): _P.KEYS,
    (_P.KEYS, _F.KEYS): _P.KEYS,
    (_P.MEMBERSHIP, _F.ANCHORS): _P.ANCHORS,
    (_P.KEYS, _F.ANCHORS): _P.ANCHORS,
    (_P.MEMBERSHIP, _F.SUMMARY): _P.SUMMARY,
    (_P.KEYS, _F.SUMMARY): _P.SUMMARY,
    (_P.ANCHORS, _F.SUMMARY): _P.SUMMARY,
    (_P.SUMMARY, _F.GRANTS): _P.ENVELOPES,
    (_P.SUMMARY, _F.ENVELOPES): _P.ENVELOPES,
    (_P.ENVELOPES, _F.GRANTS): _P.ENVELOPES,
    (_P.ENVELOPES, _F.ENVELOPES): _P.ENVELOPES,
    # A device's audit records for an information governance officer's device go with its envelopes.
    (_P.SUMMARY, _F.AUDIT): _P.ENVELOPES,
    (_P.ENVELOPES, _F.AUDIT): _P.ENVELOPES,
    (_P.SUMMARY, _F.DONE): _P.DONE,
    (_P.ENVELOPES, _F.DONE): _P.DONE,
    (_P.DONE, _F.RECEIPT): _P.RECEIPT,
    **{
        (phase, frame): phase
        for phase in (_P.DONE, _P.RECEIPT)
        for frame in (_F.MEMBERSHIP, _F.GRANTS, _F.ENVELOPES, _F.ANCHORS, _F.AUDIT)
    },
    **{(phase, _F.BYE): _P.BYE for phase in Phase if phase is not _P.BYE},
}

# The most a frame of each type may hold (type byte and payload), whatever the connection allows.
FRAME_LIMITS = {
    Frame.HELLO: 1024,
    Frame.MEMBERSHIP: 4 * 1024 * 1024,
    Frame.SUMMARY: MAX_FRAME,
    Frame.ENVELOPES: MAX_FRAME,
    Frame.BYE: 2048,
    Frame.GRANTS: 4 * 1024 * 1024,
    Frame.DONE: 1,
    Frame.KEYS: 4 * 1024 * 1024,
    Frame.RECEIPT: 1,
    Frame.ANCHORS: 16 * 1024,
    Frame.AUDIT: MAX_FRAME,
}


@dataclass(frozen=True)
class Hello:
    panel_id: str
    device_id: str
    clock: int = 0  # the sender's wall clock, seconds since 1970: a difference of days is refused
    version: int = VERSION


@dataclass(frozen=True)
class Membership:
    entries: tuple[bytes, ...]  # encoded membership entries


@dataclass(frozen=True)
class Summary:
    """What the sender holds of each compartment the receiver may read: (case, compartment) -> hashes."""

    holdings: tuple[tuple[str, str, tuple[bytes, ...]], ...]


@dataclass(frozen=True)
class Envelopes:
    items: tuple[bytes, ...]  # encoded envelopes


@dataclass(frozen=True)
class Grants:
    items: tuple[bytes, ...]  # encoded key grants


@dataclass(frozen=True)
class Keys:
    """The compartment keys the sender holds, of compartments the receiver may read too:
    (case, compartment, key id). The receiver wraps for the sender only keys it lacks."""

    held: tuple[tuple[str, str, int], ...]


@dataclass(frozen=True)
class Anchors:
    """Signed heads of audit chains (app/models/audit_anchors.py): seq, hash, time, signature."""

    items: tuple[bytes, ...]


@dataclass(frozen=True)
class Audit:
    """Audit records (app/sync/engine/audit_records.py), sealed for the receiving device."""

    items: tuple[bytes, ...]


@dataclass(frozen=True)
class Done:
    """The sender has sent all it has for now (a live session may still send more later)."""


@dataclass(frozen=True)
class Receipt:
    """Everything the receiver of this sent before its Done has been processed here."""


@dataclass(frozen=True)
class Bye:
    reason: str = ""


@dataclass(frozen=True)
class ProtocolError:
    reason: str


# What a frame carries; an Event is one of them or the refusal of what the peer sent.
Message = Hello | Membership | Summary | Envelopes | Grants | Keys | Anchors | Audit | Done | Receipt | Bye
Event = Message | ProtocolError

FRAME_OF: dict[type[Message], Frame] = {
    Hello: Frame.HELLO,
    Membership: Frame.MEMBERSHIP,
    Summary: Frame.SUMMARY,
    Envelopes: Frame.ENVELOPES,
    Bye: Frame.BYE,
    Grants: Frame.GRANTS,
    Done: Frame.DONE,
    Keys: Frame.KEYS,
    Receipt: Frame.RECEIPT,
    Anchors: Frame.ANCHORS,
    Audit: Frame.AUDIT,
}


class ProtocolViolation(Exception):
    """This side tried to send what its phase does not allow: a bug, never the peer's doing."""


def _encode_payload(event: Message) -> bytes:
    w = Writer()
    if isinstance(event, Hello):
        w.uint(event.version).ident(event.panel_id).ident(event.device_id).uint(max(0, int(event.clock)))
    elif isinstance(event, (Membership, Envelopes, Grants, Anchors, Audit)):
        items = event.entries if isinstance(event, Membership) else event.items
        w.uint(len(items))
        for item in items:
            w.blob(item)
    elif isinstance(event, Summary):
        w.uint(len(event.holdings))
        for case, comp, hashes in event.holdings:
            w.ident(case).ident(comp).uint(len(hashes))
            for h in hashes:
                w.fixed(h, 32)
    elif isinstance(event, Keys):
        w.uint(len(event.held))
        for case, comp, key_id in event.held:
            w.ident(case).ident(comp).uint(key_id)
    elif isinstance(event, (Done, Receipt)):
        pass
    elif isinstance(event, Bye):
        w.blob(event.reason.encode("utf-8")[:500])
    else:
        raise TypeError(f"cannot send {event!r}")
    return w.bytes()


def _decode_payload(kind: Frame, payload: bytes) -> Message:
    r = Reader(payload)

    def blobs(size_limit: int, count_limit: int) -> tuple[bytes, ...]:
        return tuple(r.blob(size_limit) for _ in range(r.uint(count_limit)))

    event: Message
    if kind is Frame.HELLO:
        version = r.uint(1000)
        if version != VERSION:
            raise WireError(f"protocol version {version} is not {VERSION}: update Concord on both devices")
        event = Hello(r.ident(), r.ident(), r.uint(2**40), version)
    elif kind is Frame.MEMBERSHIP:
        event = Membership(blobs(MAX_ENTRY, MAX_ENTRIES))
    elif kind is Frame.SUMMARY:
        holdings = []
        for _ in range(r.uint(MAX_ITEMS)):
            case, comp = r.ident(), r.ident()
            holdings.append((case, comp, tuple(r.fixed(32) for _ in range(r.uint(1_000_000)))))
        event = Summary(tuple(holdings))
    elif kind is Frame.ENVELOPES:
        event = Envelopes(blobs(MAX_FRAME, MAX_ITEMS))
    elif kind is Frame.BYE:
        try:
            event = Bye(r.blob(2000).decode("utf-8"))
        except UnicodeDecodeError:
            raise WireError("reason is not UTF-8") from None
    elif kind is Frame.GRANTS:
        event = Grants(blobs(1024, MAX_ITEMS))
    elif kind is Frame.DONE:
        event = Done()
    elif kind is Frame.RECEIPT:
        event = Receipt()
    elif kind is Frame.ANCHORS:
        event = Anchors(blobs(MAX_ANCHOR, MAX_ANCHORS))
    elif kind is Frame.AUDIT:
        event = Audit(blobs(MAX_FRAME, MAX_AUDIT_RECORDS))
    else:  # Frame.KEYS
        event = Keys(tuple((r.ident(), r.ident(), r.uint(2**48)) for _ in range(r.uint(MAX_ITEMS))))
    r.end()
    return event


class Connection:
    """One side of one sync session: our phase, the peer's, and the bytes between frames."""

    def __init__(self, max_frame: int = MAX_FRAME, untrusted_frame: int = UNTRUSTED_FRAME):
        self.ours = Phase.START
        self.theirs = Phase.START
        self.max_frame = max_frame
        self._limit = min(max_frame, untrusted_frame)
        self._buffer = bytearray()
        self.peer: Hello | None = None
        self.error: str | None = None

    @property
    def closed(self) -> bool:
        return self.ours is Phase.BYE or self.theirs is Phase.BYE or self.error is not None

    @property
    def partial(self) -> bool:
        """Part of a frame has come and the rest not yet."""
        return bool(self._buffer)

    def trust(self) -> None:
        """The peer is pinned to an active member: frames up to the full size are read from now."""
        self._limit = self.max_frame

    # ----- outgoing ---------------------------------------------------------------------------
    def send(self, event: Message) -> bytes:
        # After the peer's Bye, or a frame of the peer's that was refused, this side may still
        # answer the frames that came before it in the same read (a read is decoded whole before
        # its frames are handled) and say why it ends; after its own Bye, nothing.
        if self.ours is Phase.BYE:
            raise ProtocolViolation("the connection is closed")
        frame = FRAME_OF[type(event)]
        after = TRANSITIONS.get((self.ours, frame))
        if after is None:
            raise ProtocolViolation(f"{frame.name.lower()} may not be sent in phase {self.ours.value}")
        payload = _encode_payload(event)
        if len(payload) + 1 > min(self.max_frame, FRAME_LIMITS[frame]):
            raise ProtocolViolation(f"{frame.name.lower()} frame too large: split it")
        self.ours = after
        return struct.pack(">IB", len(payload) + 1, frame) + payload

    # ----- incoming ---------------------------------------------------------------------------
    def receive_data(self, data: bytes) -> list[Event]:
        if self.closed:
            return []
        self._buffer += data
        events: list[Event] = []
        while not self.closed and len(self._buffer) >= 5:
            length, kind = struct.unpack_from(">IB", self._buffer)
            problem = self._refusal(length, kind)
            if problem:
                events.append(self._fail(problem))
                break
            if len(self._buffer) < 4 + length:
                break
            payload = bytes(self._buffer[5 : 4 + length])
            del self._buffer[: 4 + length]
            frame = Frame(kind)
            try:
                event = _decode_payload(frame, payload)
            except WireError as exc:
                events.append(self._fail(f"malformed {frame.name.lower()} frame: {exc}"))
                break
            self.theirs = TRANSITIONS[(self.theirs, frame)]
            if isinstance(event, Hello):
                self.peer = event
            events.append(event)
        if not self.closed and len(self._buffer) == 4:
            (length,) = struct.unpack(">I", self._buffer)
            if length == 0 or length > self._limit:  # judged before the type byte comes
                events.append(self._fail(f"frame length {length} outside 1..{self._limit}"))
        return events

    def _refusal(self, length: int, kind: int) -> str:
        if length == 0 or length > self._limit:
            return f"frame length {length} outside 1..{self._limit}"
        try:
            frame = Frame(kind)
        except ValueError:
            return f"unknown frame type {kind}"
        if (self.theirs, frame) not in TRANSITIONS:
            if self.theirs is Phase.START:
                return f"expected hello, got {frame.name.lower()}"
            return f"{frame.name.lower()} is not allowed in phase {self.theirs.value}"
        if length > FRAME_LIMITS[frame]:
            return f"{frame.name.lower()} frame of {length} bytes is over its limit of {FRAME_LIMITS[frame]}"
        return ""

    def _fail(self, reason: str) -> ProtocolError:
        self.error = reason
        self._buffer.clear()
        return ProtocolError(reason)
