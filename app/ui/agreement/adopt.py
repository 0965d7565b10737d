"""The chair puts a new version of the sharing agreement in force on the panel, from the file the
signatories agreed: the device shows who would come to read, or stop reading, which fields, and
adopts it only once the chair confirms. Every other device puts it in force when the signed entry
reaches it (app/sync/engine/agreement_entries.py); each window then follows (follow_agreement)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.models import agreement_chain
from app.models.case_schema import Schema
from app.models.errors import ConcordError
from app.models.language import pick, shown
from app.models.process.consent import PARTY_NAMES
from app.sync.engine import agreement_entries
from app.sync.errors import SyncError


def _title() -> str:
    return QCoreApplication.translate("AdoptAgreement", "Adopt a new agreement")


def describe_changes(previous: Schema, new: Schema) -> str:
    """Who gains and who loses which fields, and whose reading comes to rest on consent or no
    longer does, a line each, in the reader's language."""
    lines = []

    def labels(schema: Schema, fields: list[str]) -> str:
        return ", ".join(pick(schema.field(f), "label") for f in fields)

    for role, change in agreement_chain.reading_changes(previous, new).items():
        name = pick(new.roles[role], "label") if role in new.roles else role
        if change.gained:
            lines.append(
                QCoreApplication.translate("AdoptAgreement", "{role} will read: {fields}").format(
                    role=name, fields=labels(new, change.gained)
                )
            )
        if change.lost:
            lines.append(
                QCoreApplication.translate("AdoptAgreement", "{role} will no longer read: {fields}").format(
                    role=name, fields=labels(previous, change.lost)
                )
            )
        for basis, fields in change.rebased.items():
            if basis:
                text = QCoreApplication.translate(
                    "AdoptAgreement", "{role} will read only while the {party} consents: {fields}"
                )
                lines.append(
                    text.format(
                        role=name,
                        party=QCoreApplication.translate("Consent", PARTY_NAMES.get(basis, basis)),
                        fields=labels(new, fields),
                    )
                )
            else:
                text = QCoreApplication.translate(
                    "AdoptAgreement", "{role} will read on the safeguarding basis: {fields}"
                )
                lines.append(text.format(role=name, fields=labels(new, fields)))
    return "\n".join(lines) or QCoreApplication.translate("AdoptAgreement", "Who reads what does not change.")


def adopt_from_file(window: QWidget, path: str | None = None, confirm=None) -> bool:
    """Ask for the agreement file (unless given), show what it changes, and adopt it once the chair
    confirms (`confirm(text, details) -> bool`, a question box unless given). True if adopted."""
    workspace = window.workspace  # type: ignore[attr-defined]  # MainWindow's
    if path is None:
        kinds = QCoreApplication.translate("AdoptAgreement", "Agreement (*.toml)")
        path, _ = QFileDialog.getOpenFileName(window, _title(), "", kinds)
        if not path:
            return False
    try:
        text = Path(path).read_text(encoding="utf-8")
        new = agreement_chain.adopt(workspace.schema, text, workspace.sync.state().roles_in_use())
    except (OSError, UnicodeDecodeError):
        QMessageBox.warning(window, _title(), QCoreApplication.translate("AdoptAgreement", "That file cannot be read."))
        return False
    except (ConcordError, SyncError) as exc:
        QMessageBox.warning(window, _title(), shown(exc))
        return False
    assert new.governance is not None
    question = QCoreApplication.translate(
        "AdoptAgreement",
        "Put version {version} of the agreement in force on the whole panel? Every device follows it once "
        "the change reaches it, and destroys what it no longer may hold.",
    ).format(version=new.governance.version)
    details = describe_changes(workspace.schema, new)
    if not (confirm or _ask)(window, question, details):
        return False
    try:
        agreement_entries.adopt(workspace.sync, text)
    except (ConcordError, SyncError) as exc:
        QMessageBox.warning(window, _title(), shown(exc))
        return False
    follow_agreement(window)
    return True


def _ask(parent: QWidget, question: str, details: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, _title(), question, parent=parent)
    box.setInformativeText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def follow_agreement(window: QWidget) -> bool:
    """Put in force here an agreement the panel adopted, once it has reached this device. The
    open case is saved and closed first (what waits is saved under the agreement it was written
    under, then moved like the rest), and opened again under the new one. True if it changed."""
    workspace = window.workspace  # type: ignore[attr-defined]  # MainWindow's
    if not workspace.agreement_waiting():
        return False
    shown = window.case_view.session  # type: ignore[attr-defined]
    window.case_view.close_case()  # type: ignore[attr-defined]
    workspace.follow_agreement()
    governance = workspace.schema.governance
    window.statusBar().showMessage(  # type: ignore[attr-defined]
        QCoreApplication.translate("AdoptAgreement", "Agreement version {version} is now in force here.").format(
            version=governance.version if governance else "?"
        )
    )
    window.refresh_cases()  # type: ignore[attr-defined]
    if shown is not None:
        window.case_selected(shown.case_id)  # type: ignore[attr-defined]
    return True
