"""The main window's part in backups: the Back up action's dialog, a reminder in the status bar
while the device has never been backed up (or not for REMIND_AFTER_DAYS), and, on a device
rebuilt from its backup, a button that saves the request the chair needs to take it back in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QPushButton

from app.device_backup import LAST_BACKUP_META, replacement_request
from app.models.errors import ConcordError
from app.models.language import shown
from app.models.output_files import write_whole
from app.ui.common.warning import warning_icon
from app.ui.setup.backup_dialogs import BackupDialog, backup_due
from app.ui.sync.replacement_actions import tell
from app.workspace import Workspace


class BackupStatus(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.workspace: Workspace = window.workspace  # type: ignore[attr-defined]  # MainWindow's
        self.reminder = QPushButton(window)
        self.reminder.setObjectName("backupReminder")
        self.reminder.setIcon(warning_icon())
        self.reminder.setFlat(True)
        self.reminder.clicked.connect(self.back_up)
        window.statusBar().addPermanentWidget(self.reminder)
        self.request_button = QPushButton(self.tr("Restored: give the chair your request…"), window)
        self.request_button.setObjectName("replacementRequest")
        self.request_button.setIcon(warning_icon())
        self.request_button.setFlat(True)
        self.request_button.clicked.connect(lambda: self.save_request())
        window.statusBar().addPermanentWidget(self.request_button)
        for button in (self.reminder, self.request_button):
            # Out of the Tab order, which runs through the case's fields: the keyboard reaches
            # them through the menus (Case › Back up, Sync › Save the request for the chair).
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.update()

    def back_up(self) -> BackupDialog:
        dialog = BackupDialog(self.workspace, self.window)
        dialog.backed_up.connect(lambda _path: self.update())
        dialog.open()
        return dialog

    def update(self) -> None:
        days = backup_due(self.workspace.store.get_meta(LAST_BACKUP_META))
        if days is None:
            self.reminder.hide()
        else:
            text = (
                self.tr("Never backed up: back up now…")
                if days == 0
                else self.tr("Last backup {days} days ago: back up now…").format(days=days)
            )
            self.reminder.setText(text)
            self.reminder.setAccessibleName(text)
            self.reminder.show()
        self.request_button.setVisible(replacement_request(self.workspace) is not None)

    def save_request(self, path: str | None = None) -> Path | None:
        """Write the restored device's request for the chair."""
        request = replacement_request(self.workspace)
        if request is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Save the request for the chair"),
                str(Path.home() / f"concord-{self.workspace.profile.role}-replacement.json"),
                self.tr("Concord request (*.json)"),
            )
        if not path:
            return None
        try:
            written = write_whole(path, request)
        except (ConcordError, OSError) as exc:
            tell(self.window, self.tr("Not saved"), shown(exc), warning=True)
            return None
        self.window.statusBar().showMessage(
            self.tr("Saved. The chair takes this device in with it; then join with the admission they give you."),
            12000,
        )
        return written
