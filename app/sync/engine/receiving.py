"""Receiving envelopes, as part of the sync engine: every check, then one transaction per delivery.

An envelope is applied only after its signature, its author's membership and write right,
its key, and every change inside (hash, actor) have been checked. A delivery's envelopes and
the changes they make storable are then kept in one transaction, so a process killed at any
point keeps both or neither. A change whose dependency has not arrived stays inside its stored
envelope, listed as waiting, until a later delivery brings what it needs.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import NamedTuple

import sqlalchemy as sa

from app.models import audit
from app.models.cases import REFERENCE_FIELDS, CaseRepository, valid_reference
from app.models.documents.casedoc import CompartmentDoc
from app.models.documents.causal_order import causal_order
from app.models.documents.changeformat import COMPRESSED_CHANGE, ChangeHeader
from app.models.documents.compartments import Compartment
from app.models.identity import DeviceProfile, actor_id_of
from app.models.meetings import seal as meeting_seal
from app.models.meetings.service import CLOSED
from app.models.storage import tables as t
from app.models.storage.migrations import WAITING_SCAN_META
from app.models.storage.store import Store, is_meeting, now_utc
from app.sync.engine.append_only import AppendOnlyCheck, managed_fields, sealable
from app.sync.engine.compartment_keys import CompartmentKeys
from app.sync.engine.consent_cuts import ConsentCuts
from app.sync.engine.membership import PanelState
from app.sync.engine.parts import PanelView, Quarantine
from app.sync.engine.received import Received
from app.sync.errors import SyncError
from app.sync.protocol.envelope import HASH, Envelope, EnvelopeError, envelope_id, open_envelope, verify_signature

REFERENCE, MEETING_REFERENCE = REFERENCE_FIELDS
STEPS_FIELD = "process_events"
log = logging.getLogger("concord.sync")
_WAITING_INSIDE = (
    "SELECT e.data FROM waiting w JOIN envelopes e ON e.case_id = w.case_id "
    "AND e.compartment = w.compartment AND e.hash = w.hash WHERE w.case_id = ? AND w.compartment = ?"
)


def placeholder(case_id: str) -> str:
    """The reference a case (or meeting) has until its reference field arrives."""
    return f"MEETING-{case_id[4:12]}" if is_meeting(case_id) else f"CASE-{case_id[:8]}"


def reference_field(case_id: str) -> str:
    return MEETING_REFERENCE if is_meeting(case_id) else REFERENCE


_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def _receiving_lock(store: Store) -> threading.Lock:
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(str(store.path.resolve()), threading.Lock())


def _settle_key(case_id: str, comp_id: str) -> str:
    return f"settle:{case_id}:{comp_id}"


def _may_set(fresh: list[tuple[ChangeHeader, bytes]], field_id: bytes) -> bool:
    """Whether any of these changes can have written the field, without building the document.

    An uncompressed Automerge change writes the key of every map entry it sets as UTF-8 in its
    key column, so one that lacks the field's id among its bytes did not set it; a compressed
    change (chunk type 2, made for larger changes) cannot be read that way and always counts.
    Reading a document of thousands of changes after every delivery only to find the case's
    reference unchanged cost more than storing the delivery.
    """
    return any(data[8] == COMPRESSED_CHANGE or field_id in data for _head, data in fresh)


# One document's share of a delivery: (case, compartment, envelopes opened, their (header, change) pairs).
_Opened = tuple[str, Compartment, list[Envelope], list[tuple[ChangeHeader, bytes]]]


class _Plan(NamedTuple):
    """What one delivery does to one document, worked out before the write transaction."""

    case_id: str
    comp: Compartment
    fresh: list[tuple[ChangeHeader, bytes]]  # storable now, each after its dependencies
    waiting: int  # changes still waiting for a dependency
    still_waiting: list[bytes]  # ids of the document's envelopes holding such a change
    done_waiting: list[bytes]  # ids of envelopes that waited and now have every change stored


def carried_actors(state: PanelState, author: str) -> frozenset[bytes]:
    """The actors of the devices revoked in favour of `author` (copies it was restored from),
    followed back through earlier restores: their changes may travel in its envelopes."""
    out: set[bytes] = set()
    heirs = {author}
    while True:
        more = {d for d, m in state.members.items() if m.revoked and m.successor in heirs and d not in heirs}
        if not more:
            return frozenset(out)
        heirs |= more
        out |= {actor_id_of(state.members[d].signing_public) for d in more}


class Receiver:
    """Receives envelopes for the engine that holds it: checks each, opens what this device may
    read, and keeps the changes in causal order, with every check of the receiving side."""

    def __init__(
        self,
        store: Store,
        cases: CaseRepository,
        profile: DeviceProfile,
        actor: audit.Actor,
        compartment_keys: CompartmentKeys,
        panel: PanelView,
        quarantine: Quarantine,
    ):
        self.store = store
        self.cases = cases
        self.compartments = cases.compartments
        self.profile = profile
        self.actor = actor
        self.compartment_keys = compartment_keys
        self.panel = panel
        self.quarantine = quarantine
        self._genesis: dict[tuple[str, str], bytes] = {}
        self._resumed = False
        self._cases_seen: set[str] = set()

    # Called with (case ids, source) after a delivery brought process steps, so the workspace
    # judges each received step against the process rules (app/models/process/step_check.py); the sync
    # layer itself knows no process rules.
    # Returns why each step it set aside was refused.
    on_steps_received: Callable[[list[str], str], list[str]] | None = None
    # Set by the engine: whose reading of a case's compartment rests on a consent that no longer holds.
    consent: ConsentCuts | None = None

    def receive_envelopes(self, items: list[bytes], source: str) -> Received:
        state = self.panel.state()
        self.resume_unapplied()
        result = Received(items=len(items))
        accepted: dict[tuple[str, str], list[Envelope]] = {}
        me = state.active(self.profile.device_id)
        may_hold = self.consent.judge(me.role if me is not None else self.profile.role) if self.consent else None
        for data in items:
            try:
                env = Envelope.decode(data)
                if env.compartment not in self.compartments.by_id and state.ahead_of(self.cases.schema):
                    # Sent under an agreement this device has received but not yet put in force
                    # (it does at its next opening or sync): kept to open once it has.
                    self.quarantine.set_aside("held", source, "made under an agreement not yet in force here", data)
                    result.held += 1
                    continue
                reason = self._check_envelope(env, state)
                if reason:
                    raise EnvelopeError(reason)
                if env.case_id in state.erased:
                    result.erased += 1  # from a device or a bundle that had not yet heard
                    continue
                if may_hold is not None and not may_hold(env.case_id, env.compartment):
                    result.not_held += 1  # a sender that had not yet learnt of the withdrawal
                    continue
                verify_signature(env, state.members[env.author].signing_public)
            except EnvelopeError as exc:
                self.quarantine.set_aside("envelope", source, str(exc), data)
                result.quarantined.append(str(exc))
                continue
            accepted.setdefault((env.case_id, env.compartment), []).append(env)
            result.seen.setdefault((env.case_id, env.compartment), set()).add(env.id)
        opened, fresh = [], []
        for (case_id, comp_id), envs in accepted.items():
            comp = self.compartments.by_id[comp_id]
            good, changes, heads = self._open_checked(case_id, comp, envs, state, source, result)
            if good:
                opened.append((case_id, comp, good, list(zip(heads, changes))))
                fresh += good
        if not opened:
            return result
        # A meeting's own document is kept before the case records it seals are judged: a chair
        # who reopened a meeting sends the reopening with the records made after it.
        first = [o for o in opened if is_meeting(o[0])]
        parts = [first, [o for o in opened if not is_meeting(o[0])]] if first else [opened]
        plans, stored, refused = [], 0, []
        for part in (x for x in parts if x):
            envs = [e for o in part for e in o[2]]
            got, kept, why = self._deliver(part, envs, source)
            plans += got
            stored += kept
            refused += why
        result.quarantined += refused
        result.duplicates += len(fresh) - stored - len(refused)
        stepped = sorted({p.case_id for p in plans if p.fresh and STEPS_FIELD in p.comp.field_ids})
        if stepped and self.on_steps_received is not None:
            try:
                result.quarantined += self.on_steps_received(stepped, source)
            except SyncError:  # a quarantine budget spent: the session ends, as for any junk
                raise
            except Exception:  # the delivery is kept either way; the check runs again on the next
                log.exception("checking %d received case(s) against the process rules failed", len(stepped))
        for p in plans:
            result.applied += len(p.fresh)
            result.waiting += p.waiting
        return result

    def _deliver(
        self, opened: list[_Opened], envs: list[Envelope], source: str = ""
    ) -> tuple[list[_Plan], int, list[str]]:
        """Plan each (case, compartment, envelopes, (header, change) pairs) and keep the envelopes
        and what the plans make storable in one transaction; returns (plans, envelopes new, why
        each envelope refused for rewriting history was refused)."""
        for case_id in {args[0] for args in opened}:
            self._ensure_case(case_id)
        # What is stored, and what waits, is read and written under one lock per store: two
        # engines of this process (live sessions, a window's sync) planning at once could each
        # miss what the other was storing, and leave a change waiting for one already stored.
        refused: list[str] = []
        with _receiving_lock(self.store):
            plans = []
            for args in opened:
                plan, dropped = self._plan_append_only(args, source, refused)
                plans.append(plan)
                if dropped:
                    envs = [e for e in envs if e.id not in dropped]
            with self.store.begin() as conn:
                stored = store_envelopes(conn, envs)
                self._keep(conn, plans)
        self._settle_references(plans)
        return plans, stored, refused

    def _plan_append_only(self, args: _Opened, source: str, refused: list[str]) -> tuple[_Plan, set[bytes]]:
        """_plan, less every envelope whose changes would remove, change or move a managed record
        (app/sync/engine/append_only.py): each is quarantined and kept out of the store."""
        case_id, comp, envs, parsed = args
        dropped: set[bytes] = set()
        plan = self._plan(case_id, comp, envs, parsed)
        if not plan.fresh or not (managed_fields(comp, self.cases.schema) or sealable(comp)):
            return plan, dropped
        data, _tail, _last = self.store.document_bytes(case_id, comp.id)
        held = self.cases.read_doc(case_id, comp, self.profile.role) if data is not None else None
        closed = self._closed_over(case_id, comp, held) if sealable(comp) else set()
        check = AppendOnlyCheck(comp, self.cases.schema, data, held, case_id, closed)
        while plan.fresh:
            at, why = check.first_breach([c for _h, c in plan.fresh])
            if at < 0:
                break
            bad = plan.fresh[at][0].hash
            env = next((e for e in envs if bad in e.changes), None)
            if env is None:
                # The change came in an envelope that waited for a dependency: it leaves the store.
                self._drop_waiting(case_id, comp, bad, source, why)
            else:
                envs = [e for e in envs if e is not env]
                parsed = [(h, c) for h, c in parsed if h.hash not in set(env.changes)]
                dropped.add(env.id)
                self.quarantine.set_aside("envelope", source, why, env.encode())
            refused.append(why)
            self.audit_refused_record(case_id, comp, why)
            plan = self._plan(case_id, comp, envs, parsed)
        return plan, dropped

    def _closed_over(self, case_id: str, comp: Compartment, held: CompartmentDoc | None) -> set[str]:
        """The closed meetings that sealed this document at a state this device holds whole."""
        status_field = "meeting_status"
        if status_field not in self.cases.schema.fields or held is None:
            return set()
        meeting_comp = self.compartments.for_field(status_field)
        if self.profile.role not in meeting_comp.read:
            return set()
        out = set()
        for m in self.store.list_cases(meetings=True):
            doc = self.cases.read_doc(m.case_id, meeting_comp, self.profile.role)
            if doc is None or doc.get(status_field) != CLOSED:
                continue
            heads = meeting_seal.parse(doc.get(meeting_seal.SEAL_FIELD) or "").get(case_id, {}).get(comp.id)
            if heads is not None and held.holds(heads):
                out.add(m.case_id)
        return out

    def _drop_waiting(self, case_id: str, comp: Compartment, change_hash: bytes, source: str, why: str) -> None:
        w, e = t.waiting.c, t.envelopes.c
        for env, _inside in self._waiting_inside(case_id, comp):
            if change_hash in env.changes:
                self.quarantine.set_aside("envelope", source, why, env.encode())
                with self.store.begin() as conn:
                    conn.execute(
                        t.waiting.delete().where(
                            (w.case_id == case_id) & (w.compartment == comp.id) & (w.hash == env.id)
                        )
                    )
                    conn.execute(
                        t.envelopes.delete().where(
                            (e.case_id == case_id) & (e.compartment == comp.id) & (e.hash == env.id)
                        )
                    )

    def audit_refused_record(self, case_id: str, comp: Compartment, why: str) -> None:
        """One audit line per refused envelope: which case and compartment, never a value."""
        case = self.store.find_case(case_id)
        with self.store.begin() as conn:
            audit.append(conn, self.actor, "record_refused", case.reference if case else case_id, f"{comp.id}: {why}")

    def _check_envelope(self, env: Envelope, state: PanelState) -> str:
        if env.panel_id != state.panel_id:
            return "envelope for another panel"
        comp = self.compartments.by_id.get(env.compartment)
        if comp is None:
            return "envelope for an unknown compartment"
        # The role in force in the log, not the one this device was opened with: a device moved
        # out of a role while open must not store again what it has just forgotten.
        me = state.active(self.profile.device_id)
        if self.profile.role not in comp.read or (me is not None and me.role not in comp.read):
            return "envelope for a compartment this device may not hold"
        author = state.members.get(env.author)
        if author is None:
            return "author is not a member of the panel"
        if author.revoked:
            return "author has been revoked"
        if author.role not in comp.write:
            return f"author's role '{author.role}' may not write this compartment"
        return ""

    def _open_checked(
        self, case_id: str, comp: Compartment, envs: list[Envelope], state: PanelState, source: str, result: Received
    ) -> tuple[list[Envelope], list[bytes], list[ChangeHeader]]:
        """Open one document's envelopes and check every change is its author's: (the envelopes
        that passed, their changes, the changes' headers). The rest are held or quarantined."""
        changes, heads, fresh = [], [], []
        for env in envs:
            key = self.compartment_keys.key(case_id, comp.id, env.key_id)
            if key is None:
                # Held aside, neither applied nor passed on, until a grant for its key arrives.
                self.quarantine.set_aside("held", source, "no key for this envelope yet", env.encode())
                result.held += 1
                continue
            try:
                inside = open_envelope(
                    env,
                    key,
                    actor=actor_id_of(state.members[env.author].signing_public),
                    genesis=lambda: self._genesis_hash(case_id, comp),
                    carried=carried_actors(state, env.author),
                )
            except EnvelopeError as exc:
                self.quarantine.set_aside("envelope", source, str(exc), env.encode())
                result.quarantined.append(str(exc))
                continue
            fresh.append(env)
            changes += [c for c, _h in inside]
            heads += [h for _c, h in inside]
        return fresh, changes, heads

    def _plan(
        self, case_id: str, comp: Compartment, envs: list[Envelope], parsed: list[tuple[ChangeHeader, bytes]]
    ) -> _Plan:
        """Which changes of this delivery, and of envelopes that waited before it, can be stored."""
        known = self.store.change_hashes(case_id, comp.id)
        arriving = {e.id for e in envs}
        listed = self._waiting_inside(case_id, comp)
        before = [(env, inside) for env, inside in listed if env.id not in arriving]
        fresh, waiting = causal_order(parsed + [(h, c) for _env, inside in before for c, h in inside], known)
        still, done = [], []
        for env in envs + [env for env, _inside in before]:
            if any(h not in known for h in env.changes):
                still.append(env.id)
        for env, _inside in listed:
            if env.id not in still:
                done.append(env.id)
        return _Plan(case_id, comp, fresh, len(waiting), still, done)

    def _keep(self, conn: sa.Connection, plans: list[_Plan]) -> None:
        """Store the plans' changes and note which envelopes wait, in the caller's transaction;
        mark the documents whose reference must be read again (see _settle_references)."""
        w = t.waiting.c
        for p in plans:
            self.cases.store_remote(conn, p.case_id, p.comp, p.fresh)
            if self._may_rename(p):
                conn.exec_driver_sql(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')", (_settle_key(p.case_id, p.comp.id),)
                )
            if p.still_waiting:
                conn.execute(
                    t.waiting.insert().prefix_with("OR IGNORE"),
                    [dict(case_id=p.case_id, compartment=p.comp.id, hash=h) for h in p.still_waiting],
                )
            if p.done_waiting:
                conn.execute(
                    t.waiting.delete().where(
                        (w.case_id == p.case_id) & (w.compartment == p.comp.id) & w.hash.in_(p.done_waiting)
                    )
                )

    def _waiting_inside(
        self, case_id: str, comp: Compartment
    ) -> list[tuple[Envelope, list[tuple[bytes, ChangeHeader]]]]:
        """The document's stored envelopes that wait, each with its (change, header) pairs (they
        were checked when they came)."""
        rows = self.store.driver_rows(_WAITING_INSIDE, (case_id, comp.id))  # asked per document per delivery
        out = []
        for (data,) in rows:
            env = Envelope.decode(data)
            key = self.compartment_keys.key(case_id, comp.id, env.key_id)
            if key is not None:
                out.append((env, open_envelope(env, key)))
        return out

    def _genesis_hash(self, case_id: str, comp: Compartment) -> bytes:
        key = (case_id, comp.id)
        if key not in self._genesis:
            _, change = CompartmentDoc.create(case_id, comp, self.cases.schema, self.profile.actor_id)
            self._genesis[key] = change.hash
        return self._genesis[key]

    def _ensure_case(self, case_id: str) -> None:
        if case_id in self._cases_seen:  # cases are never removed, so once seen is enough
            return
        with self.store.engine.connect() as conn:
            known = conn.execute(sa.select(t.cases.c.case_id).where(t.cases.c.case_id == case_id)).first()
        if known is None:
            self.cases.register_case(case_id, placeholder(case_id), self.actor)
        self._cases_seen.add(case_id)

    def _may_rename(self, p: _Plan) -> bool:
        field_id = reference_field(p.case_id)
        return field_id in p.comp.field_ids and _may_set(p.fresh, field_id.encode())

    def _settle_references(self, plans: list[_Plan]) -> None:
        """Give the case list the references the plans' documents now hold. Each document to
        read was marked in the delivery's transaction and is unmarked once read, so a process
        killed in between reads it again when it starts."""
        for p in plans:
            if self._may_rename(p):
                self._settle_marked(p.case_id, p.comp)

    def _settle_marked(self, case_id: str, comp: Compartment) -> None:
        self._settle_reference(case_id, comp)
        with self.store.begin() as conn:
            conn.execute(t.meta.delete().where(t.meta.c.key == _settle_key(case_id, comp.id)))

    def _settle_reference(self, case_id: str, comp: Compartment) -> None:
        """Give the case, in the case list, the reference its document holds."""
        ref_field = reference_field(case_id)
        if ref_field in comp.field_ids:
            doc = self.cases.read_doc(case_id, comp, self.profile.role)
            assert doc is not None, "settled only once changes to the document are stored"
            reference = doc.get(ref_field)
            # One not well formed (a device of an older version let it be typed) is not taken.
            if valid_reference(reference) and reference != self.store.find_case(case_id).reference:
                self.store.set_reference(case_id, reference)

    # ----- after a restart ----------------------------------------------------------------------
    def resume_unapplied(self) -> int:
        """Finish, once per engine, what a killed process, another process or an older store
        left undone.

        A store upgraded from before waiting envelopes were listed has them found here, by
        looking through every envelope once; every listed envelope is then tried again. A
        document marked for its reference to be read (a process killed after a delivery and
        before reading it) is read now, and so is a case still named by its placeholder.
        """
        if self._resumed or self.panel.panel_id is None:
            return 0
        self._resumed = True
        if self.store.get_meta(WAITING_SCAN_META):
            self._scan_unapplied()
        # Whatever waits is tried again: another process on this store may have stored what it
        # waited for after it was listed (within one process the receiving lock prevents it).
        applied = self._retry_waiting(
            [
                (case_id, comp_id)
                for case_id, comp_id in self.store.driver_rows("SELECT DISTINCT case_id, compartment FROM waiting")
            ]
        )
        for (key,) in self.store.driver_rows("SELECT key FROM meta WHERE key LIKE 'settle:%'"):
            _, case_id, comp_id = key.split(":", 2)
            comp = self.compartments.by_id.get(comp_id)
            if comp is not None:  # only compartments this role reads are ever marked
                self._settle_marked(case_id, comp)
        for meetings, ref_field in ((False, REFERENCE), (True, MEETING_REFERENCE)):
            if ref_field not in self.cases.schema.fields:
                continue  # an agreement without meetings
            ref_comp = self.compartments.for_field(ref_field)
            if self.profile.role not in ref_comp.read:
                continue
            for case in self.store.list_cases(meetings):
                if case.reference == placeholder(case.case_id) and self.store.last_change_id(case.case_id, ref_comp.id):
                    self._settle_reference(case.case_id, ref_comp)
        return applied

    def _scan_unapplied(self) -> None:
        """List the envelopes that wait in a store from before they were listed."""
        e = t.envelopes.c
        with self.store.engine.connect() as conn:
            rows = conn.execute(sa.select(e.case_id, e.compartment, e.hash, e.changes)).all()
        unstored: dict[tuple[str, str], list[bytes]] = {}
        known: dict[tuple[str, str], set[bytes]] = {}
        for r in rows:
            comp = self.compartments.by_id.get(r.compartment)
            if comp is None or self.profile.role not in comp.read:
                continue
            doc = (r.case_id, r.compartment)
            if doc not in known:
                known[doc] = self.store.change_hashes(*doc)
            if any(r.changes[i : i + HASH] not in known[doc] for i in range(0, len(r.changes), HASH)):
                unstored.setdefault(doc, []).append(r.hash)
        with self.store.begin() as conn:
            for (case_id, comp_id), hashes in unstored.items():
                conn.execute(
                    t.waiting.insert().prefix_with("OR IGNORE"),
                    [dict(case_id=case_id, compartment=comp_id, hash=h) for h in hashes],
                )
            conn.execute(t.meta.delete().where(t.meta.c.key == WAITING_SCAN_META))

    def _retry_waiting(self, docs: list[tuple[str, str]]) -> int:
        """Store what the listed envelopes of these documents can now give; returns how many changes."""
        by_id = self.compartments.by_id
        readable = [
            (case_id, by_id[comp_id])
            for case_id, comp_id in docs
            if comp_id in by_id and self.profile.role in by_id[comp_id].read
        ]
        if not readable:
            return 0
        plans, _, _ = self._deliver([(case_id, comp, [], []) for case_id, comp in readable], [])
        return sum(len(p.fresh) for p in plans)

    def retry_held(self) -> None:
        """Open the envelopes held for a key, now that grants have brought keys."""
        with self.store.engine.connect() as conn:
            rows = conn.execute(
                sa.select(t.quarantine.c.id, t.quarantine.c.source, t.quarantine.c.data).where(
                    t.quarantine.c.kind == "held"
                )
            ).all()
        for row in rows:
            env = Envelope.decode(row.data)
            known = env.compartment in self.compartments.by_id
            if known and self.compartment_keys.key(env.case_id, env.compartment, env.key_id) is None:
                continue
            if not known and self.panel.state().ahead_of(self.cases.schema):
                continue
            with self.store.begin() as conn:
                conn.execute(t.quarantine.delete().where(t.quarantine.c.id == row.id))
            self.receive_envelopes([row.data], row.source)


def store_envelopes(conn: sa.Connection, envs: list[Envelope]) -> int:
    """Keep envelopes not already held (one statement for all); returns how many were new."""
    if not envs:
        return 0
    stamp = now_utc()
    rows = []
    for e in envs:
        data = e.encode()
        rows.append(
            dict(
                case_id=e.case_id,
                compartment=e.compartment,
                hash=envelope_id(data),
                changes=b"".join(e.changes),
                author=e.author,
                data=data,
                stored_at=stamp,
            )
        )
    return conn.execute(t.envelopes.insert().prefix_with("OR IGNORE"), rows).rowcount
