"""Saving as you type: each editable field saves ~400 ms after the last change and on focus-out.

A ``FieldSaver`` binds one editor to one field of a ``CaseSession``. A ``SaveTracker`` per case
view collects their states into one line for the status bar ("Saving…", "Saved", or the
problem). On a refused value the person's text stays where it is, with the reason beside it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from app.models.case_schema import FieldDef
from app.models.cases import CaseSession
from app.models.errors import ConcordError
from app.models.language import shown
from app.ui.cases.field_widgets import Incomplete

DEBOUNCE_MS = 400


class SaveTracker(QObject):
    """How saving goes across all the fields of one open case."""

    changed = Signal(str)  # a line fit for the status bar
    saved = Signal(str)  # field id, after a value reached the store

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pending: set[str] = set()
        self._failed: dict[str, str] = {}
        self.last = ""

    def _emit(self, text: str) -> None:
        self.last = text
        self.changed.emit(text)

    def pending(self, field_id: str) -> None:
        self._pending.add(field_id)
        self._emit(self.tr("Saving…"))

    def done(self, field_id: str) -> None:
        self._pending.discard(field_id)
        self._failed.pop(field_id, None)
        self.saved.emit(field_id)
        self._summarise()

    def idle(self, field_id: str) -> None:
        """Nothing to save after all (the value is unchanged)."""
        self._pending.discard(field_id)
        self._summarise()

    def failed(self, field_id: str, label: str, message: str) -> None:
        self._pending.discard(field_id)
        self._failed[field_id] = message
        if label in message:
            self._emit(self.tr("Not saved: {message}").format(message=message))
        else:
            self._emit(self.tr("Not saved: {label}: {message}").format(label=label, message=message))

    def _summarise(self) -> None:
        if self._pending:
            self._emit(self.tr("Saving…"))
        elif self._failed:
            self._emit(self.tr("Not saved: %n field(s) need attention", "", len(self._failed)))
        else:
            self._emit(self.tr("Saved"))

    @property
    def has_problems(self) -> bool:
        return bool(self._failed)


class FieldSaver(QObject):
    def __init__(
        self,
        session: CaseSession,
        f: FieldDef,
        label: str,
        editor,
        error_label: QLabel,
        tracker: SaveTracker,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.field = f
        self.label = label
        self.editor = editor
        self.error_label = error_label
        self.tracker = tracker
        self.dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(lambda: self.save(final=False))
        editor.edited.connect(self._edited)
        editor.committed.connect(self.flush)

    def _edited(self) -> None:
        self.dirty = True
        self.tracker.pending(self.field.id)
        self.timer.start()

    def flush(self) -> None:
        """Save now if anything is waiting (focus-out, a choice picked, the case closing)."""
        self.timer.stop()
        if self.dirty:
            self.save(final=True)

    def save(self, final: bool) -> bool:
        try:
            value = self.editor.value(final)
        except Incomplete:
            return False  # still typing a date or number: wait for more (or for focus-out)
        except ConcordError as exc:
            self._show_error(shown(exc))
            return False
        try:
            # Long text: save the person's edit relative to what they saw, so words another
            # device merged in while they typed are kept (the editor shows them on reload).
            base = getattr(self.editor, "base", None)
            changed = self.session.set(self.field.id, value, base=base)
            if base is not None:
                self.editor.base = value
                stored = self.session.get(self.field.id) or ""
                if stored != value and self.editor.toPlainText() == value:
                    self.editor.show_merged(stored)
        except ConcordError as exc:
            self._show_error(shown(exc))
            return False
        self.dirty = False
        self.error_label.clear()
        self.error_label.hide()
        if changed:
            self.tracker.done(self.field.id)
        else:
            self.tracker.idle(self.field.id)
        return True

    def _show_error(self, message: str) -> None:
        # The person's text stays in the editor; the reason appears under it and in the status bar.
        self.error_label.setText(self.tr("Not saved: {message}").format(message=message))
        self.error_label.show()
        self.tracker.failed(self.field.id, self.label, message)
