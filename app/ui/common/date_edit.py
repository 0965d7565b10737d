"""A date as people in the UK write it (05/12/2026), kept as ISO text (2026-12-05), and possibly empty.

A QDateEdit cannot be empty, and it quietly turns what it cannot read into something it can. So a
date is typed into a line of text, with a calendar beside it; what is typed is read as d/m/yyyy,
dd/mm/yyyy or yyyy-mm-dd, and anything else is refused in words beside the field: never changed
into another date, never stored.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models import clock
from app.models.language import shown
from app.ui.common.warning import WarningBanner

DISPLAY_FORMAT = "dd/MM/yyyy"  # what a person sees and picks, as a QDate format
EARLIEST = dt.date(1900, 1, 1)  # earlier is a mistyped year (0026, 1026), not a case date

_UK = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_ISO_WHOLE = re.compile(r"\d{4}-\d{2}-\d{2}")
# What can still grow into one of those forms while the person types.
_UK_START = re.compile(r"\d{1,2}([/.\-](\d{1,2}([/.\-]\d{0,4})?)?)?")
_ISO_START = re.compile(r"\d{1,4}(-(\d{1,2}(-\d{0,2})?)?)?")


translate = QCoreApplication.translate


class DateIncomplete(Exception):
    """What is typed so far could still become a date (e.g. '05/12/20'): wait for more."""


class DateProblem(Exception):
    """What is typed is not a date this field takes. The message says why and what to write, for
    the warning beside the field; ``summary`` says it in a few words, for a "Not saved" line."""

    def __init__(self, message: str, summary: str):
        super().__init__(message)
        self.summary = summary


def format_day(day: dt.date) -> str:
    """A date as shown: dd/mm/yyyy."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def display_text(value: object) -> str:
    """A stored value as shown: ISO dates in the UK form, nothing as '', anything unreadable as it is."""
    if value is None or value == "":
        return ""
    if isinstance(value, dt.date):
        return format_day(value)
    if not isinstance(value, str):
        return str(value)
    try:
        return format_day(dt.date.fromisoformat(value))
    except ValueError:
        return value


def read_day(text: str, final: bool = True) -> dt.date | None:
    """The date typed, or None for nothing typed.

    Raises DateIncomplete while the text could still become a date (only when final is False) and
    DateProblem when it is not one."""
    text = text.strip()
    if not text:
        return None
    uk = _UK.fullmatch(text)
    iso = None if uk else _ISO.fullmatch(text)
    if iso is not None and not final and not _ISO_WHOLE.fullmatch(text):
        iso = None  # '2026-12-1' may be the start of '2026-12-15'
    if uk is None and iso is None:
        if not final and (_UK_START.fullmatch(text) or _ISO_START.fullmatch(text)):
            raise DateIncomplete
        raise DateProblem(
            translate("DateEdit", "Not a date: “{text}”. Write it as dd/mm/yyyy, for example {example}.").format(
                text=text, example=format_day(clock.today())
            ),
            _not_a_date(text),
        )
    if uk is not None:
        day_s, month_s, year_s = uk.groups()
    else:
        assert iso is not None  # one of the two forms matched, or the text was refused above
        year_s, month_s, day_s = iso.groups()
    try:
        day = dt.date(int(year_s), int(month_s), int(day_s))
    except ValueError:
        raise DateProblem(
            translate(
                "DateEdit", "Not a date: “{text}” is not a day of the calendar (the day comes first: dd/mm/yyyy)."
            ).format(text=text),
            _not_a_date(text),
        ) from None
    if day < EARLIEST:
        raise DateProblem(
            translate("DateEdit", "Not accepted: {day} is before {earliest}: check the year.").format(
                day=format_day(day), earliest=format_day(EARLIEST)
            ),
            translate("DateEdit", "{day} is too early").format(day=format_day(day)),
        )
    return day


def _not_a_date(text: str) -> str:
    return translate("DateEdit", "“{text}” is not a date").format(text=text)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class _DateLine(QLineEdit):
    """The text of the date; Alt+Down or F4 opens the calendar, as in Qt's own date editors."""

    calendar_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if (alt_down or event.key() == Qt.Key.Key_F4) and not self.isReadOnly():
            self.calendar_requested.emit()
            return
        super().keyPressEvent(event)


class _CalendarPopup(QFrame):
    """A month to pick a day from: a click, or the arrows and Return; Escape closes it."""

    chosen = Signal(QDate)

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("dateCalendar")
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setGridVisible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._chose)
        self.calendar.activated.connect(self._chose)

    def _chose(self, day: QDate) -> None:
        self.hide()
        self.chosen.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)


class DateEdit(QWidget):
    """A date field: text shown as dd/mm/yyyy, a calendar button, and a warning when what is
    typed is refused. Focus goes to the text (so a label can be its buddy).

    ``edited``: the person changed the text; ``committed``: they left the field, pressed Return
    or picked a day. ``check(final)`` reads the date (or None when empty), showing or clearing the
    warning; ``iso()`` gives it as stored text.
    """

    edited = Signal()
    committed = Signal()

    def __init__(self, parent: QWidget | None = None, optional: bool = True):
        super().__init__(parent)
        self.optional = optional
        self._maximum: dt.date | Callable[[], dt.date] | None = None
        self._maximum_reason = ""
        self._loading = False
        self._popup: _CalendarPopup | None = None

        self.line = _DateLine(self)
        self.line.setObjectName("dateText")
        self.line.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.line.setClearButtonEnabled(optional)
        room = self.line.fontMetrics().horizontalAdvance("00/00/0000__")
        self.line.setFixedWidth(room + 44)  # the text, the clear button and the frame
        self.calendar_button = QToolButton(self)
        self.calendar_button.setObjectName("dateCalendarButton")
        icon = QIcon.fromTheme("x-office-calendar")
        if icon.isNull():
            self.calendar_button.setText(self.tr("Calendar"))
        else:
            self.calendar_button.setIcon(icon)
        # Like Qt's own date editors the button is no Tab stop: Alt+Down opens the calendar.
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.warning = WarningBanner(self, "dateWarning")

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.line)
        row.addWidget(self.calendar_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.line)

        self.line.textChanged.connect(self._typed)
        self.line.editingFinished.connect(self._finished)
        self.line.calendar_requested.connect(self.open_calendar)
        self.calendar_button.clicked.connect(self.open_calendar)
        self._describe_button()

    # ----- limits ------------------------------------------------------------------------------
    def set_maximum(self, latest: dt.date | Callable[[], dt.date] | None, reason: str = "") -> None:
        """Refuse dates after `latest` (a date, or a function asked each time, as the clock moves
        on), saying `reason`; the calendar offers no later day."""
        self._maximum = latest
        self._maximum_reason = reason
        self._describe_button()

    def maximum(self) -> dt.date | None:
        return self._maximum() if callable(self._maximum) else self._maximum

    def limit_note(self) -> str:
        """The latest date taken, and why, in words (for tooltips and screen readers)."""
        latest = self.maximum()
        if latest is None:
            return ""
        note = self.tr("No later than {latest}").format(latest=format_day(latest))
        return f"{note}: {self._maximum_reason}" if self._maximum_reason else note

    # ----- reading and showing -----------------------------------------------------------------
    def text(self) -> str:
        return self.line.text()

    def read(self, final: bool = True) -> dt.date | None:
        """The date typed (None when empty), without touching the warning."""
        day = read_day(self.line.text(), final)
        if day is None:
            if not self.optional and final:
                raise DateProblem(
                    self.tr("A date is needed here: write it as dd/mm/yyyy."), self.tr("a date is needed")
                )
            return None
        latest = self.maximum()
        if latest is not None and day > latest:
            why = f" {self._maximum_reason[:1].upper()}{self._maximum_reason[1:]}." if self._maximum_reason else ""
            raise DateProblem(
                self.tr("Not accepted: {day} is after {latest}, the latest date this takes.{why}").format(
                    day=format_day(day), latest=format_day(latest), why=why
                ),
                self.tr("{day} is too late").format(day=format_day(day)),
            )
        return day

    def check(self, final: bool = True) -> dt.date | None:
        """Read the date and show (or clear) the warning beside the field. While the person is
        still typing (final False) a date that may yet come is not warned about."""
        try:
            day = self.read(final)
        except DateIncomplete:
            self.show_warning("")
            raise
        except DateProblem as problem:
            self.show_warning(shown(problem))
            raise
        self.show_warning("")
        return day

    def iso(self, final: bool = True) -> str:
        day = self.check(final)
        return "" if day is None else day.isoformat()

    def set_date(self, value: dt.date | str | None) -> None:
        """Show a stored date (ISO text or a date) without it counting as an edit. A stored value
        that is no date is shown as it is, with the warning, rather than hidden."""
        self._loading = True
        try:
            self.line.setText(display_text(value))
        finally:
            self._loading = False
        self.line.setCursorPosition(0)
        try:
            read_day(self.line.text(), True)
        except DateProblem as problem:
            self.show_warning(shown(problem))
        else:
            self.show_warning("")

    def show_warning(self, message: str) -> None:
        self.warning.set_warnings([message] if message else [])

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)
        self.line.setClearButtonEnabled(self.optional and not read_only)
        self.calendar_button.setVisible(not read_only)

    def isReadOnly(self) -> bool:  # noqa: N802 - named as Qt's editors name it
        return self.line.isReadOnly()

    # ----- the calendar ------------------------------------------------------------------------
    @property
    def calendar(self) -> QCalendarWidget | None:
        """The calendar of the popup, once it has been opened."""
        return self._popup.calendar if self._popup is not None else None

    def open_calendar(self) -> QCalendarWidget | None:
        if self.line.isReadOnly():
            return None
        if self._popup is None:
            self._popup = _CalendarPopup(self.line)  # the text keeps its edit open while it shows
            self._popup.chosen.connect(self._picked)
            self._popup.calendar.setAccessibleName(self.tr("Calendar: {name}").format(name=self.accessibleName()))
        calendar = self._popup.calendar
        calendar.setMinimumDate(_qdate(EARLIEST))
        latest = self.maximum()
        calendar.setMaximumDate(_qdate(latest) if latest is not None else QDate(9999, 12, 31))
        try:
            shown = read_day(self.line.text(), True)
        except DateProblem:
            shown = None
        start = shown or clock.today()
        calendar.setSelectedDate(_qdate(min(start, latest) if latest is not None else start))
        self._popup.adjustSize()
        self._popup.move(self._popup_position())
        self._popup.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)
        return calendar

    def _popup_position(self) -> QPoint:
        assert self._popup is not None  # placed only as open_calendar shows it
        below = self.line.mapToGlobal(QPoint(0, self.line.height()))
        size = self._popup.sizeHint()
        screen = self.line.screen()
        if screen is None:
            return below
        room = screen.availableGeometry()
        x = max(room.left(), min(below.x(), room.right() - size.width()))
        y = (
            below.y()
            if below.y() + size.height() <= room.bottom()
            else self.line.mapToGlobal(QPoint(0, 0)).y() - size.height()
        )
        return QPoint(x, max(room.top(), y))

    def choose(self, day: dt.date) -> None:
        """Take a day picked from the calendar: shown, checked and committed at once."""
        self.line.setText(format_day(day))
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)
        try:
            self.check(True)
        except DateProblem:
            pass  # the warning says why; the saver hears of it too
        self.committed.emit()

    def _picked(self, day: QDate) -> None:
        self.choose(dt.date(day.year(), day.month(), day.day()))

    # ----- typing ------------------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        if self._loading or self.line.isReadOnly():
            return
        try:
            self.check(False)
        except (DateIncomplete, DateProblem):
            pass
        self.edited.emit()

    def _finished(self) -> None:
        if self.line.isReadOnly():
            return
        try:
            day = self.check(True)
        except DateProblem:
            day = None
        else:
            if day is not None and self.line.text() != format_day(day):
                # A date typed as 5/12/2026 or 2026-12-05 is shown as it is kept: 05/12/2026.
                self._loading = True
                try:
                    self.line.setText(format_day(day))
                finally:
                    self._loading = False
        self.committed.emit()

    def _describe_button(self) -> None:
        parts = [self.tr("Type the date as dd/mm/yyyy, or press Alt+Down to pick it from a calendar.")]
        if self.limit_note():
            parts.append(self.limit_note())
        self.calendar_button.setToolTip(" ".join(parts))
        self.calendar_button.setAccessibleName(self.tr("Open a calendar"))

    def usage_note(self) -> str:
        """How to enter a date here, for a screen reader's description of the field."""
        note = self.tr("written dd/mm/yyyy; Alt+Down opens a calendar")
        return f"{note}; {self.limit_note()}" if self.limit_note() else note
