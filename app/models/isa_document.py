"""The information-sharing agreement as a governed document: which version is in force, when it was
agreed and falls due for review, and which agencies signed it, each with its data protection contact.

These live in the agreement's own file (isa.toml, beside its roles and rules) and are required:
an agreement without a review date is never reviewed, and an agency that never signed has agreed
to nothing, so a role belonging to it may not be given data. `case_schema` reads the file and hands
this module the table and its own ways of refusing it, so every problem names file, item and
problem as the rest of the agreement's do.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from typing import Any, Protocol

from app.models import clock

# The top-level keys of isa.toml that are the document's own rather than its rules.
DOCUMENT_KEYS = frozenset({"version", "agreed", "review_date", "signatories"})
_SIGNATORY_KEYS = frozenset({"agency", "agency_cy", "signed_by", "dp_contact", "signed_on"})
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
    path: Traversable, data: dict[str, Any], roles: Mapping[str, AgencyOf], fail: Fail, welsh: Welsh
) -> Governance:
    """The governance of the agreement whose top-level table is `data`; `roles` are its roles by id.
    Refused through fail(path, where, problem); `welsh` is the loaders' check of a text's Welsh twin."""

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
    return Governance(version, review, tuple(signed.values()), agreed)
