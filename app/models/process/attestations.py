"""Safeguard attestations: facts a role holds, signed where every role can check them.

Sessions need a named facilitator with domestic-abuse training and a named case supervisor, and
a live process needs a safety plan. Those facts sit in compartments not every role may read, so
a step into preparation or sessions made on a device that cannot read them would otherwise skip
the check. Instead the role that holds the facts signs what they say - never the facts
themselves, only whether each is in place and a digest of each field - in a record the whole
panel reads: the facilitator's device for facilitation, the advocate's for the safety plan. It
does so each time one of the facts changes. A step into a live state names the attestations it
relied on; every device checks them (signature, signing role, case, facts all in place), and
while the latest attestation of a kind says a fact is missing, a live process is held paused.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.models.identity import KnownMember
from app.models.language import QT_TRANSLATE_NOOP, said
from app.models.process.signoff import value_digest

FIELD = "safeguard_attestations"
SIGNING_TAG = b"concord safeguard attestation v1\n"
FACILITATION, SAFETY_PLAN = "facilitation", "safety plan"


@dataclass(frozen=True)
class Kind:
    name: str
    role: str  # the only role whose device may attest it
    facts: tuple[tuple[str, str, str, str], ...]  # (fact, its absence, in words; field read; how)


KINDS = {
    FACILITATION: Kind(
        FACILITATION,
        "facilitator",
        (
            (
                QT_TRANSLATE_NOOP("ProcessProblems", "a facilitator is named"),
                QT_TRANSLATE_NOOP("ProcessProblems", "no facilitator is named"),
                "facilitator_name",
                "text",
            ),
            (
                QT_TRANSLATE_NOOP("ProcessProblems", "the facilitator has completed domestic-abuse training"),
                QT_TRANSLATE_NOOP("ProcessProblems", "the facilitator has not completed domestic-abuse training"),
                "facilitator_da_trained",
                "yes",
            ),
            (
                QT_TRANSLATE_NOOP("ProcessProblems", "a case supervisor is named"),
                QT_TRANSLATE_NOOP("ProcessProblems", "no case supervisor is named"),
                "case_supervisor",
                "text",
            ),
        ),
    ),
    SAFETY_PLAN: Kind(
        SAFETY_PLAN,
        "advocate",
        (
            (
                QT_TRANSLATE_NOOP("ProcessProblems", "a safety plan is in place"),
                QT_TRANSLATE_NOOP("ProcessProblems", "no safety plan is in place"),
                "safety_plan",
                "text",
            ),
        ),
    ),
}
# How each kind reads; the stored kind stays the English word.
KIND_WORDS = {
    FACILITATION: QT_TRANSLATE_NOOP("ProcessWords", "facilitation"),
    SAFETY_PLAN: QT_TRANSLATE_NOOP("ProcessWords", "safety plan"),
}
# Which attestations a step into each live state relies on.
NEEDED = {"preparation": (SAFETY_PLAN,), "sessions": (SAFETY_PLAN, FACILITATION)}
FACT_FIELDS = {fid: kind for kind in KINDS.values() for _w, _n, fid, _h in kind.facts}
ABSENT = {w: n for kind in KINDS.values() for w, n, _f, _h in kind.facts}


def _holds(value: object, how: str) -> bool:
    return value is True if how == "yes" else bool(str(value or "").strip())


def facts_of(kind: Kind, get: Callable[[str], object]) -> tuple[tuple[str, bool], ...]:
    return tuple((words, _holds(get(fid), how)) for words, _n, fid, how in kind.facts)


def content(case_id: str, kind: Kind, get: Callable[[str], object], by: str, device_id: str, at: str) -> bytes:
    return json.dumps(
        {
            "case_id": case_id,
            "kind": kind.name,
            "facts": [[w, ok] for w, ok in facts_of(kind, get)],
            "digests": {fid: value_digest(get(fid)) for _w, _n, fid, _h in kind.facts},
            "by": by,
            "device": device_id,
            "at": at,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()


def sign(data: bytes, sign_bytes: Callable[[bytes], bytes]) -> str:
    return base64.b64encode(sign_bytes(SIGNING_TAG + data)).decode()


@dataclass(frozen=True)
class Attestation:
    record_id: str
    kind: str
    facts: tuple[tuple[str, bool], ...]
    digests: dict[str, Any]
    by: str
    at: str
    valid: bool
    problem: str = ""

    @property
    def missing(self) -> list[str]:
        """What is not in place, in words."""
        return [ABSENT.get(w, f"not: {w}") for w, ok in self.facts if not ok]

    @property
    def all_in_place(self) -> bool:
        return self.valid and bool(self.facts) and not self.missing


def verify(record: dict[str, Any], case_id: str, member_of: Callable[[str], KnownMember | None]) -> Attestation:
    """One stored attestation as this device may rely on it: signed by a current member of the
    attesting role, for this case, its content readable."""
    rid = str(record.get("id") or "")
    raw = str(record.get("signed_content") or "")
    try:
        body = json.loads(raw)
        facts = tuple((str(w), ok is True) for w, ok in body["facts"])
        kind = KINDS[str(body["kind"])]
        device = str(body["device"])
    except (ValueError, KeyError, TypeError):
        return Attestation(rid, str(record.get("kind") or ""), (), {}, "", "", False, "it cannot be read")
    out = Attestation(
        rid,
        kind.name,
        facts,
        dict(body.get("digests") or {}),
        str(body.get("by") or ""),
        str(body.get("at") or ""),
        True,
    )

    def refused(problem: str) -> Attestation:
        return Attestation(out.record_id, out.kind, out.facts, out.digests, out.by, out.at, False, problem)

    if body.get("case_id") != case_id:
        return refused("it was made for another case")
    if record.get("kind") != kind.name or record.get("signer_device") != device:
        return refused("its record does not match what was signed")
    member = member_of(device)
    if member is None:
        return refused("the attesting device is not a member of this panel")
    try:
        Ed25519PublicKey.from_public_bytes(member.public_key).verify(
            base64.b64decode(str(record.get("signature") or ""), validate=True), SIGNING_TAG + raw.encode()
        )
    except (InvalidSignature, ValueError, TypeError):
        return refused("the signature does not match: it has been altered or forged")
    if member.role != kind.role:
        return refused(f"only the {kind.role}'s device attests {kind.name}")
    if member.revoked:
        return refused("the attesting device has been revoked")
    if [w for w, _ok in facts] != [w for w, _n, _fid, _h in kind.facts]:
        return refused("it does not attest the facts its kind names")
    return out


def verified(
    records: list[dict[str, Any]], case_id: str, member_of: Callable[[str], KnownMember | None]
) -> list[Attestation]:
    return [verify(r, case_id, member_of) for r in records or []]


def latest(attestations: list[Attestation]) -> dict[str, Attestation]:
    """The attestation made last of each kind, among those that verify (record order is the
    order they were made in; the time each carries is its device's clock, shown only)."""
    out: dict[str, Attestation] = {}
    for a in attestations:
        if a.valid:
            out[a.kind] = a
    return out


def problems_for(state: str, relied: list[Attestation]) -> list[str]:
    """Why these attestations do not let a step into `state` in ('' list when they do)."""
    out: list[str] = []
    by_kind = {a.kind: a for a in relied}
    for kind in NEEDED.get(state, ()):
        a = by_kind.get(kind)
        if a is None:
            out.append(
                said(
                    QT_TRANSLATE_NOOP("ProcessProblems", "no {kind} attestation from the {role}'s device"),
                    kind=kind,
                    role=KINDS[kind].role,
                )
            )
        elif not a.valid:
            out.append(
                said(
                    QT_TRANSLATE_NOOP("ProcessProblems", "the {kind} attestation does not verify: {problem}"),
                    kind=kind,
                    problem=a.problem,
                )
            )
        elif a.missing:
            out.append(
                said(
                    QT_TRANSLATE_NOOP("ProcessProblems", "the {role}'s device attests that {missing}"),
                    role=KINDS[kind].role,
                    missing=tuple(a.missing),
                )
            )
    return out


def changed_since(kind: Kind, last: Attestation | None, get: Callable[[str], object]) -> bool:
    """Whether this device's facts differ from the latest attestation of them."""
    if last is None:
        return True
    return dict(facts_of(kind, get)) != dict(last.facts) or any(
        last.digests.get(fid) != value_digest(get(fid)) for _w, _n, fid, _h in kind.facts
    )
