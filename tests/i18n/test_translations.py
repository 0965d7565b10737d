"""The Welsh catalogue is complete, current with the code, faithful to its placeholders and
glossary, and built into exactly what Qt and the reports load."""

import hashlib
import json
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.models import language
from app.models.language.catalog import catalogue_digest, plural_form
from app.models.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402


def _messages(code):
    for context in ET.parse(I18N / f"concord_{code}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def _welsh():
    out = []
    for context, message in _messages("cy"):
        node = message.find("translation")
        forms = (
            [f.text or "" for f in node.iter("numerusform")] if message.get("numerus") == "yes" else [node.text or ""]
        )
        out.append((context, message.findtext("source") or "", forms))
    return out


def test_every_welsh_entry_is_finished():
    missing = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in _messages("cy")
        if message.find("translation").get("type") == "unfinished"
        or not all(
            (f.text or "").strip()
            for f in (
                message.find("translation").iter("numerusform")
                if message.get("numerus") == "yes"
                else [message.find("translation")]
            )
        )
    ]
    assert not missing, f"{len(missing)} Welsh entries unfinished or missing:\n" + "\n".join(missing[:40])


def test_every_english_plural_has_its_forms():
    for context, message in _messages("en"):
        if message.get("numerus") == "yes":
            forms = [f.text for f in message.find("translation").iter("numerusform")]
            assert len(forms) == 2 and all(forms), (context, message.findtext("source"))


def test_the_catalogues_hold_every_string_the_code_marks(tmp_path):
    # lupdate run afresh over the code must find nothing the committed .ts lacks.
    shutil.copy(I18N / "concord_cy.ts", tmp_path / "fresh.ts")
    files = tmp_path / "files.txt"
    files.write_text("\n".join(str(p) for p in sorted((ROOT / "app").rglob("*.py"))))
    subprocess.run(
        [
            translations._tool("lupdate"),
            "-locations",
            "none",
            "-no-obsolete",
            f"@{files}",
            "-ts",
            str(tmp_path / "fresh.ts"),
        ],
        check=True,
        capture_output=True,
    )
    committed = {(c, m.findtext("source")) for c, m in _messages("cy")}
    fresh = set()
    for context in ET.parse(tmp_path / "fresh.ts").getroot().iter("context"):
        for message in context.iter("message"):
            fresh.add((context.findtext("name") or "", message.findtext("source")))
    assert fresh - committed == set(), "run: python scripts/translations.py update"
    assert committed - fresh == set(), "strings no longer in the code: python scripts/translations.py update"


_PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d")


def _shortcuts(text: str) -> int:
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


# Welsh writes with twenty letters (no j, k, q, v, x or z), and the chair's meeting view offers
# twenty-three Alt+letters at once; these three, all labels of parts a person can click, give up
# theirs in Welsh so that no two things share one (tests/ui/test_mnemonics_welsh.py).
WELSH_WITHOUT_SHORTCUT = {"&Key risks: facts", "&Decisions", "Earlier actions to revie&w"}


def test_every_translation_keeps_its_placeholders_and_its_one_shortcut():
    wrong = [
        (context, source, text)
        for context, source, forms in _welsh()
        for text in forms
        if sorted(_PLACEHOLDER.findall(text)) != sorted(_PLACEHOLDER.findall(source))
        or _shortcuts(text) != (0 if source in WELSH_WITHOUT_SHORTCUT else _shortcuts(source))
    ]
    assert not wrong, "\n".join(map(repr, wrong[:20]))


def test_built_catalogues_are_those_of_the_sources():
    for code in ("cy", "en"):
        ts = I18N / f"concord_{code}.ts"
        assert catalogue_digest(code) == hashlib.sha256(ts.read_bytes()).hexdigest(), "run scripts/setup"
        built = json.loads(resource_path("i18n", f"concord_{code}.json").read_text(encoding="utf-8"))["messages"]
        assert built == translations.read_ts(ts)


def test_qt_and_the_reports_translate_alike(qapp):
    # The .qm (desktop) and the JSON (reports) come from one .ts; they must give the same Welsh.
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(resource_path("i18n", "concord_cy.qm")))
    checked = 0
    with language.using(language.WELSH):
        for context, source, forms in _welsh():
            if "%n" in source:
                for n in (0, 1, 3, 6, 11):
                    assert translator.translate(context, source, None, n).replace("%n", str(n)) == language.translate(
                        context, source, None, n
                    ), (context, source, n)
            else:
                assert translator.translate(context, source) == language.translate(context, source) == forms[0]
            checked += 1
    assert checked > 1000


def test_welsh_counts_take_their_own_forms():
    assert [plural_form("cy", n) for n in (0, 1, 2, 5, 6, 7, 11, 100)] == [0, 1, 2, 2, 3, 4, 4, 4]
    assert [plural_form("en", n) for n in (0, 1, 2)] == [1, 0, 1]
    with language.using(language.ENGLISH):
        assert language.translate("MainWindow", "%n item(s) waiting", None, 1) == "1 item waiting"
        assert language.translate("MainWindow", "%n item(s) waiting", None, 4) == "4 items waiting"
    with language.using(language.WELSH):
        assert "%n" not in language.translate("MainWindow", "%n item(s) waiting", None, 4)
        assert "4" in language.translate("MainWindow", "%n item(s) waiting", None, 4)


def test_dates_read_as_each_language_writes_them():
    import datetime as dt

    day = dt.date(2026, 12, 3)
    assert language.long_date(day, "cy") == "Dydd Iau, 3 Rhagfyr 2026"
    assert language.long_date(day, "en") == "Thursday, 3 December 2026"
    with language.using("cy"):
        assert language.day_month_year(dt.date(2027, 2, 1)) == "1 Chwefror 2027"


def test_the_glossary_names_each_term_its_source_and_its_state():
    terms = tomllib.loads((I18N / "glossary.toml").read_text(encoding="utf-8"))["term"]
    assert len(terms) >= 40
    for term in terms:
        assert term["en"] and term["cy"] and term["source"], term
        assert term["status"] in ("proposed", "checked"), term
    assert len({t["en"].lower() for t in terms}) == len(terms)


# Terms a translator could word several ways; the glossary settles them and the catalogue follows.
_HELD = {"passphrase": "cyfrinymadrodd", "relay": "cyfnewidfa", "bundle": "bwndel", "backup": "wrth gefn"}


# A Welsh word's first letter changes after some words (soft, nasal and aspirate mutation).
_MUTATIONS = {
    "c": ("g", "ngh", "ch"),
    "p": ("b", "mh", "ph"),
    "t": ("d", "nh", "th"),
    "b": ("f", "m"),
    "d": ("dd", "n"),
}


def _forms(word: str) -> set[str]:
    return {word} | {m + word[1:] for m in _MUTATIONS.get(word[0], ())}


@pytest.mark.parametrize("english, welsh", sorted(_HELD.items()))
def test_the_welsh_follows_the_glossary(english, welsh):
    stems = _forms(welsh)
    off = [
        (context, source, forms[0])
        for context, source, forms in _welsh()
        if re.search(rf"\b{english}\b", source, re.IGNORECASE) and not any(s in forms[0].lower() for s in stems)
    ]
    assert not off, f"{english} is not '{welsh}' in:\n" + "\n".join(map(repr, off[:20]))
