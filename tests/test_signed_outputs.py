"""Every report is signed, by the device that makes it, over what it shows: forgeries re-rendered
with other words, another audience or another case's reference are refused; a genuine one names
its signer and role; a decision the verifying device knows to be stale is called STALE."""

import dataclasses
import datetime as dt
import hashlib
import subprocess

import pytest

from app.cli import main as concord
from app.models import clock
from app.reports import Facts, Heading, Notice, Paragraph, Report, Table, check_pdf, render_pdf
from app.reports import service as reporting
from app.reports.report_signature import HEADING, Signer, read_signature, sign_report
from app.reports.shown_text import signed_text
from tests.support.meeting_minutes import run_meeting
from tests.support.meeting_panel import TODAY, meeting_panel, seed_cases
from tests.support.process_panel import RATIONALE, approved_case, make_panel, sync_all

REVIEWED = "CC-RJ-1"
OTHER = "CC-RJ-2"


def pdf_text(path) -> str:
    return " ".join(
        subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout.split()
    )


def in_eights(digest: str) -> str:
    return " ".join(digest[i : i + 8] for i in range(0, len(digest), 8))


def swap(report: Report, change) -> Report:
    """The report with change(text) applied to every piece of text its blocks show."""

    def texts(values):
        return tuple(change(v) for v in values)

    blocks = []
    for b in report.blocks:
        if isinstance(b, Facts):
            b = Facts(tuple(texts(r) for r in b.rows))
        elif isinstance(b, Table):
            b = dataclasses.replace(b, columns=texts(b.columns), rows=tuple(texts(r) for r in b.rows))
        elif isinstance(b, (Heading, Paragraph, Notice)):
            b = dataclasses.replace(b, text=change(b.text))
        blocks.append(b)
    return dataclasses.replace(
        report, subtitle=change(report.subtitle), meta=tuple(texts(m) for m in report.meta), blocks=tuple(blocks)
    )


def forge(tmp_path, name: str, report: Report):
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(render_pdf(report))
    return path


@pytest.fixture
def signed(make_workspace):
    p = make_panel(make_workspace)
    approved_case(p)
    return p


@pytest.fixture
def genuine(signed, tmp_path):
    ci = signed["chief_inspector"]
    report = reporting.signoff_report(ci, REVIEWED, language="en")
    return report, reporting.write_report(ci, report, tmp_path / "genuine.pdf", REVIEWED)


def refused(path, ws, *expected: str) -> tuple[str, ...]:
    verdict = reporting.verify_file(path, ws=ws)
    assert not verdict.ok, verdict.lines
    for words in expected:
        assert any(words in line for line in verdict.lines if line.startswith("FAIL")), (words, verdict.lines)
    return verdict.lines


def test_a_genuine_sign_off_report_verifies_and_names_its_signer_and_role(signed, genuine, tmp_path, capsys):
    ci, chair = signed["chief_inspector"], signed["chair"]
    report, written = genuine
    text = pdf_text(written.pdf)
    assert HEADING in text and "Signed by Chris Inspector" in text
    assert "Signer's role when signed Chief Inspector (approving officer)" in text
    verdict = reporting.verify_file(written.pdf, ws=chair)  # another device of the panel checks it
    assert verdict.ok and verdict.holds, verdict.lines
    assert (
        "ok: the report was signed by Chris Inspector, Chief Inspector (approving officer), a member of this panel"
    ) in verdict.lines
    assert (
        "ok: the report's signature holds over every line it shows, its case (CC-RJ-1) and its audience: "
        "Chief Inspector (approving officer)"
    ) in verdict.lines
    # The accessible copies carry the same signature section.
    _body, sig = read_signature(report)
    assert sig.signature in written.text.read_text() and sig.signature in written.html.read_text()
    # The advocate's own report, for the advocate, is signed by the advocate's device.
    adv = signed["advocate"]
    mine = reporting.write_report(adv, reporting.signoff_report(adv, REVIEWED, language="en"), tmp_path / "adv.pdf")
    assert (
        "ok: the report was signed by Sam Advocate, Independent domestic violence advocate, a member of this panel"
    ) in reporting.verify_file(mine.pdf, ws=ci).lines
    assert concord(["--data", str(chair.folder), "verify", str(written.pdf)]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith("VERIFIED") and "Chris Inspector, Chief Inspector (approving officer)" in out


def test_a_sign_off_report_re_rendered_with_another_risk_level_is_refused(signed, genuine, tmp_path, capsys):
    report, written = genuine
    assert "Level Standard" in pdf_text(written.pdf)
    forged = swap(report, lambda t: t.replace("Standard", "HIGH RISK"))
    path = forge(tmp_path, "high-risk", forged)
    assert "HIGH RISK" in pdf_text(path)
    assert check_pdf(path.read_bytes()).ok  # a consistent re-rendering: only the signature can tell
    lines = refused(path, signed["chair"], "what the report shows is not what its signer signed")
    assert not any(line.startswith("ok: the report was signed") for line in lines)  # a forger is named by no one
    # The forger also writes the hash of the new text into the signature section: the signature fails.
    _body, sig = read_signature(forged)
    new_hash = hashlib.sha256(signed_text(path.read_bytes(), forged.marking, HEADING).encode()).hexdigest()
    rehashed = swap(forged, lambda t: in_eights(new_hash) if t == in_eights(sig.text_sha256) else t)
    better = forge(tmp_path, "high-risk-2", rehashed)
    lines = refused(better, signed["chair"], "the report's signature does not cover what it shows")
    assert not any("not what its signer signed" in line for line in lines)
    assert concord(["--data", str(signed["chair"].folder), "verify", str(better)]) == 1
    captured = capsys.readouterr()
    assert captured.out.strip().splitlines()[-1].startswith("NOT VERIFIED: ")
    assert "Traceback" not in captured.err


def test_a_sign_off_report_without_its_safety_plan_is_refused(signed, genuine, tmp_path):
    report, written = genuine
    blocks = list(report.blocks)
    at = blocks.index(Heading("Safety plan and conditions"))
    end = next(i for i in range(at + 1, len(blocks)) if isinstance(blocks[i], Heading) and blocks[i].level == 1)
    path = forge(tmp_path, "no-plan", dataclasses.replace(report, blocks=tuple(blocks[:at] + blocks[end:])))
    assert "Safety plan and conditions" in pdf_text(written.pdf) and "Safety plan and conditions" not in pdf_text(path)
    refused(path, signed["chair"], "what the report shows is not what its signer signed")


def with_audience(report: Report, audience: str, above: bool) -> Report:
    """The report claiming another audience in its details and signature section, and (above)
    in the words above the section too."""
    was = dict(report.meta)["Audience"]

    def change(block):
        if isinstance(block, Facts) and block.rows and block.rows[0][0] == "Signed by":
            return Facts(tuple(("Audience", audience) if r[0] == "Audience" else r for r in block.rows))
        if above and isinstance(block, Paragraph) and f"Prepared for: {was}." in block.text:
            return Paragraph(block.text.replace(f"Prepared for: {was}.", f"Prepared for: {audience}."))
        return block

    meta = tuple(("Audience", audience) if m[0] == "Audience" else m for m in report.meta)
    return dataclasses.replace(report, meta=meta, blocks=tuple(change(b) for b in report.blocks))


def test_a_sign_off_report_with_another_audience_is_refused(signed, genuine, tmp_path):
    report, written = genuine
    assert "Prepared for: Chief Inspector (approving officer)." in pdf_text(written.pdf)
    everywhere = forge(tmp_path, "audience", with_audience(report, "the whole panel", above=True))
    assert "Prepared for: the whole panel." in pdf_text(everywhere)
    refused(everywhere, signed["chair"], "what the report shows is not what its signer signed")
    # Only in the details and the signature section, where no text above the section changes.
    quiet = forge(tmp_path, "audience-2", with_audience(report, "the whole panel", above=False))
    refused(quiet, signed["chair"], "does not cover what it shows (its text or layout, its case reference, audience")


def test_a_genuine_approval_re_rendered_for_another_case_is_refused(signed, genuine, tmp_path):
    report, _written = genuine
    path = forge(tmp_path, "other-case", swap(report, lambda t: t.replace(REVIEWED, OTHER)))
    assert f"Case {OTHER}" in pdf_text(path)
    refused(path, signed["chair"], "what the report shows is not what its signer signed")
    # Only where no text above the signature section changes: its details and the section itself.
    quiet = dataclasses.replace(
        report,
        meta=tuple((n, OTHER if v == REVIEWED else v) for n, v in report.meta),
        blocks=report.blocks[:-1]
        + (Facts(tuple((n, OTHER if v == REVIEWED else v) for n, v in report.blocks[-1].rows)),),
    )
    refused(
        forge(tmp_path, "other-case-2", quiet),
        signed["chair"],
        "the report's signature does not cover what it shows (its text or layout, its case reference",
    )
    # A member's own device signs a report of another case around the genuine approval: its
    # signature holds, but the decision it carries is for the first case.
    police = signed["police"]
    body, _sig = read_signature(report)
    moved = swap(
        body,
        lambda t: (
            t.replace(f"Case {REVIEWED}", f"Case {OTHER}") if t == f"Case {REVIEWED}" else OTHER if t == REVIEWED else t
        ),
    )
    resigned = sign_report(
        moved,
        OTHER,
        "Chief Inspector",
        Signer(police.profile.device_id, police.profile.name, police.role_label),
        police.profile.signing_public,
        police.keys.sign,
    )
    lines = refused(
        forge(tmp_path, "resigned", resigned),
        signed["chair"],
        f"the signed decision is for case {REVIEWED}, but the report is of case {OTHER}",
    )
    assert "ok: the report was signed by Pat Police, Police lead, a member of this panel" in lines


def test_a_report_signed_by_a_device_outside_the_panel_or_not_signed_at_all_is_refused(
    signed, genuine, tmp_path, make_workspace, capsys
):
    report, written = genuine
    stranger = make_workspace("police", tmp_path / "stranger")
    lines = refused(written.pdf, stranger, "the device that made and signed the report is not a member")
    assert not any(line.startswith("ok: the report was signed") for line in lines)
    body, _sig = read_signature(report)
    refused(forge(tmp_path, "unsigned", body), signed["chair"], "the report carries no signature of its own")
    # Without a data folder the file alone still proves itself, and says whose key to compare.
    alone = reporting.verify_file(written.pdf)
    said = (
        "note: no data folder here: the report says it was signed by Chris Inspector, Chief Inspector "
        "(approving officer), on device"
    )
    assert alone.ok and any(line.startswith(said) for line in alone.lines)
    assert concord(["--data", str(tmp_path / "no-folder"), "verify", str(written.pdf)]) == 0
    assert "compare the key fingerprint" in capsys.readouterr().out


def test_verify_says_stale_naming_the_field_when_the_device_knows_the_case_changed(signed, genuine, tmp_path, capsys):
    _report, written = genuine
    police, ci = signed["police"], signed["chief_inspector"]
    assert reporting.verify_file(written.pdf, ws=ci).holds
    police.open_case(REVIEWED).add_record(
        "incidents", {"incident_date": clock.today().isoformat(), "incident_type": "threats"}
    )
    sync_all(signed)
    verdict = reporting.verify_file(written.pdf, ws=ci)
    assert verdict.ok and not verdict.holds
    assert any("Incidents" in why for why in verdict.stale), verdict.stale
    assert concord(["--data", str(ci.folder), "verify", str(written.pdf)]) == 1
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith("STALE: ") and "Incidents" in last and "VERIFIED" not in last


def test_verify_says_stale_when_a_later_decision_replaces_the_one_shown(signed, genuine, tmp_path):
    _report, written = genuine
    ci, police = signed["chief_inspector"], signed["police"]
    police.process.request_signoff(REVIEWED, "New information: asked again.")
    sync_all(signed)
    ci.process.decide(REVIEWED, "decline", RATIONALE, rank="Chief Inspector")
    # A device that has not yet received the decline cannot call it stale, nor the decline older.
    newer = reporting.write_report(ci, reporting.signoff_report(ci, REVIEWED, language="en"), tmp_path / "decline.pdf")
    behind = reporting.verify_file(newer.pdf, ws=signed["facilitator"])
    assert behind.holds and any(
        line.startswith("note: this device has not yet received the decision") for line in behind.lines
    ), behind.lines
    sync_all(signed)
    assert reporting.verify_file(newer.pdf, ws=signed["facilitator"]).holds
    verdict = reporting.verify_file(written.pdf, ws=signed["facilitator"])
    assert verdict.ok and len(verdict.stale) == 1, verdict.lines
    assert verdict.stale[0].startswith("a later decision replaces it: decline by Chris Inspector")
    assert "changed: Decision" in verdict.stale[0]


# ----- minutes -------------------------------------------------------------------------------


@pytest.fixture
def meeting(make_workspace):
    # The meeting panel's cases carry dates up to the end of December 2026: the clock is set
    # after them, as it would be for a meeting held then.
    previous = clock.use(clock.Clock(shift_s=max(0, (dt.date(2026, 12, 22) - clock.today()).days) * 86400.0))
    try:
        p = seed_cases(meeting_panel(make_workspace))
        yield p, run_meeting(p)
    finally:
        clock.use(previous)


def test_minutes_are_signed_by_the_chair_and_a_copy_with_other_decisions_is_refused(meeting, tmp_path, capsys):
    p, ref = meeting
    chair = p["chair"]
    report = reporting.minutes_report(chair, ref, TODAY, "en")
    written = reporting.write_report(chair, report, tmp_path / "minutes.pdf")
    verdict = reporting.verify_file(written.pdf, ws=p["police"])
    assert (
        verdict.holds
        and "ok: the report was signed by Charlie Chair, Panel chair, a member of this panel" in verdict.lines
    ), verdict.lines
    assert f"ok: panel minutes of {ref}" in verdict.lines
    decided = "Refer to children's services; review in 6 weeks."
    assert decided in pdf_text(written.pdf)
    other = forge(
        tmp_path, "other-decisions", swap(report, lambda t: t.replace(decided, "No further action; close the case."))
    )
    assert "No further action" in pdf_text(other)
    refused(other, p["police"], "what the report shows is not what its signer signed")
    assert concord(["--data", str(p["police"].folder), "verify", str(other)]) == 1
    assert capsys.readouterr().out.strip().splitlines()[-1].startswith("NOT VERIFIED")
    # Minutes that another member's device signs, however well, are not the chair's minutes.
    police = p["police"]
    body, sig = read_signature(report)
    own = sign_report(
        swap(body, lambda t: t.replace(decided, "No further action; close the case.")),
        ref,
        sig.audience,
        Signer(police.profile.device_id, police.profile.name, police.role_label),
        police.profile.signing_public,
        police.keys.sign,
    )
    refused(forge(tmp_path, "police-minutes", own), chair, "minutes are issued by the chair's device")
