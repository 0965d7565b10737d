"""Changing the interface language while Concord runs: the Language menu, and the hand-over to a
main window built anew in the chosen language.

Every text on screen is set when its widget is built, so the main window is built again rather
than taught to re-set each text: the data folder, the sync thread and its connections stay as
they are, and the new window opens where the old one was (the same view, case and section).
Nothing typed is lost: the hand-over waits for what is running and saves what is waiting first.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMessageBox

from app.models import language
from app.ui.common import background
from app.ui.common import language as ui_language

log = logging.getLogger("concord.language")


def add_language_menu(window: Any) -> None:
    # Its title names it in both languages, so a person lost in the other one still finds it; its
    # entries are each language's name in itself. No Alt letter: every letter of its title is taken
    # in the busiest window (the chair's meeting page with the sync panel); F10 reaches it.
    menu = window.menuBar().addMenu(QCoreApplication.translate("LanguageMenu", "Language / Iaith"))
    group = QActionGroup(window)
    window.language_actions = {}
    for code in language.LANGUAGES:
        action = QAction(language.native_name(code), window)
        action.setCheckable(True)
        action.setChecked(code == language.current())
        action.triggered.connect(lambda _checked=False, c=code: switch_language(window, c))
        group.addAction(action)
        menu.addAction(action)
        window.language_actions[code] = action


def _refuse(window, text: str) -> None:
    window.language_actions[language.current()].setChecked(True)
    QMessageBox.information(window, QCoreApplication.translate("LanguageMenu", "Language"), text)


def switch_language(window, code: str):
    """Show Concord in `code`. The window now on screen (a new one if the language changed), or
    None if the change must wait."""
    from app.ui.main_window import MainWindow

    code = language.parse_language(code)
    if code == language.current():
        return window
    if background.running() or window.sync.exchanging or window.sync.bundling:
        _refuse(
            window,
            QCoreApplication.translate(
                "LanguageMenu", "Concord changes its language once the work in hand is finished. Try again in a moment."
            ),
        )
        return None
    window.meetings_view.flush()
    if window.case_view.session is not None and not window.case_view.flush():
        _refuse(
            window,
            QCoreApplication.translate(
                "LanguageMenu",
                "Some fields hold values that could not be saved (the status bar says why). Put them right, "
                "then change the language.",
            ),
        )
        return None
    state = {
        "view": window.views.currentIndex(),
        "case": window.case_list.selected_case(),
        "section": window.case_view.current_section(),
        "sync_shown": window.sync_dock.isVisible(),
        "relay": window.sync_panel.relay.check.isChecked(),
        "geometry": window.saveGeometry(),
        "maximized": window.isMaximized(),
    }
    ui_language.install(code)
    ui_language.remember(window.workspace, code)
    sync = window.sync
    window.hand_over()
    new = MainWindow(window.workspace, sync=sync)
    sync.setParent(new)
    new.restoreGeometry(state["geometry"])
    if state["case"]:
        new.refresh_cases(select=state["case"])
        if state["section"]:
            new.case_view.show_section(state["section"])
    if state["view"] == new.views.indexOf(new.meetings_scroll):
        new.show_meetings()
    elif state["view"] == new.views.indexOf(new.splitter):
        new.show_cases()
    else:
        new.show_waiting()
    if state["sync_shown"]:
        new.show_sync_panel()
    if state["relay"]:
        new.sync_panel.relay.check.setChecked(True)
    if state["maximized"]:
        new.showMaximized()
    else:
        new.show()
    window.close()
    window.deleteLater()
    log.info("interface language changed to %s", code)
    return new
