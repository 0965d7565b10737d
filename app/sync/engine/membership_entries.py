"""Membership entries: what one signed entry of a panel's membership log holds, how it is
encoded and checked byte for byte, and how the chair's device writes one. The log and its fold,
which decide what the entries add up to, are in membership.py."""

from __future__ import annotations

import base64
import hashlib
import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.models.agreement_chain import MAX_AGREEMENT_BYTES
from app.models.identity import DeviceProfile
from app.sync.engine.approval_rules import POLICIES

KINDS = ("found", "add", "role", "revoke", "approve", "hold", "release", "erase", "agreement")
# Entries about a case rather than a device: a legal hold on it, its release, and its erasure at
# the end of its retention period (app/sync/engine/erasure.py).
CASE_KINDS = ("hold", "release", "erase")
MAX_ENTRY_BYTES = 16 * 1024
# An agreement entry carries the whole agreement file, compressed (about a third of its size).
MAX_AGREEMENT_ENTRY_BYTES = 192 * 1024
MAX_BRACKETS = 64


class MembershipError(ValueError):
    """An entry that is malformed or does not verify."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


@dataclass(frozen=True)
class Entry:
    kind: str
    panel_id: str  # "" in the founding entry: its hash becomes the panel id
    device_id: str  # the subject
    role: str
    name: str
    agency: str
    signing_public: bytes
    exchange_public: bytes
    at: str
    author: str
    prev: tuple[str, ...]
    signature: bytes = b""
    target: str = ""  # an approval: the hash of the entry it approves
    policy: str = ""  # the founding entry: the panel's approval policy ("" before policies existed)
    # A revocation: the device that carries the revoked one's work on (one restored from its
    # backup, app/sync/engine/replacement.py); "" for a plain revocation.
    successor: str = ""
    case: str = ""  # an entry about a case: its id (the reference is in `name`)
    why: str = ""  # an entry about a case: the authority for an erasure, or a legal hold's reason
    document: str = ""  # an agreement the chair adopted: its file, compressed (agreement_text)

    def body(self) -> bytes:
        # The later fields are written only when set, so entries made before them keep their
        # bytes and hashes (and a panel its id).
        later = (
            ("target", self.target),
            ("policy", self.policy),
            ("successor", self.successor),
            ("case", self.case),
            ("why", self.why),
            ("document", self.document),
        )
        extra = {k: v for k, v in later if v}
        return json.dumps(
            {
                **extra,
                "kind": self.kind,
                "panel_id": self.panel_id,
                "device_id": self.device_id,
                "role": self.role,
                "name": self.name,
                "agency": self.agency,
                "signing_public": _b64(self.signing_public),
                "exchange_public": _b64(self.exchange_public),
                "at": self.at,
                "author": self.author,
                "prev": sorted(self.prev),
            },
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=True,
        ).encode()

    @property
    def hash(self) -> str:
        return hashlib.sha256(b"concord-membership/" + self.body()).hexdigest()

    def encode(self) -> bytes:
        return json.dumps({"body": self.body().decode(), "signature": _b64(self.signature)}).encode()

    @classmethod
    def decode(cls, data: bytes) -> Entry:
        if len(data) > MAX_AGREEMENT_ENTRY_BYTES:
            raise MembershipError("membership entry too large")
        # A well-formed entry nests three deep; thousands of brackets would exhaust the parser's
        # recursion before any check could run.
        if data.count(b"[") + data.count(b"{") > MAX_BRACKETS:
            raise MembershipError("membership entry nests too deep")
        try:
            outer = json.loads(data)
            if not isinstance(outer, dict) or not isinstance(outer.get("body"), str):
                raise TypeError("not an entry")
            body = json.loads(outer["body"])
            entry = cls(
                kind=body["kind"],
                panel_id=body["panel_id"],
                device_id=body["device_id"],
                role=body["role"],
                name=body["name"],
                agency=body["agency"],
                signing_public=base64.b64decode(body["signing_public"], validate=True),
                exchange_public=base64.b64decode(body["exchange_public"], validate=True),
                at=body["at"],
                author=body["author"],
                prev=tuple(body["prev"]),
                signature=base64.b64decode(outer["signature"], validate=True),
                target=body.get("target", ""),
                policy=body.get("policy", ""),
                successor=body.get("successor", ""),
                case=body.get("case", ""),
                why=body.get("why", ""),
                document=body.get("document", ""),
            )
        except (ValueError, KeyError, TypeError, RecursionError, AttributeError) as exc:
            raise MembershipError(f"malformed membership entry ({exc.__class__.__name__})") from None
        if entry.body().decode() != outer["body"]:
            raise MembershipError("membership entry is not in canonical form")
        if len(data) > MAX_ENTRY_BYTES and entry.kind != "agreement":
            raise MembershipError("membership entry too large")
        if (
            entry.kind not in KINDS
            or not all(isinstance(p, str) for p in entry.prev)
            or not all(
                isinstance(v, str)
                for v in (
                    entry.panel_id,
                    entry.device_id,
                    entry.role,
                    entry.name,
                    entry.agency,
                    entry.at,
                    entry.author,
                    entry.target,
                    entry.policy,
                    entry.successor,
                    entry.case,
                    entry.why,
                    entry.document,
                )
            )
        ):
            raise MembershipError("membership entry of an unknown kind")
        return entry


def verify_signature(entry: Entry, signing_public: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(signing_public).verify(entry.signature, entry.body())
        return True
    except (InvalidSignature, ValueError):
        return False


def founding_entry(profile: DeviceProfile, sign: Callable[[bytes], bytes], at: str, policy: str = "") -> Entry:
    """The chair's device founds a panel; profile is its DeviceProfile, sign its signer, policy
    who must approve role changes (approval_rules.POLICIES; "" as before policies existed)."""
    if policy not in ("", *POLICIES):
        raise MembershipError(f"unknown approval policy '{policy}' (policies: {', '.join(POLICIES)})")
    draft = Entry(
        "found",
        "",
        profile.device_id,
        "chair",
        profile.name,
        profile.agency,
        profile.signing_public,
        profile.exchange_public,
        at,
        profile.device_id,
        (),
        policy=policy,
    )
    return Entry(**{**draft.__dict__, "signature": sign(draft.body())})


class Subject(Protocol):
    """Who an entry is about, as a DeviceProfile, a Member or an earlier entry names it."""

    @property
    def device_id(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def agency(self) -> str: ...

    @property
    def signing_public(self) -> bytes: ...

    @property
    def exchange_public(self) -> bytes: ...


def make_entry(
    kind: str,
    panel_id: str,
    subject: Subject,
    role: str,
    author: str,
    prev: list[str],
    sign: Callable[[bytes], bytes],
    at: str,
    successor: str = "",
) -> Entry:
    """An add, role change or revocation of `subject` (a DeviceProfile or Member) by `author`;
    a revocation may name the device that succeeds the revoked one."""
    if kind not in ("add", "role", "revoke"):
        raise MembershipError(f"unknown entry kind {kind}")
    if successor and kind != "revoke":
        raise MembershipError("only a revocation names a successor")
    draft = Entry(
        kind,
        panel_id,
        subject.device_id,
        role,
        subject.name,
        subject.agency,
        subject.signing_public,
        subject.exchange_public,
        at,
        author,
        tuple(sorted(prev)),
        successor=successor,
    )
    return Entry(**{**draft.__dict__, "signature": sign(draft.body())})


def make_approval(
    panel_id: str, request: Entry, author: str, prev: list[str], sign: Callable[[bytes], bytes], at: str
) -> Entry:
    """`author` approves a role change or admission (`request`, which must be in `prev`'s past)."""
    if request.kind not in ("add", "role"):
        raise MembershipError("only a role change or an admission is approved")
    draft = Entry(
        "approve",
        panel_id,
        request.device_id,
        request.role,
        request.name,
        request.agency,
        request.signing_public,
        request.exchange_public,
        at,
        author,
        tuple(sorted(prev)),
        target=request.hash,
    )
    return Entry(**{**draft.__dict__, "signature": sign(draft.body())})


def make_case_entry(
    kind: str,
    panel_id: str,
    case_id: str,
    reference: str,
    why: str,
    author: str,
    prev: list[str],
    sign: Callable[[bytes], bytes],
    at: str,
) -> Entry:
    """A legal hold on a case, its release, or the case's erasure, by `author` (the chair)."""
    if kind not in CASE_KINDS:
        raise MembershipError(f"unknown case entry kind {kind}")
    draft = Entry(
        kind, panel_id, "", "", reference, "", b"", b"", at, author, tuple(sorted(prev)), case=case_id, why=why
    )
    return Entry(**{**draft.__dict__, "signature": sign(draft.body())})


def make_agreement_entry(
    panel_id: str, text: str, author: str, prev: list[str], sign: Callable[[bytes], bytes], at: str
) -> Entry:
    """The chair adopts a new version of the agreement: the entry carries its whole text."""
    document = _b64(zlib.compress(text.encode("utf-8"), 9))
    draft = Entry("agreement", panel_id, "", "", "", "", b"", b"", at, author, tuple(sorted(prev)), document=document)
    return Entry(**{**draft.__dict__, "signature": sign(draft.body())})


def agreement_text(entry: Entry) -> str:
    """The agreement an agreement entry carries, refused if it would inflate past the limit."""
    try:
        packed = base64.b64decode(entry.document, validate=True)
        inflater = zlib.decompressobj()
        raw = inflater.decompress(packed, MAX_AGREEMENT_BYTES + 1)
        if len(raw) > MAX_AGREEMENT_BYTES or inflater.unconsumed_tail or not inflater.eof:
            raise MembershipError("the agreement an entry carries is too large or incomplete")
        return raw.decode("utf-8")
    except (ValueError, zlib.error):
        raise MembershipError("the agreement an entry carries cannot be read") from None
