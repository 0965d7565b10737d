"""Values in conflict, as the command line shows and resolves them.

A field set differently on two devices that had not seen each other's change holds both values
(app/models/documents/conflicts.py). `case get` lists them under "conflicts", the value shown first; a
record's sub-field is named FIELD/RECORD_ID/SUB_FIELD there, and `case resolve` takes the same
name, so what one prints the other accepts.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.case_schema import FieldDef, Schema
from app.models.documents.casedoc import SCALAR_TYPES
from app.models.documents.conflicts import Candidate
from app.models.errors import NotFound, ValidationError

SEP = "/"


def _name(field_id: str, record_id: str, sub_id: str) -> str:
    return SEP.join((field_id, record_id, sub_id))


def _values(candidates: list[Candidate]) -> list:
    return [c.value for c in candidates]


def _records(session, f: FieldDef) -> dict[str, list]:
    return {_name(f.id, rid, sub): _values(found) for (rid, sub), found in session.record_conflicts(f.id).items()}


def field_conflicts(session, f: FieldDef) -> dict[str, list]:
    """The values in conflict in one field (for a list of records, in any of its records)."""
    if f.type == "records":
        return _records(session, f)
    if f.type not in SCALAR_TYPES:
        return {}  # text merges word by word: it never holds two values
    found = session.conflicts(f.section).get(f.id)
    return {f.id: _values(found)} if found else {}


def case_conflicts(session) -> dict[str, list]:
    """Every value in conflict among the fields the role may read."""
    out = {fid: _values(found) for fid, found in session.conflicts().items()}
    for fid in session.readable_fields():
        f = session.schema.fields[fid]
        if f.type == "records":
            out.update(_records(session, f))
    return out


@dataclass(frozen=True)
class Target:
    """The field, or the sub-field of one record, a person chooses a value for."""

    field: FieldDef  # the field whose value is chosen (the sub-field, for a record)
    field_id: str
    record_id: str = ""

    def candidates(self, session) -> list[Candidate]:
        if self.record_id:
            if not any(str(r.get("id")) == self.record_id for r in session.get(self.field_id) or []):
                raise NotFound(f"no record '{self.record_id}' in '{self.field_id}'")
            return session.record_conflicts(self.field_id).get((self.record_id, self.field.id), [])
        session.get(self.field_id)  # a field the role may not read is refused here, with the reason
        return session.conflicts(self.field.section).get(self.field_id, [])

    def resolve(self, session, value, seen: list[Candidate]) -> bool:
        if not self.record_id:
            return session.resolve(self.field_id, value, seen)
        return session.resolve_record(self.field_id, self.record_id, self.field.id, value, seen)


def conflict_target(schema: Schema, name: str) -> Target:
    """What `case resolve` was given as FIELD: a field, or FIELD/RECORD_ID/SUB_FIELD."""
    parts = name.split(SEP)
    f = schema.fields.get(parts[0])
    if f is None:
        raise ValidationError(f"there is no field '{parts[0]}'")
    if len(parts) == 1:
        if f.type == "records":
            raise ValidationError(
                f"'{f.id}' is a list of records: name the value as {f.id}/RECORD_ID/SUB_FIELD, "
                f"as 'concord case get' lists it under \"conflicts\""
            )
        if f.type not in SCALAR_TYPES:
            raise ValidationError(f"{f.label} merges edits from every device: there are no values to choose between")
        return Target(f, f.id)
    if len(parts) != 3 or f.type != "records" or not parts[1]:
        raise ValidationError(f"name a record's value as FIELD/RECORD_ID/SUB_FIELD (got '{name}')")
    sub = f.subfield(parts[2])
    if sub is None:
        names = ", ".join(s.id for s in f.subfields)
        raise ValidationError(f"'{f.id}' records have no field '{parts[2]}' (they have: {names})")
    if sub.type not in SCALAR_TYPES:
        raise ValidationError(f"{sub.label} merges edits from every device: there are no values to choose between")
    return Target(sub, f.id, parts[1])
