"""Keep syncing through the panel's relay: a check box, and the relay's state in a sentence
(connected or why not, when the last letter came, what waits to be confirmed).

The relay loop runs on a thread of its own with its own handle on the data folder, as the sync
worker does; it reports every change of state through a signal, so this widget only shows. A
failure inside the loop is reported by the loop itself (RelayLink.live) and tried again.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from app.models.errors import ConcordError
from app.models.language import shown
from app.sync.engine.relay_mail import RelaySettings
from app.sync.net.relay import RelayLink
from app.sync.net.relay_report import RelayState
from app.workspace import Workspace

log = logging.getLogger(__name__)
STOP_WAIT_S = 15.0


class RelayControls(QWidget):
    stateArrived = Signal(object)  # a RelayState, from the relay's thread
    lettersArrived = Signal()  # something came through the relay: the panel re-reads its counts

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.folder = workspace.folder
        self.backend = workspace.keys.os_keyring.backend
        self.schema = workspace.schema
        self.settings = RelaySettings.load(workspace.sync) if workspace.sync.panel_id else None
        self._stop: threading.Event | None = None
        self._thread: threading.Thread | None = None
        self._received = 0
        self.last: RelayState | None = None

        self.check = QCheckBox(self.tr("Keep syncing through the panel's &relay"), self)
        self.check.setAccessibleName(self.tr("Keep syncing through the panel's relay"))
        self.check.setToolTip(
            self.tr(
                "The relay holds sealed letters for panel devices on other networks until they collect "
                "them. It cannot read them."
            )
        )
        self.state = QLabel(self)
        self.state.setObjectName("relayState")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.check)
        below = QVBoxLayout()
        below.setContentsMargins(20, 0, 0, 0)
        below.addWidget(self.state)
        layout.addLayout(below)
        self.stateArrived.connect(self._show)
        self.check.toggled.connect(self._toggled)
        self._show_idle()

    def _show_idle(self) -> None:
        if self.settings is None:
            # Most panels meet in one room and use no relay: nothing to offer, so nothing shown.
            self.check.setEnabled(False)
            self.state.setText(self.tr("No relay is set up on this device."))
            self.setVisible(False)
        else:
            self.check.setEnabled(True)
            self.state.setText(self.tr("Not connected to the relay"))

    @Slot(bool)
    def _toggled(self, on: bool) -> None:
        if on:
            self.start()
        else:
            self.stop()

    def start(self) -> None:
        if self._thread is not None or self.settings is None:
            return
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(self._stop,), name="concord-relay", daemon=True)
        self.state.setText(self.tr("Connecting to the relay…"))
        self._thread.start()

    def _run(self, stop: threading.Event) -> None:
        try:
            ws = Workspace.open(self.folder, backend=self.backend, schema=self.schema)
        except ConcordError as exc:
            self.stateArrived.emit(RelayState(error=shown(exc)))
            return
        try:
            settings = RelaySettings.load(ws.sync)
            if settings is None:
                self.stateArrived.emit(RelayState(error=self.tr("this device has no relay settings")))
                return
            link = RelayLink(ws.sync, settings)
            link.follow = ws.followed_sync
            link.live(stop, self.stateArrived.emit)
        except Exception as exc:  # noqa: BLE001 - the boundary of the relay's thread: said, never silent
            log.error("the relay thread stopped (%s)", type(exc).__name__, exc_info=True)
            self.stateArrived.emit(
                RelayState(error=shown(exc) if isinstance(exc, ConcordError) else type(exc).__name__)
            )
        finally:
            ws.close()

    def stop(self) -> None:
        if self._stop is not None:
            self._stop.set()
        if self._thread is not None:
            self._thread.join(STOP_WAIT_S)
            if self._thread.is_alive():
                log.warning("the relay thread did not stop in %.0f s", STOP_WAIT_S)
        self._thread = self._stop = None
        self._show_idle()

    @Slot(object)
    def _show(self, state: RelayState) -> None:
        self.last = state
        if self._thread is None:
            return  # a report that crossed the user's unticking
        if state.error:
            reason = state.error.rstrip(".")
            text = self.tr("Relay: not connected. {reason}. Concord tries again by itself.").format(
                reason=reason[:1].upper() + reason[1:]
            )
        elif state.connected:
            text = self.tr("Relay: connected.")
        else:
            text = self.tr("Not connected to the relay")
        if state.last_delivery:
            when = QDateTime.fromString(state.last_delivery, Qt.DateFormat.ISODate).toLocalTime()
            text += " " + self.tr("Last letter: {when}.").format(
                when=QLocale().toString(when, QLocale.FormatType.ShortFormat)
            )
        if state.unconfirmed:
            text += " " + self.tr("%n change(s) sent and not yet confirmed by their devices.", "", state.unconfirmed)
        self.state.setText(text)
        self.state.setAccessibleName(text)
        if state.report.received_letters != self._received:
            self._received = state.report.received_letters
            self.lettersArrived.emit()
