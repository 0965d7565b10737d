"""`concord isa`: the information-sharing agreement in force on this device - its version, when it
was agreed and falls due for review, its lawful basis, who signed it with each agency's data
protection contact, what each role reads, and whose devices make subject access packs. `--isa FILE` shows a draft instead, so the
signatories can read what they are asked to sign before any device holds it."""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path

from app.models.case_schema import Schema, load_schema
from app.models.isa_document import REVIEW_DUE, REVIEW_OVERDUE, ReviewStatus, review_status
from app.workspace import Workspace

WIDTH = 100


def add_parser(sub) -> argparse.ArgumentParser:
    s = sub.add_parser(
        "isa", help="show the information-sharing agreement in force: version, review date, signatories, who reads what"
    )
    s.add_argument(
        "--isa",
        type=Path,
        metavar="FILE",
        help="show this agreement file instead of this device's (checked against the shipped case schema)",
    )
    s.set_defaults(func=cmd_isa)
    return s


def _days(n: int) -> str:
    return f"{n} day{'s' * (n != 1)}"


def review_words(status: ReviewStatus) -> str:
    if status.state == REVIEW_OVERDUE:
        return f"OVERDUE by {_days(-status.days_left)}"
    if status.state == REVIEW_DUE:
        return "REVIEW DUE today" if status.days_left == 0 else f"REVIEW DUE in {_days(status.days_left)}"
    return f"in {_days(status.days_left)}"


def _sections_read(schema: Schema, role: str) -> list[str]:
    out = []
    for section in schema.all_sections:
        readable = sum(schema.can_read(role, f.id) for f in section.fields)
        if readable:
            out.append(section.id if readable == len(section.fields) else f"{section.id} (part)")
    return out


def print_agreement(schema: Schema) -> None:
    g = schema.governance
    print(f"{schema.isa_name or 'agreement not named'}, version {g.version if g else 'not recorded'}")
    if g is not None:
        print(f"  agreed:       {g.agreed.isoformat() if g.agreed else 'not recorded'}")
        print(f"  review by:    {g.review_date.isoformat()} ({review_words(review_status(g))})")
    print(f"  lawful basis: {schema.lawful_basis or 'not recorded'}")
    print("signatories (agency, signed by, on, data protection contact):")
    signatories = g.signatories if g is not None else ()
    agency_width = max((len(s.agency) for s in signatories), default=0)
    name_width = max((len(s.signed_by) for s in signatories), default=0)
    for s in signatories:
        print(f"  {s.agency:{agency_width}}  {s.signed_by:{name_width}}  {s.signed_on.isoformat()}  {s.dp_contact}")
    print("who reads what (sections; part: some of its fields):")
    for role in schema.roles.values():
        print(f"  {role.id} ({role.label}, {role.agency}):")
        print(
            textwrap.fill(
                ", ".join(_sections_read(schema, role.id)), WIDTH, initial_indent=" " * 4, subsequent_indent=" " * 4
            )
        )
    access = g.subject_access if g is not None else None
    if access is None:
        print("subject access packs: no role makes them (the agreement has no [subject_access])")
        return
    print(f"subject access packs, made on the devices of: {', '.join(sorted(access.roles))}")
    for party, fields in access.about:
        print(f"  about the {party}: {len(fields)} field(s) (concord sar-items CASE --party '{party}')")


def cmd_isa(args) -> int:
    if args.isa is not None:
        print_agreement(load_schema(isa_path=args.isa))
        return 0
    with Workspace.open(args.data) as ws:
        print_agreement(ws.schema)
    return 0
