"""Concord devices as separate processes, for the multi-process sync tests.

Each device is a data folder driven through the `concord` command line, one process per
command. All devices of a test share one test keyring file (tests.support.keyrings.FileKeyring, named
in the environment), so the test process can open the same folders afterwards and look at
what each device holds, through the same core the command line uses.
"""

from __future__ import annotations

import os
import queue
import re
import socket
import subprocess
import sys
import threading
from functools import cached_property
from pathlib import Path

from app.workspace import Workspace
from tests.support.keyrings import FileKeyring

REPO = Path(__file__).resolve().parent.parent.parent
CONCORD = [sys.executable, "-m", "app.cli"]
KEYRING_FILE = "keyring.json"

PEOPLE = {
    "chair": ("Eleri Chair", "Panel"),
    "advocate": ("Sam Advocate", "Advocacy"),
    "clinician": ("Alys Clinician", "Health"),
    "legal": ("Lee Legal", "Legal"),
    "police": ("Pat Police", "Police"),
    "chief_inspector": ("Rhian Inspector", "Police"),
    "facilitator": ("Fran Facilitator", "Restorative service"),
    "ig_officer": ("Iolo Governance", "Panel"),
}

SYNC_LINE = re.compile(r"synced with (\S+): sent (\d+), applied (\d+), held (\d+), quarantined (\d+)")
SESSION_LINE = re.compile(r"session with (\S+): sent (\d+), applied (\d+), quarantined (\d+) \((.*)\)")


def process_env(root: Path) -> dict:
    """The environment of every device process of one test: the shared test keyring."""
    return dict(
        os.environ,
        PYTHON_KEYRING_BACKEND="tests.support.keyrings.FileKeyring",
        CONCORD_TEST_KEYRING_FILE=str(root / KEYRING_FILE),
        PYTHONPATH=str(REPO),
    )


class Device:
    def __init__(self, root: Path, role: str, env: dict, folder_name: str | None = None):
        self.root = root
        self.folder = root / (folder_name or role)
        self.role = role
        self.env = env

    def __repr__(self) -> str:
        return f"Device({self.role})"

    def argv(self, *args) -> list[str]:
        return CONCORD + ["--data", str(self.folder), *map(str, args)]

    def run(self, *args, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess:
        done = subprocess.run(self.argv(*args), cwd=REPO, env=self.env, capture_output=True, text=True, timeout=timeout)
        if check and done.returncode != 0:
            raise AssertionError(
                f"{self.role}: concord {' '.join(map(str, args))} exited {done.returncode}: {done.stderr}"
            )
        return done

    def start(self, *args) -> subprocess.Popen:
        """A command left running (the caller waits for it or kills it)."""
        return subprocess.Popen(
            self.argv(*args), cwd=REPO, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )

    def sync(self, port: int, check: bool = True) -> subprocess.CompletedProcess:
        return self.run("sync", f"127.0.0.1:{port}", check=check)

    def serve(self, *extra) -> Server:
        return Server(self, *extra)

    def open(self) -> Workspace:
        return Workspace.open(self.folder, backend=FileKeyring(self.env["CONCORD_TEST_KEYRING_FILE"]))

    @cached_property
    def device_id(self) -> str:
        with self.open() as ws:
            return ws.profile.device_id


def sync_counts(stdout: str) -> tuple[int, int, int, int]:
    """(sent, applied, held, quarantined) from the output of `concord sync`."""
    match = SYNC_LINE.search(stdout)
    assert match, f"unexpected sync output: {stdout!r}"
    return tuple(int(match.group(i)) for i in range(2, 6))


class Server:
    """`concord serve` on 127.0.0.1 and a free port, with its session reports collected."""

    def __init__(self, device: Device, *extra):
        self.device = device
        self.proc = subprocess.Popen(
            device.argv("serve", "--host", "127.0.0.1", "--port", "0", *extra),
            cwd=REPO,
            env=device.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        line = self.proc.stdout.readline()
        match = re.search(r":(\d+) ", line)
        if not match:
            self.proc.kill()
            raise AssertionError(f"{device.role}: serve did not start: {line!r} {self.proc.stderr.read()}")
        self.port = int(match.group(1))
        self.reports: queue.Queue[str] = queue.Queue()
        self.stderr: list[str] = []
        self._readers = [
            threading.Thread(target=self._read, args=(self.proc.stdout, self.reports.put), daemon=True),
            threading.Thread(target=self._read, args=(self.proc.stderr, self.stderr.append), daemon=True),
        ]
        for t in self._readers:
            t.start()

    @staticmethod
    def _read(stream, put) -> None:
        for line in stream:
            put(line.rstrip("\n"))

    def next_session(self, timeout: float = 30) -> re.Match:
        """The listener's report of the next session it finished."""
        while True:
            try:
                line = self.reports.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(
                    f"{self.device.role}: no session report within {timeout}s; stderr: {self.stderr}"
                ) from None
            match = SESSION_LINE.search(line)
            if match:
                return match

    def status(self) -> dict[str, int]:
        """The serving process's threads, open files, and resident memory now and at its peak (KiB)."""
        fields = {}
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("Threads", "VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0])
        fields["fds"] = len(os.listdir(f"/proc/{self.proc.pid}/fd"))
        return fields

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        for t in self._readers:
            t.join(5)

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


class Relay:
    """A TCP relay placed between `concord sync` and `concord serve`: it forwards every byte
    unchanged and keeps a copy of each direction of each connection."""

    def __init__(self, upstream_port: int):
        self.upstream_port = upstream_port
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.2)
        self.port = self._sock.getsockname()[1]
        self.captures: list[dict[str, bytearray]] = []
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._accepter = threading.Thread(target=self._accept, daemon=True)
        self._accepter.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            server = socket.create_connection(("127.0.0.1", self.upstream_port))
            capture = {"to_server": bytearray(), "to_client": bytearray()}
            self.captures.append(capture)
            done = threading.Barrier(2, action=lambda c=client, s=server: (c.close(), s.close()))
            for src, dst, buf in ((client, server, capture["to_server"]), (server, client, capture["to_client"])):
                t = threading.Thread(target=self._pump, args=(src, dst, buf, done), daemon=True)
                t.start()
                self._threads.append(t)

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket, buf: bytearray, done: threading.Barrier) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                buf += data
                dst.sendall(data)
        except OSError:
            pass
        try:
            dst.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        try:
            done.wait(30)
        except threading.BrokenBarrierError:
            pass

    def close(self) -> None:
        self._stop.set()
        self._accepter.join(5)
        self._sock.close()
        for t in self._threads:
            t.join(5)


def make_panel(root: Path, roles: list[str]) -> dict[str, Device]:
    """The chair's device founds a panel; each other device is admitted with the
    `panel request` / `panel admit` / `panel join` files, one `concord` process per step."""
    env = process_env(root)
    devices = {}
    for role in ["chair", *roles]:
        d = Device(root, role, env)
        name, agency = PEOPLE[role]
        d.run("init", "--name", name, "--agency", agency, "--role", role)
        devices[role] = d
    chair = devices["chair"]
    # The subject of these tests is what happens after admission: the chair admits alone. The
    # approvals an agency's data needs are tested on their own (test_role_approval_processes).
    chair.run("panel", "create", "--approval", "chair")
    for role in roles:
        request, admission = root / f"{role}.request", root / f"{role}.admission"
        devices[role].run("panel", "request", request)
        chair.run("panel", "admit", request, "--out", admission)
        devices[role].run("panel", "join", admission)
    return devices


def make_panel_in_process(root: Path, roles: list[str]) -> dict[str, Device]:
    """The same panel, set up through the core in this process (faster, for tests whose subject
    is what happens after admission); the devices are then used as separate processes."""
    env = process_env(root)
    backend = FileKeyring(env["CONCORD_TEST_KEYRING_FILE"])
    devices = {}
    name, agency = PEOPLE["chair"]
    with Workspace.init(root / "chair", name, agency, "chair", backend=backend) as chair:
        chair.sync.found_panel("chair")
        devices["chair"] = Device(root, "chair", env)
        for role in roles:
            name, agency = PEOPLE[role]
            with Workspace.init(root / role, name, agency, role, backend=backend) as ws:
                ws.sync.join(chair.sync.admission(ws.profile))
            devices[role] = Device(root, role, env)
    return devices
