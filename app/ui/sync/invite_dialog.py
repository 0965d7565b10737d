"""The chair invites a device: a role, how long the code stays valid, the code itself (to read
out, copy or save as a file), and the invitations made so far, each of which can be withdrawn."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.case_schema import Schema
from app.models.errors import ConcordError
from app.models.language import shown
from app.models.output_files import write_whole
from app.sync.engine.invitations import Invitation
from app.ui.common.labels import role_labels
from app.ui.common.tables import set_up_row_list
from app.ui.sync.fingerprint_box import FingerprintBox
from app.ui.sync.invitations_model import INVITE_ID_ROLE, InvitationsModel, local_time, state_of

DEFAULT_HOURS = 72


class InviteDialog(QDialog):
    def __init__(self, engine, schema: Schema, fingerprint: str, serving_port: int = 0, parent: QWidget | None = None):
        super().__init__(parent)
        self.engine = engine
        self.invitation: Invitation | None = None
        self.setWindowTitle(self.tr("Invite a device to the panel"))
        self.setMinimumWidth(620)
        self.role_labels = labels = role_labels(schema)

        intro = QLabel(
            self.tr(
                "Make a one-time code for the device that will join, and give it to its user in person or "
                "read it out. It works once, until it expires."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.own = FingerprintBox(
            self.tr("This device (the chair's)"),
            fingerprint,
            self.tr("The joining device shows this fingerprint before it joins: check with its user that it matches."),
            self,
        )

        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role of the joining device"))
        for role in schema.roles.values():
            self.role.addItem(labels[role.id], role.id)
        first_member = next((i for i in range(self.role.count()) if self.role.itemData(i) != "chair"), 0)
        self.role.setCurrentIndex(first_member)
        self.hours = QSpinBox(self)
        self.hours.setRange(1, 24 * 30)
        self.hours.setValue(DEFAULT_HOURS)
        self.hours.setSuffix(self.tr(" hours"))
        self.hours.setAccessibleName(self.tr("Hours the code stays valid"))
        self.make_button = QPushButton(self.tr("&Make invitation"), self)
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self._buddy(self.tr("&Role:"), self.role), self.role)
        form.addRow(self._buddy(self.tr("&Valid for:"), self.hours), self.hours)

        self.code = QLabel(self)
        self.code.setObjectName("invitationCode")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), self.font().pointSizeF()) * 1.6)
        mono.setBold(True)
        self.code.setFont(mono)
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        self.code.setWordWrap(True)
        self.code.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.code.setAccessibleName(self.tr("Invitation code"))
        self.code.setMinimumHeight(self.code.fontMetrics().lineSpacing() * 2)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.note = QLabel(self)  # what became of the code: copied, saved
        self.note.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("&Copy code"), self)
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(self.tr("Save as &file…"), self)
        self.save_button.clicked.connect(self.save_as)
        code_buttons = QHBoxLayout()
        code_buttons.addWidget(self.copy_button)
        code_buttons.addWidget(self.save_button)
        code_buttons.addWidget(self.note, 1)

        self.reach = reach = QLabel(
            self.tr(
                "This device listens on port {port}: give the joining person this device's address and that port."
            ).format(port=serving_port)
            if serving_port
            else self.tr(
                "The joining device connects to this one: turn on “Let panel devices connect” in the sync "
                "panel before they join."
            ),
            self,
        )
        reach.setWordWrap(True)

        self.model = InvitationsModel(labels, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Invitations made"))
        set_up_row_list(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.withdraw_button = QPushButton(self.tr("&Withdraw"), self)
        self.withdraw_button.setAccessibleName(self.tr("Withdraw the selected invitation"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.own)
        top = QHBoxLayout()
        top.addLayout(form)
        top.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.code)
        layout.addWidget(self.details)
        layout.addLayout(code_buttons)
        layout.addWidget(reach)
        invited = QLabel(self.tr("Invitations made:"), self)
        invited.setBuddy(self.table)
        layout.addWidget(invited)
        layout.addWidget(self.table, 1)
        withdraw_row = QHBoxLayout()
        withdraw_row.addWidget(self.withdraw_button)
        withdraw_row.addStretch(1)
        layout.addLayout(withdraw_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._show_invitation(None)
        self.refresh()

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    # ----- invitations ------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            records = self.engine.invitations()
            names = {m.device_id: m.name for m in self.engine.state().members.values()}
        except ConcordError as exc:
            self._problem(shown(exc))
            return
        self.model.set_records(records, names)
        self._update_buttons()

    def make(self):
        try:
            invitation = self.engine.invite(self.role.currentData(), float(self.hours.value()))
        except ConcordError as exc:
            self._problem(shown(exc))
            return None
        self.error.hide()
        self._show_invitation(invitation)
        self.refresh()
        self.code.setFocus()
        return invitation

    def _show_invitation(self, invitation) -> None:
        self.invitation = invitation
        has = invitation is not None
        self.code.setText(invitation.code if has else self.tr("No code yet: choose the role and make an invitation."))
        self.details.setText(
            self.tr("For a {role}, valid until {when}. It can be used once.").format(
                role=self.role_labels.get(invitation.role, invitation.role), when=local_time(invitation.expires)
            )
            if has
            else ""
        )
        self.note.clear()
        self.copy_button.setEnabled(has)
        self.save_button.setEnabled(has)

    def copy(self) -> None:
        if self.invitation is not None:
            QGuiApplication.clipboard().setText(self.invitation.code)
            self.note.setText(self.tr("Copied."))

    def save_as(self) -> None:
        if self.invitation is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the invitation"),
            "concord-invitation.invite",
            self.tr("Concord invitations (*.invite);;All files (*)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Write the invitation file whole or not at all (a half-written code is useless)."""
        assert self.invitation is not None  # saved only once made: the Save button waits for it
        try:
            # Owner-only from creation: the code admits whoever holds it.
            write_whole(path, self.invitation.to_file_bytes())
        except OSError as exc:
            self._problem(self.tr("The file could not be written: {reason}").format(reason=exc.strerror or exc))
            return False
        self.note.setText(
            self.tr("Saved as {name}. Give the file to the joining person; it works once.").format(name=path.name)
        )
        return True

    def withdraw_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        try:
            self.engine.withdraw_invitation(rows[0].data(INVITE_ID_ROLE))
        except ConcordError as exc:
            self._problem(shown(exc))
            return
        if self.invitation is not None and self.invitation.invite_id == rows[0].data(INVITE_ID_ROLE):
            self._show_invitation(None)
        self.refresh()

    def _update_buttons(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        record = self.model.records[rows[0].row()] if rows else None
        self.withdraw_button.setEnabled(record is not None and state_of(record) == "open")

    def _problem(self, message: str) -> None:
        self.error.setText(self.tr("Problem: {message}").format(message=message))
        self.error.show()
