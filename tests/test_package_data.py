"""Concord's data travels with the package: every file under app/resources is in the wheel at the
same place, and a Concord that has nothing but the wheel finds its schema, policies, risk
instruments and fonts through app.models.resources, unpacked or straight from the zip."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

from app.models.case_schema import load_schema
from app.models.meetings.agenda import load_meeting_policy
from app.models.process.aftercare import load_checkin_weeks, load_ndm_minimum
from app.models.risk.instruments import load_instruments
from app.models.risk.policy import load_policy

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "app" / "resources"


def _offline_build() -> bool:
    # Building a wheel needs bdist_wheel: the `wheel` package, or setuptools 70.1 and later, which
    # carries its own. Without either, pip builds in an isolated environment with the build
    # requirements that pyproject.toml names.
    if importlib.util.find_spec("wheel") is not None:
        return True
    try:
        release = tuple(int(part) for part in metadata.version("setuptools").split(".")[:2])
    except (metadata.PackageNotFoundError, ValueError):
        return False
    return release >= (70, 1)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    # Built from a copy: setuptools writes build/ and *.egg-info beside the sources, and a build/
    # left from an earlier run could hand the wheel files that are no longer in the tree.
    source = work / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "app", source / "app", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    out = work / "dist"
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check", "-q"]
    if _offline_build():
        command.append("--no-build-isolation")
    done = subprocess.run([*command, "-w", str(out), str(source)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = out.glob("concord-*.whl")
    return built


def _data_files() -> dict[str, bytes]:
    return {
        f"app/resources/{p.relative_to(DATA).as_posix()}": p.read_bytes()
        for p in sorted(DATA.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


def test_every_resource_is_in_the_wheel_at_the_same_place(wheel: Path) -> None:
    expected = _data_files()
    # The folder itself must hold the data, or the comparison below proves nothing.
    shipped = ("schema/case.toml", "schema/isa.toml", "risk/dash.toml", "policy/risk.toml", "fonts/DejaVuSans.ttf")
    for name in (*shipped, "fonts/DejaVu-LICENSE.txt"):
        assert f"app/resources/{name}" in expected
    with zipfile.ZipFile(wheel) as zf:
        carried = {name: zf.read(name) for name in zf.namelist() if name.startswith("app/resources/")}
    assert sorted(set(expected) - set(carried)) == []
    for name, content in expected.items():
        assert carried[name] == content, f"{name} differs in the wheel"


# Run in a fresh interpreter whose only copy of Concord is the wheel's: prints what it loaded and
# where each thing came from.
_PROBE = textwrap.dedent("""
    import json
    from pathlib import Path

    import app
    from app.models import resources
    from app.models.case_schema import load_schema
    from app.models.meetings.agenda import load_meeting_policy
    from app.models.process.aftercare import load_checkin_weeks, load_ndm_minimum
    from app.models.risk.instruments import load_instruments
    from app.models.risk.policy import load_policy
    from app.reports.fonts import register_fonts
    from reportlab.pdfbase import pdfmetrics

    schema = load_schema()
    instruments = load_instruments()
    regular, bold = register_fonts()
    print(json.dumps({
        "app": app.__file__,
        "data": str(resources.resource()),
        "fonts": [str(resources.resource_path("fonts", n)) for n in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")],
        "font_sizes": [len(Path(pdfmetrics.getFont(n).face.filename).read_bytes()) for n in (regular, bold)],
        "licence": resources.read_text("fonts", "DejaVu-LICENSE.txt"),
        "sections": [s.id for s in schema.sections],
        "meeting_sections": [s.id for s in schema.meeting_sections],
        "roles": sorted(schema.roles),
        "instruments": sorted(instruments),
        "risk_levels": {i: [lv.id for lv in lvs] for i, lvs in load_policy(instruments).levels.items()},
        "agencies": list(load_meeting_policy().agencies),
        "checkin_weeks": list(load_checkin_weeks()),
        "ndm_minimum": load_ndm_minimum(),
    }))
""")


def _expected() -> dict[str, object]:
    schema = load_schema()
    instruments = load_instruments()
    return {
        "sections": [s.id for s in schema.sections],
        "meeting_sections": [s.id for s in schema.meeting_sections],
        "roles": sorted(schema.roles),
        "instruments": sorted(instruments),
        "risk_levels": {i: [lv.id for lv in lvs] for i, lvs in load_policy(instruments).levels.items()},
        "agencies": list(load_meeting_policy().agencies),
        "checkin_weeks": list(load_checkin_weeks()),
        "ndm_minimum": load_ndm_minimum(),
    }


@pytest.mark.parametrize("form", ["unpacked", "zipped"])
def test_concord_from_the_wheel_alone_finds_its_data(wheel: Path, tmp_path: Path, form: str) -> None:
    if form == "unpacked":
        installed = tmp_path / "site"
        with zipfile.ZipFile(wheel) as zf:
            zf.extractall(installed)
    else:
        # A wheel of pure Python imports as a zip: the data is then no file on disk at all.
        installed = tmp_path / wheel.name
        shutil.copy2(wheel, installed)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # The working folder is neither the source tree nor the copy, so only PYTHONPATH offers `app`.
    env = {**os.environ, "PYTHONPATH": str(installed)}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)

    assert Path(seen["app"]).is_relative_to(installed), seen["app"]
    assert Path(seen["data"]).is_relative_to(installed), seen["data"]
    sizes = [(DATA / "fonts" / n).stat().st_size for n in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")]
    assert seen["font_sizes"] == sizes
    assert seen["licence"] == (DATA / "fonts" / "DejaVu-LICENSE.txt").read_text(encoding="utf-8")
    for font in seen["fonts"]:
        # Unpacked, reportlab reads the packaged file itself; from the zip, a copy outside the tree.
        assert Path(font).is_relative_to(installed) == (form == "unpacked"), font
        assert not Path(font).is_relative_to(ROOT), font
    assert {k: v for k, v in seen.items() if k not in ("app", "data", "fonts", "font_sizes", "licence")} == _expected()
    assert "dash" in seen["instruments"] and seen["sections"] and seen["meeting_sections"]
