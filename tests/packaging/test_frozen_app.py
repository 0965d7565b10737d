"""The installed Concord, as PyInstaller builds it, does what the source does: the headless demo
writes every role's view and both signed PDFs, the command line keeps a case in an encrypted store
with its keys in a real Secret Service keyring, and the desktop opens its window on an X server.

Every run is the frozen program alone (no Python of this machine, no source tree on its path),
inside scripts/with-keyring: a private D-Bus session whose Secret Service is GNOME Keyring.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.x_display import start_x_server, stop_x_server

ROOT = Path(__file__).resolve().parents[2]
WITH_KEYRING = ROOT / "scripts" / "with-keyring"
ROLES = ("advocate", "clinician", "legal", "police", "chief_inspector", "facilitator", "chair")

pytestmark = pytest.mark.slow


def in_keyring(keyring: Path, *command: str | Path, env: dict[str, str], cwd: Path, timeout: float = 300):
    return subprocess.run(
        ["bash", str(WITH_KEYRING), str(keyring), *map(str, command)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return " ".join(done.stdout.split())


def keyring_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Short: GNOME Keyring's socket lives below it, and a socket's path may not pass 107 bytes.
    return tmp_path_factory.mktemp("kr")


def test_the_frozen_demo_writes_every_role_s_view_and_both_signed_reports(
    frozen_build, frozen_env, tmp_path, tmp_path_factory
):
    out = tmp_path / "out"
    # Run from an empty folder: nothing of the source tree can stand in for what the build lacks.
    done = in_keyring(
        keyring_folder(tmp_path_factory),
        frozen_build.app / "concord-desktop",
        "--demo",
        "--headless",
        "--demo-dir",
        tmp_path / "demo",
        "--out",
        out,
        env=frozen_env,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    for role in ROLES:
        view = json.loads((out / f"{role}-view.json").read_text(encoding="utf-8"))
        assert view["device"]["role"] == role
        assert {c["reference"] for c in view["cases"]} == {"CC-2026-0101", "CC-2026-0102", "CC-2026-0103"}
        assert f"{role:16s}" in done.stdout and "intact" in done.stdout
    assert "BROKEN" not in done.stdout
    signoff = pdf_text(out / "signoff-report.pdf")
    for words in ("Chief Inspector", "CC-2026-0103", "APPROVE WITH CONDITIONS", "Signed by Ch Insp Rhian Lloyd"):
        assert words in signoff, words
    minutes = pdf_text(out / "panel-minutes.pdf")
    for words in ("Panel minutes: Vale restorative panel", "PM-2026-12-03", "Attendance", "Actions"):
        assert words in minutes, words
    # Both verified by the frozen program itself, against the panel's keys.
    # The sign-off report, and the minutes in English, in Welsh and in both: every one verifies.
    assert done.stdout.count("verify: VERIFIED") == 4, done.stdout
    assert "panel-minutes-cymraeg.pdf: verify: VERIFIED" in done.stdout
    for name in ("signoff-report", "panel-minutes"):
        assert (out / f"{name}.html").stat().st_size > 0 and (out / f"{name}.txt").stat().st_size > 0


def _stop(proc: subprocess.Popen) -> int:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            return proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
    return proc.wait()


def test_the_frozen_cli_keeps_a_case_and_the_frozen_desktop_shows_it(
    frozen_build, frozen_env, tmp_path, tmp_path_factory
):
    concord, keyring, data = frozen_build.app / "concord", keyring_folder(tmp_path_factory), tmp_path / "device"
    # Which keyring the frozen program finds: its backends come from keyring's bundled entry points.
    done = in_keyring(keyring, concord, "--build-info", env=frozen_env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    assert info["frozen"] is True
    assert info["keyring"] == "keyring.backends.SecretService.Keyring"
    assert info["sqlcipher"] and info["qt"].startswith("6.")

    script = tmp_path / "cli.sh"
    script.write_text(
        "set -e\n"
        f'c="{concord}"; d="{data}"\n'
        '"$c" --data "$d" init --name "Pat Ellis" --agency "South Wales Police" --role police\n'
        '"$c" --data "$d" case new --ref CC-2026-0042 --harmed "Person Q"\n'
        '"$c" --data "$d" case set CC-2026-0042 relationship "former partner"\n'
        '"$c" --data "$d" case list --json\n'
        '"$c" --data "$d" audit --quiet\n'
    )
    done = in_keyring(keyring, "bash", script, env=frozen_env, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    listed = json.loads(done.stdout[done.stdout.index("[") : done.stdout.rindex("]") + 1])
    assert [(c["reference"], c["harmed_label"]) for c in listed] == [("CC-2026-0042", "Person Q")]
    # The store is SQLCipher: its file is not a plain SQLite database.
    stores = [p for p in data.rglob("*") if p.is_file() and p.stat().st_size > 4096]
    assert stores and not any(p.read_bytes()[:16] == b"SQLite format 3\x00" for p in stores)

    # The desktop on a real X server (the xcb platform and its bundled libraries), opening that
    # device: the window must be mapped, as the X server itself reports, and the program alive.
    assert shutil.which("Xvfb") and shutil.which("xwininfo"), "bash scripts/setup installs xvfb and x11-utils"
    server, display = start_x_server(tmp_path)
    env = dict(frozen_env, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    log = (tmp_path / "desktop.log").open("w+")
    desktop = subprocess.Popen(
        ["bash", str(WITH_KEYRING), str(keyring), str(frozen_build.app / "concord-desktop"), "--data", str(data)],
        cwd=tmp_path,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    shown = ""
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and desktop.poll() is None:
            tree = subprocess.run(
                ["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True, timeout=30
            ).stdout
            shown = next((line for line in tree.splitlines() if '("concord-desktop" "Concord")' in line), "")
            if shown:
                break
            time.sleep(0.5)
        time.sleep(2)  # still alive a moment after showing: nothing failed while drawing
        alive = desktop.poll() is None
    finally:
        if desktop.poll() is None:
            os.killpg(desktop.pid, signal.SIGTERM)
        _stop(desktop)
        stop_x_server(server)
    log.seek(0)
    said = log.read()
    assert shown, f"no Concord window appeared on the X server; the desktop said:\n{said}"
    assert "Police lead" in shown, shown  # the window's title names the device's role
    assert alive, f"the desktop ended by itself after showing its window:\n{said}"
    assert "Traceback" not in said, said
