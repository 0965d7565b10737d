"""Every text each role sees goes through translation: under a pseudo-language that wraps each
translated text in markers, a walk over every main view, section tab, menu and the sync panel
finds no visible word outside the markers (other than the data the test itself typed)."""

import pytest
from PySide6.QtWidgets import QApplication

from app.models import language
from app.models.case_schema import load_schema
from app.ui.common import language as ui_language
from tests.support.people import PEOPLE
from tests.ui.pseudo_walk import build_pseudo_qm, shown_texts, untranslated

ROLES = ["advocate", "clinician", "legal", "police", "chief_inspector", "facilitator", "chair"]
# Each language's name is written in that language on purpose (a person must find their own),
# and Concord is a name. Who signed the agreement, and each agency's data protection contact, are
# shown as the agreement gives them.
ALWAYS = ("Iaith / Language", "Cymraeg", "English", "Concord") + tuple(
    text for s in load_schema().governance.signatories for text in (s.signed_by, s.dp_contact)
)


@pytest.fixture(scope="session")
def pseudo_qm(tmp_path_factory):
    return build_pseudo_qm(tmp_path_factory.mktemp("pseudo"))


def _problems(root, allowed):
    QApplication.processEvents()
    return [
        f"{where}: {text!r} -> {left!r}" for where, text in shown_texts(root) if (left := untranslated(text, allowed))
    ]


@pytest.mark.parametrize("role", ROLES)
def test_every_text_a_role_sees_is_translated(role, open_window, pseudo_qm, qtbot):
    ui_language.install(language.PSEUDO, qm=pseudo_qm)
    window, ws, _ids = open_window(role)
    allowed = ALWAYS + tuple(PEOPLE[role])
    found = []
    window.show_waiting()
    found += _problems(window, allowed)
    window.show_cases()
    for i in range(window.case_view.sections.count()):
        window.case_view.sections.setCurrentIndex(i)
        found += _problems(window, allowed)
    window.show_meetings()
    found += _problems(window, allowed)
    window.show_sync_panel()
    found += _problems(window, allowed)
    unique = sorted(set(found))
    assert not unique, f"{len(unique)} texts bypass translation for {role}:\n" + "\n".join(unique[:80])


# Menu entries whose dialogs belong to the system or end the session, not to a role's work.
_NOT_OPENED = ("quit", "language", "cymraeg", "english")


def _dialog_walker(monkeypatch, allowed):
    """(walk_open_dialogs, seen, found): dialogs that would wait for a person are walked instead."""
    from PySide6.QtWidgets import QDialog, QFileDialog

    found: list[str] = []
    seen: list[str] = []

    def walk(dialog) -> None:
        seen.append(type(dialog).__name__)
        found.extend(_problems(dialog, allowed))

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    monkeypatch.setattr(QDialog, "exec", lambda self: (walk(self), 0)[1])

    def walk_open_dialogs() -> None:
        QApplication.processEvents()
        for top_level in QApplication.topLevelWidgets():
            if isinstance(top_level, QDialog) and top_level.isVisible():
                walk(top_level)
                top_level.reject()
        QApplication.processEvents()

    return walk_open_dialogs, seen, found


@pytest.mark.parametrize("role", ROLES)
def test_every_dialog_a_view_opens_is_translated(role, open_window, pseudo_qm, qtbot, monkeypatch):
    from PySide6.QtWidgets import QAbstractButton

    ui_language.install(language.PSEUDO, qm=pseudo_qm)
    window, ws, _ids = open_window(role)
    walk_open_dialogs, seen, found = _dialog_walker(monkeypatch, ALWAYS + tuple(PEOPLE[role]))

    def press_each(show) -> None:
        # A button whose text ends with an ellipsis asks for more in a dialog before it acts.
        show()
        QApplication.processEvents()
        buttons = [
            b
            for b in window.findChildren(QAbstractButton)
            if b.isVisibleTo(window) and b.isEnabled() and b.text().rstrip("⟧").endswith("…")
        ]
        for button in buttons:
            if button.isVisibleTo(window) and button.isEnabled():
                button.click()
                walk_open_dialogs()

    press_each(window.show_cases)
    for i in range(window.case_view.sections.count()):
        press_each(lambda i=i: window.case_view.sections.setCurrentIndex(i))
    press_each(window.show_meetings)
    press_each(window.show_sync_panel)
    unique = sorted(set(found))
    assert not unique, (
        f"{len(unique)} texts bypass translation in {role}'s dialogs ({sorted(set(seen))}):\n" + "\n".join(unique[:80])
    )


@pytest.mark.parametrize("role", ["chair", "police", "chief_inspector"])
def test_every_dialog_the_menus_open_is_translated(role, open_window, pseudo_qm, qtbot, monkeypatch):
    ui_language.install(language.PSEUDO, qm=pseudo_qm)
    window, ws, _ids = open_window(role)
    allowed = ALWAYS + tuple(PEOPLE[role])
    walk_open_dialogs, seen, found = _dialog_walker(monkeypatch, allowed)
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is None:
            continue
        menu.aboutToShow.emit()
        for action in menu.actions():
            name = action.text().lower()
            if action.isSeparator() or not action.isVisible() or not action.isEnabled():
                continue
            if any(word in name for word in _NOT_OPENED) or action.isCheckable():
                continue
            action.trigger()
            walk_open_dialogs()
    assert len(seen) >= 2, seen  # every role can back up its device and join a panel
    unique = sorted(set(found))
    assert not unique, f"{len(unique)} texts bypass translation in {role}'s dialogs:\n" + "\n".join(unique[:80])


def test_first_run_and_restoring_a_backup_are_translated(pseudo_qm, memory_keyring, tmp_path, qtbot, monkeypatch):
    from app.ui.setup.first_run_dialog import FirstRunDialog

    ui_language.install(language.PSEUDO, qm=pseudo_qm)
    walk_open_dialogs, seen, found = _dialog_walker(monkeypatch, ALWAYS)
    dialog = FirstRunDialog(tmp_path / "new-device", memory_keyring)
    qtbot.addWidget(dialog)
    dialog.show()
    found += _problems(dialog, ALWAYS)
    dialog.restore.click()
    walk_open_dialogs()
    assert "RestoreDialog" in seen
    # The data folder's path is the person's own: every other word is translated.
    unique = sorted({p for p in found if str(tmp_path) not in p})
    assert not unique, "\n".join(unique)
