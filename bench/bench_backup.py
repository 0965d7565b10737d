"""Backing up and restoring a device, beside copying its store file.

A police device is made with a few cases, then its store is grown to --mb megabytes with random
bytes in a table of this bench's own (SQLite copies pages, whatever they hold, so the bytes stand
for cases and their history). Timed, --repeat times each: `backup_device` to a file, and
`restore_device` from it into a new folder and keyring (re-key included). Peak Python memory of
each is measured with tracemalloc (Python's own allocations; Argon2id's 64 MiB is outside it): both stream in 1 MiB chunks, so it should stay flat whatever
the store's size.

Anchors, measured in the same run: a durable copy of the store file, read and written in 1 MiB
blocks and synced (what any backup must at least do), and one Argon2id derivation with the
backup's parameters (the fixed cost of the passphrase).
Target: backup and restore each within 3x (copy + Argon2id) and peak memory under 64 MiB.

Run:   .venv/bin/python -m bench.bench_backup [--mb 256] [--repeat 3]
Quick: .venv/bin/python -m bench.bench_backup --quick   (a check that it works, not a measure)
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

from app.device_backup import backup_device, restore_device
from app.models.storage.backup_file import ITERATIONS, LANES, MEMORY_KIB, _derive
from app.workspace import DB_FILE, Workspace
from tests.support.keyrings import MemoryKeyring

PASS = "bench passphrase of some length"
QUICK = {"mb": 8, "repeat": 2}


def build(folder: Path, backend: MemoryKeyring, mb: int) -> Workspace:
    ws = Workspace.init(folder, "Bench Police", "Police", "police", backend=backend)
    for n in range(5):
        ws.new_case(reference=f"CC-BENCH-{n}").set("intelligence", "x" * 2000)
    with ws.store.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE bench_pad (data BLOB)")
        for _ in range(mb):
            conn.exec_driver_sql("INSERT INTO bench_pad (data) VALUES (?)", (secrets.token_bytes(1 << 20),))
    return ws


def durable_copy(source: Path, target: Path) -> None:
    """What any backup must at least do: read every byte, write it to a new file, make it durable."""
    with open(source, "rb") as src, open(target, "wb") as dst:
        while block := src.read(1 << 20):
            dst.write(block)
        dst.flush()
        os.fsync(dst.fileno())


def timed(fn) -> tuple[float, float]:
    """Seconds, and peak Python memory in MiB."""
    tracemalloc.start()
    start = time.perf_counter()
    fn()
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / (1 << 20)
    tracemalloc.stop()
    return seconds, peak


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--mb", type=int, default=256)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--quick", action="store_true")
    args = p.parse_args()
    if args.quick:
        args.mb, args.repeat = QUICK["mb"], QUICK["repeat"]
    with tempfile.TemporaryDirectory(prefix="concord-bench-backup-") as tmp:
        root = Path(tmp)
        ws = build(root / "police", MemoryKeyring(), args.mb)
        size = (root / "police" / DB_FILE).stat().st_size
        rows: dict[str, list[tuple[float, float]]] = {"copy": [], "kdf": [], "backup": [], "restore": []}
        for i in range(args.repeat):
            rows["copy"].append(timed(lambda i=i: durable_copy(root / "police" / DB_FILE, root / f"copy-{i}")))
            os.remove(root / f"copy-{i}")
            rows["kdf"].append(timed(lambda: _derive(PASS, os.urandom(16), MEMORY_KIB, ITERATIONS, LANES)))
            out = root / f"b-{i}.backup"
            rows["backup"].append(timed(lambda out=out: backup_device(ws, out, PASS)))
            target = root / f"restored-{i}"
            rows["restore"].append(
                timed(
                    lambda out=out, target=target: restore_device(
                        out, PASS, target, backend=MemoryKeyring()
                    ).workspace.close()
                )
            )
            backup_size = out.stat().st_size
            shutil.rmtree(target)
            out.unlink()
        ws.close()
    anchor = statistics.median(s for s, _ in rows["copy"]) + statistics.median(s for s, _ in rows["kdf"])
    print(f"store {size / (1 << 20):.1f} MiB, backup file {backup_size / (1 << 20):.1f} MiB, {args.repeat} runs each")
    print(f"{'measure':48s} {'median s':>9s} {'MiB/s':>8s} {'py peak MiB':>12s} {'x anchor':>9s}")
    labels = {
        "copy": "anchor: copy the store file durably",
        "kdf": "anchor: one Argon2id derivation",
        "backup": "Concord: backup_device",
        "restore": "Concord: restore_device (re-key included)",
    }
    for key, label in labels.items():
        secs = statistics.median(s for s, _ in rows[key])
        peak = max(m for _, m in rows[key])
        rate = size / (1 << 20) / secs if secs and key != "kdf" else 0.0
        ratio = secs / anchor
        print(f"{label:48s} {secs:9.3f} {rate:8.1f} {peak:12.1f} {ratio:9.2f}")
    worst = max(statistics.median(s for s, _ in rows[k]) for k in ("backup", "restore")) / anchor
    peak = max(m for k in ("backup", "restore") for _, m in rows[k])
    met = "met" if worst <= 3 and peak < 64 else "NOT met"
    print(f"anchor = copy + Argon2id = {anchor:.3f} s")
    print(f"target: backup and restore <= 3x anchor, Python peak < 64 MiB -> {met}")


if __name__ == "__main__":
    main()
