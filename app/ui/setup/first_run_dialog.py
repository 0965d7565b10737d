"""First run: who uses this device, for which agency, in which role of the agreement."""

from __future__ import annotations

from pathlib import Path

import keyring.backend
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.case_schema import Schema, load_schema
from app.models.errors import ConcordError
from app.ui.setup.backup_dialogs import RestoreDialog
from app.workspace import Workspace


class FirstRunDialog(QDialog):
    """On accept, ``Workspace.init`` runs; the opened workspace is ``self.workspace``."""

    def __init__(
        self,
        data: Path,
        backend: keyring.backend.KeyringBackend | None = None,
        schema: Schema | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.data = Path(data)
        self.backend = backend
        self.workspace: Workspace | None = None
        self.error_text = ""
        self.setWindowTitle(self.tr("Set up Concord on this device"))
        self.setMinimumWidth(520)
        try:
            self.schema: Schema | None = schema or load_schema()
        except ConcordError as exc:
            self.schema = None
            self.error_text = str(exc)

        intro = QLabel(
            self.tr(
                "This device has no Concord data yet. Say who will use it and in which role of the "
                "information sharing agreement. The role decides which parts of a case this device "
                "may hold and show; the panel chair confirms it when the device joins the panel."
            ),
            self,
        )
        intro.setWordWrap(True)
        folder = QLabel(self.tr("Data folder: {folder}").format(folder=str(self.data)), self)
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setMaxLength(120)
        self.agency = QLineEdit(self)
        self.agency.setAccessibleName(self.tr("Agency"))
        self.agency.setMaxLength(120)
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role"))
        self._agency_touched = False
        self.agency.textEdited.connect(lambda _t: setattr(self, "_agency_touched", True))
        if self.schema is not None:
            for role in self.schema.roles.values():
                self.role.addItem(role.label, role.id)
        self.role.currentIndexChanged.connect(self._role_changed)

        form = QFormLayout()
        for text, editor in (
            (self.tr("Your &name:"), self.name),
            (self.tr("&Agency:"), self.agency),
            (self.tr("&Role:"), self.role),
        ):
            label = QLabel(text, self)
            label.setBuddy(editor)
            form.addRow(label, editor)

        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Set up"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # A replaced or repaired laptop: the person's device comes back from its backup instead.
        self.restore = buttons.addButton(self.tr("Restore from a &backup…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore.clicked.connect(self.restore_from_backup)
        self.restored_request: bytes | None = None

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows to show a message
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(folder)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._role_changed()
        if self.error_text:
            self._show_error(self.error_text)
            self.ok.setEnabled(False)

    def _role_changed(self, *_args) -> None:
        # Suggest the agency the agreement names for the role, until the person types their own.
        if self.schema is None or self._agency_touched:
            return
        role = self.schema.roles.get(self.role.currentData())
        if role is not None:
            self.agency.setText(role.agency)

    def _show_error(self, message: str) -> None:
        self.error_text = message
        self.error.setText(self.tr("Could not set up: {message}").format(message=message))
        self.error.show()
        self.adjustSize()  # a wrapped message needs height the layout alone does not ask for

    def restore_from_backup(self) -> RestoreDialog:
        dialog = RestoreDialog(self.data, self.backend, self)
        dialog.accepted.connect(lambda: self._restored(dialog))
        dialog.open()
        return dialog

    def _restored(self, dialog: RestoreDialog) -> None:
        self.workspace, self.restored_request = dialog.workspace, dialog.request
        super().accept()

    def accept(self) -> None:
        if self.schema is None:
            return
        try:
            self.workspace = Workspace.init(
                self.data,
                self.name.text(),
                self.agency.text(),
                self.role.currentData(),
                backend=self.backend,
                schema=self.schema,
            )
        except ConcordError as exc:
            self._show_error(str(exc))
            return
        super().accept()
