"""A meeting's agenda: the cases in the order the meeting takes them and, for the chair, building
it from the cases, adding and reordering cases, and moving the meeting from case to case (every
attendee's device follows)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QGridLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.models.errors import ConcordError
from app.models.language import shown
from app.models.meetings.service import CHAIR_ROLE, MeetingView
from app.ui.common.style import show_message
from app.ui.common.table_model import KEY_ROLE
from app.ui.common.text import caption, text_label
from app.ui.meetings.agenda_model import AgendaModel
from app.ui.meetings.dialogs import AgendaItemDialog
from app.ui.meetings.widgets import row_table, selected_key


class AgendaPanel(QWidget):
    case_chosen = Signal(str)  # the case id picked in the agenda ("" for none)
    changed = Signal(str)  # the meeting changed here; a line for the status bar

    def __init__(self, workspace, today, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws, self.today = workspace, today
        self.view: MeetingView | None = None
        self.chair = workspace.role == CHAIR_ROLE
        self.flush = lambda: True  # set by the page: saves what is typed in meeting mode
        self.close_box: QMessageBox | None = None
        self.model = AgendaModel(self)
        self.table = row_table(self, self.model, self.tr("Agenda"), 2, 6, wrap=True)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.total = text_label(self, "agendaTotal")

        self.build_button = QPushButton(self.tr("&Build agenda from cases"), self)
        self.build_button.setToolTip(
            self.tr(
                "Add every case that should come to this meeting: new referrals, "
                "reviews due, repeats, sign-offs awaited, open actions; children first"
            )
        )
        self.build_button.clicked.connect(self.build)
        self.add_button = QPushButton(self.tr("Add cas&e…"), self)
        self.add_button.clicked.connect(self.add_case)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.start_button = QPushButton(self.tr("Sta&rt meeting"), self)
        self.start_button.clicked.connect(self.start)
        self.next_button = QPushButton(self.tr("Ne&xt case"), self)
        self.next_button.clicked.connect(self.next_case)
        self.close_button = QPushButton(self.tr("Clo&se meeting"), self)
        self.close_button.clicked.connect(self.close_meeting)
        self.reopen_button = QPushButton(self.tr("Reopen meeting"), self)
        self.reopen_button.setToolTip(self.tr("A closed meeting refuses changes; reopen it to correct its record"))
        self.reopen_button.clicked.connect(self.reopen_meeting)
        self.chair_buttons = [
            self.build_button,
            self.add_button,
            self.up_button,
            self.down_button,
            self.start_button,
            self.next_button,
            self.close_button,
            self.reopen_button,
        ]
        for button in self.chair_buttons:
            button.setVisible(self.chair)
        self.problem = text_label(self, "note")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption(self, self.tr("A&genda"), self.table))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        if self.chair:
            grid = QGridLayout()
            for n, button in enumerate(self.chair_buttons):
                grid.addWidget(button, n // 2, n % 2)
            layout.addLayout(grid)
        layout.addWidget(self.problem)

    # ----- showing --------------------------------------------------------------------------------
    def set_view(self, view: MeetingView) -> None:
        keep = self.selected_case()
        self.view = view
        self.model.set_view(view)
        if keep and self.model.row_of(keep) >= 0:
            self.select_case(keep)
        self.total.setText(
            self.tr("%n case(s), {minutes} minutes in all", "", len(view.agenda)).format(minutes=view.minutes_total)
        )
        self._update_buttons()

    def selected_case(self) -> str:
        return selected_key(self.table, KEY_ROLE)

    def select_case(self, case_id: str) -> bool:
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _selected(self, *_args) -> None:
        self._update_buttons()
        self.case_chosen.emit(self.selected_case())

    def _update_buttons(self) -> None:
        view = self.view
        row = self.model.row_of(self.selected_case())
        count = self.model.rowCount()
        status = view.status if view else ""
        self.build_button.setEnabled(view is not None and status != "closed")
        self.add_button.setEnabled(view is not None and status != "closed")
        self.up_button.setEnabled(status != "closed" and row > 0)
        self.down_button.setEnabled(status != "closed" and 0 <= row < count - 1)
        self.start_button.setEnabled(status == "scheduled" and count > 0)
        current = self.model.row_of(view.current_item) if view else -1
        self.next_button.setEnabled(status == "in progress" and current < count - 1)
        self.close_button.setEnabled(status == "in progress")
        self.reopen_button.setEnabled(status == "closed")

    # ----- the chair's changes -------------------------------------------------------------------------
    def _act(self, action, message) -> bool:
        if self.view is None:
            return False
        try:
            done = action(self.view.meeting_id)
        except ConcordError as exc:
            show_message(self.problem, shown(exc), True, "note")
            return False
        show_message(self.problem, "", False, "note")
        self.changed.emit(message(done) if callable(message) else message)
        return True

    def build(self) -> bool:
        service = self.ws.meetings
        return self._act(
            lambda ref: service.build_agenda(ref, self.today()),
            lambda added: (
                self.tr("%n case(s) added to the agenda", "", len(added))
                if added
                else self.tr("No case to add: every case that should come is on the agenda")
            ),
        )

    def add_case(self) -> AgendaItemDialog | None:
        if self.view is None:
            return None
        on = {i.case_id for i in self.view.agenda}
        cases = [(c.case_id, c.reference) for c in self.ws.list_cases() if c.case_id not in on]
        dialog = AgendaItemDialog(
            self.ws.meetings, self.view.meeting_id, cases, self.ws.meetings.policy.minutes_per_case, self
        )
        dialog.accepted.connect(lambda: self.changed.emit(self.tr("Case added to the agenda")))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.add_dialog = dialog
        return dialog

    # Not named move: that is QWidget's, which places the widget.
    def move_selected(self, step: int) -> bool:
        case_id = self.selected_case()
        row = self.model.row_of(case_id)
        if row < 0 or not 0 <= row + step < self.model.rowCount():
            return False
        return self._act(
            lambda ref: self.ws.meetings.move_item(ref, case_id, row + 1 + step), self.tr("Agenda reordered")
        )

    def start(self) -> bool:
        service = self.ws.meetings

        def start(ref):
            service.set_status(ref, "in progress")
            service.set_current(ref, self.model.item(0).case_id)

        return self._act(start, self.tr("Meeting started"))

    def next_case(self) -> bool:
        view = self.view
        if view is None:
            return False
        following = self.model.item(self.model.row_of(view.current_item) + 1)
        if following is None:
            return False
        return self._act(
            lambda ref: self.ws.meetings.set_current(ref, following.case_id),
            self.tr("The meeting moved on to {case}").format(case=following.reference or following.case_id),
        )

    def close_meeting(self) -> bool:
        """Close at once when every case has something recorded; else ask first, naming the cases
        with nothing recorded (the meeting stays open unless the chair closes it anyway)."""
        if self.view is None:
            return False
        self.flush()  # what is typed in a discussion box counts as said
        try:
            left = self.ws.meeting_mode.undiscussed(self.view.meeting_id)
        except ConcordError as exc:
            show_message(self.problem, shown(exc), True, "note")
            return False
        if not left:
            return self._close()
        cases = ", ".join(i.reference or self.tr("a case not on this device yet") for i in left)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Cases not discussed"),
            self.tr(
                "No discussion or outcome is recorded on this device for %n of the cases on "
                "the agenda: {cases}.\n\nOnce closed, the meeting's record stands as minuted "
                "until you reopen it.",
                "",
                len(left),
            ).format(cases=cases),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        anyway = box.addButton(self.tr("&Close anyway"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)  # closing with cases left is the choice that needs a deliberate press
        box.setEscapeButton(cancel)
        box.finished.connect(lambda _result: box.clickedButton() is anyway and self._close())
        box.finished.connect(box.deleteLater)
        box.open()
        self.close_box = box
        return False

    def _close(self) -> bool:
        return self._act(lambda ref: self.ws.meetings.set_status(ref, "closed"), self.tr("Meeting closed"))

    def reopen_meeting(self) -> bool:
        return self._act(
            lambda ref: self.ws.meetings.set_status(ref, "in progress"),
            self.tr("Meeting reopened: its record may be corrected, then closed again"),
        )
