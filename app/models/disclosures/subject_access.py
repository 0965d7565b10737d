"""What a subject access pack holds: what this device may read about one party of a case, each item
shown or withheld, and the disclosure log's rows for it.

The agreement says which roles' devices make packs and which fields are about each party
(`[subject_access]` in isa.toml, read by isa_document). What goes in is what this device's role
reads, read through the case as that role, so each read is audited; a field that holds nothing
here is not in the pack. A never-export field (safe contact details) is always withheld, under an
exemption of Concord's own. Everything else the reviewer withholds names its field, an exemption
(exemptions.py) and a reason; a withheld item's value is dropped here, so whatever draws the pack
cannot show it.

The log gets one row for what went to the data subject, on the right of access, and one row per
exemption used, naming the fields withheld and the exemption's code. The reviewer's reason is
typed text, so it stays in the pack and out of the log.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from app.models.case_schema import FieldDef, Schema
from app.models.disclosures.exemptions import EXEMPTIONS, NEVER_EXPORTED, NEVER_EXPORTED_REASON, exemption
from app.models.disclosures.grounds import grounds
from app.models.disclosures.log import Disclosure, Recipient
from app.models.errors import NotFound, PermissionDenied, ValidationError
from app.models.isa_document import SubjectAccess
from app.models.language import QT_TRANSLATE_NOOP

CHANNEL = "sar"
WHAT = "subject access pack"
DATA_SUBJECT = QT_TRANSLATE_NOOP("Disclosures", "data subject")
ACCESS_BASIS = QT_TRANSLATE_NOOP("Disclosures", "UK GDPR art. 15: the data subject's right of access")


class CaseReader(Protocol):
    """A case opened as this device's role: reading through it checks the agreement and audits."""

    @property
    def schema(self) -> Schema: ...

    @property
    def reference(self) -> str: ...

    @property
    def role(self) -> str: ...

    def can_read(self, field_id: str) -> bool: ...

    def get(self, field_id: str) -> Any: ...


@dataclass(frozen=True)
class Withholding:
    field_id: str
    code: str  # an exemption's code
    reason: str  # the reviewer's words (or Concord's own, marked, for a never-export field)


@dataclass(frozen=True)
class PackItem:
    field: FieldDef
    value: Any = None  # what the device holds about the party; None once withheld
    withheld: Withholding | None = None


@dataclass(frozen=True)
class PackContent:
    reference: str
    party: str  # as the case schema stores it ("person harmed")
    items: tuple[PackItem, ...]  # in the case schema's order

    @property
    def shown(self) -> tuple[PackItem, ...]:
        return tuple(i for i in self.items if i.withheld is None)

    @property
    def withheld(self) -> tuple[PackItem, ...]:
        return tuple(i for i in self.items if i.withheld is not None)


def rules_for(schema: Schema, role: str) -> SubjectAccess:
    """The agreement's subject access rules, if `role` may make a pack under them; refused otherwise."""
    access = schema.governance.subject_access if schema.governance is not None else None
    if access is None:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "SubjectAccessProblems", "this agreement names no role that may make a subject access pack"
            )
        )
    if role not in access.roles:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "SubjectAccessProblems",
                "the role '{role}' may not make a subject access pack under this agreement; the roles that may: "
                "{roles}",
            ),
            role=role,
            roles=", ".join(sorted(access.roles)),
        )
    return access


def may_make(schema: Schema, role: str) -> bool:
    access = schema.governance.subject_access if schema.governance is not None else None
    return access is not None and role in access.roles


def party_named(access: SubjectAccess, text: str) -> str:
    """The party as the case schema stores it, from how a person typed it."""
    wanted = " ".join(text.split()).casefold()
    found = next((p for p in access.parties if p.casefold() == wanted), None)
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("SubjectAccessProblems", "unknown party '{party}'; the parties are: {parties}"),
            party=text,
            parties=", ".join(access.parties),
        )
    return found


def _holds(value: Any) -> bool:
    return value is not None and value != "" and value != []


def held_about(case: CaseReader, party: str) -> list[PackItem]:
    """What this device holds about the party: each field about them that the role reads and that
    holds something, with its value (a never-export field withheld at once, its value dropped)."""
    schema = case.schema
    access = rules_for(schema, case.role)
    party = party_named(access, party)
    items: list[PackItem] = []
    for fid in access.fields_about(party):
        if not case.can_read(fid):
            continue
        f = schema.field(fid)
        value = case.get(fid)
        if fid in access.by_party:
            value = [r for r in value if r.get("party") == party]
        if not _holds(value):
            continue
        if f.never_export:
            items.append(PackItem(f, None, Withholding(fid, NEVER_EXPORTED, NEVER_EXPORTED_REASON)))
        else:
            items.append(PackItem(f, value))
    return items


def gather(case: CaseReader, party: str, withholdings: Iterable[Withholding] = ()) -> PackContent:
    """The pack's content: what the device holds about the party, each item the reviewer withholds
    marked so and its value dropped. A withholding is refused, before anything is written, when its
    exemption is unknown, its reason empty, or its field unknown, not about the party, not read by
    this role, empty here, never exported anyway, or named twice."""
    access = rules_for(case.schema, case.role)
    party = party_named(access, party)
    items = held_about(case, party)
    held = {item.field.id: n for n, item in enumerate(items)}
    seen: set[str] = set()
    for w in withholdings:
        _check(case, access, party, w, held, items, seen)
        n = held[w.field_id]
        items[n] = PackItem(items[n].field, None, Withholding(w.field_id, w.code, w.reason.strip()))
    return PackContent(case.reference, party, tuple(items))


def _check(
    case: CaseReader,
    access: SubjectAccess,
    party: str,
    w: Withholding,
    held: dict[str, int],
    items: list[PackItem],
    seen: set[str],
) -> None:
    fid = w.field_id
    if fid not in case.schema.fields:
        raise NotFound(
            QT_TRANSLATE_NOOP("SubjectAccessProblems", "there is no field '{field_id}' in a case"), field_id=fid
        )
    if fid not in access.fields_about(party):
        raise ValidationError(
            QT_TRANSLATE_NOOP("SubjectAccessProblems", "'{field_id}' is not about the {party} under the agreement"),
            field_id=fid,
            party=party,
        )
    if not case.can_read(fid):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "SubjectAccessProblems", "this device's role does not read '{field_id}': it is not in the pack"
            ),
            field_id=fid,
        )
    if fid not in held:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "SubjectAccessProblems",
                "'{field_id}' holds nothing about the {party} on this device: there is nothing to withhold",
            ),
            field_id=fid,
            party=party,
        )
    item = items[held[fid]]
    if item.field.never_export:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "SubjectAccessProblems", "'{field_id}' never leaves this device: the pack withholds it already"
            ),
            field_id=fid,
        )
    if fid in seen:
        raise ValidationError(
            QT_TRANSLATE_NOOP("SubjectAccessProblems", "'{field_id}' is withheld twice"), field_id=fid
        )
    seen.add(fid)
    exemption(w.code)
    if not w.reason.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("SubjectAccessProblems", "say why '{field_id}' is withheld: the pack gives the reason"),
            field_id=fid,
        )


def disclosure_rows(
    content: PackContent, schema: Schema, compartment_of: Callable[[str], str]
) -> tuple[Disclosure, ...]:
    """The log's rows for a pack written: what went to the data subject, and per exemption used the
    fields withheld under it. Field ids, codes and Concord's own words only."""
    to = Recipient(person=content.party, role=str(DATA_SUBJECT))

    def compartments(fields: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted({compartment_of(f) for f in fields}))

    shown = tuple(item.field.id for item in content.shown)
    rules, _basis = grounds(schema, shown)
    rows = [
        Disclosure(
            content.reference,
            CHANNEL,
            True,
            to,
            compartments(shown),
            shown,
            rules,
            (str(ACCESS_BASIS),),
            count=len(shown),
            what=WHAT,
        )
    ]
    for e in EXEMPTIONS:
        kept = tuple(i.field.id for i in content.withheld if i.withheld is not None and i.withheld.code == e.code)
        if kept:
            rules, _basis = grounds(schema, kept)
            rows.append(
                Disclosure(
                    content.reference,
                    CHANNEL,
                    False,
                    to,
                    compartments(kept),
                    kept,
                    rules,
                    reason=e.code,
                    count=len(kept),
                    what=WHAT,
                )
            )
    return tuple(rows)
