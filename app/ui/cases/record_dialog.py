"""A small dialog to add or change one record of a records field (e.g. one incident)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLayout, QVBoxLayout, QWidget

from app.models.case_schema import FieldDef
from app.models.errors import ConcordError
from app.models.language import shown
from app.ui.cases.field_widgets import make_editor
from app.ui.common.labels import escape_mnemonic, schema_label


class RecordDialog(QDialog):
    """Shows the sub-fields of one record. ``values()`` is what the person entered.

    ``on_accept(values)`` is called on OK and may raise ConcordError: the message is shown in the
    dialog and the dialog stays open with everything typed kept.
    """

    def __init__(self, f: FieldDef, record: dict | None, editable: bool, on_accept=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = f
        self.on_accept = on_accept
        label = schema_label(f)
        if not editable:
            self.setWindowTitle(self.tr("View record: {field}").format(field=label))
        elif record is None:
            self.setWindowTitle(self.tr("Add record: {field}").format(field=label))
        else:
            self.setWindowTitle(self.tr("Change record: {field}").format(field=label))
        self.editors = {}
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows to show a message
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for sub in f.subfields:
            editor = make_editor(sub, editable, self)
            if record is not None:
                editor.set_value(record.get(sub.id))
            caption = QLabel(self.tr("{label}:").format(label=escape_mnemonic(schema_label(sub))), self)
            caption.setBuddy(editor)
            form.addRow(caption, editor)
            self.editors[sub.id] = editor
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setObjectName("error")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        layout.addWidget(self.error)
        if editable:
            buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
            )
            buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def values(self) -> dict:
        return {sub_id: editor.value(True) for sub_id, editor in self.editors.items()}

    def accept(self) -> None:
        try:
            entered = self.values()
            if self.on_accept is not None:
                self.on_accept(entered)
        except ConcordError as exc:
            message = shown(exc)
            self.error.setText(self.tr("Not saved: {message}").format(message=message))
            self.error.show()
            self.adjustSize()
            return
        super().accept()
