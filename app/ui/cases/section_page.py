"""One section of a case as a scrollable form: its help text, then one row per visible field.

A field whose value was set differently on two devices at once gets a strip under it listing
each value, with "Keep this" for a role that may change the field (see conflict_strip).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.models.case_schema import SectionDef
from app.models.cases import CaseSession
from app.models.documents.conflicts import Candidate
from app.models.errors import ConcordError
from app.models.language import shown
from app.ui.cases.autosave import FieldSaver, SaveTracker
from app.ui.cases.conflict_strip import ConflictStrip, describe_devices, display_value
from app.ui.cases.field_widgets import FieldEditor, describe_conflict, make_editor
from app.ui.cases.records_widget import RecordsWidget
from app.ui.common.labels import escape_mnemonic, help_text, schema_label

_FULL_WIDTH = ("long_text", "records")


class SectionPage(QScrollArea):
    def __init__(self, session: CaseSession, section: SectionDef, tracker: SaveTracker, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.section = section
        self.savers: dict[str, FieldSaver] = {}
        self.editors: dict[str, FieldEditor] = {}
        self.records: dict[str, RecordsWidget] = {}
        self.conflict_strips: dict[str, ConflictStrip] = {}
        self.record_conflict_strips: dict[str, dict[tuple[str, str], ConflictStrip]] = {}
        self.device_names: dict[bytes, str] = {}
        self.tracker = tracker
        self._cells: dict[str, QVBoxLayout] = {}
        self.setObjectName(f"section:{section.id}")
        self.setAccessibleName(schema_label(section))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the section tabs to the first field

        body = QWidget(self)
        body.setMaximumWidth(body.fontMetrics().horizontalAdvance("M") * 70)  # lines short enough to read
        outer = QVBoxLayout(body)
        self._outer = outer
        outer.setContentsMargins(16, 12, 16, 16)
        outer.setSpacing(10)
        # A managed field (risk assessments) is shown and written only by its own panel, which
        # checks and scores it (the case view adds it): no generic editor is made for it here.
        fields = [f for f in section.fields if not f.managed]
        writable = {f.id: session.can_write(f.id) for f in fields}
        self._writable = writable
        all_read_only = bool(fields) and not any(writable.values())
        if section.help:
            help_label = QLabel(help_text(section), body)
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
            tracker.failed(section.id, schema_label(section), shown(exc))

        side_captions: list[QLabel] = []
        for f in fields:
            editable = writable[f.id]
            label_text = schema_label(f)
            caption = (
                label_text if editable or all_read_only else self.tr("{label} (read only)").format(label=label_text)
            )
            caption_label = QLabel(escape_mnemonic(caption), body)
            caption_label.setWordWrap(True)
            if f.type == "records":
                widget = RecordsWidget(session, f, editable, body)
                self.records[f.id] = widget
                caption_label.setBuddy(widget.table)
                focus_target: QWidget = widget
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
            self._cells[f.id] = cell_layout
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
        tracker.saved.connect(self._field_saved)
        for field_id, records in self.records.items():
            records.changed.connect(lambda _message, fid=field_id: self._refresh_record_conflicts(fid))
        self.refresh_conflicts()

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

    def add_above_fields(self, widget: QWidget) -> None:
        """Show a widget between the section's notes and its fields (the risk picture)."""
        self._outer.insertWidget(self._outer.count() - 2, widget)  # before the form and the stretch

    def flush(self) -> None:
        for saver in self.savers.values():
            saver.flush()

    # ----- values set at once on different devices -------------------------------------------------
    def set_device_names(self, names: dict[bytes, str]) -> None:
        """Name the devices (by Automerge actor) that set conflicting values, e.g. from the panel's
        membership; unnamed devices show as a short id."""
        self.device_names = dict(names)
        self.refresh_conflicts()

    def reload(self) -> None:
        """Show the case as stored now, e.g. after changes arrived from other devices.

        Fields being edited keep the person's text. Documents changed through another store
        connection are re-read only once the repository has forgotten them (CaseRepository.forget).
        """
        try:
            current = self.session.values(self.section.id)
        except ConcordError:
            return
        for field_id, editor in self.editors.items():
            saver = self.savers.get(field_id)
            if (saver is not None and saver.dirty) or editor.hasFocus():
                continue
            editor.set_value(current.get(field_id))
        for records in self.records.values():
            records.reload()
        self.refresh_conflicts()

    def refresh_conflicts(self) -> None:
        """Show, under each field of this section, any values it holds from several devices."""
        try:
            found = self.session.conflicts(self.section.id)
        except ConcordError:
            found = {}
        for field_id in self.editors:
            self._show_conflict(field_id, found.get(field_id))
        for field_id in self.records:
            self._refresh_record_conflicts(field_id)

    def keep(self, field_id: str, value, seen: list[Candidate]) -> bool:
        """Resolve a field's conflict with the value chosen from those shown."""
        try:
            self.session.resolve(field_id, value, seen)
        except ConcordError as exc:
            self._refresh_field(field_id)
            strip = self.conflict_strips.get(field_id)
            if strip is not None:
                strip.show_problem(shown(exc))
            return False
        self.editors[field_id].set_value(self.session.get(field_id))
        self.tracker.done(field_id)  # "Saved", and the case list hears of it; refreshes the strip
        return True

    def keep_record(self, field_id: str, record_id: str, sub_id: str, value, seen: list[Candidate]) -> bool:
        strip = self.record_conflict_strips.get(field_id, {}).get((record_id, sub_id))
        try:
            self.session.resolve_record(field_id, record_id, sub_id, value, seen)
        except ConcordError as exc:
            self._refresh_record_conflicts(field_id)
            strip = self.record_conflict_strips.get(field_id, {}).get((record_id, sub_id), strip)
            if strip is not None:
                strip.show_problem(shown(exc))
            return False
        records = self.records[field_id]
        records.reload()
        records.changed.emit(self.tr("Kept the chosen value"))  # refreshes the strips too
        return True

    def _describe(self, actors: tuple[bytes, ...]) -> str:
        return describe_devices(actors, self.session.own_actor, self.device_names)

    def _field_saved(self, field_id: str) -> None:
        if field_id in self.editors:
            self._refresh_field(field_id)

    def _refresh_field(self, field_id: str) -> None:
        try:
            found = self.session.conflicts(self.section.id)
        except ConcordError:
            found = {}
        self._show_conflict(field_id, found.get(field_id))

    def _show_conflict(self, field_id: str, candidates: list[Candidate] | None) -> None:
        editor = self.editors[field_id]
        strip = self.conflict_strips.get(field_id)
        if strip is None and candidates:
            f = editor.field
            strip = ConflictStrip(
                f, schema_label(f), self._writable[field_id], self._describe, editor, editor.parentWidget()
            )
            strip.chosen.connect(lambda value, seen, fid=field_id: self.keep(fid, value, seen))
            self._cells[field_id].addWidget(strip)
            self.conflict_strips[field_id] = strip
        if strip is not None:
            strip.show_candidates(candidates)
        note = ""
        if candidates:
            shown = ", ".join(display_value(editor.field, c.value) for c in candidates)
            note = self.tr("changed on different devices at the same time: {values}").format(values=shown)
        describe_conflict(editor, note)

    def _refresh_record_conflicts(self, field_id: str) -> None:
        records = self.records[field_id]
        try:
            found = self.session.record_conflicts(field_id)
            ids = [r["id"] for r in self.session.get(field_id)]
        except ConcordError:
            found, ids = {}, []
        for strip in self.record_conflict_strips.pop(field_id, {}).values():
            strip.hide()
            strip.deleteLater()
        strips: dict[tuple[str, str], ConflictStrip] = {}
        editable = self._writable[field_id]
        previous = records.remove_button
        for (record_id, sub_id), candidates in sorted(found.items(), key=lambda kv: (_row(ids, kv[0][0]), kv[0][1])):
            sub = records.field.subfield(sub_id)
            assert sub is not None  # the conflicts read are of the field's own sub-fields
            label = self.tr("{records}, record {row}: {field}").format(
                records=schema_label(records.field), row=_row(ids, record_id) + 1, field=schema_label(sub)
            )
            strip = ConflictStrip(sub, label, editable, self._describe, previous, records.parentWidget())
            strip.chosen.connect(
                lambda value, seen, rid=record_id, sid=sub_id: self.keep_record(field_id, rid, sid, value, seen)
            )
            self._cells[field_id].addWidget(strip)
            strip.show_candidates(candidates)
            strips[(record_id, sub_id)] = strip
            previous = strip.buttons[-1] if strip.buttons else previous
        self.record_conflict_strips[field_id] = strips


def _row(ids: list[str], record_id: str) -> int:
    return ids.index(record_id) if record_id in ids else len(ids)
