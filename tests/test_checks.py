"""The linter, the formatter and the type checker pass on the whole tree: CI runs them here."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / args[0]), *args[1:]], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing():
    done = _run("ruff", "check", "app", "tests", "bench")
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_tree_is_formatted():
    done = _run("ruff", "format", "--check", "app", "tests", "bench")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_passes_strict_on_models_and_sync():
    done = _run("mypy")
    assert done.returncode == 0, done.stdout[-5000:] + done.stderr
    assert "Success" in done.stdout


def test_the_checks_catch_what_they_are_for(tmp_path):
    # a check that cannot fail proves nothing: plant one fault of each kind
    (tmp_path / "bad.py").write_text("import os\ndef f(x: int) -> str:\n    return x\n")
    lint = _run("ruff", "check", "--isolated", "--select", "F", str(tmp_path / "bad.py"))
    assert lint.returncode != 0 and "F401" in lint.stdout
    types = _run("mypy", "--config-file", str(ROOT / "pyproject.toml"), str(tmp_path / "bad.py"))
    assert types.returncode != 0 and "Incompatible return value" in types.stdout


def _test_imports(path: Path) -> list[str]:
    import ast

    names = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("tests"):
            names += [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names += [a.name for a in node.names if a.name.startswith("tests")]
    return names


def test_benchmarks_import_only_shared_helpers_from_the_tests():
    wrong = [
        f"{p.name}: {n}"
        for p in sorted((ROOT / "bench").glob("*.py"))
        for n in _test_imports(p)
        if n != "tests" and not n.startswith("tests.support")
    ]
    assert wrong == []


def _imports_of_test_modules(path: Path) -> list[str]:
    return [n for n in _test_imports(path) if n.rsplit(".", 1)[-1].startswith("test_")]


def test_test_modules_import_no_other_test_module(tmp_path):
    # Shared test code lives in tests/support and shared fixtures in a folder's conftest.py: a test module
    # that others import cannot be split, moved or deleted without breaking them, and fixtures pulled
    # in by import hide where they come from.
    planted = tmp_path / "test_planted.py"
    planted.write_text(
        "import tests.test_cli\nfrom tests.sync.test_session import run_pair\n"
        "from tests.ui import test_sync_panel\nfrom tests.support.sync_pairs import run_pair\n"
    )
    assert _imports_of_test_modules(planted) == [
        "tests.test_cli",
        "tests.sync.test_session",
        "tests.ui.test_sync_panel",
    ]
    wrong = [
        f"{p.relative_to(ROOT)}: {n}"
        for p in sorted((ROOT / "tests").rglob("*.py"))
        for n in _imports_of_test_modules(p)
    ]
    assert wrong == []
