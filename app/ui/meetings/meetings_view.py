"""The Meetings view: the panel's meetings beside the one chosen, and the action tracker.

It refreshes when synced data lands for a meeting, or for a case on the shown meeting's agenda;
while hidden it only notes that it is stale, and catches up when shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QPushButton, QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from app.models.errors import ConcordError
from app.models.language import shown
from app.models.meetings.service import CHAIR_ROLE
from app.models.storage.store import is_meeting
from app.ui.common.table_model import KEY_ROLE
from app.ui.common.text import caption, text_label
from app.ui.meetings.dialogs import ScheduleDialog
from app.ui.meetings.meeting_list_model import MeetingListModel
from app.ui.meetings.meeting_page import MeetingPage
from app.ui.meetings.tracker_view import TrackerView
from app.ui.meetings.widgets import row_table, selected_key


class MeetingsView(QWidget):
    status = Signal(str)  # a passing line for the status bar
    cases_written = Signal(object)  # set of case ids written into here (the open case shows them)
    wanted = Signal()  # an action of this view was taken: the window brings it to the front

    def __init__(self, workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("meetingsView")
        self.ws = workspace
        self.today = dt.date.today  # the day "overdue" and the agenda are counted from
        self.chair = workspace.role == CHAIR_ROLE
        self._stale = True
        self._page_shown = False  # choosing a meeting in the list has refreshed its page since the list began
        self.schedule_dialog: ScheduleDialog | None = None
        today = lambda: self.today()  # noqa: E731 - read at each use, so a test can move the day

        # Made first, so Tab reaches its tab bar before what the tabs hold.
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Meetings and actions"))
        self.tabs.tabBar().setAccessibleName(self.tr("Meetings and actions"))
        self.model = MeetingListModel(self)
        self.table = row_table(self, self.model, self.tr("Panel meetings"), 0, 8)
        self.table.setObjectName("meetingTable")
        self.table.selectionModel().selectionChanged.connect(self._meeting_selected)
        self.schedule_button = QPushButton(self.tr("Sc&hedule meeting…"), self)
        self.schedule_button.clicked.connect(self.schedule)
        self.schedule_button.setVisible(self.chair)
        self.empty = text_label(self, "sectionHelp")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 8, 4, 4)
        left_layout.addWidget(caption(self, self.tr("Panel &meetings"), self.table))
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.schedule_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.page = MeetingPage(workspace, today, self)
        self.placeholder = text_label(self, "", self.tr("Choose a meeting from the list."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.page)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(self.stack)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 1140])

        self.tracker = TrackerView(workspace, today, self)
        self.tabs.addTab(split, self.tr("Meetings"))
        self.tabs.addTab(self.tracker, self.tr("Action tracker"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.schedule_action = QAction(self.tr("Sc&hedule meeting…"), self)
        self.schedule_action.setVisible(self.chair)
        self.schedule_action.triggered.connect(self.schedule)
        self.tracker_action = QAction(self.tr("Action &tracker"), self)
        self.tracker_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+T")))
        self.tracker_action.setStatusTip(self.tr("Every action across cases: open, overdue, by agency and owner"))
        self.tracker_action.triggered.connect(self.show_tracker)

        for part in (self.page, self.tracker):
            part.status.connect(self.status)
        # The tracker is not refreshed here: nothing written on the page beside it lands while the
        # tracker's tab is in front, and it refreshes each time that tab is shown.
        self.page.written.connect(lambda case_id: self.cases_written.emit({case_id}))
        self.page.changed.connect(lambda: self.refresh_list())

    def menu_actions(self) -> list[QAction]:
        return [self.schedule_action, self.tracker_action]

    # ----- showing --------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        if not self.refresh_list():
            self.page.refresh()
        if self.tabs.currentWidget() is self.tracker:
            self.tracker.refresh()

    def refresh_list(self, select: str = "") -> bool:
        """Whether this chose a meeting, and so refreshed the page too."""
        self._page_shown = False
        try:
            meetings = self.ws.meetings.meetings()
        except ConcordError as exc:
            self.empty.setText(self.tr("The meetings cannot be listed: {problem}").format(problem=shown(exc)))
            self.empty.show()
            return False
        keep = select or self.selected_meeting()
        self.model.set_meetings(meetings)
        self.empty.setText(
            self.tr("No meetings yet. The chair schedules them; they arrive here by sync.") if not meetings else ""
        )
        self.empty.setVisible(not meetings)
        if keep and self.model.row_of(keep) >= 0:
            self.select_meeting(keep)
        elif not self.selected_meeting() and meetings:
            self.select_meeting(self._likely(meetings))
        return self._page_shown

    def _likely(self, meetings) -> str:
        """The meeting a person most likely wants: one running, else the next to come, else the last."""
        running = [m for m in meetings if m.status == "in progress"]
        coming = [m for m in meetings if m.status == "scheduled" and m.date and m.date >= self.today()]
        return (running or coming or meetings[::-1])[0].meeting_id

    def selected_meeting(self) -> str:
        return selected_key(self.table, KEY_ROLE)

    def select_meeting(self, meeting_id: str) -> bool:
        row = self.model.row_of(meeting_id)
        if row < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def _meeting_selected(self, *_args) -> None:
        meeting_id = self.selected_meeting()
        if not meeting_id:
            self.stack.setCurrentWidget(self.placeholder)
            return
        self.page.show_meeting(meeting_id)
        self._page_shown = True
        self.stack.setCurrentWidget(self.page)

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.tracker:
            self.tracker.refresh()

    def show_tracker(self) -> None:
        self.wanted.emit()
        self.tabs.setCurrentWidget(self.tracker)
        self.focus_current()

    def focus_current(self) -> None:
        table = self.tracker.table if self.tabs.currentWidget() is self.tracker else self.table
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def flush(self) -> bool:
        return self.page.minutes.flush()

    # ----- changes --------------------------------------------------------------------------------
    def schedule(self) -> ScheduleDialog | None:
        if not self.chair:
            return None
        self.wanted.emit()
        dialog = ScheduleDialog(self.ws.meetings, self.today(), self)
        dialog.accepted.connect(lambda: self._scheduled(dialog.result_value))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.schedule_dialog = dialog
        return dialog

    def _scheduled(self, session) -> None:
        self.tabs.setCurrentIndex(0)
        self.refresh_list(select=session.case_id)
        self.status.emit(self.tr("Meeting {reference} scheduled").format(reference=session.reference))

    def remote_changes(self, doc_ids) -> None:
        """Other devices' changes landed: meetings, cases, or (empty) something."""
        doc_ids = set(doc_ids or ())
        if not self.isVisible():
            self._stale = True
            return
        listed = (not doc_ids or any(is_meeting(d) for d in doc_ids)) and self.refresh_list()
        if not listed and (not doc_ids or self.page.covers(doc_ids)):
            self.page.refresh()
        if self.tabs.currentWidget() is self.tracker and (not doc_ids or any(not is_meeting(d) for d in doc_ids)):
            self.tracker.refresh()
