"""The agreement's grounds for a disclosure: the rules that give the recipient the fields, and
the lawful basis each rule names (or the agreement's own), or the party whose consent it rests on."""

from __future__ import annotations

from collections.abc import Iterable

from app.models.case_schema import Schema
from app.models.documents.compartments import CompartmentMap

CONSENT_PREFIX = "consent: "


def grounds(
    schema: Schema, field_ids: Iterable[str], roles: Iterable[str] = ()
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(rules, bases) for fields going to readers of `roles`: a rule resting a role's reading on
    consent gives "consent: <party>" as its basis for that role."""
    roles = tuple(roles)
    rules: set[str] = set()
    bases: set[str] = set()
    for fid in field_ids:
        access = schema.access.get(fid)
        if access is None:
            continue
        rules.add(access.rule)
        parties = {access.consent_of(r) for r in roles} - {None}
        bases.update(CONSENT_PREFIX + str(p) for p in parties)
        if not roles or any(access.consent_of(r) is None for r in roles):
            bases.add(access.lawful_basis or schema.lawful_basis)
    return tuple(sorted(r for r in rules if r)), tuple(sorted(b for b in bases if b))


def fields_of(compartments: CompartmentMap, compartment_ids: Iterable[str]) -> tuple[str, ...]:
    """The field ids the compartments hold, as a reader given them can now read."""
    out: list[str] = []
    for cid in compartment_ids:
        comp = compartments.by_id.get(cid)
        if comp is not None:
            out.extend(comp.field_ids)
    return tuple(sorted(set(out)))
