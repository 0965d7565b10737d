"""One section of a case as a scrollable form: its help text, then one row per visible field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.models.cases import CaseSession
from app.models.errors import ConcordError
from app.models.schema import SectionDef
from app.ui.cases.autosave import FieldSaver, SaveTracker
from app.ui.cases.field_widgets import make_editor
from app.ui.cases.records_widget import RecordsWidget
from app.ui.labels import escape_mnemonic, schema_label

_FULL_WIDTH = ("long_text", "records")


class SectionPage(QScrollArea):
    def __init__(self, session: CaseSession, section: SectionDef, tracker: SaveTracker, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.section = section
        self.savers: dict[str, FieldSaver] = {}
        self.editors: dict[str, QWidget] = {}
        self.records: dict[str, RecordsWidget] = {}
        self.setObjectName(f"section:{section.id}")
        self.setAccessibleName(schema_label(section))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the section tabs to the first field

        body = QWidget(self)
        body.setMaximumWidth(body.fontMetrics().horizontalAdvance("M") * 70)  # lines short enough to read
        outer = QVBoxLayout(body)
        outer.setContentsMargins(16, 12, 16, 16)
        outer.setSpacing(10)
        writable = {f.id: session.can_write(f.id) for f in section.fields}
        all_read_only = not any(writable.values())
        if section.help:
            help_label = QLabel(section.help, body)
            help_label.setObjectName("sectionHelp")
            help_label.setWordWrap(True)
            help_label.setTextFormat(Qt.TextFormat.PlainText)
            outer.addWidget(help_label)
        if all_read_only:
            note = QLabel(self.tr("Read only: your role may read this section but not change it."), body)
            note.setObjectName("readOnlyNote")
            note.setWordWrap(True)
            outer.addWidget(note)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        try:
            current = session.values(section.id)
        except ConcordError as exc:
            current = {}
            tracker.failed(section.id, schema_label(section), str(exc))

        side_captions: list[QLabel] = []
        for f in section.fields:
            editable = writable[f.id]
            label_text = schema_label(f)
            caption = label_text if editable or all_read_only else self.tr("{label} (read only)").format(label=label_text)
            caption_label = QLabel(escape_mnemonic(caption), body)
            caption_label.setWordWrap(True)
            if f.type == "records":
                widget = RecordsWidget(session, f, editable, body)
                self.records[f.id] = widget
                caption_label.setBuddy(widget.table)
                focus_target = widget
            else:
                editor = make_editor(f, editable, body)
                editor.set_value(current.get(f.id))
                self.editors[f.id] = editor
                caption_label.setBuddy(editor)
                focus_target = editor
            error = QLabel(body)
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.setAccessibleName(self.tr("Problem with {label}").format(label=label_text))
            error.hide()
            cell = QWidget(body)
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(focus_target)
            cell_layout.addWidget(error)
            if f.type in _FULL_WIDTH:
                caption_label.setObjectName("blockCaption")
                form.addRow(caption_label)
                form.addRow(cell)
            else:
                side_captions.append(caption_label)
                form.addRow(caption_label, cell)
            if f.type != "records" and editable:
                self.savers[f.id] = FieldSaver(session, f, label_text, editor, error, tracker, self)
        self._align_captions(side_captions)
        outer.addLayout(form)
        outer.addStretch(1)
        self.setWidget(body)

    @staticmethod
    def _align_captions(captions: list[QLabel]) -> None:
        """One label column as wide as the longest label, within bounds; longer labels wrap."""
        if not captions:
            return
        metrics = captions[0].fontMetrics()
        natural = max(metrics.horizontalAdvance(c.text()) for c in captions) + 6
        width = max(metrics.horizontalAdvance("M" * 8), min(natural, metrics.horizontalAdvance("M" * 20)))
        for caption in captions:
            caption.setFixedWidth(width)

    def flush(self) -> None:
        for saver in self.savers.values():
            saver.flush()
