"""Imports point down only: ui -> (reports, sync, models); reports -> models; sync -> models;
models -> nothing of app. No Qt below app/ui; no network in app/models."""

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"
QT = ("PySide6", "shiboken6")
NETWORK = ("socket", "ssl", "http", "urllib", "zeroconf", "asyncio", "selectors", "requests", "socketserver")

# Which parts of app each layer may import. Top-level modules (workspace, cli, demo) are the
# facade over models and sync, and run headless, so they get no Qt either.
ALLOWED = {
    "models": {"models"},
    "sync": {"models", "sync"},
    "reports": {"models", "reports"},
    "ui": {"models", "sync", "reports", "ui", "top"},
    "top": {"models", "sync", "reports", "top"},
}


def layer_of(path: Path, root: Path) -> str:
    rel = path.relative_to(root).parts
    return rel[0] if len(rel) > 1 else "top"


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def violations(root: Path, package: str = "app") -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        layer = layer_of(path, root)
        for name in imported_modules(path):
            top = name.split(".")[0]
            where = f"{path.relative_to(root)} imports {name}"
            if top in QT and layer != "ui":
                if not (path.name == "__main__.py" and layer == "top"):
                    found.append(f"{where} (Qt below app/ui)")
            if top in NETWORK and layer == "models":
                found.append(f"{where} (network in app/models)")
            if top == package:
                parts = name.split(".")
                target = parts[1] if len(parts) > 2 or (len(parts) == 2 and (root / parts[1]).is_dir()) else "top"
                if target not in ALLOWED[layer] and not (path.name == "__main__.py" and target == "ui"):
                    found.append(f"{where} ({layer} may not import {target})")
    return found


def test_the_app_respects_its_layers():
    assert violations(APP) == []


def test_the_check_catches_violations(tmp_path):
    (tmp_path / "models").mkdir()
    (tmp_path / "sync").mkdir()
    (tmp_path / "ui").mkdir()
    (tmp_path / "models" / "bad.py").write_text("import socket\nfrom PySide6.QtCore import QObject\nfrom app.sync.identity import x\n")
    (tmp_path / "sync" / "bad.py").write_text("from app.ui.main import run_gui\n")
    (tmp_path / "ui" / "fine.py").write_text("from PySide6.QtWidgets import QWidget\nfrom app.models.schema import Schema\n")
    (tmp_path / "workspace.py").write_text("import PySide6\n")
    found = "\n".join(violations(tmp_path))
    assert "models/bad.py imports socket (network in app/models)" in found
    assert "models/bad.py imports PySide6.QtCore (Qt below app/ui)" in found
    assert "models/bad.py imports app.sync.identity (models may not import sync)" in found
    assert "sync/bad.py imports app.ui.main (sync may not import ui)" in found
    assert "workspace.py imports PySide6 (Qt below app/ui)" in found
    assert "fine.py" not in found
