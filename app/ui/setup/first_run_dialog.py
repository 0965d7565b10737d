"""First run: who uses this device, for which agency, in which role of the agreement."""

from __future__ import annotations

from pathlib import Path

import keyring.backend
from PySide6.QtCore import QEvent, Qt
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

from app.models import language
from app.models.case_schema import Schema, load_schema
from app.models.errors import ConcordError
from app.models.language import shown
from app.ui.common import language as ui_language
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
        self.setMinimumWidth(520)
        try:
            self.schema: Schema | None = schema or load_schema()
        except ConcordError as exc:
            self.schema = None
            self.error_text = shown(exc)

        # Asked first, in both languages whatever the screen speaks now: the person must be able
        # to find it before they can read anything else.
        self.language = QComboBox(self)
        self.language.setAccessibleName("Iaith / Language")
        for code in language.LANGUAGES:
            self.language.addItem(language.native_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language.current())))
        self.language.currentIndexChanged.connect(self._language_chosen)
        language_label = QLabel("&Iaith / Language:", self)
        language_label.setBuddy(self.language)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.folder = QLabel(self)
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.name = QLineEdit(self)
        self.name.setMaxLength(120)
        self.agency = QLineEdit(self)
        self.agency.setMaxLength(120)
        self.role = QComboBox(self)
        self._agency_touched = False
        self.agency.textEdited.connect(lambda _t: setattr(self, "_agency_touched", True))
        if self.schema is not None:
            for role in self.schema.roles.values():
                self.role.addItem(language.pick(role, "label"), role.id)
        self.role.currentIndexChanged.connect(self._role_changed)

        form = QFormLayout()
        form.addRow(language_label, self.language)
        self.captions = []
        for editor in (self.name, self.agency, self.role):
            label = QLabel(self)
            label.setBuddy(editor)
            self.captions.append(label)
            form.addRow(label, editor)

        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons = buttons
        # A button of its own, not the standard OK: the box re-sets a standard button's text to
        # Qt's "OK" when the language changes, and this one says what it does.
        self.ok = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # A replaced or repaired laptop: the person's device comes back from its backup instead.
        self.restore = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.restore.clicked.connect(self.restore_from_backup)
        self.restored_request: bytes | None = None

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows to show a message
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addWidget(self.folder)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._retranslate()
        self._role_changed()
        if self.error_text:
            self._show_error(self.error_text)
            self.ok.setEnabled(False)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up Concord on this device"))
        self.intro.setText(
            self.tr(
                "This device has no Concord data yet. Say who will use it and in which role of the "
                "information sharing agreement. The role decides which parts of a case this device "
                "may hold and show; the panel chair confirms it when the device joins the panel."
            )
        )
        self.folder.setText(self.tr("Data folder: {folder}").format(folder=str(self.data)))
        self.name.setAccessibleName(self.tr("Your name"))
        self.agency.setAccessibleName(self.tr("Agency"))
        self.role.setAccessibleName(self.tr("Role"))
        for label, text in zip(self.captions, (self.tr("Your &name:"), self.tr("&Agency:"), self.tr("&Role:"))):
            label.setText(text)
        if self.schema is not None:
            for i, role in enumerate(self.schema.roles.values()):
                self.role.setItemText(i, language.pick(role, "label"))
        self.ok.setText(self.tr("&Set up"))
        # At once; Qt re-sets its standard Cancel the same way when its LanguageChange comes round.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.restore.setText(self.tr("Restore from a &backup…"))
        if self.error_text:
            self.error.setText(self.tr("Could not set up: {message}").format(message=self.error_text))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._role_changed()
        super().changeEvent(event)

    def _language_chosen(self, *_args) -> None:
        ui_language.install(self.language.currentData())
        # At once, not when Qt's LanguageChange event comes round: the person is looking at it.
        self._retranslate()
        self._role_changed()

    def _role_changed(self, *_args) -> None:
        # Suggest the agency the agreement names for the role, until the person types their own.
        if self.schema is None or self._agency_touched:
            return
        role = self.schema.roles.get(self.role.currentData())
        if role is not None:
            self.agency.setText(language.pick(role, "agency"))

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
        if self.workspace is not None:
            ui_language.remember(self.workspace, self.language.currentData())
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
            self._show_error(shown(exc))
            return
        ui_language.remember(self.workspace, self.language.currentData())
        super().accept()
