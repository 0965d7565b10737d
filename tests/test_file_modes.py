"""Every file Concord writes with case data is its owner's alone from the moment it exists, is
whole or absent, and is audited; a missing folder is one clear line, not a traceback."""

import os
import stat

import pytest

from app.cli import main as concord
from app.models.errors import ValidationError
from app.models.output_files import FileNotWritten, write_whole
from app.reports import service as reporting
from app.sync.engine.bundle import export_bundle, import_bundle
from tests.support.process_panel import approved_case, make_panel, sync_all

MARK = "MK-INTEL-FILE-5521"


def mode(path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


@pytest.fixture
def wide_umask():
    previous = os.umask(0)  # a careless session setting: the files must stay owner-only anyway
    yield
    os.umask(previous)


@pytest.fixture
def seen_parts(monkeypatch):
    """The mode of each .part file as it is renamed into place: what it was while being written."""
    seen = {}
    real = os.replace

    def replace(src, dst, *args, **kwargs):
        if os.fspath(src).endswith(".part"):
            seen[os.fspath(src)] = mode(src)
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    return seen


def test_a_written_file_and_its_part_file_are_owner_only_whatever_the_umask(tmp_path, wide_umask, seen_parts):
    target = tmp_path / "out.bin"
    target.write_bytes(b"older, readable by all")
    os.chmod(target, 0o644)
    stale = tmp_path / "out.bin.part"
    stale.write_bytes(b"left by a crash")
    os.chmod(stale, 0o666)
    write_whole(target, b"case data")
    assert target.read_bytes() == b"case data" and mode(target) == 0o600
    assert seen_parts == {str(stale): 0o600}
    assert not stale.exists()


def test_a_planted_link_at_the_part_file_is_not_followed(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"untouched")
    (tmp_path / "out.pdf.part").symlink_to(victim)
    write_whole(tmp_path / "out.pdf", b"case data")
    assert victim.read_bytes() == b"untouched"
    assert (tmp_path / "out.pdf").read_bytes() == b"case data" and mode(tmp_path / "out.pdf") == 0o600


def test_a_missing_folder_is_one_clear_error_and_leaves_nothing(tmp_path):
    with pytest.raises(FileNotWritten, match=r"the folder .*nowhere does not exist") as caught:
        write_whole(tmp_path / "nowhere" / "x.pdf", b"data")
    # A ConcordError for the CLI, and still an OSError for the desktop's file dialogs.
    assert isinstance(caught.value, ValidationError) and isinstance(caught.value, OSError)
    with pytest.raises(FileNotWritten, match="it is a folder"):
        write_whole(tmp_path, b"data")
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def signed(make_workspace):
    p = make_panel(make_workspace)
    approved_case(p)
    p["police"].open_case("CC-RJ-1").set("intelligence", MARK)
    sync_all(p)
    return p


def test_reports_are_written_owner_only_and_audited_without_values(signed, tmp_path, wide_umask, seen_parts):
    ci = signed["chief_inspector"]
    before = len(ci.audit_entries())
    written = reporting.write_report(ci, reporting.signoff_report(ci, "CC-RJ-1"), tmp_path / "r.pdf")
    for path in (written.pdf, written.html, written.text):
        assert mode(path) == 0o600, path
    assert sorted(seen_parts.values()) == [0o600] * 3
    new = ci.audit_entries()[before:]
    files_written = [(e.action, e.case_ref, e.target) for e in new if e.action == "file_written"]
    assert files_written == [
        ("file_written", "CC-RJ-1", "concord-signoff PDF"),
        ("file_written", "CC-RJ-1", "concord-signoff HTML"),
        ("file_written", "CC-RJ-1", "concord-signoff text"),
    ]
    assert ("report_written", "CC-RJ-1") in [(e.action, e.case_ref) for e in new]


def test_the_command_line_writes_owner_only_files_and_says_a_missing_folder_in_one_line(signed, tmp_path, capsys):
    police, ci = signed["police"], signed["chief_inspector"]
    gone = tmp_path / "no-such-folder" / "report.pdf"
    assert concord(["--data", str(ci.folder), "report", "signoff", "CC-RJ-1", str(gone)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("concord: error: cannot write") and "does not exist" in err[0]
    exported = tmp_path / "police.automerge"
    assert concord(["--data", str(police.folder), "export", "CC-RJ-1", "intelligence", str(exported)]) == 0
    assert mode(exported) == 0o600 and exported.stat().st_size > 0
    bundle = tmp_path / "usb.bundle"
    assert concord(["--data", str(police.folder), "bundle", "export", "--for", ci.profile.device_id, str(bundle)]) == 0
    assert mode(bundle) == 0o600
    assert (
        concord(
            [
                "--data",
                str(police.folder),
                "bundle",
                "export",
                "--for",
                ci.profile.device_id,
                str(tmp_path / "gone" / "usb.bundle"),
            ]
        )
        == 1
    )
    assert "Traceback" not in capsys.readouterr().err


def test_bundle_export_and_import_are_audited_without_what_they_carry(signed):
    police, ci = signed["police"], signed["chief_inspector"]
    police.open_case("CC-RJ-1").set("intelligence", MARK + "-2")
    data = export_bundle(police.sync, [ci.profile.device_id])
    out = [e for e in police.audit_entries() if e.action == "bundle_exported"]
    assert len(out) == 1 and out[0].target.endswith("for 1 device(s)")
    import_bundle(ci.sync, data)
    got = [e for e in ci.audit_entries() if e.action == "bundle_imported"]
    assert len(got) == 1 and got[0].target.split()[1] == out[0].target.split()[1]  # the same bundle id
    assert ci.verify_audit().ok and police.verify_audit().ok
    for e in out + got:
        assert MARK not in f"{e.case_ref} {e.target}"


def test_the_demo_outputs_are_owner_only(tmp_path, memory_keyring, capsys):
    from app.demo.headless import write_demo_outputs
    from app.demo.panel import build_demo_panel

    folders = build_demo_panel(tmp_path / "panel", backend=memory_keyring)
    out = tmp_path / "out"
    assert write_demo_outputs(folders, out) == 0
    assert "verify: VERIFIED" in capsys.readouterr().out
    written = sorted(out.iterdir())
    assert len(written) >= 7 + 6  # a view per role; the sign-off report and the minutes, with HTML and text
    assert {p.name: mode(p) for p in written} == {p.name: 0o600 for p in written}
    assert mode(out) == 0o700
