"""`concord sar CASE --party P FILE`: a subject access pack - what this device holds about one
party of a case, as PDF with HTML and text beside it, signed by this device and logged as disclosed
to the data subject. Each `--withhold FIELD=CODE:REASON` keeps an item back under an exemption,
with the reason the pack gives. `concord sar-items CASE --party P` lists the items a pack would
hold (field ids and labels, never values) and the exemption codes, and writes nothing."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.arguments import output_variant
from app.models.disclosures.exemptions import EXEMPTIONS, NEVER_EXPORTED
from app.models.disclosures.subject_access import Withholding, held_about, party_named, rules_for
from app.models.errors import ValidationError
from app.models.language import QT_TRANSLATE_NOOP
from app.reports.service import read_signature, subject_access_pack, write_report
from app.workspace import Workspace


def add_parser(sub) -> argparse.ArgumentParser:
    s = sub.add_parser(
        "sar",
        help="a subject access pack: what this device holds about one party of a case (PDF, with HTML and text)",
    )
    s.add_argument("case", metavar="CASE")
    s.add_argument("file", metavar="FILE", type=Path, help="where to write the PDF")
    _party(s)
    s.add_argument(
        "--withhold",
        action="append",
        default=[],
        metavar="FIELD=CODE:REASON",
        help="keep an item back under an exemption, with the reason the pack gives (repeatable; see sar-items)",
    )
    s.add_argument(
        "--language",
        type=output_variant,
        help="cy (Cymraeg), en (English) or cy+en (both, Welsh first); default: the panel's policy",
    )
    s.set_defaults(func=cmd_sar)
    items = sub.add_parser(
        "sar-items",
        help="what a subject access pack would hold about a party (field ids, never values), and the exemptions",
    )
    items.add_argument("case", metavar="CASE")
    _party(items)
    items.set_defaults(func=cmd_sar_items)
    return s


def _party(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--party", required=True, help="the data subject: a party of the case, e.g. 'person harmed'")


def withholding(text: str) -> Withholding:
    """FIELD=CODE:REASON, as typed; whether it holds is the pack's to say."""
    field, equals, rest = text.partition("=")
    code, colon, reason = rest.partition(":")
    if not equals or not colon or not field.strip() or not code.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("SubjectAccessProblems", "--withhold '{value}' is not FIELD=CODE:REASON"), value=text
        )
    return Withholding(field.strip(), code.strip(), reason.strip())


def cmd_sar_items(args) -> int:
    with Workspace.open(args.data) as ws:
        party = party_named(rules_for(ws.schema, ws.role), args.party)
        items = held_about(ws.open_case(args.case), party)
    print(f"what this device holds about the {party} in {args.case} (a pack shows each, unless withheld):")
    for item in items:
        note = "  (never exported: always withheld)" if item.withheld is not None else ""
        print(f"  {item.field.id:28s} {item.field.label}{note}")
    if not items:
        print("  nothing")
    print("exemptions (--withhold FIELD=CODE:REASON):")
    for e in EXEMPTIONS:
        if e.code != NEVER_EXPORTED:
            print(f"  {e.code:16s} {e.words} ({e.reference})")
    return 0


def cmd_sar(args) -> int:
    # Every --withhold is read before the data folder opens: a mistyped one writes nothing.
    withheld = tuple(withholding(w) for w in args.withhold)
    with Workspace.open(args.data) as ws:
        report = subject_access_pack(ws, args.case, args.party, withheld, language=args.language)
        out = write_report(ws, report, args.file)
    _body, signed = read_signature(report)
    print(
        f"subject access pack: {out.pdf}\naccessible HTML: {out.html}\ntext: {out.text}\n"
        f"content SHA-256: {out.content_hash}\n"
        f"for {signed.audience}; {len(withheld)} item(s) withheld by you, each with its exemption and reason\n"
        f"signed by this device over what it shows: {signed.signer.name} ({signed.signer.role}), key fingerprint "
        f"{signed.fingerprint}\n"
        f"logged as disclosed: concord disclosures {signed.reference}"
    )
    return 0
