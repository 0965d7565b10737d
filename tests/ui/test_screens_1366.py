"""Each role's main views on a real X server the size of a common agency laptop (1366 x 768), with
a window manager that draws a title bar and a taskbar: nothing past the screen's working area, no
table showing fewer than three rows, no text elided in a column sized for it. The screenshots are
kept in the test's folder for a person to look at."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.demo.panel import PEOPLE
from tests.x_display import start_x_server, stop_x_server

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("screens_1366.py")


def _wait_for(check, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise AssertionError(f"{what} did not start within {seconds} s")


@pytest.fixture(scope="module")
def laptop_screen(tmp_path_factory):
    """A 1366 x 768 X server with IceWM (title bars and a taskbar); yields its DISPLAY."""
    for tool in ("Xvfb", "icewm", "xprop"):
        assert shutil.which(tool), f"{tool} is missing: bash scripts/setup installs it"
    folder = tmp_path_factory.mktemp("x")
    said = []
    # A window manager that never comes up on one server is given one more, on a fresh display:
    # what is checked is the views' fit, not IceWM's start.
    for attempt in range(2):
        server, display = start_x_server(folder)
        env = {**os.environ, "DISPLAY": display, "HOME": str(folder)}
        log = (folder / f"icewm-{attempt}.log").open("w+")
        wm = subprocess.Popen(["icewm"], env=env, stdout=log, stderr=subprocess.STDOUT)

        def wm_ready(env=env) -> bool:
            out = subprocess.run(
                ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK", "_NET_WORKAREA"], env=env, capture_output=True, text=True
            )
            return "window id" in out.stdout and "_NET_WORKAREA(CARDINAL)" in out.stdout

        try:
            _wait_for(wm_ready, 30, "the window manager")
        except AssertionError:
            _stop(wm, server)
            log.seek(0)
            said.append(
                f"{display}, icewm {'ended' if wm.poll() is not None else 'still running'}: {log.read()[-500:]}"
            )
            continue
        try:
            yield display
        finally:
            _stop(wm, server)
        return
    raise AssertionError("the window manager did not start on two X servers:\n" + "\n".join(said))


def _stop(wm: subprocess.Popen, server: subprocess.Popen) -> None:
    wm.terminate()
    try:
        wm.wait(10)
    except subprocess.TimeoutExpired:
        wm.kill()
    stop_x_server(server)


@pytest.mark.parametrize("role", sorted(PEOPLE))
def test_each_role_s_views_fit_a_1366_by_768_laptop(laptop_screen, role, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(DISPLAY=laptop_screen, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    run = subprocess.run(
        [sys.executable, str(DRIVER), str(tmp_path), role],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    width, height, room_w, room_h = report["screen"]
    assert (width, height) == (1366, 768)
    assert room_h < height, "the window manager's taskbar takes part of the screen, as on a laptop"
    assert report["problems"] == []
    shots = [tmp_path / name for name in report["shots"]]
    assert any(p.name == f"{role}-start.png" for p in shots)
    for shot in shots:
        assert shot.stat().st_size > 10_000, shot.name  # a real picture, not an empty grab
