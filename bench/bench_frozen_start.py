"""Cold start of the installed (frozen) Concord beside the same commands run from source.

Each measure is a new process, timed from start to exit: `--help` (the interpreter and the CLI's
imports) and `case list` on a device with one case (that and opening the encrypted store: the
keyring, SQLCipher, Automerge). Frozen is the PyInstaller build's `concord`; source is
`.venv/bin/python -m app.cli`, with its bytecode already compiled. One untimed run of each
first, so both read from the page cache: what is compared is the work each does to start, not
the disk.

The anchor is the bare interpreter of the virtual environment starting and exiting
(`python -c pass`), measured in the same run. Target: the frozen `case list` within 1.5x of the
same from source, and under 2 s.

The secrets live in a private GNOME Keyring (scripts/with-keyring), as in the tests; the frozen
build is dist/concord, made first with `bash scripts/package --app-only` if it is not there.

Run:   .venv/bin/python -m bench.bench_frozen_start [--repeat 15] [--app dist/concord]
Quick: .venv/bin/python -m bench.bench_frozen_start --quick   (a check that it works, not a measure)
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.sizes import parse_sized

ROOT = Path(__file__).resolve().parent.parent
QUICK = {"repeat": 3}
IN_KEYRING = "CONCORD_BENCH_IN_KEYRING"


def timed(command: list[str], repeat: int, env: dict[str, str]) -> list[float]:
    def once() -> float:
        t0 = time.perf_counter()
        done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=300)
        elapsed = (time.perf_counter() - t0) * 1000
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(command)} exited {done.returncode}: {done.stderr.decode()[-2000:]}")
        return elapsed

    once()  # untimed: page cache and bytecode, alike for every measure
    return [once() for _ in range(repeat)]


def ensure_build(app: Path) -> Path:
    if (app / "concord").is_file():
        return app
    if app != ROOT / "dist" / "concord":
        raise SystemExit(f"no frozen build in {app}")
    print("No frozen build in dist/concord: building it first (bash scripts/package --app-only).", flush=True)
    done = subprocess.run(["bash", "scripts/package", "--app-only"], cwd=ROOT)
    if done.returncode != 0 or not (app / "concord").is_file():
        raise SystemExit("the frozen build failed")
    return app


def measure(args: argparse.Namespace) -> None:
    frozen = [str(args.app / "concord")]
    source = [sys.executable, "-m", "app.cli"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    with tempfile.TemporaryDirectory() as tmp:
        data = str(Path(tmp) / "device")
        setup = subprocess.run(
            [*source, "--data", data, "init", "--name", "Bench Police", "--agency", "Bench", "--role", "police"],
            env=env,
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        if setup.returncode != 0:
            raise SystemExit(f"setting up the device failed: {setup.stderr}")
        subprocess.run([*source, "--data", data, "case", "new"], env=env, check=True, capture_output=True, cwd=ROOT)
        anchor = timed([sys.executable, "-c", "pass"], args.repeat, env)
        rows = [
            ("anchor: bare Python starts and exits", anchor),
            ("source: concord --help", timed([*source, "--help"], args.repeat, env)),
            ("frozen: concord --help", timed([*frozen, "--help"], args.repeat, env)),
            (
                "source: concord case list (store opened)",
                timed([*source, "--data", data, "case", "list"], args.repeat, env),
            ),
            (
                "frozen: concord case list (store opened)",
                timed([*frozen, "--data", data, "case", "list"], args.repeat, env),
            ),
        ]
    med_a = statistics.median(anchor)
    print(f"Cold start, each a new process ({args.repeat} runs each after one untimed; frozen build: {args.app})")
    print(f"{'measure':44s} {'median ms':>10s} {'min ms':>8s} {'max ms':>8s} {'x anchor':>9s}")
    for name, xs in rows:
        med = statistics.median(xs)
        print(f"{name:44s} {med:10.1f} {min(xs):8.1f} {max(xs):8.1f} {med / med_a:9.2f}")
    src_list, frz_list = statistics.median(rows[3][1]), statistics.median(rows[4][1])
    src_help, frz_help = statistics.median(rows[1][1]), statistics.median(rows[2][1])
    print(f"frozen / source: --help {frz_help / src_help:.2f}x, case list {frz_list / src_list:.2f}x")
    ok = frz_list <= 1.5 * src_list and frz_list < 2000
    print(f"target: frozen case list <= 1.5x source and < 2000 ms -> {'met' if ok else 'NOT met'}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--repeat", type=int, default=15, help="timed runs of each command")
    p.add_argument("--app", type=Path, default=ROOT / "dist" / "concord", help="the one-folder frozen build")
    args = parse_sized(p, QUICK)
    args.app = args.app.resolve()
    if os.environ.get(IN_KEYRING) == "1":
        measure(args)
        return
    ensure_build(args.app)
    # Again, inside a private D-Bus session whose Secret Service is GNOME Keyring, then tidy it away.
    keyring_dir = tempfile.mkdtemp(prefix="concord-bench-kr-")
    env = dict(os.environ, CONCORD_KEYRING_PASSWORD="bench-only", **{IN_KEYRING: "1"})
    try:
        done = subprocess.run(
            [
                "bash",
                str(ROOT / "scripts" / "with-keyring"),
                keyring_dir,
                sys.executable,
                "-m",
                "bench.bench_frozen_start",
            ]
            + [*sys.argv[1:], "--app", str(args.app)],
            cwd=ROOT,
            env=env,
        )
    finally:
        shutil.rmtree(keyring_dir, ignore_errors=True)
    sys.exit(done.returncode)


if __name__ == "__main__":
    main()
