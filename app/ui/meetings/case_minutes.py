"""Meeting mode for one case on the agenda: what the agencies bring (the referral facts, each
agency's summary, the survivor's views as the advocate shares them), what the panel says (key
risks apart from opinion, and the decisions), the actions it agrees, and its review of earlier
actions. Everything written here goes into the case, so it is entered once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import ConcordError
from app.models.language import shown
from app.models.meetings.actions import status_text
from app.models.meetings.agenda import reasons_text
from app.models.meetings.mode import CasePanel
from app.models.meetings.service import DISCUSSIONS, MeetingView
from app.ui.common.style import show_message
from app.ui.common.table_model import KEY_ROLE, TextTableModel
from app.ui.common.text import caption, text_label
from app.ui.meetings.dialogs import ActionDialog
from app.ui.meetings.discussion_box import DiscussionBox
from app.ui.meetings.widgets import row_table, selected_key


def _clear(form: QFormLayout) -> None:
    while form.rowCount():
        form.removeRow(0)


translate = QCoreApplication.translate


class CaseMinutes(QWidget):
    status = Signal(str)  # a passing line for the status bar
    written = Signal(str)  # the id of the case this wrote into
    saved = Signal()  # the discussion boxes hold nothing unsaved any more

    def __init__(self, workspace, today, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("caseMinutes")
        self.ws, self.today = workspace, today
        self.meeting_id, self.case_id = "", ""
        self.meeting_date: dt.date | None = None
        self.panel: CasePanel | None = None
        schema, role = workspace.schema, workspace.role
        self.can_discuss = schema.can_write(role, DISCUSSIONS)
        self.can_act = schema.can_write(role, "action_items")
        self.can_review = self.can_act and schema.can_write(role, "action_reviews")
        self.closed = False  # the meeting shown is closed: nothing in it is edited here

        body = QWidget(self)
        self.heading = text_label(body, "caseHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.facts = QFormLayout()
        self.summaries = QFormLayout()
        for form in (self.facts, self.summaries):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            form.setHorizontalSpacing(12)
        self.views_caption = caption(body, self.tr("Survivor's views (through the advocate)"))
        self.views = text_label(body, "survivorViews")
        self.views.setAccessibleName(self.tr("Survivor's views"))

        self.boxes = [
            DiscussionBox("key_risks", self.tr("Key risks: facts"), body),
            DiscussionBox("opinions", self.tr("Professional opinion"), body),
            DiscussionBox("decisions", self.tr("Decisions"), body),
        ]
        titles = (self.tr("&Key risks: facts"), self.tr("Pro&fessional opinion"), self.tr("&Decisions"))
        hints = (
            self.tr("What is known, apart from opinion"),
            self.tr("What the agencies think, said as opinion"),
            self.tr("What the panel decided"),
        )
        discussion = QHBoxLayout()
        for box, title, hint in zip(self.boxes, titles, hints):
            box.setPlaceholderText(hint)
            box.setReadOnly(not self.can_discuss)
            box.left.connect(self.save_discussion)
            column = QVBoxLayout()
            column.addWidget(caption(body, title, box))
            column.addWidget(box)
            discussion.addLayout(column, 1)
        self.save_button = QPushButton(self.tr("Sa&ve discussion"), body)
        self.save_button.clicked.connect(self.save_discussion)
        self.save_button.setVisible(self.can_discuss)
        self.save_state = text_label(body, "saveState")

        self.actions_model = TextTableModel(
            [
                (self.tr("Action"), self.tr("What will be done")),
                (self.tr("Owning agency"), self.tr("Owning agency")),
                (self.tr("Owner"), self.tr("Person who owns the action")),
                (self.tr("Target date"), self.tr("Target date")),
                (self.tr("Status"), self.tr("Status last reported")),
                (self.tr("Overdue"), self.tr("OVERDUE: still open after its target date")),
            ],
            self,
        )
        # Not named actions: that is QWidget's list of its QActions.
        self.actions_table = row_table(
            body, self.actions_model, self.tr("Actions agreed at this meeting"), 0, 3, wrap=True
        )
        self.add_action_button = QPushButton(self.tr("Add actio&n…"), body)
        self.add_action_button.clicked.connect(self.add_action)
        self.add_action_button.setVisible(self.can_act)

        self.earlier_model = TextTableModel(
            [
                (self.tr("Action"), self.tr("What was to be done")),
                (self.tr("Owning agency"), self.tr("Owning agency")),
                (self.tr("Owner"), self.tr("Person who owns the action")),
                (self.tr("Target date"), self.tr("Target date")),
                (self.tr("Status"), self.tr("Status last reported")),
                (self.tr("This meeting"), self.tr("Done, circumstances changed or not done, as this meeting found")),
                (self.tr("Note"), self.tr("The meeting's note on the action")),
            ],
            self,
        )
        self.earlier = row_table(body, self.earlier_model, self.tr("Earlier actions to review"), (0, 6), 3, wrap=True)
        self.earlier.selectionModel().selectionChanged.connect(self._update_review_buttons)
        self.note = QLineEdit(body)
        self.note.setAccessibleName(self.tr("Note on the review"))
        self.note.setPlaceholderText(self.tr("Note for the minutes (optional)"))
        self.review_buttons = []
        review_row = QHBoxLayout()
        review_row.addWidget(self.note, 1)
        for outcome, text in (
            ("done", self.tr("Done")),
            ("circumstances changed", self.tr("Circumstances changed")),
            ("not done", self.tr("Not done")),
        ):
            button = QPushButton(text, body)
            button.setAccessibleName(self.tr("Review the selected action: {outcome}").format(outcome=text))
            button.clicked.connect(lambda _=False, o=outcome: self.review(o))
            review_row.addWidget(button)
            self.review_buttons.append(button)
        for w in [self.note, *self.review_buttons]:
            w.setVisible(self.can_review)
        self.problem = text_label(body, "note")

        grid = QGridLayout(body)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(18)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(caption(body, self.tr("Referral and risk")))
        left.addLayout(self.facts)
        left.addStretch(1)
        right.addWidget(caption(body, self.tr("What each agency brings")))
        right.addLayout(self.summaries)
        right.addWidget(self.views_caption)
        right.addWidget(self.views)
        right.addStretch(1)
        grid.addLayout(left, 1, 0)
        grid.addLayout(right, 1, 1)
        grid.addLayout(discussion, 2, 0, 1, 2)
        row = QHBoxLayout()
        row.addWidget(self.save_state, 1)
        row.addWidget(self.save_button)
        grid.addLayout(row, 3, 0, 1, 2)
        grid.addWidget(caption(body, self.tr("Actions agreed for this case at this meeting")), 4, 0, 1, 2)
        grid.addWidget(self.actions_table, 5, 0, 1, 2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_action_button)
        grid.addLayout(row, 6, 0, 1, 2)
        grid.addWidget(caption(body, self.tr("Earlier actions to revie&w"), self.earlier), 7, 0, 1, 2)
        grid.addWidget(self.earlier, 8, 0, 1, 2)
        grid.addLayout(review_row, 9, 0, 1, 2)
        grid.addWidget(self.problem, 10, 0, 1, 2)
        grid.setRowStretch(11, 1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Meeting mode for the case"))
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._update_review_buttons()

    # ----- showing --------------------------------------------------------------------------------
    def show_case(
        self, meeting_id: str, meeting_date: dt.date | None, case_id: str, view: MeetingView | None = None
    ) -> None:
        """view: the meeting as just read, when the caller has it (else it is read here)."""
        if (meeting_id, case_id) != (self.meeting_id, self.case_id):
            self.flush()
            for box in self.boxes:
                box.base = ""
                box.clear()
            self.note.clear()
            show_message(self.problem, "", False, "note")
        self.meeting_id, self.meeting_date, self.case_id = meeting_id, meeting_date, case_id
        self.refresh(view)

    def typing(self) -> bool:
        """Someone is typing in a discussion box, with edits not saved yet."""
        return any(box.hasFocus() and box.dirty for box in self.boxes)

    def refresh(self, view: MeetingView | None = None) -> None:
        """view: the meeting as just read, when the caller has it; reading it is most of the cost."""
        if not self.case_id:
            return
        try:
            if view is None or view.meeting_id != self.meeting_id:
                view = self.ws.meetings.view(self.meeting_id)
            panel = self.ws.meeting_mode.case_panel(view, self.case_id, self.today())
        except ConcordError as exc:
            show_message(
                self.problem, self.tr("This case cannot be shown: {problem}").format(problem=shown(exc)), True, "note"
            )
            return
        self.panel = panel
        # A closed meeting's record stands as minuted: shown, not edited, until the chair reopens it.
        self.closed = view.closed
        for box in self.boxes:
            box.setReadOnly(not self.can_discuss or self.closed)
        self.add_action_button.setEnabled(not self.closed)
        item = panel.item
        self.heading.setText(
            self.tr("Case {reference}: {reasons} ({minutes} min)").format(
                reference=panel.reference,
                reasons=reasons_text(item.reasons) if item else "",
                minutes=item.minutes if item else 0,
            )
        )
        _clear(self.facts)
        for label, value in panel.facts:
            # The labels (and Concord's words among the values) are marked in the MeetingFacts context.
            self.facts.addRow(
                QLabel(self.tr("{label}:").format(label=translate("MeetingFacts", label)), self),
                text_label(self, "", translate("MeetingFacts", str(value))),
            )
        if panel.contact:
            # Actions agreed here often mean contact with a party: the language they asked for.
            self.facts.addRow(
                QLabel(self.tr("Language for contact:"), self), text_label(self, "contactLanguages", panel.contact)
            )
        _clear(self.summaries)
        for agency, text in panel.summaries:
            value = text_label(self, "", text or self.tr("(nothing written)"))
            value.setAccessibleName(self.tr("Summary from {agency}").format(agency=agency))
            self.summaries.addRow(QLabel(self.tr("{agency}:").format(agency=agency), self), value)
        readable = panel.survivor_views is not None
        self.views_caption.setVisible(readable)
        self.views.setVisible(readable)
        self.views.setText((panel.survivor_views or "").strip() or self.tr("(nothing written)"))
        d = panel.discussion
        kept = []
        for box in self.boxes:
            box.setVisible(d is not None)
            if box.dirty:  # never replaced under the person's hands: their save merges instead
                kept.append(box.accessibleName())
                continue
            box.load(getattr(d, box.part) if d is not None else "")
        self.save_button.setVisible(d is not None and self.can_discuss and not self.closed)
        if kept:
            self.save_state.setText(self.tr("Not saved yet: {parts}").format(parts=", ".join(kept)))
        self._show_actions(panel)

    def _show_actions(self, panel: CasePanel) -> None:
        def cells(r):
            return (
                r.action,
                r.agency,
                r.owner,
                r.target.isoformat() if r.target else "",
                status_text(r.status),
                self.tr("OVERDUE") if r.overdue else "",
            )

        self.actions_model.set_rows(
            [cells(r) for r in panel.actions],
            [r.action_id for r in panel.actions],
            [n for n, r in enumerate(panel.actions) if r.overdue],
        )
        self.earlier_model.set_rows(
            [cells(r)[:5] + (outcome, note) for r, outcome, note in panel.earlier],
            [r.action_id for r, _o, _n in panel.earlier],
            [n for n, (r, _o, _n) in enumerate(panel.earlier) if r.overdue],
        )
        self._update_review_buttons()

    def _update_review_buttons(self, *_args) -> None:
        chosen = bool(selected_key(self.earlier, KEY_ROLE))
        for button in self.review_buttons:
            button.setEnabled(chosen and not self.closed)

    # ----- writing --------------------------------------------------------------------------------
    def _failed(self, exc: ConcordError) -> None:
        show_message(self.problem, shown(exc), True, "note")

    def save_discussion(self) -> bool:
        """Save every box with unsaved edits, each merged into the text as it now is."""
        if not self.case_id or not self.can_discuss:
            return True
        dirty = [box for box in self.boxes if box.dirty]
        if not dirty:
            return True
        try:
            for box in dirty:
                self.ws.meeting_mode.write_discussion(
                    self.meeting_id, self.case_id, box.part, box.toPlainText(), base=box.base
                )
                box.base = box.toPlainText()  # saved: what others wrote meanwhile comes in below
        except ConcordError as exc:
            self.save_state.setText(self.tr("Not saved: {problem}").format(problem=shown(exc)))
            self._failed(exc)
            return False
        self.save_state.setText(
            self.tr("Discussion saved in case {reference}").format(reference=self.panel.reference if self.panel else "")
        )
        show_message(self.problem, "", False, "note")
        self.refresh()
        self.written.emit(self.case_id)
        self.saved.emit()
        return True

    def flush(self) -> bool:
        return self.save_discussion()

    def add_action(self) -> ActionDialog | None:
        if not self.case_id or self.panel is None:
            return None
        target = (self.meeting_date or self.today()) + dt.timedelta(days=14)
        dialog = ActionDialog(
            self.ws.meeting_mode,
            self.meeting_id,
            self.panel.reference,
            target,
            self.ws.meetings.policy.agencies,
            self.ws.members(),
            self.ws.profile.agency,
            self,
            contact=self.panel.contact,
            agencies_cy=self.ws.meetings.policy.agencies_cy,
        )
        dialog.accepted.connect(self._action_added)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.action_dialog = dialog
        return dialog

    def _action_added(self) -> None:
        self.refresh()
        self.written.emit(self.case_id)
        self.status.emit(
            self.tr("Action added to case {reference}").format(reference=self.panel.reference if self.panel else "")
        )

    def review(self, outcome: str) -> bool:
        action_id = selected_key(self.earlier, KEY_ROLE)
        if not action_id:
            return False
        try:
            self.ws.meeting_mode.review_action(self.meeting_id, self.case_id, action_id, outcome, self.note.text())
        except ConcordError as exc:
            self._failed(exc)
            return False
        self.note.clear()
        show_message(self.problem, "", False, "note")
        self.refresh()
        self.written.emit(self.case_id)
        self.status.emit(self.tr("Earlier action reviewed: {outcome}").format(outcome=outcome))
        return True
