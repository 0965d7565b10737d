"""Work the desktop must not wait for: one way to run a slow call off the GUI thread, with a busy
indicator for the person and the outcome delivered back on the GUI thread.

    run_in_background(panel, work, on_done=..., on_failed=..., label=panel.tr("Writing the minutes…"),
                      what="minutes")

`work` runs in a thread of Qt's pool while the window keeps drawing, typing and syncing. If it
takes longer than a moment (MOMENT_MS), a busy dialog with `label` appears over the window, modal
to it so that the same write is not started twice. `on_done(result)` or `on_failed(exception)`
then runs on the GUI thread. A failure is always logged first, by its kind and with a traceback
whose messages are left out (`app.logs`): Concord's messages quote what the person typed. The
running tasks are held here until they end (a QRunnable or a QObject dropped by Python mid-run
would take its signals with it), and counted, so that the window can wait for a file being
written before it closes and a test can wait for the work it started.

Threads and the store. The desktop's Workspace was opened on the GUI thread and keeps state that
is not guarded for use from two threads at once: the cases and compartment documents it has
loaded, its services' caches, the save trackers' view of them. The store's SQLite connections
themselves may cross threads (a pool of separate connections, check_same_thread off, every
write a BEGIN IMMEDIATE transaction of its own), but the objects above them may not. Gathering a
report's content reads the most (more than drawing the PDF), so splitting it, content here and
drawing there, would leave most of the wait on the GUI thread. Work that needs the data folder
opens it again instead, in its own thread, as the sync worker does: `separate_workspace` gives
the means. That workspace has its own connections, signs with the same device key and appends
to the same audit chain (`file_written`, `report_written`), whose writes SQLite orders.

Bundles are not run through here. Exporting and importing one work on the sync worker's engine,
in the worker's thread, where its workspace lives and where one request runs at a time: a bundle
imported while an exchange applies changes through another engine would race it. The bundle
dialogs show the same things this module does (a busy bar while it works, the outcome or the
failure in words, refusing to close meanwhile) and the worker logs failures by kind.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, cast

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.logs import kind, redacted_traceback
from app.models.errors import ConcordError
from app.workspace import Workspace

log = logging.getLogger("concord.ui")

# A wait shorter than this passes without a dialog; longer, the person is told something happens.
MOMENT_MS = 400

_running: set[BackgroundTask] = set()
_when_idle: list[Callable[[], None]] = []


def running() -> int:
    """How many background tasks have started and not yet delivered their outcome."""
    return len(_running)


def when_idle(callback: Callable[[], None]) -> None:
    """Call `callback` on the GUI thread once no background task runs (at once if none does)."""
    if not _running:
        callback()
    else:
        _when_idle.append(callback)


def separate_workspace(workspace: Workspace) -> Callable[[], Workspace]:
    """What opens `workspace`'s data folder again, for work on another thread (see the module's
    note). Read here, on the GUI thread; the returned callable is safe to call on any thread and
    its workspace closes at the end of a `with` block."""
    folder, backend, schema = workspace.folder, workspace.keys.os_keyring.backend, workspace.schema
    return lambda: Workspace.open(folder, backend=backend, schema=schema)


class _Run(QRunnable):
    def __init__(self, task: BackgroundTask):
        super().__init__()
        self.setAutoDelete(False)  # the task holds this runnable until it has ended
        self.task = task

    def run(self) -> None:
        self.task._run_here()


class BackgroundTask(QObject):
    """One call run off the GUI thread. Made and started by run_in_background."""

    succeeded = Signal(object)  # the work's result, on the GUI thread
    failed = Signal(object)  # the exception the work raised, on the GUI thread
    # Emitted from the pool's thread; the task lives on the GUI thread, so Qt queues it there.
    _ended = Signal(bool, object)

    def __init__(self, parent: QWidget, work: Callable[[], Any], label: str, what: str):
        # No Qt parent: a panel closed mid-run must not delete the object its thread will signal.
        super().__init__()
        self.widget = parent
        self.work = work
        self.label = label
        self.what = what
        self.done = False
        self.ok: bool | None = None
        self.result: Any = None
        self.error: BaseException | None = None
        self.progress: QProgressDialog | None = None
        self._runnable: _Run | None = _Run(self)
        self._ended.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(MOMENT_MS)
        self._show_timer.timeout.connect(self._show_progress)

    def start(self) -> BackgroundTask:
        runnable = self._runnable
        assert runnable is not None  # a task starts once, and lets its runnable go when it ends
        _running.add(self)
        self._show_timer.start()
        QThreadPool.globalInstance().start(runnable)
        return self

    def _run_here(self) -> None:
        # In the pool's thread: nothing here touches a widget or the desktop's workspace.
        try:
            result = self.work()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread, none dies here
            self._ended.emit(False, exc)
        else:
            self._ended.emit(True, result)

    def _show_progress(self) -> None:
        if self.done or not shiboken6.isValid(self.widget):
            return
        dialog = QProgressDialog(self.widget.window())
        dialog.setObjectName("backgroundProgress")
        dialog.setWindowTitle(self.label)
        dialog.setLabelText(self.label)
        dialog.setAccessibleName(self.label)
        dialog.setAccessibleDescription(self.tr("Concord is working; this closes by itself when it is done."))
        dialog.setCancelButton(None)  # a file half written is not left behind: the write runs to its end
        dialog.setRange(0, 0)  # busy: none of this work can say how far it has got
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self.progress = dialog

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        self._show_timer.stop()
        if self.progress is not None and shiboken6.isValid(self.progress):
            self.progress.close()
            self.progress.deleteLater()
        self.progress = None
        self.done, self.ok = True, ok
        if ok:
            self.result = value
        else:
            error = cast(BaseException, value)  # _run_here sends the exception when ok is False
            self.error = error
            self._log_failure(error)
        try:
            if shiboken6.isValid(self.widget):
                (self.succeeded if ok else self.failed).emit(value)
            else:
                log.info("%s ended after the part of the window that started it closed", self.what)
        finally:
            _running.discard(self)
            self._runnable = None
            if not _running:
                waiting = _when_idle[:]
                _when_idle.clear()
                for callback in waiting:
                    callback()

    def _log_failure(self, exc: BaseException) -> None:
        # The kind, never the message: it may quote a path or words the person typed.
        if isinstance(exc, (ConcordError, OSError)):
            log.warning("%s failed: %s", self.what, kind(exc))
        else:
            log.error("%s failed: %s\n%s", self.what, kind(exc), redacted_traceback(exc).rstrip("\n"))


def run_in_background(
    parent: QWidget,
    work: Callable[[], Any],
    *,
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    label: str,
    what: str = "background work",
) -> BackgroundTask:
    """Run `work()` in Qt's thread pool; then `on_done(result)` or `on_failed(exception)` on the
    GUI thread, unless `parent` has been deleted meanwhile. `label` says to the person what is
    being done (shown if it takes more than a moment); `what` names the work in the log, in
    words that hold no case data."""
    task = BackgroundTask(parent, work, label, what)
    task.succeeded.connect(on_done)
    task.failed.connect(on_failed)
    return task.start()
