"""bench/bench_frozen_start.py still runs, at its --quick size, against this run's frozen build,
and prints its whole table: the anchor, both commands from source and frozen, and its target."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ROWS = (
    "anchor: bare Python starts and exits",
    "source: concord --help",
    "frozen: concord --help",
    "source: concord case list (store opened)",
    "frozen: concord case list (store opened)",
)


@pytest.mark.slow
def test_the_frozen_start_bench_prints_its_table(frozen_build):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTEST_"))}
    done = subprocess.run(
        [sys.executable, "-m", "bench.bench_frozen_start", "--quick", "--app", str(frozen_build.app)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stdout.splitlines()
    assert any(line.split()[:5] == ["measure", "median", "ms", "min", "ms"] for line in lines if line.strip())
    for label in ROWS:
        (row,) = [line for line in lines if line.startswith(label)]
        assert len(re.findall(r"\d+\.\d+", row[len(label) :])) == 4, row
    assert re.search(r"^target: .* -> (met|NOT met)$", done.stdout, re.MULTILINE), done.stdout
