"""`concord device backup|restore|request` and `concord panel replace` as a person uses them."""

from tests.support.cli_runner import run

PASS = "a passphrase of several words"


def setup_police(capsys, tmp_path):
    data = tmp_path / "police"
    assert run(capsys, "--data", data, "init", "--name", "Pat", "--agency", "Police", "--role", "police")[0] == 0
    assert run(capsys, "--data", data, "case", "new", "--ref", "CC-D-1")[0] == 0
    passfile = tmp_path / "pass"
    passfile.write_text(PASS + "\n")
    return data, passfile


def test_backup_then_restore_by_the_command_line(capsys, tmp_path, memory_keyring):
    data, passfile = setup_police(capsys, tmp_path)
    code, out, err = run(
        capsys, "--data", data, "device", "backup", tmp_path / "p.backup", "--passphrase-file", passfile
    )
    assert code == 0, err
    assert "sealed under your passphrase" in out and "100%" in err
    code, out, err = run(
        capsys, "--data", tmp_path / "new", "device", "restore", tmp_path / "p.backup", "--passphrase-file", passfile
    )
    assert code == 0, err
    assert "restored into" in out and "Pat (Police), role police" in out
    assert "replacement" not in out  # in no panel: nothing to ask the chair
    code, out, _ = run(capsys, "--data", tmp_path / "new", "case", "list")
    assert code == 0 and "CC-D-1" in out
    code, _, err = run(capsys, "--data", tmp_path / "new", "device", "request", tmp_path / "r.json")
    assert code == 1 and "not waiting to be taken back" in err


def test_a_wrong_passphrase_at_the_command_line_writes_nothing(capsys, tmp_path, memory_keyring):
    data, passfile = setup_police(capsys, tmp_path)
    run(capsys, "--data", data, "device", "backup", tmp_path / "p.backup", "--passphrase-file", passfile)
    wrong = tmp_path / "wrong"
    wrong.write_text("another passphrase entirely\n")
    before = dict(memory_keyring.entries)
    code, _, err = run(
        capsys, "--data", tmp_path / "new", "device", "restore", tmp_path / "p.backup", "--passphrase-file", wrong
    )
    assert code == 1
    assert (
        err.strip() == "concord: error: the passphrase is not the one this backup was made with. Nothing was written."
    )
    assert not (tmp_path / "new").exists() and memory_keyring.entries == before


def test_no_passphrase_and_no_terminal_is_a_clear_error(capsys, tmp_path, memory_keyring, monkeypatch):
    data, _ = setup_police(capsys, tmp_path)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    code, _, err = run(capsys, "--data", data, "device", "backup", tmp_path / "p.backup")
    assert code == 1 and "--passphrase-file" in err
    assert not (tmp_path / "p.backup").exists()


def test_a_short_passphrase_from_a_file_is_refused(capsys, tmp_path, memory_keyring):
    data, _ = setup_police(capsys, tmp_path)
    short = tmp_path / "short"
    short.write_text("tiny\n")
    code, _, err = run(capsys, "--data", data, "device", "backup", tmp_path / "p.backup", "--passphrase-file", short)
    assert code == 1 and "at least 12 characters" in err
    assert not list(tmp_path.glob("p.backup*"))
