"""A meeting's agenda as a table: in the order the meeting takes the cases (children first, as the
agenda was built), with the case under discussion said in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.meetings.agenda import reasons_text
from app.models.meetings.service import MeetingView
from app.ui.common.table_model import TextTableModel

translate = QCoreApplication.translate


class AgendaModel(TextTableModel):
    def __init__(self, parent=None):
        super().__init__(
            [
                (
                    translate("AgendaModel", "No."),
                    translate("AgendaModel", "Place on the agenda; (now): the case under discussion"),
                ),
                (translate("AgendaModel", "Case"), translate("AgendaModel", "Case reference")),
                (
                    translate("AgendaModel", "Why on the agenda"),
                    translate("AgendaModel", "The reasons the case comes to this meeting"),
                ),
                (translate("AgendaModel", "Minutes"), translate("AgendaModel", "Time allowed for the case")),
            ],
            parent,
        )
        self.items = []

    def set_view(self, view: MeetingView) -> None:
        self.items = list(view.agenda)
        rows = []
        for n, item in enumerate(self.items, 1):
            now = item.case_id == view.current_item
            rows.append(
                (
                    translate("AgendaModel", "{n} (now)").format(n=n) if now else str(n),
                    item.reference or translate("AgendaModel", "(not on this device yet)"),
                    reasons_text(item.reasons),
                    translate("AgendaModel", "{n} min").format(n=item.minutes),
                )
            )
        current = [n for n, i in enumerate(self.items) if i.case_id == view.current_item]
        self.set_rows(rows, [i.case_id for i in self.items], current)

    def item(self, row: int):
        return self.items[row] if 0 <= row < len(self.items) else None
