"""`concord panel-audit`: on an information governance officer's device, who has read a section
of a case, what a device read in a month, and whether every device's chain has arrived whole.
Exit 1 when a chain is broken, has a gap, or has not arrived at all."""

from __future__ import annotations

import argparse
import json

from app.models import panel_audit
from app.models.errors import ValidationError
from app.models.language import QT_TRANSLATE_NOOP
from app.sync.engine.audit_records import OFFICER_ROLE
from app.workspace import Workspace

EXIT_PROBLEM = 1


def add_parser(sub) -> argparse.ArgumentParser:
    s = sub.add_parser(
        "panel-audit", help="the panel's audit on an information governance officer's device: who read what"
    )
    s.add_argument("--case", help="who has read this case (with --section, that section of it)")
    s.add_argument("--section", help="a section id of the case")
    s.add_argument("--device", help="what this device (its id, or the start of it, or its person's name) read")
    s.add_argument("--month", help="with --device: the month, YYYY-MM")
    s.add_argument("--disclosures", action="store_true", help="with --case: what every device disclosed of it")
    s.set_defaults(func=cmd_panel_audit)
    return s


def _line(s: panel_audit.Seen, names: dict[str, tuple[str, str, str]]) -> str:
    who = names.get(s.device, (s.person, s.role, ""))
    extra = ""
    if s.disclosure:
        to = s.disclosure["to"]
        verb = "shared" if s.disclosure["shared"] else "NOT shared"
        extra = f"  {verb} by {s.disclosure['channel']} to {to[1] or to[2] or 'a file'}"
    return f"{s.at}  {who[0]} ({who[1]}), device {s.device[:12]} #{s.seq}  {s.action}  {s.case_ref} {s.target}{extra}"


def _device(names: dict[str, tuple[str, str, str]], given: str) -> str:
    found = [d for d, (name, _r, _a) in names.items() if d.startswith(given) or name == given]
    if len(found) != 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DeviceProblems", "'{given}' names {count} devices of the panel: give more of its id"),
            given=given,
            count=len(found),
        )
    return found[0]


def cmd_panel_audit(args) -> int:
    with Workspace.open(args.data) as ws:
        if ws.role != OFFICER_ROLE:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DeviceProblems",
                    "only an information governance officer's device holds the panel's audit: this is a {role}'s",
                ),
                role=ws.role,
            )
        names = ws.members()
        store = ws.store
        if args.case and args.disclosures:
            rows = panel_audit.disclosures(store, args.case)
        elif args.case:
            fields = tuple(f.id for f in ws.schema.section(args.section).fields) if args.section else ()
            rows = panel_audit.who_read(store, args.case, args.section, fields)
        elif args.device:
            if not args.month:
                raise ValidationError(QT_TRANSLATE_NOOP("DeviceProblems", "--device needs --month YYYY-MM"))
            rows = panel_audit.device_month(store, _device(names, args.device), args.month)
        else:
            rows = []
        for s in rows:
            print(_line(s, names))
        expected = {d: n for d, (n, role, _a) in names.items() if role != OFFICER_ROLE}
        problems = panel_audit.chain_problems(store, expected)
        held = panel_audit.devices(store)
        print(
            json.dumps({"devices": len(held), "entries": sum(held.values()), "problems": len(problems)}),
            "(entries held of each device's chain)",
        )
        for p in problems:
            who = names.get(p.device, ("an unknown device", "", ""))[0]
            print(f"CHAIN PROBLEM: {who}, device {p.device[:12]}: {p.problem}")
    return EXIT_PROBLEM if problems else 0
