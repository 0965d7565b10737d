"""Cases held on this device, opened as a role.

`CaseRepository` owns the compartment documents (one in memory per case and compartment, so
the device's single actor never forks itself) and their persistence. `CaseSession` is a case
opened *as a role*: it never loads a compartment the role may not read, and refuses a write
outside the role's rights before anything changes.

Every command and view reads a case through a CaseSession, so that is where reads are audited:
the first read of each section in a session leaves a `case_read` entry (the section, never a
value), and every refused read or write a `read_refused` or `write_refused` naming the field.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping
from typing import Any, TypeGuard, TypeVar

import sqlalchemy as sa

from app.models import audit, clock
from app.models.case_reader import CaseSummary
from app.models.case_schema import FieldDef, Schema, SectionDef
from app.models.documents.casedoc import SCALAR_TYPES, CompartmentDoc, NewChange
from app.models.documents.causal_order import causal_order
from app.models.documents.changeformat import BadChange, ChangeHeader, read_change
from app.models.documents.compartments import Compartment, CompartmentMap
from app.models.documents.conflicts import Candidate
from app.models.documents.textdiff import rebase
from app.models.errors import NotFound, PermissionDenied, ValidationError
from app.models.language import QT_TRANSLATE_NOOP
from app.models.storage.store import SNAPSHOT_EVERY, Store

_REF = re.compile(r"^[A-Za-z0-9][A-Za-z0-9/_.-]{1,39}$")
_REF_RULE = "a case reference is 2-40 letters, digits and - _ . / (it is a pseudonymous reference, never a name)"
# The field that names a case (or a panel meeting): the case list keeps a copy of its value.
REFERENCE_FIELDS = ("reference", "meeting_reference")
T = TypeVar("T")
Changes = list[NewChange]


def valid_reference(reference: object) -> TypeGuard[str]:
    return isinstance(reference, str) and _REF.match(reference) is not None


class _Held:
    """A loaded compartment document and how many changes it has past its snapshot."""

    def __init__(self, doc: CompartmentDoc, tail: int, last_id: int):
        self.doc = doc
        self.tail = tail
        self.last_id = last_id


class CaseRepository:
    def __init__(self, store: Store, schema: Schema, actor_id: bytes):
        self.store = store
        self.schema = schema
        self.compartments = CompartmentMap(schema)
        self.actor_id = actor_id
        self._held: dict[tuple[str, str], _Held | None] = {}
        # Called after this device changes a risk-relevant field, so the process can note it
        # where every agency will see it (see app/models/process/service.py).
        self.on_risk_change: Callable[[CaseSession, FieldDef], None] | None = None

    # ----- documents ------------------------------------------------------------------------
    def reference_of(self, case_id: str) -> str:
        """The reference a case (or meeting) is known by on this device."""
        reference: str = self.store.find_case(case_id).reference
        return reference

    def _load(self, case_id: str, comp: Compartment) -> _Held | None:
        key = (case_id, comp.id)
        held = self._held.get(key)
        # Another connection to this store (a sync session's thread, a second window) may have
        # added changes since this copy was loaded: a stale copy would show old values and
        # base new edits on old heads, so reload it.
        if held is not None and self.store.last_change_id(case_id, comp.id) != held.last_id:
            del self._held[key]
        if key not in self._held:
            data, tail, last_id = self.store.document_bytes(case_id, comp.id)
            if data is None:
                return None  # not cached: a later write may create it
            held = _Held(CompartmentDoc.load(case_id, comp, self.schema, data, self.actor_id), tail, last_id)
            if tail >= SNAPSHOT_EVERY:
                # Changes received by sync are stored, not loaded: the first load after them
                # has replayed them anyway, so it keeps the result and later loads start there.
                with self.store.begin() as conn:
                    self.store.write_snapshot(conn, case_id, comp.id, held.doc.save(), last_id)
                held.tail = 0
            self._held[key] = held
        return self._held[key]

    def read_doc(self, case_id: str, comp: Compartment, role: str) -> CompartmentDoc | None:
        if role not in comp.read:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("CaseProblems", "role '{role}' may not read compartment {id}"), role=role, id=comp.id
            )
        held = self._load(case_id, comp)
        return held.doc if held else None

    def write(
        self,
        case_id: str,
        comp: Compartment,
        role: str,
        edit: Callable[[CompartmentDoc], tuple[T, Changes]],
        entry: tuple[audit.Actor, str, str, str],
        within: Callable[[sa.Connection], object] | None = None,
    ) -> T:
        """Apply edit(doc) -> (result, changes); persist changes and the audit entry atomically.
        within: called with the connection inside that transaction, to write what goes with it."""
        if role not in comp.write:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("CaseProblems", "role '{role}' may not write compartment {id}"), role=role, id=comp.id
            )
        held = self._load(case_id, comp)
        pending: list[NewChange] = []
        if held is None:
            doc, genesis = CompartmentDoc.create(case_id, comp, self.schema, self.actor_id)
            held = _Held(doc, 0, 0)
            pending.append(genesis)
        try:
            result, made = edit(held.doc)
        except Exception:
            self._held.pop((case_id, comp.id), None)
            raise
        pending.extend(made)
        if not made:
            return result
        try:
            with self.store.begin() as conn:
                held.last_id = self.store.add_changes(conn, case_id, comp.id, pending)
                held.tail += len(pending)
                actor, action, case_ref, target = entry
                audit.append(conn, actor, action, case_ref, target)
                if within is not None:
                    within(conn)
                if held.tail >= SNAPSHOT_EVERY:
                    self.store.write_snapshot(conn, case_id, comp.id, held.doc.save(), held.last_id)
                    held.tail = 0
        except Exception:
            # The document in memory is ahead of the disk: forget it so nothing unsaved is shown.
            self._held.pop((case_id, comp.id), None)
            raise
        self._held[(case_id, comp.id)] = held
        return result

    def apply_remote(
        self,
        case_id: str,
        comp: Compartment,
        datas: list[bytes],
        heads: list[ChangeHeader] | None = None,
        known: set[bytes] | None = None,
    ) -> tuple[int, list[bytes]]:
        """Store changes made on other devices (the caller has verified who made them), in a
        transaction of their own. See causal_order; returns (number newly stored, waiting bytes).
        heads: the changes' headers when the caller has read them already; otherwise read here.
        known: the hashes of the changes the store holds, where the caller has just read them."""
        if heads is not None:
            if len(heads) != len(datas):
                raise ValueError("one header per change")
            parsed = list(zip(heads, datas))
        else:
            parsed = []
            for data in datas:
                try:
                    parsed.append((read_change(data), data))
                except BadChange as exc:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("CaseProblems", "not an Automerge change: {exc}"), exc=exc
                    ) from None
        if known is None:
            known = self.store.change_hashes(case_id, comp.id)
        fresh, waiting = causal_order(parsed, known)
        if fresh:
            with self.store.begin() as conn:
                self.store_remote(conn, case_id, comp, fresh)
        return len(fresh), [d for _, d in waiting]

    def store_remote(
        self, conn: sa.Connection, case_id: str, comp: Compartment, fresh: list[tuple[ChangeHeader, bytes]]
    ) -> None:
        """Keep changes put in causal order by causal_order, in the caller's transaction."""
        if not fresh:
            return
        self.store.add_runs(conn, case_id, comp.id, fresh)
        # Reloaded, and snapshotted if the tail has grown long, on the next read: a sync need
        # not build documents nobody on this device is looking at yet.
        self._held.pop((case_id, comp.id), None)

    def add_moved(
        self, case_id: str, comp: Compartment, changes: Changes, entry: tuple[audit.Actor, str, str, str]
    ) -> int:
        """Keep a move (app/models/documents/moves.py) as this device's own, to be sealed and
        sent like its edits; one another device made the same is there already. Returns the
        number of changes kept."""
        known = self.store.change_hashes(case_id, comp.id)
        fresh = [c for c in changes if c.hash not in known]
        if not fresh:
            return 0
        with self.store.begin() as conn:
            self.store.add_changes(conn, case_id, comp.id, fresh)
            audit.append(conn, *entry)
        self._held.pop((case_id, comp.id), None)
        return len(fresh)

    def forget(self, case_id: str | None = None) -> None:
        for key in [k for k in self._held if case_id is None or k[0] == case_id]:
            del self._held[key]

    # ----- cases ----------------------------------------------------------------------------
    def next_reference(self) -> str:
        year = clock.today().year
        taken = {row.reference for row in self.store.list_cases()}
        n = 1
        while f"CC-{year}-{n:04d}" in taken:
            n += 1
        return f"CC-{year}-{n:04d}"

    def create_case(self, reference: str | None, role: str, actor: audit.Actor) -> str:
        ref_field = self.schema.field("reference")
        if not self.schema.can_write(role, ref_field.id):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("CaseProblems", "the role '{role}' may not open new cases under this agreement"),
                role=role,
            )
        reference = (reference or self.next_reference()).strip()
        return self.register_case(uuid.uuid4().hex, reference, actor)

    def register_case(self, case_id: str, reference: str, actor: audit.Actor) -> str:
        """Make a case known to this device under an id chosen elsewhere (a panel, the demo)."""
        reference = self.check_rename(case_id, reference)
        with self.store.begin() as conn:
            self.store.add_case(conn, case_id, reference, actor.device_id)
            audit.append(conn, actor, "case_created", reference, "")
        return case_id

    def check_rename(self, case_id: str, reference: object) -> str:
        """The reference a case may be given (when it is made or renamed): well formed, and not
        another case's."""
        reference = reference.strip() if isinstance(reference, str) else reference
        if not valid_reference(reference):
            raise ValidationError(_REF_RULE)
        if self.store.reference_taken(reference, other_than=case_id):
            raise ValidationError(
                QT_TRANSLATE_NOOP("CaseProblems", "a case '{reference}' already exists"), reference=reference
            )
        return reference

    def summaries(self, role: str) -> list[CaseSummary]:
        core = self.compartments.for_field("reference")
        out = []
        for row in self.store.list_cases():
            labels: dict[str, Any] = {}
            if role in core.read:
                doc = self.read_doc(row.case_id, core, role)
                if doc is not None:
                    labels = doc.values()
            out.append(
                CaseSummary(
                    row.case_id,
                    row.reference,
                    row.created_at,
                    labels.get("party_harmed_label"),
                    labels.get("party_harmer_label"),
                    labels.get("children_involved"),
                )
            )
        return out


class CaseSession:
    """One case, opened as one role by one person on this device."""

    kind = "case"  # a MeetingSession (meetings.py) opens a meeting's document the same way

    def __init__(self, repo: CaseRepository, case_id: str, reference: str, role: str, actor: audit.Actor):
        self.repo = repo
        self.schema = repo.schema
        self.case_id = case_id
        self.reference = reference
        self.role = role
        self.actor = actor
        self._sections_read: set[str] = set()
        self._sections_seen: set[str] = set()  # case_read written for these, this session

    # ----- what the role may see -----------------------------------------------------------
    def sections(self) -> list[SectionDef]:
        return self.schema.readable_sections(self.role, self.kind)

    def _ours(self, field_id: str) -> bool:
        return field_id in self.schema.fields and self.schema.kind_of(field_id) == self.kind

    def can_read(self, field_id: str) -> bool:
        return self._ours(field_id) and self.schema.can_read(self.role, field_id)

    def can_write(self, field_id: str) -> bool:
        return self._ours(field_id) and self.schema.can_write(self.role, field_id)

    def _may_read(self, field_id: str) -> tuple[FieldDef, Compartment]:
        f = self.schema.fields.get(field_id)
        if f is None or not self._ours(field_id):
            raise NotFound(
                QT_TRANSLATE_NOOP("CaseProblems", "there is no field '{field_id}' in a {kind}"),
                field_id=field_id,
                kind=self.kind,
            )
        if not self.schema.can_read(self.role, field_id):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("CaseProblems", "the role '{role}' may not read '{field_id}' under this agreement"),
                role=self.role,
                field_id=field_id,
            )
        return f, self.repo.compartments.for_field(field_id)

    def _readable(self, field_id: str) -> tuple[FieldDef, Compartment]:
        try:
            return self._may_read(field_id)
        except PermissionDenied:
            self._audit("read_refused", field_id)
            raise

    def _writable(self, field_id: str, form: bool = False) -> tuple[FieldDef, Compartment]:
        try:
            f, comp = self._may_read(field_id)
            if not self.schema.can_write(self.role, field_id):
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP("CaseProblems", "the role '{role}' may read but not change '{field_id}'"),
                    role=self.role,
                    field_id=field_id,
                )
            if f.managed and not form:
                # Managed records (assessments, process steps, sign-offs) carry checks of their own:
                # only their own service writes them, so no generic edit can skip a safeguard.
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP("CaseProblems", "{label} is changed only through its own form, which checks it"),
                    label=f.label,
                )
        except PermissionDenied:
            self._audit("write_refused", field_id)
            raise
        return f, comp

    # ----- what the audit log is told --------------------------------------------------------
    def _audit(self, action: str, *targets: str) -> None:
        """One transaction for one or more entries (write_soon: never inside a write this thread
        has open, which would wait for itself)."""
        actor, reference = self.actor, self.reference

        def write(conn: sa.Connection) -> None:
            for target in targets:
                audit.append(conn, actor, action, reference, target)

        self.repo.store.write_soon(write)

    def _seen(self, fields: list[FieldDef]) -> None:
        """Note the first read of each section in this session: one entry per section, all in
        one transaction, before any value leaves the session."""
        new = list(dict.fromkeys(f.section for f in fields if f.section not in self._sections_seen))
        if new:
            self._audit("case_read", *new)
            self._sections_seen.update(new)

    def _changed(self, f: FieldDef) -> None:
        hook = self.repo.on_risk_change
        if f.risk_relevant and hook is not None:
            hook(self, f)

    # ----- reading --------------------------------------------------------------------------
    def get(self, field_id: str) -> Any:
        f, comp = self._readable(field_id)
        if f.section not in self._sections_seen:
            self._seen([f])
        return self._value(f, comp)

    def _value(self, f: FieldDef, comp: Compartment) -> Any:
        doc = self.repo.read_doc(self.case_id, comp, self.role)
        if doc is None:
            return [] if f.type == "records" else ("" if f.type == "long_text" else None)
        return doc.get(f.id)

    def values(self, section_id: str | None = None) -> dict[str, Any]:
        """Every field the role may read (or those of one section), by field id."""
        read = [self._readable(fid) for fid in self.readable_fields(section_id)]
        self._seen([f for f, _comp in read])
        return {f.id: self._value(f, comp) for f, comp in read}

    def readable_fields(self, section_id: str | None = None) -> list[str]:
        """The ids of the fields the role may read (or those of one section)."""
        sections = self.sections()
        if section_id is not None:
            sections = [s for s in sections if s.id == section_id]
            if not sections:
                raise NotFound(
                    QT_TRANSLATE_NOOP("CaseProblems", "no section '{section_id}' visible to the role '{role}'"),
                    section_id=section_id,
                    role=self.role,
                )
        return [f.id for s in sections for f in s.fields]

    def mark_read(self, section_id: str) -> None:
        """Record in the audit log that this person opened a section (once per session)."""
        if section_id in self._sections_read:
            return
        if not any(s.id == section_id for s in self.sections()):
            self._audit("read_refused", section_id)
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("CaseProblems", "the role '{role}' may not read section '{section_id}'"),
                role=self.role,
                section_id=section_id,
            )
        with self.repo.store.begin() as conn:
            audit.append(conn, self.actor, "section_read", self.reference, section_id)
        self._sections_read.add(section_id)

    # ----- concurrent values -----------------------------------------------------------------
    def conflicts(self, section_id: str | None = None) -> dict[str, list[Candidate]]:
        """Readable scalar fields (of all sections, or one) that hold values set concurrently on
        different devices, each with its candidates; the value `get` shows comes first."""
        wanted: dict[Compartment, set[str]] = {}
        scalars = [self.schema.fields[fid] for fid in self.readable_fields(section_id)]
        scalars = [f for f in scalars if f.type in SCALAR_TYPES]
        self._seen(scalars)  # the candidates are values too
        for f in scalars:
            wanted.setdefault(self.repo.compartments.for_field(f.id), set()).add(f.id)
        out: dict[str, list[Candidate]] = {}
        for comp, fids in wanted.items():
            doc = self.repo.read_doc(self.case_id, comp, self.role)
            if doc is not None:
                out.update(doc.conflicts(fids))
        return out

    def record_conflicts(self, field_id: str) -> dict[tuple[str, str], list[Candidate]]:
        """Record sub-fields in conflict, by (record id, sub-field id)."""
        f, comp = self._readable(field_id)
        self._seen([f])
        doc = self.repo.read_doc(self.case_id, comp, self.role)
        if doc is None or f.type != "records":
            return {}
        return doc.record_conflicts(field_id)

    def record_writers(self, field_id: str) -> dict[str, set[bytes]]:
        """The actors (so the devices) that made each record and hold its current values, by record id."""
        _f, comp = self._readable(field_id)
        doc = self.repo.read_doc(self.case_id, comp, self.role)
        return {} if doc is None else doc.record_writers(field_id)

    @property
    def own_actor(self) -> bytes:
        """This device's Automerge actor, to tell its own candidates from other devices'."""
        return self.repo.actor_id

    def resolve(self, field_id: str, value: object, seen: list[Candidate] | None = None) -> bool:
        """Keep `value` for a field in conflict; synced, the conflict ends on every device.

        Refused outside the role's rights before anything changes, like `set`, and audited as a
        field change. With `seen` (the candidates the person chose between), refused if they
        have changed since, so a value that arrived meanwhile is never overwritten unseen.
        """
        f, comp = self._writable(field_id)
        value, within = self._renaming(field_id, value)

        def edit(doc: CompartmentDoc) -> tuple[bool, Changes]:
            made = doc.resolve(field_id, value, seen)
            return bool(made), made

        changed = self._write_renaming(comp, edit, field_id, value, within)
        if changed:
            self._changed(f)
        return changed

    def _write_renaming(
        self,
        comp: Compartment,
        edit: Callable[[CompartmentDoc], tuple[bool, Changes]],
        field_id: str,
        value: object,
        within: Callable[[sa.Connection], None] | None,
    ) -> bool:
        try:
            changed = self.repo.write(
                self.case_id, comp, self.role, edit, (self.actor, "field_changed", self.reference, field_id), within
            )
        except sa.exc.IntegrityError:
            if within is None:
                raise
            # A sync gave another case this reference after it was checked: nothing was kept.
            raise ValidationError(
                QT_TRANSLATE_NOOP("CaseProblems", "a case '{value}' already exists"), value=value
            ) from None
        if changed and within is not None:
            assert isinstance(value, str)  # a renaming's value is the reference check_rename returned
            self.reference = value
        return changed

    def _renaming(self, field_id: str, value: object) -> tuple[object, Callable[[sa.Connection], None] | None]:
        """(value, what to write with it): the case list keeps a copy of the reference, renamed
        in the transaction that changes the document."""
        if field_id not in REFERENCE_FIELDS:
            return value, None
        reference = self.repo.check_rename(self.case_id, value)
        return reference, lambda conn: self.repo.store.rename_case(conn, self.case_id, reference)

    def resolve_record(
        self, field_id: str, record_id: str, sub_id: str, value: object, seen: list[Candidate] | None = None
    ) -> bool:
        """`resolve` for one sub-field of one record."""
        f, comp = self._writable(field_id)
        if self.repo.read_doc(self.case_id, comp, self.role) is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("CaseProblems", "no record '{record_id}' in '{field_id}'"),
                record_id=record_id,
                field_id=field_id,
            )

        def edit(doc: CompartmentDoc) -> tuple[bool, Changes]:
            made = doc.resolve_record(field_id, record_id, sub_id, value, seen)
            return bool(made), made

        changed = self.repo.write(
            self.case_id, comp, self.role, edit, (self.actor, "record_changed", self.reference, field_id)
        )
        if changed:
            self._changed(f)
        return changed

    # ----- writing --------------------------------------------------------------------------
    def set(self, field_id: str, value: object, base: str | None = None, form: bool = False) -> bool:
        """Save a field. For long text, base is the text the person started editing from: their
        edit is then applied to the text as it is now, keeping words merged in meanwhile."""
        f, comp = self._writable(field_id, form)
        value, within = self._renaming(field_id, value)

        def edit(doc: CompartmentDoc) -> tuple[bool, Changes]:
            new = value
            if base is not None and f.type == "long_text" and isinstance(value, str):
                new = rebase(base, value, doc.get(field_id) or "")
            made = doc.set(field_id, new)
            return bool(made), made

        changed = self._write_renaming(comp, edit, field_id, value, within)
        if changed:
            self._changed(f)
        return changed

    def add_record(self, field_id: str, record: Mapping[str, object], form: bool = False) -> str:
        f, comp = self._writable(field_id, form)

        def edit(doc: CompartmentDoc) -> tuple[str, Changes]:
            return doc.add_record(field_id, record)

        rid = self.repo.write(
            self.case_id, comp, self.role, edit, (self.actor, "record_added", self.reference, field_id)
        )
        self._changed(f)
        return rid

    def update_record(self, field_id: str, record_id: str, changes: Mapping[str, object], form: bool = False) -> bool:
        f, comp = self._writable(field_id, form)
        if self.repo.read_doc(self.case_id, comp, self.role) is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("CaseProblems", "no record '{record_id}' in '{field_id}'"),
                record_id=record_id,
                field_id=field_id,
            )

        def edit(doc: CompartmentDoc) -> tuple[bool, Changes]:
            made = doc.update_record(field_id, record_id, changes)
            return bool(made), made

        changed = self.repo.write(
            self.case_id, comp, self.role, edit, (self.actor, "record_changed", self.reference, field_id)
        )
        if changed:
            self._changed(f)
        return changed

    def remove_record(self, field_id: str, record_id: str, form: bool = False) -> None:
        f, comp = self._writable(field_id, form)
        if self.repo.read_doc(self.case_id, comp, self.role) is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("CaseProblems", "no record '{record_id}' in '{field_id}'"),
                record_id=record_id,
                field_id=field_id,
            )

        def edit(doc: CompartmentDoc) -> tuple[None, Changes]:
            return None, doc.remove_record(field_id, record_id)

        self.repo.write(self.case_id, comp, self.role, edit, (self.actor, "record_removed", self.reference, field_id))
        self._changed(f)
