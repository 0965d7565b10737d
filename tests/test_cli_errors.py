"""Every mistake a person can make at the `concord` command line ends in one clear line on stderr
and exit code 1, never a traceback; a closed output pipe ends the command quietly.

These run the installed `concord` command as a separate process, as a person or a script would.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.sync_procs import REPO, process_env

_SCRIPT = Path(sys.executable).with_name("concord")
CONCORD = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "app.cli"]
REF = "CC-ERR-1"


class Police:
    def __init__(self, root: Path):
        self.root = root
        self.data = root / "police"
        self.env = process_env(root)

    def run(self, *args, stdin: bytes | None = None, stdout=subprocess.PIPE, data: bool = True):
        argv = CONCORD + (["--data", str(self.data)] if data else []) + [str(a) for a in args]
        return subprocess.run(
            argv, cwd=REPO, env=self.env, input=stdin, stdout=stdout, stderr=subprocess.PIPE, timeout=120
        )

    def ok(self, *args) -> str:
        done = self.run(*args)
        assert done.returncode == 0, done.stderr.decode()
        return done.stdout.decode()


@pytest.fixture(scope="module")
def police(tmp_path_factory) -> Police:
    device = Police(tmp_path_factory.mktemp("cli-errors"))
    device.ok("init", "--name", "Pat Police", "--agency", "Gwent Police", "--role", "police")
    assert device.ok("case", "new", "--ref", REF).strip() == REF
    device.ok("case", "set", REF, "intelligence", "Seen near the school")
    device.ok("case", "add", REF, "incidents", "incident_date=2026-01-05", "incident_type=threats")
    questions = device.ok("risk", "questions")
    answers = [line.split("=")[0] + "= no" if not line.startswith("#") else line for line in questions.splitlines()]
    (device.root / "answers.txt").write_text("\n".join(answers) + "\n", encoding="utf-8")
    (device.root / "binary.bin").write_bytes(b"\xff\xfe\x00\x81 not text \xc3\x28")
    (device.root / "a-folder").mkdir()
    (device.root / "a-file").write_text("not a folder\n")
    return device


# argv (DIR is this test's folder, REF the case) -> what the one line must say
MISTAKES = [
    # field values: counts and dates of what has happened
    (["case", "set", REF, "number_of_children", "-3"], "must be from 0 to 30"),
    (["case", "set", REF, "number_of_children", "2.5"], "takes a whole number"),
    (["case", "set", REF, "number_of_children", "1e9"], "must be from 0 to 30"),
    (["case", "set", REF, "referral_date", "2030-01-01"], "Referral date records what has happened"),
    (["case", "add", REF, "incidents", "incident_date=2030-01-01"], "cannot be after"),
    (["case", "add", REF, "checkins", "held_on=2030-01-01"], "Held on records what has happened"),
    (["case", "add", REF, "checkins", "held_on=2026-01-01"], "may read but not change"),
    (["case", "set", REF, "relationship", "neighbour"], "must be one of"),
    (["case", "set", REF, "intelligence", "-"], "standard input is not UTF-8 text"),  # binary on stdin
    (["case", "set", REF, "intelligence", b"caf\xe9".decode("utf-8", "surrogateescape")], "not UTF-8"),
    # what is asked for does not exist, or is not the role's
    (["case", "get", "CC-NOPE"], "no case 'CC-NOPE'"),
    (["case", "get", REF, "no_such_field"], "no field 'no_such_field'"),
    (["case", "set", REF, "safe_address", "x"], "may not read 'safe_address'"),
    (["case", "update", REF, "incidents", "nope", "crime_reference=1"], "no record 'nope'"),
    (["case", "remove", REF, "incidents", "nope"], "no record 'nope'"),
    # resolving a conflict that is not there, or cannot be
    (["case", "resolve", REF, "relationship", "other"], "holds no conflicting values"),
    (["case", "resolve", REF, "intelligence", "x"], "merges edits from every device"),
    (["case", "resolve", REF, "incidents", "x"], "incidents/RECORD_ID/SUB_FIELD"),
    (["case", "resolve", REF, "incidents/nope/incident_date", "2026-01-01"], "no record 'nope'"),
    (["case", "resolve", REF, "incidents/x/colour", "red"], "have no field 'colour'"),
    (["case", "resolve", REF, "relationship/x", "red"], "FIELD/RECORD_ID/SUB_FIELD"),
    # the command line itself
    (["case", "get"], "the following arguments are required: CASE"),
    (["case", "frobnicate"], "invalid choice"),
    (["case", "list", "--colour"], "unrecognized arguments: --colour"),
    (["meeting", "agenda", "M", "move", REF, "first"], "invalid int value: 'first'"),
    # files and folders that are not there or not what they should be
    (["export", REF, "intelligence", "DIR/missing/out.automerge"], "the folder DIR/missing does not exist"),
    (["export", REF, "intelligence", "DIR/a-file/out.automerge"], "DIR/a-file"),
    (["export", REF, "intelligence", "DIR/a-folder"], "DIR/a-folder"),
    (["risk", "assess", REF, "--answers", "DIR/none.txt"], "DIR/none.txt: no such file"),
    (["risk", "assess", REF, "--answers", "DIR/a-folder"], "DIR/a-folder is a folder, not a file"),
    (["risk", "assess", REF, "--answers", "DIR/binary.bin"], "not a text file"),
    (["risk", "assess", REF, "--answers", "DIR/missing/answers.txt"], "the folder DIR/missing does not exist"),
    (["actions", "--csv", "DIR/missing/actions.csv"], "DIR/missing"),
    (["report", "signoff", REF, "DIR/missing/report.pdf"], "no verified sign-off decision"),
    (["minutes", "NO-MEETING", "DIR/missing/minutes.pdf"], "only the panel chair"),
    (["verify", "DIR/none.pdf"], "DIR/none.pdf"),
    (["verify", "DIR/a-folder"], "DIR/a-folder"),
    (["bundle", "import", "DIR/none.bundle"], "DIR/none.bundle"),
    (["bundle", "import", "DIR/binary.bin"], "nothing was imported"),
    (["panel", "admit", "DIR/none.json", "--out", "DIR/out.json"], "DIR/none.json: no such file"),
    (["panel", "join", "DIR/none.json"], "DIR/none.json"),
    (["join", "--via", "127.0.0.1:9", "--file", "DIR/none.txt"], "DIR/none.txt"),
    (["schema-check", "--schema", "DIR/none.toml"], "DIR/none.toml"),
    (["schema-check", "--schema", "DIR/binary.bin"], "DIR/binary.bin"),
    (["demo", "--out", "DIR/a-file/panel"], "DIR/a-file is a file, not a folder"),
    # risk assessments
    (
        ["risk", "assess", REF, "--answers", "DIR/answers.txt", "--raise-to", "standard", "--reason", "x"],
        "the score already gives 'Standard'",
    ),
    (["risk", "assess", REF, "--answers", "DIR/answers.txt", "--reason", "x"], "goes with a raised level"),
    (["risk", "assess", REF, "--answers", "DIR/answers.txt", "--date", "2030-01-01"], "in the future"),
    (["risk", "assess", REF, "--answers", "DIR/answers.txt", "--instrument", "nope"], "no risk instrument 'nope'"),
    (["risk", "show", "CC-NOPE"], "no case 'CC-NOPE'"),
    (["process", "show", "CC-NOPE"], "no case 'CC-NOPE'"),
    (["meeting", "show", "NO-MEETING"], "no meeting 'NO-MEETING'"),
]


@pytest.mark.parametrize("argv, says", MISTAKES, ids=[" ".join(a[:3]) for a, _ in MISTAKES])
def test_a_mistake_is_one_line_and_exit_1(police, argv, says):
    here = str(police.root)
    argv = [a.replace("DIR", here) for a in argv]
    done = police.run(*argv, stdin=b"\xff\xfe\x81 binary" if argv[-1] == "-" else None)
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    assert done.returncode == 1, (done.returncode, err)
    lines = err.splitlines()
    # `verify` states its verdict on a file, a failed one included, as "FAIL: why".
    prefix = ("concord: error: ", "FAIL: ") if argv[0] == "verify" else ("concord: error: ",)
    assert len(lines) == 1 and lines[0].startswith(prefix), err
    assert says.replace("DIR", here) in lines[0]


def test_not_a_data_folder_is_one_line(police, tmp_path):
    done = police.run("--data", tmp_path / "nowhere", "case", "list", data=False)
    err = done.stderr.decode()
    assert done.returncode == 1 and len(err.splitlines()) == 1 and "not a Concord data folder" in err


def test_nothing_changed_by_the_refused_values(police):
    got = police.ok("case", "get", REF)
    assert '"number_of_children": null' in got and '"referral_date": null' in got
    assert "2030-01-01" not in got


@pytest.mark.parametrize(
    "argv", [["case", "get", REF], ["case", "list"], ["risk", "questions"], ["case", "get", REF, "incidents"]]
)
def test_a_closed_output_pipe_ends_the_command_quietly(police, argv):
    # `concord case get X | head -1`, with head gone before concord writes: the write fails with
    # EPIPE, as it does whenever the reader has stopped reading.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = police.run(*argv, stdout=write_end)
    finally:
        os.close(write_end)
    assert done.stderr == b"", done.stderr.decode()
    assert done.returncode == 1


def test_a_pipeline_into_head_prints_the_first_line_only(police):
    shell = f"{' '.join(CONCORD)} --data {police.data} case get {REF} | head -1; exit ${{PIPESTATUS[0]}}"
    done = subprocess.run(["bash", "-c", shell], cwd=REPO, env=police.env, capture_output=True, timeout=120)
    assert done.stdout == b"{\n" and done.stderr == b""
    assert done.returncode in (0, 1)  # 1 when head had gone before concord finished writing


def test_the_desktop_launcher_says_a_bad_option_in_one_line(police):
    done = subprocess.run(
        [sys.executable, "-m", "app", "--demo", "--colour"],
        cwd=REPO,
        capture_output=True,
        env=dict(police.env, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    err = done.stderr.decode()
    assert done.returncode == 1 and err.splitlines() == [
        "concord: error: unrecognized arguments: --colour (see: python -m app --help)"
    ]
