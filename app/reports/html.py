"""A Report as accessible HTML and as plain text.

reportlab cannot tag a PDF for screen readers, so every PDF has these beside it, drawn from the
same Report object: they cannot say more or less than the PDF. The HTML is one self-contained
file (no scripts, no fetched styles or fonts), since it may be opened on a machine that must not
reach out to anywhere, and every piece of report text is escaped: it is what people typed.
"""

from __future__ import annotations

import textwrap
from html import escape

from app.models.language import output_languages
from app.reports import words
from app.reports.document import (
    HASH_ROW,
    Facts,
    Heading,
    Notice,
    Paragraph,
    Part,
    Report,
    Table,
    drawable,
    verification_rows,
)

_CSS = """
body { font-family: "DejaVu Sans", Verdana, sans-serif; line-height: 1.45; margin: 1.5rem auto;
       max-width: 60rem; padding: 0 1rem; color: #000; background: #fff; }
.marking { text-align: center; font-weight: bold; letter-spacing: 0.05em; margin: 0.5rem 0; }
header .marking { border-bottom: 1px solid #777; padding-bottom: 0.4rem; }
footer .marking { border-top: 1px solid #777; padding-top: 0.4rem; }
.subtitle { font-size: 1.15rem; margin-top: -0.5rem; }
table { border-collapse: collapse; margin: 0.6rem 0 1rem; width: 100%; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.3rem; }
th, td { border: 1px solid #777; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top;
         overflow-wrap: anywhere; }
thead th { background: #e4e4e4; border-bottom: 2px solid #000; }
th[scope=row] { background: #f0f0f0; width: 32%; }
.notice { border: 3px solid #000; padding: 0.5rem 0.7rem; background: #f4f4f4; }
code { word-break: break-all; }
@media print { body { max-width: none; } }
""".strip()


def _h(text: str) -> str:
    return escape(drawable(text), quote=True).replace("\n", "<br>\n")


def render_html(report: Report) -> str:
    digest = report.content_hash()
    marking = _h(report.marking)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_lang(report)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="Concord">',
        f'<meta name="concord-content-sha256" content="{digest}">',
        f"<title>{_h(report.title)}</title>",
        f"<style>\n{_CSS}\n</style>",
        "</head>",
        "<body>",
        f'<header><p class="marking">{marking}</p></header>',
        "<main>",
        f"<h1>{_h(report.title)}</h1>",
    ]
    if report.subtitle:
        out.append(f'<p class="subtitle">{_h(report.subtitle)}</p>')
    issued = words.issued_on(report.language, "\0")
    before, after = (_h(part) for part in issued.split("\0", 1))
    day = _h(report.issued_on)
    out.append(f'<p class="issued">{before}<time datetime="{day}">{day}</time>{after}</p>')
    in_part = False
    for block in report.blocks:
        if isinstance(block, Part):
            # Each language's part says which it is, so a screen reader speaks it in that voice.
            out += ["</section>"] if in_part else []
            out += [f'<section lang="{block.language}">', f"<h2>{_h(block.title)}</h2>"]
            in_part = True
            continue
        out += _html_block(block)
    if in_part:
        out.append("</section>")
    out += [
        '<section aria-labelledby="concord-verification">',
        f'<h2 id="concord-verification">{_h(words.verification(report.language))}</h2>',
    ]
    out += _facts_html(verification_rows(report, digest), code_row=HASH_ROW)
    out += ["</section>", "</main>", f'<footer><p class="marking">{marking}</p></footer>', "</body>", "</html>", ""]
    return "\n".join(out)


def _lang(report: Report) -> str:
    # A bilingual report's own words (title, labels) lead with Welsh.
    return output_languages(report.language)[0]


def _html_block(block) -> list[str]:
    if isinstance(block, Heading):
        # The title is the page's only <h1>; report headings sit one level below it.
        level = block.level + 1
        return [f"<h{level}>{_h(block.text)}</h{level}>"]
    if isinstance(block, Paragraph):
        return [f"<p>{_h(block.text)}</p>"]
    if isinstance(block, Facts):
        return _facts_html(block.rows) if block.rows else []
    if isinstance(block, Table):
        return _table_html(block)
    if isinstance(block, Notice):
        return [f'<p role="note" class="notice"><strong>{_h(block.text)}</strong></p>']
    raise TypeError(f"not a report block: {type(block).__name__}")  # pragma: no cover


def _facts_html(rows, code_row: int | None = None) -> list[str]:
    out = ['<table class="facts">', "<tbody>"]
    for i, (label, value) in enumerate(rows):
        cell = f"<code>{_h(value)}</code>" if i == code_row else _h(value)
        out.append(f'<tr><th scope="row">{_h(label)}</th><td>{cell}</td></tr>')
    return out + ["</tbody>", "</table>"]


def _table_html(block: Table) -> list[str]:
    out = ["<table>"]
    if block.caption:
        out.append(f"<caption>{_h(block.caption)}</caption>")
    if block.widths:
        total = sum(block.widths)
        out += ["<colgroup>"] + [f'<col style="width: {100 * w / total:.2f}%">' for w in block.widths]
        out.append("</colgroup>")
    out += [
        "<thead>",
        "<tr>" + "".join(f'<th scope="col">{_h(c)}</th>' for c in block.columns) + "</tr>",
        "</thead>",
        "<tbody>",
    ]
    out += ["<tr>" + "".join(f"<td>{_h(c)}</td>" for c in row) + "</tr>" for row in block.rows]
    return out + ["</tbody>", "</table>"]


# ---------------------------------------------------------------------------------------------
# Plain text

_WIDTH = 78


def render_text(report: Report) -> str:
    digest = report.content_hash()
    marking = drawable(report.marking)
    out = [marking, "", _underlined(drawable(report.title), "=")]
    if report.subtitle:
        out.append(drawable(report.subtitle))
    out += [words.issued_on(report.language, report.issued_on), ""]
    for block in report.blocks:
        out += _text_block(block)
    out += [_underlined(words.verification(report.language), "-")]
    out += _facts_text(verification_rows(report, digest))
    out += ["", marking, ""]
    return "\n".join(out)


def _underlined(text: str, rule: str) -> str:
    longest = max((len(line) for line in text.split("\n")), default=0)
    return f"{text}\n{rule * max(longest, 3)}"


def _text_block(block) -> list[str]:
    if isinstance(block, Part):
        return [_underlined(drawable(block.title).upper(), "#"), ""]
    if isinstance(block, Heading):
        return [_underlined(drawable(block.text), "=" if block.level == 1 else "-")]
    if isinstance(block, Paragraph):
        return [drawable(block.text), ""]
    if isinstance(block, Facts):
        return _facts_text(block.rows) + [""] if block.rows else []
    if isinstance(block, Table):
        return _table_text(block) + [""]
    if isinstance(block, Notice):
        return _boxed(drawable(block.text)) + [""]
    raise TypeError(f"not a report block: {type(block).__name__}")  # pragma: no cover


def _facts_text(rows) -> list[str]:
    return [_label_value(drawable(label), drawable(value)) for label, value in rows]


def _label_value(label: str, value: str, indent: str = "") -> str:
    # Continuation lines are indented so that a multi-line value still reads as one value.
    lines = value.split("\n")
    first = f"{indent}{label}: {lines[0]}"
    return "\n".join([first] + [f"{indent}    {line}" for line in lines[1:]])


def _table_text(block: Table) -> list[str]:
    columns = [drawable(c) for c in block.columns]
    rows = [[drawable(c) for c in row] for row in block.rows]
    out = [f"Table: {drawable(block.caption)}"] if block.caption else []
    widths = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(columns)]
    fits = sum(widths) + 2 * (len(widths) - 1) <= _WIDTH
    if fits and not any("\n" in c for c in columns + [c for r in rows for c in r]):
        # Short cells read best as aligned columns, like the printed table.
        def line(cells):
            return "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()

        out += [line(columns), "  ".join("-" * w for w in widths)] + [line(r) for r in rows]
        return out
    # Otherwise one record per row, each cell named by its column: long text stays readable
    # and a screen reader hears which column every value belongs to.
    for number, row in enumerate(rows, start=1):
        out.append(f"Row {number}")
        out += [_label_value(c, v, indent="  ") for c, v in zip(columns, row)]
    if not rows:
        out.append("(no rows) " + " | ".join(columns))
    return out


def _boxed(text: str) -> list[str]:
    inner = _WIDTH - 4
    lines = []
    for part in text.split("\n"):
        lines += textwrap.wrap(part, inner, break_long_words=True, break_on_hyphens=False) or [""]
    rule = "+" + "-" * (inner + 2) + "+"
    return [rule] + [f"| {line.ljust(inner)} |" for line in lines] + [rule]
