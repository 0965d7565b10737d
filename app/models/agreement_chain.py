"""The agreement in force on a panel: the one Concord ships, then each version the chair adopted.

A changed agreement reaches devices as the text of the whole file in a signed membership entry
(app/sync/engine/agreement_entries.py); every device folds the same entries and so builds the
same chain here. Compartment ids follow the chain: a group of fields that keeps both its fields
and its access keeps its compartment, and the data in it; any other group is a new compartment
whose id names the version that made it. A reader a change leaves out was never given the new
compartment's key, so narrowing re-keys by construction. The data still sitting in a compartment
the chain left behind is moved by the devices that write its new home, then destroyed
(app/sync/engine/agreement_moves.py).
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from importlib.resources.abc import Traversable
from typing import cast

from app.models.case_schema import DEFAULT_SCHEMA, Schema, load_schema
from app.models.documents.compartments import compartment_id, derive_compartments, field_groups
from app.models.errors import SchemaError, ValidationError
from app.models.language import QT_TRANSLATE_NOOP
from app.models.resources import Source

MAX_AGREEMENT_BYTES = 256 * 1024
# Fields whose records prove who wrote them (an acknowledgement counts only from its own
# device): a move would make them look written by nobody, so no change may move them.
ATTRIBUTED_FIELDS = frozenset({"acknowledgements"})


class AgreementText:
    """An agreement held as text (from a membership entry), read as the schema loader reads a file."""

    def __init__(self, name: str, text: str):
        self.name = name
        self._text = text

    def read_text(self, encoding: str = "utf-8") -> str:
        return self._text

    def read_bytes(self) -> bytes:
        return self._text.encode("utf-8")

    def __str__(self) -> str:
        return self.name


def version_of(text: str) -> int:
    """The version an agreement's text declares, or 0 where it cannot be read."""
    try:
        version = tomllib.loads(text).get("version", 0)
    except tomllib.TOMLDecodeError:
        return 0
    return version if isinstance(version, int) and not isinstance(version, bool) else 0


def chained(previous: Schema, new: Schema) -> Schema:
    """`new` as the successor of `previous`: its groups keep the compartments they had where
    both fields and access are unchanged, and are new compartments otherwise."""
    assert new.governance is not None
    version = new.governance.version
    kept = {(c.field_ids, c.read, c.write, c.consent): cid for cid, c in derive_compartments(previous).items()}
    ids = {}
    for (read, write, consent), fids in field_groups(new).items():
        group = tuple(fids)
        ids[group] = kept.get((group, read, write, consent)) or compartment_id(read, write, consent, version)
    return replace(new, compartment_ids=ids, earlier=(previous, *previous.earlier))


def load(text: str, schema_source: Source = DEFAULT_SCHEMA) -> Schema:
    """One adopted agreement's text, checked against the case schema."""
    if len(text.encode("utf-8")) > MAX_AGREEMENT_BYTES:
        raise SchemaError(QT_TRANSLATE_NOOP("SchemaProblems", "the agreement is larger than Concord accepts"))
    # The loader reads an agreement by its name and read_text alone.
    held = cast(Traversable, AgreementText(f"agreement version {version_of(text)}", text))
    return load_schema(schema_source, held)


def moved_fields(previous: Schema, new: Schema) -> list[str]:
    """The fields a change puts in another compartment, in schema order."""
    before = {f: cid for cid, c in derive_compartments(previous).items() for f in c.field_ids}
    after = {f: cid for cid, c in derive_compartments(new).items() for f in c.field_ids}
    return [f for f in after if before.get(f) != after[f]]


@dataclass
class ReadingChange:
    """How one role's reading changes, in schema order: fields it comes to read, fields it no
    longer reads, and fields it goes on reading on another basis (a party's consent, or "" for
    the safeguarding basis)."""

    gained: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    rebased: dict[str, list[str]] = field(default_factory=dict)  # basis -> fields


def _basis(schema: Schema, role: str, field_id: str) -> str | None:
    access = schema.access.get(field_id)
    if access is None or role not in access.read:
        return None
    return access.consent_of(role) or ""


def reading_changes(previous: Schema, new: Schema) -> dict[str, ReadingChange]:
    """The roles whose reading `new` changes from `previous`, and how."""
    out = {}
    for role in sorted(set(previous.roles) | set(new.roles)):
        change = ReadingChange()
        for fid in new.fields:
            before, after = _basis(previous, role, fid), _basis(new, role, fid)
            if before is None and after is not None:
                change.gained.append(fid)
            elif before is not None and after is None:
                change.lost.append(fid)
            elif before != after and after is not None:
                change.rebased.setdefault(after, []).append(fid)
        if change.gained or change.lost or change.rebased:
            out[role] = change
    return out


def adopt(current: Schema, text: str, roles_in_use: Collection[str]) -> Schema:
    """The schema `text` would put in force after `current`, or why it may not: it must be a
    valid agreement of a later version, keep every role a member holds, and move no field whose
    records prove who wrote them."""
    new = load(text)
    assert new.governance is not None and current.governance is not None
    if new.governance.version <= current.governance.version:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "AgreementProblems", "the agreement's version {new} is not later than the version in force ({old})"
            ),
            new=new.governance.version,
            old=current.governance.version,
        )
    dropped = sorted(set(roles_in_use) - set(new.roles))
    if dropped:
        raise ValidationError(
            QT_TRANSLATE_NOOP("AgreementProblems", "the agreement leaves out roles members of the panel hold: {roles}"),
            roles=", ".join(dropped),
        )
    result = chained(current, new)
    fixed = sorted(ATTRIBUTED_FIELDS & set(moved_fields(current, result)))
    if fixed:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "AgreementProblems",
                "the agreement would move fields whose records prove who wrote them: {fields}; keep who reads "
                "and writes them as it is",
            ),
            fields=", ".join(fixed),
        )
    return result
