"""A panel's membership: a signed, append-only log of entries, merged as a set.

The founding entry is signed by the founding (chair's) device and its hash *is* the panel id,
so every device can verify every entry back to the founding key. Each later entry names the
entries its author had seen (`prev`), making the log a DAG that any device can merge in any
order and fold to the same state.

Rules of the fold:
- An entry counts only if its author was an admin (the founder, or a member with an admin
  role) in the state formed by the entry's own causal past, and every entry it names is known.
- Revocation is final: a revoked device cannot be added back (a new device key can).
- A revoked device's own entries count only if the revoking entry had seen them: it cannot
  escape its revocation by writing entries that claim to come from before it.
- Concurrent role changes resolve by (time, hash), the same on every device.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.sync.identity import device_id_of

KINDS = ("found", "add", "role", "revoke")
ADMIN_ROLES = frozenset({"chair"})
MAX_ENTRY_BYTES = 16 * 1024
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

    def body(self) -> bytes:
        return json.dumps(
            {
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
    def decode(cls, data: bytes) -> "Entry":
        if len(data) > MAX_ENTRY_BYTES:
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
            )
        except (ValueError, KeyError, TypeError, RecursionError, AttributeError) as exc:
            raise MembershipError(f"malformed membership entry ({exc.__class__.__name__})") from None
        if entry.body().decode() != outer["body"]:
            raise MembershipError("membership entry is not in canonical form")
        if entry.kind not in KINDS or not all(isinstance(p, str) for p in entry.prev) or not all(
                isinstance(v, str) for v in (entry.panel_id, entry.device_id, entry.role, entry.name, entry.agency,
                                             entry.at, entry.author)):
            raise MembershipError("membership entry of an unknown kind")
        return entry


@dataclass
class Member:
    device_id: str
    role: str
    name: str
    agency: str
    signing_public: bytes
    exchange_public: bytes
    added_by: str
    revoked: bool = False

    @property
    def admin(self) -> bool:
        return not self.revoked and self.role in ADMIN_ROLES


@dataclass
class PanelState:
    panel_id: str
    founder: str
    members: dict[str, Member] = field(default_factory=dict)
    accepted: list[str] = field(default_factory=list)
    rejected: dict[str, str] = field(default_factory=dict)
    pending: list[str] = field(default_factory=list)
    heads: list[str] = field(default_factory=list)
    invalid: dict[str, str] = field(default_factory=dict)  # stored bytes that are no entry: hash -> why
    # Every role each device has held, and the last entry about it: who may hold a compartment's
    # key from a role it no longer has (see KeyDesk._ensure_keys).
    roles_held: dict[str, set[str]] = field(default_factory=dict)
    last_entry: dict[str, str] = field(default_factory=dict)

    def active(self, device_id: str) -> Member | None:
        m = self.members.get(device_id)
        return m if m and not m.revoked else None


def _verify_signature(entry: Entry, signing_public: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(signing_public).verify(entry.signature, entry.body())
        return True
    except (InvalidSignature, ValueError):
        return False


class MembershipLog:
    """The set of entries this device knows for one panel, and the state they fold to."""

    def __init__(self, entries: list[Entry] | None = None, panel_id: str | None = None):
        self.panel_id = panel_id
        self.entries: dict[str, Entry] = {}
        for e in entries or []:
            self.add(e)

    def add(self, entry: Entry) -> bool:
        """Keep an entry (verified at fold time). Returns False if already known."""
        if entry.hash in self.entries:
            return False
        self.entries[entry.hash] = entry
        return True

    def founding(self, panel_id: str | None = None) -> Entry:
        """The founding entry: the one whose hash is the panel id. Without the panel id (an
        admission being read, before the device knows its panel) the log must hold one only."""
        if panel_id is not None:
            found = self.entries.get(panel_id)
            if found is None or found.kind != "found":
                raise MembershipError("the panel's founding entry is missing from its log")
            return found
        founds = [e for e in self.entries.values() if e.kind == "found"]
        if len(founds) != 1:
            raise MembershipError("a panel log needs exactly one founding entry")
        return founds[0]

    def _order(self) -> tuple[list[Entry], list[str]]:
        """Entries whose causal past is complete, parents first, ties broken by (time, hash)."""
        known = self.entries
        missing = {h for h, e in known.items() if any(p not in known for p in e.prev)}
        changed = True
        while changed:  # anything built on a missing entry waits too
            changed = False
            for h, e in known.items():
                if h not in missing and any(p in missing for p in e.prev):
                    missing.add(h)
                    changed = True
        ready = {h: e for h, e in known.items() if h not in missing}
        indegree = {h: sum(1 for p in e.prev if p in ready) for h, e in ready.items()}
        children: dict[str, list[str]] = {h: [] for h in ready}
        for h, e in ready.items():
            for p in e.prev:
                children[p].append(h)
        frontier = sorted((e.at, h) for h, e in ready.items() if indegree[h] == 0)
        out: list[Entry] = []
        while frontier:
            _, h = frontier.pop(0)
            out.append(ready[h])
            for c in children[h]:
                indegree[c] -= 1
                if indegree[c] == 0:
                    frontier.append((ready[c].at, c))
                    frontier.sort()
        return out, sorted(missing)

    def closure(self, hashes) -> list[Entry]:
        """These entries and every entry in their causal past, parents first."""
        wanted: set[str] = set()
        for h in hashes:
            if h in self.entries:
                wanted |= self._ancestors(h) | {h}
        ordered, _ = self._order()
        return [e for e in ordered if e.hash in wanted]

    def _ancestors(self, h: str) -> set[str]:
        seen: set[str] = set()
        stack = list(self.entries[h].prev)
        while stack:
            p = stack.pop()
            if p not in seen and p in self.entries:
                seen.add(p)
                stack.extend(self.entries[p].prev)
        return seen

    def fold(self, panel_id: str | None = None) -> PanelState:
        """The panel's state. Any other "found" entry is rejected, never fatal: a device whose
        log was handed a forged one goes on working and names it."""
        found = self.founding(panel_id or self.panel_id)
        panel_id = found.hash
        if found.prev or found.panel_id or found.author != found.device_id:
            raise MembershipError("the founding entry is malformed")
        if found.device_id != device_id_of(found.signing_public) or not _verify_signature(found, found.signing_public):
            raise MembershipError("the founding entry is not signed by the founding key")
        ordered, pending = self._order()
        # Pass 1: which revocations stand, to bound what revoked devices may still say.
        state = self._replay(panel_id, found, ordered, revoke_horizon={})
        horizon = {}
        for h in state.accepted:
            e = self.entries[h]
            if e.kind == "revoke":
                horizon.setdefault(e.device_id, set()).update(self._ancestors(h) | {h})
        if horizon:
            state = self._replay(panel_id, found, ordered, revoke_horizon=horizon)
        state.pending = pending
        accepted = set(state.accepted)
        cited = {p for h in accepted for p in self.entries[h].prev}
        # Accepted entries that no other accepted entry names: what a new entry should cite.
        state.heads = sorted(accepted - cited)
        return state

    def _replay(self, panel_id: str, found: Entry, ordered: list[Entry], revoke_horizon: dict[str, set[str]]) -> PanelState:
        state = PanelState(panel_id=panel_id, founder=found.device_id)
        ever_revoked: set[str] = set()
        for e in ordered:
            h = e.hash
            if e.kind == "found":
                if h != panel_id:
                    state.rejected[h] = "a second founding entry"
                    continue
                state.members[e.device_id] = Member(
                    e.device_id, e.role, e.name, e.agency, e.signing_public, e.exchange_public, e.author
                )
                state.roles_held[e.device_id] = {e.role}
                state.last_entry[e.device_id] = h
                state.accepted.append(h)
                continue
            reason = self._check(e, h, panel_id, state, revoke_horizon, ever_revoked)
            if reason:
                state.rejected[h] = reason
                continue
            if e.kind == "add":
                state.members[e.device_id] = Member(
                    e.device_id, e.role, e.name, e.agency, e.signing_public, e.exchange_public, e.author
                )
            elif e.kind == "role":
                state.members[e.device_id].role = e.role
            elif e.kind == "revoke":
                state.members[e.device_id].revoked = True
                ever_revoked.add(e.device_id)
            state.roles_held.setdefault(e.device_id, set()).add(e.role)
            state.last_entry[e.device_id] = h
            state.accepted.append(h)
        return state

    def _check(self, e: Entry, h: str, panel_id: str, state: PanelState, horizon, ever_revoked) -> str:
        if e.panel_id != panel_id:
            return "belongs to another panel"
        author = state.members.get(e.author)
        if author is None:
            return "author is not a member"
        if not _verify_signature(e, author.signing_public):
            return "signature does not verify"
        if e.author in horizon and h not in horizon[e.author]:
            return "author was revoked and the revocation had not seen this entry"
        # The author must be an admin in the entry's own causal past.
        past = self._ancestors(h)
        past_state = self._replay_subset(panel_id, past, state)
        past_author = past_state.get(e.author)
        if past_author is None or past_author.revoked or past_author.role not in ADMIN_ROLES:
            return "author was not an admin when it wrote this"
        if e.kind == "add":
            if e.device_id in ever_revoked:
                return "a revoked device cannot be added back"
            if e.device_id != device_id_of(e.signing_public):
                return "device id does not match its key"
            if state.active(e.device_id):
                return "already a member"
        elif e.kind in ("role", "revoke"):
            if not state.active(e.device_id):
                return "not an active member"
            if e.kind == "revoke" and e.device_id == state.founder and e.author != state.founder:
                return "only the founder may revoke the founder"
        return ""

    def _replay_subset(self, panel_id: str, subset: set[str], state: PanelState) -> dict[str, Member]:
        """Members as the accepted entries within `subset` (a causal past) leave them."""
        members: dict[str, Member] = {}
        for h in state.accepted:
            if h not in subset:
                continue
            e = self.entries[h]
            if e.kind in ("found", "add"):
                members[e.device_id] = Member(e.device_id, e.role, e.name, e.agency, e.signing_public, e.exchange_public, e.author)
            elif e.kind == "role" and e.device_id in members:
                members[e.device_id].role = e.role
            elif e.kind == "revoke" and e.device_id in members:
                members[e.device_id].revoked = True
        return members


def founding_entry(profile, sign, at: str) -> Entry:
    """The chair's device founds a panel; profile is its DeviceProfile, sign its signer."""
    draft = Entry("found", "", profile.device_id, "chair", profile.name, profile.agency,
                  profile.signing_public, profile.exchange_public, at, profile.device_id, ())
    return Entry(**{**draft.__dict__, "signature": sign(draft.body())})


def make_entry(kind: str, panel_id: str, subject, role: str, author: str, prev: list[str], sign, at: str) -> Entry:
    """An add, role change or revocation of `subject` (a DeviceProfile or Member) by `author`."""
    if kind not in ("add", "role", "revoke"):
        raise MembershipError(f"unknown entry kind {kind}")
    draft = Entry(kind, panel_id, subject.device_id, role, subject.name, subject.agency,
                  subject.signing_public, subject.exchange_public, at, author, tuple(sorted(prev)))
    return Entry(**{**draft.__dict__, "signature": sign(draft.body())})
