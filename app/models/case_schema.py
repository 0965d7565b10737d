"""The case schema and the information sharing agreement (ISA), loaded from data and validated.

Both files are TOML (see app/resources/schema/). Validation is strict because a typo in an ISA is a
data-protection incident waiting to happen: an unknown key, an unknown role or a field nobody
may read is refused with a message that names the file, the item and the problem.

Every text a person reads is bilingual, because the panels Concord serves must offer everything in
Welsh: beside each English text `k` the file gives its Welsh as `k_cy` (label_cy, help_cy, ...),
and beside each list of stored values shown to people (a choice's `options`) a Welsh list of the
same length and order (`options_cy`). The stored values stay English: documents keep them. A file
with English and no Welsh, Welsh and no English, or lists of different lengths is refused
(`welsh_text`, `welsh_list`, which the other data loaders use too).
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from app.models.errors import SchemaError
from app.models.isa_document import DOCUMENT_KEYS, Governance, consent_parties, parse_governance
from app.models.language import QT_TRANSLATE_NOOP
from app.models.resources import Source, as_source, resource

FIELD_TYPES = ("short_text", "long_text", "choice", "date", "flag", "number", "records")
_ID = re.compile(r"^[a-z][a-z0-9_]{0,62}$")

DEFAULT_SCHEMA = resource("schema", "case.toml")
DEFAULT_ISA = resource("schema", "isa.toml")
DEFAULT_MEETING = resource("schema", "meeting.toml")


@dataclass(frozen=True)
class FieldDef:
    id: str
    type: str
    label: str
    section: str
    label_cy: str = ""
    help: str = ""
    options: tuple[str, ...] = ()  # the stored values (English), as documents keep them
    never_export: bool = False
    risk_relevant: bool = False
    managed: bool = False  # written only through its own form (a risk assessment): views show, not edit
    subfields: tuple[FieldDef, ...] = ()
    # A number's bounds (inclusive) and whether it counts whole things; None: unbounded.
    minimum: int | float | None = None
    maximum: int | float | None = None
    integer: bool = False
    # A date of something that has happened: never later than the clock tolerance allows.
    past_only: bool = False
    help_cy: str = ""
    options_cy: tuple[str, ...] = ()  # the Welsh each option is shown as, in the order of `options`

    def subfield(self, sub_id: str) -> FieldDef | None:
        return next((s for s in self.subfields if s.id == sub_id), None)


@dataclass(frozen=True)
class SectionDef:
    id: str
    label: str
    label_cy: str = ""
    help: str = ""
    fields: tuple[FieldDef, ...] = ()
    kind: str = "case"  # "case", or "meeting" for a panel meeting's own document
    help_cy: str = ""


@dataclass(frozen=True)
class RoleDef:
    id: str
    label: str
    agency: str
    label_cy: str = ""
    agency_cy: str = ""


@dataclass(frozen=True)
class Access:
    read: frozenset[str]
    write: frozenset[str]
    reason: str
    reason_cy: str = ""
    # Readers who hold it only while a party consents, as sorted (role, party) pairs; every other
    # reader holds it on the safeguarding basis, under the rule's lawful basis (or the agreement's).
    consent: tuple[tuple[str, str], ...] = ()
    lawful_basis: str = ""
    lawful_basis_cy: str = ""
    rule: str = ""  # where in the agreement it is given ("sections.risk", "fields.safe_contact"), as logs name it

    def consent_of(self, role: str) -> str | None:
        """The party whose consent `role`'s access rests on (None: it rests on safeguarding)."""
        return next((party for r, party in self.consent if r == role), None)


@dataclass
class Schema:
    """The validated pair: case shape plus who may read and write each field."""

    sections: tuple[SectionDef, ...]
    roles: dict[str, RoleDef]
    access: dict[str, Access]
    isa_name: str = ""
    lawful_basis: str = ""
    fields: dict[str, FieldDef] = field(default_factory=dict)
    meeting_sections: tuple[SectionDef, ...] = ()
    isa_name_cy: str = ""
    lawful_basis_cy: str = ""
    governance: Governance | None = None  # None only for a schema built in code
    # Under an agreement the panel adopted after its first (app/models/agreement_chain.py): the
    # compartment id each group of fields keeps or is given, and the schemas of the versions
    # before it, whose compartments a device may still hold data of until it has moved it.
    compartment_ids: dict[tuple[str, ...], str] = field(default_factory=dict)
    earlier: tuple[Schema, ...] = ()

    def __post_init__(self) -> None:
        self.fields = {f.id: f for s in self.all_sections for f in s.fields}
        self._kind = {f.id: s.kind for s in self.all_sections for f in s.fields}

    @property
    def all_sections(self) -> tuple[SectionDef, ...]:
        """Case and meeting sections: together they make the compartments a device can hold."""
        return self.sections + self.meeting_sections

    def kind_of(self, field_id: str) -> str:
        return self._kind[self.field(field_id).id]

    def field(self, field_id: str) -> FieldDef:
        try:
            return self.fields[field_id]
        except KeyError:
            raise SchemaError(
                QT_TRANSLATE_NOOP("SchemaProblems", "unknown field '{field_id}'"), field_id=field_id
            ) from None

    def section(self, section_id: str) -> SectionDef:
        for s in self.all_sections:
            if s.id == section_id:
                return s
        raise SchemaError(QT_TRANSLATE_NOOP("SchemaProblems", "unknown section '{section_id}'"), section_id=section_id)

    def can_read(self, role: str, field_id: str) -> bool:
        return role in self.access[field_id].read

    def can_write(self, role: str, field_id: str) -> bool:
        return role in self.access[field_id].write

    def readable_sections(self, role: str, kind: str = "case") -> list[SectionDef]:
        """Sections (of cases, or of meetings) with at least one field the role may read, each
        cut to those fields."""
        out = []
        for s in self.sections if kind == "case" else self.meeting_sections:
            visible = tuple(f for f in s.fields if self.can_read(role, f.id))
            if visible:
                out.append(replace(s, fields=visible))
        return out


def load_schema(
    schema_path: Source = DEFAULT_SCHEMA, isa_path: Source = DEFAULT_ISA, meeting_path: Source | None = None
) -> Schema:
    """The case schema and the meeting schema (by default `meeting.toml` beside the case schema,
    when there is one) with the agreement that governs both."""
    schema, isa = as_source(schema_path), as_source(isa_path)
    meeting = _meeting_beside(schema) if meeting_path is None else as_source(meeting_path)
    sections = _parse_sections(schema, _read_toml(schema))
    meetings: tuple[SectionDef, ...] = ()
    if meeting is not None:
        meetings = _parse_sections(meeting, _read_toml(meeting), "meeting")
        taken = {f.id for s in sections for f in s.fields} | {s.id for s in sections}
        for s in meetings:
            for fid in (s.id, *(f.id for f in s.fields)):
                if fid in taken:
                    raise _fail(meeting, f"'{fid}'", "this id is already used in the case schema")
    isa_data = _read_toml(isa)
    roles, access, (name, name_cy), (basis, basis_cy) = _parse_isa(isa, isa_data, sections + meetings)
    return Schema(
        sections=sections,
        roles=roles,
        access=access,
        isa_name=name,
        lawful_basis=basis,
        meeting_sections=meetings,
        isa_name_cy=name_cy,
        lawful_basis_cy=basis_cy,
        governance=parse_governance(isa, isa_data, roles, _fail, welsh_text, sections),
    )


def _meeting_beside(schema: Traversable) -> Traversable | None:
    # Only a file named by a path has a folder to look in; packaged data is Concord's own case
    # schema, whose meeting schema is the packaged one.
    beside = schema.parent / DEFAULT_MEETING.name if isinstance(schema, Path) else DEFAULT_MEETING
    return beside if beside.is_file() else None


def read_toml(path: Source, fail: Callable[[str, Exception], Exception] | None = None) -> dict[str, Any]:
    """The table a TOML file holds. A file that cannot be read or is not TOML raises fail(why,
    exc), so each loader keeps its own wording and error, or by default a SchemaError naming it."""
    path = as_source(path)
    problem: Exception
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        why, problem = "cannot be read", exc
    except tomllib.TOMLDecodeError as exc:
        why, problem = "not valid TOML", exc
    raise (
        fail(why, problem)
        if fail
        else SchemaError(
            QT_TRANSLATE_NOOP("SchemaProblems", "{name}: {why} ({problem})"), name=path.name, why=why, problem=problem
        )
    ) from None


def welsh_text(table: dict[str, Any], key: str, fail: Callable[[str], Exception]) -> str:
    """The Welsh (`key`_cy) of the English text at `key`, as written. Refused through fail(problem),
    the loader's own error naming file and item: English without Welsh, Welsh without English, or
    Welsh that is not text. An English text that is absent or empty needs no Welsh. Check the
    English first: this reads it only to see whether there is one."""
    english, welsh = table.get(key), table.get(f"{key}_cy", "")
    if not isinstance(welsh, str):
        raise fail(f"'{key}_cy' must be text")
    has_english = isinstance(english, str) and bool(english.strip())
    has_welsh = bool(welsh.strip())
    if has_english and not has_welsh:
        raise fail(f"{key} has no Welsh ({key}_cy)")
    if has_welsh and not has_english:
        raise fail(f"{key}_cy has no English ({key})")
    return welsh if has_welsh else ""


def welsh_list(
    table: dict[str, Any], key: str, english: tuple[str, ...], fail: Callable[[str], Exception]
) -> tuple[str, ...]:
    """The Welsh list (`key`_cy) that parallels `english`, the checked English list at `key`: one
    Welsh text per English item, in the same order, each its own. Refused through fail(problem)
    as welsh_text is, and when the two lists differ in length."""
    welsh = table.get(f"{key}_cy")
    if welsh is None:
        if english:
            raise fail(f"{key} has no Welsh ({key}_cy)")
        return ()
    if not english:
        raise fail(f"{key}_cy has no English ({key})")
    if not isinstance(welsh, list) or not all(isinstance(w, str) and w.strip() for w in welsh):
        raise fail(f"'{key}_cy' must be a list of non-empty texts")
    if len(welsh) != len(english):
        raise fail(
            f"{key}_cy has {len(welsh)} item(s) but {key} has {len(english)}: give the Welsh of each, in the same order"
        )
    names = tuple(w.strip() for w in welsh)
    seen: set[str] = set()
    for name in names:
        if name.casefold() in seen:
            raise fail(f"{key}_cy gives '{name}' twice: each item needs Welsh of its own")
        seen.add(name.casefold())
    return names


def _read_toml(path: Traversable) -> dict[str, Any]:
    return read_toml(
        path,
        lambda why, exc: SchemaError(
            f"{path}: file not found" if isinstance(exc, FileNotFoundError) else f"{path}: {why}: {exc}"
        ),
    )


def _fail(path: Traversable, where: str, problem: str) -> SchemaError:
    return SchemaError(
        QT_TRANSLATE_NOOP("SchemaProblems", "{path}: {where}: {problem}"), path=path, where=where, problem=problem
    )


def _check_keys(path: Traversable, where: str, table: dict[str, Any], allowed: set[str]) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise _fail(path, where, f"unknown key(s) {', '.join(unknown)}")


def _text(path: Traversable, where: str, table: dict[str, Any], key: str, required: bool = True) -> str:
    value = table.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise _fail(path, where, f"'{key}' must be a non-empty string")
    return value


def _ident(path: Traversable, where: str, value: object) -> str:
    if not isinstance(value, str) or not _ID.match(value):
        raise _fail(path, where, f"id {value!r} must be lower-case letters, digits and _ starting with a letter")
    return value


_FIELD_KEYS = {
    "id",
    "type",
    "label",
    "label_cy",
    "help",
    "help_cy",
    "options",
    "options_cy",
    "never_export",
    "risk_relevant",
    "managed",
    "fields",
    "min",
    "max",
    "integer",
    "past_only",
}


def _bool_key(path: Traversable, where: str, raw: dict[str, Any], key: str) -> bool:
    value = raw.get(key, False)
    if not isinstance(value, bool):
        raise _fail(path, where, f"'{key}' must be true or false")
    return value


def _value_rules(path: Traversable, where: str, ftype: str, raw: dict[str, Any]) -> dict[str, Any]:
    """The checks a field's values get beyond their type: bounds and whole numbers for a number,
    no future for a date. A key on a type it does not fit is refused rather than ignored, so a
    rule the file seems to set is never silently missing."""
    for key, fits in (("min", "number"), ("max", "number"), ("integer", "number"), ("past_only", "date")):
        if key in raw and ftype != fits:
            raise _fail(path, where, f"'{key}' only belongs to a {fits}")
    rules: dict[str, Any] = {
        "integer": _bool_key(path, where, raw, "integer"),
        "past_only": _bool_key(path, where, raw, "past_only"),
    }
    for key, name in (("min", "minimum"), ("max", "maximum")):
        value = raw.get(key)
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value)
        ):
            raise _fail(path, where, f"'{key}' must be a number")
        if value is not None and rules["integer"] and value != int(value):
            raise _fail(path, where, f"'{key}' must be a whole number when 'integer' is true")
        rules[name] = value
    if rules["minimum"] is not None and rules["maximum"] is not None and rules["minimum"] > rules["maximum"]:
        raise _fail(path, where, "'min' is greater than 'max'")
    return rules


def _parse_field(path: Traversable, section_id: str, raw: dict[str, Any], where: str, nested: bool) -> FieldDef:
    if not isinstance(raw, dict):
        raise _fail(path, where, "each field must be a table")
    fid = _ident(path, where, raw.get("id"))
    where = f"{where} field '{fid}'"
    _check_keys(path, where, raw, _FIELD_KEYS)
    ftype = raw.get("type")
    if ftype not in FIELD_TYPES:
        raise _fail(path, where, f"type {ftype!r} is not one of {', '.join(FIELD_TYPES)}")
    if nested and ftype == "records":
        raise _fail(path, where, "records cannot nest inside records")
    options: tuple[str, ...] = ()
    options_cy: tuple[str, ...] = ()
    if ftype == "choice":
        opts = raw.get("options")
        if not isinstance(opts, list) or not opts or not all(isinstance(o, str) and o for o in opts):
            raise _fail(path, where, "a choice needs a non-empty list of text 'options'")
        if len(set(opts)) != len(opts):
            raise _fail(path, where, "duplicate option")
        options = tuple(opts)
        options_cy = welsh_list(raw, "options", options, lambda problem: _fail(path, where, problem))
    elif "options" in raw or "options_cy" in raw:
        raise _fail(path, where, "'options' only belongs to a choice")
    flags = {flag: _bool_key(path, where, raw, flag) for flag in ("never_export", "risk_relevant", "managed")}
    flags.update(_value_rules(path, where, ftype, raw))
    subfields: tuple[FieldDef, ...] = ()
    if ftype == "records":
        raw_subs = raw.get("fields")
        if not isinstance(raw_subs, list) or not raw_subs:
            raise _fail(path, where, "a records field needs a list of sub-'fields'")
        subs = [_parse_field(path, section_id, s, where, nested=True) for s in raw_subs]
        seen: set[str] = set()
        for s in subs:
            if s.id in seen or s.id == "id":
                raise _fail(path, f"{where} sub-field '{s.id}'", "duplicate id (or the reserved name 'id')")
            seen.add(s.id)
        subfields = tuple(subs)
    elif "fields" in raw:
        raise _fail(path, where, "only a records field has sub-'fields'")
    label = _text(path, where, raw, "label")
    help_text = _text(path, where, raw, "help", required=False)
    return FieldDef(
        id=fid,
        type=ftype,
        label=label,
        section=section_id,
        label_cy=_welsh(path, where, raw, "label"),
        help=help_text,
        options=options,
        subfields=subfields,
        help_cy=_welsh(path, where, raw, "help"),
        options_cy=options_cy,
        **flags,
    )


def _welsh(path: Traversable, where: str, table: dict[str, Any], key: str) -> str:
    return welsh_text(table, key, lambda problem: _fail(path, where, problem))


def _parse_sections(path: Traversable, data: dict[str, Any], kind: str = "case") -> tuple[SectionDef, ...]:
    _check_keys(path, "top level", data, {"version", "sections"})
    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise _fail(path, "top level", "needs a non-empty [[sections]] list")
    sections: list[SectionDef] = []
    section_ids: set[str] = set()
    field_ids: dict[str, str] = {}
    for i, raw in enumerate(raw_sections):
        where = f"section #{i + 1}"
        if not isinstance(raw, dict):
            raise _fail(path, where, "must be a table")
        sid = _ident(path, where, raw.get("id"))
        where = f"section '{sid}'"
        _check_keys(path, where, raw, {"id", "label", "label_cy", "help", "help_cy", "fields"})
        if sid in section_ids:
            raise _fail(path, where, "duplicate section id")
        section_ids.add(sid)
        raw_fields = raw.get("fields")
        if not isinstance(raw_fields, list) or not raw_fields:
            raise _fail(path, where, "needs a non-empty [[sections.fields]] list")
        fields = []
        for raw_field in raw_fields:
            f = _parse_field(path, sid, raw_field, where, nested=False)
            if f.id in field_ids:
                raise _fail(path, f"field '{f.id}'", f"duplicate field id (also in section '{field_ids[f.id]}')")
            if f.id in section_ids:
                raise _fail(path, f"field '{f.id}'", "a field id may not equal a section id")
            field_ids[f.id] = sid
            fields.append(f)
        label = _text(path, where, raw, "label")
        help_text = _text(path, where, raw, "help", required=False)
        sections.append(
            SectionDef(
                id=sid,
                label=label,
                label_cy=_welsh(path, where, raw, "label"),
                help=help_text,
                fields=tuple(fields),
                kind=kind,
                help_cy=_welsh(path, where, raw, "help"),
            )
        )
    clash = section_ids & set(field_ids)
    if clash:
        raise _fail(path, f"section '{sorted(clash)[0]}'", "a section id may not equal a field id")
    return tuple(sections)


def _parse_isa(
    path: Traversable, data: dict[str, Any], sections: tuple[SectionDef, ...]
) -> tuple[dict[str, RoleDef], dict[str, Access], tuple[str, str], tuple[str, str]]:
    """Roles, access per field, and the agreement's (name, name_cy) and (lawful basis, its Welsh)."""
    _check_keys(
        path,
        "top level",
        data,
        {"name", "name_cy", "lawful_basis", "lawful_basis_cy", "roles", "groups", "sections", "fields", *DOCUMENT_KEYS},
    )
    raw_roles = data.get("roles")
    if not isinstance(raw_roles, dict) or not raw_roles:
        raise _fail(path, "[roles]", "needs at least one role")
    roles: dict[str, RoleDef] = {}
    for rid, raw in raw_roles.items():
        where = f"role '{rid}'"
        _ident(path, where, rid)
        if not isinstance(raw, dict):
            raise _fail(path, where, "must be a table")
        _check_keys(path, where, raw, {"label", "label_cy", "agency", "agency_cy"})
        label, agency = _text(path, where, raw, "label"), _text(path, where, raw, "agency")
        roles[rid] = RoleDef(
            rid, label, agency, label_cy=_welsh(path, where, raw, "label"), agency_cy=_welsh(path, where, raw, "agency")
        )

    groups: dict[str, frozenset[str]] = {}
    raw_groups = data.get("groups", {})
    if not isinstance(raw_groups, dict):
        raise _fail(path, "[groups]", "must be a table of role lists")
    for gid, members in raw_groups.items():
        where = f"group '{gid}'"
        _ident(path, where, gid)
        if gid in roles:
            raise _fail(path, where, "a group may not share its name with a role")
        if not isinstance(members, list) or not members:
            raise _fail(path, where, "must list at least one role")
        for m in members:
            if m not in roles:
                raise _fail(path, where, f"unknown role '{m}'")
        groups[gid] = frozenset(members)

    def expand(where: str, names: object, key: str) -> frozenset[str]:
        if not isinstance(names, list):
            raise _fail(path, where, f"'{key}' must be a list of roles or groups")
        out: set[str] = set()
        for name in names:
            if name in roles:
                out.add(name)
            elif name in groups:
                out |= groups[name]
            else:
                raise _fail(path, where, f"unknown role '{name}' in '{key}'")
        return frozenset(out)

    parties = consent_parties(sections)

    def consent_rule(
        where: str, raw: object, read: frozenset[str], write: frozenset[str]
    ) -> tuple[tuple[str, str], ...]:
        # [sections.X.consent] role = "party": that reader holds the data only while the party consents.
        if not isinstance(raw, dict):
            raise _fail(path, where, "'consent' must be a table of role = party")
        pairs = []
        for role, party in raw.items():
            if role not in read:
                raise _fail(path, where, f"'consent' names '{role}', which does not read it")
            if role in write:
                raise _fail(path, where, f"'{role}' writes it, so its access cannot rest on consent")
            if not parties:
                raise _fail(path, where, "'consent' needs the case schema's consent records (consent_records.party)")
            if party not in parties:
                raise _fail(path, where, f"'consent' names the party '{party}'; the parties are: {', '.join(parties)}")
            pairs.append((role, str(party)))
        return tuple(sorted(pairs))

    def rule(where: str, raw: object, name: str) -> Access:
        if not isinstance(raw, dict):
            raise _fail(path, where, "must be a table")
        _check_keys(
            path, where, raw, {"read", "write", "reason", "reason_cy", "consent", "lawful_basis", "lawful_basis_cy"}
        )
        read = expand(where, raw.get("read", []), "read")
        write = expand(where, raw.get("write", []), "write")
        reason = _text(path, where, raw, "reason")
        if not read:
            raise _fail(path, where, "no role may read it: remove the field or name a reader")
        stray = sorted(write - read)
        if stray:
            raise _fail(path, where, f"role(s) {', '.join(stray)} may write but not read it")
        consent = consent_rule(where, raw["consent"], read, write) if "consent" in raw else ()
        basis = _text(path, where, raw, "lawful_basis") if "lawful_basis" in raw else ""
        return Access(
            read,
            write,
            reason,
            _welsh(path, where, raw, "reason"),
            consent=consent,
            lawful_basis=basis,
            lawful_basis_cy=_welsh(path, where, raw, "lawful_basis") if basis else "",
            rule=name,
        )

    section_ids = {s.id for s in sections}
    all_fields = {f.id: f for s in sections for f in s.fields}
    section_rules: dict[str, Access] = {}
    for sid, raw in (data.get("sections") or {}).items():
        if sid not in section_ids:
            raise _fail(path, f"[sections.{sid}]", "no such section in the case schema")
        section_rules[sid] = rule(f"section '{sid}'", raw, f"sections.{sid}")
    field_rules: dict[str, Access] = {}
    for fid, raw in (data.get("fields") or {}).items():
        if fid not in all_fields:
            raise _fail(path, f"[fields.{fid}]", "no such field in the case schema")
        field_rules[fid] = rule(f"field '{fid}'", raw, f"fields.{fid}")

    access: dict[str, Access] = {}
    for fid, f in all_fields.items():
        found = field_rules.get(fid) or section_rules.get(f.section)
        if found is None:
            raise _fail(path, f"field '{fid}'", "no rule gives any role access (add a section or field rule)")
        access[fid] = found
    name, basis = data.get("name", ""), data.get("lawful_basis", "")
    if not isinstance(name, str) or not isinstance(basis, str):
        raise _fail(path, "top level", "'name' and 'lawful_basis' must be text")
    return (
        roles,
        access,
        (name, _welsh(path, "top level", data, "name")),
        (basis, _welsh(path, "top level", data, "lawful_basis")),
    )
