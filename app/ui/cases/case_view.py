"""The open case: a list of the sections the role may read beside the one open, generated from
the schema.

Only ``session.sections()`` are built: a section the role may not read is never created, so it
cannot be hinted at by an empty entry, a disabled widget or a label. Showing a section records
``section_read`` in the audit log (``session.mark_read``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QStackedWidget, QVBoxLayout, QWidget

from app.models.cases import CaseSession
from app.models.errors import ConcordError
from app.models.language import BILINGUAL, shown
from app.models.process.service import ProcessService
from app.models.risk.register import FIELD as RISK_FIELD
from app.models.risk.service import RiskService
from app.ui.cases.autosave import SaveTracker
from app.ui.cases.field_widgets import FieldEditor, Incomplete
from app.ui.cases.section_list import SectionList
from app.ui.cases.section_page import SectionPage
from app.ui.common.background import BackgroundTask
from app.ui.common.labels import escape_mnemonic, help_text, schema_label
from app.ui.risk.risk_panel import RiskPanel
from app.ui.signoff.process_panel import ProcessPanel
from app.ui.signoff.signoff_panel import SignoffPanel

if TYPE_CHECKING:  # the PDF libraries load with the first report written, not at start
    from app.reports.service import Written

# Fields shown in the case list: a save to one of them refreshes the list row.
LIST_FIELDS = frozenset({"reference", "party_harmed_label", "party_harmer_label", "children_involved"})


class CaseView(QWidget):
    status = Signal(str)  # a passing message for the status bar
    save_state = Signal(str)  # "Saving…" / "Saved" / a problem
    list_fields_saved = Signal(str)  # case id: something shown in the case list changed
    case_changed = Signal(str)  # case id: something was recorded in the open case on this device

    def __init__(self, can_create: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: CaseSession | None = None
        self.pages: list[SectionPage] = []
        self.tracker: SaveTracker | None = None
        self.device_names: dict[bytes, str] = {}
        self.risk_service: RiskService | None = None  # set by the window: instruments and policy
        self.risk_panel: RiskPanel | None = None
        # Set by the window: the process, its safeguards and the sign-off.
        self.process_service: ProcessService | None = None
        # Set by the window: (case reference, path, audience) -> writes the sign-off report.
        self.write_report: Callable[[str, Path, str | None, str | None], Written] | None = None
        self.report_language = BILINGUAL  # the panel policy's, set by the window
        self.process_panel: ProcessPanel | None = None
        self.signoff_panel: SignoffPanel | None = None

        self.stack = QStackedWidget(self)
        hint = (
            self.tr("Choose a case from the list, or start one with New case (Ctrl+N).")
            if can_create
            else self.tr("Choose a case from the list.")
        )
        self.placeholder = QLabel(hint, self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setMargin(24)
        self.stack.addWidget(self.placeholder)

        self.case_page = QWidget(self)
        page_layout = QVBoxLayout(self.case_page)
        page_layout.setContentsMargins(12, 8, 12, 4)
        page_layout.setSpacing(6)
        self.heading = QLabel(self.case_page)
        self.heading.setObjectName("caseHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.sections = SectionList(self.case_page)
        self.sections.setObjectName("sections")
        self.sections.currentChanged.connect(self._section_shown)
        page_layout.addWidget(self.heading)
        page_layout.addWidget(self.sections, 1)
        self.stack.addWidget(self.case_page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # ----- opening and closing -------------------------------------------------------------------
    def open_case(self, session: CaseSession) -> None:
        previous = self.current_section()
        self.close_case()
        self.session = session
        self.tracker = SaveTracker(self)
        self.tracker.changed.connect(self.save_state)
        self.tracker.saved.connect(self._field_saved)
        self.heading.setText(self.tr("Case {reference}").format(reference=session.reference))
        self.sections.blockSignals(True)
        for section in session.sections():
            page = SectionPage(session, section, self.tracker, self.sections)
            if self.device_names:
                page.set_device_names(self.device_names)
            for records in page.records.values():
                records.changed.connect(self.status)
                # Any record may be shown elsewhere in the case (a consent in the process, an
                # incident in the risk picture): every view follows it.
                records.changed.connect(self._case_changed)
                records.failed.connect(self._failed)
            if self.risk_service is not None and any(f.id == RISK_FIELD for f in section.fields):
                self.risk_panel = RiskPanel(session, self.risk_service, parent=page)
                self.risk_panel.recorded.connect(self.status)
                self.risk_panel.recorded.connect(self._case_changed)
                page.add_above_fields(self.risk_panel)
            if self.process_service is not None and any(f.id == "process_events" for f in section.fields):
                self.process_panel = ProcessPanel(session, self.process_service, self.write_report, parent=page)
                self.process_panel.report_language = self.report_language
                self.process_panel.changed.connect(self.status)
                self.process_panel.changed.connect(self._case_changed)
                page.add_above_fields(self.process_panel)
            if self.process_service is not None and any(f.id == "signoff_decisions" for f in section.fields):
                self.signoff_panel = SignoffPanel(
                    session, self.process_service, self._write_signoff_report, parent=page
                )
                self.signoff_panel.changed.connect(self.status)
                self.signoff_panel.changed.connect(self._case_changed)
                page.add_above_fields(self.signoff_panel)
            index = self.sections.addTab(page, escape_mnemonic(schema_label(section)))
            if section.help:
                self.sections.setTabToolTip(index, help_text(section))
            self.pages.append(page)
        # Stay on the section the person was reading in the last case, when this case has it too.
        kept = self.page(previous) if previous else None
        self.sections.setCurrentWidget(kept) if kept is not None else self.sections.setCurrentIndex(0)
        self.sections.blockSignals(False)
        self.stack.setCurrentWidget(self.case_page)
        self._section_shown(self.sections.currentIndex())

    def flush(self) -> bool:
        """Save whatever is waiting. False if some field holds a value that could not be saved."""
        for page in self.pages:
            page.flush()
        return not (self.tracker and self.tracker.has_problems)

    def close_case(self) -> None:
        self.flush()
        while self.sections.count():
            page = self.sections.widget(0)
            self.sections.removeTab(0)
            if page is not None:
                page.deleteLater()
        self.pages = []
        self.risk_panel = None
        self.process_panel = None
        self.signoff_panel = None
        if self.tracker is not None:
            self.tracker.deleteLater()
            self.tracker = None
        self.session = None
        self.heading.clear()
        self.stack.setCurrentWidget(self.placeholder)

    # ----- changes from other devices --------------------------------------------------------------
    def reload_from_store(self, case_ids: set[str] | None = None, from_elsewhere: bool = True) -> list[str]:
        """Show what other devices changed in the open case (whatever case is open if case_ids is None).

        A field holding input not saved yet keeps it: the person's typing is never replaced under
        their hands, and saves as usual. A field that has the focus but no unsaved input is updated
        with its caret kept. Returns the labels of the fields kept as typed.
        """
        session = self.session
        if session is None or (case_ids is not None and session.case_id not in case_ids):
            return []
        try:
            reference = session.repo.reference_of(session.case_id)
        except ConcordError:
            reference = session.reference
        if reference != session.reference:
            session.reference = reference
            self.heading.setText(self.tr("Case {reference}").format(reference=reference))
        kept: list[str] = []
        for page in self.pages:
            try:
                current = session.values(page.section.id)
            except ConcordError as exc:
                self._failed(shown(exc))
                continue
            for field_id, editor in page.editors.items():
                saver = page.savers.get(field_id)
                if saver is not None and saver.dirty:
                    kept.append(saver.label)
                    continue
                self._show_remote_value(editor, current.get(field_id))
            for field_id, records in page.records.items():
                if records.model.records != current.get(field_id, []):
                    records.reload()
            page.refresh_conflicts()  # values set at once on two devices show side by side
        if self.risk_panel is not None:
            self.risk_panel.refresh()
        if self.process_panel is not None:
            self.process_panel.refresh()  # a withdrawal or stale sign-off that arrived shows at once
        if self.signoff_panel is not None:
            self.signoff_panel.refresh()
        if kept and from_elsewhere:
            self.status.emit(
                self.tr("This case changed on another device. Not updated while you edit: {fields}").format(
                    fields=", ".join(kept)
                )
            )
        return kept

    def set_device_names(self, names: dict[bytes, str]) -> None:
        """Names of the panel's devices by Automerge actor, for values set on several devices at once."""
        self.device_names = dict(names)
        for page in self.pages:
            page.set_device_names(self.device_names)

    @staticmethod
    def _show_remote_value(editor: FieldEditor, value) -> None:
        try:
            if editor.value(True) == value:
                return
        except (ConcordError, Incomplete):
            pass  # what is shown cannot be read as a value: replace it
        # The caret stays where it was, so a person reading with the keyboard is not thrown to the top.
        if isinstance(editor, QPlainTextEdit):
            position = editor.textCursor().position()
            editor.set_value(value)
            cursor = editor.textCursor()
            cursor.setPosition(min(position, len(editor.toPlainText())))
            editor.setTextCursor(cursor)
        elif isinstance(editor, QLineEdit):
            position = editor.cursorPosition()
            editor.set_value(value)
            editor.setCursorPosition(min(position, len(editor.text())))
        else:
            editor.set_value(value)

    # ----- finding things (tests, shortcuts) ------------------------------------------------------
    def section_labels(self) -> list[str]:
        return [self.sections.tabText(i).replace("&&", "&") for i in range(self.sections.count())]

    def current_section(self) -> str:
        page = self.sections.currentWidget()
        return page.section.id if isinstance(page, SectionPage) else ""

    def page(self, section_id: str) -> SectionPage | None:
        return next((p for p in self.pages if p.section.id == section_id), None)

    def show_section(self, section_id: str) -> SectionPage | None:
        page = self.page(section_id)
        if page is not None:
            self.sections.setCurrentWidget(page)
        return page

    def editor(self, field_id: str):
        for page in self.pages:
            if field_id in page.editors:
                return page.editors[field_id]
            if field_id in page.records:
                return page.records[field_id]
        return None

    # ----- reactions -----------------------------------------------------------------------------
    def _section_shown(self, index: int) -> None:
        if self.session is None or index < 0:
            return
        page = self.sections.widget(index)
        assert isinstance(page, SectionPage)  # the list holds the case's section pages only
        try:
            self.session.mark_read(page.section.id)
        except ConcordError as exc:
            self._failed(shown(exc))

    def _field_saved(self, field_id: str) -> None:
        if self.session is not None and field_id in LIST_FIELDS:
            if field_id == "reference":  # renamed here: the heading follows the case list
                self.heading.setText(self.tr("Case {reference}").format(reference=self.session.reference))
            self.list_fields_saved.emit(self.session.case_id)
        f = self.session.schema.fields.get(field_id) if self.session is not None else None
        if f is not None and f.risk_relevant:
            self._case_changed()

    def _case_changed(self, *_args) -> None:
        """Something was recorded here (an assessment, an incident, a consent, a step, a
        decision): every view of the case shows it at once - the risk picture counts the new
        incident, the process and sign-off show what it made stale - not when the case is next
        opened."""
        if self.session is not None:
            self.reload_from_store({self.session.case_id}, from_elsewhere=False)
        self.case_changed.emit(self.session.case_id if self.session is not None else "")

    def _write_signoff_report(
        self, path, audience: str = "", language: str | None = None
    ) -> BackgroundTask | bool | None:
        """Through the process panel when there is one (it says what was written; its task, or None
        if it writes no reports); else directly (whether the report was written)."""
        if self.process_panel is not None:
            return self.process_panel.write_report_to(path, audience, language)
        if self.write_report is None or self.session is None:
            return False
        try:
            written = self.write_report(self.session.reference, path, audience or None, language)
        except (ConcordError, OSError) as exc:
            self._failed(shown(exc))
            return False
        self.status.emit(self.tr("Sign-off report written: {pdf}").format(pdf=str(written.pdf)))
        return True

    def _failed(self, message: str) -> None:
        self.status.emit(self.tr("Problem: {message}").format(message=message))
