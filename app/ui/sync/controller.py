"""The desktop's handle on the sync worker: starts its thread, passes requests to it, stops it.

Requests travel as queued signals, so each runs in the worker's thread and the caller returns
at once; answers come back as the worker's signals (``controller.worker.finished`` and so on).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.ui.sync.worker import SyncWorker
from app.workspace import Workspace

# Long enough for a peer that went silent mid-exchange to time out (30 s) and a listener to
# finish its session: a QThread destroyed while it runs takes the whole application down.
STOP_WAIT_MS = 45000


class SyncController(QObject):
    _sync = Signal(str, int, str)
    _serve = Signal(str, int, bool)
    _stop_serving = Signal()
    _join = Signal(object, str, int)
    _browse = Signal()
    _export = Signal(object, bool, str)
    _import = Signal(str)
    _shutdown = Signal()

    busyChanged = Signal(bool)  # an exchange (or a join) started or ended
    bundleBusyChanged = Signal(bool)  # a bundle is being written or imported, or no longer

    def __init__(self, workspace: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        # Not named thread: that is QObject's, the thread an object lives in.
        self.worker_thread = QThread(self)
        self.worker_thread.setObjectName("concord-sync")
        self.worker = SyncWorker(workspace.folder, workspace.keys.os_keyring.backend, workspace.schema)
        self.worker.moveToThread(self.worker_thread)
        self._sync.connect(self.worker.sync_with)
        self._serve.connect(self.worker.serve)
        self._stop_serving.connect(self.worker.stop_serving)
        self._join.connect(self.worker.join)
        self._browse.connect(self.worker.browse)
        self._export.connect(self.worker.export_bundle)
        self._import.connect(self.worker.import_bundle)
        self._shutdown.connect(self.worker.shutdown)
        self.worker_thread.finished.connect(self.worker.deleteLater)
        # Bound methods, not lambdas: Qt then runs them in this object's (the desktop's) thread.
        for signal in (self.worker.finished, self.worker.failed, self.worker.joined, self.worker.joinFailed):
            signal.connect(self._done)
        for signal in (self.worker.bundleWritten, self.worker.bundleImported, self.worker.bundleFailed):
            signal.connect(self._bundle_done)
        self.exchanging = False
        self.bundling = False
        self.serving_port = 0
        self.worker.servingChanged.connect(self._serving_changed)
        self.worker_thread.start()

    @Slot(object)
    def _done(self, _result) -> None:
        self._set_busy(False)

    @Slot(object)
    def _bundle_done(self, _result) -> None:
        self._set_bundling(False)

    @property
    def busy(self) -> bool:
        """The worker is exchanging, joining or working on a bundle: it takes one request at a time."""
        return self.exchanging or self.bundling

    def _set_busy(self, busy: bool) -> None:
        if busy != self.exchanging:
            self.exchanging = busy
            self.busyChanged.emit(busy)

    def _set_bundling(self, busy: bool) -> None:
        if busy != self.bundling:
            self.bundling = busy
            self.bundleBusyChanged.emit(busy)

    @Slot(int, str)
    def _serving_changed(self, port: int, _problem: str) -> None:
        self.serving_port = port

    # ----- requests ------------------------------------------------------------------------------
    def sync_with(self, host: str, port: int, device_id: str = "") -> bool:
        """Start one exchange; False if one is already running. `device_id`: the panel device
        expected there, when the person chose it by name (its record then keeps a failure)."""
        if self.busy:
            return False
        self._set_busy(True)
        self._sync.emit(host, port, device_id)
        return True

    def join(self, invitation, host: str, port: int) -> bool:
        if self.busy:
            return False
        self._set_busy(True)
        self._join.emit(invitation, host, port)
        return True

    def export_bundle(self, recipients: list[str], everything: bool, path: str) -> bool:
        """Write a bundle for these devices to `path`; False if the worker is busy."""
        if self.busy:
            return False
        self._set_bundling(True)
        self._export.emit(list(recipients), everything, str(path))
        return True

    def import_bundle(self, path: str) -> bool:
        if self.busy:
            return False
        self._set_bundling(True)
        self._import.emit(str(path))
        return True

    def serve(self, host: str, port: int, advertise: bool = False) -> None:
        """Listen on host:port; announce it on the local network only if `advertise`."""
        self._serve.emit(host, port, advertise)

    def stop_serving(self) -> None:
        self._stop_serving.emit()

    def browse(self) -> None:
        self._browse.emit()

    # ----- the end -------------------------------------------------------------------------------
    def close(self) -> None:
        """End a running exchange, stop serving and browsing, close the worker's store, end the thread."""
        if not self.worker_thread.isRunning():
            return
        self.worker.stop_current()
        self._shutdown.emit()
        self.worker_thread.quit()
        self.worker_thread.wait(STOP_WAIT_MS)
