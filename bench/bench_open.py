"""Time to open a case of 10,000 edits across its compartments, beside a bare Automerge load.

An advocate's device (the role that writes the most compartments, so its cases spread widest)
makes one case of --edits saves, untimed: mostly typing one character per save, some short
fields, and a few records. A record of a managed field goes through that field's own form, as in
the app: a risk assessment is a Dash checklist kept by the risk service. Timed, --repeat times each:
opening the case and reading every field the role may read, with the data folder open (warm), and
opening the data folder and the case from nothing (cold).

The anchor is `automerge.core.Document.load` of exactly the bytes Concord reads for the same
compartments, measured in the same run. Targets: open <= 1.5x the anchor and under 200 ms.

Run:   .venv/bin/python -m bench.bench_open [--edits 10000] [--repeat 15]
Quick: .venv/bin/python -m bench.bench_open --quick   (a check that it works, not a measure)
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

import automerge.core as am

from app.workspace import Workspace
from bench.sizes import parse_sized
from tests.support.keyrings import MemoryKeyring

ROLE = "advocate"  # writes the most compartments, so its cases spread widest
ASSESSMENTS = "risk_assessments"  # managed: kept only through the risk service, which checks and scores them
# Saves enough that every field kind the bench writes gets some, assessments and each record
# field included, so the quick case spans the same compartments as the full one.
QUICK = {"edits": 400, "repeat": 5}


def build(folder: Path, backend, edits: int) -> tuple[str, int]:
    """Make the case; returns its id (the edits rename it, so its reference does not last) and the saves made."""
    ws = Workspace.init(folder, "Bench Advocate", "Advocacy", ROLE, backend=backend)
    case = ws.new_case(reference="CC-BENCH-1")
    rng = random.Random(7)
    # A managed field refuses the generic edit: only its own form writes it, with its checks.
    # Process steps and risk-change notes are written by the process service only as the process
    # moves, not at will, so the bench leaves them out (their compartment is reached through
    # the unmanaged fields it shares with them); assessments go through the risk service.
    fields = [f for f in ws.schema.fields.values() if case.can_write(f.id) and not f.managed]
    texts = [f.id for f in fields if f.type == "long_text"]
    shorts = [f.id for f in fields if f.type == "short_text"]
    records = [f.id for f in fields if f.type == "records"]
    if case.can_write(ASSESSMENTS):
        records.append(ASSESSMENTS)
    dash = ws.risk.instrument("dash")
    current = {fid: "" for fid in texts}
    made = 0
    while made < edits:
        roll = rng.random()
        if roll < 0.8:  # typing: one character at a time, as the desktop saves it
            fid = rng.choice(texts)
            current[fid] += rng.choice("abcdefghij klmnopqrstuvwxyz.")
            case.set(fid, current[fid])
        elif roll < 0.95:
            fid = rng.choice(shorts)
            case.set(fid, f"CC-BENCH-{made}" if fid == "reference" else f"value {made}")  # a reference has its form
        else:
            fid = rng.choice(records)
            if fid == ASSESSMENTS:
                ws.risk.assess(case.case_id, dash.id, {q.id: rng.choice(dash.answers) for q in dash.questions})
            else:
                case.add_record(fid, {})
        made += 1
    ws.close()
    return case.case_id, made


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--edits", type=int, default=10_000, help="saves made to the case before it is opened")
    p.add_argument("--repeat", type=int, default=15, help="timed opens of each kind")
    args = parse_sized(p, QUICK)
    backend = MemoryKeyring()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "device"
        t0 = time.perf_counter()
        case_id, made = build(folder, backend, args.edits)
        build_s = time.perf_counter() - t0

        ws = Workspace.open(folder, backend=backend)
        case = ws.open_case(case_id)
        comps = [c for c in ws.cases.compartments.readable_by(ROLE)]
        stored = [ws.store.document_bytes(case.case_id, c.id)[0] for c in comps]
        stored = [b for b in stored if b]

        def bare():
            for data in stored:
                am.Document.load(data)

        def concord_open():
            ws.cases.forget()
            session = ws.open_case(case_id)
            session.values()

        def cold_open():
            w = Workspace.open(folder, backend=backend)
            w.open_case(case_id).values()
            w.close()

        bare(), concord_open()  # warm the page cache and imports for both alike
        anchor = timed(bare, args.repeat)
        ours = timed(concord_open, args.repeat)
        cold = timed(cold_open, max(3, args.repeat // 3))
        ws.close()

    med_a, med_o = statistics.median(anchor), statistics.median(ours)
    print(
        f"Open a case of {made} edits across {len(stored)} compartments (built in {build_s:.1f} s, "
        f"{sum(map(len, stored)) / 1024:.1f} KiB of Automerge data)"
    )
    print(f"{'measure':44s} {'median ms':>10s} {'min ms':>8s} {'max ms':>8s} {'x anchor':>9s}")
    rows = [
        ("anchor: bare Document.load of the same bytes", anchor),
        ("Concord: open case + read every field", ours),
        ("Concord: open data folder + case (cold)", cold),
    ]
    for name, xs in rows:
        print(
            f"{name:44s} {statistics.median(xs):10.1f} {min(xs):8.1f} {max(xs):8.1f} {statistics.median(xs) / med_a:9.2f}"
        )
    print(f"target: open <= 1.5x anchor and < 200 ms -> {'met' if med_o <= 1.5 * med_a and med_o < 200 else 'NOT met'}")


if __name__ == "__main__":
    main()
