"""The information-sharing agreement as a governed document: which version is in force, when it was
agreed and falls due for review, and which agencies signed it, each with its data protection contact.

These live in the agreement's own file (isa.toml, beside its roles and rules) and are required:
an agreement without a review date is never reviewed, and an agency that never signed has agreed
to nothing, so a role belonging to it may not be given data. `case_schema` reads the file and hands
this module the table and its own ways of refusing it, so every problem names file, item and
problem as the rest of the agreement's do.

The agreement also says how a party's right of access is answered (`[subject_access]`): which
roles' devices make a subject access pack, and which of a case's fields are about each party.
That is a governance decision the signatories make, like who reads what, so it is data here and
not a list in code.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from typing import Any, Protocol

from app.models import clock

# The top-level keys of isa.toml that are the document's own rather than its rules.
DOCUMENT_KEYS = frozenset({"version", "agreed", "review_date", "signatories", "subject_access"})
_SIGNATORY_KEYS = frozenset({"agency", "agency_cy", "signed_by", "dp_contact", "signed_on"})
_SUBJECT_ACCESS_KEYS = frozenset({"roles", "reason", "reason_cy", "parties"})
_PARTY_KEYS = frozenset({"party", "sections", "fields"})
# The case schema's records field whose `party` names the case's parties.
CONSENT_FIELD = "consent_records"
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# A month ahead gives the chair time to convene the signatories before the agreement lapses.
REVIEW_WARNING_DAYS = 30

REVIEW_CURRENT = "current"
REVIEW_DUE = "due"
REVIEW_OVERDUE = "overdue"

Fail = Callable[[Traversable, str, str], Exception]
Welsh = Callable[[dict[str, Any], str, Callable[[str], Exception]], str]


class AgencyOf(Protocol):
    """What the governance needs of a role: the agency it belongs to, in both languages."""

    @property
    def agency(self) -> str: ...

    @property
    def agency_cy(self) -> str: ...


class FieldLike(Protocol):
    """What the agreement needs of a case field: its id, its type, and a sub-field by id."""

    @property
    def id(self) -> str: ...

    @property
    def type(self) -> str: ...

    @property
    def options(self) -> tuple[str, ...]: ...

    def subfield(self, sub_id: str) -> Any: ...


class SectionLike(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def fields(self) -> Sequence[FieldLike]: ...


def consent_parties(sections: Sequence[SectionLike]) -> tuple[str, ...]:
    """The parties a consent record names (the options of consent_records.party), if any."""
    for section in sections:
        for f in section.fields:
            if f.id == CONSENT_FIELD:
                party = f.subfield("party")
                return tuple(party.options) if party is not None and party.options else ()
    return ()


@dataclass(frozen=True)
class SubjectAccess:
    """How the agreement answers a party's right of access: the roles whose device may make a
    subject access pack, and the fields of a case that are about each party."""

    roles: frozenset[str]
    about: tuple[tuple[str, tuple[str, ...]], ...]  # (party, field ids in the case schema's order)
    reason: str  # why those roles answer, as the agreement gives it
    reason_cy: str = ""
    # Records fields whose records each name their party (consent records): a party is given its own.
    by_party: frozenset[str] = frozenset()

    @property
    def parties(self) -> tuple[str, ...]:
        return tuple(party for party, _fields in self.about)

    def fields_about(self, party: str) -> tuple[str, ...]:
        return next((fields for p, fields in self.about if p == party), ())


@dataclass(frozen=True)
class Signatory:
    agency: str
    signed_by: str
    dp_contact: str  # where a data subject or another agency reaches the agency's data protection officer
    signed_on: dt.date
    agency_cy: str = ""


@dataclass(frozen=True)
class Governance:
    version: int
    review_date: dt.date
    signatories: tuple[Signatory, ...]
    agreed: dt.date | None = None
    subject_access: SubjectAccess | None = None  # None: the agreement names no one to make a pack

    def signatory(self, agency: str) -> Signatory | None:
        return next((s for s in self.signatories if _agency_key(s.agency) == _agency_key(agency)), None)


@dataclass(frozen=True)
class ReviewStatus:
    state: str  # REVIEW_CURRENT, REVIEW_DUE (within the warning window, or today) or REVIEW_OVERDUE
    review_date: dt.date
    days_left: int  # to the review date: 0 on the day, negative once it has passed

    @property
    def warns(self) -> bool:
        return self.state != REVIEW_CURRENT


def review_status(governance: Governance, today: dt.date | None = None) -> ReviewStatus:
    """Whether the agreement's review is far off, due within REVIEW_WARNING_DAYS (or today), or
    overdue, as of `today` (by default the clock's)."""
    today = clock.today() if today is None else today
    days = (governance.review_date - today).days
    if days < 0:
        state = REVIEW_OVERDUE
    elif days <= REVIEW_WARNING_DAYS:
        state = REVIEW_DUE
    else:
        state = REVIEW_CURRENT
    return ReviewStatus(state, governance.review_date, days)


def _agency_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def parse_governance(
    path: Traversable,
    data: dict[str, Any],
    roles: Mapping[str, AgencyOf],
    fail: Fail,
    welsh: Welsh,
    sections: Sequence[SectionLike] = (),
) -> Governance:
    """The governance of the agreement whose top-level table is `data`; `roles` are its roles by id
    and `sections` the case schema's. Refused through fail(path, where, problem); `welsh` is the
    loaders' check of a text's Welsh twin."""

    def problem(where: str, text: str) -> Exception:
        return fail(path, where, text)

    def at(where: str) -> Callable[[str], Exception]:
        return lambda text: problem(where, text)

    def text(where: str, table: dict[str, Any], key: str, why: str) -> str:
        value = table.get(key)
        if not isinstance(value, str) or not value.strip():
            raise problem(where, f"'{key}' must be a non-empty string: {why}")
        return value.strip()

    def date(where: str, table: dict[str, Any], key: str, why: str) -> dt.date:
        if key not in table:
            raise problem(where, f"needs '{key}': {why}, as YYYY-MM-DD")
        value = table[key]
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        if isinstance(value, str) and _ISO_DATE.match(value.strip()):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise problem(where, f"'{key}' {value!r} is not a date: write it as YYYY-MM-DD")

    top = "top level"
    if "version" not in data:
        raise problem(top, "needs 'version': the agreement's version, a whole number from 1")
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise problem(top, f"'version' {version!r} must be a whole number from 1: the version of the agreement")
    review = date(top, data, "review_date", "the date by which the signatories review the agreement")
    agreed = date(top, data, "agreed", "the date this version was agreed") if "agreed" in data else None
    if agreed is not None and review <= agreed:
        raise problem(top, f"'review_date' {review.isoformat()} must come after 'agreed' {agreed.isoformat()}")

    raw = data.get("signatories")
    if not isinstance(raw, list) or not raw:
        raise problem("[[signatories]]", "needs at least one signatory: each agency that signed the agreement")
    signed: dict[str, Signatory] = {}
    for n, entry in enumerate(raw, start=1):
        where = f"signatory #{n}"
        if not isinstance(entry, dict):
            raise problem(where, "must be a table")
        agency = text(where, entry, "agency", "the agency that signed")
        where = f"signatory '{agency}'"
        unknown = sorted(set(entry) - _SIGNATORY_KEYS)
        if unknown:
            raise problem(where, f"unknown key(s) {', '.join(unknown)}")
        if _agency_key(agency) in signed:
            raise problem(where, "the agency is a signatory twice: give each agency once")
        signed[_agency_key(agency)] = Signatory(
            agency=agency,
            signed_by=text(where, entry, "signed_by", "who signed for the agency"),
            dp_contact=text(where, entry, "dp_contact", "the agency's data protection contact"),
            signed_on=date(where, entry, "signed_on", "the date it was signed"),
            agency_cy=welsh(entry, "agency", at(where)).strip(),
        )

    for role_id, role in roles.items():
        signatory = signed.get(_agency_key(role.agency))
        if signatory is None:
            raise problem(
                f"role '{role_id}'",
                f"its agency '{role.agency}' has not signed the agreement: a role from an agency that never "
                "signed cannot be given data (add the agency to [[signatories]])",
            )
        if _agency_key(signatory.agency_cy) != _agency_key(role.agency_cy):
            raise problem(
                f"signatory '{signatory.agency}'",
                f"its Welsh '{signatory.agency_cy}' differs from role '{role_id}''s '{role.agency_cy}': "
                "give the agency one Welsh name",
            )
    access = None
    if "subject_access" in data:
        access = _subject_access(data["subject_access"], data.get("groups") or {}, roles, sections, problem, welsh)
    return Governance(version, review, tuple(signed.values()), agreed, access)


def _subject_access(
    raw: object,
    groups: dict[str, Any],
    roles: Mapping[str, AgencyOf],
    sections: Sequence[SectionLike],
    problem: Callable[[str, str], Exception],
    welsh: Welsh,
) -> SubjectAccess:
    """[subject_access]: roles (or groups) who may make a pack, why, and [[subject_access.parties]]
    naming each party's sections and fields. The roles and groups were checked with the rules."""
    where = "[subject_access]"
    if not isinstance(raw, dict):
        raise problem(where, "must be a table")
    unknown = sorted(set(raw) - _SUBJECT_ACCESS_KEYS)
    if unknown:
        raise problem(where, f"unknown key(s) {', '.join(unknown)}")
    names = raw.get("roles")
    if not isinstance(names, list) or not names:
        raise problem(where, "'roles' must list the roles or groups whose device may make a subject access pack")
    allowed: set[str] = set()
    for name in names:
        if name in roles:
            allowed.add(name)
        elif isinstance(name, str) and isinstance(groups.get(name), list):
            allowed.update(groups[name])
        else:
            raise problem(where, f"unknown role '{name}' in 'roles'")
    reason = raw.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise problem(where, "'reason' must be a non-empty string: why these roles answer a subject access request")
    reason_cy = welsh(raw, "reason", lambda text: problem(where, text))

    parties = consent_parties(sections)
    if not parties:
        raise problem(where, "needs the case schema's parties (the options of consent_records.party)")
    by_id = {f.id: (n, m, f) for n, s in enumerate(sections) for m, f in enumerate(s.fields)}
    listed = raw.get("parties")
    if not isinstance(listed, list) or not listed:
        raise problem("[[subject_access.parties]]", "needs each party and the sections and fields about them")
    about: dict[str, tuple[str, ...]] = {}
    for n, entry in enumerate(listed, start=1):
        where = f"subject_access party #{n}"
        if not isinstance(entry, dict):
            raise problem(where, "must be a table")
        party = entry.get("party")
        if party not in parties:
            raise problem(where, f"'party' {party!r} is not a party of the case; the parties are: {', '.join(parties)}")
        where = f"subject_access party '{party}'"
        unknown = sorted(set(entry) - _PARTY_KEYS)
        if unknown:
            raise problem(where, f"unknown key(s) {', '.join(unknown)}")
        if party in about:
            raise problem(where, "the party is given twice: give each party once")
        chosen: dict[str, str] = {}  # field id -> how it was named, to say where a field is named twice
        for key in ("sections", "fields"):
            items = entry.get(key, [])
            if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                raise problem(where, f"'{key}' must be a list of the case schema's {key}")
            for item in items:
                if key == "sections":
                    section = next((s for s in sections if s.id == item), None)
                    if section is None:
                        raise problem(where, f"no section '{item}' in the case schema")
                    named = [(f.id, f"section '{item}'") for f in section.fields]
                elif item not in by_id:
                    raise problem(where, f"no field '{item}' in the case schema")
                else:
                    named = [(item, "fields")]
                for field_id, how in named:
                    if field_id in chosen:
                        raise problem(
                            where, f"'{field_id}' is named twice ({chosen[field_id]} and {how}): name it once"
                        )
                    chosen[field_id] = how
        if not chosen:
            raise problem(where, "names no section or field: say what of a case is about the party")
        about[party] = tuple(sorted(chosen, key=lambda fid: by_id[fid][:2]))
    missing = [p for p in parties if p not in about]
    if missing:
        raise problem(
            "[[subject_access.parties]]",
            f"says nothing about the {', '.join(missing)}: every party of a case has the right of access",
        )
    records_by_party = frozenset(
        fid
        for fields in about.values()
        for fid in fields
        if (f := by_id[fid][2]).type == "records" and _names_party(f, parties)
    )
    return SubjectAccess(
        frozenset(allowed), tuple((p, about[p]) for p in parties), reason.strip(), reason_cy.strip(), records_by_party
    )


def _names_party(f: FieldLike, parties: tuple[str, ...]) -> bool:
    party = f.subfield("party")
    return party is not None and getattr(party, "type", "") == "choice" and set(party.options) == set(parties)
