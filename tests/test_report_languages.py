"""Sign-off reports and minutes in Welsh, in English, or both with Welsh first: each variant read
back from its PDF, its own words in its language with no English left where a translation
exists, restricted values kept out in every language, and each verifying as made."""

import datetime as dt
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.cli import main
from app.reports import Heading, Paragraph, Report, ReportFormatError, check_pdf
from app.reports import service as reporting
from tests.support.meeting_minutes import run_meeting
from tests.support.meeting_panel import (
    CLINICAL_MARK,
    INTEL_MARK,
    PRIVILEGED_MARK,
    SAFE_MARK,
    TODAY,
    WISHES_MARK,
    meeting_panel,
    seed_cases,
)
from tests.support.pinned_clock import pin_wall
from tests.support.process_panel import approved_case, make_panel

pinned_clock = pin_wall(dt.date(2026, 12, 22))
MARKS = (SAFE_MARK, INTEL_MARK, PRIVILEGED_MARK, CLINICAL_MARK, WISHES_MARK)
WELSH_TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "concord_cy.ts"


def flat(path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(text.split())


def translated(*contexts: str) -> list[tuple[str, str]]:
    """(English, Welsh) of each plain string of those contexts whose Welsh differs."""
    out = []
    for context in ET.parse(WELSH_TS).getroot().iter("context"):
        if context.findtext("name") not in contexts:
            continue
        for message in context.iter("message"):
            source, welsh = message.findtext("source") or "", message.findtext("translation") or ""
            if message.get("numerus") != "yes" and welsh and welsh != source:
                out.append((source, welsh))
    return out


def english_left(text: str, contexts: tuple[str, ...]) -> list[str]:
    """Concord's own English sentences and labels still in a text meant to be Welsh. Short words
    ("Panel", "Agenda") read the same in both, and a template is checked by its fixed parts."""
    left = []
    for source, _welsh in translated(*contexts):
        for part in re.split(r"\{\w*\}", source):
            part = " ".join(part.split()).strip(" :;,.()")
            if len(part) >= 14 and part in text:
                left.append(part)
    return sorted(set(left))


@pytest.fixture
def panel(make_workspace):
    return seed_cases(meeting_panel(make_workspace))


def test_the_minutes_in_welsh_speak_welsh_only_and_verify(panel, tmp_path):
    ref = run_meeting(panel)
    chair = panel["chair"]
    written = reporting.write_minutes(chair, ref, tmp_path / "cofnodion.pdf", TODAY, "cy")
    text = flat(written.pdf)
    for phrase in ("Cofnodion y panel", "SWYDDOGOL-SENSITIF", "Tudalen 1 o", "Presenoldeb", "Rhestr ddosbarthu"):
        assert phrase in text, phrase
    assert "Rhagfyr 2026" in text  # the meeting's date as Welsh writes it
    assert english_left(text, ("MinutesReport", "MeetingFacts", "Report", "ReportSignature", "AgendaReasons")) == []
    assert not any(mark in text for mark in MARKS)
    html = written.html.read_text(encoding="utf-8")
    assert '<html lang="cy">' in html and "Presenoldeb" in html
    assert b"/Lang (cy-GB)" in written.pdf.read_bytes()  # what a screen reader is told to speak
    assert check_pdf(written.pdf.read_bytes()).ok
    assert reporting.verify_file(written.pdf, ws=chair).holds


def test_bilingual_minutes_put_welsh_first_each_part_in_its_language(panel, tmp_path):
    ref = run_meeting(panel)
    chair = panel["chair"]
    written = reporting.write_minutes(chair, ref, tmp_path / "dwyieithog.pdf", TODAY, "cy+en")
    text = flat(written.pdf)
    assert "SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE" in text and "Tudalen 1 o" in text and "Page 1 of" in text
    assert text.index("Presenoldeb") < text.index("Attendance")  # Welsh first, never less favourably
    assert "Llofnod yr adroddiad hwn / Signature of this report" in text
    assert not any(mark in text for mark in MARKS)
    html = written.html.read_text(encoding="utf-8")
    assert '<html lang="cy">' in html
    assert html.index('<section lang="cy">') < html.index('<section lang="en">')
    assert b"/Lang (cy-GB)" in written.pdf.read_bytes()  # the document leads with Welsh
    assert reporting.verify_file(written.pdf, ws=chair).holds


def test_the_panel_policy_sets_the_default_and_the_command_line_chooses(panel, tmp_path, capsys):
    ref = run_meeting(panel)
    chair = panel["chair"]
    assert chair.meetings.policy.output_language == "cy+en"
    default = reporting.write_minutes(chair, ref, tmp_path / "default.pdf", TODAY)
    assert "Presenoldeb" in flat(default.pdf) and "Attendance" in flat(default.pdf)
    out = tmp_path / "en.pdf"
    args = ["--data", str(chair.folder), "minutes", ref, str(out), "--today", TODAY.isoformat()]
    assert main([*args, "--language", "en"]) == 0
    assert "Attendance" in flat(out) and "Presenoldeb" not in flat(out)
    capsys.readouterr()
    assert main([*args, "--language", "fr"]) != 0
    assert "use cy, en or cy+en" in capsys.readouterr().err


def test_a_sign_off_report_in_welsh_and_bilingual_verifies_its_decision(make_workspace, tmp_path):
    p = make_panel(make_workspace)
    approved_case(p)
    ci = p["chief_inspector"]
    for variant in ("cy", "cy+en"):
        report = reporting.signoff_report(ci, "CC-RJ-1", language=variant)
        written = reporting.write_report(ci, report, tmp_path / f"signoff-{variant}.pdf", "CC-RJ-1")
        text = flat(written.pdf)
        assert "Ymyriad adferol" in text or "ymyriad adferol" in text, variant
        if variant == "cy":
            contexts = ("SignoffReport", "SignoffPack", "Report", "ReportSignature", "Consent", "ConsentProblems")
            left = english_left(text, (*contexts, "ProcessProblems", "ProcessWords"))
            assert left == [], [text[max(0, text.find(w) - 120) : text.find(w) + 40] for w in left]
        else:
            assert "Restorative intervention: Chief Inspector sign-off" in text
            # Each part names its audience in its own language; the signature names both.
            welsh_part, english_part = text.split("Process now:", 1)
            role = ci.schema.roles["chief_inspector"]
            prepared_for = english_part.split(".")[1]
            assert role.label in prepared_for and role.label_cy not in prepared_for, prepared_for
            assert role.label_cy in welsh_part
        verdict = reporting.verify_file(written.pdf, ws=ci)
        assert verdict.holds, verdict.lines


def test_a_report_made_before_reports_had_languages_keeps_its_bytes():
    english = Report(kind="k", title="T", issued_on="2026-12-01", blocks=(Heading("H"), Paragraph("p")))
    assert b'"language"' not in english.canonical_bytes()
    welsh = Report(kind="k", title="T", issued_on="2026-12-01", blocks=(Paragraph("p"),), language="cy")
    assert b'"language":"cy"' in welsh.canonical_bytes()
    assert Report.from_canonical(welsh.canonical_bytes()) == welsh
    # "en" written out is a second byte form of the same report: refused, as any other.
    forged = english.canonical_bytes().replace(b'"kind"', b'"language":"en","kind"')
    with pytest.raises(ReportFormatError):
        Report.from_canonical(forged)
    with pytest.raises(ReportFormatError):
        Report(kind="k", title="T", issued_on="2026-12-01", language="fr")


def test_a_stale_sign_off_is_told_in_welsh_on_a_welsh_screen_and_in_english_to_the_log(make_workspace):
    from app.models.language import shown, using

    p = make_panel(make_workspace)
    approved_case(p)
    police = p["police"]
    police.open_case("CC-RJ-1").add_record("incidents", {"incident_date": "2026-11-10", "incident_type": "threats"})
    view = police.process.view("CC-RJ-1")
    english = str(view.signoff_words())
    assert english.startswith("STALE - Approve by ") and "Incidents changed since the sign-off" in english
    with using("cy"):
        welsh = shown(view.signoff_words())
        label = police.schema.field("incidents").label_cy
    assert welsh.startswith("WEDI DYDDIO - Cymeradwyo gan ")
    assert f"mae {label} wedi newid ers y gymeradwyaeth" in welsh, welsh
    assert "changed since" not in welsh and "Incidents" not in welsh
