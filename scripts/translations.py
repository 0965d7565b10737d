"""Concord's translation sources and what is built from them.

    python scripts/translations.py update   re-read the code: new strings into the .ts, gone ones out
    python scripts/translations.py build    the .ts into what Concord loads (scripts/setup runs this)
    python scripts/translations.py check    exit 1 if any Welsh entry is missing or unfinished

The .ts under resources/i18n/ is the one source of every translation. `build` makes two things
from it in app/resources/i18n/: the .qm that Qt's translator loads for the desktop, and a JSON
catalogue that the layers without Qt (reports, the command line) read. Both carry nothing the .ts
does not hold, so the two can never disagree.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources" / "i18n"
BUILT = ROOT / "app" / "resources" / "i18n"
# English has a .ts too, for its plural forms only ("1 case", "2 cases" from one "%n case(s)").
LANGUAGES = {"cy": "cy_GB", "en": "en_GB"}


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / f"pyside6-{name}"
    return str(here) if here.exists() else f"pyside6-{name}"


def ts_path(code: str) -> Path:
    return SOURCES / f"concord_{code}.ts"


def update() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))
    listing = SOURCES / ".files"
    listing.write_text("\n".join(files) + "\n", encoding="utf-8")
    try:
        for code, qt_code in LANGUAGES.items():
            subprocess.run(
                [
                    _tool("lupdate"),
                    "-locations",
                    "none",
                    "-no-obsolete",
                    "-source-language",
                    "en_GB",
                    "-target-language",
                    qt_code,
                    f"@{listing}",
                    "-ts",
                    str(ts_path(code)),
                ],
                cwd=ROOT,
                check=True,
            )
    finally:
        listing.unlink()


def read_ts(path: Path) -> dict:
    """{context: {source: translation}}; a numerus entry's translation is its list of forms.
    Unfinished or empty translations are left out, so a reader falls back to the source."""
    catalogue: dict[str, dict] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if message.get("numerus") == "yes":
                value = [f.text or "" for f in node.iter("numerusform")]
                if not all(value):
                    continue
            else:
                value = node.text or ""
                if not value:
                    continue
            key = f"{comment}\x04{source}" if comment else source
            catalogue.setdefault(name, {})[key] = value
    return catalogue


def build() -> None:
    BUILT.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGES:
        source = ts_path(code)
        subprocess.run(
            [_tool("lrelease"), "-silent", str(source), "-qm", str(BUILT / f"concord_{code}.qm")], check=True
        )
        catalogue = {"ts_sha256": hashlib.sha256(source.read_bytes()).hexdigest(), "messages": read_ts(source)}
        (BUILT / f"concord_{code}.json").write_text(
            json.dumps(catalogue, ensure_ascii=False, sort_keys=True, indent=0), encoding="utf-8"
        )


def check() -> int:
    problems = 0
    for code in LANGUAGES:
        for context in ET.parse(ts_path(code)).getroot().iter("context"):
            for message in context.iter("message"):
                node = message.find("translation")
                forms = [f.text for f in node.iter("numerusform")] if message.get("numerus") == "yes" else [node.text]
                if code == "en" and message.get("numerus") != "yes":
                    continue  # English speaks its source text
                if node.get("type") == "unfinished" or not all(forms):
                    problems += 1
                    print(f"{code}: {context.findtext('name')}: {message.findtext('source')!r}")
    print(f"{problems} missing or unfinished", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "build":
        build()
    elif command == "check":
        sys.exit(check())
    else:
        sys.exit(__doc__)
