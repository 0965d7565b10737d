"""Sync sessions over TCP with mutually authenticated TLS 1.3.

The listener serves one peer at a time, in its own thread: the engine and its documents are
not shared between threads, and a panel has a handful of devices. A peer that fails the
handshake, the pin check or the protocol is dropped with a reason, and the listener goes on.
"""

from __future__ import annotations

import socket
import ssl
import threading
from dataclasses import dataclass

from app.models.errors import ConcordError
from app.sync.certs import CertError, peer_leaf, verify_leaf
from app.sync.engine import SyncEngine
from app.sync.session import SessionStats, SyncSession

TIMEOUT = 30.0
READ = 256 * 1024


class TransportError(ConcordError):
    """A session over the network could not be completed."""


@dataclass
class Outcome:
    peer: str | None
    stats: SessionStats
    error: str | None


def _drive(tls: ssl.SSLSocket, session: SyncSession) -> None:
    tls.sendall(session.start())
    while not session.finished:
        data = tls.recv(READ)
        if not data:
            if not session.finished:
                session.error = session.error or "the peer closed the connection early"
            return
        reply = session.receive(data)
        if reply:
            tls.sendall(reply)


def _session_for(engine: SyncEngine, tls: ssl.SSLSocket) -> tuple[SyncSession, str]:
    claim = peer_leaf(tls)
    if claim is None:
        raise CertError("the peer presented no certificate")
    device_id, leaf = claim
    session = SyncSession(engine, authenticated_peer=device_id,
                          pin=lambda: verify_leaf(leaf, engine.member_key(device_id)))
    return session, device_id


def sync_with(engine: SyncEngine, host: str, port: int, timeout: float = TIMEOUT) -> Outcome:
    """One exchange with the device listening at host:port, then close."""
    ctx = engine.credentials().client_context()
    try:
        raw = socket.create_connection((host, port), timeout=timeout)
    except OSError as exc:
        raise TransportError(f"cannot reach {host}:{port} ({exc.strerror or exc})") from None
    try:
        with ctx.wrap_socket(raw) as tls:
            session, peer = _session_for(engine, tls)
            _drive(tls, session)
            return Outcome(peer, session.stats, session.error)
    except (ssl.SSLError, CertError) as exc:
        raise TransportError(f"{host}:{port} is not a member of this panel ({exc})") from None
    except OSError as exc:
        raise TransportError(f"the exchange with {host}:{port} broke off ({exc})") from None


class Listener:
    """Serve sync sessions on a port until stopped."""

    def __init__(self, engine_factory, host: str = "0.0.0.0", port: int = 0, on_outcome=None):
        self._engine_factory = engine_factory  # made in the serving thread: SQLite per thread
        self._sock = socket.create_server((host, port))
        self._sock.settimeout(0.5)
        self.port = self._sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="concord-listener", daemon=True)
        self.on_outcome = on_outcome or (lambda outcome: None)
        self.served = 0

    def start(self) -> "Listener":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(10)
        self._sock.close()

    def _run(self) -> None:
        engine: SyncEngine = self._engine_factory()
        ctx = engine.credentials().server_context()
        while not self._stop.is_set():
            try:
                raw, _addr = self._sock.accept()
            except (socket.timeout, TimeoutError):
                continue
            except OSError:
                return
            raw.settimeout(TIMEOUT)
            outcome = Outcome(None, SessionStats(), None)
            try:
                with ctx.wrap_socket(raw, server_side=True) as tls:
                    session, peer = _session_for(engine, tls)
                    outcome.peer, outcome.stats = peer, session.stats
                    _drive(tls, session)
                    outcome.error = session.error
            except (ssl.SSLError, CertError, OSError) as exc:
                outcome.error = str(exc)
                raw.close()
            self.served += 1
            self.on_outcome(outcome)
