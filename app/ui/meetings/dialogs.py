"""The small forms of a meeting: scheduling it, recording who came, who watched and who sent
apologies, putting a case on the agenda, agreeing an action, and choosing who gets the minutes.

Each form hands its values to the domain and shows the domain's refusal inside the dialog, which
stays open so nothing typed is lost."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import ConcordError, ValidationError
from app.models.language import option_label, shown
from app.ui.common.text import error_label

Editor = TypeVar("Editor", bound=QWidget)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(parent: QWidget, day: dt.date, name: str) -> QDateEdit:
    edit = QDateEdit(qdate(day), parent)
    edit.setCalendarPopup(True)
    # Shown as people in the agencies write dates; a QDateEdit holds only real dates, and the
    # value is read as a date (stored ISO), never as the text shown.
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setAccessibleName(name)
    return edit


def member_list(parent: QWidget, members: dict, role_labels: dict, name: str) -> QListWidget:
    """The panel's members, one tickable row each (name, role, agency), by name; each row holds
    the member's device id. Tall enough for ten rows, then it scrolls: a dialog fits a small screen."""
    listed = QListWidget(parent)
    listed.setAccessibleName(name)
    for device_id, (person, role, agency) in sorted(members.items(), key=lambda kv: kv[1][0].casefold()):
        item = QListWidgetItem(
            parent.tr("{name}, {role} ({agency})").format(name=person, role=role_labels.get(role, role), agency=agency),
            listed,
        )
        item.setData(Qt.ItemDataRole.UserRole, device_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
    listed.setMinimumWidth(min(listed.sizeHintForColumn(0) + 32, 700))
    row = max(listed.sizeHintForRow(0), listed.fontMetrics().lineSpacing())
    listed.setMinimumHeight(row * (min(listed.count(), 10) + 1) + 8)
    return listed


class FormDialog(QDialog):
    """A form whose OK runs `submit`; a ConcordError from it is shown here and the form stays."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None, note: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.result_value = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows to show a message
        if note:
            label = QLabel(note, self)
            label.setObjectName("sectionHelp")
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def add_row(self, text: str, editor: Editor, name: str) -> Editor:
        editor.setAccessibleName(name)
        editor.setMinimumWidth(300)  # the layout's minimum size rules the dialog's width
        label = QLabel(text, self)
        label.setBuddy(editor)
        self.form.addRow(label, editor)
        return editor

    def show_error(self, message: str) -> None:
        self.error.setText(message[:1].upper() + message[1:])  # the domain's words open a sentence here
        self.error.show()
        self.adjustSize()

    def submit(self):
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.result_value = self.submit()
        except ConcordError as exc:
            self.show_error(shown(exc))
            return
        super().accept()


class ScheduleDialog(FormDialog):
    def __init__(self, service, today: dt.date, parent: QWidget | None = None):
        super().__init__(self.tr("Schedule a panel meeting"), self.tr("&Schedule"), parent)
        self.service = service
        self.date = self.add_row(
            self.tr("&Date:"), date_edit(self, today + dt.timedelta(days=7), ""), self.tr("Meeting date")
        )
        self.time = self.add_row(self.tr("&Time:"), QTimeEdit(QTime(10, 0), self), self.tr("Meeting time"))
        self.time.setDisplayFormat("HH:mm")
        self.venue = self.add_row(self.tr("&Venue:"), QLineEdit(self), self.tr("Venue"))
        self.venue.setPlaceholderText(self.tr("Where the panel meets"))
        self.panel = self.add_row(self.tr("&Panel:"), QLineEdit(self), self.tr("Panel name"))
        self.panel.setPlaceholderText(self.tr("Restorative practice panel"))

    def submit(self):
        return self.service.schedule(
            pydate(self.date.date()), self.time.time().toString("HH:mm"), self.venue.text(), panel=self.panel.text()
        )


class AttendeeDialog(FormDialog):
    """The members of the panel in one list (name, role and agency from the membership log), each
    ticked who is here and all added at once; someone not on the panel by name and agency."""

    def __init__(
        self,
        service,
        meeting_ref: str,
        members: dict,
        role_labels: dict,
        attending: set[str],
        parent: QWidget | None = None,
    ):
        super().__init__(
            self.tr("Record attendees"),
            self.tr("&Add attendees"),
            parent,
            self.tr(
                "Tick each member of the panel who is here. For someone not on the panel, "
                "give their name and agency below."
            ),
        )
        self.service, self.meeting_ref = service, meeting_ref
        self.recorded = 0  # attendees written by this dialog, even if a later one was refused
        self.members = member_list(self, members, role_labels, self.tr("Panel members attending"))
        for n in range(self.members.count()):
            item = self.members.item(n)
            if item.data(Qt.ItemDataRole.UserRole) in attending:
                self._mark_recorded(item)
        label = QLabel(self.tr("&Members:"), self)
        label.setBuddy(self.members)
        self.form.addRow(label, self.members)
        self.name = self.add_row(
            self.tr("Someone else's &name:"), QLineEdit(self), self.tr("Name of someone not on the panel")
        )
        self.agency = self.add_row(
            self.tr("Their a&gency:"), QLineEdit(self), self.tr("Agency of someone not on the panel")
        )

    def _mark_recorded(self, item: QListWidgetItem) -> None:
        item.setText(self.tr("{member} (already recorded)").format(member=item.text()))
        item.setCheckState(Qt.CheckState.Checked)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)

    def chosen(self) -> list[str]:
        """The members ticked here and not recorded already, in the order listed."""
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in map(self.members.item, range(self.members.count()))
            if item.checkState() == Qt.CheckState.Checked and item.flags() & Qt.ItemFlag.ItemIsEnabled
        ]

    def submit(self):
        devices = self.chosen()
        other = bool(self.name.text().strip() or self.agency.text().strip())
        if not devices and not other:
            raise ValidationError(
                self.tr("tick the members who are here, or give the name and agency of someone not on the panel")
            )
        added = []
        if other:  # first: the one most likely refused, before any member is written
            added.append(self.service.add_attendee(self.meeting_ref, self.name.text(), self.agency.text()))
            self.recorded += 1
            self.name.clear()
            self.agency.clear()
        for n in range(self.members.count()):
            item = self.members.item(n)
            if item.data(Qt.ItemDataRole.UserRole) in devices:
                added.append(self.service.add_attendee(self.meeting_ref, device_id=item.data(Qt.ItemDataRole.UserRole)))
                self.recorded += 1
                self._mark_recorded(item)  # so trying again after a refusal does not add them twice
        return added


class ObserverDialog(FormDialog):
    def __init__(self, service, meeting_ref: str, parent: QWidget | None = None):
        super().__init__(self.tr("Record an observer"), self.tr("&Add observer"), parent)
        self.service, self.meeting_ref = service, meeting_ref
        self.name = self.add_row(self.tr("&Name:"), QLineEdit(self), self.tr("Observer's name"))
        self.organisation = self.add_row(self.tr("&Organisation:"), QLineEdit(self), self.tr("Observer's organisation"))
        self.signed = QCheckBox(self.tr("Has &signed the confidentiality statement"), self)
        self.form.addRow(self.signed)

    def submit(self):
        return self.service.add_observer(
            self.meeting_ref, self.name.text(), self.organisation.text(), self.signed.isChecked()
        )


class ApologyDialog(FormDialog):
    def __init__(self, service, meeting_ref: str, today: dt.date, parent: QWidget | None = None):
        super().__init__(self.tr("Record apologies"), self.tr("&Add apologies"), parent)
        self.service, self.meeting_ref = service, meeting_ref
        self.name = self.add_row(self.tr("&Name:"), QLineEdit(self), self.tr("Name of the person sending apologies"))
        self.agency = self.add_row(self.tr("A&gency:"), QLineEdit(self), self.tr("Their agency"))
        self.sent = QCheckBox(self.tr("&Information was sent to the panel"), self)
        self.form.addRow(self.sent)
        self.sent_on = self.add_row(
            self.tr("Sent &on:"), date_edit(self, today, ""), self.tr("Day the information was sent")
        )
        self.sent_on.setEnabled(False)
        self.sent.toggled.connect(self.sent_on.setEnabled)

    def submit(self):
        sent = self.sent.isChecked()
        return self.service.add_apology(
            self.meeting_ref, self.name.text(), self.agency.text(), sent, pydate(self.sent_on.date()) if sent else None
        )


class AgendaItemDialog(FormDialog):
    """Put a case on the agenda by hand, with the reason the chair gives."""

    def __init__(
        self, service, meeting_ref: str, cases: list[tuple[str, str]], minutes: int, parent: QWidget | None = None
    ):
        super().__init__(self.tr("Add a case to the agenda"), self.tr("&Add to agenda"), parent)
        self.service, self.meeting_ref = service, meeting_ref
        self.case = self.add_row(self.tr("&Case:"), QComboBox(self), self.tr("Case to add"))
        for case_id, reference in cases:
            self.case.addItem(reference, case_id)
        self.reason = self.add_row(self.tr("&Reason:"), QLineEdit(self), self.tr("Reason it is on the agenda"))
        self.minutes = self.add_row(self.tr("&Minutes:"), QSpinBox(self), self.tr("Minutes allowed"))
        self.minutes.setRange(1, 120)
        self.minutes.setValue(minutes)
        self.minutes.setSuffix(self.tr(" min"))

    def submit(self):
        if self.case.count() == 0:
            raise ValidationError(self.tr("every case on this device is already on the agenda"))
        return self.service.add_item(
            self.meeting_ref, self.case.currentData(), self.reason.text(), self.minutes.value()
        )


class ActionDialog(FormDialog):
    """An action agreed at the meeting: specific, owned by one agency and one person, dated. The
    agencies are the meetings policy's; the owners offered are the panel members of the agency
    chosen, and anyone else may be typed."""

    def __init__(
        self,
        mode,
        meeting_ref: str,
        case_ref: str,
        target: dt.date,
        agencies,
        members: dict,
        own_agency: str = "",
        parent: QWidget | None = None,
        contact: str = "",
        agencies_cy=(),
    ):
        super().__init__(
            self.tr("Agree an action for {case}").format(case=case_ref),
            self.tr("A&dd action"),
            parent,
            self.tr("Say specifically what will be done, by whom and by when.")
            + ("\n" + self.tr("Language for contact: {languages}").format(languages=contact) if contact else ""),
        )
        self.mode, self.meeting_ref, self.case_ref = mode, meeting_ref, case_ref
        self.people = sorted(members.values(), key=lambda m: m[0].casefold())  # (name, role, agency)
        self.action = self.add_row(self.tr("&Action:"), QPlainTextEdit(self), self.tr("Action"))
        self.action.setTabChangesFocus(True)
        self.action.setMinimumHeight(self.action.fontMetrics().lineSpacing() * 4)
        self.agency = self.add_row(self.tr("Owning a&gency:"), QComboBox(self), self.tr("Owning agency"))
        for agency in agencies:
            self.agency.addItem(option_label(agencies, agencies_cy, agency), agency)
        # This device's own agency first: most actions are agreed by those who will carry them out.
        self.agency.setCurrentIndex(
            next((n for n, a in enumerate(agencies) if a.casefold() == own_agency.casefold()), 0)
        )
        self.owner = self.add_row(self.tr("&Owner:"), QComboBox(self), self.tr("Person who owns the action"))
        self.owner.setEditable(True)
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        owner_line = self.owner.lineEdit()
        assert owner_line is not None  # an editable combo box has its line
        owner_line.setPlaceholderText(self.tr("A member of the agency, or type any name"))
        self.target = self.add_row(self.tr("&Target date:"), date_edit(self, target, ""), self.tr("Target date"))
        self._fill_owners()
        self.agency.currentIndexChanged.connect(self._fill_owners)

    def owners_for(self, agency: str) -> list[str]:
        return [name for name, _role, their in self.people if their.casefold() == agency.casefold()]

    def _fill_owners(self) -> None:
        typed = self.owner.currentText().strip()
        offered = self.owners_for(self.agency.currentData() or "")
        # A member of the agency left behind is not this agency's owner; a name typed freely stays.
        keep = typed if typed in offered or typed not in {name for name, _r, _a in self.people} else ""
        self.owner.clear()
        self.owner.addItems(offered)
        self.owner.setCurrentIndex(-1)
        self.owner.setEditText(keep)

    def submit(self):
        return self.mode.add_action(
            self.meeting_ref,
            self.case_ref,
            self.action.toPlainText(),
            self.agency.currentData(),
            self.owner.currentText(),
            pydate(self.target.date()),
        )


class DistributionDialog(FormDialog):
    """Who receives the minutes: members of the panel only, ticked one by one."""

    def __init__(
        self,
        service,
        meeting_ref: str,
        members: dict,
        role_labels: dict,
        chosen: set[str],
        parent: QWidget | None = None,
    ):
        super().__init__(
            self.tr("Distribution of the minutes"),
            self.tr("&Save list"),
            parent,
            self.tr("The minutes go only to those entitled to them. Tick each member who receives them."),
        )
        self.service, self.meeting_ref = service, meeting_ref
        self.members = member_list(self, members, role_labels, self.tr("Members who receive the minutes"))
        for n in range(self.members.count()):
            if self.members.item(n).data(Qt.ItemDataRole.UserRole) in chosen:
                self.members.item(n).setCheckState(Qt.CheckState.Checked)
        label = QLabel(self.tr("&Members:"), self)
        label.setBuddy(self.members)
        self.form.addRow(label, self.members)

    def chosen(self) -> list[str]:
        return [
            self.members.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.members.count())
            if self.members.item(n).checkState() == Qt.CheckState.Checked
        ]

    def submit(self):
        return self.service.set_distribution(self.meeting_ref, self.chosen())
