"""Export and import a bundle from the desktop: the file that carries changes between panel
laptops on a USB stick where there is no network.

Each dialog names the file in a field beside a Browse button (the system's file dialog; tests
and scripts set the field or replace `choose_file`), hands the work to the sync worker's thread
so the window stays responsive, shows that it is working, and then says what happened. (Not
through app.ui.common.background, which runs the desktop's other slow calls: a bundle works on
the worker's own engine, in its thread; the module says why.)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.models import clock
from app.models.identity import fingerprint_of
from app.sync.engine.bundle import ImportResult
from app.sync.engine.membership import PanelState
from app.ui.common.style import show_message
from app.ui.sync.bundle_words import imported_text, written_text
from app.ui.sync.controller import SyncController

SUFFIX = ".bundle"
# Wide enough for a sentence of two lines; the dialogs stay well inside a 1366 x 768 screen.
WIDTH = 560

FileChooser = Callable[[QWidget, str, str, str], str]  # (parent, title, start, filter) -> path or ""


def _save_file(parent: QWidget, title: str, start: str, filter_: str) -> str:
    return QFileDialog.getSaveFileName(parent, title, start, filter_)[0]


def _open_file(parent: QWidget, title: str, start: str, filter_: str) -> str:
    return QFileDialog.getOpenFileName(parent, title, start, filter_)[0]


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


class BundleDialog(QDialog):
    """The parts both dialogs share: the file row, the progress bar, the message and the buttons."""

    reported = Signal(str, bool)  # what the dialog said at the end, and whether it is a problem

    def __init__(self, controller: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.working = False
        self.setMinimumWidth(WIDTH)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.path = QLineEdit(self)
        self.path.setObjectName("bundlePath")
        self.path.textChanged.connect(lambda _text: self._update_buttons())
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setObjectName("bundleBrowse")
        self.browse_button.clicked.connect(self.browse)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # neither export nor import reports how far it has got
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Working on the bundle"))
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setObjectName("bundleMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        controller.worker.bundleFailed.connect(self._failed)

    def file_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        return row

    def status_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.message, 1)
        return row

    def file(self) -> str:
        return self.path.text().strip()

    def _say(self, text: str, error: bool = False) -> None:
        show_message(self.message, text, error, "bundleMessage")
        self.message.setAccessibleDescription(text)

    def _start(self, text: str) -> None:
        self.working = True
        self.progress.show()
        self._say(text)
        self._update_buttons()

    def _end(self, text: str, error: bool) -> None:
        self.working = False
        self.progress.hide()
        self._say(text, error)
        self._update_buttons()
        self.reported.emit(text, error)

    @Slot(str)
    def _failed(self, text: str) -> None:
        if self.working:
            self._end(text, True)

    def reject(self) -> None:
        # While the worker writes or reads the file the dialog stays: its answer comes here.
        if not self.working:
            super().reject()

    def browse(self) -> None:
        raise NotImplementedError

    def _update_buttons(self) -> None:
        raise NotImplementedError


class ExportBundleDialog(BundleDialog):
    """For one member device (only what it is not known to hold), or for every device of a role
    (everything that role may read), as `concord bundle export --for / --role`."""

    def __init__(
        self,
        state: PanelState,
        own_device_id: str,
        role_labels: dict[str, str],
        controller: SyncController,
        parent: QWidget | None = None,
        choose_file: FileChooser = _save_file,
    ):
        super().__init__(controller, parent)
        self.setObjectName("exportBundleDialog")
        self.setWindowTitle(self.tr("Export bundle"))
        self.choose_file = choose_file
        self.state = state
        self.role_labels = role_labels
        self.written = None
        self._suggested = ""
        self._chosen: tuple[list[str], list[str], str] = ([], [], "")  # ids, their names, role label
        self.intro.setText(
            self.tr(
                "A bundle carries this laptop's changes to other panel laptops on a USB stick, where there is no "
                "network. It is encrypted: only the devices it is made for can open it, and each gets only what its "
                "role may read."
            )
        )
        others = sorted(
            (m for m in state.members.values() if not m.revoked and m.device_id != own_device_id),
            key=lambda m: (m.name.lower(), m.agency.lower()),
        )
        self.devices = QComboBox(self)
        self.devices.setObjectName("bundleDevice")
        self.devices.setAccessibleName(self.tr("Device the bundle is for"))
        for m in others:
            self.devices.addItem(
                self.tr("{name} ({agency}) · {role} · {fingerprint}").format(
                    name=m.name,
                    agency=m.agency,
                    role=role_labels.get(m.role, m.role),
                    fingerprint=fingerprint_of(m.signing_public),
                ),
                m.device_id,
            )
        self.roles = QComboBox(self)
        self.roles.setObjectName("bundleRole")
        self.roles.setAccessibleName(self.tr("Role the bundle is for"))
        by_role: dict[str, list] = {}
        for m in others:
            by_role.setdefault(m.role, []).append(m)
        for role, members in sorted(by_role.items(), key=lambda item: role_labels.get(item[0], item[0]).lower()):
            count = self.tr("%n device(s)", "", len(members))
            self.roles.addItem(self.tr("{role} ({count})").format(role=role_labels.get(role, role), count=count), role)
        self._members = {m.device_id: m for m in others}
        self.for_device = QRadioButton(self.tr("For &one device:"), self)
        self.for_device.setObjectName("bundleForDevice")
        self.for_role = QRadioButton(self.tr("For every device of a &role:"), self)
        self.for_role.setObjectName("bundleForRole")
        self.for_role.setToolTip(self.tr("Carries everything that role may read, for each of its devices."))
        group = QButtonGroup(self)
        group.addButton(self.for_device)
        group.addButton(self.for_role)
        self.for_device.setChecked(True)
        for widget in (self.for_device, self.for_role, self.devices, self.roles):
            signal = widget.toggled if isinstance(widget, QRadioButton) else widget.currentIndexChanged
            signal.connect(lambda *_: self._choice_changed())
        self.path.setAccessibleName(self.tr("Where to save the bundle"))
        path_label = QLabel(self.tr("Save &to:"), self)
        path_label.setBuddy(self.path)
        self.write_button = self.buttons.addButton(self.tr("&Write bundle"), QDialogButtonBox.ButtonRole.ActionRole)
        self.write_button.setObjectName("writeBundle")
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.for_device, 0, 0)
        grid.addWidget(self.devices, 0, 1)
        grid.addWidget(self.for_role, 1, 0)
        grid.addWidget(self.roles, 1, 1)
        grid.addWidget(path_label, 2, 0)
        grid.addLayout(self.file_row(), 2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addLayout(self.status_row())
        layout.addWidget(self.buttons)
        controller.worker.bundleWritten.connect(self._written)
        if not others:
            self._say(self.tr("There is no other device in the panel yet to make a bundle for."), error=True)
        self._choice_changed()

    # ----- the choice ---------------------------------------------------------------------------
    def choose_device(self, device_id: str) -> bool:
        index = self.devices.findData(device_id)
        if index < 0:
            return False
        self.for_device.setChecked(True)
        self.devices.setCurrentIndex(index)
        return True

    def choose_role(self, role: str) -> bool:
        index = self.roles.findData(role)
        if index < 0:
            return False
        self.for_role.setChecked(True)
        self.roles.setCurrentIndex(index)
        return True

    def recipients(self) -> tuple[list[str], list[str], str]:
        """The devices chosen, their people's names, and the role's name when chosen by role."""
        if self.for_role.isChecked():
            role = self.roles.currentData()
            members = [m for m in self._members.values() if m.role == role]
            label = self.role_labels.get(role, role or "")
        else:
            chosen = self._members.get(self.devices.currentData())
            members = [chosen] if chosen is not None else []
            label = ""
        return (
            [m.device_id for m in members],
            [self.tr("{name} ({agency})").format(name=m.name, agency=m.agency) for m in members],
            label,
        )

    def _choice_changed(self) -> None:
        self.devices.setEnabled(self.for_device.isChecked() and not self.working)
        self.roles.setEnabled(self.for_role.isChecked() and not self.working)
        ids, _names, _label = self.recipients()
        role = self.roles.currentData() if self.for_role.isChecked() else (self._members[ids[0]].role if ids else "")
        suggested = str(documents_folder() / f"concord-for-{role or 'panel'}-{clock.wall().date().isoformat()}{SUFFIX}")
        # A name the person typed or chose is theirs; only the suggestion follows the choice.
        if not self.path.text() or self.path.text() == self._suggested:
            self.path.setText(suggested)
        self._suggested = suggested
        self._update_buttons()

    def _update_buttons(self) -> None:
        ids, _names, _label = self.recipients()
        self.write_button.setEnabled(bool(ids) and bool(self.file()) and not self.working)
        for widget in (self.for_device, self.for_role, self.path, self.browse_button):
            widget.setEnabled(not self.working)
        self.devices.setEnabled(self.for_device.isChecked() and not self.working)
        self.roles.setEnabled(self.for_role.isChecked() and not self.working)
        self.close_button.setEnabled(not self.working)

    # ----- writing ------------------------------------------------------------------------------
    def browse(self) -> None:
        path = self.choose_file(
            self,
            self.tr("Save the bundle as"),
            self.file() or str(documents_folder()),
            self.tr("Concord bundles (*.bundle);;All files (*)"),
        )
        if path:
            self.path.setText(path)

    def write(self) -> bool:
        ids, labels, role_label = self.recipients()
        if not ids or not self.file() or self.working:
            return False
        path = Path(self.file()).expanduser()
        if not path.suffix:
            path = path.with_suffix(SUFFIX)
            self.path.setText(str(path))
        self._chosen = (ids, labels, role_label)
        if not self.controller.export_bundle(ids, bool(role_label), str(path)):
            self._say(self.tr("Concord is busy with an exchange; try again when it ends."), error=True)
            return False
        self.written = None
        self._start(self.tr("Writing the bundle…"))
        return True

    @Slot(object)
    def _written(self, written) -> None:
        if not self.working:
            return
        self.written = written
        ids, labels, role_label = self._chosen
        self._end(written_text(written, labels, role_label), False)
        self.close_button.setFocus()


class ImportBundleDialog(BundleDialog):
    """Check and import a bundle made for this device, as `concord bundle import`."""

    # The ImportResult once imported (not "result": that is QDialog.result()).
    imported: ImportResult | None

    def __init__(
        self,
        controller: SyncController,
        name_of: Callable[[str], str],
        parent: QWidget | None = None,
        choose_file: FileChooser = _open_file,
    ):
        super().__init__(controller, parent)
        self.setObjectName("importBundleDialog")
        self.setWindowTitle(self.tr("Import bundle"))
        self.choose_file = choose_file
        self.name_of = name_of
        self.imported = None
        self.intro.setText(
            self.tr(
                "Choose the bundle file another panel laptop wrote for this one. It is checked whole first: if "
                "anything in it is wrong, nothing of it is imported."
            )
        )
        self.path.setAccessibleName(self.tr("Bundle file to import"))
        path_label = QLabel(self.tr("Bundle &file:"), self)
        path_label.setBuddy(self.path)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("bundleDetails")
        self.details.setAccessibleName(self.tr("What this laptop still lacks"))
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(self.details.fontMetrics().lineSpacing() * 6)
        self.details.hide()
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setObjectName("importBundle")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.import_file)
        row = QHBoxLayout()
        row.addWidget(path_label)
        row.addLayout(self.file_row(), 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addLayout(self.status_row())
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        controller.worker.bundleImported.connect(self._imported)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(bool(self.file()) and not self.working)
        for widget in (self.path, self.browse_button, self.close_button):
            widget.setEnabled(not self.working)

    def browse(self) -> None:
        path = self.choose_file(
            self,
            self.tr("Choose the bundle to import"),
            self.file() or str(documents_folder()),
            self.tr("Concord bundles (*.bundle);;All files (*)"),
        )
        if path:
            self.path.setText(path)

    def import_file(self) -> bool:
        if not self.file() or self.working:
            return False
        if not self.controller.import_bundle(str(Path(self.file()).expanduser())):
            self._say(self.tr("Concord is busy with an exchange; try again when it ends."), error=True)
            return False
        self.imported = None
        self.details.hide()
        self._start(self.tr("Checking and importing the bundle…"))
        return True

    @Slot(object)
    def _imported(self, result) -> None:
        if not self.working:
            return
        self.imported = result
        lines = result.report()
        self.details.setPlainText("\n".join(lines))
        self.details.setVisible(bool(lines))
        self._end(imported_text(result, self.name_of), bool(result.envelopes.quarantined))
        self.close_button.setFocus()
