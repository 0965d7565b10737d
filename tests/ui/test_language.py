"""Choosing the interface language: asked at first run, switched from the menu while Concord runs
(the window is rebuilt in the new language, where the person was, with nothing lost), kept per
device, with Qt's own buttons and the dates in the language too."""

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.models import language
from app.ui.common import background
from app.ui.common import language as ui_language
from app.ui.language_switch import switch_language
from app.ui.setup.first_run_dialog import FirstRunDialog


def _menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_first_run_asks_the_language_first_and_the_device_keeps_it(memory_keyring, tmp_path, qtbot):
    dialog = FirstRunDialog(tmp_path / "device", memory_keyring)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Set up Concord on this device"
    dialog.language.setCurrentIndex(dialog.language.findData("cy"))
    # The whole dialog speaks Welsh at once: title, captions, buttons, the roles offered.
    assert dialog.windowTitle() == "Sefydlu Concord ar y ddyfais hon"
    assert (
        dialog.ok.text() != "&Set up"
        and "Cancel" not in dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    )
    roles = [dialog.role.itemText(i) for i in range(dialog.role.count())]
    assert "Legal adviser" not in roles and any("Cynghorydd" in r or "cyfreithiol" in r for r in roles)
    # Once Qt's own LanguageChange has gone round too, the set-up button still says what it does.
    QApplication.processEvents()
    assert dialog.ok.text() == "&Sefydlu"
    dialog.name.setText("Siân Davies")
    dialog.role.setCurrentIndex(dialog.role.findData("legal"))
    dialog.accept()
    ws = dialog.workspace
    try:
        assert ws is not None and ui_language.device_language(ws) == "cy"
    finally:
        ws.close()


def test_the_menu_switches_language_at_once_where_the_person_was(open_window, qtbot):
    window, ws, ids = open_window("police")
    window.case_view.show_section("referral")
    window.show_sync_panel()
    sync = window.sync
    assert "&Case" in _menu_titles(window)
    window.language_actions["cy"].trigger()
    new = next(w for w in qtbot_windows() if w is not window and w.isVisible())
    qtbot.addWidget(new)
    try:
        assert language.current() == "cy" and ui_language.device_language(ws) == "cy"
        assert "&Achos" in _menu_titles(new) and "Iaith / Language" in _menu_titles(new)
        assert not window.isVisible()
        # The same data folder and sync thread; the same case, section and open panel.
        assert new.workspace is ws and new.sync is sync and sync.parent() is new
        assert new.case_list.selected_case() == ids[0] and new.case_view.current_section() == "referral"
        assert new.sync_dock.isVisible()
        assert new.case_view.sections.tabText(new.case_view.sections.currentIndex()).replace("&&", "&") == "Atgyfeiriad"
        # Qt's own buttons and the dates speak Welsh too.
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Canslo"
        assert QLocale().toString(QDate(2026, 12, 3), "dddd, d MMMM yyyy") == "Dydd Iau, 3 Rhagfyr 2026"
        back = switch_language(new, "en")
        qtbot.addWidget(back)
        assert "&Case" in _menu_titles(back) and ui_language.device_language(ws) == "en"
        assert back.case_list.selected_case() == ids[0]
    finally:
        # The window now in front closes as Concord does at the end, stopping the sync thread.
        for w in qtbot_windows():
            if w is not window and not w._handed_over:
                w.close()


def test_the_switch_waits_while_work_is_running(open_window, monkeypatch, qtbot):
    window, ws, _ids = open_window("advocate")
    monkeypatch.setattr(background, "running", lambda: 1)
    monkeypatch.setattr("app.ui.language_switch.QMessageBox.information", lambda *a, **k: None)
    assert switch_language(window, "cy") is None
    assert language.current() == "en" and window.isVisible()
    assert window.language_actions["en"].isChecked()
    assert ws.store.get_meta(ui_language.DEVICE_META) in (None, "en")


def qtbot_windows():
    from PySide6.QtWidgets import QApplication

    from app.ui.main_window import MainWindow

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_the_process_panel_shows_each_party_s_language_before_contact_is_planned(open_window, qtbot):
    window, ws, ids = open_window("advocate")
    case = ws.open_case(ids[0])
    case.set("harmed_language", "Welsh")
    case.set("harmed_interpreter", True)
    window.case_view.reload_from_store({ids[0]})
    panel = window.case_view.process_panel
    assert panel is not None
    qtbot.waitUntil(lambda: "Welsh" in panel.contact.text())
    assert panel.contact.text() == (
        "Language for contact: Person harmed: Welsh, interpreter needed; Person who caused harm: not asked yet"
    )
    assert panel.contact.isVisibleTo(panel)
