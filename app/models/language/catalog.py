"""Translations for the layers without Qt, read from the catalogue built from the .ts files.

`translate` has the name and arguments of Qt's QCoreApplication.translate, so pyside6-lupdate
finds every call (and `QT_TRANSLATE_NOOP` marks) with its context and puts the text in the .ts
for translators; `scripts/translations.py build` turns the .ts into the JSON read here.
"""

from __future__ import annotations

import functools
import json
import logging

from app.models import resources
from app.models.language.codes import ENGLISH, PSEUDO, WELSH
from app.models.language.current import current

log = logging.getLogger("concord.language")

OPEN, CLOSE = "\u27e6", "\u27e7"  # the pseudo-language's markers


class Marked(str):
    """A source text marked for translation, which remembers its context so that whatever carries
    it (an error, a table of words) can be shown later in the reader's language. It is still the
    English text for every other purpose: compared, stored, logged and sent as it is."""

    context: str


def QT_TRANSLATE_NOOP(context: str, text: str) -> Marked:  # noqa: N802 - the name lupdate looks for
    """Marks a text for translation where it is defined; `translate` it where it is shown."""
    marked = Marked(text)
    marked.context = context
    return marked


Messages = dict[str, dict[str, "str | list[str]"]]  # context -> source -> translation or plural forms


@functools.cache
def _messages(language: str) -> Messages:
    try:
        data = json.loads(resources.resource("i18n", f"concord_{language}.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError, ValueError):
        # A source tree where scripts/setup has not built the catalogue: speak the source text.
        log.warning("no built catalogue for %s: showing source texts", language)
        return {}
    messages: Messages = data.get("messages", {}) if isinstance(data, dict) else {}
    return messages


def plural_form(language: str, n: int) -> int:
    """Which of a translation's forms a count takes, as Qt's translator chooses them."""
    if language == WELSH:
        if n in (0, 1):
            return n
        return 2 if 2 <= n <= 5 else 3 if n == 6 else 4
    return 0 if n == 1 else 1


def _lookup(language: str, context: str, source: str, disambiguation: str | None, n: int) -> str:
    key = f"{disambiguation}\x04{source}" if disambiguation else source
    found = _messages(language).get(context, {}).get(key)
    text: str
    if isinstance(found, list):
        forms = found
        text = str(forms[min(plural_form(language, n), len(forms) - 1)] if n >= 0 else forms[0])
    elif isinstance(found, str):
        text = found
    else:
        text = source
    return text.replace("%n", str(n)) if n >= 0 else text


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    language = current()
    if language == PSEUDO:
        return OPEN + _lookup(ENGLISH, context, source, disambiguation, n) + CLOSE
    return _lookup(language, context, source, disambiguation, n)


def catalogue_digest(language: str) -> str | None:
    """The digest of the .ts the built catalogue came from (the tests hold the two together)."""
    try:
        data = json.loads(resources.resource("i18n", f"concord_{language}.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError, ValueError):
        return None
    digest = data.get("ts_sha256") if isinstance(data, dict) else None
    return digest if isinstance(digest, str) else None
