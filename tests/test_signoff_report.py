"""The signed sign-off report: right content read back from the PDF, nothing restricted, and
verification of untouched and tampered files."""

import dataclasses
import json
import subprocess

import pytest

from app.cli import main as concord
from app.reports import Facts, check_pdf, render_pdf
from app.reports.service import signoff_report, verify_file, write_report
from tests.support.process_panel import RATIONALE, approved_case, sync_all

SAFE = "MK-SAFE-ADDRESS-7f3a"
PLAN = "MK-SAFETY-PLAN-19c2"
PRIVILEGED = "MK-PRIVILEGED-88d1"


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def signed(make_workspace):
    from tests.support.process_panel import make_panel

    p = make_panel(make_workspace)
    approved_case(p, decision="approve with conditions", conditions="Shuttle only; advocate present.")
    adv = p["advocate"].open_case("CC-RJ-1")
    adv.set("safe_address", SAFE)
    return p


def test_the_report_holds_the_pack_and_the_signed_decision(signed, tmp_path):
    ci = signed["chief_inspector"]
    out = write_report(ci, signoff_report(ci, "CC-RJ-1", language="en"), tmp_path / "signoff.pdf", "CC-RJ-1")
    text = pdf_text(out.pdf)
    pages = text.count("\f") or 1
    assert text.count("OFFICIAL-SENSITIVE") >= 2 * pages
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    for part in (
        "Parties and relationship",
        "Risk history",
        "Each agency's view",
        "Facilitator and form of process",
        "Safety plan and conditions",
        "Pause and stop triggers",
        "Review dates",
        "Lawful basis for sharing",
        "APPROVE WITH CONDITIONS",
        "Shuttle only; advocate present.",
    ):
        assert part in text, part
    # What the case holds, not just the headings, which a withheld part shows too.
    flat = " ".join(text.split())
    for party in ("Person harmed", "Person who caused harm"):
        assert f"{party} GIVEN: given on 2026-10-05 (in person, with advocate)" in flat, party
    assert "Score 3 Level Standard Assessed on 2026-10-01" in flat
    assert "Decided by Chris Inspector Rank Chief Inspector" in flat
    assert "Rhys Ŵyn" in text  # Welsh letters survive the embedded font
    assert all(v.split(";")[0][:30] in " ".join(text.split()) for v in RATIONALE.values())
    view = ci.process.view("CC-RJ-1")
    assert view.current.signer_fingerprint in text
    check = check_pdf(out.pdf.read_bytes())
    assert check.ok and dict(check.report.meta)["Signed content SHA-256"] == view.current.content_hash
    html = out.html.read_text()
    assert "Shuttle only; advocate present." in html and 'lang="en"' in html
    assert "APPROVE WITH CONDITIONS" in out.text.read_text()
    # The field digests (a digest of a yes/no field gives it away) never leave the device.
    record = ci.open_case("CC-RJ-1").get("signoff_decisions")[0]
    digests = json.loads(record["field_digests"])
    embedded = check.report.canonical_bytes().decode()
    assert not any(d in embedded for comp in digests.values() for d in comp.values())


def test_restricted_and_never_export_values_stay_out_and_the_audience_cuts_the_report(signed, tmp_path):
    adv, ci, legal_plan = signed["advocate"], signed["chief_inspector"], signed["advocate"].open_case("CC-RJ-1")
    legal_plan.set("safety_plan", PLAN)
    sync_all(signed)
    # The advocate may read the safe address; it still never reaches a report.
    adv_out = write_report(adv, signoff_report(adv, "CC-RJ-1", language="en"), tmp_path / "adv.pdf")
    assert SAFE not in pdf_text(adv_out.pdf) and SAFE not in adv_out.html.read_text()
    assert SAFE.encode() not in check_pdf(adv_out.pdf.read_bytes()).report.canonical_bytes()
    full = pdf_text(write_report(ci, signoff_report(ci, "CC-RJ-1", language="en"), tmp_path / "ci.pdf").pdf)
    panel = write_report(ci, signoff_report(ci, "CC-RJ-1", "panel", language="en"), tmp_path / "panel.pdf")
    assert PLAN in " ".join(full.split())
    panel_text = pdf_text(panel.pdf)
    assert PLAN not in panel_text and PLAN not in panel.html.read_text()
    assert "withheld from this audience" in panel_text
    assert "Rhys" not in panel_text  # the facilitator section is not readable by the whole panel


def test_verify_passes_an_untouched_report_and_names_what_fails_on_a_tampered_one(signed, tmp_path):
    ci = signed["chief_inspector"]
    report = signoff_report(ci, "CC-RJ-1", language="en")
    out = write_report(ci, report, tmp_path / "r.pdf")
    good = verify_file(out.pdf, ci.member_of)
    assert good.ok, good.lines
    assert any("Chief Inspector, a member of this panel" in line for line in good.lines)
    # A consistent re-render whose words claim another decision than the one signed.
    blocks = list(report.blocks)
    i = next(i for i, b in enumerate(blocks) if isinstance(b, Facts) and b.rows and b.rows[0][0] == "Decision")
    blocks[i] = Facts((("Decision", "APPROVE"),) + blocks[i].rows[1:])
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(render_pdf(dataclasses.replace(report, blocks=tuple(blocks))))
    bad = verify_file(forged, ci.member_of)
    assert not bad.ok and "FAIL: the decision the report shows is not the decision that was signed" in bad.lines
    # Bytes changed in the file itself.
    data = bytearray(out.pdf.read_bytes())
    at = data.index(b"/Title")
    data[at + 8] ^= 0x01
    touched = tmp_path / "touched.pdf"
    touched.write_bytes(bytes(data))
    bad = verify_file(touched, ci.member_of)
    assert not bad.ok and any(line.startswith("FAIL: metadata changed") for line in bad.lines)
    # A device of another panel cannot vouch for the signer.
    stranger = verify_file(out.pdf, lambda device: None)
    assert not stranger.ok and "FAIL: the signing device is not a member of this device's panel" in stranger.lines


def test_a_stale_sign_off_is_marked_stale_in_its_report(signed, tmp_path):
    police, ci = signed["police"], signed["chief_inspector"]
    police.open_case("CC-RJ-1").add_record("incidents", {"incident_date": "2026-11-10", "incident_type": "threats"})
    sync_all(signed)
    text = pdf_text(write_report(ci, signoff_report(ci, "CC-RJ-1", language="en"), tmp_path / "stale.pdf").pdf)
    assert "STALE: this sign-off no longer covers the case" in text


def test_report_and_verify_from_the_command_line(signed, tmp_path, capsys):
    ci = signed["chief_inspector"]
    folder = ci.folder
    pdf = tmp_path / "cli.pdf"
    assert concord(["--data", str(folder), "report", "signoff", "CC-RJ-1", str(pdf)]) == 0
    assert pdf.exists() and pdf.with_suffix(".html").exists() and pdf.with_suffix(".txt").exists()
    assert concord(["--data", str(folder), "verify", str(pdf)]) == 0
    assert "VERIFIED" in capsys.readouterr().out
    data = bytearray(pdf.read_bytes())
    data += b"%% appended\n"
    pdf.write_bytes(bytes(data))
    assert concord(["--data", str(folder), "verify", str(pdf)]) == 1
    captured = capsys.readouterr()
    assert "NOT VERIFIED" in captured.out and "appended" in captured.err
    assert concord(["--data", str(folder), "report", "signoff", "CC-NOPE", str(tmp_path / "x.pdf")]) != 0
