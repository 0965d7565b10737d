"""Slow calls run off the GUI thread: the work in another thread, its outcome back on the GUI
thread, a failure logged by its kind and never its message, the window drawing meanwhile, a busy
dialog only for work that takes more than a moment, and the window's sign-off reports and
minutes written that way, audited, to files that read back."""

import datetime as dt
import logging
import subprocess
import threading
import time
import uuid

import pytest
import shiboken6
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.models import audit
from app.reports import service as reporting
from app.ui.common import background
from app.ui.common.background import run_in_background
from app.ui.main_window import MainWindow
from tests.support.pinned_clock import pin_wall
from tests.support.process_panel import RATIONALE, make_panel, overrides_for, reviewed_case, sync_all

today_is = pin_wall(dt.date(2026, 11, 20))
WAIT_MS = 30000


@pytest.fixture
def host(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def on_gui_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


def idle(qtbot) -> None:
    qtbot.waitUntil(lambda: background.running() == 0, timeout=WAIT_MS)


def test_the_work_runs_off_the_gui_thread_and_its_result_comes_back_on_it(host, qtbot):
    gui = threading.get_ident()
    seen = {}

    def work():
        seen["work"] = threading.get_ident()
        return "the result"

    def done(result):
        seen["done"] = (threading.get_ident(), on_gui_thread(), result)

    task = run_in_background(host, work, on_done=done, on_failed=pytest.fail, label="Working…")
    assert background.running() >= 1 and task in background._running  # held while it runs
    qtbot.waitUntil(lambda: task.done, timeout=WAIT_MS)
    assert seen["work"] != gui
    assert seen["done"] == (gui, True, "the result")
    assert task.ok and task.result == "the result" and task.error is None
    assert task.progress is None  # quick work: no dialog ever shown
    idle(qtbot)


def test_a_failure_reaches_the_failure_callback_on_the_gui_thread_logged_by_kind_only(host, qtbot, caplog):
    marker = f"typed-by-a-person-{uuid.uuid4().hex}"  # made at run time: not even the source shows it
    failures = []

    class Unforeseen(Exception):
        pass

    def work():
        raise Unforeseen(f"could not file {marker}")

    def failed(exc):
        failures.append((exc, on_gui_thread()))

    caplog.set_level(logging.DEBUG, logger="concord")
    task = run_in_background(host, work, on_done=pytest.fail, on_failed=failed, label="Working…", what="test work")
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT_MS)
    [(exc, gui)] = failures
    assert isinstance(exc, Unforeseen) and marker in str(exc) and gui  # the caller still gets the whole error
    assert task.done and task.ok is False and task.error is exc

    records = [r for r in caplog.records if r.name == "concord.ui"]
    assert records and records[0].levelno == logging.ERROR
    assert "test work failed: Unforeseen" in records[0].getMessage()
    assert "Traceback" in records[0].getMessage()  # where it broke, for finding the fault
    for record in caplog.records:
        assert marker not in record.getMessage() and record.exc_info is None
    assert marker not in caplog.text
    idle(qtbot)


def test_an_expected_failure_is_a_warning_with_its_kind_and_nothing_else(host, qtbot, caplog):
    marker = f"folder-{uuid.uuid4().hex}"
    failures = []

    def work():
        raise FileNotFoundError(2, "No such file or directory", marker)

    caplog.set_level(logging.DEBUG, logger="concord")
    run_in_background(host, work, on_done=pytest.fail, on_failed=failures.append, label="Saving…", what="saving")
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT_MS)
    assert isinstance(failures[0], FileNotFoundError)
    [record] = [r for r in caplog.records if r.name == "concord.ui"]
    assert record.levelno == logging.WARNING and record.getMessage() == "saving failed: FileNotFoundError"
    assert marker not in caplog.text
    idle(qtbot)


def test_the_window_keeps_working_while_slow_work_runs(host, qtbot):
    ticks = []
    timer = QTimer(host)
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    began = time.monotonic()
    task = run_in_background(
        host, lambda: time.sleep(0.5) or "slept", on_done=lambda _r: None, on_failed=pytest.fail, label="Working…"
    )
    qtbot.waitUntil(lambda: task.done, timeout=WAIT_MS)
    timer.stop()
    during = [t for t in ticks if t - began < 0.5]
    # The GUI thread ran its timers all along: a frozen loop would tick at most once, after the wait.
    assert len(during) >= 5, len(during)
    assert task.result == "slept"
    idle(qtbot)


def test_work_that_takes_more_than_a_moment_shows_a_busy_dialog_that_names_it(host, qtbot):
    release = threading.Event()
    task = run_in_background(
        host,
        lambda: release.wait(WAIT_MS / 1000),
        on_done=lambda _r: None,
        on_failed=pytest.fail,
        label="Writing the minutes…",
    )
    qtbot.wait(50)
    assert task.progress is None  # not for a moment's work
    qtbot.waitUntil(lambda: task.progress is not None and task.progress.isVisible(), timeout=WAIT_MS)
    dialog = task.progress
    assert dialog.accessibleName() == "Writing the minutes…" and dialog.labelText() == "Writing the minutes…"
    assert dialog.minimum() == dialog.maximum() == 0  # busy: no false promise of how far it has got
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=WAIT_MS)
    assert task.progress is None and (not shiboken6.isValid(dialog) or not dialog.isVisible())  # gone
    idle(qtbot)


def test_the_window_waits_for_a_file_being_written_before_it_closes(make_workspace, qtbot):
    ws = make_workspace("police")
    window = MainWindow(ws)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    release = threading.Event()
    run_in_background(
        window, lambda: release.wait(WAIT_MS / 1000), on_done=lambda _r: None, on_failed=pytest.fail, label="Writing…"
    )
    assert not window.close() and window.isVisible()  # not now: the write runs on
    assert "closes once the file being written is finished" in window.statusBar().currentMessage()
    release.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert background.running() == 0


# ----- the desktop's reports ---------------------------------------------------------------------------
def _threads_of(monkeypatch, name):
    """Record the thread each call of reporting.<name> runs in, then do what it does."""
    threads = []
    real = getattr(reporting, name)

    def recording(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(reporting, name, recording)
    return threads


def _audited(ws, action):
    return [(e.case_ref, e.target) for e in audit.entries(ws.store) if e.action == action]


def test_the_sign_off_report_is_written_off_the_gui_thread_and_audited(make_workspace, qtbot, tmp_path, monkeypatch):
    p = make_panel(make_workspace)
    reviewed_case(p)
    p["police"].process.request_signoff("CC-RJ-1", "Panel supports shuttle mediation.")
    sync_all(p)
    ci = p["chief_inspector"]
    ci.process.decide("CC-RJ-1", "approve", RATIONALE, rank="Chief Inspector", overrides=overrides_for(ci))
    window = MainWindow(ci)
    qtbot.addWidget(window)
    window.show()
    window.open_case_at(ci.open_case("CC-RJ-1").case_id, "signoff")
    messages = []
    window.case_view.status.connect(messages.append)
    threads = _threads_of(monkeypatch, "write_report")

    dialog = window.case_view.signoff_panel.choose_report()
    dialog.own.setChecked(True)
    dialog.path.setText(str(tmp_path / "record.pdf"))
    dialog.write_button.click()
    assert background.running() == 1  # handed to the background, not written on the click
    idle(qtbot)

    assert threads and threads[0] != threading.get_ident()
    pdf = tmp_path / "record.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "CC-RJ-1" in text and (tmp_path / "record.html").exists() and (tmp_path / "record.txt").exists()
    assert messages == [
        f"Sign-off report for your own record written to {tmp_path}: record.pdf, with record.html "
        "and record.txt beside it"
    ]
    # Audited in this device's chain, though written through a connection of its own.
    assert ("CC-RJ-1", "concord-signoff PDF") in _audited(ci, "file_written")
    assert ("CC-RJ-1", "concord-signoff") in _audited(ci, "report_written")
    verdict = reporting.verify_file(pdf, ws=ci)
    assert verdict.ok, verdict.lines


def test_a_report_that_cannot_be_written_is_said_in_the_panel(make_workspace, qtbot, tmp_path):
    p = make_panel(make_workspace)
    reviewed_case(p)
    p["police"].process.request_signoff("CC-RJ-1", "Panel supports shuttle mediation.")
    sync_all(p)
    ci = p["chief_inspector"]
    ci.process.decide("CC-RJ-1", "approve", RATIONALE, rank="Chief Inspector", overrides=overrides_for(ci))
    window = MainWindow(ci)
    qtbot.addWidget(window)
    window.show()
    window.open_case_at(ci.open_case("CC-RJ-1").case_id, "process")
    panel = window.case_view.process_panel
    (tmp_path / "a-file").write_text("not a folder")
    task = panel.write_report_to(tmp_path / "a-file" / "r.pdf")
    qtbot.waitUntil(lambda: task.done, timeout=WAIT_MS)
    assert task.ok is False
    assert panel.problem.text().startswith("The sign-off report could not be written: cannot write")
    idle(qtbot)


def test_the_minutes_are_written_off_the_gui_thread_and_audited(make_workspace, qtbot, tmp_path, monkeypatch):
    p = make_panel(make_workspace)
    chair = p["chair"]
    ref = chair.meetings.schedule(dt.date(2026, 11, 19), "10:00", "Community hall", panel="Vale panel").reference
    chair.meetings.add_attendee(ref, device_id=p["police"].profile.device_id)
    chair.meetings.set_distribution(ref, [p["police"].profile.device_id])
    window = MainWindow(chair)
    qtbot.addWidget(window)
    window.show()
    window.show_meetings()
    page = window.meetings_view.page
    qtbot.waitUntil(lambda: page.view is not None and page.view.reference == ref, timeout=WAIT_MS)
    page.choose_file = lambda *_: str(tmp_path / "minutes.pdf")
    threads = _threads_of(monkeypatch, "write_minutes")
    messages = []
    window.meetings_view.status.connect(messages.append)

    page.minutes_button.click()
    assert background.running() == 1
    idle(qtbot)

    assert threads and threads[0] != threading.get_ident()
    pdf = tmp_path / "minutes.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert ref in text and "Vale panel" in text
    assert messages[-1] == (f"Minutes written to {tmp_path}: minutes.pdf, with minutes.html and minutes.txt beside it")
    assert (ref, "concord-minutes PDF") in _audited(chair, "file_written")
    verdict = reporting.verify_file(pdf, ws=chair)
    assert verdict.ok, verdict.lines
