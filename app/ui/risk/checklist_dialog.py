"""Recording a risk assessment: the instrument's questions, each answered, with the source of
information when it is not the person harmed's account; professional judgement may raise the
level, with a reason. The score and level are shown as the answers are given."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models import clock
from app.models.errors import ValidationError
from app.models.language import WELSH, pick, shown
from app.models.language import current as current_language
from app.models.language import option_label as _option_label
from app.models.risk.assessment import Answer, Assessment, make_assessment
from app.models.risk.instruments import Instrument
from app.models.risk.policy import RiskPolicy
from app.ui.common.date_edit import DateEdit, DateProblem
from app.ui.common.fit import fit_size


def option_label_list(english, welsh) -> list[str]:
    return [_option_label(english, welsh, label) for label in english]


class ChecklistDialog(QDialog):
    def __init__(
        self,
        instrument: Instrument,
        policy: RiskPolicy,
        assessor: str,
        agency: str,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.instrument, self.policy, self.today = instrument, policy, today or clock.today()
        self.result_assessment: Assessment | None = None
        self.setWindowTitle(self.tr("Record a risk assessment"))
        self.setAccessibleName(self.tr("Record a risk assessment"))
        fit_size(self, 760, 720)

        layout = QVBoxLayout(self)
        title = QLabel(f"{pick(instrument, 'name')} ({instrument.version})", self)
        title.setObjectName("checklistTitle")
        bold = title.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        title.setFont(bold)
        title.setWordWrap(True)
        layout.addWidget(title)
        credit = QLabel(pick(instrument, "credit"), self)
        credit.setObjectName("checklistCredit")
        credit.setWordWrap(True)
        layout.addWidget(credit)
        if current_language() == WELSH and instrument.welsh_status != "checked":
            # Welsh questions no Welsh-speaking practitioner has checked yet say so, where they are asked.
            pending = QLabel(pick(instrument, "welsh_note") or self.tr("Translation awaiting checking."), self)
            pending.setObjectName("checklistTranslationNote")
            pending.setWordWrap(True)
            layout.addWidget(pending)

        head = QFormLayout()
        self.date = DateEdit(self, optional=False)
        self.date.set_date(self.today)
        self.date.set_maximum(self.today, self.tr("an assessment cannot be dated in the future"))
        self.date.setAccessibleName(self.tr("Date of the assessment"))
        self.date.line.setAccessibleName(self.tr("Date of the assessment"))
        self.date.line.setAccessibleDescription(self.date.usage_note())
        self.assessor = QLineEdit(assessor, self)
        self.assessor.setAccessibleName(self.tr("Assessor"))
        self.agency = QLineEdit(agency, self)
        self.agency.setAccessibleName(self.tr("Assessor's agency"))
        head.addRow(self.tr("&Date"), self.date)
        head.addRow(self.tr("A&ssessor"), self.assessor)
        head.addRow(self.tr("A&gency"), self.agency)
        layout.addLayout(head)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        body = QWidget(scroll)
        grid = QGridLayout(body)
        grid.setColumnStretch(len(instrument.answers), 1)  # the source box takes the spare width
        self.groups: dict[str, QButtonGroup] = {}
        self.sources: dict[str, QLineEdit] = {}
        for row, q in enumerate(instrument.questions):
            text = QLabel(f"{row + 1}. {pick(q, 'text')}", body)
            text.setWordWrap(True)
            grid.addWidget(text, row * 2, 0, 1, 1 + len(instrument.answers))
            group = QButtonGroup(self)
            labels = option_label_list(instrument.answer_labels, instrument.answer_labels_cy)
            for col, (value, label) in enumerate(zip(instrument.answers, labels)):
                button = QRadioButton(label, body)
                button.setAccessibleName(f"{q.id}: {label}")
                button.setProperty("answer", value)
                group.addButton(button)
                grid.addWidget(button, row * 2 + 1, col)
            group.buttonToggled.connect(self._update)
            source = QLineEdit(body)
            source.setPlaceholderText(self.tr("Source, if not {who}").format(who=pick(instrument, "default_source")))
            source.setAccessibleName(self.tr("Source of information for question {n}").format(n=row + 1))
            grid.addWidget(source, row * 2 + 1, len(instrument.answers))
            self.groups[q.id], self.sources[q.id] = group, source
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

        judge = QFormLayout()
        self.level_label = QLabel(self)
        self.level_label.setObjectName("checklistScore")
        self.level_label.setAccessibleName(self.tr("Score and level"))
        judge.addRow(self.tr("Score"), self.level_label)
        self.raise_to = QComboBox(self)
        self.raise_to.setAccessibleName(self.tr("Raise the level by professional judgement"))
        self.raise_to.currentIndexChanged.connect(self._update_reason)
        judge.addRow(self.tr("&Professional judgement"), self.raise_to)
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for the professional judgement"))
        self.reason.setPlaceholderText(self.tr("Why the level is raised (required when it is)"))
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4)
        judge.addRow(self.tr("&Reason"), self.reason)
        layout.addLayout(judge)

        self.problem = QLabel(self)
        self.problem.setObjectName("dialogProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update()

    # ----- reading what was entered -------------------------------------------------------------
    def answers(self) -> dict[str, Answer]:
        out = {}
        for qid, group in self.groups.items():
            checked = group.checkedButton()
            if checked is not None:
                out[qid] = Answer(checked.property("answer"), self.sources[qid].text())
        return out

    def set_answer(self, qid: str, value: str, source: str = "") -> None:
        for button in self.groups[qid].buttons():
            if button.property("answer") == value:
                button.setChecked(True)
        self.sources[qid].setText(source)

    def _score(self) -> int:
        return sum(1 for a in self.answers().values() if a.value == self.instrument.scoring_answer)

    def _update(self, *_args) -> None:
        score = self._score()
        computed = self.policy.level_for(self.instrument.id, score)
        answered = len(self.answers())
        total = len(self.instrument.questions)
        self.level_label.setText(
            self.tr("{score} of {total}: {level}{rest}").format(
                score=score,
                total=total,
                level=computed.label,
                rest="" if answered == total else self.tr(" (%n question(s) still unanswered)", "", total - answered),
            )
        )
        kept = self.raise_to.currentData()
        self.raise_to.blockSignals(True)
        self.raise_to.clear()
        self.raise_to.addItem(self.tr("No: keep {level}").format(level=computed.label), "")
        levels = self.policy.levels_for(self.instrument.id)
        for lv in levels[self.policy.rank(self.instrument.id, computed.id) + 1 :]:  # judgement only raises
            self.raise_to.addItem(self.tr("Raise to {level}").format(level=lv.label), lv.id)
        index = self.raise_to.findData(kept) if kept else 0
        self.raise_to.setCurrentIndex(max(0, index))
        self.raise_to.blockSignals(False)
        self._update_reason()

    def _update_reason(self, *_args) -> None:
        self.reason.setEnabled(bool(self.raise_to.currentData()))

    def accept(self) -> None:
        try:
            assessed_on = self.date.check(True)
        except DateProblem as problem:  # the warning beside the date gives the reason in full
            self.problem.setText(self.tr("Date of the assessment: {summary}").format(summary=problem.summary))
            return
        assert assessed_on is not None  # the date is required: check(True) refuses an empty one
        # The model takes answers in any of its forms; the dialog only ever gives Answers.
        answers: dict[str, str | tuple[str, str] | Answer] = dict(self.answers())
        try:
            made = make_assessment(
                self.instrument,
                self.policy,
                assessed_on=assessed_on,
                assessor=self.assessor.text(),
                agency=self.agency.text(),
                answers=answers,
                judgement_level=self.raise_to.currentData() or "",
                judgement_reason=self.reason.toPlainText() if self.raise_to.currentData() else "",
                today=self.today,
            )
        except ValidationError as exc:
            self.problem.setText(shown(exc))
            return
        self.result_assessment = made
        super().accept()
