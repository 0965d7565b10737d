"""History that cannot be rewritten: managed records are only ever added, on every device.

Decisions, process steps, pauses and breaches, consent records, safeguard attestations and risk
assessments are managed records: their own service writes them, and never changes or removes one
(a later record supersedes an earlier one and names it). The writing device's own API refuses
anything else, but a device that skips its API - or a hostile one - can still send an Automerge
change that deletes or edits such a record. So each receiving device builds the document as a
delivery would leave it and compares the managed records with those it held: a change that
removes, edits or moves one is refused and its envelope quarantined, whoever signed it. Every
device applies the same rule to the same changes, so all of them refuse the same ones.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import cast

import automerge.core as am

from app.models.case_schema import Schema
from app.models.documents.casedoc import CompartmentDoc
from app.models.documents.compartments import Compartment
from app.models.meetings.seal import SEALED, sealed_records


def sealable(comp: Compartment) -> bool:
    """Whether a compartment holds records a closed meeting seals."""
    return any(fid in SEALED for fid in comp.field_ids)


def managed_fields(comp: Compartment, schema: Schema) -> tuple[str, ...]:
    return tuple(fid for fid in comp.field_ids if schema.fields[fid].managed and schema.fields[fid].type == "records")


def records_of(doc: CompartmentDoc | None, fields: tuple[str, ...]) -> dict[str, list[tuple[str, str]]]:
    """Each managed field's records as (id, canonical content), in list order."""
    if doc is None:
        return {fid: [] for fid in fields}
    # Managed fields are records fields (managed_fields), whose value is always a list of records.
    return {
        fid: [
            (str(r.get("id")), json.dumps(r, sort_keys=True, default=str))
            for r in cast("list[dict[str, object]]", doc.get(fid))
        ]
        for fid in fields
    }


def rewrite(
    before: dict[str, list[tuple[str, str]]], after: dict[str, list[tuple[str, str]]], labels: Callable[[str], str]
) -> str:
    """Why `after` is not `before` with records only added ('' when it is)."""
    for fid, old in before.items():
        new = after.get(fid, [])
        content = dict(new)
        for rid, text in old:
            if rid not in content:
                return f"it removes a {labels(fid)} record, which is only ever added to"
            if content[rid] != text:
                return f"it changes a {labels(fid)} record, which is only ever added to"
        # Order is history: a record taken out and put back later would reorder what it decided.
        kept = [rid for rid, _ in new if rid in dict(old)]
        if kept != [rid for rid, _ in old]:
            return f"it moves a {labels(fid)} record, which is only ever added to"
    return ""


class AppendOnlyCheck:
    """Checks one document's delivery: which change first breaks the rule, if any."""

    def __init__(
        self,
        comp: Compartment,
        schema: Schema,
        stored: bytes | None,
        held: CompartmentDoc | None,
        case_id: str,
        closed: set[str] | frozenset[str] = frozenset(),
    ):
        """closed: the meetings whose records in this document are sealed (meeting_seal.py) and
        whose whole sealed state this device holds: any new change to their records is after
        or concurrent with the closing."""
        self.comp, self.schema, self.case_id = comp, schema, case_id
        self.fields = managed_fields(comp, schema)
        self.stored = stored or b""
        self.before = records_of(held, self.fields)
        self.closed = set(closed)
        self.before_sealed = sealed_records(held, self.closed) if self.closed else {}

    def _label(self, fid: str) -> str:
        return self.schema.fields[fid].label.lower()

    def _breach(self, changes: list[bytes]) -> str:
        doc = CompartmentDoc(self.case_id, self.comp, self.schema, am.Document.load(self.stored + b"".join(changes)))
        why = rewrite(self.before, records_of(doc, self.fields), self._label)
        if not why and self.closed and sealed_records(doc, self.closed) != self.before_sealed:
            why = "it changes the records of a meeting that was closed before it was made"
        return why

    def first_breach(self, changes: list[bytes]) -> tuple[int, str]:
        """(index of the first change that rewrites a managed record or a closed meeting's, why),
        or (-1, '')."""
        if not (self.fields or self.closed) or not changes:
            return -1, ""
        if not self._breach(changes):
            return -1, ""
        # Rare (a device that skipped its service, a hostile one, one that missed the closing):
        # find the change, change by change.
        for i in range(len(changes)):
            why = self._breach(changes[: i + 1])
            if why:
                return i, why
        return len(changes) - 1, "it rewrites a record that is only ever added to"
