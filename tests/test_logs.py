"""The log: private, bounded, the same for every face of Concord, and free of anything typed.

The log is read by whoever diagnoses a fault, who is not entitled to the cases: it may say which
command ran, on which device, how many envelopes moved and what kind of error ended it, never a
value, a name or a reference a person typed. The marker test plants unique strings everywhere a
person types something and drives sync, a report and a failed import through the command line.
"""

import datetime as dt
import json
import logging
import os
import re
import stat
import subprocess
import sys
import threading
from pathlib import Path
from uuid import uuid4

import pytest

from app import logs

REPO = Path(__file__).resolve().parent.parent
CONCORD = [sys.executable, "-m", "app.cli"]
LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (DEBUG|INFO|WARNING|ERROR|CRITICAL) \[[^\]]*\] \S+: ")


@pytest.fixture(autouse=True)
def fresh_logging():
    logs.close()
    yield
    logs.close()
    logging.getLogger().setLevel(logging.WARNING)


@pytest.fixture
def env(tmp_path):
    return dict(
        os.environ,
        PYTHON_KEYRING_BACKEND="tests.support.keyrings.FileKeyring",
        CONCORD_TEST_KEYRING_FILE=str(tmp_path / "keyring.json"),
        PYTHONPATH=str(REPO),
    )


def concord(env, folder, *args, ok=True, verbose=True):
    argv = CONCORD + (["--verbose"] if verbose else []) + ["--data", str(folder), *map(str, args)]
    done = subprocess.run(argv, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    if ok is not None:
        assert (done.returncode == 0) == ok, f"{args}: rc={done.returncode} {done.stdout} {done.stderr}"
    return done


def log_text(folder: Path) -> str:
    """Every log file of a data folder, backups included."""
    return "".join(p.read_text(encoding="utf-8") for p in sorted((folder / "logs").iterdir()))


def log_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if LOG_LINE.match(line)]


def test_the_log_is_private_and_rotation_bounds_its_size(tmp_path):
    path = logs.setup(tmp_path, max_bytes=20_000, backups=2)
    assert path == tmp_path / "logs" / "concord.log"
    log = logging.getLogger("concord.test")
    for i in range(3000):
        log.info("record %d of a long run: %s", i, "x" * 60)
    files = sorted((tmp_path / "logs").iterdir())
    assert [f.name for f in files] == ["concord.log", "concord.log.1", "concord.log.2"]
    assert sum(f.stat().st_size for f in files) <= 3 * 20_000
    assert "record 2999 " in path.read_text()
    assert stat.S_IMODE((tmp_path / "logs").stat().st_mode) == 0o700
    for f in files:  # the first file and those made at each rollover alike
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f.name


def test_setup_again_adds_no_handler_and_another_folder_moves_the_log(tmp_path):
    root = logging.getLogger()
    before = len(root.handlers)
    logs.setup(tmp_path / "one", verbose=True)
    logs.setup(tmp_path / "one")
    assert len(root.handlers) == before + 3  # the file, stderr, and the silencer of Python's last resort
    logging.getLogger("concord.test").info("to the first")
    logs.setup(tmp_path / "two")
    assert len(root.handlers) == before + 3 and root.level == logging.DEBUG  # verbosity kept
    logging.getLogger("concord.test").info("to the second")
    assert "to the first" in log_text(tmp_path / "one") and "to the second" not in log_text(tmp_path / "one")
    assert "to the second" in log_text(tmp_path / "two")
    logs.setup(None, verbose=False)
    assert len(root.handlers) == before + 1 and root.level == logging.INFO


def test_other_libraries_reach_the_log_only_with_warnings(tmp_path):
    logs.setup(tmp_path, verbose=True)
    logging.getLogger("somelibrary.internals").info("library detail")
    logging.getLogger("somelibrary.internals").warning("library warning")
    logging.getLogger("app.sync.example").debug("own detail")
    text = log_text(tmp_path)
    assert "library detail" not in text and "library warning" in text and "own detail" in text


def test_verbose_prints_the_log_on_stderr_and_without_it_stderr_stays_clean(tmp_path, env):
    folder = tmp_path / "device"
    loud = concord(env, folder, "init", "--name", "Pat Police", "--agency", "Police", "--role", "police")
    assert any("concord.cli: command started: init" in line for line in log_lines(loud.stderr))
    quiet = concord(env, folder, "whoami", verbose=False)
    assert quiet.stderr == ""
    failed = concord(env, folder, "case", "get", "CC-NONE-1", verbose=False, ok=False)
    assert log_lines(failed.stderr) == [] and "concord: error:" in failed.stderr
    text = log_text(folder)
    for line in (
        "command finished: init (exit 0",
        "command finished: whoami (exit 0",
        "command failed: case get (NotFound)",
    ):
        assert line in text
    assert "CC-NONE-1" not in text


def test_the_desktop_logs_in_the_folder_it_opens(tmp_path, qtbot, memory_keyring):
    from app.ui import main as ui_main
    from app.workspace import Workspace

    name = f"Pat MARKER-{uuid4().hex}"
    with Workspace.init(tmp_path / "device", name, "Police", "police", backend=memory_keyring) as ws:
        device_id = ws.profile.device_id
    window, status = ui_main.build_window(tmp_path / "device", backend=memory_keyring)
    qtbot.addWidget(window)
    window.close()
    window.workspace.close()
    text = log_text(tmp_path / "device")
    assert f"concord.desktop: opened device {device_id}" in text and name not in text


def explode_deep_inside(marker: str) -> None:
    raise ValueError(f"could not use {marker}")


def worker_that_dies(marker: str) -> None:
    try:
        explode_deep_inside(marker)
    except ValueError as exc:
        raise RuntimeError(f"gave up on {marker}") from exc


def test_a_thread_that_dies_is_logged_with_its_traceback_and_without_its_message(tmp_path, monkeypatch):
    marker = f"MARKER-{uuid4().hex}"
    seen = []
    monkeypatch.setattr(threading, "excepthook", seen.append)  # what ran before Concord's hook
    logs.setup(tmp_path)
    thread = threading.Thread(target=worker_that_dies, args=(marker,), name="sync-worker")
    thread.start()
    thread.join()
    text = log_text(tmp_path)
    assert "CRITICAL [sync-worker] concord.crash: uncaught RuntimeError in thread sync-worker" in text
    for part in (
        "worker_that_dies",
        "explode_deep_inside",
        "ValueError",
        "RuntimeError",
        "The above exception was the direct cause",
    ):
        assert part in text
    assert marker not in text
    assert [a.exc_type for a in seen] == [RuntimeError]  # and the earlier hook still ran


def test_a_crash_of_the_main_thread_is_logged_without_its_message(tmp_path, env):
    marker = f"MARKER-{uuid4().hex}"
    code = (
        "import sys; from app import logs; logs.setup(sys.argv[1])\n"
        "def load_the_case(): raise KeyError(sys.argv[2])\n"
        "load_the_case()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path), marker],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1 and "Traceback" in done.stderr  # Python still says it, as ever
    text = log_text(tmp_path)
    assert "uncaught KeyError in thread MainThread" in text and "load_the_case" in text
    assert marker not in text


def test_log_records_with_exc_info_drop_the_message(tmp_path):
    marker = f"MARKER-{uuid4().hex}"
    logs.setup(tmp_path)
    try:
        explode_deep_inside(marker)
    except ValueError as exc:
        logging.getLogger("app.example").exception("import refused (%s)", logs.kind(exc))
    text = log_text(tmp_path)
    assert "import refused (ValueError)" in text and "explode_deep_inside" in text and marker not in text


def test_nothing_typed_reaches_the_log_through_sync_a_report_and_a_failed_import(tmp_path, env):
    marks = {
        k: f"MARKER{k}{uuid4().hex[:12]}"
        for k in (
            "chairname",
            "chairagency",
            "policename",
            "policeagency",
            "harmed",
            "harmer",
            "summary",
            "intel",
            "venue",
            "panel",
            "chairinminutes",
            "attendee",
            "attendeeagency",
            "reason",
            "decision",
            "owner",
            "action",
            "report",
            "bundle",
            "field",
        )
    }
    chair, police = tmp_path / "chair", tmp_path / "police"
    stderr = []

    def run(folder, *args, ok=True):
        done = concord(env, folder, *args, ok=ok)
        stderr.append(done.stderr)
        return done

    run(chair, "init", "--name", f"Eleri {marks['chairname']}", "--agency", marks["chairagency"], "--role", "chair")
    run(chair, "panel", "create")
    ref = run(chair, "case", "new", "--harmed", marks["harmed"], "--harmer", marks["harmer"]).stdout.strip()
    run(police, "init", "--name", f"Pat {marks['policename']}", "--agency", marks["policeagency"], "--role", "police")
    code = run(chair, "invite", "--role", "police").stdout.strip()

    # The sync: the chair's device serves, the police device joins by invitation, writes, syncs.
    served = tmp_path / "serve.stderr"
    with served.open("w") as serve_err:
        serve = subprocess.Popen(
            CONCORD
            + ["--verbose", "--data", str(chair), "serve", "--host", "127.0.0.1", "--port", "0", "--no-advertise"],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=serve_err,
            text=True,
        )
        try:
            port = re.search(r":(\d+) ", serve.stdout.readline()).group(1)
            run(police, "join", code, "--via", f"127.0.0.1:{port}")
            run(police, "case", "set", ref, "police_summary", marks["summary"])
            run(police, "case", "set", ref, "intelligence", marks["intel"])
            synced = run(police, "sync", f"127.0.0.1:{port}")
            assert re.search(r"sent [1-9]", synced.stdout), synced.stdout
        finally:
            serve.terminate()
            serve.wait(15)
            serve.stdout.close()
    stderr.append(served.read_text())
    assert marks["summary"] in run(chair, "case", "get", ref, "police_summary").stdout  # it did arrive

    # A report: the minutes of a meeting whose every part was typed.
    day = (dt.date.today() + dt.timedelta(days=7)).isoformat()
    meeting = run(
        chair,
        "meeting",
        "schedule",
        day,
        "10:00",
        "--venue",
        marks["venue"],
        "--panel",
        marks["panel"],
        "--chair",
        marks["chairinminutes"],
    ).stdout.strip()
    police_device = json.loads(run(police, "whoami").stdout)["device_id"]
    run(chair, "meeting", "attend", meeting, "--device", police_device)
    run(chair, "meeting", "attend", meeting, "--name", marks["attendee"], "--agency", marks["attendeeagency"])
    run(chair, "meeting", "agenda", meeting, "add", ref, "--reason", marks["reason"])
    run(chair, "meeting", "discuss", meeting, ref, "decisions", marks["decision"])
    run(
        chair,
        "meeting",
        "action",
        meeting,
        ref,
        marks["action"],
        "--agency",
        "police",
        "--owner",
        marks["owner"],
        "--target",
        day,
    )
    run(chair, "meeting", "distribute", meeting, "--all")
    minutes = tmp_path / f"minutes-{marks['report']}.pdf"
    run(chair, "minutes", meeting, minutes, "--today", day)
    assert minutes.exists() and marks["venue"] in minutes.with_suffix(".txt").read_text()

    # A failed import, of a damaged file that carries a marker in its name and its bytes.
    damaged = tmp_path / f"from-chair-{marks['bundle']}.bundle"
    damaged.write_bytes(b"CONCORD-BUNDLE" + marks["bundle"].encode() + os.urandom(200))
    failed = run(police, "bundle", "import", damaged, ok=False)
    assert "Traceback" not in failed.stderr
    # A mistake whose message quotes what was typed.
    run(police, "case", "set", ref, marks["field"], "x", ok=False)

    chair_log, police_log = log_text(chair), log_text(police)
    assert "command started: serve" in chair_log and "command finished: serve (exit 0" in chair_log
    assert "command finished: minutes (exit 0" in chair_log
    assert "command finished: sync (exit 0" in police_log and "command finished: join (exit 0" in police_log
    assert re.search(r"command failed: bundle import \(\w+\)", police_log)
    assert "command failed: case set (ValidationError)" in police_log
    printed = [line for err in stderr for line in log_lines(err)]
    assert len(printed) >= 2 * len(stderr)  # --verbose: each process printed its log
    for where, text in (("chair's log", chair_log), ("police's log", police_log), ("stderr", "\n".join(printed))):
        leaked = [(k, line) for k, m in marks.items() for line in text.splitlines() if m in line]
        assert leaked == [], f"typed values in the {where}: {leaked}"
