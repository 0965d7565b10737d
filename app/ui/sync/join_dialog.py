"""Join a panel with the chair's invitation: paste the code or load its file, compare the chair's
fingerprint with the chair's screen, give the chair's address, join (in the worker's thread)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models import clock
from app.models.errors import ConcordError
from app.models.language import shown
from app.sync.engine.invitations import Invitation
from app.sync.net.joining import JoinResult
from app.ui.common.labels import role_labels
from app.ui.common.style import show_message
from app.ui.sync.address import parse_address
from app.ui.sync.controller import SyncController
from app.ui.sync.fingerprint_box import FingerprintBox
from app.ui.sync.invitations_model import local_time
from app.workspace import Workspace

MAX_FILE = 64 * 1024  # an invitation file is a few hundred bytes; refuse to read a stray large file


class JoinDialog(QDialog):
    joinedPanel = Signal(object)  # the JoinResult
    # The JoinResult once joined (not "result": that is QDialog.result()).
    joined: JoinResult | None

    def __init__(self, workspace: Workspace, controller: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.controller = controller
        self.invitation = None
        self.joined = None
        self.setWindowTitle(self.tr("Join a panel"))
        self.setMinimumWidth(600)
        self.role_labels = role_labels(workspace.schema)

        intro = QLabel(
            self.tr(
                "Paste the invitation code the chair gave you, or load the invitation file. Before you join, "
                "compare the chair's fingerprint below with the one the chair's screen shows for their device."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.code = QPlainTextEdit(self)
        self.code.setObjectName("invitationCode")
        self.code.setAccessibleName(self.tr("Invitation code"))
        self.code.setTabChangesFocus(True)
        self.code.setMaximumHeight(self.code.fontMetrics().lineSpacing() * 4)
        self.code.textChanged.connect(lambda: self._read_code(self.code.toPlainText()))
        self.load_button = QPushButton(self.tr("&Load from file…"), self)
        self.load_button.clicked.connect(self.load_file_dialog)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.load_button, 0, Qt.AlignmentFlag.AlignTop)
        code_label = QLabel(self.tr("Invitation &code:"), self)
        code_label.setBuddy(self.code)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.chair = FingerprintBox(
            self.tr("The chair's device"),
            "",
            self.tr("This must match what the chair's screen shows for their own device."),
            self,
        )
        self.confirm = QCheckBox(self.tr("The chair's screen shows this &fingerprint"), self)
        self.confirm.toggled.connect(lambda _on: self._update_buttons())
        self.address = QLineEdit(self)
        self.address.setAccessibleName(self.tr("Chair's device address"))
        self.address.setPlaceholderText(self.tr("host:port, as the chair's sync panel shows it"))
        self.address.textChanged.connect(lambda _t: self._update_buttons())
        own = QLabel(
            self.tr("This device's fingerprint is {fingerprint}; the chair sees it when you join.").format(
                fingerprint=workspace.profile.fingerprint
            ),
            self,
        )
        own.setWordWrap(True)
        own.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Joining"))
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setObjectName("joinMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(self)
        self.join_button = self.buttons.addButton(self.tr("&Join"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.join_button.clicked.connect(self.join)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(code_label, code_row)
        form.addRow("", self.summary)
        address_label = QLabel(self.tr("Chair's &address:"), self)
        address_label.setBuddy(self.address)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.chair)
        layout.addWidget(self.confirm)
        address_form = QFormLayout()
        address_form.addRow(address_label, self.address)
        layout.addLayout(address_form)
        layout.addWidget(own)
        status = QHBoxLayout()
        status.addWidget(self.progress)
        status.addWidget(self.message, 1)
        layout.addLayout(status)
        layout.addWidget(self.buttons)

        self._blocked = ""  # why this device cannot join at all, if it cannot
        w = controller.worker
        w.started.connect(self._started)
        w.joined.connect(self._joined)
        w.joinFailed.connect(self._join_failed)
        if workspace.sync.panel_id is not None:
            self._blocked = self.tr("This device is already in a panel.")
        self._read_code("")

    # ----- the invitation -----------------------------------------------------------------------------
    def _read_code(self, text: str) -> None:
        self.invitation = None
        self.chair.set_fingerprint("")
        self.summary.clear()
        self._say(self._blocked, error=bool(self._blocked))
        if text.strip():
            try:
                self._take(Invitation.parse(text.strip()))
            except ConcordError as exc:
                self._say(
                    self.tr("This is not a valid invitation code: {reason}").format(reason=shown(exc)), error=True
                )
        self._update_buttons()

    def load_file_dialog(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open an invitation file"), "", self.tr("Concord invitations (*.invite);;All files (*)")
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        try:
            if path.stat().st_size > MAX_FILE:
                raise ConcordError(self.tr("the file is far too large to be an invitation"))
            invitation = Invitation.from_file_bytes(path.read_bytes())
        except OSError as exc:
            self._say(self.tr("The file could not be read: {reason}").format(reason=exc.strerror or exc), error=True)
            return False
        except ConcordError as exc:
            self._say(self.tr("This file is not a valid invitation: {reason}").format(reason=shown(exc)), error=True)
            return False
        self.code.blockSignals(True)
        self.code.setPlainText(invitation.code)
        self.code.blockSignals(False)
        self._take(invitation)
        self._update_buttons()
        return True

    def _take(self, invitation) -> None:
        # A typed code does not carry the role (only the file does): the chair's device checks it.
        role = self.role_labels.get(invitation.role, invitation.role) if invitation.role else ""
        self.chair.set_fingerprint(invitation.chair_fingerprint)
        when = local_time(invitation.expires)
        self.summary.setText(
            self.tr("An invitation for a {role}, valid until {when}.").format(role=role, when=when)
            if role
            else self.tr("An invitation valid until {when}.").format(when=when)
        )
        if role and invitation.role != self.workspace.role:
            self._say(
                self.tr(
                    "This invitation is for a {role}, but this device was set up as a {own}. Ask the chair "
                    "for an invitation for your role."
                ).format(role=role, own=self.workspace.role_label),
                error=True,
            )
        elif invitation.expires <= clock.epoch():
            self._say(
                self.tr("This invitation expired on {when}. Ask the chair for a new one.").format(
                    when=local_time(invitation.expires)
                ),
                error=True,
            )
        else:
            self.invitation = invitation
            self._say(self.tr("Compare the fingerprint with the chair's screen, then tick the box and join."))

    # ----- joining ------------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        ready = (
            self.invitation is not None
            and self.confirm.isChecked()
            and bool(self.address.text().strip())
            and self.workspace.sync.panel_id is None
            and not self.controller.busy
            and self.joined is None
        )
        self.join_button.setEnabled(ready)

    def join(self) -> bool:
        if not self.join_button.isEnabled():
            return False
        try:
            host, port = parse_address(self.address.text())
        except ConcordError as exc:
            self._say(shown(exc), error=True)
            self.address.setFocus()
            return False
        if not self.controller.join(self.invitation, host, port):
            self._say(self.tr("An exchange is running; try again when it ends."), error=True)
            return False
        self.progress.show()
        self.join_button.setEnabled(False)
        return True

    @Slot(str)
    def _started(self, address: str) -> None:
        if self.progress.isVisible():
            self._say(self.tr("Connecting to the chair's device at {address}…").format(address=address))

    @Slot(object)
    def _joined(self, result) -> None:
        self.progress.hide()
        self.joined = result
        role = self.role_labels.get(result.role, result.role)
        self._say(
            self.tr(
                "Joined the panel of {chair} as a {role}. The chair's device fingerprint is {fingerprint}: "
                "it should match what the chair's screen shows."
            ).format(
                chair=getattr(result, "chair_name", "") or self.tr("the chair"),
                role=role,
                fingerprint=result.chair_fingerprint,
            )
        )
        self.join_button.hide()
        self.close_button.setFocus()
        self.joinedPanel.emit(result)

    @Slot(str)
    def _join_failed(self, message: str) -> None:
        self.progress.hide()
        self._say(self.tr("Could not join: {problem}").format(problem=message), error=True)
        self._update_buttons()

    def _say(self, text: str, error: bool = False) -> None:
        show_message(self.message, text, error, "joinMessage")
