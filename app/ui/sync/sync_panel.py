"""The sync panel: this device's fingerprint, the panel's devices by person and agency, a Sync
button beside each one on this network, and bundles for where there is no network.

Everything slow runs in the worker's thread (``SyncController``); this widget only reads small
things from the store (membership, quarantine counts, the last exchanges) and shows what the
worker reports, in sentences (app/sync/failure_words.py) rather than in the errors' own words.
A typed address stays, folded away under "Connect by address", for a device discovery cannot see.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import ConcordError
from app.models.identity import fingerprint_of
from app.models.language import shown
from app.sync.engine.approval_rules import DEFAULT_POLICY
from app.sync.engine.exchanges import Exchange
from app.sync.engine.membership import PanelState
from app.sync.failure_words import failure
from app.ui.common.labels import role_labels
from app.ui.common.style import show_message
from app.ui.sync.activity_row import ActivityRow
from app.ui.sync.address import parse_address
from app.ui.sync.bundle_dialogs import BundleDialog, ExportBundleDialog, ImportBundleDialog
from app.ui.sync.controller import SyncController
from app.ui.sync.failure_text import sentence
from app.ui.sync.fingerprint_box import FingerprintBox
from app.ui.sync.invite_dialog import InviteDialog
from app.ui.sync.join_dialog import JoinDialog
from app.ui.sync.panel_words import finished_words, panel_words, served_problem
from app.ui.sync.peer_table import AddressRow, make_peer_table
from app.ui.sync.peers_model import COLUMNS, PEER_ID_ROLE, PeersModel, PeersProxy, build_rows, sync_hint
from app.ui.sync.relay_controls import RelayControls
from app.ui.sync.role_changes_view import RoleChangesView
from app.ui.sync.serve_controls import ServeControls
from app.workspace import Workspace


class SyncPanel(QWidget):
    status = Signal(str)  # a passing line for the status bar
    membershipChanged = Signal()  # this device founded or joined a panel

    def __init__(self, workspace: Workspace, controller: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("syncPanel")
        self.workspace = workspace
        self.engine = workspace.sync  # the desktop's engine: small reads and the chair's own records only
        self.controller = controller
        self.found: list = []
        self.exchanges: dict[str, Exchange] = {}
        self.state: PanelState | None = None
        self.last_progress = (0, 0)
        self.invite_dialog: InviteDialog | None = None
        self.join_dialog: JoinDialog | None = None
        self.bundle_dialog: BundleDialog | None = None
        self._browsing = False
        self._target: str | None = None  # the device a click asked to sync with, until the answer
        profile = workspace.profile

        self.own = FingerprintBox(
            self.tr("This device"),
            profile.fingerprint,
            self.tr(
                "Read this to the person at the other device. Their sync panel shows it beside "
                "your name; yours shows theirs."
            ),
            self,
        )
        self.panel_label = QLabel(self)
        self.panel_label.setObjectName("panelInfo")
        self.panel_label.setWordWrap(True)
        self.panel_label.setTextFormat(Qt.TextFormat.PlainText)

        self.serve = ServeControls(controller, self)
        self.relay = RelayControls(workspace, self)
        self.relay.lettersArrived.connect(self.refresh)

        self.invite_button = QPushButton(self.tr("&Invite a device…"), self)
        self.invite_button.clicked.connect(self.open_invite)
        self.join_button = QPushButton(self.tr("&Join a panel…"), self)
        self.join_button.clicked.connect(self.open_join)
        self.found_button = QPushButton(self.tr("Found the &panel"), self)
        self.found_button.setToolTip(self.tr("Start the panel with this (the chair's) device as its founder"))
        self.found_button.clicked.connect(self.found_panel)

        self.heading = QLabel(self.tr("Panel devices"), self)
        self.heading.setObjectName("peersHeading")
        self.address_toggle = QToolButton(self)
        self.address_toggle.setObjectName("connectByAddress")
        self.address_toggle.setText(self.tr("C&onnect by address…"))
        self.address_toggle.setToolTip(
            self.tr("Type the other laptop's address, for a device not listed as on this network")
        )
        self.address_toggle.setCheckable(True)
        self.address_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.address_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.address_toggle.toggled.connect(lambda on: self.show_address(on, focus=on))
        # No letters for the bundle buttons: every letter of them is taken elsewhere in the window
        # (the Sync menu is the place to give them one).
        self.export_button = QPushButton(self.tr("Export bundle…"), self)
        self.export_button.setObjectName("exportBundle")
        self.export_button.setToolTip(
            self.tr(
                "Write this laptop's changes to a file for another panel laptop, to carry where there is no network"
            )
        )
        self.export_button.clicked.connect(self.open_bundle_export)
        self.import_button = QPushButton(self.tr("Import bundle…"), self)
        self.import_button.setObjectName("importBundle")
        self.import_button.setToolTip(self.tr("Read a bundle file another panel laptop wrote for this one"))
        self.import_button.clicked.connect(self.open_bundle_import)

        self.address_box = AddressRow(self)
        self.address, self.sync_button = self.address_box.field, self.address_box.button
        self.address.returnPressed.connect(self.sync_now)
        self.sync_button.clicked.connect(self.sync_now)

        self.hint = QLabel(self)
        self.hint.setObjectName("peersHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)

        self.model = PeersModel(self)
        self.proxy = PeersProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_peer_table(self, self.proxy)
        self.table.activated.connect(self._row_activated)

        self.activity_row = ActivityRow(self)
        self.counts, self.progress, self.activity = (
            self.activity_row.counts,
            self.activity_row.progress,
            self.activity_row.activity,
        )

        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.own)
        left.addWidget(self.panel_label)
        left.addWidget(self.serve)
        left.addWidget(self.relay)
        buttons = QHBoxLayout()
        for button in (self.invite_button, self.join_button, self.found_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        left.addStretch(1)
        left_box = QWidget(self)
        left_box.setLayout(left)
        # Wide enough for "Chair's fingerprint: XXXX-XXXX-XXXX-XXXX" on one line: a fingerprint
        # broken across lines is easy to misread aloud.
        left_box.setFixedWidth(self.fontMetrics().horizontalAdvance(self.tr("Chair's fingerprint: ") + "W" * 19) + 24)

        right = QVBoxLayout()
        right.setSpacing(6)
        actions = QHBoxLayout()
        actions.addWidget(self.heading)
        actions.addStretch(1)
        actions.addWidget(self.address_toggle)
        actions.addWidget(self.export_button)
        actions.addWidget(self.import_button)
        right.addLayout(actions)
        right.addWidget(self.address_box)
        # What happened last comes before the list: in a short dock it must not scroll out of sight.
        right.addWidget(self.activity_row)
        right.addWidget(self.hint)
        right.addWidget(self.table, 1)
        self.role_changes = RoleChangesView(self.engine, self)
        self.role_changes.approved.connect(self._approved)
        self.role_changes.problem.connect(lambda text: self._say(text, error=True))
        right.addWidget(self.role_changes)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(12)
        layout.addWidget(left_box)
        layout.addLayout(right, 1)

        w = controller.worker
        w.started.connect(self._started)
        w.progress.connect(self._progress)
        w.finished.connect(self._finished)
        w.failed.connect(self._failed)
        w.served.connect(self._served)
        w.foundPeers.connect(self.set_found_peers)
        w.notice.connect(self.status)
        w.joined.connect(self._joined)  # also when the join dialog was closed before the answer came
        w.joinFailed.connect(self._join_failed)
        # Bound methods, not lambdas: Qt then runs them in this (the GUI) thread.
        w.bundleWritten.connect(self._bundle_written)
        w.bundleImported.connect(self._bundle_imported)
        w.bundleFailed.connect(self._bundle_failed)
        controller.busyChanged.connect(self._busy_changed)
        controller.bundleBusyChanged.connect(self._bundle_busy_changed)
        self.show_address(False)
        self.refresh()

    # ----- what is shown --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read membership, quarantine counts and the recorded exchanges (small reads)."""
        try:
            self.state = self.engine.state() if self.engine.panel_id else None
            held = self.engine.quarantined(include_held=True)
            self.exchanges.update(self.workspace.last_exchanges())
        except ConcordError as exc:
            self.state, held = None, []
            self._say(
                self.tr("The panel's membership cannot be read: {message}").format(message=shown(exc)), error=True
            )
        counts: dict[str, list[int]] = {}
        for row in held:
            counts.setdefault(row.source, [0, 0])[0 if row.kind == "held" else 1] += 1
        waiting = sum(c[0] for c in counts.values())
        quarantined = sum(c[1] for c in counts.values())
        self.counts.setText(
            self.tr("Waiting: {waiting} · Quarantined: {quarantined}").format(waiting=waiting, quarantined=quarantined)
        )
        self.counts.setAccessibleName(self.counts.text())
        self._show_panel()
        self._rebuild_rows({k: (v[0], v[1]) for k, v in counts.items()})
        try:
            self.role_changes.show_state(self.state)
        except ConcordError as exc:
            self._say(
                self.tr("The panel's role changes cannot be read: {message}").format(message=shown(exc)), error=True
            )
        if self.state is not None and not self._browsing:
            self._browsing = True
            self.controller.browse()

    def _rebuild_rows(self, counts=None) -> None:
        if counts is None:
            counts = {r.device_id: (r.waiting, r.quarantined) for r in self.model.rows}
        labels = role_labels(self.workspace.schema)
        self.model.set_rows(
            build_rows(self.state, self.workspace.profile.device_id, labels, self.found, self.exchanges, counts)
        )
        self._place_sync_buttons()
        in_panel = self.state is not None and self.state.active(self.workspace.profile.device_id) is not None
        if in_panel and not any(r.syncable for r in self.model.rows):
            self.hint.setText(
                self.tr(
                    "No panel laptop is on this network right now. Laptops show here when their users tick “Let "
                    "panel devices connect to this one” and “Announce it on this network”. You can also "
                    "connect by address, or carry the changes in a bundle."
                )
            )
            self.hint.show()
        else:
            self.hint.hide()

    def _place_sync_buttons(self) -> None:
        """A Sync button in each row, enabled where a click can sync (an active member whose
        address is known); rebuilt whenever the rows are, since a reset of the model drops them."""
        column = COLUMNS.index("sync")
        can = self._can_sync()
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, column)
            device_id = index.data(PEER_ID_ROLE)
            row = self.model.rows[self.model.row_of(device_id)]
            button = self.table.indexWidget(index)
            if button is None:
                button = QPushButton(self.tr("Sync"))
                button.setObjectName("rowSync")
                # Enter on the row does the same: one tab stop for the list, not one per device.
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.clicked.connect(self._row_button_clicked)
                self.table.setIndexWidget(index, button)
            button.setProperty("deviceId", device_id)
            button.setEnabled(can and row.syncable)
            button.setAccessibleName(self.tr("Sync with {name}").format(name=row.label))
            button.setToolTip(sync_hint(row))

    def sync_button_for(self, device_id: str) -> QPushButton | None:
        """The Sync button in this device's row (None if it has no row)."""
        column = COLUMNS.index("sync")
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, column)
            if index.data(PEER_ID_ROLE) == device_id:
                button = self.table.indexWidget(index)
                return button if isinstance(button, QPushButton) else None
        return None

    def _can_sync(self) -> bool:
        me = self.state.active(self.workspace.profile.device_id) if self.state is not None else None
        return me is not None and not self.controller.busy

    def _show_panel(self) -> None:
        profile = self.workspace.profile
        state = self.state
        in_panel = state is not None
        me = state.active(profile.device_id) if state is not None else None
        self.panel_label.setText(panel_words(state, profile.device_id))
        active = me is not None
        self.sync_button.setEnabled(active and not self.controller.busy)
        self.address.setEnabled(active)
        self.address_toggle.setEnabled(active)
        self.export_button.setEnabled(active and not self.controller.busy)
        self.import_button.setEnabled(active and not self.controller.busy)
        self.serve.set_available(active)
        self.invite_button.setVisible(bool(me and me.admin))
        self.join_button.setVisible(not in_panel)
        self.found_button.setVisible(not in_panel and profile.role == "chair")

    @Slot(object)
    def set_found_peers(self, peers) -> None:
        """Devices that discovery sees on this network now (each with device_id, host, port)."""
        self.found = list(peers)
        self._rebuild_rows()

    def show_address(self, shown: bool, focus: bool = False) -> None:
        """Unfold (or fold away) the typed address, the way to a device discovery does not see;
        `focus` puts the keyboard in its field (as when the person unfolds it)."""
        self.address_box.setVisible(shown)
        self.address_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        if self.address_toggle.isChecked() != shown:
            self.address_toggle.blockSignals(True)
            self.address_toggle.setChecked(shown)
            self.address_toggle.blockSignals(False)
        # Folded away, focus asked of the address (the sync panel's shortcut) goes to the devices.
        # Qt takes None to clear the proxy; the stubs do not allow it.
        self.address.setFocusProxy(None if shown else self.table)  # type: ignore[arg-type]
        if shown and focus and self.isVisible():
            self.address.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, text: str, error: bool = False) -> None:
        show_message(self.activity, text, error, "syncActivity")
        self.activity.setAccessibleDescription(text)

    def _member_name(self, device_id: str | None) -> tuple[str, str]:
        member = self.state.members.get(device_id) if self.state is not None and device_id else None
        if member is None:
            return (device_id or "")[:8], ""
        return self.tr("{name} ({agency})").format(name=member.name, agency=member.agency), fingerprint_of(
            member.signing_public
        )

    def member_label(self, device_id: str) -> str:
        """'Name (Agency)' of a panel device, from the membership as this device reads it now."""
        try:
            state = self.engine.state() if self.engine.panel_id else None
        except ConcordError:
            state = self.state
        member = state.members.get(device_id) if state is not None else None
        if member is None:
            return self.tr("a device this laptop does not know")
        return self.tr("{name} ({agency})").format(name=member.name, agency=member.agency)

    # ----- actions ---------------------------------------------------------------------------------
    def sync_now(self) -> bool:
        """Sync with the laptop at the typed address."""
        try:
            host, port = parse_address(self.address.text())
        except ConcordError as exc:
            self.show_address(True)
            self._say(shown(exc), error=True)
            self.address.setFocus()
            return False
        return self._dial(host, port, "")

    def sync_with_device(self, device_id: str) -> bool:
        """Sync with a listed device, at the address discovery found it at (or last reached it)."""
        index = self.model.row_of(device_id)
        if index < 0:
            return False
        row = self.model.rows[index]
        if not row.member:
            self._say(sentence(failure("unknown_device")), error=True)
            return False
        if row.revoked:
            self._say(sentence(failure("peer_revoked")), error=True)
            return False
        if not row.address:
            self._say(
                self.tr("Cannot sync with {name} yet. {problem}").format(
                    name=row.label, problem=sentence(failure("no_address"))
                ),
                error=True,
            )
            return False
        found = next((p for p in self.found if p.device_id == device_id), None)
        try:
            host, port = (found.host, found.port) if found is not None else parse_address(row.address)
        except ConcordError:
            self._say(sentence(failure("no_address")), error=True)
            return False
        return self._dial(host, port, device_id)

    def _dial(self, host: str, port: int, device_id: str) -> bool:
        if self.state is None or self.state.active(self.workspace.profile.device_id) is None:
            return False
        if not self.controller.sync_with(host, port, device_id):
            self._say(self.tr("An exchange is already running; wait for it to end."))
            return False
        self._target = device_id
        return True

    def _row_activated(self, index) -> None:
        device_id = index.data(PEER_ID_ROLE)
        if device_id and not self.controller.busy:
            self.sync_with_device(device_id)

    @Slot()
    def _row_button_clicked(self) -> None:
        button = self.sender()
        device_id = button.property("deviceId") if button is not None else None
        if device_id:
            self.sync_with_device(device_id)

    def found_panel(self) -> None:
        try:
            self.engine.found_panel(policy=DEFAULT_POLICY)
        except ConcordError as exc:
            self._say(shown(exc), error=True)
            return
        self._say(self.tr("The panel is founded. Invite the other devices with Invite a device."))
        self.refresh()
        self.membershipChanged.emit()

    @Slot(str)
    def _approved(self, device_id: str) -> None:
        self.refresh()
        name, _fingerprint = self._member_name(device_id)
        self._say(
            self.tr("Approved the change of {name}. It reaches the other devices at the next sync.").format(name=name)
        )

    def open_invite(self) -> InviteDialog:
        self.invite_dialog = InviteDialog(
            self.engine, self.workspace.schema, self.workspace.profile.fingerprint, self.controller.serving_port, self
        )
        self.invite_dialog.finished.connect(self.invite_dialog.deleteLater)
        self.invite_dialog.open()
        return self.invite_dialog

    def open_join(self) -> JoinDialog:
        self.join_dialog = JoinDialog(self.workspace, self.controller, self)
        self.join_dialog.joinedPanel.connect(self._first_exchange)
        self.join_dialog.finished.connect(self.join_dialog.deleteLater)
        self.join_dialog.open()
        return self.join_dialog

    def open_bundle_export(self, choose_file=None) -> ExportBundleDialog | None:
        """Ask for whom and where, then write a bundle in the worker's thread. `choose_file`
        replaces the system's save dialog (parent, title, start, filter) -> path."""
        self.refresh()
        if self.state is None:
            self._say(sentence(failure("not_in_panel")), error=True)
            return None
        labels = role_labels(self.workspace.schema)
        extra = {"choose_file": choose_file} if choose_file is not None else {}
        dialog = ExportBundleDialog(
            self.state, self.workspace.profile.device_id, labels, self.controller, self, **extra
        )
        return self._open_bundle_dialog(dialog)

    def open_bundle_import(self, choose_file=None) -> ImportBundleDialog | None:
        """Ask for the file, then check and import it in the worker's thread. `choose_file`
        replaces the system's open dialog."""
        self.refresh()
        if self.state is None:
            self._say(sentence(failure("not_in_panel")), error=True)
            return None
        extra = {"choose_file": choose_file} if choose_file is not None else {}
        return self._open_bundle_dialog(ImportBundleDialog(self.controller, self.member_label, self, **extra))

    def _open_bundle_dialog(self, dialog):
        self.bundle_dialog = dialog
        dialog.reported.connect(lambda text, error: self._say(text, error))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # ----- what the worker reports -------------------------------------------------------------------
    @Slot(bool)
    def _busy_changed(self, busy: bool) -> None:
        self._show_busy()
        if busy:
            self.last_progress = (0, 0)
            self._say(self.tr("Connecting…"))

    @Slot(bool)
    def _bundle_busy_changed(self, busy: bool) -> None:
        self._show_busy()
        if busy:
            self._say(self.tr("Working on the bundle…"))

    def _show_busy(self) -> None:
        busy = self.controller.busy
        self.progress.setVisible(busy)
        active = self.state is not None and self.state.active(self.workspace.profile.device_id) is not None
        for button in (self.sync_button, self.export_button, self.import_button):
            button.setEnabled(active and not busy)
        self._place_sync_buttons()

    @Slot(str)
    def _started(self, address: str) -> None:
        if self._target:
            name, _fingerprint = self._member_name(self._target)
            self._say(self.tr("Exchanging with {name}…").format(name=name))
        else:
            self._say(self.tr("Exchanging with {address}…").format(address=address))

    @Slot(int, int)
    def _progress(self, bytes_in: int, applied: int) -> None:
        self.last_progress = (bytes_in, applied)
        if self.controller.busy:
            self._say(
                self.tr("Receiving: {size}, {applied} changes applied so far").format(
                    size=QLocale().formattedDataSize(bytes_in), applied=applied
                )
            )

    @Slot(object)
    def _finished(self, exchange: Exchange) -> None:
        if exchange.peer:
            self.exchanges[exchange.peer] = exchange
        self.refresh()
        name, fingerprint = self._member_name(exchange.peer)
        self._say(*finished_words(exchange, name, fingerprint))
        self._target = None
        self.status.emit(self.tr("Sync finished") if exchange.ok else self.tr("Sync ended early"))

    @Slot(str)
    def _failed(self, message: str) -> None:
        """`message`: the worker's sentence of what happened and what to do."""
        target, self._target = self._target, None
        self.refresh()
        if target:
            name, _fingerprint = self._member_name(target)
            self._say(self.tr("Did not sync with {name}. {problem}").format(name=name, problem=message), error=True)
        else:
            self._say(self.tr("Sync did not happen. {problem}").format(problem=message), error=True)
        self.status.emit(self.tr("Sync did not happen"))

    @Slot(object)
    def _bundle_written(self, _written) -> None:
        self.refresh()

    @Slot(str)
    def _bundle_failed(self, _text: str) -> None:
        self.refresh()

    @Slot(object)
    def _bundle_imported(self, _result) -> None:
        self.refresh()
        self.membershipChanged.emit()  # a bundle may carry news of members

    @Slot(object)
    def _served(self, exchange: Exchange) -> None:
        if exchange.peer:
            self.exchanges[exchange.peer] = exchange
        self.refresh()
        name, fingerprint = self._member_name(exchange.peer)
        if exchange.joined and exchange.ok:
            self._say(
                self.tr(
                    "{name} joined the panel. Their device's fingerprint is {fingerprint}: check it with them."
                ).format(name=name, fingerprint=fingerprint)
            )
            self.membershipChanged.emit()
        elif exchange.ok:
            self.status.emit(
                self.tr("{name} synced with this device: {received} changes in, {sent} out").format(
                    name=name or self.tr("A device"), received=exchange.applied, sent=exchange.sent
                )
            )
        else:
            known = self.state is not None and exchange.peer in self.state.members
            self._say(served_problem(exchange, name, known), error=True)
            self.status.emit(self.tr("An exchange with a device that connected did not finish"))

    @Slot(object)
    def _first_exchange(self, _result) -> None:
        """Right after joining, fetch what this device may hold from the chair's device it joined through."""
        if self.join_dialog is not None:
            self.address.setText(self.join_dialog.address.text().strip())
            self.show_address(True)
            self.sync_now()

    @Slot(str)
    def _join_failed(self, message: str) -> None:
        self._say(self.tr("Could not join: {problem}").format(problem=message), error=True)

    @Slot(object)
    def _joined(self, _result) -> None:
        self._say(self.tr("This device joined the panel."))
        self.refresh()
        self.membershipChanged.emit()
