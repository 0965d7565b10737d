"""The .deb holds the frozen Concord under /opt/concord, both programs on the PATH, the desktop
entry and the icon, and depends on what the bundle does not carry: a Secret Service keyring, a
D-Bus session, the GL/EGL and X libraries Qt's xcb platform loads from the system."""

from __future__ import annotations

import configparser
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def dpkg_deb(*args: str | Path) -> str:
    done = subprocess.run(["dpkg-deb", *map(str, args)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_deb_installs_both_programs_the_menu_entry_and_the_icon(frozen_build, tmp_path):
    control = dpkg_deb("--field", frozen_build.deb)
    fields = dict(line.split(": ", 1) for line in control.replace("\n ", " ").splitlines() if ": " in line)
    assert fields["Package"] == "concord"
    depends = [alt.strip() for alt in fields["Depends"].split(",")]
    assert "gnome-keyring | kwalletmanager | keepassxc" in depends
    for package in ("dbus", "libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "libgl1", "libfontconfig1"):
        assert package in depends, package

    listing = dpkg_deb("--contents", frozen_build.deb)
    entries = {line.split()[5].lstrip("."): line for line in listing.splitlines()}
    for path in (
        "/usr/share/applications/concord.desktop",
        "/usr/share/icons/hicolor/256x256/apps/concord.png",
        "/usr/share/icons/hicolor/scalable/apps/concord.svg",
        "/opt/concord/_internal/app/resources/schema/case.toml",
    ):
        assert path in entries, path
    for program in ("concord", "concord-desktop"):
        line = entries[f"/opt/concord/{program}"]
        assert line.startswith("-rwxr-xr-x root/root"), line
        assert entries[f"/usr/bin/{program}"].startswith("lrwxrwxrwx root/root"), entries[f"/usr/bin/{program}"]
        assert f"-> ../../opt/concord/{program}" in listing
    writable = [line for line in listing.splitlines() if line[0] != "l" and line[8] == "w"]
    assert writable == [], "files anyone may change"

    # Unpacked as dpkg would, the command on the PATH starts the bundle through its symlink.
    root = tmp_path / "root"
    dpkg_deb("-x", frozen_build.deb, root)
    done = subprocess.run(
        [str(root / "usr" / "bin" / "concord"), "schema-check"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0 and done.stdout.startswith("valid:"), done.stdout + done.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(root / "usr" / "share" / "applications" / "concord.desktop")
    exec_name = entry["Desktop Entry"]["Exec"].split()[0]
    assert (root / "usr" / "bin" / exec_name).resolve() == (root / "opt" / "concord" / "concord-desktop").resolve()
    icon = entry["Desktop Entry"]["Icon"]
    assert (root / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps" / f"{icon}.png").is_file()
