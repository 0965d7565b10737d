"""The pseudo-language and a walk over what a window shows, for the translation tests.

The pseudo-translation wraps every text of the .ts in ⟦ ⟧; Concord's own data in two languages
(schema labels, ISA roles) is wrapped by app.models.language in the same way. A text on screen
that still has a word outside the markers reached the screen without passing through either:
that is a string a Welsh speaker would see in English.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from app.models.language.catalog import CLOSE, OPEN

ROOT = Path(__file__).resolve().parents[2]
SOURCE_TS = ROOT / "resources" / "i18n" / "concord_en.ts"


def build_pseudo_qm(folder: Path) -> Path:
    """Every message of the .ts, translated as itself in markers (plurals in English's two forms)."""
    tree = ET.parse(SOURCE_TS)
    tree.getroot().set("language", "en_GB")
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        node.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            english = [f.text or source for f in node.iter("numerusform")] or [source, source]
            for f in list(node):
                node.remove(f)
            node.text = None
            for form in (english + [source, source])[:2]:
                ET.SubElement(node, "numerusform").text = OPEN + form + CLOSE
        else:
            node.text = OPEN + source + CLOSE
    ts = folder / "pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "pseudo.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


_WRAPPED = re.compile(re.escape(OPEN) + "[^" + re.escape(OPEN + CLOSE) + "]*" + re.escape(CLOSE))
_TAG = re.compile(r"<[^>]+>")
# What may stand outside the markers: data the tests typed, and what is not words.
_DATA = [
    re.compile(p)
    for p in (
        r"\b[A-Z]{2}-\d{4}-\d{4}\b",  # case references
        r"\bXY-\d+\b",
        r"\bPerson [A-Z]\b",  # the pseudonyms the tests give parties
        r"\b\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?\b",
        r"\b\d{1,2}/\d{1,2}/\d{4}\b",
        r"\b\d{1,2}:\d{2}\b",
        r"\b[0-9A-Z]{4}(?:[ -][0-9A-Z]{4})+\b",  # fingerprints
        r"&(?=\w)",  # a mnemonic's marker
    )
]


def untranslated(text: str, allowed: tuple[str, ...] = ()) -> str:
    """What is left of `text` once translated parts, allowed data and non-words are taken out."""
    rest = _TAG.sub(" ", text or "").replace("&nbsp;", " ")
    for _ in range(8):  # a translated template may hold translated parts inside it
        rest = _WRAPPED.sub(" ", rest)
    for word in allowed:
        rest = rest.replace(word, " ")
    for pattern in _DATA:
        rest = pattern.sub(" ", rest)
    return " ".join(w for w in rest.split() if re.search(r"[^\W\d_]", w))


def shown_texts(root: QWidget):
    """(where, text) for every text a person sees on `root` and its visible children."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        where = f"{type(w).__name__}#{w.objectName() or '?'}"
        if isinstance(w, QMainWindow) or w.isWindow():
            yield where + ".title", w.windowTitle()
        if isinstance(w, QLabel):
            yield where, w.text()
        elif isinstance(w, QAbstractButton):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{where}.tab{i}", w.tabText(i)
        elif isinstance(w, QLineEdit):
            yield where + ".placeholder", w.placeholderText()
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            yield where + ".placeholder", w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{where}.item{i}", w.itemText(i)
        elif isinstance(w, QMenu):
            yield where + ".title", w.title()
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            from PySide6.QtCore import QModelIndex

            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model keeps its one column to itself
                columns = 1
            for c in range(columns):
                yield f"{where}.header{c}", str(model.headerData(c, _horizontal()) or "")
            for r in range(min(model.rowCount(QModelIndex()), 30)):
                for c in range(columns):
                    yield f"{where}[{r},{c}]", str(model.index(r, c).data() or "")
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            yield "menu", action.text()
            menu = action.menu()
            for sub in menu.actions() if menu else ():
                if sub.isVisible() and not sub.isSeparator():
                    yield f"menu {action.text()!r}", sub.text()


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
