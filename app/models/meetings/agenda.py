"""The agenda of a panel meeting, proposed from the cases themselves.

A case comes to the panel because something in it says so: a new referral, escalating risk, a
risk review that is due, a repeat, a sign-off awaiting its decision, or actions still open from an
earlier meeting. Nobody types these reasons: they are read from the case as the chair's device
holds it - escalation, repeats and reviews brought forward by incidents as the police published
them (app/models/risk/flags.py), since the chair cannot read incidents. Cases with children
involved come first; within each group, higher risk first, escalating before steady.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, replace
from importlib.resources.abc import Traversable

from app.models.case_schema import welsh_list, welsh_text
from app.models.errors import ValidationError
from app.models.language import ENGLISH, QT_TRANSLATE_NOOP, UnknownLanguage, parse_output, translate
from app.models.resources import Source, as_source, resource

DEFAULT_POLICY = resource("policy", "meetings.toml")

# Stored in the meeting as written here (English); shown through translate("AgendaReasons", ...).
NEW_REFERRAL = QT_TRANSLATE_NOOP("AgendaReasons", "new referral")
ESCALATING = QT_TRANSLATE_NOOP("AgendaReasons", "risk escalating")
REVIEW_DUE = QT_TRANSLATE_NOOP("AgendaReasons", "review due")
REPEAT = QT_TRANSLATE_NOOP("AgendaReasons", "repeat within 12 months")
AWAITING_SIGNOFF = QT_TRANSLATE_NOOP("AgendaReasons", "awaiting sign-off decision")
OPEN_ACTIONS = QT_TRANSLATE_NOOP("AgendaReasons", "open actions carried forward")


def reasons_text(reasons: str) -> str:
    """A stored list of reasons in the current language: Concord's own reasons translated, one
    the chair typed as it was typed."""
    return "; ".join(translate("AgendaReasons", part) for part in reasons.split("; ")) if reasons else reasons


@dataclass(frozen=True)
class MeetingPolicy:
    minutes_per_case: int
    minutes_high_risk: int
    minutes_with_children: int
    carry_forward: bool
    working_days_to_send: int
    statement: str
    agencies: tuple[str, ...]  # the agencies an action may be owned by, in the order offered
    statement_cy: str = ""
    agencies_cy: tuple[str, ...] = ()  # the Welsh of each agency, in the order of `agencies`
    output_language: str = ENGLISH  # what reports and minutes are written in unless a person chooses


def load_meeting_policy(path: Source = DEFAULT_POLICY) -> MeetingPolicy:
    """The meeting policy, its texts bilingual: the confidentiality statement's Welsh beside it
    (confidentiality_statement_cy) and the agencies' Welsh in a list of their own (agencies_cy)."""
    path = as_source(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        agenda, minutes = raw["agenda"], raw["minutes"]
        policy = MeetingPolicy(
            int(agenda["minutes_per_case"]),
            int(agenda["minutes_high_risk"]),
            int(agenda["minutes_with_children"]),
            bool(agenda["carry_forward_open_actions"]),
            int(minutes["working_days_to_send"]),
            str(minutes["confidentiality_statement"]).strip(),
            _agencies(path, raw.get("agencies")),
        )
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("MeetingProblems", "{path}: not a usable meeting policy ({exc})"), path=path, exc=exc
        ) from None
    if min(policy.minutes_per_case, policy.minutes_high_risk, policy.minutes_with_children) < 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("MeetingProblems", "{path}: minutes per case must be at least 1"), path=path
        )
    if not policy.statement:
        raise ValidationError(
            QT_TRANSLATE_NOOP("MeetingProblems", "{path}: the confidentiality statement is empty"), path=path
        )
    minutes = raw["minutes"]
    statement_cy = welsh_text(
        minutes,
        "confidentiality_statement",
        lambda problem: ValidationError(
            QT_TRANSLATE_NOOP("MeetingProblems", "{path}: [minutes]: {problem}"), path=path, problem=problem
        ),
    )
    agencies_cy = welsh_list(
        raw,
        "agencies",
        policy.agencies,
        lambda problem: ValidationError(
            QT_TRANSLATE_NOOP("MeetingProblems", "{path}: {problem}"), path=path, problem=problem
        ),
    )
    outputs = raw.get("outputs", {})
    try:
        output_language = parse_output(str(outputs.get("language", ENGLISH)) if isinstance(outputs, dict) else "")
    except UnknownLanguage as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("MeetingProblems", "{path}: [outputs] language: {exc}"), path=path, exc=exc
        ) from None
    return replace(policy, statement_cy=statement_cy.strip(), agencies_cy=agencies_cy, output_language=output_language)


def _agencies(path: Traversable, raw: object) -> tuple[str, ...]:
    # Without the list no action could be given an owner: refused here, not at the first action.
    if raw is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "MeetingProblems",
                "{path}: the meeting policy has no 'agencies' list: name the agencies that own actions, "
                'e.g. agencies = ["police", "health"]',
            ),
            path=path,
        )
    if not isinstance(raw, list) or not all(isinstance(a, str) for a in raw):
        raise ValidationError(
            QT_TRANSLATE_NOOP("MeetingProblems", "{path}: 'agencies' must be a list of agency names in quotes"),
            path=path,
        )
    names = [a.strip() for a in raw]
    if not any(names):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "MeetingProblems", "{path}: the 'agencies' list is empty: name at least one agency that owns actions"
            ),
            path=path,
        )
    if not all(names):
        raise ValidationError(
            QT_TRANSLATE_NOOP("MeetingProblems", "{path}: an agency in the 'agencies' list has no name"), path=path
        )
    seen = set()
    for name in names:
        if name.casefold() in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "MeetingProblems", "{path}: the agency '{name}' is named twice in the 'agencies' list"
                ),
                path=path,
                name=name,
            )
        seen.add(name.casefold())
    return tuple(names)


@dataclass(frozen=True)
class CaseFacts:
    """What the agenda needs to know of one case, read from it as this device holds it."""

    case_id: str
    reference: str
    children: bool
    referral_date: dt.date | None
    last_discussed: dt.date | None  # the date of the last earlier meeting that had it on its agenda
    review_due: dt.date | None
    repeat: bool
    awaiting_signoff: bool
    open_actions: int
    level_rank: int = 0  # the risk level's place in its instrument (0 = lowest)
    high_risk: bool = False
    escalating: bool = False

    @property
    def discussed_before(self) -> bool:
        return self.last_discussed is not None


@dataclass(frozen=True)
class Proposal:
    case_id: str
    reference: str
    reasons: tuple[str, ...]
    minutes: int


def reasons_for(facts: CaseFacts, meeting_date: dt.date, carry_forward: bool = True) -> tuple[str, ...]:
    out = []
    if (
        facts.referral_date is not None
        and facts.referral_date <= meeting_date
        and (facts.last_discussed is None or facts.referral_date > facts.last_discussed)
    ):
        out.append(NEW_REFERRAL)
    if facts.escalating:
        out.append(ESCALATING)
    if facts.repeat:
        out.append(REPEAT)
    if facts.review_due is not None and facts.review_due <= meeting_date and facts.discussed_before:
        out.append(REVIEW_DUE)
    if facts.awaiting_signoff:
        out.append(AWAITING_SIGNOFF)
    if carry_forward and facts.open_actions:
        out.append(OPEN_ACTIONS)
    return tuple(out)


def order_key(facts: CaseFacts) -> tuple[bool, int, bool, str]:
    """Cases with children first; then the higher risk, escalating before steady; then by
    reference, so every device proposes the same order from the same cases."""
    return (not facts.children, -facts.level_rank, not facts.escalating, facts.reference)


def propose(cases: list[CaseFacts], meeting_date: dt.date, policy: MeetingPolicy) -> list[Proposal]:
    out = []
    for c in sorted(cases, key=order_key):
        reasons = reasons_for(c, meeting_date, policy.carry_forward)
        if not reasons:
            continue
        minutes = policy.minutes_per_case
        if c.high_risk:
            minutes = max(minutes, policy.minutes_high_risk)
        if c.children:
            minutes = max(minutes, policy.minutes_with_children)
        out.append(Proposal(c.case_id, c.reference, reasons, minutes))
    return out


def minutes_send_by(meeting_date: dt.date, working_days: int) -> dt.date:
    """The last day the minutes may go out: so many working days (Monday to Friday) later."""
    day, left = meeting_date, working_days
    while left > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day
