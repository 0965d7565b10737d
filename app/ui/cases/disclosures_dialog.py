"""A case's disclosure log as this device kept it: what left (by sync, the relay, a bundle, an
export, a report, the minutes, a subject access pack), to whom, under which rule and lawful
basis, and every decision not to share - fields by their labels, never a value - with whether
the audit chain still seals it. Read only."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from app.models.case_schema import Schema
from app.models.disclosures.exemptions import known
from app.models.disclosures.grounds import CONSENT_PREFIX
from app.models.disclosures.log import Logged
from app.models.disclosures.subject_access import CHANNEL as SAR_CHANNEL
from app.models.language import QT_TRANSLATE_NOOP, pick, shown
from app.models.process.consent import party_words
from app.ui.common.fit import fit_size
from app.ui.common.table_model import TextTableModel
from app.ui.common.tables import set_up_row_list
from app.ui.common.text import text_label
from app.ui.common.warning import WarningBanner

CHANNEL_WORDS = {
    "sync": QT_TRANSLATE_NOOP("Disclosures", "sync"),
    "relay": QT_TRANSLATE_NOOP("Disclosures", "relay"),
    "bundle": QT_TRANSLATE_NOOP("Disclosures", "bundle file"),
    "export": QT_TRANSLATE_NOOP("Disclosures", "export"),
    "report": QT_TRANSLATE_NOOP("Disclosures", "report"),
    "minutes": QT_TRANSLATE_NOOP("Disclosures", "minutes"),
    "sar": QT_TRANSLATE_NOOP("Disclosures", "subject access pack"),
}


@dataclass(frozen=True)
class ChainState:
    ok: bool
    entries: int
    broken_at: int | None = None
    problem: str = ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Disclosures", text)


class DisclosuresDialog(QDialog):
    def __init__(self, reference: str, rows: list[Logged], schema: Schema, chain: ChainState, parent=None):
        super().__init__(parent)
        self.schema = schema
        self.setObjectName("disclosures_dialog")
        self.setWindowTitle(self.tr("Disclosures of case {reference}").format(reference=reference))
        layout = QVBoxLayout(self)
        intro = text_label(
            self,
            "disclosures_intro",
            self.tr(
                "What of this case left this device, to whom, when, and on what basis; and what it "
                "decided not to share. Fields are named, never their values."
            ),
        )
        layout.addWidget(intro)
        self.chain_banner = WarningBanner(self, "disclosures_chain_broken")
        self.chain_label = text_label(self, "disclosures_chain")
        if chain.ok:
            self.chain_label.setText(self.tr("Sealed by an intact audit chain of %n entries.", None, chain.entries))
        else:
            self.chain_banner.set_warnings(
                [
                    self.tr("BROKEN: the audit chain fails at entry {seq}: {problem}").format(
                        seq=chain.broken_at, problem=chain.problem
                    )
                ]
            )
            self.chain_label.hide()
        layout.addWidget(self.chain_banner)
        layout.addWidget(self.chain_label)

        filters = QHBoxLayout()
        shown_label = QLabel(self.tr("&Show:"), self)
        self.filter = QComboBox(self)
        self.filter.setObjectName("disclosures_filter")
        self.filter.addItem(self.tr("Everything"), "")
        self.filter.addItem(self.tr("Only what was shared"), "shared")
        self.filter.addItem(self.tr("Only decisions not to share"), "not")
        shown_label.setBuddy(self.filter)
        filters.addWidget(shown_label)
        filters.addWidget(self.filter)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.model = TextTableModel(
            [
                (self.tr("When"), self.tr("When it was logged (UTC)")),
                (self.tr("Shared?"), self.tr("Shared, or a decision not to share")),
                (
                    self.tr("How"),
                    self.tr(
                        "The way it left: sync, relay, bundle file, export, report, minutes or subject access pack"
                    ),
                ),
                (self.tr("To"), self.tr("Who it went to, or was kept from: person, role, agency, device")),
                (self.tr("Fields"), self.tr("The fields, by label; never their values")),
                (self.tr("Rule"), self.tr("The agreement's rules it went under")),
                (self.tr("Basis"), self.tr("The lawful basis, or the consent it rests on")),
                (self.tr("Why not"), self.tr("Why it was not shared")),
            ],
            self,
        )
        self.rows = rows
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("disclosures_table")
        set_up_row_list(self.table)
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Disclosures"))
        layout.addWidget(self.table, 1)
        self.empty = text_label(self, "disclosures_empty", self.tr("Nothing of this case has left this device."))
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter.currentIndexChanged.connect(self._fill)
        self._fill()
        self.table.resizeColumnsToContents()
        for column in (3, 4, 5, 6):  # long lists and names: their tooltips hold them whole
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
        fit_size(self, 1100, 560)

    def _fill(self) -> None:
        which = self.filter.currentData()
        chosen = [r for r in self.rows if not which or (which == "shared") == r.disclosure.shared]
        self.model.set_rows([self._cells(r) for r in chosen], [str(r.seq) for r in chosen])
        self.empty.setVisible(not self.rows)

    def _cells(self, item: Logged) -> tuple[str, ...]:
        d = item.disclosure
        return (
            item.at.replace("T", " ").replace("+00:00", ""),
            self.tr("shared") if d.shared else self.tr("NOT SHARED"),
            _tr(CHANNEL_WORDS.get(d.channel, d.channel)),
            self._to(d),
            ", ".join(self._field(f) for f in d.fields),
            ", ".join(d.rules),
            "; ".join(self._basis(b) for b in d.basis),
            self._why_not(d),
        )

    def _why_not(self, d) -> str:
        found = known(d.reason) if d.channel == SAR_CHANNEL else None
        if found is not None:
            return self.tr("exemption: {words} ({law})").format(words=shown(found.words), law=shown(found.reference))
        return _tr(d.reason) if d.reason else ""

    def _to(self, d) -> str:
        to = d.to
        if to.device:
            role = self._role(to.role)
            return self.tr("{person} ({role}, {agency}), device {device}").format(
                person=to.person or self.tr("unknown"), role=role, agency=to.agency, device=to.device[:12]
            )
        if to.person:  # a subject access pack: the party it is about, as the case names them
            return self.tr("a file for the {party} ({role})").format(party=party_words(to.person), role=_tr(to.role))
        if to.role:
            roles = ", ".join(self._role(r) for r in to.role.split(",") if r)
            return self.tr("a file for: {roles}").format(roles=roles)
        return self.tr("a file on this device")

    def _role(self, role: str) -> str:
        found = self.schema.roles.get(role)
        return pick(found, "label") if found is not None else role

    def _field(self, field_id: str) -> str:
        found = self.schema.fields.get(field_id)
        return pick(found, "label") if found is not None else field_id

    def _basis(self, basis: str) -> str:
        if basis.startswith(CONSENT_PREFIX):
            return self.tr("consent of the {party}").format(party=party_words(basis[len(CONSENT_PREFIX) :]))
        if basis == self.schema.lawful_basis:
            return pick(self.schema, "lawful_basis")
        return _tr(basis)  # the right of access is Concord's own words; a rule's own basis stays as written


def add_disclosures_action(window, menu) -> QAction:
    """The menu's way to the open case's log: enabled while a case is open."""
    action = QAction(QCoreApplication.translate("Disclosures", "&Disclosures of this case…"), window)
    action.setObjectName("disclosures_action")
    action.setStatusTip(
        QCoreApplication.translate(
            "Disclosures", "What of the open case left this device, to whom and on what basis, and what was not shared"
        )
    )
    action.triggered.connect(lambda: show_disclosures(window))
    menu.aboutToShow.connect(lambda: action.setEnabled(window.case_view.session is not None))
    menu.addAction(action)
    return action


def show_disclosures(window) -> DisclosuresDialog | None:
    session = window.case_view.session
    if session is None:
        window.statusBar().showMessage(
            QCoreApplication.translate("Disclosures", "Open a case first: its disclosures are listed case by case."),
            8000,
        )
        return None
    ws = window.workspace
    verdict = ws.verify_audit()
    dialog = DisclosuresDialog(
        session.reference,
        ws.disclosures(session.reference),
        ws.schema,
        ChainState(verdict.ok, verdict.entries, verdict.broken_at, verdict.problem),
        window,
    )
    dialog.open()
    return dialog
