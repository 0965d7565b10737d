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
from app.models.language import QT_TRANSLATE_NOOP, output_languages, shown, translate, using
from app.models.process.signoff import NDM, Decision, parse, signature_ok
from app.models.process.signoff_pack import build_pack
from app.reports.document import Facts, Heading, Notice, Paragraph, Report, Table
from app.reports.words import say

KIND = "concord-signoff"
# Headings, in the current language where they are drawn (the report's parts: see variants.py).
SIGNED_HEADING = QT_TRANSLATE_NOOP("SignoffReport", "Signed decision, for verification")
DECISION_HEADING = QT_TRANSLATE_NOOP("SignoffReport", "Decision")
RATIONALE_HEADING = QT_TRANSLATE_NOOP("SignoffReport", "Rationale, by the National Decision Model")
FLAGS_HEADING = QT_TRANSLATE_NOOP("SignoffReport", "Red flags when decided, and the override statements")
# The details verify_signoff reads back, by their label in the report's language.
FINGERPRINT_META = QT_TRANSLATE_NOOP("SignoffReport", "Decision signature fingerprint")
CONTENT_META = QT_TRANSLATE_NOOP("SignoffReport", "Signed content SHA-256")
SIGNATURE_ROW = QT_TRANSLATE_NOOP("SignoffReport", "Signature")
PUBLIC_KEY_ROW = QT_TRANSLATE_NOOP("SignoffReport", "Signer public key")


def _t(text: str) -> str:
    return translate("SignoffReport", text)


def decision_blocks(d: Decision) -> tuple:
    """The decision as every copy shows it: drawn from the signed content only."""
    facts = Facts(
        (
            (_t(DECISION_HEADING), _t(d.decision).upper()),
            (translate("SignoffReport", "Conditions"), d.conditions or translate("SignoffReport", "none")),
            (translate("SignoffReport", "Decided by"), d.decided_by),
            (translate("SignoffReport", "Rank"), d.rank),
            (translate("SignoffReport", "Date of decision"), d.decided_on),
            (translate("SignoffReport", "Signed at (UTC)"), d.signed_at[:19].replace("T", " ")),
            (translate("SignoffReport", "Rule relied on"), d.rule),
            (translate("SignoffReport", "Eligibility when decided"), d.eligibility),
        )
    )
    rationale = Facts(tuple((translate("NDM", label), d.rationale_text(key)) for key, label in NDM))
    return (Heading(_t(DECISION_HEADING)), facts, Heading(_t(RATIONALE_HEADING), 2), rationale) + flag_blocks(d)


def flag_blocks(d: Decision) -> tuple:
    """The red flags the signer's device raised when deciding, and each override statement."""
    title = Heading(_t(FLAGS_HEADING), 2)
    if d.format == 1:
        return (
            title,
            Paragraph(
                translate(
                    "SignoffReport",
                    "Not recorded: this decision was signed before Concord recorded red flags with a decision.",
                )
            ),
        )
    if not d.red_flags:
        return (
            title,
            Paragraph(
                translate(
                    "SignoffReport",
                    "None: no red flag was raised on the Chief Inspector's device when the decision was made.",
                )
            ),
        )
    n = len(d.red_flags)
    lead: Notice | Paragraph
    if d.approves:
        lead = Notice(
            translate(
                "SignoffReport",
                "Warning: approved over %n red flag(s) raised when the decision was made. The Chief "
                "Inspector's override statement for each is signed with the decision.",
                None,
                n,
            )
        )
    else:
        lead = Paragraph(
            translate(
                "SignoffReport",
                "%n red flag(s) were raised when the decision was made; a {decision} overrides none.",
                None,
                n,
            ).format(decision=_t(d.decision))
        )
    rows = tuple((f.id, f.words, f.override if d.approves else _t("none needed: not an approval")) for f in d.red_flags)
    columns = (_t("Red flag"), _t("What it said when decided"), _t("Override statement"))
    return (title, lead, Table(columns, rows, widths=(1.8, 4.0, 4.2)))


# The words above that reach _t through a variable, marked for the translators.
_MARKED = (
    QT_TRANSLATE_NOOP("SignoffReport", "none needed: not an approval"),
    QT_TRANSLATE_NOOP("SignoffReport", "Red flag"),
    QT_TRANSLATE_NOOP("SignoffReport", "What it said when decided"),
    QT_TRANSLATE_NOOP("SignoffReport", "Override statement"),
    QT_TRANSLATE_NOOP("SignoffReport", "approve"),
    QT_TRANSLATE_NOOP("SignoffReport", "approve with conditions"),
    QT_TRANSLATE_NOOP("SignoffReport", "decline"),
    QT_TRANSLATE_NOOP("SignoffReport", "defer"),
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
        raise ValidationError(
            QT_TRANSLATE_NOOP("ReportProblems", "case {reference} has no verified sign-off decision to report"),
            reference=case.reference,
        )
    d = current.decision
    record = next(r for r in case.get("signoff_decisions") if r.get("id") == current.record_id)
    blocks: list = []
    if current.stale:
        blocks.append(
            Notice(
                translate(
                    "SignoffReport",
                    "STALE: this sign-off no longer covers the case as it is now; a fresh decision is "
                    "needed before any session.",
                )
                + " "
                + "; ".join(shown(x) for x in current.stale_because)
            )
        )
    blocks.append(
        Paragraph(
            translate(
                "SignoffReport",
                "Process now: {state}. Prepared for: {audience}. Parts the audience may not read are marked "
                "as withheld; safe contact details never appear.",
            ).format(state=process_view.process.label, audience=audience_name)
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
    blocks.append(Heading(translate("SignoffReport", "The Chief Inspector's signature")))
    blocks.append(
        Facts(
            (
                (
                    translate("SignoffReport", "Signed by"),
                    translate("SignoffReport", "{name}, Chief Inspector's device").format(name=current.signer_name),
                ),
                (translate("SignoffReport", "Signature fingerprint"), current.signer_fingerprint),
                (_t(CONTENT_META), current.content_hash),
                (
                    translate("SignoffReport", "Checked on the device that made this report"),
                    translate("SignoffReport", "signature verified; STALE")
                    if current.stale
                    else translate("SignoffReport", "signature verified; current"),
                ),
            )
        )
    )
    blocks.append(Heading(_t(SIGNED_HEADING), 2))
    blocks.append(Paragraph(record["signed_content"]))
    blocks.append(
        Facts(
            (
                (_t(SIGNATURE_ROW), record["signature"]),
                (_t(PUBLIC_KEY_ROW), base64.b64encode(public_key).decode()),
            )
        )
    )
    return Report(
        kind=KIND,
        title=translate("SignoffReport", "Restorative intervention: Chief Inspector sign-off"),
        subtitle=translate("SignoffReport", "Case {reference}").format(reference=case.reference),
        issued_on=(today or clock.today()).isoformat(),
        meta=(
            (translate("SignoffReport", "Case"), case.reference),
            (_t(DECISION_HEADING), _t(d.decision)),
            (_t(FINGERPRINT_META), current.signer_fingerprint),
            (_t(CONTENT_META), current.content_hash),
            (translate("SignoffReport", "Audience"), audience_name),
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
    codes = output_languages(report.language)
    try:
        # Each part of a bilingual report carries the signed decision; the first is read.
        with using(codes[0]):
            at = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == _t(SIGNED_HEADING))
            content = blocks[at + 1].text.encode()
            extra = dict(blocks[at + 2].rows)
            signature = extra[_t(SIGNATURE_ROW)]
            public = base64.b64decode(extra[_t(PUBLIC_KEY_ROW)], validate=True)
        d = parse(content)
    except (StopIteration, IndexError, AttributeError, KeyError, ValueError, ValidationError):
        return SignoffCheck(False, None, "", "", b"", ("the report carries no readable signed decision",))
    fp = fingerprint_of(public)
    if not signature_ok(content, signature, public):
        problems.append("the Chief Inspector's signature does not match the signed decision")
    meta = dict(report.meta)
    if meta.get(say(report.language, "SignoffReport", FINGERPRINT_META)) != fp:
        problems.append("the signature fingerprint in the report is not that of the key it carries")
    if meta.get(say(report.language, "SignoffReport", CONTENT_META)) != hashlib.sha256(content).hexdigest():
        problems.append("the signed content hash in the report does not match the signed decision")
    for code in codes:
        # In each language the report is written in, its words must show the decision signed.
        with using(code):
            expected = decision_blocks(d)
            shown = tuple(
                tuple(blocks[i : i + len(expected)])
                for i, b in enumerate(blocks)
                if isinstance(b, Heading) and b.text == _t(DECISION_HEADING)
            )
        if len(shown) != 1 or shown[0] != expected:
            problems.append("the decision the report shows is not the decision that was signed")
            break
    return SignoffCheck(not problems, d, fp, d.signer_device, public, tuple(problems))
