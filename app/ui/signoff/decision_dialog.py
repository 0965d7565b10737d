"""The Chief Inspector's decision: the sign-off pack to read, then the decision, its conditions
and a rationale by the National Decision Model, signed with this device's key on 'Sign'.

Nothing is chosen for the decision-maker: the decision starts empty. The red flags the case
raises now are shown above the form, and an approval asks for an override statement for each
(app/models/process/decision_flags.py). 'Sign' first checks everything with the model and lists what is
missing; only then does a confirmation show, in words, every red flag, what the pack holds on
each point and the statements given, and only confirming it signs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import ConcordError
from app.models.language import shown
from app.models.process.decision_flags import RedFlag
from app.models.process.signoff import DECISIONS, NDM, same_text
from app.models.process.signoff_pack import build_pack
from app.ui.common.fit import fit_size
from app.ui.common.text import text_label
from app.ui.common.warning import ICON_SIZE, WarningBanner, warning_icon

APPROVALS = ("approve", "approve with conditions")


def pack_text(parts) -> str:
    lines = []
    for part in parts:
        lines.append(part.title.upper())
        lines += [f"  {label}: {value}" for label, value in part.rows]
        lines += ["  " + " | ".join(row) for row in part.table]
        if part.note:
            lines.append(f"  {part.note}")
        lines.append("")
    return "\n".join(lines)


def _text_box(parent: QWidget, name: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def _ndm() -> list[tuple[str, str]]:
    """The National Decision Model's parts, each named in the interface's language."""
    return [(key, QCoreApplication.translate("NDM", label)) for key, label in NDM]


class DecisionDialog(QDialog):
    def __init__(self, session, service, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.service = session, service
        self.decided_id = ""
        self.confirmation: ConfirmDecision | None = None
        self.setWindowTitle(self.tr("Sign-off decision"))
        self.setObjectName("decisionDialog")
        self.minimum = service.ndm_minimum
        view = service.view(session)
        self.pack = QTextBrowser(self)
        self.pack.setAccessibleName(self.tr("Sign-off pack"))
        self.pack.setPlainText(
            pack_text(build_pack(session, view, service.risk.view_of(session), frozenset({session.role})))
        )

        form_host = QWidget(self)
        form = QFormLayout(form_host)
        self.flags_banner = WarningBanner(form_host, "redFlags")
        form.addRow(self.flags_banner)
        self.decision = QComboBox(form_host)
        self.decision.addItem(self.tr("Choose…"), "")
        labels = {
            "approve": self.tr("approve"),
            "approve with conditions": self.tr("approve with conditions"),
            "decline": self.tr("decline"),
            "defer": self.tr("defer"),
        }
        for d in DECISIONS:
            self.decision.addItem(labels.get(d, d), d)
        self.decision.setAccessibleName(self.tr("Decision"))
        self.decision.currentIndexChanged.connect(lambda _i: self._decision_changed())
        decision_label = QLabel(self.tr("&Decision"), form_host)
        decision_label.setBuddy(self.decision)
        form.addRow(decision_label, self.decision)
        self.conditions = _text_box(form_host, self.tr("Conditions"), 3)
        conditions_label = QLabel(self.tr("&Conditions"), form_host)
        conditions_label.setBuddy(self.conditions)
        form.addRow(conditions_label, self.conditions)

        self.overrides_box = QGroupBox(self.tr("Override statements: one for each red flag"), form_host)
        self.overrides_box.setAccessibleName(self.tr("Override statements"))
        self.overrides_layout = QVBoxLayout(self.overrides_box)
        self.overrides_host: QWidget | None = None
        form.addRow(self.overrides_box)
        self.overrides: dict[str, QPlainTextEdit] = {}
        self.override_hints: dict[str, QLabel] = {}
        self.flags: list[RedFlag] = []

        self.rationale: dict[str, QPlainTextEdit] = {}
        self.hints: dict[str, QLabel] = {}
        for key, label in _ndm():
            box = _text_box(form_host, label, 3)
            box.textChanged.connect(self._update_hints)
            self.rationale[key] = box
            hint = text_label(form_host, "ndmHint")
            hint.setAccessibleName(self.tr("Characters in {part}").format(part=label))
            self.hints[key] = hint
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(box)
            column.addWidget(hint)
            form.addRow(label, column)
        self.rank = QLineEdit(form_host)
        self.rank.setAccessibleName(self.tr("Rank"))
        self.rank.setText(self.tr("Chief Inspector"))
        rank_label = QLabel(self.tr("&Rank"), form_host)
        rank_label.setBuddy(self.rank)
        form.addRow(rank_label, self.rank)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        scroll.setAccessibleName(self.tr("Decision form"))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.pack)
        split.addWidget(scroll)
        split.setSizes([440, 700])

        self.problem_icon = QLabel(self)
        self.problem_icon.setPixmap(warning_icon().pixmap(ICON_SIZE, ICON_SIZE))
        self.problem_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.problem_icon.setAccessibleName(self.tr("Warning"))
        self.problem = text_label(self, "error")
        self.problem.setAccessibleName(self.tr("Problem"))
        problem_scroll = QScrollArea(self)
        problem_scroll.setWidgetResizable(True)
        problem_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        problem_scroll.setWidget(self.problem)
        # Everything missing is listed; a long list scrolls rather than squeezing the form away.
        problem_scroll.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 8)
        self.problem_area = problem_scroll
        problem_row = QHBoxLayout()
        problem_row.addWidget(self.problem_icon, 0, Qt.AlignmentFlag.AlignTop)
        problem_row.addWidget(problem_scroll, 1)
        self.problem_icon.hide()
        problem_scroll.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sign_button = buttons.addButton(self.tr("&Sign decision…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.sign)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                self,
                "",
                self.tr(
                    "Case {ref}: read the pack, then decide. The decision is signed with this device's key and covers the "
                    "case as it is now; you confirm it before it is signed."
                ).format(ref=session.reference),
            )
        )
        layout.addWidget(split, 1)
        layout.addLayout(problem_row)
        layout.addWidget(buttons)
        self.refresh_flags()
        self._decision_changed()
        fit_size(self, 1180, 620)

    # ----- the form ------------------------------------------------------------------------------------
    def chosen(self) -> str:
        return str(self.decision.currentData() or "")

    def approving(self) -> bool:
        return self.chosen() in APPROVALS

    def refresh_flags(self) -> bool:
        """Read the red flags again; rebuild the override boxes when they changed (keeping what
        was typed for a flag still raised). Whether they changed."""
        try:
            flags = self.service.red_flags(self.session)
        except ConcordError:
            flags = []
        if [(f.id, f.words) for f in flags] == [(f.id, f.words) for f in self.flags]:
            return False
        typed = {fid: box.toPlainText() for fid, box in self.overrides.items()}
        if self.overrides_host is not None:
            self.overrides_layout.removeWidget(self.overrides_host)
            self.overrides_host.hide()
            self.overrides_host.deleteLater()
        host = self.overrides_host = QWidget(self.overrides_box)
        column = QVBoxLayout(host)
        column.setContentsMargins(0, 0, 0, 0)
        self.overrides_layout.addWidget(host)
        self.overrides, self.override_hints, self.flags = {}, {}, list(flags)
        # A flag's id is a code (the signed decision, the report and any refusal name it so).
        for f in flags:
            words = text_label(host, "flagWords", f"{f.id}: {f.words}")
            words.setAccessibleName(self.tr("Red flag {id}").format(id=f.id))
            box = _text_box(host, self.tr("Override statement for red flag {id}").format(id=f.id), 3)
            box.setPlainText(typed.get(f.id, ""))
            box.textChanged.connect(self._update_hints)
            hint = text_label(host, "ndmHint")
            hint.setAccessibleName(self.tr("Characters in the override statement for {id}").format(id=f.id))
            self.overrides[f.id], self.override_hints[f.id] = box, hint
            column.addWidget(words)
            column.addWidget(box)
            column.addWidget(hint)
            column.addSpacing(6)
        if flags:
            self.flags_banner.set_warnings(
                [self.tr("Warning: %n red flag(s). An approval needs an override statement for each.", "", len(flags))]
                + [f"{f.id}: {f.words}" for f in flags]
            )
        else:
            self.flags_banner.set_warnings([])
        self._decision_changed()
        return True

    def _decision_changed(self) -> None:
        self.conditions.setEnabled(self.chosen() == "approve with conditions")
        self.overrides_box.setVisible(self.approving() and bool(self.flags))
        self._update_hints()

    def _hint(self, label: QLabel, text: str, others: list[tuple[str, str]], me: str) -> None:
        n = len(text.strip())
        if n == 0:
            words = self.tr("Empty: write at least {m} characters").format(m=self.minimum)
        elif n < self.minimum:
            words = self.tr("Too short: {n} of at least {m} characters").format(n=n, m=self.minimum)
        else:
            words = self.tr("{n} characters (at least {m}): enough").format(n=n, m=self.minimum)
        twin = next(
            (name for name, other in others if name != me and same_text(other) and same_text(other) == same_text(text)),
            "",
        )
        if twin:
            words += self.tr("; Warning: the same text as {other}").format(other=twin)
        label.setText(words)

    def _update_hints(self) -> None:
        texts = [(label, self.rationale[key].toPlainText()) for key, label in _ndm() if key in self.rationale]
        if self.approving():
            texts += [
                (self.tr("the statement for {id}").format(id=fid), box.toPlainText())
                for fid, box in self.overrides.items()
            ]
        for key, label in _ndm():
            if key in self.hints:
                self._hint(self.hints[key], self.rationale[key].toPlainText(), texts, label)
        for fid, box in self.overrides.items():
            self._hint(
                self.override_hints[fid], box.toPlainText(), texts, self.tr("the statement for {id}").format(id=fid)
            )

    def inputs(self) -> dict:
        """What the form holds, as ProcessService.decide takes it."""
        return {
            "decision": self.chosen(),
            "rationale": {k: box.toPlainText() for k, box in self.rationale.items()},
            "rank": self.rank.text(),
            "conditions": self.conditions.toPlainText() if self.conditions.isEnabled() else "",
            "overrides": ({fid: box.toPlainText() for fid, box in self.overrides.items()} if self.approving() else {}),
        }

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem_icon.setVisible(bool(text))
        self.problem_area.setVisible(bool(text))

    # ----- signing -------------------------------------------------------------------------------------
    def sign(self) -> None:
        """Check the decision as it would be signed; when it holds, ask for confirmation."""
        if self.refresh_flags():
            self.show_problem(
                self.tr("Warning: the red flags changed while the decision was being written. Read them again above.")
            )
            return
        i = self.inputs()
        try:
            prepared = self.service.prepare_decision(
                self.session,
                i["decision"],
                i["rationale"],
                rank=i["rank"],
                conditions=i["conditions"],
                overrides=i["overrides"],
            )
            summary = self.service.decision_summary(self.session)
        except ConcordError as exc:
            problems = getattr(exc, "problems", None)
            if problems:
                self.show_problem(
                    self.tr("Warning: not signed. Put right:") + "\n" + "\n".join(f"• {p}" for p in problems)
                )
            else:
                self.show_problem(self.tr("Warning: not signed: {why}").format(why=shown(exc)))
            return
        self.show_problem("")
        self.confirmation = ConfirmDecision(prepared, summary, self)
        self.confirmation.finished.connect(lambda result, inputs=i: self._confirmed(result, inputs))
        self.confirmation.open()

    def _confirmed(self, result: int, i: dict) -> None:
        confirmation, self.confirmation = self.confirmation, None
        if confirmation is not None:
            confirmation.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return
        try:
            self.decided_id = self.service.decide(
                self.session,
                i["decision"],
                i["rationale"],
                rank=i["rank"],
                conditions=i["conditions"],
                overrides=i["overrides"],
            )
        except ConcordError as exc:
            problems = getattr(exc, "problems", None)
            self.show_problem(
                self.tr("Warning: not signed: {why}").format(why="; ".join(problems) if problems else shown(exc))
            )
            self.refresh_flags()
            return
        self.accept()


class ConfirmDecision(QDialog):
    """What is about to be signed, in words: the decision, every red flag with its override
    statement, and what the pack holds on each point a decision is checked against."""

    def __init__(self, decision, summary: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("confirmDecision")
        self.setWindowTitle(self.tr("Confirm the decision"))
        d = decision
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        if d.red_flags and d.approves:
            icon = QLabel(self)
            icon.setPixmap(warning_icon().pixmap(ICON_SIZE, ICON_SIZE))
            icon.setAccessibleName(self.tr("Warning"))
            head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            lead = self.tr(
                "Warning: you are about to APPROVE case {ref} over %n red flag(s).", "", len(d.red_flags)
            ).format(ref=d.reference)
        else:
            lead = self.tr("You are about to sign: {decision} for case {ref}.").format(
                decision=d.decision.upper(), ref=d.reference
            )
        self.lead = text_label(self, "confirmLead", lead)
        font = self.lead.font()
        font.setBold(True)
        self.lead.setFont(font)
        self.lead.setAccessibleName(self.tr("What you are about to sign"))
        head.addWidget(self.lead, 1)
        layout.addLayout(head)
        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("The decision, its red flags and what the pack holds"))
        self.details.setPlainText(self.words(d, summary))
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(self)
        self.back_button = buttons.addButton(self.tr("&Back to the form"), QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm_button = buttons.addButton(self.tr("Confirm and si&gn"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setAccessibleName(self.tr("Confirm and sign"))
        self.back_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_size(self, 900, 600)

    def words(self, d, summary: list[tuple[str, str]]) -> str:
        lines = [self.tr("Decision: {decision}").format(decision=d.decision.upper())]
        if d.conditions:
            lines.append(self.tr("Conditions: {conditions}").format(conditions=d.conditions))
        lines.append(
            self.tr("Decided by: {name} ({rank}) on {day}").format(name=d.decided_by, rank=d.rank, day=d.decided_on)
        )
        lines.append("")
        if d.red_flags:
            lines.append(self.tr("Warning: %n RED FLAG(S)", "", len(d.red_flags)))
            for f in d.red_flags:
                lines.append(f"• {f.id}: {f.words}")
                if d.approves:
                    lines.append("    " + self.tr("Your override statement: {text}").format(text=f.override))
        else:
            lines.append(self.tr("RED FLAGS: none raised on this device now."))
        lines.append("")
        lines.append(self.tr("WHAT THE PACK HOLDS"))
        lines += [f"• {label}: {words}" for label, words in summary]
        lines.append("")
        lines.append(self.tr("RATIONALE, BY THE NATIONAL DECISION MODEL"))
        for key, label in _ndm():
            lines.append(f"• {label}: {d.rationale_text(key)}")
        return "\n".join(lines)
