"""`concord risk`: the questions file, recording an assessment, the risk picture and mistakes."""

import datetime as dt
import json

import pytest

from tests.support.cli_runner import run


@pytest.fixture
def police(tmp_path, capsys, memory_keyring):
    data = str(tmp_path / "police")
    assert (
        run(capsys, "--data", data, "init", "--name", "Pat Police", "--agency", "Gwent Police", "--role", "police")[0]
        == 0
    )
    code, out, _ = run(capsys, "--data", data, "case", "new")
    return data, out.strip()


def filled(capsys, data, yes: int, source_for: str = "") -> str:
    code, out, _ = run(capsys, "--data", data, "risk", "questions")
    assert code == 0
    lines, n = [], 0
    for line in out.splitlines():
        if line.startswith("#"):
            lines.append(line)
            continue
        q = line.split("=")[0].strip()
        answer = "yes" if n < yes else "no"
        n += 1
        lines.append(
            f"{q} = {answer}" + (f" | {source_for}" if source_for and n == 1 else "") + "  # " + line.split("#", 1)[1]
        )
    assert n == 24
    return "\n".join(lines) + "\n"


def test_questions_assess_and_show(police, capsys, tmp_path):
    data, ref = police
    answers = tmp_path / "answers.txt"
    answers.write_text(filled(capsys, data, 15, source_for="neighbour"), encoding="utf-8")
    code, out, err = run(capsys, "--data", data, "risk", "assess", ref, "--answers", str(answers))
    assert code == 0, err
    assert "score 15, level High" in out
    run(
        capsys,
        "--data",
        data,
        "case",
        "add",
        ref,
        "incidents",
        f"incident_date={dt.date.today().isoformat()}",
        "incident_type=threats",
    )
    code, out, _ = run(capsys, "--data", data, "risk", "show", ref, "--json")
    shown = json.loads(out)
    assert [h["score"] for h in shown["history"]] == [15]
    assert shown["history"][0]["assessor"] == "Pat Police" and shown["history"][0]["agency"] == "Gwent Police"
    assert shown["escalation"]["incidents"] == 1 and shown["repeat"] is False
    assert shown["eligibility"]["eligible"] is False and shown["eligibility"]["rule"] == "standard-risk-only v1"
    code, out, _ = run(capsys, "--data", data, "risk", "show", ref)
    assert "score 15  high" in out and "not eligible under standard-risk-only v1" in out


def test_judgement_raises_with_a_reason_from_the_command_line(police, capsys, tmp_path):
    data, ref = police
    answers = tmp_path / "a.txt"
    answers.write_text(filled(capsys, data, 4), encoding="utf-8")
    code, _, err = run(capsys, "--data", data, "risk", "assess", ref, "--answers", str(answers), "--raise-to", "high")
    assert code == 1 and "reason" in err
    code, out, _ = run(
        capsys,
        "--data",
        data,
        "risk",
        "assess",
        ref,
        "--answers",
        str(answers),
        "--raise-to",
        "high",
        "--reason",
        "Threat to kill disclosed to the advocate.",
    )
    assert code == 0 and "raised from Standard" in out
    code, _, err = run(
        capsys, "--data", data, "risk", "assess", ref, "--answers", str(answers), "--raise-to", "bad", "--reason", "x"
    )
    assert code == 1 and "not a level" in err


def test_a_backdated_assessment_prints_its_own_score(police, capsys, tmp_path):
    data, ref = police
    today, earlier = tmp_path / "today.txt", tmp_path / "earlier.txt"
    today.write_text(filled(capsys, data, 15), encoding="utf-8")
    earlier.write_text(filled(capsys, data, 4), encoding="utf-8")
    assert run(capsys, "--data", data, "risk", "assess", ref, "--answers", str(today))[0] == 0
    backdated = (dt.date.today() - dt.timedelta(days=30)).isoformat()
    code, out, err = run(capsys, "--data", data, "risk", "assess", ref, "--answers", str(earlier), "--date", backdated)
    assert code == 0, err
    assert "recorded: score 4, level Standard" in out  # not the 15 of the newest by date
    code, out, _ = run(capsys, "--data", data, "risk", "show", ref, "--json")
    assert [(h["assessed_on"], h["score"]) for h in json.loads(out)["history"]] == [
        (backdated, 4),
        (dt.date.today().isoformat(), 15),
    ]


@pytest.mark.parametrize(
    "content, problem",
    [
        ("injury = yes\n", "23 question(s) unanswered"),
        ("injury yes\n", "line 1: write 'question = answer'"),
        ("injury = yes\ninjury = no\n", "answered twice"),
        ("{not json", "not valid JSON"),
    ],
)
def test_bad_answer_files_get_one_clear_line(police, capsys, tmp_path, content, problem):
    data, ref = police
    f = tmp_path / "bad.txt"
    f.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "--data", data, "risk", "assess", ref, "--answers", str(f))
    assert code == 1 and problem in err and "Traceback" not in err
    code, out, _ = run(capsys, "--data", data, "risk", "show", ref, "--json")
    assert json.loads(out)["history"] == []  # nothing recorded


def test_unknown_instrument_and_missing_file(police, capsys, tmp_path):
    data, ref = police
    code, _, err = run(capsys, "--data", data, "risk", "questions", "--instrument", "dara")
    assert code == 1 and "no risk instrument 'dara'" in err
    code, _, err = run(capsys, "--data", data, "risk", "assess", ref, "--answers", str(tmp_path / "none.txt"))
    assert code == 1 and "cannot read" in err


def test_instruments_lists_credit_levels_and_rule(police, capsys):
    data, _ = police
    code, out, _ = run(capsys, "--data", data, "risk", "instruments")
    assert code == 0 and "24 questions" in out and "High 14+" in out and "SafeLives" in out
    assert "standard-risk-only v1" in out


def test_a_raise_to_the_scored_level_is_refused_not_silently_dropped(police, capsys, tmp_path):
    data, ref = police
    answers = tmp_path / "a.txt"
    answers.write_text(filled(capsys, data, 4), encoding="utf-8")  # 4 yes: Standard
    for extra, says in (
        (["--raise-to", "standard", "--reason", "Threat to kill disclosed."], "the score already gives 'Standard'"),
        (["--raise-to", "standard"], "the score already gives 'Standard'"),
        (["--reason", "Threat to kill disclosed."], "goes with a raised level"),
    ):
        code, out, err = run(capsys, "--data", data, "risk", "assess", ref, "--answers", str(answers), *extra)
        assert (code, out) == (1, ""), err
        assert len(err.splitlines()) == 1 and says in err and "Traceback" not in err
    code, out, _ = run(capsys, "--data", data, "risk", "show", ref, "--json")
    assert json.loads(out)["history"] == []  # nothing was recorded with its reason lost
    code, out, _ = run(
        capsys,
        "--data",
        data,
        "risk",
        "assess",
        ref,
        "--answers",
        str(answers),
        "--raise-to",
        "medium",
        "--reason",
        "Threat to kill disclosed.",
    )
    assert code == 0 and "raised from Standard" in out


def test_an_assessment_dated_ahead_is_refused(police, capsys, tmp_path):
    data, ref = police
    answers = tmp_path / "a.txt"
    answers.write_text(filled(capsys, data, 4), encoding="utf-8")
    ahead = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    code, _, err = run(capsys, "--data", data, "risk", "assess", ref, "--answers", str(answers), "--date", ahead)
    assert code == 1 and "future" in err and len(err.splitlines()) == 1


def test_an_unreadable_answers_file_is_one_line(police, capsys, tmp_path):
    data, ref = police
    (tmp_path / "bin").write_bytes(b"\xff\xfe\x00\x81")
    for path, says in (
        (tmp_path / "missing" / "a.txt", "does not exist"),
        (tmp_path, "is a folder"),
        (tmp_path / "bin", "not a text file"),
    ):
        code, _, err = run(capsys, "--data", data, "risk", "assess", ref, "--answers", str(path))
        assert code == 1 and says in err and len(err.splitlines()) == 1
