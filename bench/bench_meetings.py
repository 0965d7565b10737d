"""The minutes of a full panel meeting, and the action tracker's filters, each beside an anchor
measured in the same run.

(A) Minutes. A panel of the meeting tests (chair, police lead, Chief Inspector, advocate,
facilitator, clinician, legal adviser; each a device in its own temporary folder, the in-memory
keyring of the tests standing in for the OS keyring). The police lead opens --cases cases, each
referred before the meeting (so each is a new referral on the agenda), with a Dash assessment and
a police summary; some also record the referral source, consent to referral and children. The
advocate writes the survivor's views and a summary. The chair schedules the meeting, records
attendees, apologies and an observer, builds the agenda and sends the minutes to every member.
At the meeting the police lead, the advocate and the chair write each case's discussion, and the
agencies agree --actions actions spread over the cases. Everything is synced between all devices
after each step. None of that is timed.
Timed on the chair's device, --runs times each (default 7; median and max). The total (4) is timed
first, so that its first run is the cold one of a fresh process (report fonts not yet registered,
reportlab's caches empty), as for the first minutes a chair writes; the parts run warm after it:
  (1) minutes_report: the content (the meeting, each case as all on the distribution may read it);
  (2) render_pdf of that content; (3) render_html and render_text;
  (4) write_minutes: the content, then PDF, HTML and text written (what the chair waits for).
Anchor: reportlab alone drawing a plain platypus document (SimpleDocTemplate, built-in Helvetica,
nothing embedded, no page furniture) with the minutes' own texts, as in bench_report; a second
anchor puts the table cells in Paragraphs. Target: (4) under 2 s, every run.

(B) The action tracker. --rows actions are made directly as ActionRows (no panel): owning agencies
varied, 40 owners, target dates spread over a year around the day, statuses mixed, so that some
open actions are overdue. Timed, --runs times each (default 200; median, p99 and max): building
the Tracker (it sorts the rows), three filters a person makes (one agency and one owner, open only;
overdue only; part of a name), and to_csv of the open rows.
Anchor: a bare list comprehension over the same rows as plain tuples (agency and owner folded to
lower case beforehand) doing the open, agency and owner test of the first filter.
Target: every filter under 50 ms, every run.

A benchmark, not a test: it prints tables and says whether the targets were met.

Run:   .venv/bin/python -m bench.bench_meetings [--runs N] [--cases 25] [--actions 150] [--rows 5000]
Quick: .venv/bin/python -m bench.bench_meetings --quick   (a check that it works, not a measure)
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import random
import statistics
import time
from pathlib import Path

from app.models.meetings.actions import OPEN_STATUSES, ActionRow, Tracker, to_csv
from app.reports import Facts, Heading, Notice, Paragraph, Table, render_html, render_pdf, render_text
from app.reports.service import minutes_report, write_minutes
from bench.bench_report import (
    anchor_pdf,
    median_max,
    pages_of,
    panel_devices,
    pct,
    print_environment,
    print_timings,
    text,
    timed,
)
from bench.sizes import parse_sized
from tests.support.meeting_panel import MEETING_DAY, TODAY, dash, meeting_panel
from tests.support.people import PEOPLE
from tests.support.process_panel import sync_all

TARGET_MINUTES_S = 2.0
TARGET_FILTER_MS = 50.0
MINUTES_DAY = MEETING_DAY + dt.timedelta(days=1)  # the chair writes the minutes the day after
# Who agrees an action for each owning agency, and the people who own them.
WRITER = {
    "advocacy": "advocate",
    "health": "clinician",
    "legal": "legal",
    "police": "police",
    "restorative service": "facilitator",
    "panel": "chair",
}
AGENCIES = tuple(WRITER)  # the agencies with a device in this panel to write their actions
NAMED = {
    "advocacy": ("Sam Advocate", "Ceri Morgan"),
    "health": ("Alex Clinician", "Dr Nia Hughes"),
    "legal": ("Lee Legal",),
    "police": ("Pat Police", "DC Gareth Evans", "PC Owain Rees"),
    "restorative service": ("Fran Facilitator", "Rhys Ŵyn"),
    "panel": ("Charlie Chair",),
}
FIRST = ("Sam", "Alex", "Lee", "Pat", "Chris", "Fran", "Charlie", "Siân")
LAST = ("Hughes", "Evans", "Ŵyn", "Morgan", "Robertson")
OWNERS = [f"{f} {s}" for f in FIRST for s in LAST]  # 40 owners
STATUS_WEIGHTS = (("open", 45), ("not done", 10), ("done", 35), ("circumstances changed", 10))
# Two cases (the first records every optional field, the second none), one action for each
# owning agency, and tracker rows enough that every filter finds some; a cold run, then warm ones.
QUICK = {"runs": 3, "cases": 2, "actions": len(AGENCIES), "rows": 500}


# ----- (A) the meeting (untimed) ------------------------------------------------------------------
def build_meeting(make_workspace, cases: int, actions: int) -> tuple[dict, str, list[str], list[str]]:
    def synced() -> None:
        if sync_all(p):
            raise RuntimeError("a sync round quarantined envelopes")

    p = meeting_panel(make_workspace)
    rng = random.Random(20261203)
    police, advocate, chair = p["police"], p["advocate"], p["chair"]
    refs = [f"CC-MEET-{i + 1:03d}" for i in range(cases)]
    for i, ref in enumerate(refs):
        case = police.new_case(reference=ref)
        case.set("referral_date", (TODAY - dt.timedelta(days=rng.randrange(1, 50))).isoformat())
        if i % 2 == 0:
            case.set("referral_source", rng.choice(("police", "advocate", "health", "self")))
            case.set("consent_to_referral", "given")
        if i % 3 == 0:
            case.set("children_involved", True)
            case.set("number_of_children", rng.randint(1, 4))
        case.set("police_summary", text(rng, 20, 60))
        dash(police, ref, yes=rng.randint(0, 20), on=(TODAY - dt.timedelta(days=rng.randrange(0, 30))).isoformat())
    synced()
    for ref in refs:
        case = advocate.open_case(ref)
        case.set("survivor_views", text(rng, 15, 50))
        case.set("advocate_summary", text(rng, 20, 50))
    synced()

    service = chair.meetings
    meeting = service.schedule(MEETING_DAY, "10:00", "Community hall, Llanŵy", panel="Vale panel").reference
    members = chair.members()
    by_role = {role: ws.profile.device_id for role, ws in p.items()}
    for role in ("chair", "police", "advocate", "facilitator", "clinician"):
        service.add_attendee(meeting, device_id=by_role[role])
    service.add_apology(meeting, PEOPLE["legal"][0], PEOPLE["legal"][1], True, TODAY)
    service.add_apology(meeting, PEOPLE["chief_inspector"][0], PEOPLE["chief_inspector"][1], False)
    service.add_observer(meeting, "Morgan Price", "Domestic abuse commissioner's office", True)
    added = service.build_agenda(meeting, TODAY)
    if len(added) != cases:
        raise RuntimeError(f"the agenda holds {len(added)} cases, not the {cases} made")
    service.set_distribution(meeting, list(members))
    synced()

    for ref in refs:
        for role, part in (("police", "key_risks"), ("advocate", "opinions"), ("chair", "decisions")):
            p[role].meeting_mode.write_discussion(meeting, ref, part, text(rng, 20, 70))
    action_texts = []
    for i in range(actions):
        agency = AGENCIES[i % len(AGENCIES)]
        action = text(rng, 6, 20)
        p[WRITER[agency]].meeting_mode.add_action(
            meeting,
            refs[i % cases],
            action,
            agency,
            rng.choice(NAMED[agency]),
            MEETING_DAY + dt.timedelta(days=rng.randrange(7, 120)),
        )
        action_texts.append(action)
    synced()
    return p, meeting, refs, action_texts


def report_texts(report) -> list[str]:
    out = [report.title, report.subtitle]
    for block in report.blocks:
        if isinstance(block, (Heading, Paragraph, Notice)):
            out.append(block.text)
        elif isinstance(block, Facts):
            out += [t for row in block.rows for t in row]
        elif isinstance(block, Table):
            out += [t for row in block.rows for t in row]
    return out


def run_minutes(chair, meeting: str, out: Path, runs: int, refs: list[str], action_texts: list[str]) -> bool:
    out.mkdir()
    total_s, written = timed(lambda: write_minutes(chair, meeting, out / "total.pdf", today=MINUTES_DAY), runs)
    build_s, report = timed(lambda: minutes_report(chair, meeting, today=MINUTES_DAY), runs)
    pdf_s, pdf = timed(lambda: render_pdf(report), runs)
    acc_s, (html, plain_text) = timed(lambda: (render_html(report), render_text(report)), runs)
    anchor_s, plain = timed(lambda: anchor_pdf(report, False), runs)
    anchor_p_s, plain_p = timed(lambda: anchor_pdf(report, True), runs)

    texts = report_texts(report)
    found_actions = sum(any(a in t for t in texts) for a in action_texts)
    found_cases = sum(any(r in t for t in texts) for r in refs)
    tables = [b for b in report.blocks if isinstance(b, Table)]
    if found_cases != len(refs) or found_actions != len(action_texts):
        raise RuntimeError(
            f"the minutes name {found_cases} of {len(refs)} cases and hold {found_actions} of "
            f"{len(action_texts)} action texts: they would not be the meeting's full minutes"
        )
    if written.pdf.read_bytes() != pdf:
        raise RuntimeError("write_minutes wrote other bytes than render_pdf made")
    base = statistics.median(anchor_s)
    print(
        f"\n(A) Minutes of one meeting, on the chair's device: {runs} runs each "
        f"(the total first, its first run cold; the parts after it, warm)"
    )
    print(
        f"  meeting: {len(refs)} cases on the agenda, {len(action_texts)} actions agreed, all in the minutes "
        f"(the written PDF the same bytes as render_pdf made)"
    )
    print(
        f"  minutes: {pages_of(pdf)} pages, PDF {len(pdf):,} bytes (HTML {len(html.encode()):,}, "
        f"text {len(plain_text.encode()):,}); {len(tables)} tables of {sum(len(b.rows) for b in tables)} rows, "
        f"{len(report.blocks)} blocks"
    )
    print_timings(
        [
            anchor_s,
            anchor_p_s,
            ("(1) minutes_report: the content", build_s, "attendance, cases as all recipients may read them"),
            ("(2) render_pdf", pdf_s, "embedded DejaVu subset, page X of Y, content inside"),
            ("(3) render_html + render_text", acc_s, "the accessible copies"),
            ("(4) write_minutes: content, PDF, HTML, text written", total_s, "what the chair waits for"),
        ],
        base,
        (pages_of(plain), pages_of(plain_p)),
        (len(plain), len(plain_p)),
    )
    med, top = median_max(total_s)
    met = top < TARGET_MINUTES_S
    print(f"  first run of (4): {total_s[0]:.3f} s (cold: fonts registered, caches filled)")
    print(
        f"target (A): write_minutes under {TARGET_MINUTES_S:g} s, every run -> {'met' if met else 'NOT met'} "
        f"(median {med:.3f} s, max {top:.3f} s, the cold run included)"
    )
    return met


# ----- (B) the action tracker ---------------------------------------------------------------------
def make_rows(n: int, today: dt.date) -> list[ActionRow]:
    rng = random.Random(5000)
    statuses = [s for s, w in STATUS_WEIGHTS for _ in range(w)]
    meetings = [(f"m-{k:02d}", today - dt.timedelta(days=28 * k)) for k in range(1, 13)]
    out = []
    for i in range(n):
        case = i % max(1, n // 10)
        status = rng.choice(statuses)
        target = today + dt.timedelta(days=rng.randrange(-182, 183))
        raised_at, raised_on = rng.choice(meetings) if rng.random() < 0.8 else ("", target - dt.timedelta(days=30))
        out.append(
            ActionRow(
                f"case-{case:05d}",
                f"CC-2026-{case:04d}",
                f"a{i:06d}",
                text(rng, 6, 20),
                rng.choice(AGENCIES),
                rng.choice(OWNERS),
                target,
                status,
                raised_on if status in OPEN_STATUSES else raised_on + dt.timedelta(days=14),
                raised_at,
                raised_on,
                status in OPEN_STATUSES and target < today,
            )
        )
    return out


def run_tracker(rows: list[ActionRow], runs: int) -> bool:
    def ms(fn) -> tuple[list[float], object]:
        xs, result = timed(fn, runs)
        return [x * 1000 for x in xs], result

    agency, owner, part = "police", OWNERS[7], "hug"
    folded = owner.casefold()
    tuples = [(r.agency.casefold(), r.owner.casefold(), r.status) for r in rows]
    build_ms, tracker = ms(lambda: Tracker(rows))
    anchor_ms, bare = ms(lambda: [t for t in tuples if t[2] in OPEN_STATUSES and t[0] == agency and folded in t[1]])
    one_ms, one = ms(lambda: tracker.filter(agency=agency, owner=owner, open_only=True))
    overdue_ms, overdue = ms(lambda: tracker.filter(overdue_only=True))
    part_ms, by_part = ms(lambda: tracker.filter(owner=part))
    open_rows = tracker.filter()
    csv_ms, data = ms(lambda: to_csv(open_rows))

    if len(bare) != len(one):
        raise RuntimeError(f"the anchor found {len(bare)} rows and the filter {len(one)}")
    if len(list(csv.reader(io.StringIO(data)))) != len(open_rows) + 1:
        raise RuntimeError("to_csv did not write one line per open row and a header")
    n_open = sum(r.status in OPEN_STATUSES for r in rows)
    print(f"\n(B) The action tracker over {len(rows):,} actions: {runs} runs each")
    print(
        f"  rows: {n_open:,} open or not done ({sum(r.overdue for r in rows):,} of them overdue), "
        f"{len(rows) - n_open:,} done or circumstances changed; {len({r.owner for r in rows})} owners, "
        f"{len({r.agency for r in rows})} "
        f"agencies, {len({r.case_id for r in rows})} cases"
    )
    print(f"{'measure':58s} {'median ms':>9s} {'p99 ms':>9s} {'max ms':>9s} {'x anchor':>9s} {'rows':>6s}")
    base = statistics.median(anchor_ms)
    table = [
        ("anchor: list comprehension over plain tuples", anchor_ms, len(bare), False),
        ("Tracker(rows): sort and fold once", build_ms, len(tracker.rows), False),
        (f"filter(agency={agency!r}, owner={owner!r}, open_only=True)", one_ms, len(one), True),
        ("filter(overdue_only=True)", overdue_ms, len(overdue), True),
        (f"filter(owner={part!r}): part of a name, open only", part_ms, len(by_part), True),
        ("to_csv of the open rows", csv_ms, len(open_rows), False),
    ]
    worst = 0.0
    for name, xs, found, is_filter in table:
        med, top = median_max(xs)
        if is_filter:
            worst = max(worst, top)
        print(f"{name:58s} {med:9.3f} {pct(xs, 99):9.3f} {top:9.3f} {med / base:9.2f} {found:6d}")
    met = worst < TARGET_FILTER_MS
    print(
        f"target (B): each filter under {TARGET_FILTER_MS:g} ms, every run -> {'met' if met else 'NOT met'} "
        f"(slowest run of any filter {worst:.3f} ms)"
    )
    return met


# ----- main ----------------------------------------------------------------------------------------
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--runs",
        type=int,
        default=None,
        help="timed runs of each measure (default 7 for the minutes, 200 for the tracker)",
    )
    ap.add_argument("--cases", type=int, default=25, help="cases on the meeting's agenda")
    ap.add_argument("--actions", type=int, default=150, help="actions agreed at the meeting")
    ap.add_argument("--rows", type=int, default=5000, help="actions in the tracker")
    args = parse_sized(ap, QUICK)
    if min(args.cases, args.rows) < 1 or args.actions < 0 or (args.runs is not None and args.runs < 1):
        ap.error("--cases, --rows and --runs must be at least 1, --actions at least 0")

    print_environment("reportlab", "pypdf")
    with panel_devices() as (root, make_workspace):
        t0 = time.perf_counter()
        p, meeting, refs, action_texts = build_meeting(make_workspace, args.cases, args.actions)
        print(
            f"meeting {meeting} built and synced on {len(p)} devices in {time.perf_counter() - t0:.1f} s "
            f"(untimed): {args.cases} cases, {args.actions} actions",
            flush=True,
        )
        met_a = run_minutes(p["chair"], meeting, root / "out", args.runs or 7, refs, action_texts)
    met_b = run_tracker(make_rows(args.rows, TODAY), args.runs or 200)
    print(
        f"targets: (A) minutes under {TARGET_MINUTES_S:g} s {'met' if met_a else 'NOT met'}; "
        f"(B) filters under {TARGET_FILTER_MS:g} ms {'met' if met_b else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
