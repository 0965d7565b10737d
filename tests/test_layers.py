"""The tree is the architecture: imports point down only, between the parts of app and inside
app/models and app/sync, whose sub-packages are ordered. No Qt below app/ui; no network in
app/models. docs/architecture.md draws the same picture."""

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"
QT = ("PySide6", "shiboken6")
NETWORK = ("socket", "ssl", "http", "urllib", "zeroconf", "asyncio", "selectors", "requests", "socketserver", "nats")

# Which parts each part may import. `top` is the facade (workspace.py) and the log set-up.
ALLOWED = {
    "models": {"models"},
    "sync": {"models", "sync"},
    "reports": {"models", "reports"},
    "top": {"models", "sync", "reports", "top"},
    "demo": {"models", "sync", "reports", "top", "demo"},
    "cli": {"models", "sync", "reports", "top", "demo", "cli"},
    "ui": {"models", "sync", "reports", "top", "ui"},
    "main": {"models", "sync", "reports", "top", "demo", "cli", "ui"},
}
HEADLESS = {"models", "sync", "reports", "top", "demo", "cli"}

# Inside a part, lowest first: a unit may import its own rank or lower ones.
ORDER = {
    "models": [
        {"errors", "clock", "resources", "language"},
        {"isa_document"},
        {"case_schema"},
        {"documents"},
        {"agreement_chain"},
        {"storage"},
        {"audit", "audit_anchors", "audit_seals", "identity"},
        {"disclosures", "panel_audit"},
        {"cases", "case_reader", "output_files", "device_context", "contact_language"},
        {"risk"},
        {"meetings"},
        {"process"},
    ],
    "sync": [
        {"errors"},
        {"protocol"},
        {"engine"},
        {"net"},
        {"failure_words"},
    ],
}


def part_of(rel: tuple[str, ...]) -> str:
    if len(rel) == 1:
        return "main" if rel[0] == "__main__.py" else "top"
    return rel[0]


def unit_of(rel: tuple[str, ...]) -> str:
    """The sub-package or module a file belongs to inside its part (`storage`, `clock`)."""
    name = rel[1]
    return name[:-3] if name.endswith(".py") else name


def rank(part: str, unit: str) -> int | None:
    for i, group in enumerate(ORDER.get(part, [])):
        if unit in group:
            return i
    return None


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            # `from app.models import clock` names the module clock, not the package
            names += [f"{node.module}.{a.name}" for a in node.names if node.module.startswith("app.")]
    return names


def target_of(name: str, root: Path) -> tuple[str, ...] | None:
    """The path parts, under root, of the file an `app.` import reaches: the longest prefix of the
    name that is a module or a package (`app.workspace.Workspace` reaches workspace.py)."""
    parts = name.split(".")[1:]
    for n in range(len(parts), 0, -1):
        head = parts[:n]
        if (root.joinpath(*head[:-1]) / f"{head[-1]}.py").exists():
            return tuple(head[:-1]) + (f"{head[-1]}.py",)
        if (root.joinpath(*head) / "__init__.py").exists():
            return tuple(head) + ("__init__.py",)
    return None


def violations(root: Path, package: str = "app") -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).parts
        part = part_of(rel)
        for name in imported_modules(path):
            top = name.split(".")[0]
            where = f"{path.relative_to(root).as_posix()} imports {name}"
            if top in QT and part in HEADLESS:
                found.append(f"{where} (Qt below app/ui)")
            if top in NETWORK and part == "models":
                found.append(f"{where} (network in app/models)")
            if top != package:
                continue
            target = target_of(name, root)
            if target is None:
                continue
            other = part_of(target)
            if other not in ALLOWED[part]:
                found.append(f"{where} ({part} may not import {other})")
                continue
            if part == other and part in ORDER and len(rel) > 1 and len(target) > 1:
                mine, theirs = rank(part, unit_of(rel)), rank(part, unit_of(target))
                if mine is None or theirs is None:
                    if unit_of(rel) != unit_of(target) and "__init__" not in (unit_of(rel), unit_of(target)):
                        found.append(
                            f"{where} (app/{part}/{unit_of(rel if mine is None else target)} has no place in the order)"
                        )
                elif theirs > mine:
                    found.append(f"{where} ({part}.{unit_of(rel)} may not import the higher {part}.{unit_of(target)})")
            if (
                part == "ui"
                and len(rel) > 2
                and rel[1] == "common"
                and other == "ui"
                and len(target) > 2
                and target[1] != "common"
            ):
                found.append(f"{where} (ui/common may not import a feature folder)")
    return found


def test_the_app_respects_its_layers():
    assert violations(APP) == []


def test_every_package_of_models_and_sync_has_a_place_in_the_order():
    for part, groups in ORDER.items():
        named = set().union(*groups)
        present = {
            p.stem if p.is_file() else p.name
            for p in (APP / part).iterdir()
            if (p.suffix == ".py" and p.stem != "__init__") or (p.is_dir() and (p / "__init__.py").exists())
        }
        assert present <= named, f"app/{part} holds {sorted(present - named)} outside the order"


def _tree(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_the_check_catches_violations(tmp_path):
    _tree(
        tmp_path,
        {
            "models/__init__.py": "",
            "models/clock.py": "from app.models.process.service import x\n",
            "models/storage/__init__.py": "",
            "models/storage/store.py": "import socket\nfrom PySide6.QtCore import QObject\nfrom app.sync.engine import y\n",
            "models/process/__init__.py": "",
            "models/process/service.py": "from app.models import clock\nfrom app.models.storage import store\n",
            "sync/__init__.py": "",
            "sync/protocol/__init__.py": "",
            "sync/protocol/wire.py": "from app.sync.net.transport import z\n",
            "sync/net/__init__.py": "",
            "sync/net/transport.py": "from app.ui.main import run_gui\nfrom app.sync.protocol import wire\n",
            "ui/__init__.py": "",
            "ui/common/__init__.py": "",
            "ui/common/table.py": "from app.ui.meetings.view import v\n",
            "ui/meetings/__init__.py": "",
            "ui/meetings/view.py": "from PySide6.QtWidgets import QWidget\nfrom app.ui.common import table\nfrom app.cli import main\n",
            "cli/__init__.py": "from app.workspace import Workspace\nimport PySide6\n",
            "workspace.py": "from app.cli import main\n",
        },
    )
    found = "\n".join(violations(tmp_path))
    assert "models/storage/store.py imports socket (network in app/models)" in found
    assert "models/storage/store.py imports PySide6.QtCore (Qt below app/ui)" in found
    assert "models/storage/store.py imports app.sync.engine (models may not import sync)" in found
    assert (
        "models/clock.py imports app.models.process.service (models.clock may not import the higher "
        "models.process)" in found
    )
    assert (
        "sync/protocol/wire.py imports app.sync.net.transport (sync.protocol may not import the higher sync.net)"
        in found
    )
    assert "sync/net/transport.py imports app.ui.main (sync may not import ui)" in found
    assert "ui/common/table.py imports app.ui.meetings.view (ui/common may not import a feature folder)" in found
    assert "ui/meetings/view.py imports app.cli (ui may not import cli)" in found
    assert "cli/__init__.py imports PySide6 (Qt below app/ui)" in found
    assert "workspace.py imports app.cli (top may not import cli)" in found
    # what points down is not reported
    assert "process/service.py" not in found
    assert "sync/net/transport.py imports app.sync.protocol" not in found
    assert "ui/meetings/view.py imports app.ui.common" not in found and "QtWidgets" not in found
