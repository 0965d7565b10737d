"""No two things in one window answer to the same Alt+letter.

Every window Concord opens is checked as a person meets it: the main window for each role, with a
case open, each of its views with and without the sync panel below it, and each tab and case
section brought to the front in turn; its menus; and every dialog. Within a window, the buttons,
check boxes, labels that move the focus, group titles, tabs and the menu bar's titles share one
set of letters; each menu has its own.

And again in Welsh: the translation chooses its own letters, so a clash English does not have can
appear in Welsh alone (two Welsh words that start alike).
"""

import datetime as dt

import keyring
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from app.models import clock, language
from app.ui.cases.subject_access_dialog import show_subject_access
from app.ui.common import language as ui_language
from app.ui.main_window import MainWindow
from app.ui.setup.first_run_dialog import FirstRunDialog
from app.workspace import Workspace
from tests.support.keyrings import MemoryKeyring
from tests.support.meeting_panel import TODAY, meeting_panel, scheduled, seed_cases
from tests.support.people import PEOPLE
from tests.support.process_panel import approved_case, sync_all

SIGN_CASE = "CC-SIGN-4"  # its sign-off requested, not decided yet
DECIDED_CASE = "CC-RJ-9"  # signed off: its report may be written
WINDOW = "the window"


# ----- reading the letters ------------------------------------------------------------------------------
def mnemonic(text: str) -> str:
    """The letter after a single '&' ('&&' is a literal ampersand), lower-cased; '' for none."""
    i = text.find("&")
    while 0 <= i < len(text) - 1:
        if text[i + 1] != "&":
            return text[i + 1].casefold()
        i = text.find("&", i + 2)
    return ""


def _menu_levels(menu: QMenu, name: str, levels: dict) -> None:
    entries = levels.setdefault(f"menu {name}", [])
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        entries.append(action.text())
        if action.menu() is not None:
            _menu_levels(action.menu(), f"{name} > {action.text().replace('&', '')}", levels)


def levels(window: QWidget) -> dict[str, list[str]]:
    """The texts that carry a letter at each level of the window: the window itself (its visible
    widgets and its menu bar's titles), and each menu."""
    out: dict[str, list[str]] = {WINDOW: []}
    texts = out[WINDOW]
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.window() is not window or not widget.isVisible():
            continue
        if isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    texts.append(action.text())
                    if action.menu() is not None:
                        _menu_levels(action.menu(), action.text().replace("&", ""), out)
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(n) for n in range(widget.count()) if widget.isTabVisible(n)]
    return out


def clashes(window: QWidget, title: str) -> set[str]:
    found = set()
    for level, texts in levels(window).items():
        by_letter: dict[str, set[str]] = {}
        for text in texts:
            if mnemonic(text):
                by_letter.setdefault(mnemonic(text), set()).add(text)
        for letter, same in by_letter.items():
            if len(same) > 1:
                found.add(f"{title}, {level}: Alt+{letter.upper()} for {' and '.join(sorted(same))}")
    return found


# ----- bringing each part to the front --------------------------------------------------------------------
def bring_forward(page: QWidget) -> None:
    """Make the page the one shown in its stack, and each stack that holds it likewise (through the
    tab widget or section list that owns a stack, so they agree)."""
    child, parent = page, page.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            owner = parent.parentWidget()
            switch = getattr(owner, "setCurrentWidget", None)
            if owner is not None and not isinstance(owner, QStackedWidget) and callable(switch):
                switch(child)
            parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def every_part_clashes(window: QWidget, title: str, parts=None) -> set[str]:
    """The clashes at the window's own level with it as it is and with each page of each stack in
    its parts (all of it when not given) brought to the front in turn."""
    QApplication.processEvents()
    found = set()

    def check():
        found.update(c for c in clashes(window, title) if ", menu " not in c)

    check()
    for part in parts or [window]:
        for stack in part.findChildren(QStackedWidget):
            for n in range(stack.count()):
                page = stack.widget(n)
                if page is None or page.window() is not window:
                    continue
                bring_forward(page)
                QApplication.processEvents()
                check()
    return found


def opened_by(act) -> QDialog:
    """The dialog a step opens (it opens it without blocking)."""
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    act()
    QApplication.processEvents()
    new = [
        w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before and isinstance(w, QDialog)
    ]
    assert len(new) == 1, [type(w).__name__ for w in new]
    return new[0]


def visible_button(window: QWidget, text: str) -> QAbstractButton:
    """The button with this text (its '&' aside), brought to the front wherever it is."""
    for button in window.findChildren(QAbstractButton):
        if button.window() is window and button.text().replace("&", "") == text:
            bring_forward(button)
            QApplication.processEvents()
            if button.isVisible() and button.isEnabled():
                return button
    raise AssertionError(f"no button {text!r} to press in {window.windowTitle()!r}")


# ----- the panel, its cases and a meeting in progress, made once for every window checked ------------------
@pytest.fixture(scope="module")
def panel(tmp_path_factory):
    """The meeting panel's devices, a meeting in progress with its agenda, a case awaiting the
    Chief Inspector's decision and one decided, and a device on no panel yet."""
    root = tmp_path_factory.mktemp("mnemonics")
    target = dt.datetime.combine(dt.date(2026, 12, 22), dt.time(12, 0), dt.UTC)
    previous_clock = clock.use(clock.Clock(shift_s=(target - dt.datetime.now(dt.UTC)).total_seconds()))
    previous_keyring = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    opened = []

    def make(role: str, folder=None) -> Workspace:
        name, agency = PEOPLE[role]
        ws = Workspace.init(folder or root / role, name, agency, role, backend=backend)
        opened.append(ws)
        return ws

    p = seed_cases(meeting_panel(make))
    approved_case(p, DECIDED_CASE)
    ref = scheduled(p)
    p["chair"].meetings.build_agenda(ref, TODAY)
    p["chair"].meetings.set_status(ref, "in progress")
    sync_all(p)
    p["fresh"] = make("police", root / "fresh")
    p["backend"] = backend
    p["root"] = root
    yield p
    for ws in opened:
        ws.close()
    keyring.set_keyring(previous_keyring)
    clock.use(previous_clock)


@pytest.fixture(scope="module")
def windows(panel, qapp):
    """Each role's main window, made once for the module and shown."""
    made = {}
    yield made
    for window in made.values():
        window.close()
        window.deleteLater()
    qapp.processEvents()


@pytest.fixture
def window_for(panel, windows, qtbot):
    """window_for(role, case) -> the role's main window, shown, with the case open ("" for none)."""

    def make(role: str, case: str = SIGN_CASE) -> MainWindow:
        key = (language.current(), role)  # a window speaks the language it was built in
        if key not in windows:
            window = MainWindow(panel[role])
            window.meetings_view.today = lambda: TODAY
            with qtbot.waitExposed(window):
                window.show()
            windows[key] = window
        window = windows[key]
        if case:
            window.show_cases()
            assert window.case_list.select_case(panel[role].store.find_case(case).case_id)
            qtbot.waitUntil(lambda: window.case_view.session is not None and window.case_view.session.reference == case)
        return window

    yield make
    for window in windows.values():
        for dialog in window.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()


# ----- the main window ---------------------------------------------------------------------------------
ROLES = ("chair", "police", "chief_inspector", "advocate", "facilitator", "clinician", "legal")
VIEWS = {  # each of the window's views, by the part of it that says which
    "cases": lambda window: window.case_view,
    "meetings": lambda window: window.meetings_view,
    "waiting": lambda window: window.waiting_view,
}


def view_root(window: MainWindow, view: str) -> QWidget:
    """The page of the window's views that holds this view."""
    part = VIEWS[view](window)
    while part.parentWidget() is not window.views:
        part = part.parentWidget()
    return part


def main_window_cases():
    for role in ROLES:
        for view in VIEWS:
            for sync in (False, True):
                yield pytest.param(role, view, sync, id=f"{role}-{view}{'-with-sync-panel' if sync else ''}")


@pytest.mark.parametrize("role,view,sync", list(main_window_cases()))
def test_the_main_window_gives_each_letter_to_one_thing(window_for, role, view, sync):
    window = window_for(role)
    if view == "meetings":
        window.show_meetings()  # a meeting chosen, so its page and meeting mode are there to check
    root = view_root(window, view)
    bring_forward(root)
    if sync:
        window.show_sync_panel()
    else:
        window.sync_dock.hide()
    parts = [root, window.sync_dock] if sync else [root]
    found = every_part_clashes(window, f"main window ({role}, {view})", parts)
    assert not found, "\n".join(sorted(found))


@pytest.mark.parametrize("role", ROLES)
def test_each_menu_of_the_main_window_gives_each_letter_to_one_thing(window_for, role):
    window = window_for(role, "")
    found = {c for c in clashes(window, f"main window ({role})") if ", menu " in c}
    assert not found, "\n".join(sorted(found))


# ----- the dialogs ---------------------------------------------------------------------------------------
def new_case(panel, window_for):
    window = window_for("police")
    return opened_by(window.new_case)


def record(panel, window_for):
    window = window_for("police")
    return opened_by(window.case_view.editor("incidents").add)


def checklist(panel, window_for):
    window = window_for("police")
    view = window.case_view
    bring_forward(view.page("risk"))
    # The panel's own method, not its button: the button hands the click's "checked" flag to
    # record() as the instrument, which no instrument is called.
    return opened_by(view.risk_panel.record)


def decision(panel, window_for):
    window = window_for("chief_inspector")
    return opened_by(visible_button(window, "Decide and sign…").click)


def signoff_report(panel, window_for):
    window = window_for("chief_inspector", DECIDED_CASE)
    return opened_by(visible_button(window, "Sign-off report…").click)


def invite(panel, window_for):
    window = window_for("chair")
    return opened_by(window.invite_action.trigger)


def join(panel, window_for):
    window = window_for("fresh", "")
    return opened_by(window.join_action.trigger)


def first_run(panel, window_for):
    dialog = FirstRunDialog(panel["root"] / "first-run", backend=panel["backend"])
    dialog.show()
    return dialog


def in_meetings(role: str, act):
    """Opens a dialog of the Meetings view, as this role, by act(the view)."""

    def open_it(panel, window_for):
        window = window_for(role)
        window.show_meetings()
        return opened_by(lambda: act(window.meetings_view))

    return open_it


DIALOGS = {
    "new case": new_case,
    "record": record,
    "checklist": checklist,
    "decision": decision,
    "sign-off report": signoff_report,
    "invite": invite,
    "join": join,
    "first run": first_run,
    "schedule meeting": in_meetings("chair", lambda view: view.schedule()),
    "add a case to the agenda": in_meetings("chair", lambda view: view.page.agenda.add_case()),
    "close with cases not discussed": in_meetings("chair", lambda view: view.page.agenda.close_meeting()),
    "attendees": in_meetings("chair", lambda view: view.page.attendance.add_attendee()),
    "observer": in_meetings("chair", lambda view: view.page.attendance.add_observer()),
    "apologies": in_meetings("chair", lambda view: view.page.attendance.add_apology()),
    "distribution": in_meetings("chair", lambda view: view.page.confidentiality.edit_distribution()),
    "action": in_meetings("police", lambda view: view.page.minutes.add_action()),
    "agreement": lambda panel, window_for: opened_by(window_for("chair").agreement_action.trigger),
    "subject access": lambda panel, window_for: opened_by(lambda: show_subject_access(window_for("advocate"))),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_each_dialog_gives_each_letter_to_one_thing(panel, window_for, qtbot, name):
    dialog = DIALOGS[name](panel, window_for)
    if dialog.parent() is None:
        qtbot.addWidget(dialog)
    found = every_part_clashes(dialog, f"{name} dialog")
    dialog.reject()
    assert not found, "\n".join(sorted(found))


def test_the_check_finds_a_letter_given_twice_and_only_where_a_person_could_press_it(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    save, send = QPushButton("&Save", dialog), QPushButton("&Send", dialog)
    layout = QVBoxLayout(dialog)
    hidden = QPushButton("&Hide", dialog)
    shown = QLabel("&History", dialog)
    shown.setBuddy(save)
    for w in (save, send, hidden, shown, QLabel("&Help (no buddy)", dialog), QCheckBox("Fish && c&hips", dialog)):
        layout.addWidget(w)
    hidden.hide()
    dialog.show()
    assert clashes(dialog, "test") == {
        "test, the window: Alt+S for &Save and &Send",
        "test, the window: Alt+H for &History and Fish && c&hips",
    }
    send.setText("S&end")
    assert clashes(dialog, "test") == {"test, the window: Alt+H for &History and Fish && c&hips"}
    assert mnemonic("Fish && chips") == "" and mnemonic("R&&D &plan") == "p"


# ----- the same in Welsh ----------------------------------------------------------------------------------
def _button(window, context: str, english: str):
    return visible_button(window, QCoreApplication.translate(context, english).replace("&", ""))


def _decision(_panel, window_for):
    return opened_by(_button(window_for("chief_inspector"), "ProcessPanel", "&Decide and sign…").click)


def _signoff_report(_panel, window_for):
    window = window_for("chief_inspector", DECIDED_CASE)
    return opened_by(_button(window, "ProcessPanel", "Sign-off &report…").click)


WELSH_DIALOGS = {**DIALOGS, "decision": _decision, "sign-off report": _signoff_report}


@pytest.mark.parametrize("role", ROLES)
def test_each_welsh_main_window_and_its_menus_give_each_letter_to_one_thing(window_for, role):
    ui_language.install(language.WELSH)  # undone after the test by the desktop tests' English start
    window = window_for(role)
    assert language.current() == language.WELSH
    found = {c for c in clashes(window, f"main window ({role})") if ", menu " in c}
    window.show_sync_panel()
    for view in VIEWS:
        if view == "meetings":
            window.show_meetings()
        root = view_root(window, view)
        bring_forward(root)
        found |= every_part_clashes(window, f"main window ({role}, {view})", [root, window.sync_dock])
    assert not found, "\n".join(sorted(found))


@pytest.mark.parametrize("name", list(WELSH_DIALOGS))
def test_each_welsh_dialog_gives_each_letter_to_one_thing(panel, window_for, qtbot, name):
    ui_language.install(language.WELSH)
    dialog = WELSH_DIALOGS[name](panel, window_for)
    if dialog.parent() is None:
        qtbot.addWidget(dialog)
    found = every_part_clashes(dialog, f"{name} dialog (Welsh)")
    dialog.reject()
    assert not found, "\n".join(sorted(found))
