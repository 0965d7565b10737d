"""`concord disclosures CASE`: what of a case left this device, to whom, when, under which rule
and basis, and what it decided not to share - with the check that the audit chain seals every
row. Exit 1 when the chain or the log is BROKEN."""

from __future__ import annotations

import argparse
import sys

from app.models import audit
from app.models.disclosures.lines import as_json, line
from app.models.disclosures.log import listed
from app.models.errors import NotFound
from app.models.language import QT_TRANSLATE_NOOP
from app.workspace import Workspace

EXIT_BROKEN = 1


def add_parser(sub) -> argparse.ArgumentParser:
    s = sub.add_parser(
        "disclosures", help="list what of a case left this device, to whom and on what basis, and what was not shared"
    )
    s.add_argument("case", help="the case reference")
    s.add_argument("--device", help="only what went to this device id")
    s.add_argument("--json", action="store_true", help="one JSON object per line, for other tools")
    s.set_defaults(func=cmd_disclosures)
    return s


def cmd_disclosures(args) -> int:
    with Workspace.open(args.data) as ws:
        items = listed(ws.store, args.case, args.device)
        if not items and args.case not in {c.reference for c in ws.list_cases()}:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "DeviceProblems", "no case '{reference}' on this device, and nothing of it in the log"
                ),
                reference=args.case,
            )
        for item in items:
            print(as_json(item) if args.json else line(item))
        if not items and not args.json:
            print(f"nothing of {args.case} has left this device")
        verdict = audit.verify(ws.store)
    if verdict.ok:
        shared = sum(1 for i in items if i.disclosure.shared)
        print(
            f"{shared} disclosure(s) and {len(items) - shared} decision(s) not to share; "
            f"sealed by an intact audit chain of {verdict.entries} entries",
            file=sys.stderr if args.json else sys.stdout,
        )
        return 0
    print(f"audit chain BROKEN at entry {verdict.broken_at}: {verdict.problem}", file=sys.stderr)
    return EXIT_BROKEN
