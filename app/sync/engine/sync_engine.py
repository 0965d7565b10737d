"""The sync engine of one device, without any network: membership, keys, sealing, receiving.

Transports (TLS session, bundle file, in-memory pair) move what this produces and hand it back
to the receiving engine. Everything received goes through the same checks here, whatever way
it came; what fails a check is quarantined and audited, and never applied.
"""

from __future__ import annotations

import base64
import hashlib
import json
import ssl

import sqlalchemy as sa
from cryptography import x509

from app.models import audit, clock
from app.models.cases import CaseRepository
from app.models.documents.compartments import Compartment
from app.models.identity import DeviceKeys, DeviceProfile
from app.models.language import QT_TRANSLATE_NOOP
from app.models.storage import tables as t
from app.models.storage.store import AnyRow, Store, now_utc
from app.sync.engine import erasure, outgoing, panel_join
from app.sync.engine.admissions import Admissions
from app.sync.engine.agreement_entries import AgreementJudge, first_of
from app.sync.engine.approval_rules import AdmissionWaits, ApprovalRules
from app.sync.engine.compartment_keys import CompartmentKeys
from app.sync.engine.consent_cuts import ConsentCuts, forget_withdrawn
from app.sync.engine.forget import forget_lost
from app.sync.engine.invitations import DEFAULT_HOURS, Invitation, InvitationRecord
from app.sync.engine.key_grants import KeyGrants
from app.sync.engine.membership import MembershipLog, PanelState, Request
from app.sync.engine.membership_entries import (
    Entry,
    MembershipError,
    Subject,
    founding_entry,
    make_approval,
    make_entry,
)
from app.sync.engine.panel_join import CA_META, CERT_META, PANEL_META
from app.sync.engine.peer_knowledge import PeerKnowledge
from app.sync.engine.quarantine import QuarantineList
from app.sync.engine.received import Received
from app.sync.engine.receiving import Receiver
from app.sync.engine.relay_settings import RELAY_KEYS
from app.sync.engine.replacement import (
    check_replacement,
    read_replacement,
)
from app.sync.engine.sealing import Sealer
from app.sync.errors import SyncError
from app.sync.protocol import certs

# Well inside the session certificate's lifetime (certs.LEAF_HOURS).
CLIENT_CONTEXT_S = 3600.0


class SyncEngine:
    """One device's sync: its membership log, sealing and sending, and the parts it holds for
    receiving envelopes (Receiver), compartment keys (KeyGrants) and invitations (Admissions).
    Each part gets what it needs as typed objects (app/sync/engine/parts.py), not the engine."""

    def __init__(
        self, store: Store, cases: CaseRepository, keys: DeviceKeys, profile: DeviceProfile, actor: audit.Actor
    ):
        self.store = store
        self.cases = cases
        self.compartments = cases.compartments
        self.keys = keys
        self.profile = profile
        self.actor = actor
        self.compartment_keys = CompartmentKeys(store, profile.device_id, keys.exchange_private)
        self.rules = ApprovalRules.from_compartments(self.compartments)
        self.agreements = AgreementJudge(first_of(cases.schema))
        self._folded: tuple[int, tuple[MembershipLog, PanelState, list[bytes]]] | None = None
        self.quarantine = QuarantineList(store, actor)
        self._held_entries: set[bytes] = set()  # every stored entry's bytes, as of the last fold
        self._panel_id: str | None = None
        self._client: tuple[float, ssl.SSLContext] | None = None
        self.peers = PeerKnowledge(store)
        self.consent = ConsentCuts(store, cases, profile.role)
        self.receiver = Receiver(store, cases, profile, actor, self.compartment_keys, self, self)
        self.receiver.consent = self.consent
        self.grants = KeyGrants(
            store, profile, keys, self.compartments, self.rules, self.compartment_keys, self, self, self.consent
        )
        self.admissions = Admissions(store, profile, actor, list(cases.schema.roles), self, self)

    # ----- membership -------------------------------------------------------------------------
    @property
    def panel_id(self) -> str | None:
        # Set once, when the device founds or joins a panel, and never changed after.
        if self._panel_id is None:
            self._panel_id = self.store.get_meta(PANEL_META)
        return self._panel_id

    def _panel_meta(self, key: str) -> str:
        """A certificate kept when this device founded or joined its panel, in the same transaction
        as the panel id: every caller has found the panel id set."""
        value = self.store.get_meta(key)
        assert value is not None, f"a device in a panel lacks its {key}"
        return value

    def _fold(self) -> tuple[MembershipLog, PanelState, list[bytes]]:
        """The log as stored, the state it folds to and its accepted entries' bytes (what is
        forwarded), folded again only when the table has grown: a session asks many times and
        folding verifies every signature. Entries are only ever added, so the highest row id
        (which SQLite finds without reading the table, unlike a count) says whether it has."""
        if self.panel_id is None:
            raise SyncError(QT_TRANSLATE_NOOP("SyncProblems", "this device is not in a panel yet"))
        count = self.store.driver_rows("SELECT max(rowid) FROM membership")[0][0]
        if self._folded is not None and self._folded[0] == count:
            return self._folded[1]
        rows = [data for (data,) in self.store.driver_rows("SELECT data FROM membership ORDER BY rowid")]
        entries, invalid = [], {}
        for data in rows:
            try:
                entries.append(Entry.decode(data))
            except MembershipError as exc:
                # Kept by an older version: named, never fatal.
                invalid[hashlib.sha256(data).hexdigest()[:16]] = str(exc)
        log = MembershipLog(entries, self.panel_id, self.rules, self.agreements)
        try:
            state = log.fold()
        except MembershipError as exc:
            raise SyncError(
                QT_TRANSLATE_NOOP("SyncProblems", "this device's membership log cannot be read: {exc}"), exc=exc
            ) from None
        state.invalid = invalid
        accepted = [log.entries[h].encode() for h in state.accepted]
        self._folded = (count, (log, state, accepted))
        self._held_entries = set(rows)
        return log, state, accepted

    def membership_log(self) -> MembershipLog:
        """A copy of the stored log (callers may add entries to it to see what they would do)."""
        log = self._fold()[0]
        return MembershipLog(list(log.entries.values()), self.panel_id, self.rules, self.agreements)

    def state(self) -> PanelState:
        return self._fold()[1]

    def admission_proof(self) -> list[bytes]:
        """The entries that show this device is a member - those about it and their causal past -
        for a peer that has not heard of it: it is sent these, not the panel's member list."""
        log, state, _ = self._fold()
        me = self.profile.device_id
        mine = [h for h in state.accepted if log.entries[h].device_id == me]
        return [e.encode() for e in log.closure(mine)]

    def store_entries(self, conn: sa.Connection, entries: list[Entry]) -> int:
        held = set(conn.execute(sa.select(t.membership.c.hash)).scalars())
        fresh = {e.hash: e for e in entries if e.hash not in held}
        if fresh:
            stamp = now_utc()
            conn.execute(
                t.membership.insert(), [dict(hash=h, data=e.encode(), stored_at=stamp) for h, e in fresh.items()]
            )
        return len(fresh)

    def found_panel(self, policy: str) -> str:
        """policy: who approves role changes and admissions that give a device another agency's
        data (approval_rules.POLICIES). No default here: every caller says which, and the
        command line, the desktop and the demo found panels with DEFAULT_POLICY; every device
        shows the policy its panel was founded with."""
        if self.panel_id is not None:
            raise SyncError(QT_TRANSLATE_NOOP("SyncProblems", "this device is already in a panel"))
        if self.profile.role != "chair":
            raise SyncError(QT_TRANSLATE_NOOP("SyncProblems", "only the chair's device founds a panel"))
        try:
            entry = founding_entry(self.profile, self.keys.sign, now_utc(), policy)
        except MembershipError as exc:
            raise SyncError(str(exc)) from None
        ca = certs.panel_ca(entry.hash, self.keys.signing_key())
        mine = certs.member_certificate(
            ca, self.keys.signing_key(), self.profile.device_id, self.profile.signing_public
        )
        with self.store.begin() as conn:
            self.store_entries(conn, [entry])
            self.store.set_meta(conn, PANEL_META, entry.hash)
            self.store.set_meta(conn, CA_META, ca.public_bytes(certs.PEM).decode())
            self.store.set_meta(conn, CERT_META, mine.public_bytes(certs.PEM).decode())
            audit.append(conn, self.actor, "panel_founded", "", entry.hash)
        return entry.hash

    def admission(self, profile: DeviceProfile) -> bytes:
        """Admit a device and return what it needs to join: the log and its certificates. An
        admission that waits for approval raises AdmissionWaits (the entry is kept: ask again,
        with the same request, once it is approved)."""
        state = self.state()
        if state.active(profile.device_id) is None and state.waiting_for(profile.device_id) is None:
            self.admit(profile)
        waiting = self.state().waiting_for(profile.device_id)
        if waiting is not None and waiting.kind == "add":
            raise AdmissionWaits(
                QT_TRANSLATE_NOOP(
                    "SyncProblems",
                    "the admission of {name} as {role} waits for approval by {missing}: once a device of "
                    "each has approved it (concord panel approve {device_id}), admit the same request again",
                ),
                name=profile.name,
                role=profile.role,
                missing=", ".join(waiting.missing()),
                device_id=profile.device_id,
            )
        ca = x509.load_pem_x509_certificate(self._panel_meta(CA_META).encode())
        cert = certs.member_certificate(ca, self.keys.signing_key(), profile.device_id, profile.signing_public)
        package: dict[str, object] = {
            "entries": [base64.b64encode(e).decode() for e in self.membership_entries()],
            "ca": ca.public_bytes(certs.PEM).decode(),
            "cert": cert.public_bytes(certs.PEM).decode(),
        }
        relay = {key: self.store.get_meta(key) for key in RELAY_KEYS}
        if all(relay.values()):  # the panel's relay: the new device uses it from the start
            package["relay"] = relay
        return json.dumps(package).encode()

    def replacement_admission(self, data: bytes) -> bytes:
        """(chair) Take in a device restored from a backup in place of the device it was: admit
        the new one and revoke the old (app/sync/engine/replacement.py). Returns its admission;
        asking again with the same request gives the admission again."""
        r = read_replacement(data)
        state = self.state()
        old = check_replacement(r, state, taken_in=state.active(r.new.device_id) is not None)
        self.admission(r.new)  # raises AdmissionWaits while approvals are missing: the old device stays till then
        if self.state().active(old.device_id) is not None:
            self.revoke(old.device_id, successor=r.new.device_id)
            with self.store.begin() as conn:
                audit.append(conn, self.actor, "device_replaced", "", f"{old.device_id} by {r.new.device_id}")
        return self.admission(r.new)

    def join(self, package: bytes, expect_founder: bytes | None = None) -> PanelState:
        """Take an admission (from the chair) and become a member of its panel (panel_join.py)."""
        return panel_join.join(self, package, expect_founder)

    def credentials(self) -> certs.SessionCredentials:
        if self.panel_id is None:
            raise SyncError(QT_TRANSLATE_NOOP("SyncProblems", "this device is not in a panel yet"))
        ca = x509.load_pem_x509_certificate(self._panel_meta(CA_META).encode())
        mine = x509.load_pem_x509_certificate(self._panel_meta(CERT_META).encode())
        return certs.SessionCredentials(ca, mine, self.keys.signing_key(), self.profile.device_id)

    def client_context(self) -> ssl.SSLContext:
        """A TLS client context with this device's session certificate, reused for a while
        (making the certificate and loading it cost more than a quiet session's whole work)."""
        now = clock.monotonic()
        if self._client is None or now - self._client[0] > CLIENT_CONTEXT_S:
            self._client = (now, self.credentials().client_context())
        return self._client[1]

    def member_key(self, device_id: str) -> bytes | None:
        member = self.state().active(device_id)
        return member.signing_public if member else None

    def _change_member(self, kind: str, subject: Subject, role: str, successor: str = "") -> Entry:
        state = self.state()
        me = state.active(self.profile.device_id)
        if me is None or not me.admin:
            raise SyncError(QT_TRANSLATE_NOOP("SyncProblems", "only the chair may change the panel's membership"))
        entry = make_entry(
            kind,
            state.panel_id,
            subject,
            role,
            self.profile.device_id,
            state.heads,
            self.keys.sign,
            now_utc(),
            successor=successor,
        )
        self.write_entry(entry, "member_changed", f"{kind} {subject.device_id}")
        request = self.state().requests.get(entry.hash)
        if request is not None and request.status == "pending":
            with self.store.begin() as conn:
                audit.append(
                    conn,
                    self.actor,
                    "role_change_requested",
                    "",
                    f"{subject.device_id} {role} waits for {', '.join(request.missing())}"[:200],
                )
        return entry

    def write_tried(self, entry: Entry, action: str, target: str) -> None:
        """Write an entry only once a copy of the log has accepted it: one refused now must not be
        kept, or a later entry (a hold's release) could let it count after all."""
        trial = self.membership_log()
        trial.add(entry)
        folded = trial.fold()
        if entry.hash not in folded.accepted:
            raise SyncError(
                QT_TRANSLATE_NOOP("SyncProblems", "the panel refused the change: {get}"),
                get=folded.rejected.get(entry.hash, "unknown reason"),
            )
        self.write_entry(entry, action, target)

    def write_entry(self, entry: Entry, action: str, target: str) -> None:
        with self.store.begin() as conn:
            self.store_entries(conn, [entry])
            audit.append(conn, self.actor, action, "", target)
        after = self.state()
        if entry.hash not in after.accepted:
            raise SyncError(
                QT_TRANSLATE_NOOP("SyncProblems", "the panel refused the change: {get}"),
                get=after.rejected.get(entry.hash, "unknown reason"),
            )
        self.forget_lost_access()

    def admit(self, profile: DeviceProfile) -> Entry:
        if profile.role not in self.cases.schema.roles:
            raise SyncError(QT_TRANSLATE_NOOP("SyncProblems", "unknown role '{role}'"), role=profile.role)
        return self._change_member("add", profile, profile.role)

    def change_role(self, device_id: str, role: str) -> Entry:
        if role not in self.cases.schema.roles:
            raise SyncError(
                QT_TRANSLATE_NOOP("SyncProblems", "unknown role '{role}' (roles: {roles})"),
                role=role,
                roles=", ".join(self.cases.schema.roles),
            )
        member = self.state().active(device_id)
        if member is None:
            raise SyncError(QT_TRANSLATE_NOOP("SyncProblems", "no active member {device_id}"), device_id=device_id)
        if member.role == role and self.state().waiting_for(device_id) is None:
            raise SyncError(
                QT_TRANSLATE_NOOP("SyncProblems", "{name} already has the role {role}"), name=member.name, role=role
            )
        return self._change_member("role", member, role)

    def revoke(self, device_id: str, successor: str = "") -> Entry:
        """Revoke a member; `successor`: the member that carries its work on (a restored copy),
        whose envelopes may then hold the revoked device's changes (see _reseal_predecessors)."""
        state = self.state()
        member = state.active(device_id)
        waiting = state.waiting_for(device_id)
        if member is None and waiting is not None and waiting.kind == "add":
            # An admission still waiting for approval is withdrawn the same way.
            return self._change_member("revoke", self._fold()[0].entries[waiting.hash], waiting.role)
        if member is None:
            raise SyncError(QT_TRANSLATE_NOOP("SyncProblems", "no active member {device_id}"), device_id=device_id)
        return self._change_member("revoke", member, member.role, successor)

    def request_for(self, device_id: str) -> Request:
        """The role change or admission of a device that waits for approval."""
        request = self.state().waiting_for(device_id)
        if request is None:
            raise SyncError(
                QT_TRANSLATE_NOOP("SyncProblems", "no role change or admission of {device_id} waits for approval"),
                device_id=device_id,
            )
        return request

    def approve(self, device_id: str) -> Entry:
        """Approve, as a device of an agency it waits for, the waiting role change or admission
        of `device_id`. The fold decides whether the approval counts; a refused one is not kept."""
        request = self.request_for(device_id)
        state = self.state()
        if state.active(self.profile.device_id) is None:
            raise SyncError(QT_TRANSLATE_NOOP("SyncProblems", "this device is not an active member of its panel"))
        log = self._fold()[0]
        entry = make_approval(
            state.panel_id, log.entries[request.hash], self.profile.device_id, state.heads, self.keys.sign, now_utc()
        )
        trial = self.membership_log()
        trial.add(entry)
        folded = trial.fold()
        if entry.hash not in folded.accepted:
            raise SyncError(
                QT_TRANSLATE_NOOP("SyncProblems", "this approval would not count: {get}"),
                get=folded.rejected.get(entry.hash, "unknown reason"),
            )
        self.write_entry(entry, "role_change_approved", f"{device_id} {request.role}")
        return entry

    def forget_lost_access(self) -> list[str]:
        """Destroy what this device holds of compartments its role in force may no longer read
        (all of them once it is revoked). Returns the compartments forgotten."""
        if self.panel_id is None:
            return []
        me = self.state().active(self.profile.device_id)
        readable = {c.id for c in self.compartments.readable_by(me.role)} if me is not None else set()
        # What an agreement the panel adopted left behind waits for agreement_moves.settle.
        readable |= {cid for cid, c in self.compartments.former.items() if me is not None and me.role in c.read}
        lost = forget_lost(self.store, readable, self.actor)
        if lost:
            self.compartment_keys.forget()
            self.cases.forget()
        erasure.apply(self)  # a case erased at the end of its retention goes with the entry that says so
        return lost

    def membership_entries(self) -> list[bytes]:
        """The entries this device passes on: accepted ones only, never pending or refused."""
        return list(self._fold()[2])

    def receive_membership(self, entries: list[bytes], source: str) -> int:
        """Store the entries that verify and count: signed by their author, of this panel, the
        author an admin in the entry's causal past (or, for an approval, a member of an agency
        the change waits for). Anything else is quarantined (its hash and
        the reason), never stored and so never passed on. Returns how many were stored."""
        self._fold()
        held = self._held_entries
        fresh: dict[str, Entry] = {}
        for data in entries:
            if data in held:
                continue  # every session repeats the whole log: checked when it first came
            try:
                entry = Entry.decode(data)
            except MembershipError as exc:
                self.set_aside("membership", source, str(exc), data)
                continue
            if entry.kind == "found" and entry.hash != self.panel_id:
                self.set_aside("membership", source, "a second founding entry", data)
            elif entry.kind != "found" and entry.panel_id != self.panel_id:
                self.set_aside("membership", source, "belongs to another panel", data)
            else:
                fresh[entry.hash] = entry
        if not fresh:
            return 0
        log = self.membership_log()
        for entry in fresh.values():
            log.add(entry)
        trial = log.fold()
        counted = set(trial.accepted)
        keep = [e for h, e in fresh.items() if h in counted]
        for h, entry in fresh.items():
            if h not in counted:
                reason = trial.rejected.get(h) or "the entries it builds on are missing"
                self.set_aside("membership", source, reason, entry.encode())
        if not keep:
            return 0
        with self.store.begin() as conn:
            stored = self.store_entries(conn, keep)
        self.forget_lost_access()
        return stored

    # ----- envelopes --------------------------------------------------------------------------
    def seal_pending(self) -> int:
        """Seal every local change that has no envelope yet."""
        if self.panel_id is None or self.state().active(self.profile.device_id) is None:
            return 0  # not (or no longer) a member: nothing it seals would be accepted
        erasure.apply(self)  # nothing written since into an erased case is sealed
        sealer = Sealer(self.store, self.profile, self.keys, self.grants, self.compartments, self.actor)
        sealed = sealer.seal(self.state())
        self.forget_withdrawn()  # a consent withdrawn on this device may end its own reading
        return sealed

    def local_mark(self) -> tuple[int, ...]:
        """Moves when this store gains something to pass on: a change (made here or received),
        a key grant or a membership entry. Sealing alone does not move it (envelopes are not
        counted), so sealing what was found is never itself a reason to look again."""
        # A live session asks every 20 ms: one statement, straight to the driver.
        return tuple(
            n or 0
            for n in self.store.driver_rows(
                "SELECT (SELECT max(id) FROM changes), (SELECT max(rowid) FROM key_grants), "
                "(SELECT max(rowid) FROM membership)"
            )[0]
        )

    def holdings_for(self, role: str) -> list[tuple[str, str, tuple[bytes, ...]]]:
        """The ids of the envelopes this device holds of each compartment a peer of `role` may read."""
        self.resume_unapplied()
        return outgoing.holdings(self.store, self.compartments, self.consent, role)

    def envelopes_for(self, device_id: str, peer_has: dict[tuple[str, str], set[bytes]] | None = None) -> list[bytes]:
        """Envelopes of the compartments the peer's role (per the membership log) may read, less what it has."""
        return [data for _key, data in self.envelope_items_for(device_id, peer_has)]

    def envelope_items_for(
        self,
        device_id: str,
        peer_has: dict[tuple[str, str], set[bytes]] | None = None,
    ) -> list[tuple[tuple[str, str, bytes], bytes]]:
        """As envelopes_for, each with its (case, compartment, envelope id) so a sender can note what it sent."""
        return outgoing.envelope_items(self.store, self.compartments, self.consent, self.state(), device_id, peer_has)

    # ----- quarantine -------------------------------------------------------------------------
    def set_aside(self, kind: str, source: str, reason: str, data: bytes) -> None:
        self.quarantine.set_aside(kind, source, reason, data)

    def begin_session(self, peer: str) -> None:
        self.quarantine.begin_session(peer)

    def flush_quarantine(self, source: str | None = None) -> None:
        self.quarantine.flush(source)

    def quarantine_record(self, source: str, reason: str, data: bytes) -> None:
        self.quarantine.set_aside("record", source, reason, data)

    def quarantined(self, include_held: bool = False) -> list[AnyRow]:
        return self.quarantine.listed(include_held)

    # ----- the parts, as the engine's callers use them -----------------------------------------
    def receive_envelopes(self, items: list[bytes], source: str) -> Received:
        received = self.receiver.receive_envelopes(items, source)
        if received.applied:
            self.forget_withdrawn()  # what came may have been a withdrawal of consent
        return received

    def forget_withdrawn(self) -> int:
        """Destroy what this device holds of any case's compartment its reading of rested on a
        consent that no longer holds (consent_cuts.forget_withdrawn). Returns the pairs destroyed."""
        if self.panel_id is None or not self.consent.active:
            return 0
        me = self.state().active(self.profile.device_id)
        gone = forget_withdrawn(self.store, self.consent, me.role if me is not None else self.profile.role, self.actor)
        if gone:
            self.compartment_keys.forget()
            self.cases.forget()
            self.grants.forget_checked()
        return gone

    def resume_unapplied(self) -> int:
        return self.receiver.resume_unapplied()

    def audit_refused_record(self, case_id: str, comp: Compartment, why: str) -> None:
        self.receiver.audit_refused_record(case_id, comp, why)

    def receive_grants(self, grants: list[bytes], source: str) -> int:
        new = self.grants.receive_grants(grants, source)
        if new:
            self.receiver.retry_held()
        return new

    def grant_sweep(self) -> int:
        return self.grants.grant_sweep()

    def keys_held_for(self, role: str) -> list[tuple[str, str, int]]:
        return self.grants.keys_held_for(role)

    def grants_lacking(self, device_id: str, peer_keys: set[tuple[str, str, int]]) -> list[bytes]:
        return self.grants.grants_lacking(device_id, peer_keys)

    def grants_for(self, device_id: str) -> list[bytes]:
        return self.grants.grants_for(device_id)

    def invite(self, role: str, hours: float = DEFAULT_HOURS) -> Invitation:
        return self.admissions.invite(role, hours)

    def invitations(self) -> list[InvitationRecord]:
        return self.admissions.invitations()

    def withdraw_invitation(self, invite_id: str) -> None:
        self.admissions.withdraw_invitation(invite_id)

    def redeem(self, invite_id: str, request: bytes, mac: bytes, channel: bytes) -> bytes:
        return self.admissions.redeem(invite_id, request, mac, channel)
