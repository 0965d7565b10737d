"""Open a new case: a pseudonymous reference and pseudonymous labels for the two people."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLayout, QLineEdit, QVBoxLayout, QWidget

from app.models.documents import values
from app.models.errors import ConcordError, PermissionDenied
from app.models.language import shown
from app.ui.common.text import error_label
from app.workspace import Workspace


class NewCaseDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.case_id = ""
        self.allowed = workspace.schema.can_write(workspace.role, "reference")
        self.setWindowTitle(self.tr("New case"))
        self.setMinimumWidth(480)

        note = QLabel(
            self.tr(
                "Use pseudonyms only. Real names must never be used for the people in a case: "
                "the reference and labels are seen by every agency on the panel."
            ),
            self,
        )
        note.setObjectName("pseudonymNote")
        note.setWordWrap(True)

        self.reference = QLineEdit(self)
        self.reference.setAccessibleName(self.tr("Case reference"))
        self.reference.setPlaceholderText(workspace.next_reference())
        self.reference.setToolTip(
            self.tr("Leave empty to use the next reference, {ref}.").format(ref=self.reference.placeholderText())
        )
        self.harmed = QLineEdit(self)
        self.harmed.setAccessibleName(self.tr("Person harmed (pseudonym)"))
        self.harmed.setPlaceholderText(self.tr("Person A"))
        self.harmer = QLineEdit(self)
        self.harmer.setAccessibleName(self.tr("Person who caused harm (pseudonym)"))
        self.harmer.setPlaceholderText(self.tr("Person B"))

        form = QFormLayout()
        for text, editor in (
            (self.tr("&Reference:"), self.reference),
            (self.tr("Person &harmed (pseudonym):"), self.harmed),
            (self.tr("Person &who caused harm (pseudonym):"), self.harmer),
        ):
            label = QLabel(text, self)
            label.setBuddy(editor)
            form.addRow(label, editor)
        hint = QLabel(self.tr("Empty fields take the suggestion shown in grey."), self)
        hint.setWordWrap(True)

        self.error = error_label(self)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Create case"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows to show a message
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if not self.allowed:
            for widget in (self.reference, self.harmed, self.harmer, self.ok):
                widget.setEnabled(False)
            self._show_error(self.tr("Your role may not open new cases under this agreement."))

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.adjustSize()  # a wrapped message needs height the layout alone does not ask for

    def accept(self) -> None:
        if not self.allowed:
            return
        try:
            # Check the labels first: a refused label must not leave a half-made case behind.
            for field_id, editor in (("party_harmed_label", self.harmed), ("party_harmer_label", self.harmer)):
                if editor.text().strip():
                    values.check(self.workspace.schema.field(field_id), editor.text().strip())
            session = self.workspace.new_case(
                self.reference.text().strip() or None,
                self.harmed.text().strip() or None,
                self.harmer.text().strip() or None,
            )
        except PermissionDenied as exc:
            self._show_error(shown(exc))
            return
        except ConcordError as exc:
            self._show_error(self.tr("The case was not created: {message}").format(message=shown(exc)))
            return
        self.case_id = session.case_id
        super().accept()
