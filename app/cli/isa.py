"""`concord isa`: the information-sharing agreement in force on this device - its version, when it
was agreed and falls due for review, its lawful basis, who signed it with each agency's data
protection contact, what each role reads, and whose devices make subject access packs. `--isa FILE`
shows a draft instead, so the signatories can read what they are asked to sign before any device
holds it; `--adopt FILE`, on the chair's device, puts it in force on the panel."""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path

from app.models import agreement_chain
from app.models.case_schema import Schema, load_schema
from app.models.errors import ValidationError
from app.models.isa_document import REVIEW_DUE, REVIEW_OVERDUE, ReviewStatus, review_status
from app.models.language import QT_TRANSLATE_NOOP
from app.sync.engine import agreement_entries
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
    s.add_argument(
        "--adopt",
        type=Path,
        metavar="FILE",
        help="the chair's device: put this later version of the agreement in force on the panel (it reaches "
        "every device with the membership, by sync, relay or bundle)",
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
        readable = [f.id for f in section.fields if schema.can_read(role, f.id)]
        if readable:
            shown = section.id if len(readable) == len(section.fields) else f"{section.id} (part)"
            parties = sorted({p for f in readable if (p := schema.access[f].consent_of(role))})
            out.append(f"{shown} (while the {', '.join(parties)} consents)" if parties else shown)
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


def print_changes(previous: Schema, new: Schema) -> None:
    changes = agreement_chain.reading_changes(previous, new)
    if not changes:
        print("who reads what: unchanged")
        return
    print("who reads what, changed (field ids):")
    lines = []
    for role, change in changes.items():
        if change.gained:
            lines.append(f"{role} now reads: {', '.join(change.gained)}")
        if change.lost:
            lines.append(f"{role} no longer reads: {', '.join(change.lost)}")
        for basis, fields in change.rebased.items():
            how = f"only while the {basis} consents" if basis else "on the safeguarding basis"
            lines.append(f"{role} reads {how}: {', '.join(fields)}")
    for line in lines:
        print(textwrap.fill(line, WIDTH, initial_indent="  ", subsequent_indent="    "))


def say_agreement(ws: Workspace) -> None:
    """Put in force an agreement the panel adopted, where an exchange has just brought one."""
    if ws.follow_agreement():
        g = ws.schema.governance
        print(f"the panel adopted a new agreement: version {g.version if g else '?'} is now in force on this device")


def cmd_adopt(args) -> int:
    try:
        text = args.adopt.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("AgreementProblems", "cannot read the agreement {file}: {why}"),
            file=args.adopt,
            why=exc.__class__.__name__,
        ) from None
    with Workspace.open(args.data) as ws:
        previous = ws.schema
        agreement_entries.adopt(ws.sync, text)
        ws.follow_agreement()
        g = ws.schema.governance
        assert g is not None
        print(f"adopted: {ws.schema.isa_name}, version {g.version}, now in force on this device")
        print("it reaches every other device with the panel's membership, at its next sync, relay or bundle")
        print_changes(previous, ws.schema)
    return 0


def cmd_isa(args) -> int:
    if args.adopt is not None:
        return cmd_adopt(args)
    if args.isa is not None:
        print_agreement(load_schema(isa_path=args.isa))
        return 0
    with Workspace.open(args.data) as ws:
        print_agreement(ws.schema)
    return 0
