"""Back this device up, and rebuild a device from its backup (app/device_backup.py), with a
progress bar: a large store takes a while, and the window must keep drawing meanwhile.

The work runs on a thread of its own. A backup opens the data folder again there (see
app/ui/common/background.py for why the desktop's workspace stays on the GUI thread); a restore
closes what it made before handing back, and the dialog opens the folder on the GUI thread.
Whatever the thread raises comes back to the dialog as words, and is logged by kind only.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring.backend
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.device_backup import REMIND_AFTER_DAYS, backup_device, restore_device
from app.logs import kind, redacted_traceback
from app.models import clock
from app.models.errors import ConcordError
from app.models.language import shown
from app.models.storage.backup_file import BackupError, check_passphrase
from app.workspace import Workspace

log = logging.getLogger("concord.ui")


def backup_due(last_backup_at: str | None) -> int | None:
    """Days since the last backup when a reminder is due (0 meaning never backed up), else None."""
    if not last_backup_at:
        return 0
    try:
        then = dt.datetime.fromisoformat(last_backup_at.replace("Z", "+00:00"))
    except ValueError:
        return 0
    days = (clock.wall() - then).days
    return days if days >= REMIND_AFTER_DAYS else None


class _Worker(QObject):
    """One call on a thread of its own; its outcome and progress reach the GUI thread as signals."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, what: str):
        super().__init__()
        self.what = what

    def start(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        threading.Thread(target=self._run, args=(work,), name=f"concord-{self.what}", daemon=True).start()

    def _run(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        try:
            result = work(lambda done, total: self.progressed.emit(min(done, 2**31 - 1), min(total, 2**31 - 1)))
        except BaseException as exc:  # noqa: BLE001 - every failure is told to the person, none dies here
            if isinstance(exc, (ConcordError, OSError)):
                log.warning("%s failed: %s", self.what, kind(exc))
            else:
                log.error("%s failed: %s\n%s", self.what, kind(exc), redacted_traceback(exc).rstrip("\n"))
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


def _words(exc: BaseException) -> str:
    if isinstance(exc, ConcordError):
        return shown(exc)
    if isinstance(exc, OSError):
        return f"the file could not be written or read ({exc.strerror or kind(exc)})"
    return "something went wrong; the log says what (without your data)"


class _SealedFileDialog(QDialog):
    """What both dialogs share: a file, a passphrase, a progress bar and a message line."""

    def __init__(self, parent: QWidget | None):
        super().__init__(parent)
        self.setMinimumWidth(560)
        self.running = False
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Backup file"))
        self.choose = QPushButton(self.tr("C&hoose…"), self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setObjectName("backupMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.file_row = QHBoxLayout()
        self.file_row.addWidget(self.path, 1)
        self.file_row.addWidget(self.choose)

    def _row(self, form: QFormLayout, text: str, field: QWidget | QHBoxLayout, buddy: QWidget) -> None:
        label = QLabel(text, self)  # a label with a buddy: its Alt+letter moves to the field
        label.setBuddy(buddy)
        form.addRow(label, field)

    def _lay_out(self, intro: str, form: QFormLayout) -> None:
        text = QLabel(intro, self)
        text.setWordWrap(True)
        text.setMinimumWidth(540)  # the layout sets the dialog's minimum from its parts
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # room for the wrapped text
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.adjustSize()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setObjectName("error" if error else "backupMessage")
        self.message.setStyleSheet(self.message.styleSheet())  # the object name picks the style
        self.message.setText(text)
        self.adjustSize()  # a wrapped message needs height the layout alone does not ask for

    def _busy(self, busy: bool) -> None:
        self.running = busy
        for w in (self.path, self.choose, self.passphrase, self.go, *self._more_inputs()):
            w.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self.progress.setVisible(True)
        if busy:
            self.progress.setValue(0)
        self.adjustSize()

    def _more_inputs(self) -> list[QWidget]:
        return []

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(100 * done // total if total else 100)

    def reject(self) -> None:
        if not self.running:  # a half-written backup is never left behind: the work runs to its end
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
        else:
            super().closeEvent(event)

    def start(self) -> None:
        raise NotImplementedError

    def _run(self, what: str, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        self.worker = _Worker(what)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.start(work)

    def _done(self, result: Any) -> None:
        raise NotImplementedError

    def _failed(self, exc: BaseException) -> None:
        raise NotImplementedError


class BackupDialog(_SealedFileDialog):
    """Write this device's backup to a file the person chooses, under a passphrase they choose."""

    backed_up = Signal(str)  # the file written

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Back up this device"))
        self.workspace = workspace
        self.open_again = _open_again(workspace)
        stamp = clock.today().isoformat()
        self.path.setText(str(Path.home() / f"concord-{workspace.profile.role}-{stamp}.backup"))
        self.choose.clicked.connect(self._choose)
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Passphrase again"))
        self.go.setText(self.tr("&Back up"))
        form = QFormLayout()
        self._row(form, self.tr("Backup &file:"), self.file_row, self.path)
        self._row(form, self.tr("&Passphrase:"), self.passphrase, self.passphrase)
        self._row(form, self.tr("&Again:"), self.confirm, self.confirm)
        self._lay_out(
            self.tr(
                "One file will hold everything on this device: its cases, meetings and audit log, "
                "and its keys, sealed under a passphrase you choose (at least 12 characters; a "
                "few unrelated words are best). Without the passphrase nobody can open the file, "
                "you included: Concord cannot recover it. Keep the file away from this laptop, "
                "as your agency's policy for sensitive backups says."
            ),
            form,
        )

    def _more_inputs(self) -> list[QWidget]:
        return [self.confirm]

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up to"), self.path.text(), self.tr("Concord backup (*.backup)")
        )
        if path:
            self.path.setText(path)

    def start(self) -> None:
        if self.running:
            return
        path, passphrase = Path(self.path.text().strip()).expanduser(), self.passphrase.text()
        try:
            check_passphrase(passphrase)
        except BackupError as exc:
            self._say(shown(exc), error=True)
            return
        if passphrase != self.confirm.text():
            self._say(self.tr("The two passphrases differ."), error=True)
            return
        if not self.path.text().strip():
            self._say(self.tr("Choose where to write the backup."), error=True)
            return
        self._busy(True)
        self._say(self.tr("Backing up…"))
        open_again = self.open_again

        def work(progress: Callable[[int, int], None]) -> Path:
            with open_again() as ws:
                return backup_device(ws, path, passphrase, progress)

        self._run("backup", work)

    @Slot(object)
    def _done(self, path: Path) -> None:
        self._busy(False)
        self.progress.setValue(100)
        self.passphrase.clear()
        self.confirm.clear()
        self._say(
            self.tr(
                "Backed up to {path}. Keep the file apart from this laptop, and the passphrase apart from both."
            ).format(path=str(path))
        )
        self.go.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Close"))
        self.backed_up.emit(str(path))

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.progress.hide()
        self._say(self.tr("Not backed up: {reason}").format(reason=_words(exc)), error=True)


def _open_again(workspace: Workspace) -> Callable[[], Workspace]:
    folder, backend, schema = workspace.folder, workspace.keys.os_keyring.backend, workspace.schema
    return lambda: Workspace.open(folder, backend=backend, schema=schema)


class RestoreDialog(_SealedFileDialog):
    """Rebuild a backed-up device into this (new) data folder. On accept, `workspace` is open and
    `request` holds the replacement request for the chair (None for a device in no panel)."""

    def __init__(
        self, data: Path, backend: keyring.backend.KeyringBackend | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a device from its backup"))
        self.data = Path(data)
        self.backend = backend
        self.workspace: Workspace | None = None
        self.request: bytes | None = None
        self.choose.clicked.connect(self._choose)
        self.go.setText(self.tr("&Restore"))
        form = QFormLayout()
        self._row(form, self.tr("Backup &file:"), self.file_row, self.path)
        self._row(form, self.tr("&Passphrase:"), self.passphrase, self.passphrase)
        self._lay_out(
            self.tr(
                "Choose the backup file and type the passphrase it was made with. The device is "
                "rebuilt in {folder} with its own new key; if it was in a panel, the chair takes "
                "it back in and the laptop it came from stops syncing."
            ).format(folder=str(self.data)),
            form,
        )

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from"), str(Path.home()), self.tr("Concord backup (*.backup);;All files (*)")
        )
        if path:
            self.path.setText(path)

    def start(self) -> None:
        if self.running:
            return
        if not self.path.text().strip():
            self._say(self.tr("Choose the backup file."), error=True)
            return
        path, passphrase = Path(self.path.text().strip()).expanduser(), self.passphrase.text()
        data, backend = self.data, self.backend
        self._busy(True)
        self._say(self.tr("Checking and restoring…"))

        def work(progress: Callable[[int, int], None]) -> bytes | None:
            restored = restore_device(path, passphrase, data, backend=backend, progress=progress)
            restored.workspace.close()  # opened again on the GUI thread, where the window uses it
            return restored.request

        self._run("restore", work)

    @Slot(object)
    def _done(self, request: bytes | None) -> None:
        self._busy(False)
        self.passphrase.clear()
        try:
            self.workspace = Workspace.open(self.data, backend=self.backend)
        except ConcordError as exc:
            self._say(self.tr("Restored, but the device did not open: {reason}").format(reason=shown(exc)), error=True)
            return
        self.request = request
        super().accept()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.progress.hide()
        self._say(self.tr("Not restored: {reason}").format(reason=_words(exc)), error=True)
