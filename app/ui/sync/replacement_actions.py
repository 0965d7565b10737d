"""By file, for a device rebuilt from its backup (app/sync/engine/replacement.py): the chair takes
it in from its request and writes its admission; the restored device joins with that admission.
Both are quick local steps, so they run on the GUI thread and answer at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.models.errors import ConcordError
from app.models.language import shown
from app.models.output_files import write_whole
from app.sync.engine.approval_rules import AdmissionWaits
from app.workspace import Workspace


def tell(parent: QWidget, title: str, text: str, warning: bool = False) -> QMessageBox:
    """A message over the window that does not stop the rest of it (window-modal, opened)."""
    box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information, title, text, parent=parent)
    box.open()
    return box


def take_in_restored(parent: QWidget, ws: Workspace, request: str | None = None, out: str | None = None) -> Path | None:
    """(chair) From a restored device's request, admit it and revoke the device it replaces;
    write the admission it joins with. Returns the admission's path, or None."""
    tr = parent.tr
    if request is None:
        request, _ = QFileDialog.getOpenFileName(
            parent, tr("The restored device's request"), str(Path.home()), tr("Concord request (*.json);;All files (*)")
        )
    if not request:
        return None
    try:
        admission = ws.sync.replacement_admission(Path(request).read_bytes())
    except AdmissionWaits as exc:
        tell(parent, tr("Waiting for approval"), shown(exc))
        return None
    except (ConcordError, OSError) as exc:
        tell(parent, tr("Not taken in"), shown(exc), warning=True)
        return None
    if out is None:
        out, _ = QFileDialog.getSaveFileName(
            parent,
            tr("Save the admission"),
            str(Path.home() / "concord-admission.json"),
            tr("Concord admission (*.json)"),
        )
    if not out:
        return None
    try:
        written = write_whole(out, admission)
    except (ConcordError, OSError) as exc:
        tell(parent, tr("Not saved"), shown(exc), warning=True)
        return None
    tell(
        parent,
        tr("Taken in"),
        tr(
            "The restored device is a member now, and the device it replaces is revoked. Give it "
            "the admission file; it joins with Sync › Join with an admission file."
        ),
    )
    return written


def join_with_admission(parent: QWidget, ws: Workspace, admission: str | None = None) -> bool:
    """Join the panel with the admission file the chair wrote for this device."""
    tr = parent.tr
    if admission is None:
        admission, _ = QFileDialog.getOpenFileName(
            parent, tr("The chair's admission"), str(Path.home()), tr("Concord admission (*.json);;All files (*)")
        )
    if not admission:
        return False
    try:
        ws.sync.join(Path(admission).read_bytes())
    except (ConcordError, OSError) as exc:
        tell(parent, tr("Not joined"), shown(exc), warning=True)
        return False
    return True
