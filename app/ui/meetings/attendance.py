"""Who is at the meeting, and on what terms: attendees, observers (and whether they signed the
confidentiality statement), apologies (and whether information was sent), the statement itself
with each person's acknowledgement, and who receives the minutes. Said in words, never colour."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.models.errors import ConcordError
from app.models.language import shown
from app.models.meetings.service import CHAIR_ROLE, MeetingView
from app.ui.common.labels import role_label, role_labels
from app.ui.common.style import show_message
from app.ui.common.table_model import TextTableModel
from app.ui.common.text import caption, text_label
from app.ui.meetings.dialogs import ApologyDialog, AttendeeDialog, DistributionDialog, ObserverDialog
from app.ui.meetings.widgets import row_table


class _Part(QWidget):
    """What both pages share: the workspace, the meeting shown, and opening the chair's forms."""

    changed = Signal(str)  # the meeting changed here; a line for the status bar

    def __init__(self, workspace, today, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws, self.today = workspace, today
        self.view: MeetingView | None = None
        self.chair = workspace.role == CHAIR_ROLE
        self.dialog = None

    def _yes_no(self, value) -> str:
        return self.tr("Yes") if value else self.tr("No")

    def _open(self, dialog, message: str):
        dialog.accepted.connect(lambda: self.changed.emit(message))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        button.setVisible(self.chair)
        return button


class AttendancePanel(_Part):
    def __init__(self, workspace, today, parent: QWidget | None = None):
        super().__init__(workspace, today, parent)
        self.attendees_model = TextTableModel(
            [
                (self.tr("Name"), self.tr("Name")),
                (self.tr("Agency"), self.tr("Agency")),
                (self.tr("Role"), self.tr("Role on the panel")),
                (
                    self.tr("Acknowledged statement"),
                    self.tr("Whether they acknowledged the confidentiality statement on their device"),
                ),
            ],
            self,
        )
        self.observers_model = TextTableModel(
            [
                (self.tr("Name"), self.tr("Name")),
                (self.tr("Organisation"), self.tr("Organisation")),
                (self.tr("Signed statement"), self.tr("Whether they signed the confidentiality statement")),
            ],
            self,
        )
        self.apologies_model = TextTableModel(
            [
                (self.tr("Name"), self.tr("Name")),
                (self.tr("Agency"), self.tr("Agency")),
                (self.tr("Information sent"), self.tr("Whether they sent information to the panel")),
                (self.tr("Sent on"), self.tr("The day the information was sent")),
            ],
            self,
        )
        self.attendees = row_table(self, self.attendees_model, self.tr("Attendees"), 0)
        self.observers = row_table(self, self.observers_model, self.tr("Observers"), 0, 2)
        self.apologies = row_table(self, self.apologies_model, self.tr("Apologies"), 0, 2)
        self.attendee_button = self._button(self.tr("Add atte&ndees…"), self.add_attendee)
        self.observer_button = self._button(self.tr("Add obse&rver…"), self.add_observer)
        self.apology_button = self._button(self.tr("Add apolo&gies…"), self.add_apology)
        layout = QVBoxLayout(self)
        for title, table, button in (
            (self.tr("Attend&ees"), self.attendees, self.attendee_button),
            (self.tr("O&bservers"), self.observers, self.observer_button),
            (self.tr("Apologie&s"), self.apologies, self.apology_button),
        ):
            layout.addWidget(caption(self, title, table))
            layout.addWidget(table, 1)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            layout.addLayout(row)

    def set_view(self, view: MeetingView) -> None:
        self.view = view
        for button in (self.attendee_button, self.observer_button, self.apology_button):
            button.setEnabled(not view.closed)

        def acknowledged(a):
            if not a.get("device_id"):
                return self.tr("Not on a panel device")
            return self._yes_no(view.acknowledged(a["device_id"]))

        self.attendees_model.set_rows(
            [
                (
                    a.get("name", ""),
                    a.get("agency", ""),
                    role_label(self.ws.schema, a["role"]) if a.get("role") else "",
                    acknowledged(a),
                )
                for a in view.attendees
            ],
            [a.get("id", n) for n, a in enumerate(view.attendees)],
        )
        self.observers_model.set_rows(
            [
                (o.get("name", ""), o.get("organisation", ""), self._yes_no(o.get("signed_statement")))
                for o in view.observers
            ],
            [o.get("id", n) for n, o in enumerate(view.observers)],
        )
        self.apologies_model.set_rows(
            [
                (
                    a.get("name", ""),
                    a.get("agency", ""),
                    self._yes_no(a.get("information_sent")),
                    a.get("sent_on") or "",
                )
                for a in view.apologies
            ],
            [a.get("id", n) for n, a in enumerate(view.apologies)],
        )

    def add_attendee(self):
        roles = role_labels(self.ws.schema)
        attending = {a.get("device_id") for a in self.view.attendees if a.get("device_id")}
        dialog = AttendeeDialog(self.ws.meetings, self.view.meeting_id, self.ws.members(), roles, attending, self)
        # Some may be written before one is refused and the form cancelled: the list shows them all the same.
        dialog.rejected.connect(lambda: dialog.recorded and self.changed.emit(self.tr("Attendees recorded")))
        return self._open(dialog, self.tr("Attendees recorded"))

    def add_observer(self):
        return self._open(ObserverDialog(self.ws.meetings, self.view.meeting_id, self), self.tr("Observer recorded"))

    def add_apology(self):
        return self._open(
            ApologyDialog(self.ws.meetings, self.view.meeting_id, self.today(), self), self.tr("Apologies recorded")
        )


class ConfidentialityPanel(_Part):
    def __init__(self, workspace, today, parent: QWidget | None = None):
        super().__init__(workspace, today, parent)
        self.statement = text_label(self, "statement")
        self.statement.setAccessibleName(self.tr("Confidentiality statement"))
        self.own_state = text_label(self, "ownAcknowledgement")
        self.acknowledge_button = QPushButton(self.tr("I ack&nowledge this statement"), self)
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.acks_model = TextTableModel(
            [
                (self.tr("Name"), self.tr("Name")),
                (self.tr("Role"), self.tr("Role on the panel")),
                (self.tr("When (UTC)"), self.tr("When (UTC)")),
                (
                    self.tr("Acknowledgement"),
                    self.tr("Whether the acknowledgement holds for the statement as it now reads"),
                ),
            ],
            self,
        )
        self.acks = row_table(self, self.acks_model, self.tr("Acknowledgements"), 3, 3)
        self.distribution_model = TextTableModel(
            [(self.tr("Name"), self.tr("Name")), (self.tr("Role"), self.tr("Role on the panel"))], self
        )
        self.distribution = row_table(self, self.distribution_model, self.tr("Distribution of the minutes"), 1, 3)
        self.distribution_button = self._button(self.tr("Choose &who receives the minutes…"), self.edit_distribution)
        self.problem = text_label(self, "note")

        layout = QGridLayout(self)
        layout.addWidget(caption(self, self.tr("Confidentiality statement")), 0, 0, 1, 2)
        layout.addWidget(self.statement, 1, 0, 1, 2)
        row = QHBoxLayout()
        row.addWidget(self.own_state, 1)
        row.addWidget(self.acknowledge_button)
        layout.addLayout(row, 2, 0, 1, 2)
        layout.addWidget(self.problem, 3, 0, 1, 2)
        layout.addWidget(caption(self, self.tr("Ac&knowledged by"), self.acks), 4, 0)
        layout.addWidget(self.acks, 5, 0)
        layout.addWidget(caption(self, self.tr("&Distribution of the minutes"), self.distribution), 4, 1)
        layout.addWidget(self.distribution, 5, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.distribution_button)
        layout.addLayout(row, 6, 1)
        layout.setRowStretch(5, 1)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)

    def set_view(self, view: MeetingView) -> None:
        self.view = view
        self.statement.setText(view.statement or self.tr("(this meeting has no confidentiality statement)"))
        mine = view.acknowledged(self.ws.profile.device_id)
        self.distribution_button.setEnabled(not view.closed)
        self.acknowledge_button.setEnabled(not mine and bool(view.statement.strip()) and not view.closed)
        self.own_state.setText(
            self.tr("You, {name}, have acknowledged this statement.").format(name=self.ws.profile.name)
            if mine
            else self.tr("You, {name}, have not acknowledged this statement yet.").format(name=self.ws.profile.name)
        )

        def holds(a):
            if not a.genuine:
                return self.tr("NOT ACCEPTED: not made on the device it names")
            if not a.current:
                return self.tr("For an earlier wording: needs acknowledging again")
            return self.tr("Acknowledged")

        self.acks_model.set_rows(
            [
                (a.name, role_label(self.ws.schema, a.role), a.at[:16].replace("T", " "), holds(a))
                for a in view.acknowledgements
            ],
            [f"{a.device_id}/{a.at}" for a in view.acknowledgements],
        )
        self.distribution_model.set_rows(
            [(d.get("name", ""), role_label(self.ws.schema, d.get("role", ""))) for d in view.distribution],
            [d.get("device_id", n) for n, d in enumerate(view.distribution)],
        )

    def acknowledge(self) -> bool:
        if self.view is None:
            return False
        try:
            self.ws.meetings.acknowledge(self.view.meeting_id)
        except ConcordError as exc:
            show_message(self.problem, shown(exc), True, "note")
            return False
        show_message(self.problem, "", False, "note")
        self.changed.emit(self.tr("Your acknowledgement of the confidentiality statement is recorded"))
        return True

    def edit_distribution(self):
        roles = role_labels(self.ws.schema)
        chosen = {d.get("device_id") for d in self.view.distribution}
        return self._open(
            DistributionDialog(self.ws.meetings, self.view.meeting_id, self.ws.members(), roles, chosen, self),
            self.tr("Distribution list saved"),
        )
