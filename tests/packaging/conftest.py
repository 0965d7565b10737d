"""One build of the installed Concord per test run, shared by every test of this folder.

`bash scripts/package` builds the one-folder application and the .deb into a folder of this run's
temporary root. Under pytest-xdist the workers share that root: the first to get here builds,
holding a file lock, and the others wait for it and use what it built - or its failure, never a
second build.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 1200


@dataclass(frozen=True)
class Build:
    app: Path  # the one-folder application: concord, concord-desktop, _internal/
    deb: Path
    seconds: float
    log: str


def _shared_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.getbasetemp()
    return base.parent if "PYTEST_XDIST_WORKER" in os.environ else base


@pytest.fixture(scope="session")
def frozen_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    shared = _shared_root(tmp_path_factory)
    folder = shared / "concord-package"
    with open(shared / "concord-package.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        result = folder / "result.json"
        if not result.exists():
            folder.mkdir(exist_ok=True)
            started = time.monotonic()
            # A build is a program of its own: the test's QT_* settings and temporary folders stay out.
            env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTEST_"))}
            try:
                done = subprocess.run(
                    ["bash", "scripts/package", "--out", str(folder / "dist"), "--work", str(folder / "work")],
                    cwd=ROOT,
                    env=env,
                    capture_output=True,
                    text=True,
                    timeout=BUILD_TIMEOUT_S,
                )
                code, log = done.returncode, done.stdout + done.stderr
            except subprocess.TimeoutExpired as exc:
                code, log = -1, f"scripts/package did not finish in {BUILD_TIMEOUT_S} s: {exc}"
            result.write_text(json.dumps({"code": code, "seconds": time.monotonic() - started, "log": log}))
            shutil.rmtree(folder / "work", ignore_errors=True)  # PyInstaller's scratch: ~250 MB
        built = json.loads(result.read_text())
    assert built["code"] == 0, f"scripts/package failed ({built['code']}):\n{built['log'][-6000:]}"
    debs = sorted((folder / "dist").glob("concord_*.deb"))
    assert len(debs) == 1, f"one .deb expected in {folder / 'dist'}, found {debs}"
    return Build(folder / "dist" / "concord", debs[0], built["seconds"], built["log"])


@pytest.fixture
def frozen_env() -> dict[str, str]:
    """The environment for a frozen program run inside scripts/with-keyring: none of the test's Qt
    or pytest settings, and the password of the test's own keyring."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTEST_"))}
    env["CONCORD_KEYRING_PASSWORD"] = "frozen-test-only"
    return env
