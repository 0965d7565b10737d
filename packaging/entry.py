"""The one entry script of the frozen Concord: both programs of the installed folder start here.

The spec builds it twice into one folder, sharing every library:
  concord          (console) the command line, exactly `app.cli.main`
  concord-desktop  (windowed) the desktop, exactly `python -m app`: the window, or with --demo
                   the built-in demo panel (--headless writes its outputs without a window)

The rule is the program's own name, nothing else: what runs never depends on guessing from the
arguments. `concord --build-info` (CLI only) prints what the frozen build carries and which
keyring it finds, for IT staff checking an installation.
"""

from __future__ import annotations

import json
import sys


def program_name(argv0: str) -> str:
    """'concord' or 'concord-desktop' from how this program was started (any folder, any .exe)."""
    name = argv0.replace("\\", "/").rsplit("/", 1)[-1].lower()
    for suffix in (".exe", ".bin"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return "concord-desktop" if name in ("concord-desktop", "concord desktop") else "concord"


def build_info() -> dict[str, object]:
    import automerge.core
    import keyring
    import sqlcipher3
    from PySide6 import QtCore

    backend = keyring.get_keyring()
    db = sqlcipher3.connect(":memory:")
    try:
        cipher = db.execute("PRAGMA cipher_version").fetchone()
    finally:
        db.close()
    return {
        "frozen": bool(getattr(sys, "frozen", False)),
        "python": sys.version.split()[0],
        "qt": QtCore.qVersion(),
        "sqlcipher": cipher[0] if cipher else None,
        "automerge": automerge.core.__name__,
        "keyring": f"{type(backend).__module__}.{type(backend).__name__}",
    }


def main() -> int:
    args = sys.argv[1:]
    if program_name(sys.argv[0]) == "concord-desktop":
        from app.__main__ import main as desktop

        return desktop(args)
    if args == ["--build-info"]:
        print(json.dumps(build_info(), indent=2))
        return 0
    from app.cli import main as cli

    return cli(args)


if __name__ == "__main__":
    sys.exit(main())
