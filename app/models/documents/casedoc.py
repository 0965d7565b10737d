"""One compartment of one case as an Automerge document.

Layout inside the document: each field of the compartment is a key of the root map.
Scalars are registers; long text is an Automerge Text edited by minimal splices; a records
field is a List of Maps, each with a stable "id".

Every compartment document starts from a *genesis* change that creates its Text and List
objects. The genesis is deterministic (fixed actor derived from case and compartment, zero
timestamp), so every device that creates it independently makes the byte-identical change and
all devices share the same root objects. Without that, two devices creating the same list
offline would each make their own, and a merge would silently hide one device's records.

Scalars set concurrently on two devices keep both values (see app.models.documents.conflicts) until a
person resolves them; a resolution is an ordinary write made after seeing both, so it supersedes
both everywhere it arrives.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any, cast

import automerge.core as am

from app.models.case_schema import FieldDef, Schema
from app.models.documents import values
from app.models.documents.compartments import Compartment
from app.models.documents.conflicts import Candidate, Got, History, Slot, find, same_values
from app.models.documents.textdiff import splice_for
from app.models.errors import NotFound, PermissionDenied, ValidationError
from app.models.language import QT_TRANSLATE_NOOP

Record = dict[str, object]
SCALAR_TYPES = frozenset({"short_text", "choice", "date", "flag", "number"})


def _actor_in(op_id: bytes) -> bytes | None:
    """The actor named in an Automerge object or operation id: a tag, the actor's length, the
    actor, its index, the counter."""
    if len(op_id) > 2 and 0 < op_id[1] < 0x80 and len(op_id) >= 2 + op_id[1]:
        return op_id[2 : 2 + op_id[1]]
    return None


def genesis_actor(case_id: str, compartment_id: str) -> bytes:
    return hashlib.sha256(f"concord-genesis/{case_id}/{compartment_id}".encode()).digest()[:16]


@dataclass
class NewChange:
    """A change made locally, ready to be persisted (and later sealed and shipped)."""

    hash: bytes
    actor: bytes
    seq: int
    deps: list[bytes]
    data: bytes


class CompartmentDoc:
    def __init__(self, case_id: str, compartment: Compartment, schema: Schema, doc: am.Document):
        self.case_id = case_id
        self.compartment = compartment
        self.fields = {fid: schema.field(fid) for fid in compartment.field_ids}
        self.doc = doc
        self._history: tuple[list[bytes], History] | None = None

    # ----- construction -------------------------------------------------------------------
    @classmethod
    def create(
        cls, case_id: str, compartment: Compartment, schema: Schema, actor: bytes
    ) -> tuple[CompartmentDoc, NewChange]:
        doc = am.Document(actor_id=genesis_actor(case_id, compartment.id))
        with doc.transaction() as tx:
            for fid in compartment.field_ids:
                ftype = schema.field(fid).type
                if ftype == "long_text":
                    tx.put_object(am.ROOT, fid, am.ObjType.Text)
                elif ftype == "records":
                    tx.put_object(am.ROOT, fid, am.ObjType.List)
        change = _to_new(doc.get_changes([])[0])
        doc.set_actor(actor)
        return cls(case_id, compartment, schema, doc), change

    @classmethod
    def load(cls, case_id: str, compartment: Compartment, schema: Schema, data: bytes, actor: bytes) -> CompartmentDoc:
        doc = am.Document.load(data)
        doc.set_actor(actor)
        return cls(case_id, compartment, schema, doc)

    def save(self) -> bytes:
        return self.doc.save()

    def holds(self, heads: list[bytes]) -> bool:
        """Whether every one of these changes is in the document (it is at or past that state)."""
        try:
            self.doc.fork(heads)
            return True
        except Exception:  # automerge-py raises a bare Exception for an unknown hash
            return False

    def heads(self) -> list[bytes]:
        return sorted(self.doc.get_heads())

    # ----- reading ------------------------------------------------------------------------
    def _field(self, field_id: str) -> FieldDef:
        try:
            return self.fields[field_id]
        except KeyError:
            raise NotFound(
                QT_TRANSLATE_NOOP("CaseProblems", "field '{field_id}' is not in compartment {id}"),
                field_id=field_id,
                id=self.compartment.id,
            ) from None

    def get(self, field_id: str) -> Any:  # records, text, a number...: what the field's type holds
        f = self._field(field_id)
        if f.type == "records":
            return self._records(f)
        return _read(self.doc, am.ROOT, f)

    def values(self) -> dict[str, object]:
        return {fid: self.get(fid) for fid in self.fields}

    def _records(self, f: FieldDef) -> list[Record]:
        got = self.doc.get(am.ROOT, f.id)
        if got is None:
            return []
        list_id = got[1]
        out: list[Record] = []
        for i in range(self.doc.length(list_id)):
            item = self.doc.get(list_id, i)
            if item is None or item[0] != am.ObjType.Map:
                continue
            rec: Record = {"id": _scalar(self.doc.get(item[1], "id"))}
            for sub in f.subfields:
                rec[sub.id] = _read(self.doc, item[1], sub)
            out.append(rec)
        return out

    def record_ids(self, field_id: str, heads: list[bytes] | None = None) -> list[str]:
        """The ids of a records field's records in list order, now or as the document stood at
        `heads` (changes it holds): what a device that had made or received just those held."""
        f = self._field(field_id)
        got = self.doc.get(am.ROOT, f.id, heads)
        if got is None or got[0] != am.ObjType.List:
            return []
        out = []
        for i in range(self.doc.length(got[1], heads)):
            item = self.doc.get(got[1], i, heads)
            if item is not None and item[0] == am.ObjType.Map:
                out.append(str(_scalar(self.doc.get(item[1], "id", heads))))
        return out

    def record_writers(self, field_id: str) -> dict[str, set[bytes]]:
        """The Automerge actors behind each record, by record id: the one whose change created it
        (its map's object id names it) and those whose changes hold its current values. A
        device's actor derives from its signing key and every change is checked against its
        envelope's author, so {device's actor} alone means that device made the record and no
        other device has changed it, whatever its fields claim."""
        f = self._field(field_id)
        got = self.doc.get(am.ROOT, f.id)
        if got is None:
            return {}
        out = {}
        for i in range(self.doc.length(got[1])):
            item = self.doc.get(got[1], i)
            if item is None or item[0] != am.ObjType.Map:
                continue
            creator = _actor_in(bytes(item[1]))
            if creator is None:
                continue
            writers = {creator}
            for key in self.doc.keys(item[1]):
                value = self.doc.get(item[1], key)
                actor = _actor_in(bytes(value[1])) if value is not None else None
                if actor is not None:
                    writers.add(actor)
            out[str(_scalar(self.doc.get(item[1], "id")))] = writers
        return out

    # ----- conflicts ----------------------------------------------------------------------
    def _find(self, slots: dict[Slot, FieldDef]) -> dict[Slot, list[Candidate]]:
        heads = self.heads()
        if self._history is None or self._history[0] != heads:
            # Several sections share a compartment: build its change graph once per state.
            self._history = (heads, History(self.doc))
        return find(self.doc, slots, _value, self._history[1])

    def conflicts(self, field_ids: Collection[str] | None = None) -> dict[str, list[Candidate]]:
        """Scalar fields holding concurrent values, each with its candidates (shown value first)."""
        slots = {
            (am.ROOT, fid): f
            for fid, f in self.fields.items()
            if f.type in SCALAR_TYPES and (field_ids is None or fid in field_ids)
        }
        return {slot[1]: found for slot, found in self._find(slots).items()}

    def record_conflicts(self, field_id: str) -> dict[tuple[str, str], list[Candidate]]:
        """Scalar sub-fields of records holding concurrent values, by (record id, sub-field id)."""
        f = self._field(field_id)
        if f.type != "records":
            raise ValidationError(
                QT_TRANSLATE_NOOP("CaseProblems", "'{field_id}' is not a list of records"), field_id=field_id
            )
        got = self.doc.get(am.ROOT, f.id)
        if got is None:
            return {}
        slots: dict[Slot, FieldDef] = {}
        names: dict[Slot, tuple[str, str]] = {}
        for i in range(self.doc.length(got[1])):
            item = self.doc.get(got[1], i)
            if item is None or item[0] != am.ObjType.Map:
                continue
            rid = cast(str, _scalar(self.doc.get(item[1], "id")))  # every record is given a text id when added
            for sub in f.subfields:
                if sub.type in SCALAR_TYPES:
                    slots[(item[1], sub.id)] = sub
                    names[(item[1], sub.id)] = (rid, sub.id)
        return {names[slot]: found for slot, found in self._find(slots).items()}

    def resolve(self, field_id: str, value: object, seen: list[Candidate] | None = None) -> list[NewChange]:
        """Write the value chosen for a field in conflict (one of the candidates or a new one).

        A plain `set` writes nothing when the value equals the one shown, which would leave the
        conflict standing; this always writes while there is one. With `seen`, refuses if the
        candidates are no longer those the person chose between.
        """
        f = self._scalar_field(self._field(field_id))
        checked = values.check(f, value)
        current = self.conflicts([field_id]).get(field_id, [])
        _check_seen(f, current, seen)
        if not current:
            return self.set(field_id, checked)
        return self._commit(lambda tx: _write(tx, am.ROOT, f, checked))

    def resolve_record(
        self, field_id: str, record_id: str, sub_id: str, value: object, seen: list[Candidate] | None = None
    ) -> list[NewChange]:
        f = self._field(field_id)
        found = f.subfield(sub_id) if f.type == "records" else None
        if found is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("CaseProblems", "'{field_id}' records have no field '{sub_id}'"),
                field_id=field_id,
                sub_id=sub_id,
            )
        sub = self._scalar_field(found)
        checked = values.check(sub, value)
        obj = self._record_obj(f, record_id)
        current = self._find({(obj, sub_id): sub}).get((obj, sub_id), [])
        _check_seen(sub, current, seen)
        if not current:
            return self.update_record(field_id, record_id, {sub_id: checked})
        return self._commit(lambda tx: _write(tx, obj, sub, checked))

    @staticmethod
    def _scalar_field(f: FieldDef) -> FieldDef:
        if f.type not in SCALAR_TYPES:
            raise ValidationError(
                f.id,
                QT_TRANSLATE_NOOP(
                    "CaseProblems", "{label} merges edits from every device: there are no values to choose between"
                ),
                label=f.label,
            )
        return f

    # ----- writing ------------------------------------------------------------------------
    def _commit(self, edit: Callable[[am.Transaction], object]) -> list[NewChange]:
        before = self.doc.get_heads()
        with self.doc.transaction() as tx:
            result = edit(tx)
        if result is False:
            return []
        return [_to_new(c) for c in self.doc.get_changes(before)]

    def set(self, field_id: str, value: object) -> list[NewChange]:
        f = self._field(field_id)
        checked = values.check(f, value)
        if self.get(field_id) == checked:
            return []
        return self._commit(lambda tx: _write(tx, am.ROOT, f, checked))

    def add_record(self, field_id: str, record: Mapping[str, object]) -> tuple[str, list[NewChange]]:
        f = self._field(field_id)
        if f.type != "records":
            raise ValidationError(
                QT_TRANSLATE_NOOP("CaseProblems", "'{field_id}' is not a list of records"), field_id=field_id
            )
        checked = _check_record(f, record)
        rid = uuid.uuid4().hex
        list_id = self._list_id(f)

        def edit(tx: am.Transaction) -> None:
            rec_id = tx.insert_object(list_id, tx.length(list_id), am.ObjType.Map)
            tx.put(rec_id, "id", am.ScalarType.Str, rid)
            for sub_id, value in checked.items():
                _write(tx, rec_id, _known_sub(f, sub_id), value)
            for sub in f.subfields:
                # Made now, with the record: two devices each creating the Text later would
                # conflict as objects, and one device's words would be hidden, not merged.
                if sub.type == "long_text" and sub.id not in checked:
                    _write(tx, rec_id, sub, "")

        return rid, self._commit(edit)

    def update_record(self, field_id: str, record_id: str, changes: Mapping[str, object]) -> list[NewChange]:
        f = self._field(field_id)
        _only_added(f)
        checked = _check_record(f, changes)
        obj = self._record_obj(f, record_id)

        def edit(tx: am.Transaction) -> bool:
            touched = False
            for sub_id, value in checked.items():
                sub = _known_sub(f, sub_id)
                if _read(tx, obj, sub) != value:
                    _write(tx, obj, sub, value)
                    touched = True
            return touched

        return self._commit(edit)

    def remove_record(self, field_id: str, record_id: str) -> list[NewChange]:
        f = self._field(field_id)
        _only_added(f)
        list_id, index, _ = self._find_record(f, record_id)
        return self._commit(lambda tx: tx.delete(list_id, index))

    def copy_fields(self, source: CompartmentDoc, field_ids: Collection[str], mark: str) -> list[NewChange]:
        """Write what `source` holds of these fields (records with their ids) into this document,
        which a move has just made from its genesis (app/models/documents/moves.py), and `mark`
        (a key no field has) to say the move is made, even of fields that were empty."""

        def edit(tx: am.Transaction) -> None:
            tx.put(am.ROOT, mark, am.ScalarType.Boolean, True)
            for fid in field_ids:
                f, value = self._field(fid), source.get(fid)
                if f.type == "records":
                    list_id = self._list_id(f)
                    for record in value:
                        obj = tx.insert_object(list_id, tx.length(list_id), am.ObjType.Map)
                        tx.put(obj, "id", am.ScalarType.Str, str(record["id"]))
                        for sub in f.subfields:
                            _write(tx, obj, sub, record.get(sub.id))
                elif value not in (None, ""):
                    _write(tx, am.ROOT, f, value)

        return self._commit(edit)

    def moved_from(self, mark: str) -> bool:
        return self.doc.get(am.ROOT, mark) is not None

    def _list_id(self, f: FieldDef) -> bytes:
        got = self.doc.get(am.ROOT, f.id)
        if got is None or got[0] != am.ObjType.List:
            raise NotFound(QT_TRANSLATE_NOOP("CaseProblems", "'{id}' has no record list in this document"), id=f.id)
        return got[1]

    def _record_obj(self, f: FieldDef, record_id: str) -> bytes:
        return self._find_record(f, record_id)[2]

    def _find_record(self, f: FieldDef, record_id: str) -> tuple[bytes, int, bytes]:
        list_id = self._list_id(f)
        for i in range(self.doc.length(list_id)):
            item = self.doc.get(list_id, i)
            if item and item[0] == am.ObjType.Map and _scalar(self.doc.get(item[1], "id")) == record_id:
                return list_id, i, item[1]
        raise NotFound(
            QT_TRANSLATE_NOOP("CaseProblems", "no record '{record_id}' in '{id}'"), record_id=record_id, id=f.id
        )


def _only_added(f: FieldDef) -> None:
    # History of decisions, steps, consent and assessments is only ever added to: a later record
    # supersedes an earlier one and names it. Every receiving device refuses a change that edits
    # or removes one (app/sync/engine/append_only.py); no form on this device makes one either.
    if f.managed:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "CaseProblems", "{label}: a record is never changed or removed; record a new one instead"
            ),
            label=f.label,
        )


def _known_sub(f: FieldDef, sub_id: str) -> FieldDef:
    sub = f.subfield(sub_id)
    assert sub is not None  # _check_record let through only the records' own sub-fields
    return sub


def _check_record(f: FieldDef, record: Mapping[str, object]) -> dict[str, values.Value]:
    out: dict[str, values.Value] = {}
    for key, value in record.items():
        if key == "id":
            continue
        sub = f.subfield(key)
        if sub is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("CaseProblems", "'{id}' records have no field '{key}'"), id=f.id, key=key
            )
        out[key] = values.check(sub, value)
    return out


def _check_seen(f: FieldDef, current: list[Candidate], seen: list[Candidate] | None) -> None:
    if seen is not None and not same_values(current, seen):
        raise ValidationError(
            f.id,
            QT_TRANSLATE_NOOP(
                "CaseProblems",
                "{label} has changed on another device since its values were shown: look again before choosing",
            ),
            label=f.label,
        )


def _to_new(change: am.Change) -> NewChange:
    return NewChange(hash=change.hash, actor=change.actor_id, seq=change.seq, deps=list(change.deps), data=change.bytes)


def _scalar(got: Got | None) -> am.ScalarValue:
    if got is None:
        return None
    value = got[0]
    if isinstance(value, tuple):
        kind, v = value
        return None if kind == am.ScalarType.Null else v
    return None


def _read(doc: am.Document | am.Transaction, obj: bytes, f: FieldDef) -> am.ScalarValue:
    """Read field f from map obj; doc may be a Document or an open Transaction."""
    got = doc.get(obj, f.id)
    if got is None:
        return "" if f.type == "long_text" else None
    if got[0] == am.ObjType.Text:
        return doc.text(got[1])
    return _value(got, f)


def _value(got: Got, f: FieldDef) -> am.ScalarValue:
    """A scalar as read for field f: numbers stored as whole floats read as integers."""
    value = _scalar(got)
    if f.type == "number" and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _write(tx: am.Transaction, obj: bytes, f: FieldDef, value: values.Value) -> None:
    if f.type == "long_text":
        assert value is None or isinstance(value, str)  # values.check gives a long text a str
        got = tx.get(obj, f.id)
        if got is None or got[0] != am.ObjType.Text:
            text_id = tx.put_object(obj, f.id, am.ObjType.Text)
            old = ""
        else:
            text_id, old = got[1], tx.text(got[1])
        splice = splice_for(old, value or "")
        if splice is not None:
            for _ in range(splice.delete):
                tx.delete(text_id, splice.start)
            # One code point per element: a multi-character insert would become a single
            # list element that later index-based edits cannot address.
            for offset, char in enumerate(splice.insert):
                tx.insert(text_id, splice.start + offset, am.ScalarType.Str, char)
        return
    if value is None:
        if tx.get(obj, f.id) is not None:
            tx.delete(obj, f.id)
        return
    if f.type == "flag":
        tx.put(obj, f.id, am.ScalarType.Boolean, value)
    elif f.type == "number":
        if isinstance(value, int):
            tx.put(obj, f.id, am.ScalarType.Int, value)
        else:
            tx.put(obj, f.id, am.ScalarType.F64, float(value))
    else:
        tx.put(obj, f.id, am.ScalarType.Str, value)
