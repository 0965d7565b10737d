"""The sync protocol core, sans-io: bytes in, events out; events in, bytes out.

No sockets, no threads, no storage: a transport feeds received bytes to `receive_data` and
writes what `send` returns. That keeps every rule of the protocol testable in memory and the
same over TLS, a file bundle or a test pair.

Frame: length (4 bytes, big-endian, counting type and payload) | type (1 byte) | payload.
Every frame is length-limited and its payload decoded strictly; a bad frame moves the
connection to CLOSED with a ProtocolError event and nothing further is accepted.

States (each side):
    AWAIT_HELLO --Hello--> OPEN --Bye--> CLOSED
    any state --bad frame / frame not allowed in the state--> CLOSED (ProtocolError)
In OPEN, Membership, Grants, Keys, Summary, Envelopes, Done and Bye may come in any order and
any number of times (a live session pushes Envelopes as they are made).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from enum import Enum

from app.sync.wire import Reader, WireError, Writer

VERSION = 2  # 2: Keys, so a device wraps for a peer only the keys it lacks
MAX_FRAME = 16 * 1024 * 1024
MAX_ITEMS = 100_000


class State(Enum):
    AWAIT_HELLO = "await-hello"
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True)
class Hello:
    panel_id: str
    device_id: str
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
class Done:
    """The sender has sent all it has for now (a live session may still send more later)."""


@dataclass(frozen=True)
class Bye:
    reason: str = ""


@dataclass(frozen=True)
class ProtocolError:
    reason: str


Event = Hello | Membership | Summary | Envelopes | Grants | Keys | Done | Bye | ProtocolError

_TYPES = {Hello: 1, Membership: 2, Summary: 3, Envelopes: 4, Bye: 5, Grants: 6, Done: 7, Keys: 8}


class ProtocolViolation(Exception):
    pass


def _encode_payload(event) -> bytes:
    w = Writer()
    if isinstance(event, Hello):
        w.uint(event.version).ident(event.panel_id).ident(event.device_id)
    elif isinstance(event, (Membership, Envelopes, Grants)):
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
    elif isinstance(event, Done):
        pass
    elif isinstance(event, Bye):
        w.blob(event.reason.encode("utf-8")[:500])
    else:
        raise TypeError(f"cannot send {event!r}")
    return w.bytes()


def _decode_payload(kind: int, payload: bytes):
    r = Reader(payload)

    def blobs(size_limit: int, count_limit: int) -> tuple[bytes, ...]:
        return tuple(r.blob(size_limit) for _ in range(r.uint(count_limit)))

    if kind == 1:
        version = r.uint(1000)
        event = Hello(r.ident(), r.ident(), version)
    elif kind == 2:
        event = Membership(blobs(16 * 1024, 10_000))
    elif kind == 3:
        holdings = []
        for _ in range(r.uint(MAX_ITEMS)):
            case, comp = r.ident(), r.ident()
            holdings.append((case, comp, tuple(r.fixed(32) for _ in range(r.uint(1_000_000)))))
        event = Summary(tuple(holdings))
    elif kind == 4:
        event = Envelopes(blobs(MAX_FRAME, MAX_ITEMS))
    elif kind == 5:
        try:
            event = Bye(r.blob(2000).decode("utf-8"))
        except UnicodeDecodeError:
            raise WireError("reason is not UTF-8") from None
    elif kind == 6:
        event = Grants(blobs(1024, MAX_ITEMS))
    elif kind == 7:
        event = Done()
    elif kind == 8:
        event = Keys(tuple((r.ident(), r.ident(), r.uint(2**48)) for _ in range(r.uint(MAX_ITEMS))))
    else:
        raise WireError(f"unknown frame type {kind}")
    r.end()
    return event


class Connection:
    """One side of one sync session."""

    def __init__(self, max_frame: int = MAX_FRAME):
        self.state = State.AWAIT_HELLO
        self.max_frame = max_frame
        self._buffer = bytearray()
        self.peer: Hello | None = None
        self.sent_hello = False

    # ----- outgoing ---------------------------------------------------------------------------
    def send(self, event) -> bytes:
        if self.state is State.CLOSED:
            raise ProtocolViolation("the connection is closed")
        if isinstance(event, Hello):
            if self.sent_hello:
                raise ProtocolViolation("hello already sent")
            self.sent_hello = True
        elif not self.sent_hello:
            raise ProtocolViolation("send hello first")
        payload = _encode_payload(event)
        if len(payload) + 1 > self.max_frame:
            raise ProtocolViolation("frame too large: split it")
        if isinstance(event, Bye):
            self.state = State.CLOSED
        return struct.pack(">IB", len(payload) + 1, _TYPES[type(event)]) + payload

    # ----- incoming ---------------------------------------------------------------------------
    def receive_data(self, data: bytes) -> list[Event]:
        if self.state is State.CLOSED:
            return []
        self._buffer += data
        events: list[Event] = []
        while self.state is not State.CLOSED and len(self._buffer) >= 4:
            (length,) = struct.unpack(">I", self._buffer[:4])
            if length == 0 or length > self.max_frame:
                events.append(self._fail(f"frame length {length} outside 1..{self.max_frame}"))
                break
            if len(self._buffer) < 4 + length:
                break
            kind, payload = self._buffer[4], bytes(self._buffer[5 : 4 + length])
            del self._buffer[: 4 + length]
            try:
                event = _decode_payload(kind, payload)
            except WireError as exc:
                events.append(self._fail(f"malformed frame: {exc}"))
                break
            events.append(self._advance(event))
        return events

    def _advance(self, event) -> Event:
        if self.state is State.AWAIT_HELLO:
            if not isinstance(event, Hello):
                return self._fail(f"expected hello, got {type(event).__name__.lower()}")
            if event.version != VERSION:
                return self._fail(f"protocol version {event.version} is not {VERSION}")
            self.peer = event
            self.state = State.OPEN
            return event
        if isinstance(event, Hello):
            return self._fail("second hello")
        if isinstance(event, Bye):
            self.state = State.CLOSED
        return event

    def _fail(self, reason: str) -> ProtocolError:
        self.state = State.CLOSED
        self._buffer.clear()
        return ProtocolError(reason)
