"""The sign-off report prints the red flags raised when the decision was made and the override
statement given for each, read back from the PDF, and refuses a copy whose statements differ
from those signed."""

import dataclasses
import datetime as dt
import subprocess

import pytest

from app.reports import Table, render_pdf
from app.reports.service import signoff_report, verify_file, write_report
from app.reports.signoff_report import FLAGS_HEADING, flag_blocks
from tests.support.decision_cases import REF, flagged_case
from tests.support.pinned_clock import pin_wall
from tests.support.process_panel import RATIONALE, make_panel

today_is = pin_wall(dt.date(2026, 11, 20))
ELIGIBILITY = "Consent to referral was given at the panel; the advocate records it in writing this week."
CONSENT = "The person who caused harm is briefed on Monday; no session is booked before consent is recorded."


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def panel(make_workspace):
    p = make_panel(make_workspace)
    flagged_case(p, referral_consent=False, harmer=None)
    return p


def test_the_report_prints_each_red_flag_with_its_override_statement(panel, tmp_path):
    ci = panel["chief_inspector"]
    ci.process.decide(
        REF,
        "approve",
        RATIONALE,
        rank="Chief Inspector",
        overrides={"eligibility": ELIGIBILITY, "consent-person-who-caused-harm": CONSENT},
    )
    report = signoff_report(ci, REF, language="en")
    out = write_report(ci, report, tmp_path / "flags.pdf", REF)
    flat = " ".join(pdf_text(out.pdf).split())
    assert FLAGS_HEADING in flat
    assert "Warning: approved over 2 red flags raised when the decision was made." in flat
    assert "Red flag What it said when decided Override statement" in flat
    for words in (
        "eligibility",
        "consent-person-who-caused-harm",
        "No consent of the person who caused harm is",
        "Consent to referral was given at the panel;",
        "no session is booked before consent is",
    ):
        assert words in flat, words
    assert "the advocate records it in writing this week." in " ".join(out.text.read_text().split())
    assert verify_file(out.pdf, ci.member_of).ok
    # A copy drawn again with another statement in the table is not the decision signed.
    blocks = list(report.blocks)
    i = next(i for i, b in enumerate(blocks) if isinstance(b, Table) and b.columns[0] == "Red flag")
    rows = list(blocks[i].rows)
    rows[0] = (rows[0][0], rows[0][1], "Accepted.")
    blocks[i] = dataclasses.replace(blocks[i], rows=tuple(rows))
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(render_pdf(dataclasses.replace(report, blocks=tuple(blocks))))
    bad = verify_file(forged, ci.member_of)
    assert not bad.ok and "FAIL: the decision the report shows is not the decision that was signed" in bad.lines


def test_a_decline_shows_its_flags_answered_by_nothing_and_a_first_format_decision_says_none_were_kept(panel, tmp_path):
    ci = panel["chief_inspector"]
    ci.process.decide(REF, "decline", RATIONALE, rank="Chief Inspector")
    flat = " ".join(
        pdf_text(write_report(ci, signoff_report(ci, REF, language="en"), tmp_path / "d.pdf", REF).pdf).split()
    )
    assert "2 red flags were raised when the decision was made; a decline overrides none." in flat
    assert "none needed: not an approval" in flat and "Warning: approved over" not in flat
    d = ci.process.view(REF).current.decision
    old = flag_blocks(dataclasses.replace(d, format=1, red_flags=()))
    assert old[1].text.startswith("Not recorded: this decision was signed before Concord recorded red flags")
