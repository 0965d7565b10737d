"""Every benchmark runs once at its --quick size and prints its whole table.

Benchmarks are not timed tests: nothing here asserts a figure. What is checked is that each still
runs against Concord as it is now, to the end, and prints what it measures, numbers and all, so a
benchmark can no longer break unnoticed. Each runs as `python -m bench.NAME --quick` from the
repository root, with its temporary folders inside the test's own.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# A quick run takes well under a minute alone; all of them side by side on two cores take longer.
TIMEOUT_S = 300
NUMBER = re.compile(r"(?<![\w.])-?\d[\d,]*(?:\.\d+)?")
PROBLEM = re.compile(
    r"Traceback \(most recent call last\)|^\w*(?:Error|Exception)\b.*:|Fatal Python error", re.MULTILINE
)


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]  # the column names, in order, on the line that starts with the first
    rows: tuple[str, ...]  # the start of each row's label: the anchor and every measure
    numbers: int  # figures every row shows at least


TABLES = {
    "bench_backup": [
        Table(
            ("measure", "median s", "MiB/s", "py peak MiB", "x anchor"),
            (
                "anchor: copy the store file durably",
                "anchor: one Argon2id derivation",
                "Concord: backup_device",
                "Concord: restore_device (re-key included)",
            ),
            4,
        ),
    ],
    "bench_open": [
        Table(
            ("measure", "median ms", "min ms", "max ms", "x anchor"),
            (
                "anchor: bare Document.load of the same bytes",
                "Concord: open case + read every field",
                "Concord: open data folder + case (cold)",
            ),
            4,
        ),
    ],
    "bench_window": [
        Table(
            ("measure", "median", "min", "max"),
            (
                "anchor: bare QApplication + empty QMainWindow",
                "anchor: Python + PySide6 imported",
                "Concord: main window shown",
                "Concord: app.ui and core imported",
                "Concord: workspace open (SQLCipher, keyring)",
                "Concord: first case open (after shown)",
            ),
            3,
        ),
    ],
    "bench_report": [
        Table(
            ("measure", "median s", "max s", "x anchor", "note"),
            (
                "anchor: reportlab alone, plain platypus, strings in cells",
                "anchor: the same, Paragraphs in cells",
                "(1) signoff_report",
                "(2) render_pdf",
                "(3) render_html + render_text",
                "(4) write_report",
                "(5) total: signoff_report then write_report",
                "verify_file: the PDF alone, drawn again",
            ),
            3,
        ),
    ],
    "bench_meetings": [
        Table(
            ("measure", "median s", "max s", "x anchor", "note"),
            (
                "anchor: reportlab alone, plain platypus, strings in cells",
                "anchor: the same, Paragraphs in cells",
                "(1) minutes_report: the content",
                "(2) render_pdf",
                "(3) render_html + render_text",
                "(4) write_minutes",
            ),
            3,
        ),
        Table(
            ("measure", "median ms", "p99 ms", "max ms", "x anchor", "rows"),
            (
                "anchor: list comprehension over plain tuples",
                "Tracker(rows): sort and fold once",
                "filter(agency=",
                "filter(overdue_only=True)",
                "filter(owner=",
                "to_csv of the open rows",
            ),
            5,
        ),
    ],
    "bench_sync": [
        Table(
            ("measure", "seconds", "rounds", "moved", "x anchor"),
            (
                "anchor: bare Automerge sync, same pairs and order",
                "floor: write the gained changes",
                "Concord: one-shot TLS sessions until a quiet round",
                "the same, every device in one process",
                "Concord, then every device opens what it holds",
            ),
            2,
        ),
        Table(
            ("measure", "p50 ms", "p95 ms", "p99 ms", "max ms"),
            (
                "anchor: 1 KiB round trip, loopback TLS 1.3",
                "anchor: save on A",
                "anchor: save then read back on A",
                "Concord: save on A until visible on B",
            ),
            4,
        ),
        Table(
            ("measure", "mean us", "p50 us", "p95 us", "x anchor"),
            (
                "anchor: Ed25519 sign + ChaCha20-Poly1305 encrypt",
                "Concord: seal",
                "anchor: Ed25519 verify + ChaCha20-Poly1305 decrypt",
                "Concord: verify_signature + open_envelope",
                "Concord: Envelope.decode",
                "Concord: seal, per change, in runs",
                "Concord: verify + open, per change, in runs",
                "anchor: Automerge applies the change",
            ),
            4,
        ),
        Table(
            ("measure", "bytes", "x raw"),
            (
                "anchor: raw Automerge change, mean",
                "anchor: bare Automerge sync messages / change moved",
                "Concord: stored envelopes' bytes / change inside",
                "Concord: session bytes (protocol frames)",
                "Concord: socket bytes (TLS, both ways, all sessions)",
            ),
            2,
        ),
    ],
}


@dataclass
class Run:
    name: str
    proc: subprocess.Popen
    stdout: Path
    stderr: Path
    started: float

    @classmethod
    def start(cls, name: str, folder: Path) -> Run:
        # TMPDIR: every temporary folder a benchmark (or a process it starts) makes lands in the test's.
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(folder), PYTHONDONTWRITEBYTECODE="1")
        stdout, stderr = folder / "stdout.txt", folder / "stderr.txt"
        # Files, not pipes: runs side by side are read only at their end, and a full pipe would stall one.
        with stdout.open("w") as out, stderr.open("w") as err:
            proc = subprocess.Popen(
                [sys.executable, "-m", f"bench.{name}", "--quick"],
                cwd=ROOT,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                start_new_session=True,
            )
        return cls(name, proc, stdout, stderr, time.monotonic())

    def finish(self) -> tuple[int, str, str]:
        try:
            code = self.proc.wait(max(1.0, TIMEOUT_S - (time.monotonic() - self.started)))
        except subprocess.TimeoutExpired:
            self.stop()
            pytest.fail(
                f"{self.name} --quick did not finish in {TIMEOUT_S} s:\n{self.stdout.read_text()}\n"
                f"{self.stderr.read_text()}"
            )
        return code, self.stdout.read_text(), self.stderr.read_text()

    def stop(self) -> None:
        # Its own session: the processes it started (devices, cold-start children) end with it.
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


class Runs:
    """The quick runs of this module's tests. Each benchmark is an independent process, so all the
    selected ones start together and each test waits only for its own; under pytest-xdist, where
    each worker runs only some of the tests, each starts when its test asks for it."""

    def __init__(self, folders):
        self._folders = folders
        self._runs: dict[str, Run] = {}

    def start(self, name: str) -> Run:
        if name not in self._runs:
            self._runs[name] = Run.start(name, self._folders.mktemp(name))
        return self._runs[name]

    def stop(self) -> None:
        for run in self._runs.values():
            run.stop()


@pytest.fixture(scope="module")
def runs(request, tmp_path_factory):
    started = Runs(tmp_path_factory)
    if "PYTEST_XDIST_WORKER" not in os.environ:
        for item in request.session.items:
            if item.module is request.module and hasattr(item, "callspec"):
                started.start(item.callspec.params["name"])
    yield started
    started.stop()


def label_of(line: str) -> str:
    return line.strip().lstrip("|").strip()


def table_line(out: str, label: str) -> str:
    """The one line whose label starts with `label`; a label that goes on in the same word or
    list ("Concord: seal" and "Concord: seal, per change") is another row's."""
    found = []
    for line in out.splitlines():
        text = label_of(line)
        if text.startswith(label):
            after = text[len(label) : len(label) + 1]
            if not (label[-1].isalnum() and (after.isalnum() or after == ",")):
                found.append(text)
    assert len(found) == 1, f"{len(found)} lines start with {label!r}"
    return found[0]


def has_header(out: str, words: tuple[str, ...]) -> bool:
    """A line that starts with the first column's name and has the others after it, in order."""
    for line in out.splitlines():
        text, at = label_of(line), 0
        if not text.startswith(words[0]):
            continue
        for word in words:
            at = text.find(word, at)
            if at < 0:
                break
            at += len(word)
        else:
            return True
    return False


@pytest.mark.parametrize("name", sorted(TABLES))
def test_quick_run_prints_its_table(runs, name):
    code, out, err = runs.start(name).finish()
    assert code == 0, f"{name} --quick exited {code}:\n{out}\n{err}"
    assert not PROBLEM.search(err), f"{name} --quick wrote an error on stderr:\n{err}"
    for table in TABLES[name]:
        assert has_header(out, table.header), f"{name}: no table headed {' | '.join(table.header)}:\n{out}"
        for label in table.rows:
            rest = table_line(out, label)[len(label) :]
            figures = NUMBER.findall(rest)
            assert len(figures) >= table.numbers, f"{name}: the row {label!r} shows {figures}, not its figures"
    assert re.search(r"target[^\n]*\bmet\b", out), f"{name} says nothing of its target:\n{out}"
