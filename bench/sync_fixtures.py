"""Panels of devices, offline edits and loopback plumbing shared by the sync benchmarks.

Everything runs in one process: each device is a data folder with its own SQLite store; a
listener opens its own Workspace of the folder in its serving thread (SQLite connections are
per thread), and the benchmark's thread opens another to dial out or to read.
"""

from __future__ import annotations

import datetime as dt
import os
import queue
import random
import socket
import ssl
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import automerge.core as am
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.models.documents.changeformat import read_change
from app.models.storage import tables as t
from app.models.storage.store import Store, now_utc
from app.sync.net.transport import Listener, Outcome, sync_with
from app.workspace import Workspace

AGENCIES = ("advocate", "clinician", "legal", "police", "chief_inspector")
PEOPLE = {
    "chair": ("Bench Chair", "Panel"),
    "advocate": ("Bench Advocate", "Advocacy"),
    "clinician": ("Bench Clinician", "Health"),
    "legal": ("Bench Legal", "Legal"),
    "police": ("Bench Police", "Police"),
    "chief_inspector": ("Bench Inspector", "Police"),
}
SCALARS = ("short_text", "choice", "flag", "number", "date")
HOST = "127.0.0.1"
MAX_ROUNDS = 8


# ----- panels --------------------------------------------------------------------------------
def make_panel(root: Path, backend, roles) -> dict[str, Path]:
    """A chair that founds the panel and admits one device per role; everyone knows everyone."""
    folders = {role: root / role for role in ("chair", *roles)}
    opened = {}
    for role, folder in folders.items():
        name, agency = PEOPLE[role]
        opened[role] = Workspace.init(folder, name, agency, role, backend=backend)
    chair = opened["chair"]
    chair.sync.found_panel("chair")
    for role in roles:
        opened[role].sync.join(chair.sync.admission(opened[role].profile))
    entries = chair.sync.membership_entries()
    for ws in opened.values():
        ws.sync.receive_membership(entries, "chair")
    for ws in opened.values():
        ws.close()
    return folders


def share_new_case(folders: dict[str, Path], backend, reference: str, roles) -> str:
    """The chair opens a case and each device syncs once with it, so the case exists everywhere."""
    with Workspace.open(folders["chair"], backend=backend) as chair:
        case_id = chair.new_case(reference).case_id
    listener = Listener(engine_factory(folders["chair"], backend), host=HOST).start()
    try:
        for role in roles:
            with Workspace.open(folders[role], backend=backend) as ws:
                outcome = sync_with(ws.sync, HOST, listener.port)
                if outcome.error:
                    raise RuntimeError(f"{role} could not fetch the case: {outcome.error}")
    finally:
        listener.stop()
    return case_id


def engine_factory(folder: Path, backend, ready: threading.Event | None = None):
    def make():
        engine = Workspace.open(folder, backend=backend).sync
        if ready is not None:
            ready.set()
        return engine

    return make


# ----- offline edits ---------------------------------------------------------------------------
@dataclass
class EditPlan:
    texts: list[str]
    scalars: list[str]
    records: list[str]

    @property
    def empty(self) -> bool:
        return not (self.texts or self.scalars or self.records)


def writable(case) -> EditPlan:
    # Managed fields (a risk assessment, a process step) change only through their own forms.
    fields = [f for f in case.schema.fields.values() if not f.managed]
    return EditPlan(
        [f.id for f in fields if f.type == "long_text" and case.can_write(f.id)],
        [f.id for f in fields if f.type in SCALARS and case.can_write(f.id)],
        [f.id for f in fields if f.type == "records" and case.can_write(f.id)],
    )


def _next_scalar(f, current, n: int):
    """A value for a scalar field that differs from the current one, so every save is a change."""
    if f.type == "short_text":
        return f"CC-BENCH-{n}" if f.id == "reference" else f"value {n}"  # a reference has its own form
    if f.type == "choice":
        options = list(f.options)
        i = options.index(current) + 1 if current in options else 0
        return options[i % len(options)]
    if f.type == "flag":
        return not bool(current)
    if f.type == "number":
        # Within the field's bounds (a count of children has a most), still a change each save.
        low = int(f.minimum) if f.minimum is not None else 0
        high = int(f.maximum) if f.maximum is not None else low + 10_000
        value = low + n % (high - low + 1)
        return value if value != current else low + (n + 1) % (high - low + 1)
    return (dt.date(2020, 1, 1) + dt.timedelta(days=n)).isoformat()


def edit_offline(folder: Path, backend, case_id: str, edits: int, seed: int) -> int:
    """The mix of bench_open: mostly typing one character per save, some short fields, a few
    records, over the fields this device's role may write. Returns the saves made."""
    rng = random.Random(seed)
    with Workspace.open(folder, backend=backend) as ws:
        case = ws.open_case(case_id)
        plan = writable(case)
        if plan.empty:
            return 0
        current = {fid: case.get(fid) or "" for fid in plan.texts}
        made = 0
        while made < edits:
            roll = rng.random()
            if plan.texts and (roll < 0.8 or not (plan.scalars or plan.records)):
                fid = rng.choice(plan.texts)
                current[fid] += rng.choice("abcdefghij klmnopqrstuvwxyz.")
                case.set(fid, current[fid])
            elif plan.scalars and (roll < 0.95 or not plan.records):
                fid = rng.choice(plan.scalars)
                case.set(fid, _next_scalar(ws.schema.field(fid), case.get(fid), made))
            else:
                case.add_record(rng.choice(plan.records), {})
            made += 1
        return made


def edit_all_offline(folders, backend, case_id: str, roles, edits: int) -> dict[str, int]:
    # Saves wait on fsync, which frees the interpreter, so devices are built side by side.
    with ThreadPoolExecutor(len(roles)) as pool:
        made = pool.map(
            lambda i_role: edit_offline(folders[i_role[1]], backend, case_id, edits, 1000 + i_role[0]), enumerate(roles)
        )
        return dict(zip(roles, made))


# ----- listening -------------------------------------------------------------------------------
class Served:
    """A device's one-shot listener, reporting each finished session on a queue."""

    def __init__(self, folder: Path, backend, live: bool = False):
        self.outcomes: queue.Queue[Outcome] = queue.Queue()
        ready = threading.Event()
        self.listener = Listener(
            engine_factory(folder, backend, ready), host=HOST, live=live, on_outcome=self.outcomes.put
        ).start()
        # The listener opens its store as its thread starts; that is set-up, not sync.
        if not ready.wait(30):
            raise RuntimeError("the listener did not open its store")
        self.port = self.listener.port

    def next_outcome(self, timeout: float = 120) -> Outcome:
        return self.outcomes.get(timeout=timeout)

    def stop(self) -> None:
        self.listener.stop()


@dataclass
class Relay:
    """A loopback hop in front of a listener that counts the bytes of every connection."""

    target: int
    up: int = 0
    down: int = 0
    connections: int = 0
    pumping: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self):
        self._sock = socket.create_server((HOST, 0))
        self._sock.settimeout(0.5)
        self.port = self._sock.getsockname()[1]
        self._stop = threading.Event()
        threading.Thread(target=self._accept, name="bench-relay", daemon=True).start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            server = socket.create_connection((HOST, self.target))
            for s in (client, server):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # the hop must not add Nagle delays
            with self._lock:
                self.connections += 1
                self.pumping += 2
            threading.Thread(target=self._pump, args=(client, server, "up"), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, "down"), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, direction: str) -> None:
        try:
            while data := src.recv(256 * 1024):
                dst.sendall(data)
                with self._lock:
                    setattr(self, direction, getattr(self, direction) + len(data))
        except OSError:
            pass
        try:
            dst.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        with self._lock:
            self.pumping -= 1

    def settle(self, timeout: float = 5.0) -> None:
        """Wait until every connection's last bytes are counted (a closed session's pumps end)."""
        deadline = time.monotonic() + timeout
        while self.pumping and time.monotonic() < deadline:
            time.sleep(0.001)

    @property
    def total(self) -> int:
        return self.up + self.down

    def close(self) -> None:
        self._stop.set()
        self._sock.close()


# ----- a bare TLS 1.3 echo, the anchor for latency ----------------------------------------------
def self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "anchor-cert.pem", folder / "anchor-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


def _read_exact(tls: ssl.SSLSocket, n: int) -> bytes:
    buf = bytearray()
    while len(buf) < n:
        chunk = tls.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("closed early")
        buf += chunk
    return bytes(buf)


def tls_round_trips(folder: Path, count: int, size: int = 1024) -> list[float]:
    """Round trips (ms) of `size` bytes echoed over one loopback TLS 1.3 connection. Sockets keep
    their defaults (Nagle on), as Concord's transport does."""
    cert, key = self_signed(folder)
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    server_ctx.load_cert_chain(cert, key)
    client_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    client_ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    client_ctx.load_verify_locations(cert)
    listening = socket.create_server((HOST, 0))
    port = listening.getsockname()[1]

    def echo():
        raw, _ = listening.accept()
        with server_ctx.wrap_socket(raw, server_side=True) as tls:
            try:
                while True:
                    tls.sendall(_read_exact(tls, size))
            except (ConnectionError, OSError):
                pass

    thread = threading.Thread(target=echo, daemon=True)
    thread.start()
    payload = random.Random(3).randbytes(size)
    out = []
    with client_ctx.wrap_socket(socket.create_connection((HOST, port)), server_hostname="localhost") as tls:
        for i in range(count + 20):
            t0 = time.perf_counter()
            tls.sendall(payload)
            _read_exact(tls, size)
            if i >= 20:  # the first exchanges finish the handshake and warm the path
                out.append((time.perf_counter() - t0) * 1000)
    thread.join(5)
    listening.close()
    return out


# ----- what each device holds, and bare Automerge sync of it ---------------------------------------
def own_changes(folders, backend, case_id) -> dict[str, dict[str, list[bytes]]]:
    """compartment -> role -> the change bytes that device holds, for each device that may read it."""
    out: dict[str, dict[str, list[bytes]]] = {}
    for role in AGENCIES:
        with Workspace.open(folders[role], backend=backend) as ws:
            for comp in ws.cases.compartments.readable_by(role):
                out.setdefault(comp.id, {})[role] = ws.store.change_rows(case_id, comp.id)
    return {c: by_role for c, by_role in out.items() if any(by_role.values())}


def concord_heads(ws: Workspace, case_id: str) -> dict[str, list[bytes] | None]:
    out = {}
    for comp in ws.cases.compartments.readable_by(ws.role):
        doc = ws.cases.read_doc(case_id, comp, ws.role)
        out[comp.id] = doc.heads() if doc else None
    return out


def bare_session(a: am.Document, b: am.Document, tally: list[int]) -> bool:
    """One connection's worth of Automerge sync between two documents; True if either gained."""
    before = (a.get_heads(), b.get_heads())
    sa, sb = am.SyncState(), am.SyncState()
    while True:
        quiet = True
        for src, dst, s_src, s_dst in ((a, b, sa, sb), (b, a, sb, sa)):
            msg = src.generate_sync_message(s_src)
            if msg is not None:
                wire = msg.encode()  # as a transport would carry it
                tally[0] += 1
                tally[1] += len(wire)
                dst.receive_sync_message(s_dst, am.Message.decode(wire))
                quiet = False
        if quiet:
            return (a.get_heads(), b.get_heads()) != before


def converge_bare(own, pairs):
    docs = {
        c: {role: am.Document.load(b"".join(rows)) if rows else am.Document() for role, rows in by_role.items()}
        for c, by_role in own.items()
    }
    held_before = sum(len(d.get_changes([])) for by_role in docs.values() for d in by_role.values())
    tally, rounds = [0, 0], []
    start = time.perf_counter()
    for _ in range(MAX_ROUNDS):
        t0, moved = time.perf_counter(), 0
        for x, y in pairs:
            for by_role in docs.values():
                if x in by_role and y in by_role:
                    moved += bare_session(by_role[x], by_role[y], tally)
        rounds.append((moved, time.perf_counter() - t0))
        if not moved:
            break
    elapsed = time.perf_counter() - start
    held_after = sum(len(d.get_changes([])) for by_role in docs.values() for d in by_role.values())
    return docs, elapsed, rounds, tally, held_after - held_before


def one_change_message(change: bytes) -> bytes:
    """A sync message carrying exactly one change: the public API's only way to apply a change
    to a live document (heads, need and have all empty)."""
    n, size = len(change), bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        size.append(byte | (0x80 if n else 0))
        if not n:
            break
    return b"\x42\x00\x00\x00\x01" + bytes(size) + change


def storage_floor(root: Path, own, docs, case_id: str) -> tuple[float, int]:
    """Seconds to write, durably, into a fresh SQLCipher store per device (one transaction per
    compartment, as runs, as a sync does), the changes each device gained by bare sync: what any
    device that keeps its cases on an encrypted disk must pay, before checking or applying anything."""
    gained: dict[str, list[tuple[str, list[bytes]]]] = {}
    for comp_id, by_role in docs.items():
        for role, doc in by_role.items():
            mine = {read_change(c).hash for c in own[comp_id].get(role, [])}
            new = [c.bytes for c in doc.get_changes([]) if c.hash not in mine]
            if new:
                gained.setdefault(role, []).append((comp_id, new))
    stores = {}
    for role in gained:
        store = Store.open(root / f"floor-{role}.db", os.urandom(32), create=True)
        with store.begin() as conn:
            conn.execute(
                t.cases.insert().values(case_id=case_id, reference="FLOOR", created_at=now_utc(), created_by="bench")
            )
        stores[role] = store
    heads = {
        role: [(comp_id, [(read_change(c), c) for c in new]) for comp_id, new in items]
        for role, items in gained.items()
    }  # parsed outside the clock
    start = time.perf_counter()
    for role, items in heads.items():
        for comp_id, changes in items:
            with stores[role].begin() as conn:
                stores[role].add_runs(conn, case_id, comp_id, changes)
    took = time.perf_counter() - start
    for store in stores.values():
        store.close()
    return took, sum(len(new) for items in gained.values() for _c, new in items)
