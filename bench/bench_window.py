"""Cold start of the desktop window: a fresh process until the main window is shown (exposed).

Each run is a new `python -c` process (offscreen Qt) that imports app.ui, creates the
QApplication, opens a workspace prepared beforehand with a few cases, shows MainWindow and
processes events until the window is exposed. The anchor, measured in the same run and the same
way, is a bare QApplication with an empty QMainWindow. Times are from just before the process is
started (so they include interpreter start-up) to the moment the child sees its window exposed;
both sides read the same system-wide monotonic clock.

A benchmark, not a timed test: it prints a table and says whether the target (1.5 s) was met.
The in-memory keyring of the tests stands in for the OS keyring (its secrets are handed to each
child process in a file), since a benchmark has nothing to protect.

Run:   .venv/bin/python -m bench.bench_window [--runs 5] [--cases 5]
Quick: .venv/bin/python -m bench.bench_window --quick   (a check that it works, not a measure)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.sizes import parse_sized

ROOT = Path(__file__).resolve().parent.parent
TARGET_S = 1.5
QUICK = {"runs": 1, "cases": 1}  # one case still lets the child open one after the window shows

_SHOW = """
def _shown(app, window):
    window.show()
    while not (window.windowHandle() is not None and window.windowHandle().isExposed()):
        app.processEvents()
    app.processEvents()
"""

ANCHOR = (
    _SHOW
    + """
import json, time
from PySide6.QtWidgets import QApplication, QMainWindow
t_import = time.monotonic()
app = QApplication([])
window = QMainWindow()
window.resize(1440, 860)
_shown(app, window)
print(json.dumps({"import": t_import, "shown": time.monotonic()}))
"""
)

CONCORD = (
    _SHOW
    + """
import json, sys, time
sys.path.insert(0, {root!r})
import keyring
from tests.support.keyrings import MemoryKeyring
backend = MemoryKeyring()
backend.entries = {{tuple(k.split("\\n", 1)): v for k, v in json.load(open({secrets!r})).items()}}
keyring.set_keyring(backend)
import app.ui
from app.ui.main import application
from app.ui.main_window import MainWindow
from app.workspace import Workspace
t_import = time.monotonic()
qapp = application()
ws = Workspace.open({folder!r}, backend=backend)
t_open = time.monotonic()
window = MainWindow(ws)
_shown(qapp, window)
t_shown = time.monotonic()
cases = ws.list_cases()
window.case_list.select_case(cases[0].case_id)
qapp.processEvents()
t_case = time.monotonic()
# Quit as a person does: closing the window ends its sync thread, which must not outlive Qt.
window.close()
qapp.processEvents()
ws.close()
print(json.dumps({{"import": t_import, "open": t_open, "shown": t_shown, "case": t_case, "n": len(cases)}}))
"""
)


def prepare(folder: Path, cases: int) -> Path:
    """A police device with a few filled cases; returns the file holding its keyring secrets."""
    sys.path.insert(0, str(ROOT))
    from app.workspace import Workspace
    from tests.support.keyrings import MemoryKeyring

    backend = MemoryKeyring()
    with Workspace.init(folder / "device", "Pat Police", "Police", "police", backend=backend) as ws:
        for n in range(cases):
            session = ws.new_case(f"CC-2026-{n + 1:04d}", f"Person {n}A", f"Person {n}B")
            session.set("children_involved", n % 2 == 0)
            session.set("referral_date", "2026-10-02")
            session.set("police_summary", "Two incidents in the last 12 months; none since the order. " * 5)
            session.set("intelligence", "No new intelligence since July.")
            session.add_record("incidents", {"incident_date": "2026-01-20", "incident_type": "threats"})
    secrets = folder / "keyring.json"
    secrets.write_text(json.dumps({"\n".join(k): v for k, v in backend.entries.items()}))
    return secrets


def run_child(code: str) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    t0 = time.monotonic()
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False, cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(f"bench child failed ({out.returncode}):\n{out.stderr}")
    marks = json.loads(out.stdout.strip().splitlines()[-1])
    return {k: (v - t0 if k != "n" else v) for k, v in marks.items()}


def row(name: str, samples: list[float]) -> str:
    ms = [s * 1000 for s in samples]
    return f"| {name:<47} | {statistics.median(ms):>8.0f} | {min(ms):>8.0f} | {max(ms):>8.0f} |"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=5, help="cold starts of each, interleaved")
    p.add_argument("--cases", type=int, default=5, help="cases in the workspace the window opens")
    args = parse_sized(p, QUICK, argv)
    if args.runs < 1 or args.cases < 1:
        p.error("--runs and --cases must be at least 1")
    with tempfile.TemporaryDirectory(prefix="concord-bench-") as tmp:
        folder = Path(tmp)
        secrets = prepare(folder, args.cases)
        concord = CONCORD.format(root=str(ROOT), secrets=str(secrets), folder=str(folder / "device"))
        run_child(ANCHOR)  # warm the OS file cache for both, so neither pays the first-read cost
        run_child(concord)
        anchor, runs = [], []
        for _ in range(args.runs):  # interleaved, so drift in the machine hits both alike
            anchor.append(run_child(ANCHOR))
            runs.append(run_child(concord))

    print(f"Cold start of the main window, offscreen, {args.runs} runs, {args.cases} cases (ms from process start)")
    print(f"| {'measure':<47} | {'median':>8} | {'min':>8} | {'max':>8} |")
    print(f"|{'-' * 49}|{'-' * 10}|{'-' * 10}|{'-' * 10}|")
    print(row("anchor: bare QApplication + empty QMainWindow", [a["shown"] for a in anchor]))
    print(row("  anchor: Python + PySide6 imported", [a["import"] for a in anchor]))
    print(row("Concord: main window shown", [r["shown"] for r in runs]))
    print(row("  Concord: app.ui and core imported", [r["import"] for r in runs]))
    print(row("  Concord: workspace open (SQLCipher, keyring)", [r["open"] for r in runs]))
    print(row("  Concord: first case open (after shown)", [r["case"] for r in runs]))
    shown = statistics.median(r["shown"] for r in runs)
    over = shown - statistics.median(a["shown"] for a in anchor)
    verdict = "met" if shown < TARGET_S else "NOT met"
    print(
        f"\nmedian window shown {shown * 1000:.0f} ms, {over * 1000:.0f} ms over the anchor; "
        f"target < {TARGET_S * 1000:.0f} ms: {verdict}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
