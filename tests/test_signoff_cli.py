"""`concord signoff flags` and `concord signoff decide` on the Chief Inspector's data folder: the
red flags listed first, and a decision refused with everything it lacks, one line each."""

import datetime as dt
import json

import pytest

from app.cli import main
from tests.support.decision_cases import REF, flagged_case, statement
from tests.support.pinned_clock import pin_wall
from tests.support.process_panel import RATIONALE, make_panel

today_is = pin_wall(dt.date(2026, 11, 20))


@pytest.fixture
def ci(make_workspace):
    p = make_panel(make_workspace)
    flagged_case(p, referral_consent=False, harmer=None)
    return p["chief_inspector"]


def run(capsys, ws, *argv):
    code = main(["--data", str(ws.folder), *[str(a) for a in argv]])
    out, err = capsys.readouterr()
    return code, out, err


def ndm_args(rationale):
    out = []
    for key, text in rationale.items():
        out += [f"--{key.replace('_', '-')}", text]
    return out


def test_flags_lists_each_red_flag_and_what_the_pack_holds(ci, capsys):
    code, out, _ = run(capsys, ci, "signoff", "flags", REF)
    assert code == 0
    assert f"{REF}: 2 red flag(s)" in out
    assert "  eligibility: The eligibility rule standard-risk-only v1" in out
    assert "  consent-person-who-caused-harm: No consent of the person who caused harm is recorded." in out
    assert "What the pack holds:" in out and "  Consent, person harmed: GIVEN: given on 2026-10-05" in out
    assert "  Facilitator checks: in place" in out


def test_decide_refuses_and_lists_everything_missing(ci, capsys):
    short = {**RATIONALE, "options": "Letters.", "action_review": RATIONALE["information"]}
    code, out, err = run(
        capsys,
        ci,
        "signoff",
        "decide",
        REF,
        "approve",
        "--rank",
        "Chief Inspector",
        *ndm_args(short),
        "--override",
        f"eligibility={statement('eligibility')}",
    )
    assert code == 1 and "(signed)" not in out
    lines = err.splitlines()
    assert lines[0] == "concord: error: the decision is not signed; 3 thing(s) to put right:"
    assert "  - Options and contingencies is too short: 8 of at least 40 characters" in lines
    assert (
        "  - Information and intelligence and Action and review hold the same text: each answers its own question"
    ) in lines
    assert any(
        x.startswith("  - an override statement is needed for the red flag 'consent-person-who-caused-harm'")
        for x in lines
    )
    assert lines[-1] == f"  (list the red flags with: concord signoff flags {REF})"
    assert ci.open_case(REF).get("signoff_decisions") == []


def test_decide_takes_overrides_from_the_command_line_and_a_file(ci, capsys, tmp_path):
    statements = tmp_path / "overrides.toml"
    statements.write_text(
        f'consent-person-who-caused-harm = "{statement("consent-person-who-caused-harm")}"\n'
        f'eligibility = "replaced by the command line"\n'
    )
    code, out, err = run(
        capsys,
        ci,
        "signoff",
        "decide",
        REF,
        "approve",
        "--rank",
        "Chief Inspector",
        *ndm_args(RATIONALE),
        "--override-file",
        statements,
        "--override",
        f"eligibility={statement('eligibility')}",
    )
    assert code == 0, err
    assert f"{REF}: Approve by Chris Inspector (Chief Inspector)" in out and "(signed)" in out
    d = ci.process.view(REF).current.decision
    assert {f.id: f.override for f in d.red_flags} == {
        "eligibility": statement("eligibility"),
        "consent-person-who-caused-harm": statement("consent-person-who-caused-harm"),
    }


def test_decide_reads_json_overrides_and_refuses_a_malformed_one(ci, capsys, tmp_path):
    bad = tmp_path / "o.json"
    bad.write_text(json.dumps({"eligibility": 5}))
    code, _out, err = run(
        capsys,
        ci,
        "signoff",
        "decide",
        REF,
        "decline",
        "--rank",
        "Chief Inspector",
        *ndm_args(RATIONALE),
        "--override-file",
        bad,
    )
    assert code == 1 and "o.json: write one override statement per flag id" in err
    code, _out, err = run(
        capsys,
        ci,
        "signoff",
        "decide",
        REF,
        "decline",
        "--rank",
        "Chief Inspector",
        *ndm_args(RATIONALE),
        "--override",
        "no equals sign",
    )
    assert code == 1 and "write each override as FLAG_ID=TEXT" in err
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"overrides": {"eligibility": statement("eligibility")}}))
    # A decline takes no override: refused, saying so.
    code, _out, err = run(
        capsys,
        ci,
        "signoff",
        "decide",
        REF,
        "decline",
        "--rank",
        "Chief Inspector",
        *ndm_args(RATIONALE),
        "--override-file",
        good,
    )
    assert code == 1 and "  - override statements belong to an approval only" in err.splitlines()
    code, out, err = run(
        capsys, ci, "signoff", "decide", REF, "decline", "--rank", "Chief Inspector", *ndm_args(RATIONALE)
    )
    assert code == 0 and "Decline by Chris Inspector" in out, err
