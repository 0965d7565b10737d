"""`concord audit`: print this device's audit log, verify it, and show the signed heads it holds.

The chain is checked link by link (keyed HMACs) and against every signed head of it that this
device holds - its own and those peers returned - so a log cut short after a head was signed is
reported BROKEN, naming who held the head and when it came. Exit 1 when it is BROKEN.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import sqlalchemy as sa

from app.models import audit, audit_anchors
from app.models.errors import ConcordError
from app.models.storage import tables as t
from app.workspace import Workspace

EXIT_BROKEN = 1


def add_parser(sub) -> argparse.ArgumentParser:
    s = sub.add_parser("audit", help="print and verify this device's audit log")
    s.add_argument("--quiet", action="store_true", help="only verify")
    s.add_argument(
        "--anchors",
        action="store_true",
        help="also list the signed audit heads held here, of this device and of its peers",
    )
    s.set_defaults(func=cmd_audit)
    return s


def _names(ws: Workspace) -> dict[str, str]:
    try:
        members = ws.members()
    except ConcordError:
        members = {}
    names = {d: f"{name} ({role})" for d, (name, role, _agency) in members.items()}
    names[ws.profile.device_id] = "this device"
    return names


def _who(names: dict[str, str], device_id: str) -> str:
    name = names.get(device_id)
    return f"{name}, device {device_id[:12]}" if name and name != "this device" else (name or f"device {device_id}")


def _print_anchors(ws: Workspace, names: dict[str, str]) -> None:
    a = t.audit_anchors.c
    with ws.store.engine.connect() as conn:
        subjects = [row[0] for row in conn.execute(sa.select(a.device_id).distinct().order_by(a.device_id))]
        held = {d: audit_anchors.held_of(conn, d) for d in subjects}
    me = ws.profile.device_id
    for subject in sorted(subjects, key=lambda d: d != me):
        whose = "this device's log" if subject == me else f"the log of {_who(names, subject)}"
        print(f"signed heads of {whose}:")
        for h in held[subject]:
            print(
                f"  entry {h.anchor.seq:6d}  signed {h.anchor.signed_at}  from {_who(names, h.source)}"
                f"  received {h.received_at}  {h.anchor.hash[:16]}"
            )
    if not subjects:
        print(f"no signed heads held yet (a head is signed at each sync and every {audit.ANCHOR_EVERY} entries)")


def cmd_audit(args) -> int:
    with Workspace.open(args.data) as ws:
        if not args.quiet:
            for e in ws.audit_entries():
                where = " ".join(x for x in (e.case_ref, e.target) if x)
                print(f"{e.seq:6d}  {e.at}  {e.person} ({e.role})  {e.action}  {where}")
        names = _names(ws)
        if args.anchors:
            _print_anchors(ws, names)
        verdict = audit.verify(ws.store)
        if verdict.ok:
            print(
                f"audit chain intact: {verdict.entries} entries, checked against {verdict.anchors} signed "
                f"head{'s' * (verdict.anchors != 1)}"
            )
            return 0
        problem = verdict.problem
        if verdict.anchor is not None and verdict.anchor.source != ws.profile.device_id:
            source = verdict.anchor.source
            problem = problem.replace(f"device {source}", _who(names, source))
        print(f"audit chain BROKEN at entry {verdict.broken_at}: {problem}", file=sys.stderr)
        return EXIT_BROKEN


def main(argv: list[str] | None = None) -> int:
    """The audit command on its own: `python -m app.cli.audit --data FOLDER audit [--anchors]`."""
    from app.models.storage.locations import default_data_dir

    parser = argparse.ArgumentParser(prog="concord")
    parser.add_argument("--data", type=Path, default=default_data_dir())
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except ConcordError as exc:
        print(f"concord: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
