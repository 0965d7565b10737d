"""The signed sign-off report of a busy case, each figure beside an anchor measured in the same run.

A panel of the process tests (chair, police lead, Chief Inspector, advocate, facilitator; each a
device in its own temporary folder, the in-memory keyring of the tests standing in for the OS
keyring) takes one case through review as tests/support/process_panel.py does. Before the police lead
asks for the sign-off, the police lead and the advocate add --assessments Dash checklists (dates
and yes counts varied) and the agencies add --records records to the record fields their roles
may write: incidents, protective orders and court dates (police), actions (every agency), and
consent records (advocate and facilitator). Everything is synced, the sign-off is asked for and
decided, and synced again. None of that is timed.

Timed on the Chief Inspector's device, --runs times each (median and max). The total (5) is timed
first, so that its first run is the cold one of a fresh process (report fonts not yet registered,
reportlab's caches empty), as for the first report a person makes; the parts run warm after it:
  (1) signoff_report: the content (fold the process, verify the signature, staleness, the pack);
  (2) render_pdf of that content; (3) render_html and render_text;
  (4) write_report: PDF, HTML and text written and audited; (5) the total, (1) then (4);
  and verify_file, the check a reader makes of the PDF alone (it draws the PDF again).
Anchor: reportlab alone drawing a plain platypus document (SimpleDocTemplate, built-in Helvetica,
nothing embedded, no page furniture) with the report's own texts: one paragraph per heading and
paragraph, one table per table of the report with the same rows and columns, strings in the cells.
A second anchor puts the same cells in Paragraphs (wrapped, as the report's are), still Helvetica.
Target: the total under 1 s.

A benchmark, not a test: it prints a table and says whether the target was met.

Run:   .venv/bin/python -m bench.bench_report [--runs 7] [--assessments 50] [--records 200]
Quick: .venv/bin/python -m bench.bench_report --quick   (a check that it works, not a measure)
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from xml.sax.saxutils import escape

import keyring
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph as RlParagraph
from reportlab.platypus import SimpleDocTemplate, Spacer
from reportlab.platypus import Table as RlTable

from app.reports import Facts, Heading, Notice, Paragraph, Table, render_html, render_pdf, render_text
from app.reports.document import drawable, verification_rows
from app.reports.service import signoff_report, verify_file, write_report
from app.workspace import Workspace
from bench.sizes import parse_sized
from tests.support.keyrings import MemoryKeyring
from tests.support.people import PEOPLE
from tests.support.process_panel import RATIONALE, dash, make_panel, overrides_for, reviewed_case, sync_all

REFERENCE = "CC-BENCH-REPORT"
TARGET_S = 1.0
TODAY = dt.date(2026, 11, 1)  # the day dash() scores on; every date below lies before it

INCIDENT_TYPES = ("physical", "threats", "stalking", "coercive control", "breach of order", "other")
ORDER_TYPES = ("non-molestation", "occupation", "restraining", "DVPO", "bail conditions", "other")
OWNERS = {
    "police": ("police", "Pat Police"),
    "advocate": ("advocacy", "Sam Advocate"),
    "facilitator": ("restorative service", "Fran Facilitator"),
    "chair": ("panel", "Charlie Chair"),
}
WORDS = (
    "the",
    "person",
    "harmed",
    "reported",
    "that",
    "contact",
    "was",
    "made",
    "by",
    "text",
    "after",
    "the",
    "hearing",
    "and",
    "again",
    "outside",
    "her",
    "workplace",
    "officers",
    "attended",
    "advised",
    "recorded",
    "no",
    "injury",
    "seen",
    "Llanelli",
    "Ŵyn",
    "neighbour",
    "called",
    "later",
    "evening",
    "phone",
)
# Shares of the records by field; every field here is one some role of the panel may write.
SPREAD = (
    ("incidents", 0.30),
    ("orders", 0.125),
    ("proceedings", 0.125),
    ("action_items", 0.30),
    ("consent_records", 0.15),
)
# Two assessments (the police lead's and the advocate's) and 14 records: every field of SPREAD
# gets a record from each role that writes it, and a cold run is followed by warm ones.
QUICK = {"runs": 3, "assessments": 2, "records": 14}


def median_max(xs: list[float]) -> tuple[float, float]:
    return statistics.median(xs), max(xs)


def pct(xs: list[float], p: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))]


def print_environment(*dists: str) -> None:
    """The machine and the versions of what is measured, so that figures from two runs can be set side by side."""
    print(
        f"Python {platform.python_version()} on {platform.system()} {platform.machine()}; "
        f"{os.cpu_count()} CPUs ({len(os.sched_getaffinity(0))} usable); load average "
        + " ".join(f"{x:.2f}" for x in os.getloadavg())
        + "; "
        + ", ".join(f"{d} {metadata.version(d)}" for d in dists),
        flush=True,
    )


@contextmanager
def panel_devices() -> Iterator[tuple[Path, Callable[[str], Workspace]]]:
    """A temporary folder, and a maker of one device per role in it on the tests' in-memory keyring
    (made the process's keyring too, for code that asks keyring itself). Every device made is
    closed before the folder goes, also when the run fails."""
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    opened: list[Workspace] = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)

            def make_workspace(role: str) -> Workspace:
                name, agency = PEOPLE[role]
                ws = Workspace.init(root / role, name, agency, role, backend=backend)
                opened.append(ws)
                return ws

            try:
                yield root, make_workspace
            finally:
                for ws in opened:
                    ws.close()
    finally:
        keyring.set_keyring(previous)
        sys.stdout.flush()


# ----- the case (untimed) --------------------------------------------------------------------------
def day(rng: random.Random, start: dt.date, end: dt.date) -> str:
    return (start + dt.timedelta(days=rng.randrange((end - start).days + 1))).isoformat()


def text(rng: random.Random, lo: int, hi: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(lo, hi))).capitalize() + "."


def add_assessments(p, n: int, rng: random.Random) -> None:
    # The police lead and the advocate both complete the checklist (the risk section is theirs).
    for i in range(n):
        ws = p["police"] if i % 2 == 0 else p["advocate"]
        dash(ws, REFERENCE, yes=rng.randint(0, 9), on=day(rng, dt.date(2023, 1, 1), dt.date(2026, 9, 30)))


def add_records(p, n: int, rng: random.Random) -> dict[str, int]:
    counts = {fid: round(n * share) for fid, share in SPREAD}
    counts["action_items"] += n - sum(counts.values())
    police = p["police"].open_case(REFERENCE)
    for _ in range(counts["incidents"]):
        police.add_record(
            "incidents",
            {
                "incident_date": day(rng, dt.date(2022, 1, 1), dt.date(2026, 9, 30)),
                "incident_type": rng.choice(INCIDENT_TYPES),
                "crime_reference": f"DP-{rng.randrange(10**7):07d}",
                "description": text(rng, 20, 60),
            },
        )
    for _ in range(counts["orders"]):
        made = dt.date.fromisoformat(day(rng, dt.date(2022, 1, 1), dt.date(2026, 9, 30)))
        police.add_record(
            "orders",
            {
                "order_type": rng.choice(ORDER_TYPES),
                "made_on": made.isoformat(),
                "expires_on": (made + dt.timedelta(days=rng.choice((90, 180, 365, 730)))).isoformat(),
                "conditions": text(rng, 8, 30),
            },
        )
    for _ in range(counts["proceedings"]):
        police.add_record(
            "proceedings",
            {
                "court": rng.choice(("Swansea Crown Court", "Llanelli Magistrates' Court", "Cardiff Family Court")),
                "hearing_date": day(rng, dt.date(2022, 1, 1), dt.date(2027, 3, 31)),
                "purpose": rng.choice(("first hearing", "trial", "sentence", "review", "directions")),
            },
        )
    owners = list(OWNERS)
    sessions = {role: p[role].open_case(REFERENCE) for role in owners}
    for i in range(counts["action_items"]):
        role = owners[i % len(owners)]
        agency, person = OWNERS[role]
        sessions[role].add_record(
            "action_items",
            {
                "action": text(rng, 6, 20),
                "owner_agency": agency,
                "owner_person": person,
                "target_date": day(rng, dt.date(2025, 1, 1), dt.date(2027, 6, 30)),
                "action_status": rng.choice(("open", "done", "circumstances changed", "not done")),
            },
        )
    for i in range(counts["consent_records"]):
        # Consent given again and again before the consent reviewed_case records on 2026-10-05,
        # so the consent each party gave last still stands.
        ws = p["advocate"] if i % 2 == 0 else p["facilitator"]
        ws.process.record_consent(
            REFERENCE,
            {
                "party": ("person harmed", "person who caused harm")[i % 4 // 2],
                "consent_status": "given",
                "recorded_on": day(rng, dt.date(2025, 1, 1), dt.date(2026, 10, 4)),
                "method": "in person",
                "explained": text(rng, 10, 25),
                "witness": "Second advocate",
            },
        )
    return counts


def build_case(make_workspace, assessments: int, records: int) -> tuple[dict, dict[str, int]]:
    p = make_panel(make_workspace)
    rng = random.Random(20261101)
    reviewed_case(p, REFERENCE)
    add_assessments(p, assessments, rng)
    counts = add_records(p, records, rng)
    sync_all(p)
    p["police"].process.request_signoff(REFERENCE, "Panel supports shuttle mediation.")
    sync_all(p)
    p["chief_inspector"].process.decide(
        REFERENCE,
        "approve",
        RATIONALE,
        rank="Chief Inspector",
        overrides=overrides_for(p["chief_inspector"], REFERENCE),
    )
    sync_all(p)
    return p, counts


# ----- the anchor -------------------------------------------------------------------------------------
def anchor_story(report, cells_as_paragraphs: bool) -> list:
    """The report's texts in plain platypus: Helvetica, default styles, no furniture, no embedding."""
    styles = getSampleStyleSheet()
    para = lambda t, style: RlParagraph(escape(drawable(t)).replace("\n", "<br/>"), style)
    cell = (lambda t: para(t, styles["BodyText"])) if cells_as_paragraphs else drawable
    story = [
        para(report.title, styles["Title"]),
        para(report.subtitle, styles["Heading2"]),
        para(f"Issued on {report.issued_on}", styles["Normal"]),
    ]
    for block in report.blocks:
        if isinstance(block, Heading):
            story.append(para(block.text, styles["Heading1" if block.level == 1 else "Heading2"]))
        elif isinstance(block, (Paragraph, Notice)):
            story.append(para(block.text, styles["BodyText"]))
        elif isinstance(block, Facts) and block.rows:
            story += [
                RlTable([[cell(a), cell(b)] for a, b in block.rows], colWidths=[150, 320], repeatRows=0),
                Spacer(1, 6),
            ]
        elif isinstance(block, Table):
            width = 470 / len(block.columns)
            story += [
                RlTable(
                    [[cell(c) for c in row] for row in (block.columns,) + block.rows],
                    colWidths=[width] * len(block.columns),
                    repeatRows=1,
                ),
                Spacer(1, 6),
            ]
    story.append(
        RlTable([[cell(a), cell(b)] for a, b in verification_rows(report, report.content_hash())], colWidths=[150, 320])
    )
    return story


def anchor_pdf(report, cells_as_paragraphs: bool) -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, invariant=1)
    doc.build(anchor_story(report, cells_as_paragraphs))
    return out.getvalue()


# ----- timing -----------------------------------------------------------------------------------------
def timed(fn, runs: int) -> tuple[list[float], object]:
    out, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        out.append(time.perf_counter() - t0)
    return out, result


def print_timings(rows, base: float, anchor_pages: tuple[int, int], anchor_bytes: tuple[int, int]) -> None:
    """The timing table: the two plain-reportlab anchors first, then each measured step, median
    and max, against the first anchor's median."""
    print(f"{'measure':58s} {'median s':>9s} {'max s':>9s} {'x anchor':>9s}  note")
    (plain_s, paragraphs_s), rest = rows[:2], rows[2:]
    table = [
        (
            "anchor: reportlab alone, plain platypus, strings in cells",
            plain_s,
            f"Helvetica, nothing embedded; {anchor_pages[0]} pages, {anchor_bytes[0]:,} B",
        ),
        (
            "anchor: the same, Paragraphs in cells",
            paragraphs_s,
            f"wrapped as the report's cells are; {anchor_pages[1]} pages, {anchor_bytes[1]:,} B",
        ),
    ] + list(rest)
    for name, xs, note in table:
        med, top = median_max(xs)
        print(f"{name:58s} {med:9.3f} {top:9.3f} {med / base:9.2f}  {note}")


def pages_of(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7, help="timed runs of each measure")
    ap.add_argument("--assessments", type=int, default=50, help="Dash assessments added before the sign-off")
    ap.add_argument("--records", type=int, default=200, help="records added before the sign-off")
    args = parse_sized(ap, QUICK)

    print_environment("reportlab", "pypdf")
    with panel_devices() as (root, make_workspace):
        t0 = time.perf_counter()
        p, counts = build_case(make_workspace, args.assessments, args.records)
        print(
            f"case built and synced on {len(p)} devices in {time.perf_counter() - t0:.1f} s (untimed): "
            f"{args.assessments} assessments, " + ", ".join(f"{fid} {n}" for fid, n in counts.items()),
            flush=True,
        )
        run(p["chief_inspector"], root / "out", args, counts)


def run(ci, out: Path, args, counts: dict[str, int]) -> None:
    out.mkdir()
    n = args.runs
    total_s, _ = timed(lambda: write_report(ci, signoff_report(ci, REFERENCE), out / "total.pdf", REFERENCE), n)
    build_s, report = timed(lambda: signoff_report(ci, REFERENCE), n)
    pdf_s, pdf = timed(lambda: render_pdf(report), n)
    acc_s, _ = timed(lambda: (render_html(report), render_text(report)), n)
    write_s, written = timed(lambda: write_report(ci, report, out / "write.pdf", REFERENCE), n)
    verify_s, verdict = timed(lambda: verify_file(written.pdf, ci.member_of), n)
    anchor_s, plain = timed(lambda: anchor_pdf(report, False), n)
    anchor_p_s, plain_p = timed(lambda: anchor_pdf(report, True), n)

    if not verdict.ok:
        raise RuntimeError("the written report does not verify: " + "; ".join(verdict.lines))
    if written.pdf.read_bytes() != pdf:
        raise RuntimeError("write_report wrote other bytes than render_pdf made")
    case = ci.open_case(REFERENCE)
    view = ci.process.view(case)
    if view.current is None or view.current.stale:
        raise RuntimeError("the sign-off is missing or stale: the report would not show a current decision")
    assessments = len(case.get("risk_assessments") or [])
    tables = [b for b in report.blocks if isinstance(b, Table)]
    facts = [b for b in report.blocks if isinstance(b, Facts)]
    table_rows = sum(len(b.rows) for b in tables)
    fact_rows = sum(len(b.rows) for b in facts)
    texts = sum(isinstance(b, (Heading, Paragraph, Notice)) for b in report.blocks)
    pages, anchor_pages, anchor_p_pages = pages_of(pdf), pages_of(plain), pages_of(plain_p)
    html_bytes, text_bytes = written.html.stat().st_size, written.text.stat().st_size

    base = statistics.median(anchor_s)
    print(
        f"\nSign-off report of one case, on the Chief Inspector's device: {n} runs each "
        f"(the total first, its first run cold; the parts after it, warm)"
    )
    print(
        f"  case: {assessments} risk assessments ({args.assessments} added, the rest from the review), "
        f"{sum(counts.values())} records added ("
        + ", ".join(f"{fid} {len(case.get(fid) or [])}" for fid, _ in SPREAD)
        + " now in the case as the CI reads it)"
    )
    print(
        f"  report: {pages} pages, PDF {len(pdf):,} bytes (HTML {html_bytes:,}, text {text_bytes:,}); "
        f"{len(tables)} tables of {table_rows} rows ({', '.join(str(len(b.rows)) for b in tables)}), "
        f"{len(facts)} fact tables of {fact_rows} rows, {texts} headings and paragraphs"
    )
    print_timings(
        [
            anchor_s,
            anchor_p_s,
            ("(1) signoff_report: fold, verify, staleness, pack", build_s, "the content, no drawing"),
            ("(2) render_pdf", pdf_s, "embedded DejaVu subset, page X of Y, content inside"),
            ("(3) render_html + render_text", acc_s, "the accessible copies"),
            ("(4) write_report: PDF, HTML, text, audit", write_s, "(2) + (3) + files + audit row"),
            ("(5) total: signoff_report then write_report", total_s, "what a person waits for"),
            ("verify_file: the PDF alone, drawn again", verify_s, "a reader's check, not in the total"),
        ],
        base,
        (anchor_pages, anchor_p_pages),
        (len(plain), len(plain_p)),
    )
    print(
        f"  first runs: (5) total {total_s[0]:.3f} s (cold: fonts registered, caches filled), "
        f"verify_file {verify_s[0]:.3f} s"
    )
    med, top = median_max(total_s)
    print(
        f"target: total under {TARGET_S:g} s, every run -> {'met' if top < TARGET_S else 'NOT met'} "
        f"(median {med:.3f} s, max {top:.3f} s, the cold run included)"
    )


if __name__ == "__main__":
    main()
