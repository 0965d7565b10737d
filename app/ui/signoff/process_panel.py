"""Where a case's restorative process stands, at the top of its Process section: the state in
force and every safeguard holding it, consent per party, the sign-off as verified on this device
(stale said in words, not colour), the steps taken, and the actions this role may take."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models import clock
from app.models.contact_language import contact_summary
from app.models.errors import ConcordError
from app.models.language import BILINGUAL, shown
from app.models.process import attestations as att
from app.models.process import lifecycle as lc
from app.models.process.consent import party_words, status_words
from app.models.process.service import SESSION_KINDS
from app.ui.common.background import BackgroundTask, run_in_background
from app.ui.common.labels import role_label
from app.ui.common.style import show_message
from app.ui.common.text import caption, text_label
from app.ui.common.warning import WarningBanner
from app.ui.signoff.decision_dialog import DecisionDialog
from app.ui.signoff.report_dialog import ReportDialog


class ProcessPanel(QWidget):
    changed = Signal(str)  # a message for the status bar

    # The language the report dialog offers first: the panel's policy (set by the case view).
    report_language = BILINGUAL

    def __init__(self, session, service, write_report=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.service, self._write_report = session, service, write_report
        self.setObjectName("processPanel")
        self.setAccessibleName(self.tr("Restorative process"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.state = text_label(self, "processState")
        # What holds the process, and a sign-off gone stale or refused: warnings with an icon.
        self.holds_banner = WarningBanner(self, "processHolds")
        self.holds = self.holds_banner.text
        self.consent = text_label(self, "processConsent")
        self.signoff = text_label(self, "processSignoff")
        self.problem = text_label(self, "note")
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Recorded at (UTC)"), self.tr("To"), self.tr("By"), self.tr("Why"), self.tr("Outcome")]
        )
        # Laptops' clocks can be days apart: the steps are listed in the order they were made, and
        # the time is shown for what it is.
        self.model.horizontalHeaderItem(0).setToolTip(
            self.tr(
                "By the clock of the device that recorded the step. Steps are listed in the order they "
                "were made, not by this time."
            )
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Process steps"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the why
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 7)
        # The briefings, sessions and debriefs recorded, newest first: a managed field, so the
        # section's own fields do not show it.
        self.sessions = QStandardItemModel(0, 5, self)
        self.sessions.setHorizontalHeaderLabels(
            [
                self.tr("Held on"),
                self.tr("Kind"),
                self.tr("Recorded by"),
                self.tr("Record"),
                self.tr("Safety plan adjusted"),
            ]
        )
        self.sessions_table = QTableView(self)
        self.sessions_table.setModel(self.sessions)
        self.sessions_table.setAccessibleName(self.tr("Briefings, sessions and debriefs"))
        self.sessions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessions_table.verticalHeader().hide()
        self.sessions_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.sessions_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.sessions_table.setWordWrap(True)
        self.sessions_table.setMinimumHeight(self.sessions_table.fontMetrics().lineSpacing() * 5)

        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why (recorded with the step)"))
        self.reason.setAccessibleName(self.tr("Reason for the step"))
        self.next_state = QComboBox(self)
        self.next_state.setAccessibleName(self.tr("Next state"))
        self.step_button = QPushButton(self.tr("&Move on"), self)
        self.step_button.clicked.connect(self.take_step)
        self.trigger = QComboBox(self)
        self.trigger.setAccessibleName(self.tr("Pause trigger"))
        # The triggers' words are long: the list shows them whole, the closed box does not widen
        # the panel past a laptop's case pane.
        self.trigger.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.trigger.setMinimumContentsLength(22)
        for key, words in lc.TRIGGERS.items():
            self.trigger.addItem(words, key)
        self.pause_button = QPushButton(self.tr("Pa&use"), self)
        self.pause_button.clicked.connect(self.pause)
        self.breach_button = QPushButton(self.tr("Record a &breach"), self)
        self.breach_button.clicked.connect(self.breach)
        self.request_button = QPushButton(self.tr("Re&quest sign-off"), self)
        self.request_button.clicked.connect(self.request)
        self.decide_button = QPushButton(self.tr("&Decide and sign…"), self)
        self.decide_button.clicked.connect(self.decide)
        self.report_button = QPushButton(self.tr("Sign-off &report…"), self)
        self.report_button.clicked.connect(self.choose_report_file)
        self.session_kind = QComboBox(self)
        self.session_kind.setAccessibleName(self.tr("Kind of session record"))
        for kind in SESSION_KINDS:
            self.session_kind.addItem(QCoreApplication.translate("SessionKinds", kind), kind)
        self.session_record = QLineEdit(self)
        self.session_record.setPlaceholderText(self.tr("What happened (briefing, session or debrief)"))
        self.session_record.setAccessibleName(self.tr("Session record"))
        self.session_button = QPushButton(self.tr("Record s&ession"), self)
        self.session_button.clicked.connect(self.record_session)

        w: QWidget  # the loops below lay out and show widgets of several kinds
        for w in (self.state, self.holds_banner, self.consent, self.signoff, self.table, self.problem):
            layout.addWidget(w)
        layout.addWidget(self.reason)
        # Moving on, and pausing or ending, on rows of their own: one row was wider than a laptop's
        # case pane and pushed the panel sideways.
        for group in ((self.next_state, self.step_button), (self.trigger, self.pause_button, self.breach_button)):
            row = QHBoxLayout()
            for w in group:
                row.addWidget(w)
            row.addStretch(1)
            layout.addLayout(row)
        row = QHBoxLayout()
        for w in (self.request_button, self.decide_button, self.report_button):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        self.sessions_caption = caption(self, self.tr("Briefings, sessions and debriefs"), self.sessions_table)
        layout.addWidget(self.sessions_caption)
        # Before anyone books a session or a check-in: the language each party asked for.
        self.contact = text_label(self, "contactLanguages")
        layout.addWidget(self.contact)
        layout.addWidget(self.sessions_table)
        row = QHBoxLayout()
        row.addWidget(self.session_kind)
        row.addWidget(self.session_record, 1)
        row.addWidget(self.session_button)
        layout.addLayout(row)
        for w in (self.session_kind, self.session_record, self.session_button):
            w.setVisible(session.can_write("session_records"))
        for w in (self.sessions_caption, self.sessions_table):
            w.setVisible(session.can_read("session_records"))
        writable = session.can_write("process_events")
        for w in (self.reason, self.next_state, self.step_button, self.trigger, self.pause_button, self.breach_button):
            w.setVisible(writable)
        self.request_button.setVisible(session.role == "police")
        self.decide_button.setVisible(session.role == "chief_inspector")
        self.report_button.setVisible(write_report is not None)
        self.refresh()

    def _safeguards(self, view) -> list[str]:
        out = []
        for kind in (att.SAFETY_PLAN, att.FACILITATION):
            a = view.attestations.get(kind)
            if a is None:
                out.append(
                    self.tr("Safeguard, {kind}: not yet attested by the {role}'s device").format(
                        kind=shown(att.KIND_WORDS[kind]), role=role_label(self.session.schema, att.KINDS[kind].role)
                    )
                )
            elif a.missing:
                out.append(
                    self.tr("Safeguard, {kind}: {missing} (attested by {by})").format(
                        kind=shown(att.KIND_WORDS[kind]), missing="; ".join(shown(m) for m in a.missing), by=a.by
                    )
                )
            else:
                out.append(
                    self.tr("Safeguard, {kind}: in place (attested by {by})").format(
                        kind=shown(att.KIND_WORDS[kind]), by=a.by
                    )
                )
        return out

    def refresh(self) -> None:
        try:
            view = self.service.view(self.session)
        except ConcordError as exc:
            self.state.setText(self.tr("The process cannot be shown: {problem}").format(problem=shown(exc)))
            return
        p = view.process
        text = self.tr("Process: {state}").format(state=p.label)
        if p.state != p.recorded:
            text += self.tr(" (held; last step: {recorded})").format(recorded=lc.LABELS[p.recorded])
        self.state.setText(text)
        warnings = [
            self.tr("PAUSED by {trigger}: {why}").format(
                trigger=lc.TRIGGERS.get(h.trigger, h.trigger), why=shown(h.why)
            )
            for h in p.holds
        ]
        if view.current is not None and view.current.stale:
            warnings.append(self.tr("STALE sign-off: it no longer covers the case as it is"))
        self.holds_banner.set_warnings(warnings)
        self.consent.setText(
            "\n".join(
                self.tr("Consent, {party}: {status} ({why})").format(
                    party=party_words(c.party), status=status_words(c.status), why=shown(c.explanation)
                )
                for c in view.consent.values()
            )
        )
        self.consent.setText(self.consent.text() + "\n" + "\n".join(self._safeguards(view)))
        lines = [self.tr("Sign-off: {words}").format(words=shown(view.signoff_words()))]
        if view.current is not None:
            lines.append(
                self.tr("Signature verified on this device: {name}, key {fp}").format(
                    name=view.current.signer_name, fp=view.current.signer_fingerprint
                )
            )
        lines += [
            self.tr("REFUSED sign-off: {problem}").format(problem=v.problem) for v in view.signoffs if not v.valid
        ]
        if view.open_request:
            lines.append(
                self.tr("Sign-off requested by {who}, waiting for the Chief Inspector").format(
                    who=view.open_request.get("requested_by")
                )
            )
        self.signoff.setText("\n".join(lines))
        self.model.setRowCount(0)
        for e in p.history:
            s = e.step
            cells = [
                s.at[:16].replace("T", " "),
                lc.LABELS.get(s.to_state, s.to_state),
                f"{s.by} ({role_label(self.session.schema, s.by_role)})",
                lc.reason_words(s.reason) + (f" [{lc.TRIGGERS.get(s.trigger, s.trigger)}]" if s.trigger else ""),
                self.tr("applied") if e.applied else self.tr("REFUSED: {p}").format(p=e.problem),
            ]
            self.model.appendRow([QStandardItem(c) for c in cells])
        self.sessions.setRowCount(0)
        for r in sorted(view.sessions, key=lambda r: str(r.get("held_on") or ""), reverse=True):
            cells = [str(r.get(k) or "") for k in ("held_on", "kind", "recorded_by", "record", "plan_adjustments")]
            cells[1] = QCoreApplication.translate("SessionKinds", cells[1])
            self.sessions.appendRow([QStandardItem(c) for c in cells])
        contact = contact_summary(self.session)
        self.contact.setText(self.tr("Language for contact: {languages}").format(languages=contact) if contact else "")
        self.contact.setVisible(bool(contact))
        self.next_state.clear()
        for s in view.next_steps:
            if s not in (lc.PAUSED, lc.AWAITING):
                self.next_state.addItem(lc.LABELS[s], s)
        self.step_button.setEnabled(self.next_state.count() > 0)
        started = p.recorded in (lc.PREPARATION, lc.SESSIONS, lc.PAUSED)  # only a started process pauses or ends
        for w in (self.trigger, self.pause_button, self.breach_button):
            w.setEnabled(started)
        self.decide_button.setEnabled(view.open_request is not None and p.recorded == lc.AWAITING)
        self.report_button.setEnabled(view.current is not None)

    def _act(self, action, done: str) -> bool:
        try:
            action()
        except ConcordError as exc:
            show_message(self.problem, shown(exc), True, "note")
            return False
        show_message(self.problem, "", False, "note")
        self.reason.clear()
        self.refresh()
        self.changed.emit(done)
        return True

    def take_step(self) -> bool:
        target = self.next_state.currentData()
        return self._act(
            lambda: self.service.step(self.session, target, self.reason.text()),
            self.tr("Process moved to {state}").format(state=lc.LABELS.get(target, target)),
        )

    def pause(self) -> bool:
        return self._act(
            lambda: self.service.pause(self.session, self.trigger.currentData(), self.reason.text()),
            self.tr("Process paused"),
        )

    def breach(self) -> bool:
        return self._act(
            lambda: self.service.record_breach(self.session, self.reason.text()),
            self.tr("Breach recorded: the process has ended"),
        )

    def request(self) -> bool:
        return self._act(
            lambda: self.service.request_signoff(self.session, self.reason.text()), self.tr("Sign-off requested")
        )

    def record_session(self) -> bool:
        kind = self.session_kind.currentData()
        ok = self._act(
            lambda: self.service.record_session(self.session, kind, clock.today(), self.session_record.text()),
            self.tr("Recorded: {kind}").format(kind=kind),
        )
        if ok:
            self.session_record.clear()
        return ok

    def decide(self) -> DecisionDialog:
        dialog = DecisionDialog(self.session, self.service, self)

        def signed() -> None:
            self.refresh()
            self.changed.emit(self.tr("Decision signed"))

        dialog.accepted.connect(signed)
        dialog.open()
        return dialog

    def choose_report_file(self) -> ReportDialog:
        """Ask who the report is for, then where to write it (non-blocking: the dialog is returned)."""
        dialog = ReportDialog(
            self.session.reference,
            role_label(self.session.schema, self.session.role),
            parent=self,
            language=self.report_language,
        )
        dialog.accepted.connect(
            lambda: self.write_report_to(dialog.chosen_path(), dialog.audience(), dialog.language())
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def write_report_to(self, path: Path, audience: str = "", language: str | None = None) -> BackgroundTask | None:
        """Write the report off the GUI thread (drawing it takes a while); what was written, or
        why not, is said when it ends. The task, or None if reports cannot be written here."""
        # Not through _act: writing a file changes nothing on the panel, so a reason half typed for
        # the next step stays, and a full disk or a folder gone is a problem to show, not a crash.
        if self._write_report is None:
            return None
        write, reference = self._write_report, self.session.reference
        return run_in_background(
            self,
            lambda: write(reference, path, audience or None, language),
            on_done=lambda written: self._report_written(written, audience),
            on_failed=self._report_failed,
            label=self.tr("Writing the sign-off report…"),
            what="sign-off report",
        )

    def _report_written(self, written, audience: str) -> None:
        show_message(self.problem, "", False, "note")
        # The writer adds .pdf when the name chosen lacks it: the file named is the one written.
        self.changed.emit(
            self.tr("Sign-off report for {reader} written to {folder}: {pdf}, with {html} and {text} beside it").format(
                reader=self.tr("the panel") if audience == "panel" else self.tr("your own record"),
                folder=str(written.pdf.parent),
                pdf=written.pdf.name,
                html=written.html.name,
                text=written.text.name,
            )
        )

    def _report_failed(self, exc: BaseException) -> None:
        # Concord's own errors and what the system refused are said as they are; anything else is
        # a fault, logged by kind, whose message may not be fit to show.
        problem = (
            shown(exc) if isinstance(exc, (ConcordError, OSError)) else self.tr("an unexpected error (see the log)")
        )
        show_message(
            self.problem,
            self.tr("The sign-off report could not be written: {problem}").format(problem=problem),
            True,
            "note",
        )
