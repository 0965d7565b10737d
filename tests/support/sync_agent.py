"""A panel device that misbehaves on purpose, run as its own process by the sync tests.

    python -m tests.support.sync_agent forge DATA HOST:PORT ITEMS
        Connect to the listener at HOST:PORT as the device in DATA (its real certificate, over
        real TLS) and run an ordinary sync session, except that the Envelopes it sends are the
        items in the file ITEMS (JSON list of base64), whatever it holds itself.

    python -m tests.support.sync_agent die-mid-delivery DATA HOST:PORT
        An ordinary sync that kills its own process (SIGKILL) inside the transaction that keeps
        the first delivery: after its envelopes were written, as its changes are about to be.

The device's keys come from the keyring the environment names (the tests' shared file keyring).
Prints one JSON line: the peer, the envelopes sent, and the session's error if any.
"""

from __future__ import annotations

import base64
import json
import os
import signal
import socket
import sys

from app.models.cases import CaseRepository
from app.sync.net.session import SyncSession
from app.sync.net.transport import sync_with
from app.sync.protocol.certs import peer_leaf
from app.sync.protocol.connection import Done, Envelopes
from app.workspace import Workspace


def _host_port(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    return host, int(port)


def forge(data: str, peer: str, items_file: str) -> dict:
    forged = tuple(base64.b64decode(x) for x in json.loads(open(items_file).read()))
    host, port = _host_port(peer)
    with Workspace.open(data) as ws:
        engine = ws.sync
        raw = socket.create_connection((host, port), timeout=30)
        with engine.credentials().client_context().wrap_socket(raw) as tls:
            device_id, leaf = peer_leaf(tls)
            session = SyncSession(engine, authenticated_peer=device_id, leaf=leaf)
            session.check_peer()
            send = session.conn.send

            def substitute(event):
                # What this device would send is dropped; the forged items go just before Done.
                if isinstance(event, Envelopes):
                    return b""
                if isinstance(event, Done):
                    return send(Envelopes(forged)) + send(event)
                return send(event)

            session.conn.send = substitute
            tls.sendall(session.start())
            while not session.finished:
                got = tls.recv(256 * 1024)
                if not got:
                    session.error = session.error or "the peer closed the connection early"
                    break
                reply = session.receive(got)
                if reply:
                    tls.sendall(reply)
        return {"peer": device_id, "sent": len(forged), "error": session.error}


def die_mid_delivery(data: str, peer: str) -> dict:
    def crash(self, *args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    CaseRepository.store_remote = crash
    host, port = _host_port(peer)
    with Workspace.open(data) as ws:
        outcome = sync_with(ws.sync, host, port)
    return {"peer": outcome.peer, "sent": outcome.stats.sent_envelopes, "error": outcome.error}


def main(argv: list[str]) -> int:
    command, *args = argv
    result = {"forge": forge, "die-mid-delivery": die_mid_delivery}[command](*args)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
