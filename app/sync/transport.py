"""Sync sessions over TCP with mutually authenticated TLS 1.3.

A one-shot listener serves one peer at a time in its own thread. A live listener gives each
connection a thread and an engine of its own (SQLite connections and engines are not shared
between threads) and keeps it open, pushing what this device makes or receives as it lands.
A peer that connects without a certificate may only redeem an invitation (see joining.py).
A peer that fails the handshake, the pin check or the protocol is dropped with a reason, and
the listener goes on.
"""

from __future__ import annotations

import select
import socket
import ssl
import threading
from dataclasses import dataclass
from typing import Callable

from app.models import clock
from app.models.errors import ConcordError
from app.sync.certs import CertError, peer_leaf, verify_leaf
from app.sync.engine import CLIENT_CONTEXT_S, SyncEngine
from app.sync.joining import JoinError, serve_join
from app.sync.session import CLEAN_BYES, SessionStats, SyncSession

TIMEOUT = 30.0
READ = 256 * 1024
POLL = 0.02  # how often a live session looks for local changes: well under the 100 ms a user notices


class TransportError(ConcordError):
    """A session over the network could not be completed."""


@dataclass
class Outcome:
    peer: str | None
    stats: SessionStats
    error: str | None
    joined: str | None = None  # a device admitted by invitation on this connection


def _drive(tls: ssl.SSLSocket, session: SyncSession, on_progress=None) -> None:
    tls.sendall(session.start())
    while not session.finished:
        if not _take(tls, session, on_progress, "the peer closed the connection early"):
            return


def _take(tls: ssl.SSLSocket, session: SyncSession, on_progress, closed: str) -> bool:
    """Read what the peer sent and answer it; False when the peer has closed the connection."""
    data = tls.recv(READ)
    if not data:
        if not session.finished:
            session.error = session.error or closed
        return False
    reply = session.receive(data)
    if reply:
        tls.sendall(reply)
    if on_progress:
        on_progress(session.stats)
    return True


def _drive_live(tls: ssl.SSLSocket, session: SyncSession, stop: threading.Event, poll: float, on_progress=None) -> None:
    """Exchange, then stay: read what the peer pushes, push what this store gains."""
    engine = session.engine
    tls.sendall(session.start())
    mark = engine.local_mark()
    while not session.finished and not stop.is_set():
        readable = tls.pending() > 0 or bool(select.select([tls], [], [], poll)[0])
        if readable:
            if not _take(tls, session, on_progress, "the peer closed the connection"):
                return
            continue
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


def _session_for(engine: SyncEngine, tls: ssl.SSLSocket, live: bool) -> tuple[SyncSession, str]:
    claim = peer_leaf(tls)
    if claim is None:
        raise CertError("the peer presented no certificate")
    device_id, leaf = claim
    session = SyncSession(engine, authenticated_peer=device_id, live=live,
                          pin=lambda: verify_leaf(leaf, engine.member_key(device_id)))
    return session, device_id


def no_delay(sock: socket.socket) -> None:
    """Send each frame at once. The protocol is a conversation of small frames, and Nagle's
    algorithm would hold each back until the peer's delayed acknowledgement of the last one."""
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def sync_with(engine: SyncEngine, host: str, port: int, timeout: float = TIMEOUT,
              on_progress: Callable[[SessionStats], None] | None = None,
              live: bool = False, stop: threading.Event | None = None, poll: float = POLL) -> Outcome:
    """One exchange with the device listening at host:port, then close; or, live, stay
    connected until `stop` is set, pushing local changes and applying the peer's."""
    ctx = engine.client_context()
    try:
        raw = socket.create_connection((host, port), timeout=timeout)
        no_delay(raw)
    except OSError as exc:
        raise TransportError(f"cannot reach {host}:{port} ({exc.strerror or exc})") from None
    try:
        with ctx.wrap_socket(raw) as tls:
            session, peer = _session_for(engine, tls, live)
            if live:
                _drive_live(tls, session, stop or threading.Event(), poll, on_progress)
            else:
                _drive(tls, session, on_progress)
            return Outcome(peer, session.stats, session.error)
    except (ssl.SSLError, CertError) as exc:
        raise TransportError(f"{host}:{port} is not a member of this panel ({exc})") from None
    except OSError as exc:
        raise TransportError(f"the exchange with {host}:{port} broke off ({exc})") from None


class Listener:
    """Serve sync sessions (and invitation redemptions) on a port until stopped."""

    def __init__(self, engine_factory, host: str = "0.0.0.0", port: int = 0, on_outcome=None,
                 live: bool = False, poll: float = POLL, on_progress=None):
        self._engine_factory = engine_factory  # called in the serving threads: SQLite per thread
        self._sock = socket.create_server((host, port))
        self._sock.settimeout(0.5)
        self.port = self._sock.getsockname()[1]
        self.live = live
        self.poll = poll
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="concord-listener", daemon=True)
        self._workers: list[threading.Thread] = []
        self.on_outcome = on_outcome or (lambda outcome: None)
        self.on_progress = on_progress
        self.served = 0
        self._count = threading.Lock()

    def start(self) -> "Listener":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(10)
        for worker in list(self._workers):
            worker.join(10)
        self._sock.close()

    def _run(self) -> None:
        engine: SyncEngine = self._engine_factory()
        made: float | None = None  # when the context was made: none yet, whatever the clock reads
        while not self._stop.is_set():
            if made is None or clock.monotonic() - made > CLIENT_CONTEXT_S:
                # A listener serves for days; its session certificate lives a day.
                creds = engine.credentials()
                ctx = creds.server_context(allow_anonymous=True)
                made = clock.monotonic()
            try:
                raw, _addr = self._sock.accept()
            except (socket.timeout, TimeoutError):
                continue
            except OSError:
                return
            no_delay(raw)
            raw.settimeout(TIMEOUT)
            if self.live:
                worker = threading.Thread(target=self._serve_live, args=(ctx, creds, raw), name="concord-peer", daemon=True)
                self._workers = [w for w in self._workers if w.is_alive()] + [worker]
                worker.start()
            else:
                self._serve(engine, ctx, creds, raw, live=False)

    def _serve_live(self, ctx, creds, raw) -> None:
        try:
            engine = self._engine_factory()
        except ConcordError as exc:
            raw.close()
            self._report(Outcome(None, SessionStats(), f"could not open this device's store: {exc}"))
            return
        try:
            self._serve(engine, ctx, creds, raw, live=True)
        finally:
            engine.store.close()  # one store opening per connection: give its files back now

    def _serve(self, engine: SyncEngine, ctx, creds, raw, live: bool) -> None:
        outcome = Outcome(None, SessionStats(), None)
        try:
            with ctx.wrap_socket(raw, server_side=True) as tls:
                if peer_leaf(tls) is None:
                    outcome.joined = serve_join(engine, tls, creds)
                    outcome.peer = outcome.joined
                else:
                    session, peer = _session_for(engine, tls, live)
                    outcome.peer, outcome.stats = peer, session.stats
                    progress = (lambda stats: self.on_progress(peer, stats)) if self.on_progress else None
                    if live:
                        tls.settimeout(None)  # a live peer may be quiet for hours; select() paces the loop
                        _drive_live(tls, session, self._stop, self.poll, progress)
                    else:
                        _drive(tls, session, progress)
                    outcome.error = session.error
        except (ssl.SSLError, CertError, JoinError, OSError) as exc:
            outcome.error = str(exc)
            raw.close()
        self._report(outcome)

    def _report(self, outcome: Outcome) -> None:
        with self._count:
            self.served += 1
        self.on_outcome(outcome)
