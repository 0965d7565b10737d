"""`concord retention`, `concord hold` and `concord release`: where each case's retention stands,
the erasure of those past it (the chair's device, on every device by sync), and legal holds.

No command takes a date: the day is the device's clock, so nobody erases a case early by
saying it is later than it is."""

from __future__ import annotations

from app import case_retention
from app.models import clock
from app.workspace import Workspace


def add_commands(sub) -> None:
    s = sub.add_parser("retention", help="list each case's retention; --erase-due erases those past it (chair)")
    s.add_argument(
        "--erase-due", action="store_true", help="erase every case past its retention period, on every device"
    )
    s.set_defaults(func=cmd_retention)
    s = sub.add_parser("hold", help="place a legal hold on a case: it is not erased while the hold stands (chair)")
    s.add_argument("case")
    s.add_argument("--reason", required=True, help="why it must be kept (every panel device sees this reason)")
    s.set_defaults(func=cmd_hold)
    s = sub.add_parser("release", help="release a case's legal hold (chair)")
    s.add_argument("case")
    s.set_defaults(func=cmd_release)


def _line(c: case_retention.CaseRetention, today) -> str:
    r = c.retention
    if r is None:
        state = "open: kept while it is open"
    elif r.due:
        state = f"{r.outcome}, closed {r.closed_on}: kept until {r.erase_after}, PAST its retention period"
    else:
        state = f"{r.outcome}, closed {r.closed_on}: kept until {r.erase_after} ({(r.erase_after - today).days} days)"
    hold = f"; LEGAL HOLD: {c.hold}" if c.hold else ""
    return f"{c.reference:20s} {state}{hold}"


def cmd_retention(args) -> int:
    today = clock.today()
    with Workspace.open(args.data) as ws:
        if args.erase_due:
            erased = case_retention.erase_due(ws, today)
            for ref in erased:
                print(f"erased {ref}: every device destroys it as it syncs")
            if not erased:
                print("no case is past its retention period and free of a legal hold")
            return 0
        for c in case_retention.listed(ws, today):
            print(_line(c, today))
    return 0


def cmd_hold(args) -> int:
    with Workspace.open(args.data) as ws:
        case_retention.hold(ws, args.case, args.reason)
    print(f"legal hold on {args.case}: it is not erased while the hold stands")
    return 0


def cmd_release(args) -> int:
    with Workspace.open(args.data) as ws:
        case_retention.release(ws, args.case)
    print(f"legal hold on {args.case} released")
    return 0
