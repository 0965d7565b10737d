"""The sign-off report: the pack, the decision and its rationale, and what a reader needs to check
the Chief Inspector's signature with nothing but the file. (The report as a whole is signed too,
by the device that makes it: see report_signature.py.)

The decision's parts are drawn from the signed content itself, and `verify_signoff` draws them
again from the signed content carried in the report: a report whose words say another decision
than the one signed fails, even when it was re-rendered consistently. The red flags raised when
the decision was made, and the override statement an approval gave for each, are among those
parts: they are signed with the decision (app/models/process/decision_flags.py).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from app.models import clock
from app.models.errors import ValidationError
from app.models.identity import fingerprint_of
from app.models.process.signoff import NDM, Decision, parse, signature_ok
from app.models.process.signoff_pack import build_pack
from app.reports.document import Facts, Heading, Notice, Paragraph, Report, Table

KIND = "concord-signoff"
SIGNED_HEADING = "Signed decision, for verification"
DECISION_HEADING = "Decision"
RATIONALE_HEADING = "Rationale, by the National Decision Model"
FLAGS_HEADING = "Red flags when decided, and the override statements"


def decision_blocks(d: Decision) -> tuple:
    """The decision as every copy shows it: drawn from the signed content only."""
    facts = Facts(
        (
            ("Decision", d.decision.upper()),
            ("Conditions", d.conditions or "none"),
            ("Decided by", d.decided_by),
            ("Rank", d.rank),
            ("Date of decision", d.decided_on),
            ("Signed at (UTC)", d.signed_at[:19].replace("T", " ")),
            ("Rule relied on", d.rule),
            ("Eligibility when decided", d.eligibility),
        )
    )
    rationale = Facts(tuple((label, d.rationale_text(key)) for key, label in NDM))
    return (Heading(DECISION_HEADING), facts, Heading(RATIONALE_HEADING, 2), rationale) + flag_blocks(d)


def flag_blocks(d: Decision) -> tuple:
    """The red flags the signer's device raised when deciding, and each override statement."""
    title = Heading(FLAGS_HEADING, 2)
    if d.format == 1:
        return (
            title,
            Paragraph("Not recorded: this decision was signed before Concord recorded red flags with a decision."),
        )
    if not d.red_flags:
        return (
            title,
            Paragraph("None: no red flag was raised on the Chief Inspector's device when the decision was made."),
        )
    n = len(d.red_flags)
    lead: Notice | Paragraph
    if d.approves:
        lead = Notice(
            f"Warning: approved over {n} red flag(s) raised when the decision was made. The Chief "
            "Inspector's override statement for each is signed with the decision."
        )
    else:
        lead = Paragraph(f"{n} red flag(s) were raised when the decision was made; a {d.decision} overrides none.")
    rows = tuple((f.id, f.words, f.override if d.approves else "none needed: not an approval") for f in d.red_flags)
    return (
        title,
        lead,
        Table(("Red flag", "What it said when decided", "Override statement"), rows, widths=(1.8, 4.0, 4.2)),
    )


def build_signoff_report(
    case,
    process_view,
    risk_view,
    public_key: bytes,
    audience: frozenset[str],
    audience_name: str,
    today: dt.date | None = None,
) -> Report:
    current = process_view.current
    if current is None:
        raise ValidationError(f"case {case.reference} has no verified sign-off decision to report")
    d = current.decision
    record = next(r for r in case.get("signoff_decisions") if r.get("id") == current.record_id)
    blocks: list = []
    if current.stale:
        blocks.append(
            Notice(
                "STALE: this sign-off no longer covers the case as it is now; a fresh decision is "
                "needed before any session. " + "; ".join(current.stale_because)
            )
        )
    blocks.append(
        Paragraph(
            f"Process now: {process_view.process.label}. Prepared for: {audience_name}. Parts the "
            f"audience may not read are marked as withheld; safe contact details never appear."
        )
    )
    for part in build_pack(case, process_view, risk_view, audience, today):
        blocks.append(Heading(part.title))
        if part.rows:
            blocks.append(Facts(part.rows))
        if part.table:
            blocks.append(Table(part.columns, part.table))
        if part.note:
            blocks.append(Paragraph(part.note))
    blocks += decision_blocks(d)
    blocks.append(Heading("The Chief Inspector's signature"))
    blocks.append(
        Facts(
            (
                ("Signed by", f"{current.signer_name}, Chief Inspector's device"),
                ("Signature fingerprint", current.signer_fingerprint),
                ("Signed content SHA-256", current.content_hash),
                (
                    "Checked on the device that made this report",
                    "signature verified" + ("; STALE" if current.stale else "; current"),
                ),
            )
        )
    )
    blocks.append(Heading(SIGNED_HEADING, 2))
    blocks.append(Paragraph(record["signed_content"]))
    blocks.append(
        Facts((("Signature", record["signature"]), ("Signer public key", base64.b64encode(public_key).decode())))
    )
    return Report(
        kind=KIND,
        title="Restorative intervention: Chief Inspector sign-off",
        subtitle=f"Case {case.reference}",
        issued_on=(today or clock.today()).isoformat(),
        meta=(
            ("Case", case.reference),
            ("Decision", d.decision),
            ("Decision signature fingerprint", current.signer_fingerprint),
            ("Signed content SHA-256", current.content_hash),
            ("Audience", audience_name),
        ),
        blocks=tuple(blocks),
    )


@dataclass(frozen=True)
class SignoffCheck:
    ok: bool
    decision: Decision | None
    fingerprint: str
    signer_device: str
    public_key: bytes
    problems: tuple[str, ...]


def verify_signoff(report: Report) -> SignoffCheck:
    """Check the signature a report carries, and that its words show the decision signed."""
    problems: list[str] = []
    if report.kind != KIND:
        return SignoffCheck(False, None, "", "", b"", (f"this is a '{report.kind}' report, not a sign-off report",))
    # Read from a file: the blocks after the heading may be of any kind; a wrong one fails below.
    blocks: list[Any] = list(report.blocks)
    try:
        at = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == SIGNED_HEADING)
        content = blocks[at + 1].text.encode()
        extra = dict(blocks[at + 2].rows)
        signature, public = extra["Signature"], base64.b64decode(extra["Signer public key"], validate=True)
        d = parse(content)
    except (StopIteration, IndexError, AttributeError, KeyError, ValueError, ValidationError):
        return SignoffCheck(False, None, "", "", b"", ("the report carries no readable signed decision",))
    fp = fingerprint_of(public)
    if not signature_ok(content, signature, public):
        problems.append("the Chief Inspector's signature does not match the signed decision")
    meta = dict(report.meta)
    if meta.get("Decision signature fingerprint") != fp:
        problems.append("the signature fingerprint in the report is not that of the key it carries")
    if meta.get("Signed content SHA-256") != hashlib.sha256(content).hexdigest():
        problems.append("the signed content hash in the report does not match the signed decision")
    expected = decision_blocks(d)
    shown = tuple(
        tuple(blocks[i : i + len(expected)])
        for i, b in enumerate(blocks)
        if isinstance(b, Heading) and b.text == DECISION_HEADING
    )
    if len(shown) != 1 or shown[0] != expected:
        problems.append("the decision the report shows is not the decision that was signed")
    return SignoffCheck(not problems, d, fp, d.signer_device, public, tuple(problems))
