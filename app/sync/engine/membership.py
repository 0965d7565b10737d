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
- Under the "agency" and "admin" policies (named by the founding entry), a role change or an
  admission that gives a device read access to restricted compartments is a *request*: it is
  kept and passed on, but takes effect only once a device of each agency that owns those
  compartments (see approval_rules.py) has written an "approve" entry naming it, having seen
  it - or, under "admin", once a second admin has. Neither the author nor the subject may
  approve, an approval counts only while its author holds the approving role, and a revoked
  approver's approvals count only if the revocation had seen them. An agency with no device in
  the request's causal past, nor in one written concurrently with it, has nothing on the panel
  yet and is not waited for; one that joins while the request waits is waited for as well. A
  later entry about the same device supersedes a waiting request.
  Every device folds this the same way, so a chair writing entries by hand gains nothing.
- Entries about a case (an admin's legal hold, its release, the case's erasure at the end of
  its retention) name the case and no device. An erasure is final and does not count while a
  hold stands; a hold gives its reason. Each device carries out what the fold says
  (erasure.py).
- An agreement entry (an admin's) puts a new version of the information-sharing agreement in
  force. It counts only if the agreement check the log was given accepts it over the versions
  accepted before it (a later version, valid, keeping every role a member holds): two chairs
  adopting the same version concurrently leave the one folded first in force, on every device.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field, replace
from typing import Literal

from app.models.case_schema import Schema
from app.models.identity import device_id_of
from app.sync.engine.approval_rules import POLICIES, ApprovalRules
from app.sync.engine.membership_entries import CASE_KINDS, Entry, MembershipError, verify_signature

ADMIN_ROLES = frozenset({"chair"})


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
    successor: str = ""  # revoked in favour of this device (a copy restored from its backup)

    @property
    def admin(self) -> bool:
        return not self.revoked and self.role in ADMIN_ROLES


@dataclass
class Request:
    """A role change or admission, and where it stands: "in force", "pending" (waiting for the
    approvals in `needs`) or "superseded" (a later entry about the device came first)."""

    hash: str
    kind: str  # "add" or "role"
    device_id: str
    role: str
    from_role: str  # "" for an admission
    author: str
    at: str
    needs: frozenset[str]  # the agencies whose approval it waits for
    approvals: dict[str, str] = field(default_factory=dict)  # agency (or SECOND_ADMIN) -> approving device
    status: str = "pending"
    in_force_by: str = ""  # the entry that put it in force: itself, or the last approval

    def missing(self) -> list[str]:
        return sorted(self.needs - set(self.approvals))


SECOND_ADMIN = "a second admin"

# What an accepted entry did to the members: added one, changed a device's role, revoked a device.
Op = tuple[Literal["member"], Member] | tuple[Literal["role"], str, str] | tuple[Literal["revoke"], str, str]


@dataclass
class PanelState:
    panel_id: str
    founder: str
    policy: str = "chair"
    members: dict[str, Member] = field(default_factory=dict)
    accepted: list[str] = field(default_factory=list)
    rejected: dict[str, str] = field(default_factory=dict)
    pending: list[str] = field(default_factory=list)  # entries whose causal past is not all known
    heads: list[str] = field(default_factory=list)
    invalid: dict[str, str] = field(default_factory=dict)  # stored bytes that are no entry: hash -> why
    # Every role each device has held, and the last entry about it: who may hold a compartment's
    # key from a role it no longer has (see KeyGrants.cut_off).
    roles_held: dict[str, set[str]] = field(default_factory=dict)
    last_entry: dict[str, str] = field(default_factory=dict)
    # Every role change and admission, in fold order, with its approvals and where it stands.
    requests: dict[str, Request] = field(default_factory=dict)
    # What each accepted entry changed: replayed over a causal past (MembershipLog._replay_subset).
    effects: dict[str, list[Op]] = field(default_factory=dict)
    # Cases under a legal hold, and cases erased, by case id: the entry that made them so.
    holds: dict[str, Entry] = field(default_factory=dict)
    erased: dict[str, Entry] = field(default_factory=dict)
    # The agreements adopted after the panel's first, in the order they came into force.
    agreements: list[Entry] = field(default_factory=list)

    def active(self, device_id: str) -> Member | None:
        m = self.members.get(device_id)
        return m if m and not m.revoked else None

    def roles_in_use(self) -> frozenset[str]:
        """The roles the panel's members hold (an agreement may not leave one out)."""
        return frozenset(m.role for m in self.members.values() if not m.revoked)

    def ahead_of(self, schema: Schema) -> bool:
        """Whether the panel has adopted an agreement `schema` does not yet follow."""
        return len(self.agreements) > len(schema.earlier)

    def waiting(self) -> list[Request]:
        """Role changes and admissions that wait for approval."""
        return [r for r in self.requests.values() if r.status == "pending"]

    def waiting_for(self, device_id: str) -> Request | None:
        return next((r for r in self.waiting() if r.device_id == device_id), None)


# Why an agreement entry may not come into force in this state ("" if it may).
AgreementCheck = Callable[[Entry, PanelState], str]


class MembershipLog:
    """The set of entries this device knows for one panel, and the state they fold to."""

    def __init__(
        self,
        entries: list[Entry] | None = None,
        panel_id: str | None = None,
        rules: ApprovalRules | None = None,
        agreement_check: AgreementCheck | None = None,
    ):
        """rules: who owns which compartments. Without them (a log read with no ISA) nothing
        waits for approval. agreement_check: why an adopted agreement may not come into force
        after those before it ("" if it may); without one, no agreement entry counts."""
        self.panel_id = panel_id
        self.rules = rules
        self.agreement_check = agreement_check
        self.entries: dict[str, Entry] = {}
        self._ancestry: dict[str, frozenset[str]] = {}
        for e in entries or []:
            self.add(e)

    def add(self, entry: Entry) -> bool:
        """Keep an entry (verified at fold time). Returns False if already known."""
        if entry.hash in self.entries:
            return False
        self.entries[entry.hash] = entry
        self._ancestry.clear()  # an entry that was missing may complete others' pasts
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

    def closure(self, hashes: Iterable[str]) -> list[Entry]:
        """These entries and every entry in their causal past, parents first."""
        wanted: set[str] = set()
        for h in hashes:
            if h in self.entries:
                wanted |= self._ancestors(h) | {h}
        ordered, _ = self._order()
        return [e for e in ordered if e.hash in wanted]

    def _ancestors(self, h: str) -> frozenset[str]:
        cached = self._ancestry.get(h)
        if cached is not None:
            return cached
        seen: set[str] = set()
        stack = list(self.entries[h].prev)
        while stack:
            p = stack.pop()
            if p not in seen and p in self.entries:
                seen.add(p)
                stack.extend(self.entries[p].prev)
        self._ancestry[h] = frozenset(seen)
        return self._ancestry[h]

    def fold(self, panel_id: str | None = None) -> PanelState:
        """The panel's state. Any other "found" entry is rejected, never fatal: a device whose
        log was handed a forged one goes on working and names it."""
        found = self.founding(panel_id or self.panel_id)
        panel_id = found.hash
        if found.prev or found.panel_id or found.author != found.device_id:
            raise MembershipError("the founding entry is malformed")
        if found.device_id != device_id_of(found.signing_public) or not verify_signature(found, found.signing_public):
            raise MembershipError("the founding entry is not signed by the founding key")
        if found.policy not in ("", *POLICIES):
            raise MembershipError(f"the founding entry names an unknown approval policy '{found.policy}'")
        ordered, pending = self._order()
        # Pass 1: which revocations stand, to bound what revoked devices may still say.
        state = self._replay(panel_id, found, ordered, revoke_horizon={})
        horizon: dict[str, set[str]] = {}
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

    def _replay(
        self, panel_id: str, found: Entry, ordered: list[Entry], revoke_horizon: dict[str, set[str]]
    ) -> PanelState:
        state = PanelState(panel_id=panel_id, founder=found.device_id, policy=found.policy or "chair")
        ever_revoked: set[str] = set()
        for e in ordered:
            h = e.hash
            if e.kind == "found":
                if h != panel_id:
                    state.rejected[h] = "a second founding entry"
                    continue
                state.accepted.append(h)
                self._apply(state, h, ("member", _member_of(e)))
                continue
            reason, past = self._check(e, h, panel_id, state, revoke_horizon, ever_revoked)
            if not reason and e.kind == "approve":
                reason, key = self._approval(e, h, state, past)
            if reason:
                state.rejected[h] = reason
                continue
            state.accepted.append(h)
            if e.kind in ("add", "role"):
                old = state.members[e.device_id].role if e.kind == "role" else None
                self._supersede(state, e.device_id)
                request = Request(
                    h, e.kind, e.device_id, e.role, old or "", e.author, e.at, self._needs(state, e, h, old)
                )
                state.requests[h] = request
                if not request.needs:
                    self._in_force(state, request, h)
            elif e.kind == "revoke":
                self._supersede(state, e.device_id)
                ever_revoked.add(e.device_id)
                self._apply(state, h, ("revoke", e.device_id, e.successor))
            elif e.kind == "hold":
                state.holds[e.case] = e
            elif e.kind == "release":
                state.holds.pop(e.case, None)
            elif e.kind == "erase":
                state.erased[e.case] = e
            elif e.kind == "agreement":
                state.agreements.append(e)
            elif e.kind == "approve":
                request = state.requests[e.target]
                request.approvals[key] = e.author
                if key == SECOND_ADMIN or not request.missing():
                    self._in_force(state, request, h)
                else:
                    state.effects.setdefault(h, [])
        return state

    def _apply(self, state: PanelState, h: str, op: Op) -> None:
        state.effects.setdefault(h, []).append(op)
        _apply_op(state.members, op)
        device_id = op[1].device_id if op[0] == "member" else op[1]
        member = state.members.get(device_id)
        if member is not None:
            state.roles_held.setdefault(device_id, set()).add(member.role)
            state.last_entry[device_id] = h

    def _in_force(self, state: PanelState, request: Request, by: str) -> None:
        request.status, request.in_force_by = "in force", by
        entry = self.entries[request.hash]
        op: Op = ("member", _member_of(entry)) if request.kind == "add" else ("role", request.device_id, request.role)
        self._apply(state, by, op)

    @staticmethod
    def _supersede(state: PanelState, device_id: str) -> None:
        for request in state.requests.values():
            if request.device_id == device_id and request.status == "pending":
                request.status = "superseded"

    def _needs(self, state: PanelState, e: Entry, h: str, old_role: str | None) -> frozenset[str]:
        """The agencies whose approval this role change or admission waits for."""
        if self.rules is None or state.policy == "chair":
            return frozenset()
        gained = self.rules.owners_gained(old_role, e.role)
        if not gained:
            return frozenset()
        # An agency counts as present if a device other than the subject holds one of its roles
        # in the entry's causal past, or is given one by an entry written concurrently with it:
        # a chair cannot make an agency look absent by leaving its admission out of `prev`.
        past = self._ancestors(h)
        present = {
            self.rules.agency(m.role)
            for d, m in self._replay_subset(state.panel_id, past, state).items()
            if d != e.device_id and not m.revoked
        }
        for other_hash, other in self.entries.items():
            if (
                other.kind in ("found", "add", "role")
                and other.device_id != e.device_id
                and other_hash != h
                and other_hash not in past
                and h not in self._ancestors(other_hash)
            ):
                present.add(self.rules.agency(other.role))
        return frozenset(gained & present)

    def _widen(self, state: PanelState, request: Request) -> None:
        """An agency that joined while the request waited is waited for too: once in force, the
        device would read what that agency writes."""
        if self.rules is None or state.policy == "chair":
            return
        gained = self.rules.owners_gained(request.from_role or None, request.role)
        present = {
            self.rules.agency(m.role) for d, m in state.members.items() if d != request.device_id and not m.revoked
        }
        request.needs = request.needs | (gained & present)

    def _check(
        self, e: Entry, h: str, panel_id: str, state: PanelState, horizon: dict[str, set[str]], ever_revoked: set[str]
    ) -> tuple[str, dict[str, Member]]:
        if e.panel_id != panel_id:
            return "belongs to another panel", {}
        author = state.members.get(e.author)
        if author is None:
            return "author is not a member", {}
        if not verify_signature(e, author.signing_public):
            return "signature does not verify", {}
        if e.author in horizon and h not in horizon[e.author]:
            return "author was revoked and the revocation had not seen this entry", {}
        past = self._ancestors(h)
        past_state = self._replay_subset(panel_id, past, state)
        if e.kind == "approve":
            return "", past_state  # any member may approve: see _approval
        # The author must be an admin in the entry's own causal past.
        past_author = past_state.get(e.author)
        if past_author is None or past_author.revoked or past_author.role not in ADMIN_ROLES:
            return "author was not an admin when it wrote this", past_state
        if e.kind in CASE_KINDS:
            return _case_check(e, state), past_state
        if e.kind == "agreement":
            if e.device_id or e.case or e.signing_public or e.exchange_public:
                return "an agreement entry names no device and no case", past_state
            if self.agreement_check is None:
                return "no agreement check to judge it by", past_state
            return self.agreement_check(e, state), past_state
        if e.kind == "add":
            if e.device_id in ever_revoked:
                return "a revoked device cannot be added back", past_state
            if e.device_id != device_id_of(e.signing_public):
                return "device id does not match its key", past_state
            if state.active(e.device_id):
                return "already a member", past_state
        elif e.kind == "role":
            if not state.active(e.device_id):
                return "not an active member", past_state
        elif e.kind == "revoke":
            waiting = state.waiting_for(e.device_id)
            if not state.active(e.device_id) and not (waiting and waiting.kind == "add"):
                return "not an active member", past_state
            if e.device_id == state.founder and e.author != state.founder:
                return "only the founder may revoke the founder", past_state
            heir = past_state.get(e.successor) if e.successor else None
            if e.successor and (e.successor == e.device_id or heir is None or heir.revoked):
                return "the successor it names was not a member when it was written", past_state
        return "", past_state

    def _approval(self, e: Entry, h: str, state: PanelState, past: dict[str, Member]) -> tuple[str, str]:
        """Why an approval does not count, or "" and what it stands for (an agency, or SECOND_ADMIN)."""
        request = state.requests.get(e.target)
        if request is None or e.target not in self._ancestors(h):
            return "approves a change its author had not seen", ""
        if request.status != "pending":
            return f"the change it approves is {request.status}", ""
        self._widen(state, request)
        if e.device_id != request.device_id or e.role != request.role:
            return "does not match the change it approves", ""
        if e.author in (request.author, request.device_id):
            return "a change cannot be approved by the device that made it or the device it concerns", ""
        approver, past_approver = state.active(e.author), past.get(e.author)
        if approver is None or past_approver is None or past_approver.revoked or past_approver.role != approver.role:
            return "the approver did not hold its role throughout", ""
        agency = self.rules.agency(approver.role) if self.rules else ""
        if agency in request.approvals:
            return f"{agency} has approved this change already", ""
        if agency in request.needs:
            return "", agency
        if state.policy == "admin" and approver.role in ADMIN_ROLES:
            return "", SECOND_ADMIN
        waits = ", ".join(request.missing()) or "nobody"
        return f"the approver's agency ({agency or 'none'}) is not one this change waits for ({waits})", ""

    def _replay_subset(self, panel_id: str, subset: Collection[str], state: PanelState) -> dict[str, Member]:
        """Members as the accepted entries within `subset` (a causal past) leave them."""
        members: dict[str, Member] = {}
        for h in state.accepted:
            if h in subset:
                for op in state.effects.get(h, ()):
                    _apply_op(members, op)
        return members


def _case_check(e: Entry, state: PanelState) -> str:
    """Why a hold, release or erasure does not count: an erasure is final, and waits while a
    legal hold stands; a hold gives its reason."""
    if not e.case or e.device_id or e.signing_public or e.exchange_public:
        return "an entry about a case names its case and no device"
    if e.case in state.erased:
        return "the case was erased already"
    if e.kind == "hold":
        if e.case in state.holds:
            return "the case is on legal hold already"
        if not e.why.strip():
            return "a legal hold gives its reason"
    elif e.kind == "release" and e.case not in state.holds:
        return "the case is not on legal hold"
    elif e.kind == "erase" and e.case in state.holds:
        return "the case is on legal hold"
    return ""


def _member_of(e: Entry) -> Member:
    return Member(e.device_id, e.role, e.name, e.agency, e.signing_public, e.exchange_public, e.author)


def _apply_op(members: dict[str, Member], op: Op) -> None:
    if op[0] == "member":
        members[op[1].device_id] = replace(op[1])
    elif op[0] == "role" and op[1] in members:
        members[op[1]] = replace(members[op[1]], role=op[2])
    elif op[0] == "revoke" and op[1] in members:
        members[op[1]] = replace(members[op[1]], revoked=True, successor=op[2])
