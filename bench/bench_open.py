"""Time to open a case of 10,000 edits across its compartments, beside a bare Automerge load.

Run: .venv/bin/python -m bench.bench_open [--edits N] [--repeat R]

The anchor is `automerge.core.Document.load` of exactly the bytes Concord reads for the same
compartments, measured in the same run. Targets: open <= 1.5x the anchor and under 200 ms.
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
from tests.keyrings import MemoryKeyring

ROLE = "advocate"  # writes the most compartments, so its cases spread widest


def build(folder: Path, backend, edits: int) -> tuple[str, int]:
    ws = Workspace.init(folder, "Bench Advocate", "Advocacy", ROLE, backend=backend)
    case = ws.new_case(reference="CC-BENCH-1")
    rng = random.Random(7)
    schema = ws.schema
    texts = [f.id for f in schema.fields.values() if f.type == "long_text" and case.can_write(f.id)]
    shorts = [f.id for f in schema.fields.values() if f.type == "short_text" and case.can_write(f.id)]
    records = [f.id for f in schema.fields.values() if f.type == "records" and case.can_write(f.id)]
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
            case.add_record(rng.choice(records), {})
        made += 1
    ws.close()
    return "CC-BENCH-1", made


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--edits", type=int, default=10_000)
    p.add_argument("--repeat", type=int, default=15)
    args = p.parse_args()
    backend = MemoryKeyring()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "device"
        t0 = time.perf_counter()
        ref, made = build(folder, backend, args.edits)
        build_s = time.perf_counter() - t0

        ws = Workspace.open(folder, backend=backend)
        case = ws.open_case(ref)
        comps = [c for c in ws.cases.compartments.readable_by(ROLE)]
        stored = [ws.store.document_bytes(case.case_id, c.id)[0] for c in comps]
        stored = [b for b in stored if b]

        def bare():
            for data in stored:
                am.Document.load(data)

        def concord_open():
            ws.cases.forget()
            session = ws.open_case(ref)
            session.values()

        def cold_open():
            w = Workspace.open(folder, backend=backend)
            w.open_case(ref).values()
            w.close()

        bare(), concord_open()  # warm the page cache and imports for both alike
        anchor = timed(bare, args.repeat)
        ours = timed(concord_open, args.repeat)
        cold = timed(cold_open, max(3, args.repeat // 3))
        ws.close()

    med_a, med_o = statistics.median(anchor), statistics.median(ours)
    print(f"Open a case of {made} edits across {len(stored)} compartments (built in {build_s:.1f} s, "
          f"{sum(map(len, stored)) / 1024:.1f} KiB of Automerge data)")
    print(f"{'measure':44s} {'median ms':>10s} {'min ms':>8s} {'max ms':>8s} {'x anchor':>9s}")
    rows = [
        ("anchor: bare Document.load of the same bytes", anchor),
        ("Concord: open case + read every field", ours),
        ("Concord: open data folder + case (cold)", cold),
    ]
    for name, xs in rows:
        print(f"{name:44s} {statistics.median(xs):10.1f} {min(xs):8.1f} {max(xs):8.1f} {statistics.median(xs) / med_a:9.2f}")
    print(f"target: open <= 1.5x anchor and < 200 ms -> {'met' if med_o <= 1.5 * med_a and med_o < 200 else 'NOT met'}")


if __name__ == "__main__":
    main()
