"""A strip under a field whose value was set differently on two devices at the same time.

It lists every value still held, says which device set each, and - for a role that may change
the field - offers "Keep this" per value. Until someone chooses, nothing is lost: every device
shows the same strip. A read-only role sees the values but not the buttons.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from app.models.case_schema import FieldDef
from app.models.documents.conflicts import Candidate

_STYLE = """
QFrame#conflictStrip {
    border: 1px solid palette(mid);
    border-left: 4px solid #b45309;
    background: palette(base);
}
QLabel#conflictProblem {
    color: #9b1c1c;
    font-weight: bold;
}
"""


translate = QCoreApplication.translate


def display_value(f: FieldDef, value) -> str:
    """A candidate value as a person reads it; a cleared value says so rather than showing nothing."""
    if value is None:
        return translate("ConflictStrip", "(cleared)")
    if isinstance(value, bool):
        return translate("ConflictStrip", "Yes") if value else translate("ConflictStrip", "No")
    return str(value)


def describe_devices(actors: tuple[bytes, ...], own_actor: bytes, names: dict[bytes, str]) -> str:
    """Who set a value: this device, a named member's device, or a short id of an unknown one."""
    parts = []
    for actor in actors:
        if actor == own_actor:
            parts.append(translate("ConflictStrip", "this device"))
        elif actor in names:
            parts.append(names[actor])
        else:
            parts.append(translate("ConflictStrip", "another device ({short})").format(short=actor.hex()[:8]))
    return ", ".join(parts)


class ConflictStrip(QFrame):
    """The values one field (or one record's sub-field) holds at once."""

    chosen = Signal(object, list)  # the value to keep, and the candidates the person chose among

    def __init__(
        self,
        f: FieldDef,
        label: str,
        editable: bool,
        describe: Callable[[tuple[bytes, ...]], str],
        after: QWidget | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.field = f
        self.label = label
        self.editable = editable
        self.describe = describe
        self.after = after  # the buttons come right after this widget in the Tab order
        self.candidates: list[Candidate] = []
        self.buttons: list[QPushButton] = []
        self.setObjectName("conflictStrip")
        self.setStyleSheet(_STYLE)
        self.setAccessibleName(translate("ConflictStrip", "Conflicting values for {label}").format(label=label))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        outer.setSpacing(4)
        top = QHBoxLayout()
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAccessibleName(translate("ConflictStrip", "Warning"))
        self.heading = QLabel(self)
        self.heading.setObjectName("conflictHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.heading, 1)
        outer.addLayout(top)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(2)
        outer.addLayout(self.rows)
        self.problem = QLabel(self)
        self.problem.setObjectName("conflictProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        outer.addWidget(self.problem)
        self.hide()

    def show_candidates(self, candidates: list[Candidate] | None) -> None:
        """Show these values (None or fewer than two: the field is settled, hide the strip)."""
        self.candidates = list(candidates or [])
        self.buttons = []
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if len(self.candidates) < 2:
            self.problem.hide()
            self.hide()
            return
        if self.editable:
            heading = translate(
                "ConflictStrip", "{label} was changed on different devices at the same time. Choose the value to keep."
            )
        else:
            heading = translate(
                "ConflictStrip",
                "{label} was changed on different devices at the same time. "
                "Someone whose role may change it needs to choose the value to keep.",
            )
        self.heading.setText(heading.format(label=self.label))
        described = []
        for index, candidate in enumerate(self.candidates):
            shown = display_value(self.field, candidate.value)
            who = self.describe(candidate.actors)
            row = QWidget(self)
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            text = QLabel(
                translate("ConflictStrip", "“{value}”, set on {devices}").format(value=shown, devices=who), row
            )
            text.setObjectName(f"conflictValue:{index}")
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            row_layout.addWidget(text, 1)
            if self.editable:
                button = QPushButton(translate("ConflictStrip", "Keep this"), row)
                button.setObjectName(f"keep:{index}")
                button.setAccessibleName(
                    translate("ConflictStrip", "Keep “{value}” for {label}").format(value=shown, label=self.label)
                )
                button.clicked.connect(lambda _=False, c=candidate: self.chosen.emit(c.value, list(self.candidates)))
                row_layout.addWidget(button, 0)
                self.buttons.append(button)
            self.rows.addWidget(row)
            described.append(f"{shown} ({who})")
        previous = self.after
        for button in self.buttons:
            # Buttons made after the page was built would otherwise come last in the Tab order.
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button
        self.setAccessibleDescription(self.heading.text() + " " + "; ".join(described))
        self.show()

    def show_problem(self, message: str) -> None:
        self.problem.setText(translate("ConflictStrip", "Not resolved: {message}").format(message=message))
        self.problem.show()

    def values_shown(self) -> list:
        return [] if self.isHidden() else [c.value for c in self.candidates]
