"""The main window: first what waits for this person (the Chief Inspector's sign-off inbox, or
overdue work and reviews due), then the case list with the open case beside it, or the panel's
meetings and action tracker; the sync panel below, shown on demand. Sync runs in its own thread;
remote changes refresh the list, the open case, the meetings and what waits.

The window is sized to fit the screen's working area with its frame (a 1366 x 768 laptop with a
title bar and a taskbar is common in the agencies), never larger."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app.device_backup import replacement_request
from app.models.errors import ConcordError
from app.models.identity import actor_id_of
from app.models.language import shown
from app.sync.engine.exchanges import Exchange
from app.ui.agreement.adopt import follow_agreement
from app.ui.agreement.agreement_dialog import agreement_action
from app.ui.agreement.review_warning import AgreementReviewWarning
from app.ui.cases.case_list_view import CaseListView
from app.ui.cases.case_view import CaseView
from app.ui.cases.disclosures_dialog import add_disclosures_action
from app.ui.cases.new_case_dialog import NewCaseDialog
from app.ui.cases.retention_dialog import add_retention_action
from app.ui.cases.retention_reminder import RetentionReminder
from app.ui.cases.subject_access_dialog import add_subject_access_action
from app.ui.common import background
from app.ui.common.identity_badge import IdentityBadge
from app.ui.common.output_language import panel_default
from app.ui.common.style import STYLE
from app.ui.governance.panel_audit_dialog import add_panel_audit_action
from app.ui.language_switch import add_language_menu
from app.ui.meetings.meetings_view import MeetingsView
from app.ui.setup.backup_status import BackupStatus
from app.ui.sync.controller import SyncController
from app.ui.sync.peers_model import describe_time
from app.ui.sync.replacement_actions import join_with_admission, take_in_restored
from app.ui.sync.sync_panel import SyncPanel
from app.ui.work.waiting_view import WaitingView
from app.workspace import Workspace


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None, sync: SyncController | None = None):
        """`sync`: the sync thread of the window this one replaces (a change of language)."""
        super().__init__(parent)
        self.workspace = workspace
        # Never case data in the title: it shows in task bars, window lists and screen shares. The
        # application's name follows it (Qt adds it from the application's display name).
        self.setWindowTitle(workspace.role_label)
        self.setObjectName("mainWindow")
        self.setStyleSheet(STYLE)
        self.can_create = workspace.schema.can_write(workspace.role, "reference")
        self._discard_ok = False
        self._fitted = False
        self._named: frozenset | None = None  # the members the case view was last told about
        self._closing_when_idle = False
        self._handed_over = False
        # Reports are written off the GUI thread, on the data folder opened again there.
        self._open_again = background.separate_workspace(workspace)

        self.case_list = CaseListView(self.can_create, self)
        self.case_view = CaseView(self.can_create, self)
        self.case_view.risk_service = workspace.risk
        self.case_view.process_service = workspace.process
        self.case_view.write_report = self._write_signoff_report
        self.case_view.report_language = panel_default(workspace)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.case_list)
        self.splitter.addWidget(self.case_view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 960])
        self.meetings_view = MeetingsView(workspace, self)
        self.meetings_view.page.write_minutes = self._write_minutes
        self.waiting_view = WaitingView(workspace, self)
        self.waiting_view.open_item.connect(self.open_case_at)
        self.waiting_view.decide_item.connect(self.decide_case)
        self.views = QStackedWidget(self)
        self.views.addWidget(self.waiting_view)
        self.views.addWidget(self.splitter)
        # Meeting mode has many parts; on a short screen with the sync dock open it scrolls rather
        # than pushing the window past the screen's edge.
        self.meetings_scroll = QScrollArea(self)
        self.meetings_scroll.setWidgetResizable(True)
        self.meetings_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.meetings_scroll.setWidget(self.meetings_view)
        self.views.addWidget(self.meetings_scroll)
        self.setCentralWidget(self.views)

        self.sync = sync or SyncController(workspace, self)
        self.sync_panel = SyncPanel(workspace, self.sync, self)
        # The panel scrolls inside its dock: on a 1366 x 768 laptop a dock as tall as all its parts
        # would push the window, its status bar and the case below the screen's edge.
        self.sync_scroll = QScrollArea(self)
        self.sync_scroll.setWidgetResizable(True)
        self.sync_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.sync_scroll.setWidget(self.sync_panel)
        self.sync_scroll.setMinimumHeight(180)
        self.sync_dock = QDockWidget(self.tr("Sync"), self)
        self.sync_dock.setObjectName("syncDock")
        self.sync_dock.setWidget(self.sync_scroll)
        self.sync_dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.TopDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.sync_dock)
        self.sync_dock.hide()

        self._make_actions()
        self._make_toolbar()
        self.save_label = QLabel(self)
        self.save_label.setObjectName("saveState")
        self.save_label.setAccessibleName(self.tr("Save state"))
        self.statusBar().addPermanentWidget(self.save_label)
        self.sync_label = QLabel(self.tr("Not synced yet"), self)
        self.sync_label.setObjectName("syncState")
        self.sync_label.setAccessibleName(self.tr("Sync state"))
        self.statusBar().addPermanentWidget(self.sync_label)
        self.backups = BackupStatus(self)
        self.agreement_review = AgreementReviewWarning(self)
        self.retention_reminder = RetentionReminder(self)
        self.statusBar().showMessage(self.tr("Ready"), 3000)

        self.case_list.case_selected.connect(self.case_selected)
        self.case_list.new_case_requested.connect(self.new_case)
        self.case_view.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.case_view.save_state.connect(self.save_label.setText)
        self.case_view.list_fields_saved.connect(lambda _case_id: self.refresh_cases())
        # What waits is drawn from every case on the device: one recount shortly after a burst of
        # saves or arrivals, not one per save.
        self.waiting_recount = QTimer(self, singleShot=True, interval=1500)
        self.waiting_recount.timeout.connect(self.waiting_view.refresh)
        self.case_view.case_changed.connect(lambda _case_id: self.waiting_recount.start())
        self.meetings_view.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.meetings_view.cases_written.connect(self.case_view.reload_from_store)
        self.meetings_view.wanted.connect(self.show_meetings)
        self.sync_panel.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        # Bound methods: Qt runs them in this (the GUI) thread, whichever thread emitted.
        self.sync.worker.remoteChanges.connect(self._remote_changes)
        self.sync.worker.finished.connect(self._synced)
        self.sync.worker.served.connect(self._synced)
        self.sync.worker.failed.connect(self._sync_failed)
        self.sync.busyChanged.connect(self._sync_busy)
        self.sync_panel.membershipChanged.connect(self._membership_changed)

        self.fit_to_screen()
        self._name_devices()
        self.refresh_cases()
        self.waiting_view.refresh()
        self.show_waiting()

    # ----- chrome -----------------------------------------------------------------------------
    def _make_actions(self) -> None:
        self.new_case_action = QAction(self.tr("&New case…"), self)
        self.new_case_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_case_action.setEnabled(self.can_create)
        self.new_case_action.setStatusTip(
            self.tr("Open a new case with a pseudonymous reference")
            if self.can_create
            else self.tr("Your role may not open new cases under this agreement.")
        )
        self.new_case_action.triggered.connect(self.new_case)

        self.find_action = QAction(self.tr("&Find case"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setStatusTip(self.tr("Search the case list by reference"))
        self.find_action.triggered.connect(self._find)

        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh_cases)

        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)

        self.waiting_action = QAction(self.waiting_view.accessibleName(), self)
        self.waiting_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+W")))
        self.waiting_action.setStatusTip(self.tr("What waits for you: requests, overdue actions, reviews due"))
        self.waiting_action.triggered.connect(self.show_waiting)
        self.waiting_view.count_changed.connect(self._waiting_count)
        self.cases_action = QAction(self.tr("Case &list"), self)
        self.cases_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+C")))
        self.cases_action.setStatusTip(self.tr("Show the cases"))
        self.cases_action.triggered.connect(self.show_cases)
        self.meetings_action = QAction(self.tr("&Meetings"), self)
        self.meetings_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+M")))
        self.meetings_action.setStatusTip(self.tr("Show the panel's meetings, their agendas and meeting mode"))
        self.meetings_action.triggered.connect(self.show_meetings)
        views = QActionGroup(self)  # one of the two is in front: the toolbar shows which, pressed
        for action in (self.waiting_action, self.cases_action, self.meetings_action):
            action.setCheckable(True)
            views.addAction(action)
        self.cases_action.setChecked(True)

        menu = self.menuBar().addMenu(self.tr("&Case"))
        for action in (
            self.waiting_action,
            self.cases_action,
            self.new_case_action,
            self.find_action,
            self.refresh_action,
        ):
            menu.addAction(action)
        menu.addSeparator()
        self.backup_action = QAction(self.tr("&Back up this device…"), self)
        self.backup_action.setStatusTip(self.tr("Write one file holding this device, sealed under a passphrase"))
        self.backup_action.triggered.connect(lambda: self.backups.back_up())
        menu.addAction(self.backup_action)
        self.agreement_action = agreement_action(self)
        menu.addAction(self.agreement_action)
        self.disclosures_action = add_disclosures_action(self, menu)
        self.subject_access_action = add_subject_access_action(self, menu)
        self.retention_action = add_retention_action(self, menu)
        self.panel_audit_action = add_panel_audit_action(self, menu)  # an officer's device only
        menu.addAction(self.quit_action)
        menu = self.menuBar().addMenu(self.tr("Mee&tings"))  # Alt+M moves a case's process on
        menu.addAction(self.meetings_action)
        menu.addActions(self.meetings_view.menu_actions())

        self.sync_panel_action = self.sync_dock.toggleViewAction()
        self.sync_panel_action.setText(self.tr("Sync &panel"))
        self.sync_panel_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+S")))
        self.sync_panel_action.setStatusTip(
            self.tr("Show the panel's devices, this device's fingerprint, and sync now")
        )
        self.sync_panel_action.toggled.connect(self._sync_panel_toggled)
        self.invite_action = QAction(self.tr("&Invite a device…"), self)
        self.invite_action.triggered.connect(self._invite)
        self.join_action = QAction(self.tr("&Join a panel…"), self)
        self.join_action.triggered.connect(self._join)
        # Bundles: sync by file, carried where no network reaches (a USB stick to a village hall).
        self.export_bundle_action = QAction(self.tr("&Export bundle…"), self)
        self.export_bundle_action.setStatusTip(self.tr("Write what another device lacks to a file you carry to it"))
        self.export_bundle_action.triggered.connect(lambda: self.show_sync_panel().open_bundle_export())
        self.import_bundle_action = QAction(self.tr("I&mport bundle…"), self)
        self.import_bundle_action.setStatusTip(self.tr("Take in a bundle file another device wrote for this one"))
        self.import_bundle_action.triggered.connect(lambda: self.show_sync_panel().open_bundle_import())
        # A device rebuilt from its backup comes back by file: the chair takes it in, it joins.
        self.take_in_action = QAction(self.tr("&Take in a restored device…"), self)
        self.take_in_action.triggered.connect(lambda: take_in_restored(self, self.workspace))
        self.admission_action = QAction(self.tr("Join with an &admission file…"), self)
        self.admission_action.triggered.connect(self.join_by_file)
        self.request_action = QAction(self.tr("Save the &request for the chair…"), self)
        self.request_action.triggered.connect(lambda: self.backups.save_request())
        self.sync_menu = self.menuBar().addMenu(self.tr("S&ync"))  # Alt+S is the case search
        for action in (
            self.sync_panel_action,
            self.invite_action,
            self.join_action,
            self.take_in_action,
            self.request_action,
            self.admission_action,
        ):
            self.sync_menu.addAction(action)
        self.sync_menu.addSeparator()
        for action in (self.export_bundle_action, self.import_bundle_action):
            self.sync_menu.addAction(action)
        self.sync_menu.aboutToShow.connect(self._update_sync_menu)
        self._update_sync_menu()
        add_language_menu(self)

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_case_action)
        toolbar.addAction(self.find_action)
        toolbar.addAction(self.waiting_action)
        self.badge_count = QLabel(toolbar)
        self.badge_count.setObjectName("countBadge")
        self.badge_action = toolbar.addWidget(self.badge_count)  # shown and hidden through its action
        self.badge_action.setVisible(False)
        toolbar.addAction(self.cases_action)
        toolbar.addAction(self.meetings_action)
        toolbar.addAction(self.sync_panel_action)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        profile = self.workspace.profile
        self.badge = IdentityBadge(
            profile.name, self.workspace.role_label, profile.agency, profile.fingerprint, toolbar
        )
        toolbar.addWidget(self.badge)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    # ----- reports ------------------------------------------------------------------------------------
    # Both writers run off the GUI thread (the panels hand them to app.ui.common.background), so
    # they touch neither a widget nor self.workspace: each opens the data folder again for itself.
    # The PDF libraries load with the first report, not at start: most sessions write none.
    def _write_signoff_report(self, ref: str, path, audience: str | None = None, language: str | None = None):
        from app.reports import service as reporting

        with self._open_again() as ws:
            report = reporting.signoff_report(ws, ref, audience, language=language)
            return reporting.write_report(ws, report, path, ref)

    def _write_minutes(self, ref: str, path, today=None, language: str | None = None):
        """`today`: the day the meetings view counts overdue actions from, read by the page on the
        GUI thread; the minutes are written as of it."""
        from app.reports import service as reporting

        with self._open_again() as ws:
            return reporting.write_minutes(ws, ref, path, today, language)

    # ----- cases ----------------------------------------------------------------------------------
    def refresh_cases(self, select: str | None = None) -> None:
        try:
            cases = self.workspace.list_cases()
        except ConcordError as exc:
            self.statusBar().showMessage(self.tr("Could not list the cases: {message}").format(message=shown(exc)))
            return
        self.case_list.set_cases(cases, select)
        gone = self.case_view.session
        if gone is not None and gone.case_id not in {c.case_id for c in cases}:
            # Erased at the end of its retention period, by the chair's entry that sync brought:
            # what the window still shows of it goes too.
            self.case_view.close_case()
            self.workspace.cases.forget()
            self.statusBar().showMessage(
                self.tr("Case {reference} is no longer on this device: it was erased.").format(reference=gone.reference)
            )

    def show_waiting(self) -> None:
        self.waiting_action.setChecked(True)
        if self.views.currentWidget() is not self.waiting_view:
            self.meetings_view.flush()
            self._leave_case()
            self.waiting_view.refresh()
            self.views.setCurrentWidget(self.waiting_view)
        self.waiting_view.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _waiting_count(self, n: int) -> None:
        """The count beside the inbox: in words for a screen reader, never the colour alone."""
        self.badge_count.setText(str(n))
        self.badge_action.setVisible(n > 0)
        if self.waiting_view.is_inbox:
            words = self.tr("%n sign-off request(s) waiting", "", n)
        else:
            words = self.tr("%n item(s) waiting", "", n)
        self.badge_count.setAccessibleName(words)
        self.waiting_action.setToolTip(words)

    def open_case_at(self, case_id: str, section: str = "") -> None:
        """Open a case from what waits, at the section the item is about."""
        self.show_cases()
        if self.case_list.select_case(case_id) or (
            self.case_view.session is not None and self.case_view.session.case_id == case_id
        ):
            if section:
                self.case_view.show_section(section)

    def decide_case(self, case_id: str):
        """The Chief Inspector decides from the inbox: the case opens at its sign-off, then the decision."""
        self.open_case_at(case_id, "signoff")
        panel = self.case_view.signoff_panel
        if panel is None or self.case_view.session is None or self.case_view.session.case_id != case_id:
            return None
        return panel.decide()

    def fit_to_screen(self) -> None:
        """Roomy where the screen allows, never larger than its working area with the frame."""
        room = self.screen().availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()
        # Before the window is first shown the frame is unknown: leave room for a title bar.
        fw, fh = (frame.width(), frame.height()) if self.isVisible() and frame.height() > 0 else (8, 40)
        width, height = min(1440, room.width() - fw), min(860, room.height() - fh)
        self.resize(width, height)
        if self.isVisible():
            g = self.frameGeometry()
            x = min(max(g.x(), room.x()), room.right() - g.width() + 1)
            y = min(max(g.y(), room.y()), room.bottom() - g.height() + 1)
            if (x, y) != (g.x(), g.y()):
                self.move(x, y)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            # Once the window manager has framed the window, its real frame is known.
            QTimer.singleShot(50, self.fit_to_screen)

    def show_cases(self) -> None:
        self.cases_action.setChecked(True)
        if self.views.currentWidget() is not self.splitter:
            if self.views.currentWidget() is self.meetings_scroll:
                self.meetings_view.flush()
            self.views.setCurrentWidget(self.splitter)
            self.case_list.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_meetings(self) -> None:
        self.meetings_action.setChecked(True)
        if self.views.currentWidget() is not self.meetings_scroll:
            self._leave_case()
            self.views.setCurrentWidget(self.meetings_scroll)
            self.meetings_view.focus_current()

    def _find(self) -> None:
        self.show_cases()
        self.case_list.focus_search()

    def case_selected(self, case_id: str) -> None:
        if case_id and self.views.currentWidget() is not self.splitter:
            self.show_cases()  # a case chosen (from the list or what waits) is shown
        if not self._leave_case():
            return
        if not case_id:
            self.case_view.close_case()
            return
        try:
            session = self.workspace.open_case(case_id)
        except ConcordError as exc:
            self.case_view.close_case()
            self.statusBar().showMessage(self.tr("Could not open the case: {message}").format(message=shown(exc)))
            return
        self.case_view.open_case(session)
        self.save_label.clear()

    def _leave_case(self) -> bool:
        """Save what is waiting in the open case; say so if something could not be saved."""
        if self.case_view.session is None or self.case_view.flush():
            return True
        self.statusBar().showMessage(
            self.tr("Some changes in the case you left could not be saved: {problem}").format(
                problem=self.case_view.tracker.last if self.case_view.tracker else ""
            )
        )
        return True

    def new_case(self) -> NewCaseDialog | None:
        if not self.can_create:
            return None
        dialog = NewCaseDialog(self.workspace, self)
        dialog.accepted.connect(lambda: self._case_created(dialog.case_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.new_case_dialog = dialog
        return dialog

    def _case_created(self, case_id: str) -> None:
        self.show_cases()
        self.refresh_cases(select=case_id)
        self.statusBar().showMessage(self.tr("Case created"), 5000)

    # ----- sync -----------------------------------------------------------------------------------
    def _sync_panel_toggled(self, shown: bool) -> None:
        if shown:
            self.sync_panel.refresh()
            self.sync_panel.table.setFocus(Qt.FocusReason.ShortcutFocusReason)  # the devices, by person

    def show_sync_panel(self) -> SyncPanel:
        self.sync_dock.show()
        # A useful share of the height, never so much that the open case disappears.
        self.resizeDocks([self.sync_dock], [max(220, self.height() * 2 // 5)], Qt.Orientation.Vertical)
        self.sync_dock.raise_()
        self.sync_panel.refresh()
        return self.sync_panel

    def _update_sync_menu(self) -> None:
        panel = self.sync_panel
        self.invite_action.setVisible(not panel.invite_button.isHidden())
        self.join_action.setVisible(not panel.join_button.isHidden())
        self.join_action.setEnabled(panel.join_button.isEnabled())
        self.take_in_action.setVisible(not panel.invite_button.isHidden())
        self.admission_action.setVisible(not panel.join_button.isHidden())
        self.request_action.setVisible(replacement_request(self.workspace) is not None)

    def _invite(self) -> None:
        self.show_sync_panel().open_invite()

    def _join(self) -> None:
        self.show_sync_panel().open_join()

    def _name_devices(self) -> None:
        """Tell the case view who each device (Automerge actor) is, from the panel's membership."""
        state = self.sync_panel.state
        members = list(state.members.values()) if state is not None else []
        known = frozenset((m.device_id, m.name, m.agency) for m in members)
        if known == self._named:
            return
        self._named = known
        self.case_view.set_device_names(
            {
                actor_id_of(m.signing_public): self.tr("{name} ({agency})").format(name=m.name, agency=m.agency)
                for m in members
                if m.device_id != self.workspace.profile.device_id
            }
        )

    def _membership_changed(self) -> None:
        self._name_devices()
        self._update_sync_menu()

    @Slot(object)
    def _remote_changes(self, case_ids) -> None:
        """Other devices' changes reached the store (through the worker's own connection)."""
        # The repository notices changes another connection stored and reloads those documents.
        case_ids = set(case_ids or ())
        follow_agreement(self)  # one the panel adopted, if the exchange brought it
        self.refresh_cases()
        self.case_view.reload_from_store(case_ids or None)
        self.meetings_view.remote_changes(case_ids)
        self.waiting_recount.start()

    @Slot(bool)
    def _sync_busy(self, busy: bool) -> None:
        if busy:
            self.sync_label.setText(self.tr("Syncing…"))

    @Slot(object)
    def _synced(self, exchange: Exchange) -> None:
        self._name_devices()  # the exchange may have brought news of members
        if exchange.ok:
            self.sync_label.setText(self.tr("Synced {when}").format(when=describe_time(exchange.at)))
        elif not self.sync.busy:
            self.sync_label.setText(self.tr("Last sync ended early"))

    @Slot(str)
    def _sync_failed(self, _message: str) -> None:
        self.sync_label.setText(self.tr("Last sync failed (see the sync panel)"))

    # ----- closing -------------------------------------------------------------------------------
    # ----- backups ----------------------------------------------------------------------------
    def join_by_file(self, admission: str | None = None) -> bool:
        if not join_with_admission(self, self.workspace, admission):
            return False
        self.sync_panel._joined(None)
        self.backups.update()
        return True

    def hand_over(self) -> None:
        """This window gives way to another over the same data and sync thread: closing it must
        stop only what is its own."""
        self._handed_over = True
        self.case_view.close_case()
        self.sync_panel.relay.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._handed_over:
            super().closeEvent(event)
            return
        if background.running():
            # A report or minutes half written would be lost: the window closes once they are done,
            # and stays responsive until then.
            event.ignore()
            self.statusBar().showMessage(self.tr("Concord closes once the file being written is finished."))
            if not self._closing_when_idle:
                self._closing_when_idle = True
                background.when_idle(self._close_when_idle)
            return
        self.meetings_view.flush()  # what was typed in meeting mode, not left by focus yet
        if self.case_view.session is not None and not self.case_view.flush() and not self._discard_ok:
            # Ask without blocking: the window stays open unless the person chooses to discard.
            event.ignore()
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Unsaved changes"),
                self.tr(
                    "Some fields hold values that could not be saved (the status bar says why). "
                    "Close Concord and discard them?"
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                self,
            )
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.finished.connect(lambda result: self._discard_and_close(result == QMessageBox.StandardButton.Discard))
            box.open()
            self.discard_box = box
            return
        self.case_view.close_case()
        self.sync_panel.relay.stop()
        self.sync.close()
        super().closeEvent(event)

    def _close_when_idle(self) -> None:
        self._closing_when_idle = False
        if shiboken6.isValid(self):
            self.close()

    def _discard_and_close(self, discard: bool) -> None:
        if discard:
            self._discard_ok = True
            self.close()
