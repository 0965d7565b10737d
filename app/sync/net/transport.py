"""Sync sessions over TCP with mutually authenticated TLS 1.3.

A listener accepts connections in one thread and serves each in a worker thread of its own,
with an engine of its own (SQLite connections and engines are not shared between threads),
opened only once the TLS handshake is done: a stranger that connects and says nothing costs a
socket and a thread for a few seconds, never a store. Live connections stay open, pushing what
this device makes or receives as it lands. A peer that connects without a certificate may only
redeem an invitation (see joining.py).

Every connection runs inside a boundary: whatever goes wrong in it (the peer's doing or a bug)
ends that connection with a reason, is logged with its traceback, and is reported through
`on_outcome`; the listener goes on serving. The limits, and why each is what it is, are in
docs/sync-design.md.
"""

from __future__ import annotations

import logging
import select
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass

from app.models import clock
from app.models.errors import ConcordError
from app.models.language import QT_TRANSLATE_NOOP
from app.sync.engine.sync_engine import CLIENT_CONTEXT_S, SyncEngine
from app.sync.net.joining import JoinError, serve_join
from app.sync.net.session import CLEAN_BYES, SessionError, SessionStats, SyncSession
from app.sync.protocol.certs import CertError, SessionCredentials, peer_leaf

log = logging.getLogger("concord.sync")

# Told of a session's counts as frames come in: a listener's with the peer's device id as well.
Progress = Callable[[SessionStats], None]
PeerProgress = Callable[[str | None, SessionStats], None]

TIMEOUT = 30.0  # the longest a one-shot session waits for the peer's next bytes
READ = 256 * 1024
POLL = 0.02  # how often a live session looks for local changes: well under the 100 ms a user notices


@dataclass(frozen=True)
class Limits:
    """What one listener spends on the connections it is sent (see docs/sync-design.md)."""

    connections: int = 32  # sessions at once (after their handshake); more are refused at once
    handshaking: int = 16  # connections still in their handshake; a new one pushes out the oldest
    handshake_s: float = 5.0  # from accepting a connection to the end of its TLS handshake
    idle_s: float = TIMEOUT  # the longest silence in the middle of an exchange or of a frame
    per_device: int = 4  # sessions one device may have open here at once (a desktop and a CLI, say)
    idle_engines: int = 4  # open stores kept for the next sessions


class TransportError(ConcordError):
    """A session over the network could not be completed."""


@dataclass
class Outcome:
    peer: str | None
    stats: SessionStats
    error: str | None
    joined: str | None = None  # a device admitted by invitation on this connection
    listener_stopped: bool = False  # the listener itself stopped: nothing more will connect


def internal_error(exc: BaseException) -> str:
    """What a user is told of a failure that is a bug, not the peer's doing: its kind, never its
    message (which could hold a value)."""
    return f"an internal error ({type(exc).__name__}) ended the session; the log has the details"


def _drive(tls: ssl.SSLSocket, session: SyncSession, on_progress: Progress | None = None) -> None:
    tls.sendall(session.start())
    while not session.finished:
        if not _take(tls, session, on_progress, "the peer closed the connection early"):
            return


def _take(tls: ssl.SSLSocket, session: SyncSession, on_progress: Progress | None, closed: str) -> bool:
    """Read what the peer sent and answer it; False when the peer has closed the connection."""
    try:
        data = tls.recv(READ)
    except TimeoutError:
        session.error = session.error or "the peer stopped answering"
        return False
    if not data:
        if not session.finished:
            session.error = session.error or closed
        return False
    reply = session.receive(data)
    if reply:
        try:
            tls.sendall(reply)
        except OSError:  # ssl.SSLError included
            if not session.exchanged:
                raise
            # The peer had everything and left before our parting Bye reached it: a whole exchange.
            return False
    if on_progress:
        on_progress(session.stats)
    return True


def _drive_live(
    tls: ssl.SSLSocket,
    session: SyncSession,
    stop: threading.Event,
    poll: float,
    on_progress: Progress | None = None,
    idle_s: float = TIMEOUT,
) -> None:
    """Exchange, then stay: read what the peer pushes, push what this store gains.

    A live peer may be quiet for hours once the exchange is done, but not in the middle of it
    or of a frame: then, after idle_s of silence, the session ends (a stalled peer would
    otherwise hold its connection, and a slot of the listener's, for ever)."""
    engine = session.engine
    tls.sendall(session.start())
    mark = engine.local_mark()
    heard = clock.monotonic()
    while not session.finished and not stop.is_set():
        readable = tls.pending() > 0 or bool(select.select([tls], [], [], poll)[0])
        if readable:
            heard = clock.monotonic()
            if not _take(tls, session, on_progress, "the peer closed the connection"):
                return
            continue
        if session.waiting_on_peer and clock.monotonic() - heard > idle_s:
            session.error = session.error or "the peer stopped answering in the middle of the exchange"
            break
        now = engine.local_mark()
        if now != mark:
            # The mark is taken before push() seals, so anything saved meanwhile moves it again.
            # What the peer itself sent is known to the session and never offered back.
            mark = now
            out = session.push()
            if out:
                tls.sendall(out)
    if not session.finished:
        try:
            tls.sendall(session.close(CLEAN_BYES[1]))
        except OSError:
            pass


def _session_for(engine: SyncEngine, tls: ssl.SSLSocket, live: bool, outcome: Outcome) -> SyncSession:
    """A session with the peer at the other end of `tls`, pinned (or refused) at once."""
    claim = peer_leaf(tls)
    if claim is None:
        raise CertError("the peer presented no certificate")
    device_id, leaf = claim
    session = SyncSession(engine, authenticated_peer=device_id, live=live, leaf=leaf)
    outcome.peer, outcome.stats = device_id, session.stats
    try:
        session.check_peer()
    except SessionError as exc:
        # Refused before anything about the panel is sent: a Bye with the reason, nothing more.
        session.error = str(exc)
        try:
            tls.sendall(session.close(str(exc)))
        except OSError:
            pass
        raise
    return session


def no_delay(sock: socket.socket) -> None:
    """Send each frame at once. The protocol is a conversation of small frames, and Nagle's
    algorithm would hold each back until the peer's delayed acknowledgement of the last one."""
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def _run_session(
    engine: SyncEngine,
    tls: ssl.SSLSocket,
    live: bool,
    stop: threading.Event,
    poll: float,
    on_progress: PeerProgress | None,
    outcome: Outcome,
    idle_s: float = TIMEOUT,
) -> None:
    """The boundary every session runs in: a refusal, the peer's fault or a bug ends this
    session with a reason in `outcome`, logged, and never escapes to the caller's thread."""
    session: SyncSession | None = None
    try:
        session = _session_for(engine, tls, live, outcome)
        peer = outcome.peer
        progress = (lambda stats: on_progress(peer, stats)) if on_progress else None
        if live:
            tls.settimeout(None)  # a live peer may be quiet for hours; select() paces the loop
            _drive_live(tls, session, stop, poll, progress, idle_s)
        else:
            _drive(tls, session, progress)
        outcome.error = session.error
    except SessionError as exc:
        outcome.error = str(exc)
    except (ssl.SSLError, CertError, OSError) as exc:
        outcome.error = (
            session.error if session is not None and session.error else None
        ) or f"the connection broke off ({type(exc).__name__})"
    except ConcordError as exc:
        outcome.error = str(exc)
        log.warning("session with %s ended: %s", (outcome.peer or "?")[:12], type(exc).__name__)
    except Exception as exc:  # noqa: BLE001 - the boundary: a bug ends this session, not the thread
        outcome.error = internal_error(exc)
        log.error("session with %s failed", (outcome.peer or "?")[:12], exc_info=True)
    finally:
        try:
            engine.flush_quarantine()
        except Exception:  # noqa: BLE001 - the audit of junk is worth a try, not a crash
            log.error("could not write the quarantine's audit entry", exc_info=True)
    if outcome.error:
        log.info(
            "session with %s ended: %s; received %d envelope(s), applied %d change(s)",
            (outcome.peer or "?")[:12],
            _error_kind(outcome.error),
            outcome.stats.received.items,
            outcome.stats.received.applied,
        )
    else:
        log.info(
            "session with %s done: sent %d envelope(s), applied %d change(s)",
            (outcome.peer or "?")[:12],
            outcome.stats.sent_envelopes,
            outcome.stats.received.applied,
        )


def _error_kind(error: str) -> str:
    # Session errors are Concord's own sentences, but the peer's Bye reason is the peer's text:
    # only the part before it is logged.
    return error.split(":", 1)[0][:80]


def sync_with(
    engine: SyncEngine,
    host: str,
    port: int,
    timeout: float = TIMEOUT,
    on_progress: Progress | None = None,
    live: bool = False,
    stop: threading.Event | None = None,
    poll: float = POLL,
) -> Outcome:
    """One exchange with the device listening at host:port, then close; or, live, stay
    connected until `stop` is set, pushing local changes and applying the peer's."""
    ctx = engine.client_context()
    try:
        raw = socket.create_connection((host, port), timeout=timeout)
        no_delay(raw)
    except OSError as exc:
        raise TransportError(
            QT_TRANSLATE_NOOP("SyncProblems", "cannot reach {host}:{port} ({why})"),
            host=host,
            port=port,
            why=exc.strerror or exc,
        ) from None
    try:
        tls = ctx.wrap_socket(raw)
    except ssl.SSLError as exc:
        raw.close()
        raise TransportError(
            QT_TRANSLATE_NOOP("SyncProblems", "{host}:{port} is not a member of this panel ({why})"),
            host=host,
            port=port,
            why=exc.reason or exc,
        ) from None
    except OSError as exc:
        raw.close()
        raise TransportError(
            QT_TRANSLATE_NOOP("SyncProblems", "the exchange with {host}:{port} broke off ({exc})"),
            host=host,
            port=port,
            exc=exc,
        ) from None
    outcome = Outcome(None, SessionStats(), None)
    with tls:
        _run_session(
            engine,
            tls,
            live,
            stop or threading.Event(),
            poll,
            (lambda _peer, stats: on_progress(stats)) if on_progress else None,
            outcome,
        )
    return outcome


class Listener:
    """Serve sync sessions (and invitation redemptions) on a port until stopped."""

    def __init__(
        self,
        engine_factory: Callable[[], SyncEngine],
        host: str = "127.0.0.1",
        port: int = 0,
        on_outcome: Callable[[Outcome], None] | None = None,
        live: bool = False,
        poll: float = POLL,
        on_progress: PeerProgress | None = None,
        limits: Limits = Limits(),
        release: Callable[[SyncEngine], None] | None = None,
    ):
        """engine_factory: opens an engine on this device's store; called once when the listener
        starts (for its certificates) and once per connection after its handshake, in that
        connection's thread. release(engine): closes one (default: its store). host: the address
        to listen on; this machine only unless the caller names another (0.0.0.0: every network)."""
        self._engine_factory = engine_factory
        self._release: Callable[[SyncEngine], None] = release or (lambda engine: engine.store.close())
        self._sock = socket.create_server((host, port))
        self._sock.settimeout(0.5)
        self.port = self._sock.getsockname()[1]
        self.live = live
        self.poll = poll
        self.limits = limits
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="concord-listener", daemon=True)
        self._workers: set[threading.Thread] = set()
        self._slots = threading.BoundedSemaphore(limits.connections)
        self.on_outcome: Callable[[Outcome], None] = on_outcome or (lambda outcome: None)
        self.on_progress = on_progress
        self.served = 0
        self.refused = 0  # sessions refused because every slot was taken
        self.pushed_out = 0  # connections closed before their handshake finished, to make room
        self._handshaking: dict[int, socket.socket] = {}
        self.failure: str | None = None  # set if the listener itself stopped on an error
        self._count = threading.Lock()
        self._ctx: tuple[float, ssl.SSLContext, SessionCredentials] | None = None
        self._per_device: dict[str, int] = {}
        self._idle: list[SyncEngine] = []  # engines kept between sessions (see _take_engine)
        self._home: SyncEngine | None = None

    def start(self) -> Listener:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(10)
        for worker in list(self._workers):
            worker.join(10)
        with self._count:
            idle, self._idle = self._idle, []
        for engine in idle:
            self._close(engine)
        self._sock.close()

    @property
    def serving(self) -> bool:
        return self._thread.is_alive()

    def _context(self) -> tuple[ssl.SSLContext, SessionCredentials]:
        """The server TLS context, made anew well inside its session certificate's lifetime."""
        now = clock.monotonic()
        if self._ctx is None or now - self._ctx[0] > CLIENT_CONTEXT_S:
            assert self._home is not None, "asked for by the accept loop, which runs once the home engine is open"
            creds = self._home.credentials()
            self._ctx = (now, creds.server_context(allow_anonymous=True), creds)
        return self._ctx[1], self._ctx[2]

    def _run(self) -> None:
        try:
            self._home = self._engine_factory()
            try:
                self._accept_loop()
            finally:
                self._release(self._home)
        except Exception as exc:  # noqa: BLE001 - reported: a listener that stops says so
            self.failure = internal_error(exc).replace("the session", "serving")
            log.error("the listener stopped", exc_info=True)
            self._report(
                Outcome(
                    None,
                    SessionStats(),
                    f"this device stopped accepting connections: {self.failure}",
                    listener_stopped=True,
                )
            )

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                raw, _addr = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                if self._stop.is_set():
                    return
                raise
            self._admit(raw)
            ctx, creds = self._context()
            worker = threading.Thread(target=self._connection, args=(ctx, creds, raw), name="concord-peer", daemon=True)
            self._workers = {w for w in self._workers if w.is_alive()} | {worker}
            worker.start()

    def _admit(self, raw: socket.socket) -> None:
        """Count a connection that has not finished its handshake. Past the limit, the oldest of
        those is pushed out: a flood of connections that never speak cannot keep a peer that
        does from its few milliseconds of handshake, and each costs a thread for seconds at most."""
        with self._count:
            self._handshaking[id(raw)] = raw
            oldest = None
            if len(self._handshaking) > self.limits.handshaking:
                oldest = self._handshaking.pop(next(iter(self._handshaking)))
                self.pushed_out += 1
                pushed = self.pushed_out
        if oldest is not None:
            if pushed == 1 or pushed % 100 == 0:
                log.warning("pushed out %d connection(s) that had not finished their handshake", pushed)
            try:
                oldest.shutdown(socket.SHUT_RDWR)  # its thread's handshake fails at once
            except OSError:
                pass

    def _handshake_done(self, raw: socket.socket) -> bool:
        """The connection finished its handshake: True if it still holds its place (and now a
        session slot), False if it was pushed out or every session slot is taken."""
        with self._count:
            if self._handshaking.pop(id(raw), None) is None:
                return False
        if self._slots.acquire(blocking=False):
            return True
        with self._count:
            self.refused += 1
            refused = self.refused
        if refused == 1 or refused % 100 == 0:
            log.warning("refused %d session(s) beyond the limit of %d", refused, self.limits.connections)
        return False

    def _connection(self, ctx: ssl.SSLContext, creds: SessionCredentials, raw: socket.socket) -> None:
        outcome = Outcome(None, SessionStats(), None)
        engine: SyncEngine | None = None
        entered: str | None = None
        slot = False
        try:
            no_delay(raw)
            raw.settimeout(self.limits.handshake_s)
            with ctx.wrap_socket(raw, server_side=True) as tls:
                slot = self._handshake_done(raw)
                if not slot:
                    raise TransportError(
                        QT_TRANSLATE_NOOP(
                            "SyncProblems", "this device is serving as many sessions as it may; try again shortly"
                        )
                    )
                tls.settimeout(self.limits.idle_s)
                claim = peer_leaf(tls)
                if claim is not None and not self._enter(claim[0]):
                    outcome.peer = claim[0]
                    raise TransportError(
                        QT_TRANSLATE_NOOP("SyncProblems", "the device already has {per_device} sessions open here"),
                        per_device=self.limits.per_device,
                    )
                entered = claim[0] if claim is not None else None
                if claim is None:

                    def open_engine() -> SyncEngine:
                        nonlocal engine
                        engine = self._take_engine()
                        return engine

                    outcome.joined = serve_join(open_engine, tls, creds)
                    outcome.peer = outcome.joined
                else:
                    # Only now: a connection that never finished its handshake took nothing.
                    engine = self._take_engine()
                    _run_session(
                        engine, tls, self.live, self._stop, self.poll, self.on_progress, outcome, self.limits.idle_s
                    )
        except (ssl.SSLError, CertError, JoinError, OSError) as exc:
            outcome.error = (
                str(exc)
                if isinstance(exc, (CertError, JoinError))
                else f"the connection broke off before a session began ({type(exc).__name__})"
            )
        except ConcordError as exc:
            outcome.error = str(exc)
        except Exception as exc:  # noqa: BLE001 - the boundary of a connection's thread
            outcome.error = internal_error(exc)
            log.error("a connection failed", exc_info=True)
        finally:
            try:
                raw.close()
            except OSError:
                pass
            if entered is not None:
                self._leave(entered)
            if engine is not None:
                self._give_back(engine, healthy="internal error" not in (outcome.error or ""))
            with self._count:
                self._handshaking.pop(id(raw), None)
            if slot:
                self._slots.release()
        if outcome.peer is None and outcome.error and "before a session began" in outcome.error:
            log.debug("a connection ended before its handshake finished")
            return  # a port scan or a peer that gave up: nothing a user needs to hear of
        self._report(outcome)

    def _take_engine(self) -> SyncEngine:
        """An engine for a connection's thread: one a finished session gave back, or a new one.
        Opening a store (SQLCipher, the keyring, the schema check) and warming its caches cost
        more than a quiet session's whole exchange, so a few are kept between sessions."""
        with self._count:
            if self._idle:
                return self._idle.pop()
        return self._engine_factory()

    def _give_back(self, engine: SyncEngine, healthy: bool) -> None:
        # An engine whose session ended on a fault is not trusted again: it is closed.
        if healthy and not self._stop.is_set():
            with self._count:
                if len(self._idle) < self.limits.idle_engines:
                    self._idle.append(engine)
                    return
        self._close(engine)

    def _close(self, engine: SyncEngine) -> None:
        try:
            self._release(engine)  # give its files back now
        except Exception:  # noqa: BLE001
            log.error("could not close a connection's store", exc_info=True)

    def _enter(self, device_id: str) -> bool:
        """Count a session of this (claimed) device; False if it has as many as it may."""
        with self._count:
            if self._per_device.get(device_id, 0) >= self.limits.per_device:
                return False
            self._per_device[device_id] = self._per_device.get(device_id, 0) + 1
            return True

    def _leave(self, device_id: str) -> None:
        with self._count:
            self._per_device[device_id] -= 1
            if not self._per_device[device_id]:
                del self._per_device[device_id]

    def _report(self, outcome: Outcome) -> None:
        with self._count:
            self.served += 1
        try:
            self.on_outcome(outcome)
        except Exception:  # noqa: BLE001 - a failing report must not take the connection's thread with it
            log.error("reporting a session's outcome failed", exc_info=True)
