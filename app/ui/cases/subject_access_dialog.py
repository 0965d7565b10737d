"""A subject access pack for the open case: the reviewer picks the party, sees what this device
holds about them - each item by its label, never its value - ticks what to withhold, with the
exemption and the reason for each, and chooses the language and where to save. The pack is
written off the GUI thread, signed, and logged as disclosed to the data subject.

Only the roles the agreement gives subject access to (`[subject_access]` in isa.toml) have the
action enabled; a never-export item is shown withheld, and cannot be unticked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.models.disclosures.exemptions import EXEMPTIONS, NEVER_EXPORTED, known
from app.models.disclosures.subject_access import PackItem, Withholding, held_about, may_make, rules_for
from app.models.errors import ConcordError
from app.models.language import BILINGUAL, shown
from app.models.process.consent import party_words
from app.ui.common import background
from app.ui.common.fit import fit_size
from app.ui.common.labels import schema_label
from app.ui.common.output_language import OutputLanguageBox, panel_default
from app.ui.common.text import error_label, text_label
from app.workspace import Workspace

# The writer the dialog is given: (case reference, party, withholdings, path, language) -> Written.
Write = Callable[[str, str, tuple[Withholding, ...], Path, str], object]
ITEM, SECTION, EXEMPTION, REASON = range(4)


class SubjectAccessDialog(QDialog):
    written = Signal(object)  # what write_report wrote, once the pack is on disk

    def __init__(self, session, write: Write, folder: Path | None = None, language: str = BILINGUAL, parent=None):
        super().__init__(parent)
        self.session = session
        self.write = write
        self.folder = folder or Path.home()
        self.task: background.BackgroundTask | None = None
        self.items: list[PackItem] = []
        self.setObjectName("subject_access_dialog")
        self.setWindowTitle(self.tr("Subject access pack of case {reference}").format(reference=session.reference))
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                self,
                "subject_access_intro",
                self.tr(
                    "What this device holds about one party of the case, for their right of access. Tick an item "
                    "to withhold it, then choose the exemption and say why: the pack names the exemption and gives "
                    "the reason, never what the item holds. Safe contact details are always withheld."
                ),
            )
        )
        row = QHBoxLayout()
        self.party = QComboBox(self)
        self.party.setObjectName("subject_access_party")
        for party in rules_for(session.schema, session.role).parties:
            self.party.addItem(party_words(party), party)
        party_label = QLabel(self.tr("&Data subject:"), self)
        party_label.setBuddy(self.party)
        row.addWidget(party_label)
        row.addWidget(self.party)
        row.addStretch(1)
        layout.addLayout(row)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("subject_access_items")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Withhold: item"), self.tr("Section"), self.tr("Exemption"), self.tr("Reason")]
        )
        self.table.setAccessibleName(self.tr("What this device holds about the data subject"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(self._ticked)
        layout.addWidget(self.table, 1)
        self.empty = text_label(self, "subject_access_empty")
        layout.addWidget(self.empty)

        self.language_box = OutputLanguageBox(language, self)
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language_box)
        choose = QHBoxLayout()
        choose.addWidget(language_label)
        choose.addWidget(self.language_box)
        choose.addStretch(1)
        layout.addLayout(choose)
        self.path = QLineEdit(self)
        self.path.setObjectName("subject_access_path")
        self.path.setAccessibleName(self.tr("Where to save the pack"))
        where = QLabel(self.tr("&Save as:"), self)
        where.setBuddy(self.path)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        place = QHBoxLayout()
        place.addWidget(where)
        place.addWidget(self.path, 1)
        place.addWidget(browse)
        layout.addLayout(place)
        self.problem = error_label(self)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.write_button = buttons.addButton(self.tr("&Write pack"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.party.currentIndexChanged.connect(self._fill)
        self._fill()
        fit_size(self, 1000, 600)

    # ----- what the device holds -----------------------------------------------------------------
    def chosen_party(self) -> str:
        return str(self.party.currentData() or "")

    def _fill(self) -> None:
        party = self.chosen_party()
        self.path.setText(str(self.folder / f"subject-access-{self.session.reference}-{party.replace(' ', '-')}.pdf"))
        self._say("")
        try:
            # Read as this role, through the open case: each section read is audited, as on screen.
            self.items = held_about(self.session, party)
        except ConcordError as exc:
            self.items = []
            self._say(shown(exc))
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.items))
        for n, item in enumerate(self.items):
            self._row(n, item)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.empty.setText(
            self.tr("This device holds nothing about the {party} in this case.").format(party=party_words(party))
        )
        self.empty.setVisible(not self.items)
        self.write_button.setEnabled(True)

    def _row(self, n: int, item: PackItem) -> None:
        f = item.field
        label = schema_label(f)
        fixed = item.withheld is not None  # never exported: withheld whatever the reviewer ticks
        tick = QTableWidgetItem(label)
        tick.setData(Qt.ItemDataRole.UserRole, f.id)
        tick.setToolTip(label)
        tick.setCheckState(Qt.CheckState.Checked if fixed else Qt.CheckState.Unchecked)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        tick.setFlags(flags if fixed else flags | Qt.ItemFlag.ItemIsUserCheckable)
        self.table.setItem(n, ITEM, tick)
        section = QTableWidgetItem(schema_label(self.session.schema.section(f.section)))
        section.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(n, SECTION, section)
        exemption = QComboBox(self.table)
        exemption.setAccessibleName(self.tr("Exemption for {item}").format(item=label))
        reason = QLineEdit(self.table)
        reason.setAccessibleName(self.tr("Why {item} is withheld").format(item=label))
        if fixed:
            e = known(NEVER_EXPORTED)
            assert e is not None  # Concord's own exemption, always in the list
            exemption.addItem(shown(e.words), e.code)
            exemption.setToolTip(shown(e.reference))
            reason.setText(shown(item.withheld.reason) if item.withheld is not None else "")
            reason.setReadOnly(True)
            exemption.setEnabled(False)
        else:
            exemption.addItem(self.tr("Choose an exemption…"), "")
            for e in EXEMPTIONS:
                if e.chosen:
                    exemption.addItem(shown(e.words), e.code)
                    exemption.setItemData(exemption.count() - 1, shown(e.reference), Qt.ItemDataRole.ToolTipRole)
            exemption.setEnabled(False)
            reason.setEnabled(False)
            reason.setPlaceholderText(self.tr("Why, in words the data subject will read"))
        self.table.setCellWidget(n, EXEMPTION, exemption)
        self.table.setCellWidget(n, REASON, reason)

    def _ticked(self, cell: QTableWidgetItem) -> None:
        if cell.column() != ITEM or self.items[cell.row()].withheld is not None:
            return
        on = cell.checkState() == Qt.CheckState.Checked
        for column in (EXEMPTION, REASON):
            widget = self.table.cellWidget(cell.row(), column)
            if widget is not None:
                widget.setEnabled(on)

    # ----- the reviewer's choices ----------------------------------------------------------------
    def set_withheld(self, field_id: str, code: str, reason: str) -> None:
        """Tick an item and fill in its exemption and reason, as a reviewer would."""
        n = next(i for i, item in enumerate(self.items) if item.field.id == field_id)
        self._tick(n).setCheckState(Qt.CheckState.Checked)
        exemption = self._combo(n)
        exemption.setCurrentIndex(exemption.findData(code))
        self._reason(n).setText(reason)

    def _tick(self, n: int) -> QTableWidgetItem:
        cell = self.table.item(n, ITEM)
        assert cell is not None  # every row is given one
        return cell

    def _combo(self, n: int) -> QComboBox:
        widget = self.table.cellWidget(n, EXEMPTION)
        assert isinstance(widget, QComboBox)  # every row is given one
        return widget

    def _reason(self, n: int) -> QLineEdit:
        widget = self.table.cellWidget(n, REASON)
        assert isinstance(widget, QLineEdit)  # every row is given one
        return widget

    def withheld(self) -> tuple[Withholding, ...] | str:
        """What the reviewer withholds, or what they still have to say."""
        out = []
        for n, item in enumerate(self.items):
            if item.withheld is not None or self._tick(n).checkState() != Qt.CheckState.Checked:
                continue
            label = schema_label(item.field)
            code = str(self._combo(n).currentData() or "")
            if not code:
                return self.tr("Choose the exemption {item} is withheld under.").format(item=label)
            reason = self._reason(n).text().strip()
            if not reason:
                return self.tr("Say why {item} is withheld: the pack gives the reason.").format(item=label)
            out.append(Withholding(item.field.id, code, reason))
        return tuple(out)

    def chosen_path(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def language(self) -> str:
        return self.language_box.language()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the subject access pack"), self.path.text(), self.tr("PDF (*.pdf)")
        )
        if path:
            self.path.setText(path)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # ----- writing -------------------------------------------------------------------------------
    def _accept(self) -> None:
        withheld = self.withheld()
        if isinstance(withheld, str):
            self._say(withheld)
            return
        if not self.path.text().strip():
            self._say(self.tr("Say where to save the pack."))
            return
        self._say("")
        self.write_button.setEnabled(False)
        write, reference, party = self.write, self.session.reference, self.chosen_party()
        path, language = self.chosen_path(), self.language()
        self.task = background.run_in_background(
            self,
            lambda: write(reference, party, withheld, path, language),
            on_done=self._written,
            on_failed=self._failed,
            label=self.tr("Writing the subject access pack…"),
            what="subject access pack",
        )

    def _written(self, written) -> None:
        self.written.emit(written)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        # Concord's own errors and what the system refused are said as they are; anything else is a
        # fault, logged by kind, whose message may not be fit to show.
        problem = (
            shown(exc) if isinstance(exc, (ConcordError, OSError)) else self.tr("an unexpected error (see the log)")
        )
        self._say(self.tr("The pack could not be written: {problem}").format(problem=problem))
        self.write_button.setEnabled(True)


def pack_writer(open_again: Callable[[], Workspace]) -> Write:
    """What writes a pack on the data folder opened again, off the GUI thread (see background.py)."""

    def write(reference: str, party: str, withheld: tuple[Withholding, ...], path: Path, language: str):
        # The PDF libraries load with the first pack, not at start.
        from app.reports.service import write_subject_access

        with open_again() as ws:
            return write_subject_access(ws, reference, party, path, withheld, language=language)

    return write


def add_subject_access_action(window, menu) -> QAction:
    """The menu's way to a pack of the open case: enabled while a case is open, for the roles the
    agreement gives subject access to."""
    action = QAction(QCoreApplication.translate("SubjectAccessDialog", "&Subject access pack…"), window)
    action.setObjectName("subject_access_action")
    action.setStatusTip(
        QCoreApplication.translate(
            "SubjectAccessDialog",
            "What this device holds about one party of the open case, for their right of access, with what is withheld",
        )
    )
    allowed = may_make(window.workspace.schema, window.workspace.role)
    write = pack_writer(background.separate_workspace(window.workspace))
    action.triggered.connect(lambda: show_subject_access(window, write))
    menu.aboutToShow.connect(lambda: action.setEnabled(allowed and window.case_view.session is not None))
    action.setEnabled(allowed and window.case_view.session is not None)
    menu.addAction(action)
    return action


def show_subject_access(window, write: Write | None = None) -> SubjectAccessDialog | None:
    session = window.case_view.session
    ws = window.workspace
    if session is None or not may_make(ws.schema, ws.role):
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "SubjectAccessDialog", "Open a case first: a subject access pack is of one case."
            )
            if session is None
            else QCoreApplication.translate(
                "SubjectAccessDialog", "The agreement does not give your role subject access packs."
            ),
            8000,
        )
        return None
    dialog = SubjectAccessDialog(
        session, write or pack_writer(background.separate_workspace(ws)), parent=window, language=panel_default(ws)
    )

    def done(written) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "SubjectAccessDialog",
                "Subject access pack written to {folder}: {pdf}, with {html} and {text} beside it",
            ).format(
                folder=str(written.pdf.parent), pdf=written.pdf.name, html=written.html.name, text=written.text.name
            )
        )

    dialog.written.connect(done)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
