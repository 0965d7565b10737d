"""The panel meetings this device holds, as a table: soonest first, their status in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from app.models.meetings.service import MeetingView
from app.ui.common.table_model import TextTableModel

translate = QCoreApplication.translate


def status_words(status: str) -> str:
    return {
        "scheduled": translate("MeetingListModel", "Scheduled"),
        "in progress": translate("MeetingListModel", "In progress"),
        "closed": translate("MeetingListModel", "Closed"),
    }.get(status, status)


class MeetingListModel(TextTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(
            [
                (translate("MeetingListModel", "Meeting"), translate("MeetingListModel", "Meeting reference")),
                (translate("MeetingListModel", "Date"), translate("MeetingListModel", "Meeting date")),
                (
                    translate("MeetingListModel", "Status"),
                    translate("MeetingListModel", "Scheduled, in progress or closed"),
                ),
            ],
            parent,
        )
        self.meetings: list[MeetingView] = []

    def set_meetings(self, meetings: list[MeetingView]) -> None:
        self.meetings = list(meetings)
        # The venue and the rest are on the meeting's page: the list stays narrow beside it.
        self.set_rows(
            [(m.reference, m.date.isoformat() if m.date else "", status_words(m.status)) for m in self.meetings],
            [m.meeting_id for m in self.meetings],
            [n for n, m in enumerate(self.meetings) if m.status == "in progress"],
        )
