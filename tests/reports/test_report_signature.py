"""A report's own signature: made over the text its PDF shows, read back from the PDF; holds over
many pages; refuses text changed in the file or in a re-rendering, a section that says more than
was signed, and a copy whose body imitates the section's heading."""

import dataclasses
import io

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pypdf import PdfReader, PdfWriter

from app.reports import Facts, Notice, Paragraph, ReportFormatError, render_pdf, render_text
from app.reports.report_signature import HEADING, Signer, check_signature, read_signature, sign_report
from app.reports.shown_text import body_lines, page_lines, signed_text
from tests.support.report_samples import WELSH, long_table, small

SIGNER = Signer("d" * 32, "Rhian Ŵyn", "Panel chair")


@pytest.fixture(scope="module")
def key():
    private = Ed25519PrivateKey.generate()
    return private, private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def signed(report, key, reference="CC-2026-0007", audience="the whole panel"):
    private, public = key
    return sign_report(report, reference, audience, SIGNER, public, private.sign)


def check(report, pdf: bytes):
    return check_signature(report, pdf)


def test_a_signed_report_checks_from_its_pdf_and_shows_its_signature(key):
    report = signed(small(), key)
    pdf = render_pdf(report)
    result = check(report, pdf)
    assert result.ok, result.problems
    assert result.signature.signer == SIGNER and result.signature.reference == "CC-2026-0007"
    text = signed_text(pdf, report.marking, HEADING)
    assert text.startswith("Sign-off for CC-2026-0007\nPanel of " + WELSH)
    assert "OFFICIAL-SENSITIVE" not in text and "Page 1 of" not in text and "Verification" not in text
    assert "Signature of this report" in render_text(report) and SIGNER.name in render_text(report)


def test_the_signature_holds_over_pages_whose_furniture_it_leaves_out(key):
    report = signed(long_table(120), key, reference="PM-2026-12-03")
    pdf = render_pdf(report)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert pages >= 5
    assert check(report, pdf).ok
    # The table's header, repeated on each page the table runs over, is shown, so it is signed.
    with_table = sum(1 for lines in page_lines(pdf) if any(line.startswith("Member ") for line in lines))
    assert with_table >= 4 and signed_text(pdf, report.marking, HEADING).count("What happened") == with_table
    assert not any(line.startswith("Page ") for line in body_lines(pdf, report.marking))


def test_text_changed_inside_the_pdf_is_refused_by_the_signature_itself(key):
    report = signed(long_table(50), key)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(render_pdf(report))))
    stream = writer.pages[1]["/Contents"].get_object()
    original = stream.get_data()
    assert b"(Member 30)" in original
    stream.set_data(original.replace(b"(Member 30)", b"(Member 03)"))
    out = io.BytesIO()
    writer.write(out)
    # Checked against the text the changed file shows, not against the content it carries.
    assert check(report, out.getvalue()).problems == (
        "what the report shows is not what its signer signed: its text was changed",
    )


def test_a_re_rendering_with_other_words_or_details_is_refused(key):
    report = signed(small(), key)
    blocks = list(report.blocks)
    blocks[1] = Paragraph("The panel agreed NOT to proceed.")
    words = dataclasses.replace(report, blocks=tuple(blocks))
    assert (
        "what the report shows is not what its signer signed: its text was changed"
        in check(words, render_pdf(words)).problems
    )
    for change in ({"marking": "OFFICIAL"}, {"meta": report.meta + (("Extra", "detail"),)}):
        other = dataclasses.replace(report, **change)
        problems = check(other, render_pdf(other)).problems
        assert len(problems) == 1 and problems[0].startswith("the report's signature does not cover what it shows")


def test_a_re_rendering_that_only_unboxes_a_warning_is_refused(key):
    # The same words, drawn as a plain paragraph instead of the boxed STALE notice.
    report = signed(small(), key)
    at = next(i for i, b in enumerate(report.blocks) if isinstance(b, Notice))
    blocks = list(report.blocks)
    blocks[at] = Paragraph(report.blocks[at].text)
    plain = dataclasses.replace(report, blocks=tuple(blocks))
    pdf = render_pdf(plain)
    assert signed_text(pdf, plain.marking, HEADING) == signed_text(render_pdf(report), report.marking, HEADING)
    problems = check(plain, pdf).problems
    assert len(problems) == 1 and problems[0].startswith(
        "the report's signature does not cover what it shows (its text or layout"
    )


def test_a_signature_section_that_says_more_than_was_signed_or_is_not_last_is_refused(key):
    report = signed(small(), key)
    rows = report.blocks[-1].rows
    more = dataclasses.replace(report, blocks=report.blocks[:-1] + (Facts(rows + (("Approved by", "the Chief"),)),))
    assert check(more, render_pdf(more)).problems == (
        "the report's signature section does not have the rows a signature has",
    )
    after = dataclasses.replace(report, blocks=report.blocks + (Paragraph("HIGH RISK: added after the signature."),))
    assert check(after, render_pdf(after)).problems == (
        "the report's signature section is not where it belongs, at its end",
    )
    with pytest.raises(ReportFormatError, match="already has a signature section"):
        signed(report, key)


def test_a_body_that_imitates_the_heading_is_signed_whole(key):
    # A line typed into a report that reads exactly as the heading must not end what is signed.
    body = dataclasses.replace(small(), blocks=(Paragraph(HEADING), Paragraph("Risk: standard.")) + small().blocks)
    report = signed(body, key)
    pdf = render_pdf(report)
    assert check(report, pdf).ok
    assert "Risk: standard." in signed_text(pdf, report.marking, HEADING)
    blocks = list(report.blocks)
    blocks[1] = Paragraph("Risk: HIGH.")
    forged = dataclasses.replace(report, blocks=tuple(blocks))
    assert not check(forged, render_pdf(forged)).ok


def test_read_signature_gives_the_body_back(key):
    report = signed(small(), key)
    body, sig = read_signature(report)
    assert body == small() and sig.audience == "the whole panel" and len(sig.text_sha256) == 64
