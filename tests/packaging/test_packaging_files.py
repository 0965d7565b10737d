"""The packaging files agree with each other and with Concord, without building anything: the menu
entry starts a program the spec builds, the .deb depends on a keyring and Qt's X libraries, the
spec leaves out only Qt modules Concord never imports, and the Windows and macOS recipes keep
their promises to IT (per-machine, silent, signed with the hardened runtime)."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import plistlib
import re
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "concord.spec"


def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"))


def spec_list(name: str) -> list[str]:
    for node in spec_tree().body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise AssertionError(f"{name} is not assigned in the spec")


def spec_calls(function: str) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(spec_tree())
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == function
    ]


def built_programs() -> set[str]:
    names = set()
    for call in spec_calls("EXE"):
        for kw in call.keywords:
            if kw.arg == "name":
                names.add(ast.literal_eval(kw.value))
    return names


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in a desktop entry
    parser.read(PACKAGING / "linux" / "concord.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def control_depends() -> list[str]:
    text = (PACKAGING / "linux" / "control.in").read_text(encoding="utf-8")
    match = re.search(r"^Depends:(.*?)(?=^\S)", text, re.MULTILINE | re.DOTALL)
    assert match, "control.in has no Depends"
    return [" ".join(alt.split()) for alt in match.group(1).split(",")]


def test_the_spec_builds_a_command_line_and_a_desktop_program():
    assert built_programs() == {"concord", "concord-desktop"}
    consoles = {
        ast.literal_eval(kw_name.value): ast.literal_eval(kw_console.value)
        for call in spec_calls("EXE")
        for kw_name in call.keywords
        for kw_console in call.keywords
        if kw_name.arg == "name" and kw_console.arg == "console"
    }
    assert consoles == {"concord": True, "concord-desktop": False}


def test_the_entry_script_runs_the_desktop_only_as_concord_desktop():
    spec = importlib.util.spec_from_file_location("concord_entry", PACKAGING / "entry.py")
    assert spec and spec.loader
    entry = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(entry)
    for argv0 in ("/opt/concord/concord-desktop", r"C:\Program Files\Concord\concord-desktop.exe", "CONCORD-DESKTOP"):
        assert entry.program_name(argv0) == "concord-desktop", argv0
    for argv0 in ("/usr/bin/concord", r"C:\Program Files\Concord\concord.exe", "Concord.app/Contents/MacOS/concord"):
        assert entry.program_name(argv0) == "concord", argv0


def test_the_menu_entry_starts_the_desktop_program_with_the_installed_icon():
    entry = desktop_entry()
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    program = entry["Exec"].split()[0]
    assert program in built_programs() and program == "concord-desktop"
    assert entry["TryExec"] == program
    assert entry["StartupWMClass"] == program  # Qt names the window's class after the program
    build_deb = (PACKAGING / "linux" / "build-deb.sh").read_text(encoding="utf-8")
    assert f"/usr/bin/{program}" in build_deb
    assert f"/usr/share/icons/hicolor/256x256/apps/{entry['Icon']}.png" in build_deb
    assert f"/usr/share/icons/hicolor/scalable/apps/{entry['Icon']}.svg" in build_deb


def test_the_deb_depends_on_a_secret_service_keyring_and_qt_s_system_libraries():
    depends = control_depends()
    keyrings = [alt for alt in depends if "gnome-keyring" in alt]
    assert keyrings == ["gnome-keyring | kwalletmanager | keepassxc"]
    names = {name.split()[0] for alt in depends for name in alt.split("|")}
    # Qt's xcb platform needs these at run time; GL, EGL, libxcb and Wayland's client libraries
    # PyInstaller never bundles, so the system must have them.
    for package in ("dbus", "libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "libgl1", "libxcb1"):
        assert package in names, package
    assert "libwayland-client0" in names and "libfontconfig1" in names


def test_every_qt_module_left_out_is_one_concord_never_imports():
    left_out = set(spec_list("QT_UNUSED"))
    imported = set()
    for path in (ROOT / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6"):
                imported.add(node.module)
                imported.update(f"PySide6.{a.name}" for a in node.names if node.module == "PySide6")
            elif isinstance(node, ast.Import):
                imported.update(a.name for a in node.names if a.name.startswith("PySide6"))
    assert {"PySide6.QtWidgets", "PySide6.QtCore", "PySide6.QtGui"} <= imported
    assert sorted(imported & left_out) == []


def test_the_spec_carries_the_resources_and_keyring_s_entry_points():
    collected = [ast.literal_eval(c.args[0]) for c in spec_calls("collect_data_files")]
    assert "app.resources" in collected
    metadata = [ast.literal_eval(c.args[0]) for c in spec_calls("copy_metadata") if isinstance(c.args[0], ast.Constant)]
    assert "keyring" in metadata
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (version,) = [
        ast.literal_eval(n.value)
        for n in spec_tree().body
        if isinstance(n, ast.Assign) and ast.unparse(n.targets[0]) == "VERSION"
    ]
    assert version == pyproject["project"]["version"]


def test_the_icon_is_a_256_pixel_png_drawn_from_its_svg():
    png = (ROOT / "app" / "resources" / "icons" / "concord-256.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    assert struct.unpack(">II", png[16:24]) == (256, 256)
    svg = ET.parse(ROOT / "app" / "resources" / "icons" / "concord.svg").getroot()
    assert svg.tag.endswith("svg") and svg.get("viewBox") == "0 0 256 256"


def test_the_windows_installer_is_per_machine_silent_and_keeps_user_data():
    nsi = (PACKAGING / "windows" / "concord.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel admin" in nsi
    assert re.search(r'^InstallDir "\$PROGRAMFILES64\\', nsi, re.MULTILINE)
    assert nsi.count("SetShellVarContext all") >= 2  # installer and uninstaller: the all-users Start menu
    assert 'CreateShortcut "$SMPROGRAMS\\' in nsi and "concord-desktop.exe" in nsi
    assert "WriteUninstaller" in nsi and "QuietUninstallString" in nsi
    header = "\n".join(line for line in nsi.splitlines() if line.startswith(";"))
    assert " /S" in header and "/D=" in header  # the silent switches, documented for IT
    uninstall = nsi[nsi.index('Section "Uninstall"') :]
    for user_place in ("$APPDATA", "$LOCALAPPDATA", "$PROFILE", "$DOCUMENTS"):
        assert user_place not in uninstall, user_place


def test_the_macos_recipe_signs_with_the_hardened_runtime_and_notarises():
    entitlements = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert entitlements.get("com.apple.security.cs.allow-unsigned-executable-memory") is True
    assert not any(key.startswith("com.apple.security.app-sandbox") for key in entitlements)
    sign = (PACKAGING / "macos" / "sign-and-notarise.sh").read_text(encoding="utf-8")
    assert "--options runtime" in sign and '--entitlements "$entitlements"' in sign
    assert re.search(r"notarytool submit .*--wait", sign, re.DOTALL) and "stapler staple" in sign
    assert "hdiutil create" in (PACKAGING / "macos" / "make-dmg.sh").read_text(encoding="utf-8")
    assert any(kw.arg == "bundle_identifier" for call in spec_calls("BUNDLE") for kw in call.keywords)


def test_the_workflow_builds_and_smoke_tests_on_all_three_systems():
    workflow = (ROOT / ".github" / "workflows" / "installers.yml").read_text(encoding="utf-8")
    assert "workflow_dispatch:" in workflow and "tags:" in workflow
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert f"runs-on: {runner}" in workflow, runner
    assert workflow.count("packaging/concord.spec") >= 2 and "bash scripts/package" in workflow
    assert workflow.count("--demo --headless") == 3
    assert "scripts/with-keyring" in workflow and "makensis" in workflow and "make-dmg.sh" in workflow
    assert workflow.count("actions/upload-artifact") == 3


@pytest.mark.parametrize(
    "script",
    [
        "scripts/package",
        "packaging/linux/build-deb.sh",
        "packaging/macos/make-dmg.sh",
        "packaging/macos/sign-and-notarise.sh",
    ],
)
def test_each_packaging_script_parses(script):
    done = subprocess.run(["bash", "-n", str(ROOT / script)], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert (ROOT / script).stat().st_mode & 0o111, f"{script} is not executable"
