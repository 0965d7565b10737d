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
    read, write = os.pipe()
    # -displayfd: the server picks a free display and writes its number, so parallel runs never clash.
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    number = b""
    with os.fdopen(read, "rb") as pipe:
        while not number.endswith(b"\n"):
            chunk = pipe.read(1)
            if not chunk:
                break
            number += chunk
    assert number.strip(), "Xvfb gave no display number"
    display = f":{number.decode().strip()}"
    env = {**os.environ, "DISPLAY": display, "HOME": str(folder)}
    wm = subprocess.Popen(["icewm"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def wm_ready() -> bool:
        out = subprocess.run(
            ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK", "_NET_WORKAREA"], env=env, capture_output=True, text=True
        )
        return "window id" in out.stdout and "_NET_WORKAREA(CARDINAL)" in out.stdout

    try:
        _wait_for(wm_ready, 30, "the window manager")
        yield display
    finally:
        for proc in (wm, server):
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


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
