"""The Chief Inspector's sign-off: its canonical content, its signature, and whether it still holds.

A decision is signed over canonical JSON that names the case, the decision and its National
Decision Model rationale, the eligibility rule relied on, and - for every compartment the signer
held - its Automerge heads and a digest of each risk-relevant field. The heads say exactly which
state of the case was decided on; the digests let any device that holds a field tell, by itself,
whether it has changed since. A device that cannot read a field learns of a change from the note
its author's device leaves in the process compartment (see process/service.py).

Since FORMAT 2 the signed content also holds the red flags the signer's device raised when the
decision was made (decision_flags.py), each with its words and, for an approval, the override
statement that answers it. FORMAT 1 decisions, signed before flags were recorded, still parse
and verify; they carry no flags, and say so where they are shown.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.models.errors import ValidationError
from app.models.identity import KnownMember, fingerprint_of
from app.models.language import QT_TRANSLATE_NOOP, Listed, said

FORMAT = 2
FORMATS = (1, 2)  # every format a device reads; FORMAT is the one it signs
SIGNING_TAG = b"concord sign-off v1\n"  # so no other signed object of Concord can pass as one
DECISIONS = ("approve", "approve with conditions", "decline", "defer")
SIGNER_ROLE = "chief_inspector"
# The National Decision Model, in its order: every rationale answers each part.
# The labels are shown through translate("NDM", label) in the reader's language.
NDM: tuple[tuple[str, str], ...] = (
    ("information", QT_TRANSLATE_NOOP("NDM", "Information and intelligence")),
    ("assessment", QT_TRANSLATE_NOOP("NDM", "Assessment of threat and risk")),
    ("powers_policy", QT_TRANSLATE_NOOP("NDM", "Powers and policy")),
    ("options", QT_TRANSLATE_NOOP("NDM", "Options and contingencies")),
    ("action_review", QT_TRANSLATE_NOOP("NDM", "Action and review")),
)
MAX_TEXT = 20_000
# The shortest text each part of the rationale, and each override statement, may hold when the
# process policy does not say (app/resources/policy/process.toml, [signoff] ndm_minimum_chars).
NDM_MINIMUM_DEFAULT = 40


class DecisionRefused(ValidationError):
    """A decision that may not be signed, with everything it lacks (one problem per item)."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        super().__init__(
            QT_TRANSLATE_NOOP("ProcessProblems", "the decision cannot be signed: {problems}"), problems=self.problems
        )


@dataclass(frozen=True)
class FlagAnswer:
    """A red flag as the decision recorded it: its id, its words when decided, and the override
    statement an approval gave for it ('' for a decline or a deferral)."""

    id: str
    words: str
    override: str = ""


@dataclass(frozen=True)
class Covered:
    compartment: str
    heads: tuple[str, ...]  # hex change hashes
    fields: tuple[tuple[str, str], ...]  # (risk-relevant field id, digest of its value)


@dataclass(frozen=True)
class Decision:
    case_id: str
    reference: str
    request_id: str
    decision: str
    conditions: str
    rationale: tuple[tuple[str, str], ...]  # NDM key -> text, in NDM order
    decided_by: str
    rank: str
    decided_on: str  # ISO date
    signed_at: str  # ISO date-time UTC
    signer_device: str
    rule: str  # the eligibility rule and policy relied on
    eligibility: str  # what the rule said, in words
    covered: tuple[Covered, ...]
    red_flags: tuple[FlagAnswer, ...] = ()
    format: int = FORMAT

    @property
    def approves(self) -> bool:
        return self.decision in ("approve", "approve with conditions")

    def rationale_text(self, key: str) -> str:
        return dict(self.rationale).get(key, "")

    def canonical(self) -> bytes:
        body = {
            "format": self.format,
            "case_id": self.case_id,
            "reference": self.reference,
            "request_id": self.request_id,
            "decision": self.decision,
            "conditions": self.conditions,
            "rationale": dict(self.rationale),
            "decided_by": self.decided_by,
            "rank": self.rank,
            "decided_on": self.decided_on,
            "signed_at": self.signed_at,
            "signer_device": self.signer_device,
            "rule": self.rule,
            "eligibility": self.eligibility,
            "covered": [{"compartment": c.compartment, "heads": list(c.heads)} for c in self.covered],
            "digests": hashlib.sha256(self.digests_json()).hexdigest(),
        }
        # A FORMAT 1 decision is written back exactly as it was signed, so its hash is that of its
        # signed bytes.
        if self.format != 1:
            body["red_flags"] = [{"id": f.id, "words": f.words, "override": f.override} for f in self.red_flags]
        return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()

    def digests_json(self) -> bytes:
        """The field digests, kept beside the signed content and committed to by its hash: a
        digest of a yes/no field gives its value away, so a report carries the signed content
        (which verifies without them) but never these."""
        body = {c.compartment: dict(c.fields) for c in self.covered}
        return json.dumps(body, sort_keys=True, separators=(",", ":")).encode()

    def content_hash(self) -> str:
        return hashlib.sha256(self.canonical()).hexdigest()


def same_text(text: str) -> str:
    """A text as compared for repetition: spacing and letter case aside."""
    return " ".join(text.split()).casefold()


def check_decision(
    decision: str,
    conditions: str,
    rationale: dict[str, str],
    decided_by: str,
    rank: str,
    *,
    minimum: int = NDM_MINIMUM_DEFAULT,
    flags: Sequence[tuple[str, str]] = (),
    overrides: dict[str, str] | None = None,
) -> None:
    """Refuse an incomplete decision before it is signed: every part is needed to defend it.

    flags: the red flags raised now, as (id, words) pairs (decision_flags.py); an approval needs an
    override statement for each, in overrides by flag id. Every problem found is listed in one
    DecisionRefused, so a person can put all of it right at once."""
    problems: list[str] = []
    overrides = {str(k): str(v or "") for k, v in (overrides or {}).items()}
    if decision not in DECISIONS:
        problems.append(
            said(
                QT_TRANSLATE_NOOP("ProcessProblems", "choose the decision: {decisions}"), decisions=", ".join(DECISIONS)
            )
        )
    missing = [label for key, label in NDM if not (rationale.get(key) or "").strip()]
    if missing:
        problems.append(
            said(
                QT_TRANSLATE_NOOP(
                    "ProcessProblems",
                    "the rationale must answer every part of the National Decision Model; missing: {parts}",
                ),
                parts=Listed(missing),
            )
        )
    for key, label in NDM:
        n = len((rationale.get(key) or "").strip())
        if 0 < n < minimum:
            problems.append(
                said(
                    QT_TRANSLATE_NOOP("ProcessProblems", "{part} is too short: {n} of at least {minimum} characters"),
                    part=label,
                    n=n,
                    minimum=minimum,
                )
            )
    unknown = sorted(set(rationale) - {k for k, _l in NDM})
    if unknown:
        problems.append(
            said(QT_TRANSLATE_NOOP("ProcessProblems", "unknown rationale part(s): {parts}"), parts=", ".join(unknown))
        )
    texts: list[tuple[str, str]] = [(label, rationale.get(key) or "") for key, label in NDM]
    approves = decision in ("approve", "approve with conditions")
    if decision == "approve with conditions" and not conditions.strip():
        problems.append(QT_TRANSLATE_NOOP("ProcessProblems", "an approval with conditions must state the conditions"))
    if decision != "approve with conditions" and conditions.strip():
        problems.append(QT_TRANSLATE_NOOP("ProcessProblems", "conditions belong to an approval with conditions only"))
    if not decided_by.strip() or not rank.strip():
        problems.append(QT_TRANSLATE_NOOP("ProcessProblems", "the decision needs the decision-maker's name and rank"))
    given = {k: v for k, v in overrides.items() if v.strip()}
    if approves:
        raised = dict(flags)
        for fid, words in flags:
            n = len(overrides.get(fid, "").strip())
            if n == 0:
                problems.append(
                    said(
                        QT_TRANSLATE_NOOP(
                            "ProcessProblems", "an override statement is needed for the red flag '{flag}' ({words})"
                        ),
                        flag=fid,
                        words=words.rstrip("."),
                    )
                )
            elif n < minimum:
                problems.append(
                    said(
                        QT_TRANSLATE_NOOP(
                            "ProcessProblems",
                            "the override statement for the red flag '{flag}' is too short: {n} of at least {minimum} characters",
                        ),
                        flag=fid,
                        n=n,
                        minimum=minimum,
                    )
                )
        for fid in sorted(set(given) - set(raised)):
            problems.append(
                said(
                    QT_TRANSLATE_NOOP(
                        "ProcessProblems",
                        "there is no red flag '{flag}' now (the case may have changed): look at the flags again",
                    ),
                    flag=fid,
                )
            )
        texts += [
            (
                said(QT_TRANSLATE_NOOP("ProcessProblems", "the override statement for '{flag}'"), flag=fid),
                overrides[fid],
            )
            for fid, _w in flags
            if fid in given
        ]
    elif decision in DECISIONS and given:
        problems.append(QT_TRANSLATE_NOOP("ProcessProblems", "override statements belong to an approval only"))
    alike: dict[str, list[str]] = {}
    for label, text in texts:
        if same_text(text):
            alike.setdefault(same_text(text), []).append(label)
    for labels in alike.values():
        if len(labels) > 1:
            problems.append(
                said(
                    QT_TRANSLATE_NOOP(
                        "ProcessProblems", "{parts} and {last} hold the same text: each answers its own question"
                    ),
                    parts=Listed(labels[:-1]),
                    last=labels[-1],
                )
            )
    for text in [conditions, decided_by, rank, *rationale.values(), *overrides.values()]:
        if len(text) > MAX_TEXT:
            problems.append(
                said(
                    QT_TRANSLATE_NOOP("ProcessProblems", "a part of the decision is longer than {limit} characters"),
                    limit=MAX_TEXT,
                )
            )
            break
    if problems:
        raise DecisionRefused(problems)


def unanswered(d: Decision) -> list[str]:
    """The red flags an approval recorded without an override statement: a device that made it
    skipped the rule, and no device relies on it."""
    if not d.approves:
        return []
    return [f.id for f in d.red_flags if not f.override.strip()]


def parse(data: bytes | str, digests: bytes | str | None = None) -> Decision:
    """The decision in signed content (with its field digests when given, checked against the
    hash the content commits to), or ValidationError when it is not well formed."""
    try:
        raw = json.loads(data)
        fmt = raw.get("format")
        if fmt not in FORMATS or isinstance(fmt, bool):
            raise ValueError("format")
        by_comp = {}
        if digests is not None:
            if (
                hashlib.sha256(digests if isinstance(digests, bytes) else digests.encode()).hexdigest()
                != raw["digests"]
            ):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "ProcessProblems", "the sign-off's field digests are not those it was signed with"
                    )
                )
            by_comp = json.loads(digests)
        covered = tuple(
            Covered(
                str(c["compartment"]),
                tuple(str(h) for h in c["heads"]),
                tuple(sorted((str(k), str(v)) for k, v in by_comp.get(c["compartment"], {}).items())),
            )
            for c in raw["covered"]
        )
        rationale = tuple((k, str(raw["rationale"].get(k, ""))) for k, _l in NDM)
        flags = (
            ()
            if fmt == 1
            else tuple(FlagAnswer(str(f["id"]), str(f["words"]), str(f["override"])) for f in raw["red_flags"])
        )
        d = Decision(
            str(raw["case_id"]),
            str(raw["reference"]),
            str(raw["request_id"]),
            str(raw["decision"]),
            str(raw["conditions"]),
            rationale,
            str(raw["decided_by"]),
            str(raw["rank"]),
            str(raw["decided_on"]),
            str(raw["signed_at"]),
            str(raw["signer_device"]),
            str(raw["rule"]),
            str(raw["eligibility"]),
            covered,
            flags,
            fmt,
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ProcessProblems", "the sign-off's signed content is not readable")
        ) from None
    if d.decision not in DECISIONS:
        raise ValidationError(QT_TRANSLATE_NOOP("ProcessProblems", "the sign-off names no known decision"))
    return d


def sign(decision: Decision, sign_bytes: Callable[[bytes], bytes]) -> str:
    return base64.b64encode(sign_bytes(SIGNING_TAG + decision.canonical())).decode()


def signature_ok(content: bytes, signature_b64: str, public_key: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(
            base64.b64decode(signature_b64, validate=True), SIGNING_TAG + content
        )
        return True
    except (InvalidSignature, ValueError, TypeError):
        return False


def value_digest(value: object) -> str:
    """A digest of a field's value that does not depend on record order (records by id)."""
    if isinstance(value, list):
        value = sorted(value, key=lambda r: str(r.get("id", "")))
    data = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(data.encode()).hexdigest()


REVOKED_SIGNER = QT_TRANSLATE_NOOP("ProcessProblems", "the device that signed it has since been revoked from the panel")


@dataclass(frozen=True)
class Verified:
    """A decision as a device shows it: only `valid` ones count, and `stale` ones block sessions."""

    record_id: str
    decision: Decision | None
    valid: bool
    problem: str  # why it is not valid ('' when valid)
    signer_name: str = ""
    signer_fingerprint: str = ""
    content_hash: str = ""
    stale_because: tuple[str, ...] = ()

    @property
    def stale(self) -> bool:
        return bool(self.stale_because)

    @property
    def current(self) -> bool:
        return self.valid and not self.stale


def verify_record(record: dict[str, Any], case_id: str, member_of: Callable[[str], KnownMember | None]) -> Verified:
    """Check one stored decision: readable, for this case, signed by a Chief Inspector's device.

    member_of(device_id) -> KnownMember or None, from the membership this device has verified.
    """
    rid = str(record.get("id") or "")
    content = str(record.get("signed_content") or "").encode()
    try:
        d = parse(content, str(record.get("field_digests") or ""))
    except ValidationError as exc:
        return Verified(rid, None, False, str(exc))
    if d.case_id != case_id:
        return Verified(rid, d, False, "the sign-off was made for another case")
    if d.signer_device != str(record.get("signer_device") or ""):
        return Verified(rid, d, False, "the record names another signing device than its content")
    member = member_of(d.signer_device)
    if member is None:
        return Verified(rid, d, False, "the signing device is not a member of this panel")
    public, role, name = member.public_key, member.role, member.name
    fp = fingerprint_of(public)
    if not signature_ok(content, str(record.get("signature") or ""), public):
        return Verified(
            rid, d, False, "the signature does not match the content: it has been altered or forged", name, fp
        )
    if role != SIGNER_ROLE:
        return Verified(rid, d, False, "the signing device is not a Chief Inspector's", name, fp)
    skipped = unanswered(d)
    if skipped:
        return Verified(
            rid,
            d,
            False,
            "it approves over red flag(s) it gives no override statement for: " + ", ".join(skipped),
            name,
            fp,
        )
    return Verified(rid, d, True, "", name, fp, d.content_hash())
