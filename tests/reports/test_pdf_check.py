"""check_pdf: an untouched report passes; every kind of tampering fails and is named."""

import io
import re
import zlib

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

from app.reports import EMBEDDED_NAME, Paragraph, Report, check_pdf, render_pdf
from tests.support.report_samples import long_table, small


@pytest.fixture(scope="module")
def genuine():
    return render_pdf(small())


@pytest.fixture(scope="module")
def three_pages():
    data = render_pdf(long_table(50))
    assert len(PdfReader(io.BytesIO(data)).pages) == 3
    return data


def problems_of(data: bytes) -> tuple[str, ...]:
    result = check_pdf(data)
    assert not result.ok
    assert result.problems
    return result.problems


def has(problems, pattern: str) -> bool:
    return any(re.search(pattern, p) for p in problems)


def written(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_an_untouched_file_passes_and_gives_the_report_back(genuine, three_pages):
    result = check_pdf(genuine)
    assert result.ok and result.problems == ()
    assert result.report == small()
    assert result.content_hash == small().content_hash()
    assert check_pdf(three_pages).ok


def test_text_changed_inside_a_page_content_stream_is_named_by_page(three_pages):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(three_pages)))
    stream = writer.pages[1]["/Contents"].get_object()
    original = stream.get_data()
    assert b"(Member 30)" in original
    stream.set_data(original.replace(b"(Member 30)", b"(Member 03)"))
    problems = problems_of(written(writer))
    assert has(problems, r"^page 2: the visible text differs from the signed content$")
    assert not has(problems, r"^page [13]:")


def test_a_page_stream_altered_by_byte_surgery_is_named_by_page(three_pages):
    # Decompress page 3's stream in place, change one drawn word, recompress at the same size.
    reader = PdfReader(io.BytesIO(three_pages))
    ref = reader.pages[2].raw_get("/Contents")
    start = three_pages.index(f"\n{ref.idnum} 0 obj".encode()) + 1
    body = three_pages.index(b"stream\n", start) + len(b"stream\n")
    end = three_pages.index(b"endstream", body)
    packed = three_pages[body:end]
    plain = zlib.decompress(packed)
    assert b"(After the table.)" in plain
    for word in (b"(After the tablE.)", b"(After the Table.)", b"(after the table.)", b"(AFTER the table.)"):
        for level in range(1, 10):
            repacked = zlib.compress(plain.replace(b"(After the table.)", word), level)
            if len(repacked) <= len(packed):
                # Same length on disk, so the cross-reference table still points true.
                repacked += b"\n" * (len(packed) - len(repacked))
                tampered = three_pages[:body] + repacked + three_pages[end:]
                assert len(tampered) == len(three_pages)
                problems = problems_of(tampered)
                assert has(problems, r"^page 3: the visible text differs")
                assert not has(problems, r"^page [12]:")
                return
    pytest.fail("no recompression fitted the original stream length")


def test_a_flipped_byte_in_a_compressed_page_stream_fails(three_pages):
    reader = PdfReader(io.BytesIO(three_pages))
    ref = reader.pages[0].raw_get("/Contents")
    start = three_pages.index(f"\n{ref.idnum} 0 obj".encode())
    body = three_pages.index(b"stream\n", start) + len(b"stream\n")
    at = body + 200
    tampered = three_pages[:at] + bytes([three_pages[at] ^ 0x55]) + three_pages[at + 1 :]
    problems = problems_of(tampered)
    assert has(problems, r"^page 1: ")


@pytest.mark.parametrize("field", [b"Subject", b"Keywords"])
def test_a_changed_metadata_hash_is_named(genuine, field):
    digest = small().content_hash().encode()
    other = bytes(reversed(digest))
    prefix = b"content sha256 " if field == b"Subject" else b"concord-content-sha256="
    assert genuine.count(prefix + digest) == 1
    tampered = genuine.replace(prefix + digest, prefix + other)
    problems = problems_of(tampered)
    assert has(problems, rf"content hash in the {field.decode()} does not match")
    assert has(problems, rf"^metadata changed: .*{field.decode()}")


def test_a_changed_title_is_named_as_changed_metadata(genuine):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(genuine)))
    writer.add_metadata({"/Title": "Sign-off for someone else"})
    problems = problems_of(written(writer))
    assert has(problems, r"^metadata changed: Title$")
    assert not has(problems, r"^page ")


def test_appended_bytes_fail(genuine):
    problems = problems_of(genuine + b"\n% nothing to see\n")
    assert has(problems, r"^18 bytes appended after the end of the signed document$")


def test_an_incremental_update_that_changes_the_title_fails(genuine):
    writer = PdfWriter(io.BytesIO(genuine), incremental=True)
    writer.add_metadata({"/Title": "Changed later"})
    problems = problems_of(written(writer))
    assert has(problems, r"bytes appended")
    assert has(problems, r"metadata changed: Title")


def test_a_removed_page_is_named(three_pages):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(three_pages)))
    writer.remove_page(1)
    problems = problems_of(written(writer))
    assert has(problems, r"^pages removed: the file has 2 pages, the signed content has 3$")
    assert has(problems, r"^page 2 of the signed content is missing$")


def test_an_added_page_is_named(genuine, three_pages):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(genuine)))
    writer.add_page(PdfReader(io.BytesIO(three_pages)).pages[0])
    problems = problems_of(written(writer))
    assert has(problems, r"^pages added: the file has 2 pages, the signed content has 1$")
    assert has(problems, r"^page 2 of the file is not part of the signed content$")


def test_pages_of_one_report_with_the_content_of_another_fail(genuine):
    # A consistent forgery of hashes and metadata around pages that say something else.
    other = render_pdf(long_table(3))
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(other)))
    writer.remove_page(0)
    writer.add_page(PdfReader(io.BytesIO(genuine)).pages[0])
    problems = problems_of(written(writer))
    assert has(problems, r"^page 1: the visible text differs from the signed content$")
    assert check_pdf(written(writer)).report == long_table(3)


def test_a_control_character_in_the_metadata_still_checks():
    # pypdf reads such a Keywords entry as bytes, not text; the hash in it must still be found.
    report = Report(
        "k", "\x00", subtitle="\x00", issued_on="2026-01-01", meta=(("\x00", "a\x00b"),), blocks=(Paragraph("p"),)
    )
    result = check_pdf(render_pdf(report))
    assert result.ok, result.problems


@pytest.mark.parametrize("keep", [0.5, 0.9, -10])
def test_a_truncated_file_fails(genuine, keep):
    cut = genuine[: int(len(genuine) * keep)] if keep > 0 else genuine[:keep]
    problems = problems_of(cut)
    assert has(problems, r"truncated")


@pytest.mark.parametrize("cut, said", [(1, "1 byte"), (2, "2 bytes")])
def test_a_file_cut_short_of_its_last_bytes_says_how_many_are_missing(genuine, cut, said):
    # Cut this little, pypdf still reads the file, so the cut itself is measured against the
    # fresh rendering.
    problems = problems_of(genuine[:-cut])
    assert f"the file is truncated: it stops {said} before the end of the signed document" in problems


@pytest.mark.parametrize("data", [b"", b"hello", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, b"<html></html>"])
def test_something_that_is_not_a_pdf_fails_plainly(data):
    result = check_pdf(data)
    assert not result.ok and result.report is None and result.content_hash is None
    assert result.problems == ("this is not a PDF file (it does not begin with a PDF header)",)


def test_a_pdf_without_concord_content_fails(genuine):
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    problems = problems_of(written(writer))
    assert problems == ("the file carries no embedded Concord report content",)


def test_malformed_embedded_content_fails(genuine):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(genuine)))
    del writer.root_object[NameObject("/Names")]
    writer.add_attachment(EMBEDDED_NAME, b'{"format": "concord-report/1"}')
    problems = problems_of(written(writer))
    assert has(problems, r"^the embedded report content is malformed: .*(?:canonical|lacks)")


def test_a_second_embedded_content_fails(genuine):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(genuine)))
    writer.add_attachment(EMBEDDED_NAME, small().canonical_bytes())
    result = check_pdf(written(writer))
    assert not result.ok
    assert has(result.problems, r"2 embedded report contents")


def test_a_file_rewritten_without_changing_what_it_says_still_fails(genuine):
    # pypdf re-serialises every object: same text, same metadata, other bytes. Only a file
    # byte-identical to the rendering passes; this one is named as altered elsewhere.
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(genuine)))
    writer.add_metadata({NameObject("/Title"): TextStringObject(small().title)})
    problems = problems_of(written(writer))
    assert has(problems, r"bytes were altered from offset \d+ on")
