"""A private Xvfb server for the tests that need a real X display.

Each pytest-xdist worker takes display numbers from its own range. With -displayfd two servers
could both settle on :0 when one was still shutting down: the old one then removed the new one's
socket on its way out, and the program under test found no display. Separate ranges, and a server
counted as started only once it answers a client, rule that out."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

_RANGE = 20


def _first_display() -> int:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")
    return 150 + _RANGE * (int(worker) if worker.isdigit() else 0)


def _answers(display: str) -> bool:
    env = {**os.environ, "DISPLAY": display}
    try:
        done = subprocess.run(["xwininfo", "-root"], env=env, capture_output=True, timeout=10)
    except subprocess.TimeoutExpired:
        return False
    return done.returncode == 0


def start_x_server(folder: Path, size: str = "1366x768x24") -> tuple[subprocess.Popen, str]:
    """Starts Xvfb on a free display of this worker's range; returns the process and its DISPLAY."""
    first = _first_display()
    for number in range(first, first + _RANGE):
        display = f":{number}"
        if Path(f"/tmp/.X{number}-lock").exists() or _answers(display):
            continue  # another run's server: never mistake it for ours
        server = subprocess.Popen(
            ["Xvfb", display, "-screen", "0", size, "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=folder,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and server.poll() is None:
            if _answers(display) and server.poll() is None:
                return server, display
            time.sleep(0.2)
        stop_x_server(server)  # that display was taken, or the server never answered: try the next
    raise AssertionError(f"no X server would start on displays :{first} to :{first + _RANGE - 1}")


def stop_x_server(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
