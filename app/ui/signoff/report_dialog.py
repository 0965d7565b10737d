"""Who the sign-off report is for, asked before it is written: the Chief Inspector's own record
holds everything that device may read; the panel's version holds only what every panel role may
read, so it can be forwarded to the panel without over-sharing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.models.language import BILINGUAL
from app.ui.common.output_language import OutputLanguageBox
from app.ui.common.text import error_label, text_label

OWN, PANEL = "", "panel"


class ReportDialog(QDialog):
    def __init__(
        self,
        reference: str,
        role_label: str,
        folder: Path | None = None,
        parent: QWidget | None = None,
        language: str = BILINGUAL,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign-off report"))
        self.setObjectName("reportDialog")
        self.own = QRadioButton(
            self.tr("&My record: everything this device may read ({role})").format(role=role_label), self
        )
        self.own.setAccessibleName(self.tr("Report for my own record"))
        self.panel = QRadioButton(self.tr("The &panel: only what every panel member may read"), self)
        self.panel.setAccessibleName(self.tr("Report for the panel"))
        group = QButtonGroup(self)
        group.addButton(self.own)
        group.addButton(self.panel)
        # Sharing less is the safe choice when the person does not stop to choose.
        self.panel.setChecked(True)
        note = text_label(
            self,
            "reportAudienceNote",
            self.tr(
                "A report for the panel leaves out every field some panel member may not read, and says "
                "where it did. Forward only the panel's version."
            ),
        )
        name = f"signoff-{reference}.pdf"
        self.path = QLineEdit(str((folder or Path.home()) / name), self)
        self.path.setAccessibleName(self.tr("Where to save the report"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        where = QLabel(self.tr("&Save as:"), self)
        where.setBuddy(self.path)
        self.language_box = OutputLanguageBox(language, self)
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language_box)
        self.problem = error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.write_button = buttons.addButton(self.tr("&Write report"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(self, "", self.tr("Case {ref}: who is this report for?").format(ref=reference)))
        layout.addWidget(self.own)
        layout.addWidget(self.panel)
        layout.addWidget(note)
        row = QHBoxLayout()
        row.addWidget(where)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        choose = QHBoxLayout()
        choose.addWidget(language_label)
        choose.addWidget(self.language_box)
        choose.addStretch(1)
        layout.addLayout(choose)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def language(self) -> str:
        return self.language_box.language()

    def audience(self) -> str:
        return OWN if self.own.isChecked() else PANEL

    def chosen_path(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the sign-off report"), self.path.text(), self.tr("PDF (*.pdf)")
        )
        if path:
            self.path.setText(path)

    def _accept(self) -> None:
        if not self.path.text().strip():
            self.problem.setText(self.tr("Say where to save the report."))
            self.problem.show()
            return
        self.accept()
