"""One Concord device as a process of its own, as on its own laptop, for bench_sync part (a).

Started by the bench, not by hand: python -m bench.sync_device FOLDER KEYRING_FILE
Once its store is open and its listener listens it prints {"port": P}; then it answers each
JSON command read on stdin with one JSON line on stdout:
  {"cmd": "sync", "port": P}    one one-shot session with the listener at 127.0.0.1:P
  {"cmd": "served"}             the outcome of the next session its own listener finishes
  {"cmd": "heads", "case": ID}  the heads of each compartment of the case it holds, and the
                                seconds taken to open them (the first opening builds each one)
  {"cmd": "quit"}
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

from app.sync.net.transport import Listener, Outcome, sync_with
from app.workspace import Workspace
from bench.sync_fixtures import HOST, concord_heads, engine_factory
from tests.support.keyrings import FileKeyring

REPO = Path(__file__).resolve().parents[1]


def outcome_dict(o: Outcome) -> dict:
    r = o.stats.received
    return {
        "error": o.error,
        "sent": o.stats.sent_envelopes,
        "bytes_out": o.stats.bytes_out,
        "applied": r.applied,
        "held": r.held,
        "quarantined": r.quarantined,
    }


def serve(folder: Path, keyring_file: str) -> None:
    backend = FileKeyring(keyring_file)
    outcomes: queue.Queue[Outcome] = queue.Queue()
    ready = threading.Event()
    listener = Listener(engine_factory(folder, backend, ready), host=HOST, on_outcome=outcomes.put).start()
    ws = Workspace.open(folder, backend=backend)
    if not ready.wait(60):
        raise RuntimeError("the listener did not open its store")
    say({"port": listener.port})
    try:
        for line in sys.stdin:
            cmd = json.loads(line)
            if cmd["cmd"] == "sync":
                say(outcome_dict(sync_with(ws.sync, HOST, cmd["port"])))
            elif cmd["cmd"] == "served":
                say(outcome_dict(outcomes.get(timeout=120)))
            elif cmd["cmd"] == "heads":
                t0 = time.perf_counter()
                heads = concord_heads(ws, cmd["case"])
                took = time.perf_counter() - t0
                say(
                    {
                        "heads": {comp: [h.hex() for h in hs] if hs else None for comp, hs in heads.items()},
                        "seconds": took,
                    }
                )
            elif cmd["cmd"] == "quit":
                break
    finally:
        listener.stop()
        ws.close()


def say(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


class DeviceProcess:
    """The bench's handle on one device process."""

    def __init__(self, folder: Path, keyring_file: Path):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.sync_device", str(folder), str(keyring_file)],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.port = self._read()["port"]

    def ask(self, **cmd) -> dict:
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()
        return self._read()

    def _read(self) -> dict:
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"a device process ended (exit {self.proc.wait()})")
        return json.loads(line)

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self.proc.stdin.write(json.dumps({"cmd": "quit"}) + "\n")
                self.proc.stdin.flush()
                self.proc.wait(30)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()


if __name__ == "__main__":
    serve(Path(sys.argv[1]), sys.argv[2])
