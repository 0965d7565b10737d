"""A report's own signature: the device that made it signs what the report shows.

The device signs the text the PDF shows above the signature section (shown_text.py), together
with the report's kind, protective marking and details, the hash of the content it carries (so
its layout too), the case or meeting it is of, its audience, and who signed (device, person,
role). The signature section that closes the report
carries all that is needed to check it, and nothing else: it is drawn from the signed values,
so a copy whose section says anything other than what was signed is refused as malformed.

The text is read back from a rendering of the report, so signing draws the report once with a
stand-in signature of the same length: what comes before the section is laid out the same
whatever the section holds, and only the section changes.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.models.identity import fingerprint_of
from app.models.language import ENGLISH, QT_TRANSLATE_NOOP, output_languages
from app.reports.document import Facts, Heading, Paragraph, Report, ReportFormatError
from app.reports.minutes_report import KIND as MINUTES_KIND
from app.reports.pdf import render_pdf
from app.reports.shown_text import signed_text
from app.reports.signoff_report import KIND as SIGNOFF_KIND
from app.reports.subject_access import KIND as SUBJECT_ACCESS_KIND
from app.reports.words import in_language, say

_CONTEXT = "ReportSignature"
# In the report's language (a bilingual report: "Welsh / English"), as every word of the section.
HEADING = QT_TRANSLATE_NOOP("ReportSignature", "Signature of this report")
FORMAT = 1
# So that no other signed object of Concord (a decision, a profile, a bundle) can pass as one.
SIGNING_TAG = b"concord report signature v1\n"
REFERENCE_LABELS = {
    SIGNOFF_KIND: QT_TRANSLATE_NOOP("ReportSignature", "Case"),
    MINUTES_KIND: QT_TRANSLATE_NOOP("ReportSignature", "Meeting"),
    SUBJECT_ACCESS_KIND: QT_TRANSLATE_NOOP("ReportSignature", "Case"),
}
_STAND_IN = "A" * 86 + "=="  # an Ed25519 signature's length in base64

ROW_LABELS = (
    QT_TRANSLATE_NOOP("ReportSignature", "Signed by"),
    QT_TRANSLATE_NOOP("ReportSignature", "Signer's role when signed"),
    QT_TRANSLATE_NOOP("ReportSignature", "Signing device"),
    None,
    QT_TRANSLATE_NOOP("ReportSignature", "Audience"),
    QT_TRANSLATE_NOOP("ReportSignature", "Signed text (SHA-256)"),
    QT_TRANSLATE_NOOP("ReportSignature", "Signing key fingerprint"),
    QT_TRANSLATE_NOOP("ReportSignature", "Signature (Ed25519)"),
    QT_TRANSLATE_NOOP("ReportSignature", "Signing device's public key"),
)


def heading(variant: str = ENGLISH) -> str:
    return say(variant, _CONTEXT, HEADING)


def row_labels(kind: str, variant: str = ENGLISH) -> tuple[str, ...]:
    return tuple(
        reference_label(kind, variant) if want is None else say(variant, _CONTEXT, want) for want in ROW_LABELS
    )


@dataclass(frozen=True)
class Signer:
    """Who signs a report, as the signing device names itself."""

    device_id: str
    name: str
    role: str  # the role's label


@dataclass(frozen=True)
class Signature:
    reference: str
    audience: str
    signer: Signer
    text_sha256: str
    signature: str  # base64
    public_key: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.public_key)


def reference_label(kind: str, variant: str = ENGLISH) -> str:
    return say(variant, _CONTEXT, REFERENCE_LABELS.get(kind, QT_TRANSLATE_NOOP("ReportSignature", "Reference")))


def reference_words(kind: str) -> str:
    label = reference_label(kind)
    return "reference" if label == "Reference" else f"{label.lower()} reference"


_EXPLAIN = {
    SIGNOFF_KIND: QT_TRANSLATE_NOOP(
        "ReportSignature",
        "Made and signed on the device of {name}, {role}. The signature covers every line of text this report "
        "shows above this section, with its case reference, its audience, its protective marking and the "
        "details listed under Verification. Anyone can check it with the PDF alone (concord verify FILE); a "
        "device of the panel also names the signer from its own membership record and says whether what the "
        "report shows still holds.",
    ),
    MINUTES_KIND: QT_TRANSLATE_NOOP(
        "ReportSignature",
        "Made and signed on the device of {name}, {role}. The signature covers every line of text this report "
        "shows above this section, with its meeting reference, its audience, its protective marking and the "
        "details listed under Verification. Anyone can check it with the PDF alone (concord verify FILE); a "
        "device of the panel also names the signer from its own membership record and says whether what the "
        "report shows still holds.",
    ),
    SUBJECT_ACCESS_KIND: QT_TRANSLATE_NOOP(
        "ReportSignature",
        "Made and signed on the device of {name}, {role}. The signature covers every line of text this pack "
        "shows above this section, with its case reference, the data subject it is for, its protective marking "
        "and the details listed under Verification. Anyone can check it with the PDF alone (concord verify "
        "FILE); a device of the panel also names the signer from its own membership record.",
    ),
}


def payload(report: Report, reference: str, audience: str, signer: Signer, text: str) -> bytes:
    """Exactly what is signed: the report's details (report is its body, without the signature
    section), then the text it shows."""
    # The content's hash binds how the text is laid out too (a boxed notice, a heading's level),
    # which the text alone would not: a PDF that checks is exactly the drawing of its content.
    head = {
        "format": FORMAT,
        "kind": report.kind,
        "title": report.title,
        "marking": report.marking,
        "issued_on": report.issued_on,
        "meta": [list(p) for p in report.meta],
        "reference": reference,
        "audience": audience,
        "signer_device": signer.device_id,
        "signer_name": signer.name,
        "signer_role": signer.role,
        "content_sha256": report.content_hash(),
    }
    return (
        SIGNING_TAG
        + json.dumps(head, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
        + b"\n"
        + text.encode("utf-8")
    )


def section(kind: str, s: Signature, variant: str = ENGLISH) -> tuple:
    """The signature section as every copy shows it."""
    template = _EXPLAIN.get(kind, _EXPLAIN[SIGNOFF_KIND])
    # One paragraph a language: a sentence cannot be split at "/" as a label can.
    explain = "\n\n".join(
        in_language(code, _CONTEXT, template).format(name=s.signer.name, role=s.signer.role)
        for code in output_languages(variant)
    )
    values = (
        s.signer.name,
        s.signer.role,
        s.signer.device_id,
        s.reference,
        s.audience,
        _grouped(s.text_sha256),
        s.fingerprint,
        s.signature,
        base64.b64encode(s.public_key).decode(),
    )
    return (Heading(heading(variant)), Paragraph(explain), Facts(tuple(zip(row_labels(kind, variant), values))))


def sign_report(body: Report, reference: str, audience: str, signer: Signer, public_key: bytes, sign_bytes) -> Report:
    """The report with its signature section: body's blocks, then the section, signed by
    sign_bytes (the device's Ed25519 key, whose public half is public_key)."""
    if any(isinstance(b, Heading) and b.text == heading(body.language) for b in body.blocks):
        raise ReportFormatError("a report to be signed already has a signature section")
    draft = Signature(reference, audience, signer, "0" * 64, _STAND_IN, public_key)
    text = signed_text(render_pdf(_with(body, draft)), body.marking, heading(body.language), body.language)
    signature = base64.b64encode(sign_bytes(payload(body, reference, audience, signer, text))).decode()
    done = Signature(reference, audience, signer, hashlib.sha256(text.encode()).hexdigest(), signature, public_key)
    return _with(body, done)


def _grouped(digest: str) -> str:
    # In eights, as the content hash is, so that it reads and compares by eye on paper.
    return " ".join(digest[i : i + 8] for i in range(0, len(digest), 8))


def _with(body: Report, s: Signature) -> Report:
    return dataclasses.replace(body, blocks=tuple(body.blocks) + section(body.kind, s, body.language))


@dataclass(frozen=True)
class SignatureCheck:
    signature: Signature | None
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return self.signature is not None and not self.problems


def read_signature(report: Report) -> tuple[Report, Signature]:
    """The report without its signature section, and the signature that section carries."""
    blocks = list(report.blocks)
    title = heading(report.language)
    if not any(isinstance(b, Heading) and b.text == title for b in blocks):
        raise ReportFormatError("the report carries no signature of its own")
    if len(blocks) < 3 or blocks[-3] != Heading(title) or not isinstance(blocks[-1], Facts):
        raise ReportFormatError("the report's signature section is not where it belongs, at its end")
    rows = blocks[-1].rows
    if tuple(name for name, _v in rows) != row_labels(report.kind, report.language):
        raise ReportFormatError("the report's signature section does not have the rows a signature has")
    v = [value for _n, value in rows]
    try:
        public = base64.b64decode(v[8], validate=True)
    except ValueError:
        raise ReportFormatError("the signing device's public key is not readable") from None
    s = Signature(v[3], v[4], Signer(v[2], v[0], v[1]), v[5].replace(" ", ""), v[7], public)
    body = dataclasses.replace(report, blocks=tuple(blocks[:-3]))
    if any(isinstance(b, Heading) and b.text == title for b in body.blocks):
        raise ReportFormatError("the report has more than one signature section")
    if _with(body, s) != report:
        # The section is drawn from the signed values alone: anything else in it was added.
        raise ReportFormatError("the report's signature section says more or other than what was signed")
    return body, s


def check_signature(report: Report, pdf: bytes) -> SignatureCheck:
    """Does the signature hold over the text this PDF shows and the details the report gives?"""
    try:
        body, s = read_signature(report)
    except ReportFormatError as exc:
        return SignatureCheck(None, (str(exc),))
    try:
        text = signed_text(pdf, report.marking, heading(report.language), report.language)
    except ReportFormatError as exc:
        return SignatureCheck(s, (str(exc),))
    if hashlib.sha256(text.encode()).hexdigest() != s.text_sha256:
        # The signature cannot hold then either; this says which part changed.
        return SignatureCheck(s, ("what the report shows is not what its signer signed: its text was changed",))
    if not _valid(payload(body, s.reference, s.audience, s.signer, text), s.signature, s.public_key):
        return SignatureCheck(
            s,
            (
                f"the report's signature does not cover what it shows (its text or layout, its "
                f"{reference_words(report.kind)}, audience, marking or signer)",
            ),
        )
    return SignatureCheck(s, ())


def _valid(data: bytes, signature_b64: str, public_key: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(base64.b64decode(signature_b64, validate=True), data)
        return True
    except (InvalidSignature, ValueError, TypeError):
        return False
