"""The interface language on the desktop: Qt's translators, the default locale, the device's choice.

Concord's own .qm carries its strings and, because Qt ships no Welsh translation of itself, the
Welsh of Qt's standard buttons and menus as well (app/ui/common/qt_strings.py marks them).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.models import language
from app.models.resources import resource_path

log = logging.getLogger("concord.language")

DEVICE_META = "interface_language"
LANGUAGE_ENV = "CONCORD_LANGUAGE"
_QT_LOCALES = {language.WELSH: "cy_GB", language.ENGLISH: "en_GB", language.PSEUDO: "en_GB"}

_installed: list[QTranslator] = []


def _catalogue(code: str) -> Path | None:
    try:
        path = resource_path("i18n", f"concord_{code}.qm")
    except (FileNotFoundError, OSError):
        return None
    return path if path.exists() else None


def install(code: str, qm: Path | None = None) -> str:
    """Speak `code` from now on: every window gets a LanguageChange event. `qm` replaces the
    built catalogue (the tests' pseudo-translation)."""
    code = language.parse_language(code)
    app = QCoreApplication.instance()
    assert app is not None  # translators belong to the running application
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language.set_current(code)
    QLocale.setDefault(QLocale(_QT_LOCALES[code]))
    path = qm or _catalogue(code)
    if path is not None:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("the %s catalogue did not load: showing source texts", code)
    elif code != language.ENGLISH:
        log.warning("no built %s catalogue: showing source texts", code)
    return code


def system_language() -> str:
    """What to start a new device in: CONCORD_LANGUAGE, else the system's locale."""
    wanted = os.environ.get(LANGUAGE_ENV, "")
    if wanted:
        try:
            return language.parse_language(wanted)
        except language.UnknownLanguage:
            log.warning("CONCORD_LANGUAGE is not a language Concord offers; using the system's")
    return language.from_locale_name(QLocale.system().name())


def device_language(workspace) -> str:
    """The language this device was set to speak (the system's if it was never chosen)."""
    stored = workspace.store.get_meta(DEVICE_META)
    try:
        return language.parse_language(stored) if stored else system_language()
    except language.UnknownLanguage:
        return system_language()


def remember(workspace, code: str) -> None:
    code = language.parse_language(code)
    with workspace.store.begin() as conn:
        workspace.store.set_meta(conn, DEVICE_META, code)
    log.info("interface language set to %s", code)
