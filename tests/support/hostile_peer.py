"""Hostile peers, each run as a process of its own against a listening Concord device.

    python -m tests.support.hostile_peer ATTACK HOST:PORT [DATA] [ARGS...]

DATA is the attacker's own data folder where it needs one (a panel member's, with its real
keys and certificates, from the keyring the environment names). Every attack writes its
frames by hand, as a modified client would, and prints one JSON line saying what it sent and
what came back: the frame types the listener answered with, and whether anything of the panel
(its member list, key grants, envelopes) reached it.

Attacks:
    poison DATA N         a member (revoked, say) sends a second, self-signed founding entry
                          and N junk entries, then asks for a summary
    pose DATA VICTIM      a member presents a session certificate naming another member's
                          device, never sends Membership, and asks for a summary
    nested DATA           a membership entry of 16,000 nested brackets
    fuzz DATA N SEED      N random and mutated frames, over as many connections as it takes
    stall DATA            half a frame, then silence: how long until the listener hangs up
    idle N HOLD           N TCP connections that say nothing, held HOLD seconds
    anonymous N           N clients without a certificate, each sending most of a 4 MiB join frame
    tiny DATA N           one Envelopes frame of N one-byte envelopes
    maxframes DATA K      K Envelopes frames of the largest size, full of junk
"""

from __future__ import annotations

import json
import os
import random
import socket
import ssl
import struct
import sys
import threading
import time

from app.models import clock
from app.sync.engine.membership_entries import founding_entry, make_entry
from app.sync.protocol import certs
from app.sync.protocol.connection import (
    FRAME_OF,
    MAX_FRAME,
    Bye,
    Connection,
    Envelopes,
    Grants,
    Hello,
    Membership,
    Summary,
    _encode_payload,
)
from app.workspace import Workspace


def raw(event) -> bytes:
    """A frame as a modified client writes it, whatever its phase would allow."""
    payload = _encode_payload(event)
    return struct.pack(">IB", len(payload) + 1, FRAME_OF[type(event)]) + payload


def connect(host: str, port: int, ctx: ssl.SSLContext, timeout: float = 30) -> ssl.SSLSocket:
    sock = socket.create_connection((host, port), timeout=timeout)
    return ctx.wrap_socket(sock)


def answers(tls: ssl.SSLSocket, wait: float = 10.0) -> dict:
    """Read until the listener closes (or `wait` passes): what it sent, by frame type."""
    conn = Connection()
    conn.trust()
    got = {"frames": [], "membership_entries": 0, "envelopes": 0, "grants": 0, "bye": None, "closed": False}
    deadline = time.monotonic() + wait
    tls.settimeout(0.5)
    while time.monotonic() < deadline:
        try:
            data = tls.recv(65536)
        except TimeoutError:
            continue
        except (OSError, ssl.SSLError):
            got["closed"] = True
            break
        if not data:
            got["closed"] = True
            break
        for event in conn.receive_data(data):
            name = type(event).__name__
            got["frames"].append(name)
            if isinstance(event, Membership):
                got["membership_entries"] += len(event.entries)
            elif isinstance(event, Envelopes):
                got["envelopes"] += len(event.items)
            elif isinstance(event, Grants):
                got["grants"] += len(event.items)
            elif isinstance(event, Bye):
                got["bye"] = event.reason
    return got


def member(data: str):
    ws = Workspace.open(data)
    return ws, ws.sync


def hello(engine, device_id: str | None = None) -> bytes:
    return raw(Hello(engine.panel_id, device_id or engine.profile.device_id, int(clock.epoch())))


def poison(host, port, data, n) -> dict:
    ws, engine = member(data)
    second = founding_entry(ws.profile, ws.keys.sign, clock.now_utc())
    state = engine.state()
    junk = []
    for i in range(int(n)):
        if i % 2:  # well-formed, signed by the attacker, who is no admin
            fake = ws.profile.__class__(
                f"{i:032x}",
                f"Junk {i}",
                "Nowhere",
                "police",
                ws.profile.signing_public,
                ws.profile.exchange_public,
                ws.profile.created_at,
            )
            junk.append(
                make_entry(
                    "add",
                    state.panel_id,
                    fake,
                    "police",
                    ws.profile.device_id,
                    state.heads,
                    ws.keys.sign,
                    clock.now_utc(),
                ).encode()
            )
        else:
            junk.append(os.urandom(200))
    with connect(host, port, engine.client_context()) as tls:
        try:
            tls.sendall(hello(engine) + raw(Membership((second.encode(), *junk[:1999]))) + raw(Summary(())))
        except OSError:
            pass
        got = answers(tls)
    ws.close()
    return {"sent": len(junk) + 1, **got}


def pose(host, port, data, victim) -> dict:
    ws, engine = member(data)
    creds = engine.credentials()
    # A leaf naming the victim's device, certified by the attacker's own (genuine) member key.
    creds.leaf_cert = certs._build(
        f"{victim} session", creds.member_cert.subject, creds.leaf_key.public_key(), ws.keys.signing_key(), 1, ca=False
    )
    with connect(host, port, creds.client_context()) as tls:
        try:
            tls.sendall(hello(engine, victim) + raw(Summary(())))
        except OSError:
            pass
        got = answers(tls)
    ws.close()
    return got


def nested(host, port, data) -> dict:
    ws, engine = member(data)
    with connect(host, port, engine.client_context()) as tls:
        try:
            tls.sendall(hello(engine) + raw(Membership((b"[" * 16000,))))
        except OSError:
            pass
        got = answers(tls)
    ws.close()
    return got


def _legit_stream(engine) -> list[bytes]:
    return [
        hello(engine),
        raw(Membership(tuple(engine.membership_entries()))),
        raw(Summary(())),
        raw(Envelopes((b"\x00" * 40,))),
    ]


def fuzz(host, port, data, n, seed) -> dict:
    ws, engine = member(data)
    rng = random.Random(int(seed))
    ctx = engine.client_context()
    legit = _legit_stream(engine)
    sent = connections = refused_handshakes = 0
    byes: dict[str, int] = {}
    while sent < int(n):
        try:
            tls = connect(host, port, ctx, timeout=10)
        except (OSError, ssl.SSLError):
            refused_handshakes += 1
            time.sleep(0.05)
            continue
        connections += 1
        with tls:
            frames = list(legit[: rng.randint(1, 3)])
            for _ in range(rng.randint(1, 8)):
                kind = rng.random()
                if kind < 0.3:  # random bytes
                    frames.append(os.urandom(rng.randint(1, 300)))
                elif kind < 0.6:  # a legitimate frame with a few bytes changed
                    f = bytearray(rng.choice(legit))
                    for _ in range(rng.randint(1, 4)):
                        f[rng.randrange(len(f))] = rng.randrange(256)
                    frames.append(bytes(f))
                elif kind < 0.8:  # a frame header claiming a length it never sends, or too much
                    frames.append(struct.pack(">IB", rng.choice([0, 5, MAX_FRAME + 1, 2**32 - 1]), rng.randint(0, 12)))
                else:  # a legitimate frame out of its place
                    frames.append(rng.choice(legit))
            try:
                for f in frames:
                    tls.sendall(f)
                    sent += 1
            except (OSError, ssl.SSLError):
                pass
            got = answers(tls, wait=3)
            reason = (got["bye"] or "closed without a bye").split(":")[0][:60]
            byes[reason] = byes.get(reason, 0) + 1
    ws.close()
    return {"sent": sent, "connections": connections, "handshakes_refused": refused_handshakes, "byes": byes}


def stall(host, port, data) -> dict:
    ws, engine = member(data)
    with connect(host, port, engine.client_context()) as tls:
        started = time.monotonic()
        tls.sendall(hello(engine) + raw(Membership(tuple(engine.membership_entries())))[:7])
        got = answers(tls, wait=120)
    ws.close()
    return {"seconds_until_closed": round(time.monotonic() - started, 1), **got}


def idle(host, port, n, hold) -> dict:
    socks, failed = [], 0
    for _ in range(int(n)):
        try:
            socks.append(socket.create_connection((host, port), timeout=5))
        except OSError:
            failed += 1
    print(json.dumps({"open": len(socks), "failed": failed}), flush=True)  # the test acts now
    time.sleep(float(hold))
    closed_by_listener = 0
    for s in socks:
        s.setblocking(False)
        try:
            closed_by_listener += s.recv(1) == b""
        except BlockingIOError:
            pass
        except OSError:
            closed_by_listener += 1
        s.close()
    return {"opened": len(socks), "closed_by_listener": closed_by_listener}


def anonymous(host, port, n) -> dict:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    results = {"refused": 0, "sent_all": 0, "errors": 0}
    lock = threading.Lock()
    body = os.urandom(4 * 1024 * 1024 - 100_000)

    def one() -> None:
        try:
            with connect(host, port, ctx, timeout=20) as tls:
                tls.recv(64)  # the listener's key frame
                tls.sendall(struct.pack(">IB", len(body) + 1, 2))
                tls.sendall(body)
                outcome = "sent_all"
        except (OSError, ssl.SSLError):
            outcome = "refused"
        except Exception:  # noqa: BLE001
            outcome = "errors"
        with lock:
            results[outcome] += 1

    threads = [threading.Thread(target=one) for _ in range(int(n))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def _opening(engine) -> bytes:
    return hello(engine) + raw(Membership(tuple(engine.membership_entries()))) + raw(Summary(()))


def tiny(host, port, data, n) -> dict:
    ws, engine = member(data)
    with connect(host, port, engine.client_context()) as tls:
        started = time.monotonic()
        try:
            tls.sendall(_opening(engine) + raw(Envelopes(tuple(bytes([i % 256]) for i in range(int(n))))))
        except OSError:
            pass
        got = answers(tls, wait=60)
    ws.close()
    return {"seconds": round(time.monotonic() - started, 2), **got}


def maxframes(host, port, data, k) -> dict:
    ws, engine = member(data)
    item = 1024 * 1024 - 64
    per_frame = (MAX_FRAME - 1024) // (item + 8)
    junk = tuple(os.urandom(item) for _ in range(per_frame))
    frame = raw(Envelopes(junk))
    sent = 0
    with connect(host, port, engine.client_context()) as tls:
        try:
            tls.sendall(_opening(engine))
            for _ in range(int(k)):
                tls.sendall(frame)
                sent += 1
        except (OSError, ssl.SSLError):
            pass
        got = answers(tls, wait=60)
    ws.close()
    return {"frames_sent": sent, "frame_bytes": len(frame), **got}


ATTACKS = {
    "poison": poison,
    "pose": pose,
    "nested": nested,
    "fuzz": fuzz,
    "stall": stall,
    "idle": idle,
    "anonymous": anonymous,
    "tiny": tiny,
    "maxframes": maxframes,
}


def main(argv: list[str]) -> int:
    attack, address, *args = argv
    host, _, port = address.rpartition(":")
    print(json.dumps(ATTACKS[attack](host, int(port), *args)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
