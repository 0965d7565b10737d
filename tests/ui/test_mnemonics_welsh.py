"""The Alt+letters again, in Welsh: the translation chooses its own letters, so a clash that
English does not have can appear in Welsh alone (two Welsh words that start alike). Each role's
main window (every view, the sync panel shown), its menus, and every dialog, as in
test_mnemonics."""

import pytest
from PySide6.QtCore import QCoreApplication

from app.models import language
from app.ui.common import language as ui_language
from tests.ui import test_mnemonics as base
from tests.ui.test_mnemonics import (
    DIALOGS,
    ROLES,
    VIEWS,
    bring_forward,
    clashes,
    every_part_clashes,
    opened_by,
    view_root,
    visible_button,
)

# The English module's fixtures, shared: the same panel, windows made in this module's language.
panel, windows, window_for = base.panel, base.windows, base.window_for


@pytest.fixture(autouse=True)
def english_interface(qapp):
    """This module's windows speak Welsh (the name replaces the desktop tests' English start)."""
    ui_language.install(language.WELSH)
    yield
    ui_language.install(language.ENGLISH)


def _button(window, context: str, english: str):
    return visible_button(window, QCoreApplication.translate(context, english).replace("&", ""))


def _decision(_panel, window_for):
    return opened_by(_button(window_for("chief_inspector"), "ProcessPanel", "&Decide and sign…").click)


def _signoff_report(_panel, window_for):
    window = window_for("chief_inspector", "CC-RJ-9")
    return opened_by(_button(window, "ProcessPanel", "Sign-off &report…").click)


WELSH_DIALOGS = {**DIALOGS, "decision": _decision, "sign-off report": _signoff_report}


@pytest.mark.parametrize("role", ROLES)
def test_each_welsh_main_window_and_its_menus_give_each_letter_to_one_thing(window_for, role):
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
    dialog = WELSH_DIALOGS[name](panel, window_for)
    if dialog.parent() is None:
        qtbot.addWidget(dialog)
    found = every_part_clashes(dialog, f"{name} dialog (Welsh)")
    dialog.reject()
    assert not found, "\n".join(sorted(found))
