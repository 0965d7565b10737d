"""The Chief Inspector's decision: the sign-off pack to read, then the decision, its conditions
and a rationale by the National Decision Model, signed with this device's key on 'Sign'."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from app.models.errors import ConcordError
from app.models.signoff import DECISIONS, NDM
from app.models.signoff_pack import build_pack
from app.ui.style import show_message


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


class DecisionDialog(QDialog):
    def __init__(self, session, desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.desk = session, desk
        self.decided_id = ""
        self.setWindowTitle(self.tr("Sign-off decision"))
        self.setObjectName("decisionDialog")
        view = desk.view(session)
        self.pack = QTextBrowser(self)
        self.pack.setAccessibleName(self.tr("Sign-off pack"))
        self.pack.setPlainText(pack_text(build_pack(session, view, desk.risk.view_of(session),
                                                    frozenset({session.role}))))
        form_host = QWidget(self)
        form = QFormLayout(form_host)
        self.decision = QComboBox(form_host)
        self.decision.addItems(list(DECISIONS))
        self.decision.setAccessibleName(self.tr("Decision"))
        self.decision.currentTextChanged.connect(self._decision_changed)
        form.addRow(self.tr("&Decision"), self.decision)
        self.conditions = QPlainTextEdit(form_host)
        self.conditions.setAccessibleName(self.tr("Conditions"))
        self.conditions.setTabChangesFocus(True)
        form.addRow(self.tr("&Conditions"), self.conditions)
        self.rationale: dict[str, QPlainTextEdit] = {}
        for key, label in NDM:
            box = QPlainTextEdit(form_host)
            box.setAccessibleName(label)
            box.setTabChangesFocus(True)
            box.setMaximumHeight(box.fontMetrics().lineSpacing() * 4)
            self.rationale[key] = box
            form.addRow(label, box)
        self.rank = QLineEdit(form_host)
        self.rank.setAccessibleName(self.tr("Rank"))
        self.rank.setText(self.tr("Chief Inspector"))
        form.addRow(self.tr("&Rank"), self.rank)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.pack)
        split.addWidget(form_host)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sign_button = buttons.addButton(self.tr("&Sign decision"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.sign)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Case {ref}: read the pack, then decide. The decision is signed with this "
                                        "device's key and covers the case as it is now.").format(ref=session.reference)))
        layout.addWidget(split, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._decision_changed(self.decision.currentText())
        self.resize(1100, 700)

    def _decision_changed(self, decision: str) -> None:
        self.conditions.setEnabled(decision == "approve with conditions")

    def sign(self) -> None:
        try:
            self.decided_id = self.desk.decide(
                self.session, self.decision.currentText(),
                {k: box.toPlainText() for k, box in self.rationale.items()}, rank=self.rank.text(),
                conditions=self.conditions.toPlainText() if self.conditions.isEnabled() else "")
        except ConcordError as exc:
            show_message(self.problem, str(exc), True, "note")
            return
        self.accept()
