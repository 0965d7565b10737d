"""One editor widget per field type, all with the same small interface.

Every editor is the focusable Qt control itself, or hands the focus to it (so a QLabel can be its
buddy), and offers:
- ``edited``: the person changed the value (each keystroke for text; at once for a choice);
- ``committed``: the person left the field (focus-out, Return, or a choice picked): save now;
- ``value(final)``: the value to store; raises ``Incomplete`` while a half-typed date or number
  cannot be read yet (final=False) or ``ValidationError`` when it cannot be read at all;
- ``set_value(v)``: show a stored value without emitting ``edited``;
- ``set_editable(bool)``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from app.models import clock
from app.models.case_schema import FieldDef
from app.models.documents import values
from app.models.documents.textdiff import splice_for
from app.models.errors import ValidationError
from app.ui.common.date_edit import DateEdit, DateIncomplete, DateProblem
from app.ui.common.labels import help_text, option_text, read_only_description, schema_label


class Incomplete(Exception):
    """The text typed so far is not yet a value (e.g. '2026-0'); wait for more."""


translate = QCoreApplication.translate


def _describe(widget: QWidget, f: FieldDef, editable: bool) -> None:
    parts = [help_text(f)] if f.help else []
    if not editable:
        parts.append(read_only_description())
    elif isinstance(widget, DateEdit):
        parts.append(widget.usage_note())
    note = getattr(widget, "conflict_note", "")
    if note:
        parts.append(note)
    # A date editor is a few widgets; its text line is what takes the focus and is read out.
    for target in (widget, widget.line) if isinstance(widget, DateEdit) else (widget,):
        target.setAccessibleName(schema_label(f))
        target.setAccessibleDescription("; ".join(parts))
        if f.help:
            target.setToolTip(help_text(f))


def describe_conflict(editor: FieldEditor, note: str) -> None:
    """Tell a screen reader, on the field itself, that it holds values from several devices
    (or, with an empty note, that it no longer does): the strip below it is easy to miss."""
    editor.conflict_note = note
    if isinstance(editor, (QLineEdit, QPlainTextEdit, DateEdit)):
        editable = not editor.isReadOnly()
    else:
        editable = editor.isEnabled()
    _describe(editor, editor.field, editable)


class LineEditor(QLineEdit):
    """short_text, and the base of number (typed as text, checked by the core)."""

    edited = Signal()
    committed = Signal()
    conflict_note = ""  # set by describe_conflict

    def __init__(self, f: FieldDef, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = f
        self._loading = False
        # textChanged, not textEdited: the clear button and paste count as edits too.
        self.textChanged.connect(self._changed)
        self.editingFinished.connect(self._finished)
        _describe(self, f, True)

    def _changed(self, _text: str) -> None:
        if not self._loading and not self.isReadOnly():
            self.edited.emit()

    def _finished(self) -> None:
        if not self.isReadOnly():
            self.committed.emit()

    def value(self, final: bool = True):
        return values.parse_text(self.field, self.text().strip())

    def set_value(self, value) -> None:
        self._loading = True
        try:
            self.setText("" if value is None else str(value))
        finally:
            self._loading = False
        self.setCursorPosition(0)

    def set_editable(self, editable: bool) -> None:
        self.setReadOnly(not editable)
        if not editable:
            self.setPlaceholderText(translate("FieldEditor", "Not recorded"))
        _describe(self, self.field, editable)


class DateEditor(DateEdit):
    """A date shown and typed as dd/mm/yyyy (d/m/yyyy and yyyy-mm-dd are read too), stored as
    YYYY-MM-DD; empty clears it (the clear button, or deleting the text). A date of what has
    happened (``past_only``) takes no day after the clock allows, and the calendar offers none."""

    conflict_note = ""  # set by describe_conflict

    def __init__(self, f: FieldDef, parent: QWidget | None = None):
        super().__init__(parent, optional=True)
        self.field = f
        self.line.setObjectName(f"field:{f.id}:text")
        if f.past_only:
            self.set_maximum(clock.latest_allowed_date, translate("FieldEditor", "it records what has happened"))
        _describe(self, f, True)

    def value(self, final: bool = True):
        try:
            day = self.check(final)
        except DateIncomplete:
            raise Incomplete from None
        except DateProblem as problem:
            # In a few words: the warning beside the field gives the reason in full.
            raise ValidationError(self.field.id, f"{schema_label(self.field)}: {problem.summary}") from None
        return values.check(self.field, day)

    def set_value(self, value) -> None:
        self.set_date(value)

    def set_editable(self, editable: bool) -> None:
        self.set_read_only(not editable)
        self.line.setPlaceholderText(
            translate("FieldEditor", "dd/mm/yyyy") if editable else translate("FieldEditor", "Not recorded")
        )
        _describe(self, self.field, editable)


class NumberEditor(LineEditor):
    _NUMBER = QRegularExpression(r"^-?\d*(\.\d*)?$")

    def __init__(self, f: FieldDef, parent: QWidget | None = None):
        super().__init__(f, parent)
        self.setValidator(QRegularExpressionValidator(self._NUMBER, self))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 12) + 24)

    def value(self, final: bool = True):
        try:
            return super().value(final)
        except ValidationError:
            if not final:
                raise Incomplete from None
            raise


class LongTextEditor(QPlainTextEdit):
    edited = Signal()
    committed = Signal()
    conflict_note = ""  # set by describe_conflict

    def __init__(self, f: FieldDef, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = f
        self._loading = False
        self.setTabChangesFocus(True)  # Tab moves on; the text never needs a tab character
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._changed)
        self.textChanged.connect(self._fit_height)
        _describe(self, f, True)
        self._fit_height()

    MIN_LINES, MAX_LINES = 3, 14

    def _fit_height(self) -> None:
        """Grow with the text (3 to 14 lines), then scroll: no towering empty boxes."""
        lines = int(self.document().size().height()) + 1  # plain-text layout: height in lines
        lines = max(self.MIN_LINES, min(self.MAX_LINES, lines))
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        frame = int(self.document().documentMargin() * 2) + margins + 2
        height = lines * self.fontMetrics().lineSpacing() + frame
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()  # re-wrapping at a new width changes the line count

    def _changed(self) -> None:
        if not self._loading and not self.isReadOnly():
            self.edited.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if not self.isReadOnly():
            self.committed.emit()

    def value(self, final: bool = True):
        return values.check(self.field, self.toPlainText())

    def set_value(self, value) -> None:
        self._loading = True
        try:
            self.setPlainText(value or "")
            self.base = value or ""  # what the store held when this text was shown (see FieldSaver)
        finally:
            self._loading = False

    def show_merged(self, merged: str) -> None:
        """Show text that now also holds another device's words, keeping the caret where it was
        relative to the person's own text."""
        cursor = self.textCursor()
        pos = cursor.position()
        change = splice_for(self.toPlainText(), merged)
        if change is not None and change.start < pos:
            pos = (
                max(change.start, pos + len(change.insert) - change.delete)
                if pos >= change.start + change.delete
                else change.start + len(change.insert)
            )
        self.set_value(merged)
        cursor = self.textCursor()
        cursor.setPosition(min(pos, len(merged)))
        self.setTextCursor(cursor)

    def set_editable(self, editable: bool) -> None:
        self.setReadOnly(not editable)
        self.setPlaceholderText("" if editable else translate("FieldEditor", "Not recorded"))
        _describe(self, self.field, editable)


class ChoiceEditor(QComboBox):
    """A choice (its options) or a flag (Yes / No); the first entry, "not set", clears it."""

    edited = Signal()
    committed = Signal()
    conflict_note = ""  # set by describe_conflict

    def __init__(self, f: FieldDef, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = f
        self.addItem(translate("FieldEditor", "(not set)"), None)
        if f.type == "flag":
            self.addItem(translate("FieldEditor", "Yes"), True)
            self.addItem(translate("FieldEditor", "No"), False)
        else:
            for option in f.options:
                self.addItem(option_text(f, option), option)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # As wide as its longest option, not the whole form.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.activated.connect(self._picked)
        _describe(self, f, True)

    def _picked(self, _index: int) -> None:
        self.edited.emit()
        self.committed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Delete / Backspace on a closed combo returns it to "not set".
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.isEnabled():
            if self.currentIndex() != 0:
                self.setCurrentIndex(0)
                self._picked(0)
            return
        super().keyPressEvent(event)

    def value(self, final: bool = True):
        return values.check(self.field, self.currentData())

    def set_value(self, value) -> None:
        index = 0 if value is None else self.findData(value)
        if index < 0:  # a value from a newer agreement: show it rather than hide it
            self.addItem(str(value), value)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def set_editable(self, editable: bool) -> None:
        self.setEnabled(editable)
        _describe(self, self.field, editable)


class ChoiceView(QLineEdit):
    """A choice or flag the role may only read: plain, readable text (a disabled combo box is
    greyed out and skipped by the keyboard and by screen readers)."""

    edited = Signal()
    committed = Signal()
    conflict_note = ""  # set by describe_conflict

    def __init__(self, f: FieldDef, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = f
        self._value = None
        self.setReadOnly(True)
        self.setPlaceholderText(translate("FieldEditor", "Not recorded"))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        longest = max(
            [
                translate("FieldEditor", "Yes"),
                translate("FieldEditor", "No"),
                translate("FieldEditor", "Not recorded"),
                *(option_text(f, o) for o in f.options),
            ],
            key=len,
        )
        self.setFixedWidth(self.fontMetrics().horizontalAdvance(longest) + 24)
        _describe(self, f, False)

    def value(self, final: bool = True):
        return self._value

    def set_value(self, value) -> None:
        self._value = value
        if value is None:
            self.clear()
        elif isinstance(value, bool):
            self.setText(translate("FieldEditor", "Yes") if value else translate("FieldEditor", "No"))
        else:
            self.setText(option_text(f=self.field, value=value) if self.field.options else str(value))

    def set_editable(self, editable: bool) -> None:
        _describe(self, self.field, False)


# Each is a Qt widget with the interface in this module's docstring (NumberEditor is a LineEditor).
FieldEditor = LineEditor | DateEditor | LongTextEditor | ChoiceEditor | ChoiceView

EDITORS: dict[str, type[FieldEditor]] = {
    "short_text": LineEditor,
    "long_text": LongTextEditor,
    "choice": ChoiceEditor,
    "flag": ChoiceEditor,
    "date": DateEditor,
    "number": NumberEditor,
}


def make_editor(f: FieldDef, editable: bool, parent: QWidget | None = None) -> FieldEditor:
    """An editor for a scalar field (records have their own widget)."""
    editor: FieldEditor
    if not editable and f.type in ("choice", "flag"):
        editor = ChoiceView(f, parent)
        editor.setObjectName(f"field:{f.id}")
        return editor
    editor = EDITORS[f.type](f, parent)
    editor.setObjectName(f"field:{f.id}")
    editor.set_editable(editable)
    return editor
