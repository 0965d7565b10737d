"""One panel meeting: its header, the agenda beside meeting mode for the chosen case, attendance,
the confidentiality statement and distribution, and the minutes written as PDF with HTML and text.

The page follows the chair: when the case under discussion changes (here or by sync), the agenda
moves to it, unless the person is typing in a discussion box; then it waits until they leave it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import ConcordError
from app.models.language import shown
from app.models.meetings.service import CHAIR_ROLE, MeetingView
from app.ui.common.background import BackgroundTask, run_in_background
from app.ui.common.output_language import OutputLanguageBox, panel_default
from app.ui.common.text import text_label
from app.ui.meetings.agenda_panel import AgendaPanel
from app.ui.meetings.attendance import AttendancePanel, ConfidentialityPanel
from app.ui.meetings.case_minutes import CaseMinutes
from app.ui.meetings.meeting_list_model import status_words

if TYPE_CHECKING:  # the PDF libraries load with the first report written, not at start
    from app.reports.service import Written


def ask_pdf_path(parent: QWidget, title: str, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, parent.tr("PDF (*.pdf)"))
    return path


class MeetingPage(QWidget):
    status = Signal(str)  # a passing line for the status bar
    written = Signal(str)  # the id of a case written into from meeting mode
    changed = Signal()  # the meeting itself changed here (status, agenda, attendance)

    def __init__(self, workspace, today, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("meetingPage")
        self.ws, self.today = workspace, today
        self.meeting_id = ""
        self.view: MeetingView | None = None
        self.followed = ""  # the case under discussion this page last moved to
        self.waiting = ""  # the case to move to once the person leaves the box they type in
        # Set by the window: (meeting reference, path, day) -> Written, called off the GUI thread.
        self.write_minutes: Callable[[str, Path, dt.date, str], Written] | None = None
        self.choose_file = ask_pdf_path  # (parent, title, suggested name) -> path or ""
        self.error_box: QMessageBox | None = None
        self.case_shown = False  # the agenda's choice has shown a case since the page began refreshing

        self.title = text_label(self, "meetingTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.details = text_label(self, "meetingDetails")
        self.following = text_label(self, "sectionHelp")
        self.following.hide()
        self.minutes_button = QPushButton(self.tr("Min&utes PDF…"), self)
        self.minutes_button.setToolTip(self.tr("Write the minutes as a PDF, with accessible HTML and text beside it"))
        self.minutes_button.clicked.connect(self.choose_minutes_file)
        # The minutes' language: the panel policy's unless the chair chooses another for this copy.
        self.minutes_language = OutputLanguageBox(panel_default(workspace), self)
        self.minutes_language.setAccessibleName(self.tr("Language of the minutes"))

        self.tabs = QTabWidget(self)  # made before its pages: Tab reaches the tab bar first
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Meeting parts"))
        self.tabs.tabBar().setAccessibleName(self.tr("Meeting parts"))
        self.agenda = AgendaPanel(workspace, today, self)
        self.minutes = CaseMinutes(workspace, today, self)
        self.attendance = AttendancePanel(workspace, today, self)
        self.confidentiality = ConfidentialityPanel(workspace, today, self)
        self.none_chosen = text_label(self, "", self.tr("Choose a case in the agenda to see it in meeting mode."))
        self.none_chosen.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.none_chosen)
        right_layout.addWidget(self.minutes, 1)
        self.minutes.hide()
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.agenda)
        self.split.addWidget(right)
        self.split.setStretchFactor(0, 0)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([400, 840])
        self.tabs.addTab(self.split, self.tr("Agenda and meeting mode"))
        self.tabs.addTab(self.attendance, self.tr("Attendance"))
        self.tabs.addTab(self.confidentiality, self.tr("Confidentiality and distribution"))

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.details)
        header.addLayout(titles, 1)
        header.addWidget(self.minutes_language, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.minutes_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.addLayout(header)
        layout.addWidget(self.following)
        layout.addWidget(self.tabs, 1)

        self.agenda.flush = self.minutes.flush
        self.agenda.case_chosen.connect(self._case_chosen)
        for part in (self.agenda, self.attendance, self.confidentiality):
            part.changed.connect(self._changed_here)
        self.minutes.status.connect(self.status)
        self.minutes.written.connect(self.written)
        self.minutes.saved.connect(self._catch_up)

    # ----- showing --------------------------------------------------------------------------------
    def show_meeting(self, meeting_id: str) -> None:
        if meeting_id != self.meeting_id:
            self.minutes.flush()
            self.agenda.table.clearSelection()  # the other meeting's case is not this one's
            self.meeting_id, self.followed, self.waiting = meeting_id, "", ""
            self.minutes.case_id = ""
        self.refresh()

    def refresh(self) -> None:
        if not self.meeting_id:
            return
        try:
            view = self.ws.meetings.view(self.meeting_id)
        except ConcordError as exc:
            self.details.setText(self.tr("This meeting cannot be shown: {problem}").format(problem=shown(exc)))
            return
        self.view = view
        self.title.setText(
            self.tr("Panel meeting {reference}: {panel}").format(reference=view.reference, panel=view.panel)
        )
        when = view.date.strftime("%A %d %B %Y") if view.date else self.tr("no date")
        self.details.setText(
            self.tr(
                "Date: {when}    Time: {time}    Venue: {venue}\nChair: {chair}    "
                "Status: {status}    Cases: {n} ({minutes} minutes)"
            ).format(
                when=when,
                time=view.time,
                venue=view.venue,
                chair=view.chair,
                status=status_words(view.status),
                n=len(view.agenda),
                minutes=view.minutes_total,
            )
        )
        # The chair issues the minutes; other devices are not offered a copy of their own.
        self.minutes_button.setVisible(self.write_minutes is not None and self.ws.meetings.role == CHAIR_ROLE)
        self.minutes_language.setVisible(self.minutes_button.isVisibleTo(self))
        self.case_shown = False
        self.agenda.set_view(view)
        self.attendance.set_view(view)
        self.confidentiality.set_view(view)
        self._follow(view)
        if not self.agenda.selected_case() and view.agenda:
            self.agenda.select_case(view.agenda[0].case_id)
        if not self.case_shown:  # a case chosen just above is shown already, from this same view
            self.minutes.refresh(view)

    def _follow(self, view: MeetingView) -> None:
        current = view.current_item
        if not current or current == self.followed:
            return
        if self.minutes.typing() and self.agenda.selected_case() != current:
            item = view.item_for(current)
            self.waiting = current
            self.following.setText(
                self.tr(
                    "The meeting has moved on to case {case}. This device follows when you "
                    "leave the box you are typing in."
                ).format(case=(item.reference if item else "") or current)
            )
            self.following.show()
            return
        self.followed, self.waiting = current, ""
        self.following.hide()
        self.agenda.select_case(current)

    def _catch_up(self) -> None:
        if self.waiting and self.view is not None:
            self._follow(self.view)

    def _case_chosen(self, case_id: str) -> None:
        self.case_shown = True
        view = self.view
        item = view.item_for(case_id) if (view and case_id) else None
        if view is None or item is None or not item.reference:
            self.minutes.flush()
            self.minutes.hide()
            self.none_chosen.setText(
                self.tr("Case not on this device yet: it comes with the next sync.")
                if item is not None
                else self.tr("Choose a case in the agenda to see it in meeting mode.")
            )
            self.none_chosen.show()
            return
        self.none_chosen.hide()
        self.minutes.show()
        self.minutes.show_case(view.meeting_id, view.date, case_id, view)

    def _changed_here(self, message: str) -> None:
        self.refresh()
        self.changed.emit()
        self.status.emit(message)

    def covers(self, doc_ids: set[str]) -> bool:
        """Whether a change to these documents shows on this page."""
        if not self.meeting_id:
            return False
        if self.meeting_id in doc_ids or self.view is None:
            return True
        return any(item.case_id in doc_ids for item in self.view.agenda)

    # ----- the minutes ------------------------------------------------------------------------------
    def choose_minutes_file(self) -> None:
        if self.view is None or self.write_minutes is None:
            return
        path = self.choose_file(self, self.tr("Save the minutes"), f"minutes-{self.view.reference}.pdf")
        if path:
            self.write_minutes_to(Path(path))

    def write_minutes_to(self, path: Path) -> BackgroundTask:
        """Write the minutes off the GUI thread (a full meeting takes seconds to gather and draw);
        what was written, or why not, is said when it ends."""
        self.minutes.flush()  # the minutes must hold what was typed up to the click
        # Read here, on the GUI thread: the writer runs in another and may touch no part of the page.
        write, view = self.write_minutes, self.view
        assert write is not None and view is not None  # the minutes are of a meeting shown, by the window's writer
        reference, today, variant = view.reference, self.today(), self.minutes_language.language()
        return run_in_background(
            self,
            lambda: write(reference, path, today, variant),
            on_done=self._minutes_written,
            on_failed=self._minutes_failed,
            label=self.tr("Writing the minutes…"),
            what="minutes",
        )

    def _minutes_written(self, written) -> None:
        self.status.emit(
            self.tr("Minutes written to {folder}: {pdf}, with {html} and {text} beside it").format(
                folder=str(written.pdf.parent), pdf=written.pdf.name, html=written.html.name, text=written.text.name
            )
        )

    def _minutes_failed(self, exc: BaseException) -> None:
        # Concord's own errors and what the system refused are said as they are; anything else is
        # a fault, logged by kind, whose message may not be fit to show.
        problem = (
            shown(exc) if isinstance(exc, (ConcordError, OSError)) else self.tr("an unexpected error (see the log)")
        )
        self.error_box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Minutes not written"),
            self.tr("The minutes could not be written: {problem}").format(problem=problem),
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.error_box.open()
