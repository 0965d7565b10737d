"""The report content model: one canonical byte form per report, and back again exactly."""

import hashlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.reports import FORMAT, Facts, Heading, Notice, Paragraph, Report, ReportFormatError, Table
from tests.support.report_samples import long_table, small


def test_canonical_bytes_round_trip_exactly():
    for report in (small(), long_table(20)):
        data = report.canonical_bytes()
        again = Report.from_canonical(data)
        assert again == report
        assert again.canonical_bytes() == data
        assert again.content_hash() == hashlib.sha256(data).hexdigest()


def test_canonical_form_is_compact_sorted_utf8_json_with_a_version():
    data = small().canonical_bytes()
    tree = json.loads(data.decode("utf-8"))
    assert tree["format"] == FORMAT
    assert json.dumps(tree, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode() == data
    # Welsh letters are stored as themselves, not as \u escapes.
    assert "ŵ".encode() in data and b"\\u0175" not in data


def test_the_byte_form_of_a_fixed_report_never_changes():
    # A change here invalidates every hash and signature taken over earlier reports: it needs a
    # new FORMAT, not an edit to this expectation.
    report = Report(
        kind="k",
        title="T",
        issued_on="2026-01-02",
        meta=(("a", "b"),),
        blocks=(
            Heading("H", 2),
            Paragraph("p"),
            Facts((("l", "v"),)),
            Notice("N: n"),
            Table(("c",), (("x",),), "cap", (2,)),
        ),
    )
    assert report.canonical_bytes() == (
        b'{"blocks":[{"level":2,"text":"H","type":"heading"},{"text":"p","type":"paragraph"},'
        b'{"rows":[["l","v"]],"type":"facts"},{"text":"N: n","type":"notice"},'
        b'{"caption":"cap","columns":["c"],"rows":[["x"]],"type":"table","widths":[2.0]}],'
        b'"format":"concord-report/1","issued_on":"2026-01-02","kind":"k",'
        b'"marking":"OFFICIAL-SENSITIVE","meta":[["a","b"]],"subtitle":"","title":"T"}'
    )


def test_lists_and_whole_numbers_normalise_to_one_form():
    a = Table(["a", "b"], [["1", "2"]], widths=[1, 2])
    b = Table(("a", "b"), (("1", "2"),), widths=(1.0, 2.0))
    assert a == b and a.rows == (("1", "2"),) and a.widths == (1.0, 2.0)
    ra = Report("k", "T", issued_on="2026-01-01", blocks=[a], meta=[["n", "v"]])
    rb = Report("k", "T", issued_on="2026-01-01", blocks=(b,), meta=(("n", "v"),))
    assert ra.canonical_bytes() == rb.canonical_bytes()


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda: Report("k", "T", issued_on="2026-02-30"), "ISO date"),
        (lambda: Report("k", "T", issued_on="2026-3-1"), "ISO date"),
        (lambda: Report("k", "T"), "ISO date"),
        (lambda: Report("k", "  ", issued_on="2026-01-01"), "needs a title"),
        (lambda: Report("k", "T", marking="", issued_on="2026-01-01"), "needs a marking"),
        (lambda: Report("k", "T", issued_on="2026-01-01", meta=(("only one",),)), "pair"),
        (lambda: Report("k", "T", issued_on="2026-01-01", blocks=("text",)), "not a report block"),
        (lambda: Heading("h", 3), "level"),
        (lambda: Heading("h", True), "level"),
        (lambda: Paragraph(5), "must be text"),
        (lambda: Paragraph("\ud800"), "not valid Unicode"),
        (lambda: Table((), ()), "at least one column"),
        (lambda: Table(("a", "b"), (("1",),)), "1 cells for 2 columns"),
        (lambda: Table(("a",), (), widths=(0,)), "positive"),
        (lambda: Table(("a",), (), widths=(float("nan"),)), "positive"),
        (lambda: Table(("a",), (), widths=(1, 2)), "one number per column"),
    ],
)
def test_malformed_content_is_refused_when_built(make, message):
    with pytest.raises(ReportFormatError, match=message):
        make()


def _canonical_tree():
    return json.loads(small().canonical_bytes())


def _encode(tree):
    return json.dumps(tree, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


@pytest.mark.parametrize(
    "data, message",
    [
        (b"\xff\xfe", "not UTF-8"),
        (b"{not json", "not JSON"),
        (b"[1, 2]", "must be a JSON object"),
        (b"[" * 100000, "nested too deeply|not JSON"),
        (_encode({**_canonical_tree(), "format": "concord-report/99"}), "unknown report format"),
        (_encode({k: v for k, v in _canonical_tree().items() if k != "title"}), "lacks title"),
        (_encode({**_canonical_tree(), "extra": 1}), "unknown extra"),
        (_encode({**_canonical_tree(), "blocks": [{"type": "image", "src": "x"}]}), "unknown type 'image'"),
        (_encode({**_canonical_tree(), "blocks": [{"type": ["heading"], "text": "h"}]}), r"unknown type \['heading'\]"),
        (_encode({**_canonical_tree(), "blocks": [{"text": "h"}]}), "unknown type None"),
        (_encode({**_canonical_tree(), "blocks": ["text"]}), "unknown type 'str'"),
        (_encode({**_canonical_tree(), "blocks": [{"type": "heading", "text": "h", "level": 1.0}]}), "level"),
        (_encode({**_canonical_tree(), "blocks": [{"type": "heading", "text": "h"}]}), "lacks level"),
        (_encode({**_canonical_tree(), "meta": {"a": "b"}}), "name/value pairs"),
        # Same meaning, other bytes: spacing, key order, ASCII escapes.
        (json.dumps(_canonical_tree(), sort_keys=True, ensure_ascii=False).encode(), "canonical form"),
        (
            json.dumps(dict(reversed(_canonical_tree().items())), separators=(",", ":"), ensure_ascii=False).encode(),
            "canonical form",
        ),
        (json.dumps(_canonical_tree(), sort_keys=True, separators=(",", ":")).encode(), "canonical form"),
    ],
)
def test_malformed_canonical_bytes_are_refused_with_a_reason(data, message):
    with pytest.raises(ReportFormatError, match=message):
        Report.from_canonical(data)


texts = st.text(max_size=40)


@settings(max_examples=60, deadline=None)
@given(
    title=texts.filter(str.strip),
    para=texts,
    cells=st.lists(st.tuples(texts, texts), max_size=4),
    widths=st.lists(st.floats(min_value=0.01, max_value=1000, allow_nan=False), min_size=2, max_size=2),
)
def test_any_text_round_trips(title, para, cells, widths):
    report = Report(
        "k",
        title,
        issued_on="2026-05-05",
        meta=tuple(cells),
        blocks=(Paragraph(para), Facts(tuple(cells)), Table(("a", "b"), tuple(cells), para, tuple(widths))),
    )
    assert Report.from_canonical(report.canonical_bytes()) == report
