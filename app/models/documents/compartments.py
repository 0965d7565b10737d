"""Compartments: the fields that share one (read roles, write roles, consent) triple.

A compartment is the unit of storage, encryption, sync and permission: one Automerge document
per case per compartment. They are derived from the ISA, never listed by hand, so changing who
may read a field moves it to the compartment that matches its new audience.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from app.models.case_schema import Schema
from app.models.errors import NotFound
from app.models.language import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Compartment:
    id: str
    read: frozenset[str]
    write: frozenset[str]
    field_ids: tuple[str, ...]
    consent: tuple[tuple[str, str], ...] = ()  # readers who hold it only while a party consents

    def consent_of(self, role: str) -> str | None:
        return next((party for r, party in self.consent if r == role), None)

    def label(self, all_roles: frozenset[str]) -> str:
        def names(roles: frozenset[str]) -> str:
            return "all roles" if roles == all_roles else ", ".join(sorted(roles))

        return f"read: {names(self.read)}; write: {names(self.write) or 'nobody'}"


def compartment_id(
    read: frozenset[str], write: frozenset[str], consent: tuple[tuple[str, str], ...] = (), version: int = 0
) -> str:
    """A stable id for an access pair: every device derives the same id from the same ISA. The
    consent readers are part of it only where there are some, so a compartment whose sharing
    rests on no consent keeps the id (and the stored data) it always had. `version`: the adopted
    agreement that first gave a group of fields this access (0: the panel's first agreement), so
    a group a later version makes is a new document, never one an earlier reader holds keys to."""
    canonical = "read=" + ",".join(sorted(read)) + ";write=" + ",".join(sorted(write))
    if consent:
        canonical += ";consent=" + ",".join(f"{role}:{party}" for role, party in sorted(consent))
    if version:
        canonical += f";agreement={version}"
    return "c" + hashlib.sha256(canonical.encode()).hexdigest()[:12]


Access3 = tuple[frozenset[str], frozenset[str], tuple[tuple[str, str], ...]]


def field_groups(schema: Schema) -> dict[Access3, list[str]]:
    """The fields that share each (read, write, consent) triple, in schema order."""
    grouped: dict[Access3, list[str]] = {}
    for section in schema.all_sections:
        for f in section.fields:
            acc = schema.access[f.id]
            grouped.setdefault((acc.read, acc.write, acc.consent), []).append(f.id)
    return grouped


def derive_compartments(schema: Schema) -> dict[str, Compartment]:
    out = {}
    for (read, write, consent), fids in field_groups(schema).items():
        cid = schema.compartment_ids.get(tuple(fids)) or compartment_id(read, write, consent)
        out[cid] = Compartment(cid, read, write, tuple(fids), consent)
    return out


class CompartmentMap:
    """Lookup from field to compartment, and of what a role may hold."""

    def __init__(self, schema: Schema):
        self.schema = schema
        self.by_id = derive_compartments(schema)
        self._by_field = {fid: c for c in self.by_id.values() for fid in c.field_ids}
        # The roles that read case data at all: "every role" to a compartment, and to the approvals
        # an admission waits for, leaves out a role such as the information governance officer's,
        # which reads only the panel's audit and disclosure records.
        self.all_roles = frozenset(r for r in schema.roles if any(r in c.read for c in self.by_id.values()))
        # The compartments of the panel's earlier agreements that this one no longer has: what a
        # device may still hold, to move into today's compartments and then destroy.
        self.former: dict[str, Compartment] = {}
        for earlier in schema.earlier:
            for cid, comp in derive_compartments(earlier).items():
                if cid not in self.by_id:
                    self.former.setdefault(cid, comp)

    def for_field(self, field_id: str) -> Compartment:
        self.schema.field(field_id)
        return self._by_field[field_id]

    def readable_by(self, role: str) -> list[Compartment]:
        return [c for c in self.by_id.values() if role in c.read]

    def resolve(self, name: str) -> Compartment:
        """A compartment named by its id, or by any field it holds."""
        if name in self.by_id:
            return self.by_id[name]
        if name in self._by_field:
            return self._by_field[name]
        raise NotFound(QT_TRANSLATE_NOOP("CaseProblems", "no compartment or field called '{name}'"), name=name)
