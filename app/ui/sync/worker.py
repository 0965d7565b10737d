"""The sync worker: a QObject that lives in its own thread with its own workspace.

SQLite connections, the cached compartment documents and the engine stay in the thread that
made them, so the worker opens the data folder again there (same keyring backend) instead of
borrowing the desktop's. The listener, when serving, opens one more in its own thread. The
desktop hears of everything through the signals below, queued to its thread by Qt.
"""

from __future__ import annotations

import logging
import threading

import keyring.backend
from PySide6.QtCore import QObject, Signal, Slot

from app.models import clock
from app.models.case_schema import Schema
from app.models.errors import ConcordError
from app.models.language import shown
from app.models.storage.change_watch import ChangeWatch  # the type only: the workspace makes them
from app.sync.engine.exchanges import Exchange
from app.sync.failure_words import (
    Failure,
    failure,
    for_error_text,
    for_exception,
    for_join,
    for_listening,
    technical,
    token,
)
from app.sync.net import transport
from app.sync.net.discovery import Advertiser, Browser
from app.sync.net.joining import join_via
from app.ui.sync.address import format_address
from app.ui.sync.bundle_work import read_bundle_file, write_bundle
from app.ui.sync.failure_text import sentence
from app.workspace import Workspace

log = logging.getLogger("concord.sync")

PROGRESS_EVERY = 0.05  # seconds: often enough to look alive, rarely enough not to flood the GUI


class Stopped(Exception):
    """Raised from the progress callback to end an exchange the desktop no longer wants."""


class SyncWorker(QObject):
    started = Signal(str)  # the address being dialled
    progress = Signal(int, int)  # bytes received, changes applied so far
    finished = Signal(object)  # Exchange (its error is set if the session ended early)
    failed = Signal(str)  # the exchange could not happen: what happened and what to do, in words
    remoteChanges = Signal(object)  # set of case ids that received changes (may be empty: "something")
    served = Signal(object)  # Exchange with a device that connected to this one
    servingChanged = Signal(int, str)  # port listened on (0: not listening), and a problem if any
    joined = Signal(object)  # JoinResult
    joinFailed = Signal(str)
    foundPeers = Signal(object)  # list of discovery Peers
    notice = Signal(str)  # something worth a status-bar line, not an error of the current action
    bundleWritten = Signal(object)  # bundle_work.Written
    bundleImported = Signal(object)  # bundle.ImportResult
    bundleFailed = Signal(str)  # a bundle was not written or not imported: in words

    def __init__(self, folder, backend: keyring.backend.KeyringBackend | None, schema: Schema):
        super().__init__()  # no parent: it is moved to its thread
        self.folder = folder
        self.backend = backend
        self.schema = schema
        self._ws: Workspace | None = None
        self._watch: ChangeWatch | None = None
        self._listener: transport.Listener | None = None
        self._listener_ws: list[Workspace] = []
        self._listener_watch: ChangeWatch | None = None
        self._listener_lock = threading.Lock()
        self._browser: Browser | None = None
        self._advertiser: Advertiser | None = None
        self._peers_by_address: dict[str, str | None] = {}
        self._members: tuple[str, ...] = ()  # read by the discovery browser's thread
        self._stop = threading.Event()
        self._last_progress: float | None = None  # none yet, whatever the monotonic clock reads

    # ----- the worker's own workspace ---------------------------------------------------------
    def _workspace(self) -> Workspace:
        if self._ws is None:
            self._ws = Workspace.open(self.folder, backend=self.backend, schema=self.schema)
            self._watch = self._ws.change_watch()
            self._peers_by_address = {e.address: e.peer for e in self._ws.last_exchanges().values() if e.address}
            self._note_members()
        return self._ws

    def _note_members(self) -> None:
        # A device that joined since browsing began is still recognised when it announces itself.
        try:
            if self._ws is not None and self._ws.sync.panel_id is not None:
                self._members = tuple(self._ws.sync.state().members)
        except Exception:  # noqa: BLE001 - the list from before serves until the next exchange
            pass

    def _report_changes(self, cases: set[str]) -> None:
        if cases:
            self.remoteChanges.emit(set(cases))

    # ----- one exchange ------------------------------------------------------------------------
    def stop_current(self) -> None:
        """End a running exchange and refuse further ones (any thread): the window is closing."""
        self._stop.set()

    def _on_progress(self, stats) -> None:
        if self._stop.is_set():
            raise Stopped
        now = clock.monotonic()
        if self._last_progress is None or now - self._last_progress >= PROGRESS_EVERY:
            self._last_progress = now
            self.progress.emit(stats.bytes_in, stats.received.applied)

    @Slot(str, int, str)
    def sync_with(self, host: str, port: int, device_id: str = "") -> None:
        address = format_address(host, port)
        if device_id:
            self._peers_by_address[address] = device_id
        self._last_progress = None
        self.started.emit(address)
        try:
            if self._stop.is_set():
                raise Stopped
            ws = self._workspace()
            outcome = transport.sync_with(ws.sync, host, port, on_progress=self._on_progress)
            ws.follow_agreement()  # one the panel adopted, if this exchange brought it
        except Exception as exc:  # noqa: BLE001 - a dead worker would leave the panel waiting forever
            self._failed(address, exc)
            return
        assert self._watch is not None  # made with the workspace
        cases = self._watch.changed_cases()
        exchange = Exchange.from_outcome(outcome, address, incoming=False, case_ids=cases)
        if exchange.peer:
            self._peers_by_address[address] = exchange.peer
        self._keep(ws, exchange)
        self._note_members()
        self.progress.emit(exchange.bytes_in, exchange.applied)
        self.finished.emit(exchange)
        self._report_changes(cases)

    def _failed(self, address: str, exc: BaseException) -> None:
        said = for_exception(exc)
        peer = self._peers_by_address.get(address)
        self._log_failure("sync with " + (peer[:12] if peer else "a device"), said, exc)
        if peer and self._ws is not None:
            self._keep(self._ws, Exchange(peer=peer, address=address, error=token(said)))
        self.failed.emit(sentence(said))
        if self._watch is not None:  # an exchange that broke off may have applied part of what came
            self._report_changes(self._watch.changed_cases())

    @staticmethod
    def _log_failure(what: str, said: Failure, exc: BaseException) -> None:
        # The kind and the exceptions' classes, never their messages: those quote addresses and paths.
        if said.kind == "internal":
            log.error("%s failed: %s (%s)", what, said.kind, technical(exc), exc_info=exc)
        else:
            log.warning("%s failed: %s (%s)", what, said.kind, technical(exc))

    def _keep(self, ws: Workspace, exchange: Exchange) -> None:
        try:
            ws.remember_exchange(exchange)
        except Exception:  # noqa: BLE001 - the record is a convenience; the exchange itself is done
            self.notice.emit(self.tr("The time of this exchange could not be recorded."))

    # ----- serving -------------------------------------------------------------------------------
    @Slot(str, int, bool)
    def serve(self, host: str, port: int, advertise: bool = False) -> None:
        if self._listener is not None and not self._listener.serving:
            self.stop_serving()  # it stopped on an error (reported then): start afresh
        if self._listener is not None:
            self.servingChanged.emit(self._listener.port, "")
            return
        try:
            self._workspace().sync.credentials()  # refuse clearly when not in a panel
            self._listener = transport.Listener(
                self._listener_engine, host=host, port=port, on_outcome=self._served, release=self._release_engine
            ).start()
        except (ConcordError, OSError) as exc:
            said = for_listening(exc)
            self._log_failure("listening", said, exc)
            self.servingChanged.emit(0, sentence(said))
            return
        self.servingChanged.emit(self._listener.port, "")
        if advertise:
            self._advertise(host, self._listener.port)

    def _advertise(self, host: str, port: int) -> None:
        """Let panel members on this network find the listener (asked for by the user; never when
        it serves this machine only). The announcement's tag and id change daily (discovery.py)."""
        if host.startswith("127.") or host == "localhost":
            return
        ws = self._workspace()
        panel_id = ws.sync.panel_id
        assert panel_id is not None  # serve() refused already outside a panel
        try:
            self._advertiser = Advertiser(
                panel_id, ws.profile.device_id, port, host_ip=None if host in ("", "0.0.0.0") else host
            ).start()
        except Exception as exc:  # noqa: BLE001 - unadvertised, the listener still answers a typed address
            self._advertiser = None
            log.warning("advertising could not start: %s", technical(exc))
            self.notice.emit(
                self.tr("Other devices will not find this one on the network by themselves; give them its address.")
            )

    def _listener_engine(self):
        # Called by the listener: once as it starts (its home workspace, kept while it serves,
        # which also watches for what sessions bring) and once per connection, in its thread.
        ws = Workspace.open(self.folder, backend=self.backend, schema=self.schema)
        with self._listener_lock:
            self._listener_ws.append(ws)
            if self._listener_watch is None:
                self._listener_watch = ws.change_watch()
        return ws.sync

    def _release_engine(self, engine) -> None:
        # A connection's workspace is closed when it ends; the home one when serving stops.
        with self._listener_lock:
            mine = [ws for ws in self._listener_ws[1:] if ws.sync is engine]
            for ws in mine:
                self._listener_ws.remove(ws)
        for ws in mine:
            ws.close()

    def _served(self, outcome) -> None:
        # Runs in a connection's thread; Qt queues the signals to the desktop's.
        if outcome.listener_stopped:
            self.servingChanged.emit(0, sentence(for_error_text(outcome.error)) if outcome.error else "")
            return
        with self._listener_lock:
            home = self._listener_ws[0] if self._listener_ws else None
            watch = self._listener_watch
        cases = watch.changed_cases() if watch is not None else set()
        exchange = Exchange.from_outcome(outcome, "", incoming=True, case_ids=cases)
        if home is not None:
            self._keep(home, exchange)
        self.served.emit(exchange)
        self._report_changes(cases)

    @Slot()
    def stop_serving(self) -> None:
        if self._advertiser is not None:
            try:
                self._advertiser.stop()
            except Exception:  # noqa: BLE001 - records expire by themselves within minutes
                pass
            self._advertiser = None
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        with self._listener_lock:
            opened, self._listener_ws, self._listener_watch = self._listener_ws, [], None
        for ws in opened:
            ws.close()
        self.servingChanged.emit(0, "")

    # ----- joining -------------------------------------------------------------------------------
    @Slot(object, str, int)
    def join(self, invitation, host: str, port: int) -> None:
        self.started.emit(format_address(host, port))
        try:
            result = join_via(self._workspace().sync, invitation, host, port)
        except Exception as exc:  # noqa: BLE001 - see sync_with
            said = for_join(exc)
            if said is None:  # Concord's own words about the invitation (expired, used, another role)
                log.warning("joining failed: %s", technical(exc))
                self.joinFailed.emit(shown(exc))
            else:
                self._log_failure("joining", said, exc)
                self.joinFailed.emit(sentence(said))
            return
        self._note_members()
        self.joined.emit(result)
        self.remoteChanges.emit(set())

    # ----- bundles -------------------------------------------------------------------------------
    @Slot(object, bool, str)
    def export_bundle(self, recipients, everything: bool, path: str) -> None:
        try:
            written = write_bundle(self._workspace().sync, list(recipients), everything, path)
        except Exception as exc:  # noqa: BLE001 - see sync_with
            said = for_exception(exc)
            self._log_failure(f"bundle for {len(recipients)} device(s)", said, exc)
            self.bundleFailed.emit(sentence(said))
            return
        log.info(
            "bundle written for %d device(s): %d change(s), %d bytes",
            len(written.recipients),
            written.changes,
            written.size,
        )
        self.bundleWritten.emit(written)

    @Slot(str)
    def import_bundle(self, path: str) -> None:
        try:
            ws = self._workspace()
            result = read_bundle_file(ws.sync, path)
            ws.follow_agreement()
        except Exception as exc:  # noqa: BLE001 - see sync_with
            # An operating system error here is about the file (gone, a folder, not allowed), never a network.
            said = failure("bundle_unreadable") if isinstance(exc, OSError) else for_exception(exc)
            self._log_failure("bundle import", said, exc)
            self.bundleFailed.emit(sentence(said))
            if self._watch is not None:
                self._report_changes(self._watch.changed_cases())
            return
        e = result.envelopes
        log.info(
            "bundle %s from %s imported: applied %d, held %d, quarantined %d",
            result.bundle_id[:12],
            result.sender[:12],
            e.applied,
            e.held,
            len(e.quarantined),
        )
        self._note_members()
        self.bundleImported.emit(result)
        assert self._watch is not None  # made with the workspace
        cases = self._watch.changed_cases()
        self._report_changes(cases)
        if result.membership:
            self.remoteChanges.emit(set())  # the membership moved: names and roles may have changed

    # ----- discovery -------------------------------------------------------------------------------
    @Slot()
    def browse(self) -> None:
        if self._browser is not None:
            return
        try:
            ws = self._workspace()
            if ws.sync.panel_id is None:
                return
            # The members as of now: an announced id is mapped back to one of them (it changes
            # daily, so a stranger's list of ids says nothing).
            self._note_members()
            self._browser = Browser(
                ws.sync.panel_id,
                on_change=lambda peers: self.foundPeers.emit(list(peers)),
                own_device_id=ws.profile.device_id,
                members=lambda: self._members,
            )
            self._browser.start()
        except Exception as exc:  # noqa: BLE001 - no discovery still leaves typed addresses working
            self._browser = None
            log.warning("discovery could not start: %s", technical(exc))
            self.notice.emit(
                self.tr(
                    "Devices on this network cannot be listed here; choose Connect by address "
                    "and type the other laptop's address instead."
                )
            )

    # ----- the end -------------------------------------------------------------------------------
    @Slot()
    def shutdown(self) -> None:
        if self._browser is not None:
            try:
                self._browser.stop()
            except Exception:  # noqa: BLE001 - closing down regardless
                pass
            self._browser = None
        self.stop_serving()
        if self._ws is not None:
            self._ws.close()
            self._ws = None
