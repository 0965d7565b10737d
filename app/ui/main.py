"""Start the desktop: first-run set-up if the data folder is new, then the main window."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import keyring.backend
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import logs
from app.models.errors import ConcordError
from app.models.language import shown
from app.models.resources import resource_path
from app.ui.common import language as ui_language
from app.ui.common.style import STYLE
from app.ui.main_window import MainWindow
from app.ui.setup.first_run_dialog import FirstRunDialog
from app.workspace import Workspace

log = logging.getLogger("concord.desktop")


translate = QCoreApplication.translate


def application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Concord")
    app.setOrganizationName("Concord")
    app.setApplicationDisplayName("Concord")
    # The desktop entry's name: Wayland and task bars match the running window to its icon by it.
    app.setDesktopFileName("concord")
    app.setWindowIcon(QIcon(str(resource_path("icons", "concord-256.png"))))
    app.setStyleSheet(STYLE)
    if existing is not app:
        # Until a device says otherwise (its stored choice, read once it is open), the system's.
        ui_language.install(ui_language.system_language())
    return app


def open_workspace(data: Path, backend: keyring.backend.KeyringBackend | None = None) -> Workspace | None:
    """Set up the folder if needed (first-run dialog), then open it. None if the person cancelled."""
    data = Path(data)
    if not Workspace.exists(data):
        dialog = FirstRunDialog(data, backend)
        if dialog.exec() != FirstRunDialog.DialogCode.Accepted or dialog.workspace is None:
            return None
        return dialog.workspace
    return Workspace.open(data, backend=backend)


def build_window(data: Path, backend: keyring.backend.KeyringBackend | None = None) -> tuple[MainWindow | None, int]:
    """The shown main window, or (None, exit status): 0 if set-up was cancelled, 1 on an error."""
    application()
    # A folder not yet set up gets its log once the first-run dialog has made it.
    logs.setup(data if Workspace.exists(data) else None)
    try:
        workspace = open_workspace(data, backend)
    except ConcordError as exc:
        log.warning("the data folder did not open (%s)", logs.kind(exc))
        QMessageBox.critical(None, translate("Concord", "Concord cannot open its data"), shown(exc))
        return None, 1
    if workspace is None:
        return None, 0
    ui_language.install(ui_language.device_language(workspace))
    logs.setup(workspace.folder)
    log.info("opened device %s", workspace.profile.device_id)
    window = MainWindow(workspace)
    window.show()
    return window, 0


def run_gui(data: Path, backend: keyring.backend.KeyringBackend | None = None) -> int:
    app = application()
    window, status = build_window(Path(data), backend)
    if window is None:
        return status
    try:
        return app.exec()
    finally:
        window.workspace.close()


def main(argv: list[str] | None = None) -> int:
    from app.models.storage.locations import default_data_dir

    parser = argparse.ArgumentParser(prog="concord-desktop", description="Concord desktop.")
    parser.add_argument("--data", type=Path, help="data folder (default: $CONCORD_DATA, else the per-user data folder)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also print the log on stderr, with debug detail")
    args = parser.parse_args(argv)
    logs.setup(None, verbose=args.verbose)
    return run_gui(args.data or default_data_dir())


if __name__ == "__main__":
    sys.exit(main())
