"""The sync panel: this device's fingerprint, the panel's devices, and one-click exchanges.

Everything slow runs in the worker's thread (``SyncController``); this widget only reads small
things from the store (membership, quarantine counts, the last exchanges) and shows what the
worker reports.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QProgressBar, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from app.models.errors import ConcordError
from app.sync.identity import fingerprint_of
from app.ui.style import show_message
from app.ui.sync.address import DEFAULT_PORT, parse_address
from app.ui.sync.controller import SyncController
from app.sync.exchanges import Exchange, recall
from app.ui.sync.fingerprint_box import FingerprintBox
from app.ui.sync.invite_dialog import InviteDialog
from app.ui.sync.join_dialog import JoinDialog
from app.ui.sync.peers_model import ADDRESS_ROLE, COLUMNS, PeersModel, PeersProxy, build_rows
from app.ui.sync.role_changes_view import RoleChangesView
from app.sync.approval_rules import DEFAULT_POLICY
from app.ui.sync.serve_controls import ServeControls
from app.ui.widgets.tables import set_up_row_list
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
        self.state = None
        self.last_progress = (0, 0)
        self.invite_dialog = None
        self.join_dialog = None
        self._browsing = False
        profile = workspace.profile

        self.own = FingerprintBox(
            self.tr("This device"), profile.fingerprint,
            self.tr("Read this to the person at the other device. Their sync panel shows it beside "
                    "your name; yours shows theirs."), self)
        self.panel_label = QLabel(self)
        self.panel_label.setObjectName("panelInfo")
        self.panel_label.setWordWrap(True)
        self.panel_label.setTextFormat(Qt.TextFormat.PlainText)

        self.serve = ServeControls(controller, self)

        self.invite_button = QPushButton(self.tr("&Invite a device…"), self)
        self.invite_button.clicked.connect(self.open_invite)
        self.join_button = QPushButton(self.tr("&Join a panel…"), self)
        self.join_button.clicked.connect(self.open_join)
        self.found_button = QPushButton(self.tr("Found the &panel"), self)
        self.found_button.setToolTip(self.tr("Start the panel with this (the chair's) device as its founder"))
        self.found_button.clicked.connect(self.found_panel)

        self.address = QLineEdit(self)
        self.address.setObjectName("syncAddress")
        self.address.setPlaceholderText(self.tr("host:port, for example 192.168.1.20:{port}").format(port=DEFAULT_PORT))
        self.address.setAccessibleName(self.tr("Other device's address"))
        self.address.returnPressed.connect(self.sync_now)
        address_label = QLabel(self.tr("Other device's &address:"), self)
        address_label.setBuddy(self.address)
        self.sync_button = QPushButton(self.tr("Sync n&ow"), self)
        self.sync_button.setObjectName("syncNow")
        self.sync_button.clicked.connect(self.sync_now)

        self.model = PeersModel(self)
        self.proxy = PeersProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("peerTable")
        self.table.setAccessibleName(self.tr("Panel devices"))
        self.table.setAccessibleDescription(self.tr("Press Enter on a device with an address to sync with it."))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        set_up_row_list(self.table)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        # Fingerprints, addresses and counts whole; names, roles and results share the rest (elided,
        # the full text is the tooltip).
        for column, name in enumerate(COLUMNS):
            stretch = name in ("name", "role", "last")
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if stretch
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.activated.connect(self._row_activated)

        self.counts = QLabel(self)
        self.counts.setObjectName("syncCounts")
        self.counts.setToolTip(self.tr(
            "Waiting: changes that arrived before the key to open them; they apply once a member passes "
            "the key on. Quarantined: what failed a check and was never applied."))
        self.progress = QProgressBar(self)
        self.progress.setObjectName("syncProgress")
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setRange(0, 0)  # the size of an exchange is known only at its end
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.activity = QLabel(self)
        self.activity.setObjectName("syncActivity")
        self.activity.setWordWrap(True)
        self.activity.setTextFormat(Qt.TextFormat.PlainText)
        self.activity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.activity.setAccessibleName(self.tr("Sync activity"))

        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.own)
        left.addWidget(self.panel_label)
        left.addWidget(self.serve)
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
        address_row = QHBoxLayout()
        address_row.addWidget(address_label)
        address_row.addWidget(self.address, 1)
        address_row.addWidget(self.sync_button)
        right.addLayout(address_row)
        right.addWidget(self.table, 1)
        self.role_changes = RoleChangesView(self.engine, self)
        self.role_changes.approved.connect(self._approved)
        self.role_changes.problem.connect(lambda text: self._say(text, error=True))
        right.addWidget(self.role_changes)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress)
        bottom.addWidget(self.activity, 1)
        bottom.addWidget(self.counts)
        right.addLayout(bottom)

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
        controller.busyChanged.connect(self._busy_changed)
        self.refresh()

    # ----- what is shown --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read membership, quarantine counts and the recorded exchanges (small reads)."""
        try:
            self.state = self.engine.state() if self.engine.panel_id else None
            held = self.engine.quarantined(include_held=True)
            self.exchanges.update(recall(self.workspace.store))
        except ConcordError as exc:
            self.state, held = None, []
            self._say(self.tr("The panel's membership cannot be read: {message}").format(message=str(exc)), error=True)
        counts: dict[str, list[int]] = {}
        for row in held:
            counts.setdefault(row.source, [0, 0])[0 if row.kind == "held" else 1] += 1
        waiting = sum(c[0] for c in counts.values())
        quarantined = sum(c[1] for c in counts.values())
        self.counts.setText(self.tr("Waiting: {waiting} · Quarantined: {quarantined}").format(
            waiting=waiting, quarantined=quarantined))
        self.counts.setAccessibleName(self.counts.text())
        self._show_panel()
        self._rebuild_rows({k: (v[0], v[1]) for k, v in counts.items()})
        try:
            self.role_changes.show_state(self.state)
        except ConcordError as exc:
            self._say(self.tr("The panel's role changes cannot be read: {message}").format(message=str(exc)), error=True)
        if self.state is not None and not self._browsing:
            self._browsing = True
            self.controller.browse()

    def _rebuild_rows(self, counts=None) -> None:
        if counts is None:
            counts = {r.device_id: (r.waiting, r.quarantined) for r in self.model.rows}
        labels = {r.id: r.label for r in self.workspace.schema.roles.values()}
        self.model.set_rows(build_rows(self.state, self.workspace.profile.device_id, labels, self.found,
                                       self.exchanges, counts))

    def _show_panel(self) -> None:
        profile = self.workspace.profile
        in_panel = self.state is not None
        me = self.state.active(profile.device_id) if in_panel else None
        if in_panel:
            founder = self.state.members.get(self.state.founder)
            if founder is not None and founder.device_id == profile.device_id:
                text = self.tr("This device founded the panel and chairs it.")
            elif founder is not None:
                text = self.tr("Panel chaired by {name}.\nChair's fingerprint: {fingerprint}").format(
                    name=founder.name, fingerprint=fingerprint_of(founder.signing_public))
            else:
                text = ""
            if me is None:
                text += "\n" + self.tr("This device has been revoked from the panel: it can no longer sync.")
        else:
            text = self.tr("This device is not in a panel yet. Ask the chair for an invitation, then choose "
                           "Join a panel.")
        self.panel_label.setText(text.strip())
        active = me is not None
        self.sync_button.setEnabled(active and not self.controller.busy)
        self.address.setEnabled(active)
        self.serve.set_available(active)
        self.invite_button.setVisible(bool(me and me.admin))
        self.join_button.setVisible(not in_panel)
        self.found_button.setVisible(not in_panel and profile.role == "chair")

    @Slot(object)
    def set_found_peers(self, peers) -> None:
        """Devices that discovery sees on this network now (each with device_id, host, port)."""
        self.found = list(peers)
        self._rebuild_rows()

    def _say(self, text: str, error: bool = False) -> None:
        show_message(self.activity, text, error, "syncActivity")
        self.activity.setAccessibleDescription(text)

    def _member_name(self, device_id: str | None) -> tuple[str, str]:
        member = self.state.members.get(device_id) if self.state is not None and device_id else None
        if member is None:
            return (device_id or "")[:8], ""
        return self.tr("{name} ({agency})").format(name=member.name, agency=member.agency), fingerprint_of(member.signing_public)

    # ----- actions ---------------------------------------------------------------------------------
    def sync_now(self) -> bool:
        try:
            host, port = parse_address(self.address.text())
        except ConcordError as exc:
            self._say(str(exc), error=True)
            self.address.setFocus()
            return False
        if not self.controller.sync_with(host, port):
            self._say(self.tr("An exchange is already running; wait for it to end."))
            return False
        return True

    def _row_activated(self, index) -> None:
        address = index.data(ADDRESS_ROLE)
        if address and not self.controller.busy:
            self.address.setText(address)
            self.sync_now()

    def found_panel(self) -> None:
        try:
            self.engine.found_panel(policy=DEFAULT_POLICY)
        except ConcordError as exc:
            self._say(str(exc), error=True)
            return
        self._say(self.tr("The panel is founded. Invite the other devices with Invite a device."))
        self.refresh()
        self.membershipChanged.emit()

    @Slot(str)
    def _approved(self, device_id: str) -> None:
        self.refresh()
        name, _fingerprint = self._member_name(device_id)
        self._say(self.tr("Approved the change of {name}. It reaches the other devices at the next sync.").format(
            name=name))

    def open_invite(self) -> InviteDialog:
        self.invite_dialog = InviteDialog(self.engine, self.workspace.schema, self.workspace.profile.fingerprint,
                                          self.controller.serving_port, self)
        self.invite_dialog.finished.connect(self.invite_dialog.deleteLater)
        self.invite_dialog.open()
        return self.invite_dialog

    def open_join(self) -> JoinDialog:
        self.join_dialog = JoinDialog(self.workspace, self.controller, self)
        self.join_dialog.joinedPanel.connect(self._first_exchange)
        self.join_dialog.finished.connect(self.join_dialog.deleteLater)
        self.join_dialog.open()
        return self.join_dialog

    # ----- what the worker reports -------------------------------------------------------------------
    @Slot(bool)
    def _busy_changed(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.sync_button.setEnabled(not busy and self.state is not None)
        if busy:
            self.last_progress = (0, 0)
            self._say(self.tr("Connecting…"))

    @Slot(str)
    def _started(self, address: str) -> None:
        self._say(self.tr("Exchanging with {address}…").format(address=address))

    @Slot(int, int)
    def _progress(self, bytes_in: int, applied: int) -> None:
        self.last_progress = (bytes_in, applied)
        if self.controller.busy:
            self._say(self.tr("Receiving: {size}, {applied} changes applied so far").format(
                size=QLocale().formattedDataSize(bytes_in), applied=applied))

    @Slot(object)
    def _finished(self, exchange: Exchange) -> None:
        if exchange.peer:
            self.exchanges[exchange.peer] = exchange
        self.refresh()
        name, fingerprint = self._member_name(exchange.peer)
        if exchange.ok:
            text = self.tr("Exchanged with {name}, fingerprint {fingerprint}: {received} changes in, {sent} out.").format(
                name=name, fingerprint=fingerprint or self.tr("not known"), received=exchange.applied, sent=exchange.sent)
            extra = []
            if exchange.held:
                extra.append(self.tr("{count} wait for a key.").format(count=exchange.held))
            if exchange.quarantined:
                extra.append(self.tr("{count} failed a check and were quarantined.").format(count=exchange.quarantined))
            self._say(" ".join([text, *extra]), error=bool(exchange.quarantined))
        else:
            self._say(self.tr("The exchange with {name} ended early: {problem}").format(name=name, problem=exchange.error),
                      error=True)
        self.status.emit(self.tr("Sync finished") if exchange.ok else self.tr("Sync ended early"))

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.refresh()
        self._say(self.tr("Sync did not happen: {problem}").format(problem=message), error=True)
        self.status.emit(self.tr("Sync did not happen"))

    @Slot(object)
    def _served(self, exchange: Exchange) -> None:
        if exchange.peer:
            self.exchanges[exchange.peer] = exchange
        self.refresh()
        name, fingerprint = self._member_name(exchange.peer)
        if exchange.joined and exchange.ok:
            self._say(self.tr("{name} joined the panel. Their device's fingerprint is {fingerprint}: check it with "
                              "them.").format(name=name, fingerprint=fingerprint))
            self.membershipChanged.emit()
        elif exchange.ok:
            self.status.emit(self.tr("{name} synced with this device: {received} changes in, {sent} out").format(
                name=name or self.tr("A device"), received=exchange.applied, sent=exchange.sent))
        else:
            message = self.tr("A device that connected was refused or broke off: {problem}").format(
                problem=exchange.error)
            self._say(message, error=True)
            self.status.emit(message)

    @Slot(object)
    def _first_exchange(self, _result) -> None:
        """Right after joining, fetch what this device may hold from the chair's device it joined through."""
        if self.join_dialog is not None:
            self.address.setText(self.join_dialog.address.text().strip())
            self.sync_now()

    @Slot(str)
    def _join_failed(self, message: str) -> None:
        self._say(self.tr("Could not join: {problem}").format(problem=message), error=True)

    @Slot(object)
    def _joined(self, _result) -> None:
        self._say(self.tr("This device joined the panel."))
        self.refresh()
        self.membershipChanged.emit()
