"""The accessible HTML and plain-text exports: same content as the PDF, structured for reading."""

import re
from html.parser import HTMLParser

from app.reports import Facts, Heading, Notice, Paragraph, Report, Table, render_html, render_text
from tests.support.report_samples import HOSTILE, WELSH, long_table, small


class Page(HTMLParser):
    """Every element with its attributes and its own text, in document order."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[dict] = []
        self.open: list[dict] = []
        self.texts: list[str] = []
        self.doctype = None
        self.feed(html)
        self.close()

    def handle_decl(self, decl):
        self.doctype = decl

    def handle_starttag(self, tag, attrs):
        element = {"tag": tag, "attrs": dict(attrs), "text": "", "parents": [e["tag"] for e in self.open]}
        self.elements.append(element)
        if tag not in ("meta", "br", "col"):
            self.open.append(element)

    def handle_endtag(self, tag):
        while self.open:
            if self.open.pop()["tag"] == tag:
                break

    def handle_data(self, data):
        for element in self.open:
            element["text"] += data
        if data.strip() and not any(e["tag"] in ("style", "title") for e in self.open):
            self.texts.append(data.strip())

    def all(self, tag, **attrs):
        return [e for e in self.elements if e["tag"] == tag and all(e["attrs"].get(k) == v for k, v in attrs.items())]


def flat(text: str) -> str:
    return " ".join(text.split())


def every_value(report: Report) -> list[str]:
    values = [report.title, report.subtitle, report.issued_on, report.kind, report.content_hash()]
    values += [v for pair in report.meta for v in pair]
    for block in report.blocks:
        if isinstance(block, (Heading, Paragraph, Notice)):
            values.append(block.text)
        elif isinstance(block, Facts):
            values += [v for row in block.rows for v in row]
        elif isinstance(block, Table):
            values += [block.caption, *block.columns] + [v for row in block.rows for v in row]
    return [v for v in values if v]


def test_html_is_a_self_contained_english_document_marked_top_and_bottom():
    html = render_html(small())
    page = Page(html)
    assert page.doctype.lower() == "doctype html"
    assert page.all("html", lang="en")
    assert page.all("meta", charset="utf-8")
    assert page.texts[0] == page.texts[-1] == "OFFICIAL-SENSITIVE"
    assert [e["parents"][-1] for e in page.all("p", **{"class": "marking"})] == ["header", "footer"]
    # Nothing runs and nothing is fetched.
    assert not page.all("script") and not page.all("link") and not page.all("img")
    assert not any(k in e["attrs"] for e in page.elements for k in ("src", "href", "onload", "onclick"))
    assert "http" not in html and "url(" not in html


def test_html_headings_are_one_h1_then_proper_levels():
    page = Page(render_html(small()))
    headings = [(e["tag"], e["text"]) for e in page.elements if re.fullmatch(r"h[1-6]", e["tag"])]
    assert headings == [
        ("h1", "Sign-off for CC-2026-0007"),
        ("h2", "Decision"),
        ("h3", "Conditions"),
        ("h2", "Verification"),
    ]


def test_html_tables_have_captions_and_scoped_header_cells():
    page = Page(render_html(small()))
    tables = page.all("table")
    assert len(tables) == 3  # facts, conditions, verification
    assert [c["text"] for c in page.all("caption")] == ["Conditions agreed"]
    assert [c["text"] for c in page.all("th", scope="col")] == ["Condition", "Owner"]
    rows = [c["text"] for c in page.all("th", scope="row")]
    assert rows[:3] == ["Case", "Chair", "Hostile"]
    assert rows[3:] == ["Report kind", "Content SHA-256", "Signature fingerprint", "Signed by"]
    assert all(c["parents"][-2:] == ["thead", "tr"] for c in page.all("th", scope="col"))
    assert not [c for c in page.all("th") if "scope" not in c["attrs"]]


def test_html_notice_is_a_note_with_strong_text():
    page = Page(render_html(small()))
    notes = page.all("p", role="note")
    assert [n["text"] for n in notes] == ["STALE: the risk assessment is older than 28 days."]
    strong = [e for e in page.all("strong") if e["parents"][-1] == "p"]
    assert strong and strong[0]["text"] == notes[0]["text"]


def test_html_carries_every_value_and_escapes_user_text():
    report = small()
    html = render_html(report)
    text = flat(" ".join(Page(html).texts))
    for value in every_value(report):
        assert flat(value) in text, value
    assert HOSTILE in text and WELSH in text
    assert "<script" not in html and "<b>bold" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert f'<meta name="concord-content-sha256" content="{report.content_hash()}">' in html


def test_html_of_a_long_table_keeps_every_row():
    report = long_table(250)
    page = Page(render_html(report))
    body_rows = [e for e in page.all("tr") if "tbody" in e["parents"] and e["parents"].count("table") == 1]
    assert len([r for r in body_rows if re.search(r"Member \d+", r["text"])]) == 250


def test_text_export_has_the_same_content_marked_top_and_bottom():
    report = small()
    text = render_text(report)
    lines = text.splitlines()
    assert lines[0] == lines[-1] == "OFFICIAL-SENSITIVE"
    for value in every_value(report):
        assert flat(value) in flat(text), value
    assert "Hostile: " + HOSTILE in text
    assert "Content SHA-256: " + report.content_hash() in text
    assert "| STALE: the risk assessment is older than 28 days." in text
    # Short tables are aligned columns, as printed.
    assert re.search(r"^Condition\s+Owner$", text, re.M)
    assert re.search(r"^Weekly check-in\s+Advocate$", text, re.M)


def test_text_export_gives_long_rows_as_named_values():
    text = render_text(long_table(5))
    assert "Table: Audit history" in text
    assert "Row 5\n  When: 2026-01-05\n  Who: Member 4\n  What happened: Entry 4: " in text


def test_control_characters_never_reach_the_exports():
    report = Report("k", "T\x00itle", issued_on="2026-01-01", blocks=(Paragraph("a\x07b\tc"),))
    for out in (render_html(report), render_text(report)):
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", out)
        assert "a\ufffdb c" in out
