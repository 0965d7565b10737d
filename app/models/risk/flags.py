"""Risk flags: what the incidents say about a case's risk, published for those who cannot read them.

Escalation, repeats and a review brought forward by a new incident are derived from incidents,
which only police roles read. The roles that hold the facts publish the derived flags and the
current level into `risk_flags`, a panel-readable records field: flags and level only, never an
incident's words or dates. Each publication is a new record, never changed or removed; the last
one counts. A device that reads the facts shows what it derives itself (and says when what the
panel was told lags behind); any other device shows what was published.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

from app.models.case_reader import CaseReader
from app.models.case_schema import FieldDef
from app.models.cases import CaseSession
from app.models.documents.values import loose_date
from app.models.errors import PermissionDenied, SchemaError, ValidationError
from app.models.language import pick, translate
from app.models.risk.assessment import RiskPicture
from app.models.risk.instruments import Instrument
from app.models.risk.policy import RiskPolicy
from app.models.risk.register import risk_picture


class RiskRules(Protocol):
    """The instruments and policy a device applies (its RiskService, which builds on this module)."""

    @property
    def instruments(self) -> dict[str, Instrument]: ...

    @property
    def policy(self) -> RiskPolicy: ...


FIELD = "risk_flags"


@dataclass(frozen=True)
class RiskFlags:
    escalating: bool = False
    repeat: bool = False
    review_due: dt.date | None = None  # the scheduled review, after the last assessment
    review_now: bool = False  # a new incident since the last assessment: the review is due now
    instrument: str = ""  # of the current assessment ("" when none is recorded)
    level: str = ""  # the current level's id in that instrument

    def record(self) -> dict[str, object]:
        out: dict[str, object] = {
            "escalating": self.escalating,
            "repeat": self.repeat,
            "review_now": self.review_now,
            "instrument": self.instrument,
            "level": self.level,
        }
        if self.review_due is not None:
            out["review_due"] = self.review_due.isoformat()
        return out

    @classmethod
    def from_record(cls, r: Mapping[str, object]) -> RiskFlags:
        return cls(
            bool(r.get("escalating")),
            bool(r.get("repeat")),
            loose_date(r.get("review_due")),
            bool(r.get("review_now")),
            str(r.get("instrument") or ""),
            str(r.get("level") or ""),
        )

    def review_due_by(self, day: dt.date) -> dt.date | None:
        """The day the review is due, judged on `day` by the reading device's own clock."""
        if self.review_now:
            return day if self.review_due is None else min(day, self.review_due)
        return self.review_due

    def review_overdue(self, day: dt.date) -> bool:
        return self.review_now or (self.review_due is not None and day > self.review_due)


NOTHING = RiskFlags()


def derive(picture: RiskPicture, review_weeks: int) -> RiskFlags | None:
    """The flags from a risk picture; None when it was drawn without the incidents (a device that
    cannot read them derives nothing)."""
    if picture.escalation is None or picture.repeat is None:
        return None
    current = picture.current
    due, now = None, False
    if current is not None:
        scheduled = max(s.assessment.assessed_on for s in picture.history) + dt.timedelta(weeks=review_weeks)
        # The picture's review is brought forward to the first incident after the last assessment:
        # publishing that date would publish the incident's, so only "due now" is said.
        due, now = scheduled, picture.review is not None and picture.review.due < scheduled
    return RiskFlags(
        picture.escalation.escalating,
        bool(picture.repeat),
        due,
        now,
        current.assessment.instrument if current else "",
        current.level.id if current else "",
    )


def published(case: CaseReader) -> RiskFlags | None:
    """The last flags published for the case, or None (none yet, or not readable here)."""
    if not case.can_read(FIELD):
        return None
    records = case.get(FIELD) or []
    return RiskFlags.from_record(records[-1]) if records else None


def publish(case: CaseSession, flags: RiskFlags) -> str | None:
    """Append the flags when they differ from the last published (no record and nothing flagged
    count as the same): the id of the new record, or None when nothing needed saying."""
    if (published(case) or NOTHING) == flags:
        return None
    return case.add_record(FIELD, flags.record(), form=True)


def can_publish(case: CaseSession) -> bool:
    return case.can_write(FIELD) and case.can_read("incidents")


def reconcile(case: CaseSession, risk: RiskRules) -> str | None:
    """On a device that holds the facts, publish what it derives now if the panel was told
    otherwise. risk: the device's RiskService (its instruments and policy)."""
    if not can_publish(case):
        return None
    flags = derive(risk_picture(case, risk.instruments, risk.policy), risk.policy.review_weeks)
    return None if flags is None else publish(case, flags)


def reconcile_quietly(case: CaseSession, risk: RiskRules) -> str | None:
    """reconcile, where publishing is a consequence of something else (opening a case, another
    change): the flags are published at the next chance, and that something goes ahead."""
    try:
        return reconcile(case, risk)
    except (PermissionDenied, ValidationError, SchemaError):
        return None


def on_change(risk_service: Callable[[], RiskRules]) -> Callable[[CaseSession, FieldDef], None]:
    """The hook for CaseRepository.on_risk_change: after a fact the flags derive from changed on
    this device, publish the flags again if they changed. risk_service: () -> the device's RiskService."""

    def hook(case: CaseSession, f: FieldDef) -> None:
        if f.id != FIELD:
            reconcile_quietly(case, risk_service())

    return hook


# ----- what a device shows ----------------------------------------------------------------------
@dataclass(frozen=True)
class ShownFlags:
    """The flags a device shows for a case, and where they come from."""

    flags: RiskFlags | None  # None: none derived here and none published
    derived: bool  # from the facts on this device (else as published)
    lag: RiskFlags | None = None  # what the panel was last told, when it differs from what is derived here

    @property
    def known(self) -> bool:
        return self.flags is not None


def shown(case: CaseReader, picture: RiskPicture, policy: RiskPolicy) -> ShownFlags:
    """Derived where this device reads the facts; otherwise as published, with the level of the
    assessments this device reads when it has one (they are the facts of the level)."""
    mine = derive(picture, policy.review_weeks)
    told = published(case)
    if mine is not None:
        return ShownFlags(mine, True, told if told is not None and told != mine else None)
    if told is None:
        return ShownFlags(None, False)
    current = picture.current
    if current is not None:
        told = RiskFlags(
            told.escalating,
            told.repeat,
            told.review_due,
            told.review_now,
            current.assessment.instrument,
            current.level.id,
        )
    return ShownFlags(told, False)


def level_label(flags: RiskFlags, policy: RiskPolicy) -> str:
    if not flags.level:
        return translate("RiskFlags", "no assessment recorded")
    try:
        return next(pick(lv, "label") for lv in policy.levels_for(flags.instrument) if lv.id == flags.level)
    except (SchemaError, StopIteration):
        return flags.level


def level_rank(flags: RiskFlags, policy: RiskPolicy) -> tuple[int, bool]:
    """(the level's place in its instrument, whether it is the highest there)."""
    try:
        rank = policy.rank(flags.instrument, flags.level)
        return rank, rank == len(policy.levels_for(flags.instrument)) - 1 and rank > 0
    except SchemaError:
        return 0, False


def flag_words(flags: RiskFlags, day: dt.date) -> list[str]:
    out = []
    if flags.escalating:
        out.append(translate("RiskFlags", "ESCALATING"))
    if flags.repeat:
        out.append(translate("RiskFlags", "REPEAT"))
    if flags.review_overdue(day):
        out.append(
            translate("RiskFlags", "REVIEW OVERDUE")
            if not flags.review_now
            else translate("RiskFlags", "REVIEW DUE NOW (new incident since the last assessment)")
        )
    return out


def describe(s: ShownFlags, policy: RiskPolicy, day: dt.date) -> str:
    """One line for the agenda, meeting mode, the minutes and the sign-off pack."""
    if s.flags is None:
        return translate("RiskFlags", "none published by the police yet")
    words = flag_words(s.flags, day) or [translate("RiskFlags", "no escalation, no repeat")]
    words.append(translate("RiskFlags", "level {level}").format(level=level_label(s.flags, policy)))
    if s.flags.review_due is not None and not s.flags.review_overdue(day):
        words.append(translate("RiskFlags", "review due {day}").format(day=s.flags.review_due.isoformat()))
    line = "; ".join(words)
    if not s.derived:
        return line + " " + translate("RiskFlags", "(as published by the police)")
    if s.lag is not None:
        told = "; ".join(flag_words(s.lag, day)) or translate("RiskFlags", "nothing flagged")
        return line + " " + translate("RiskFlags", "(the panel was last told: {told})").format(told=told)
    return line
