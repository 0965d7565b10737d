"""Risk work on one device: the installed instruments and policy, applied to its cases.

The facade's face of app/models/risk*: the CLI and the desktop ask here, so both record and
show risk the same way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from app.models import clock
from app.models.case_reader import CaseReader
from app.models.device_context import DeviceContext
from app.models.errors import NotFound
from app.models.language import QT_TRANSLATE_NOOP
from app.models.resources import Source
from app.models.risk.assessment import Answer, RiskPicture, Scored, make_assessment
from app.models.risk.eligibility import Eligibility, decide
from app.models.risk.flags import ShownFlags, shown
from app.models.risk.instruments import DEFAULT_INSTRUMENTS, Instrument, load_instruments
from app.models.risk.policy import DEFAULT_POLICY, RiskPolicy, load_policy
from app.models.risk.register import record_assessment, risk_picture


@dataclass
class RiskView:
    picture: RiskPicture
    eligibility: Eligibility
    # Escalation, repeat, review and level as this device shows them: derived where it reads the
    # incidents, as the police published them where it does not (app/models/risk/flags.py).
    flags: ShownFlags = ShownFlags(None, False)


class RiskService:
    def __init__(
        self,
        context: DeviceContext,
        instruments_dir: Source = DEFAULT_INSTRUMENTS,
        policy_path: Source = DEFAULT_POLICY,
    ):
        self._open_case = context.cases.open_case
        self.person = context.person
        self.agency = context.agency
        self._instruments_dir = instruments_dir
        self._policy_path = policy_path

    @cached_property
    def instruments(self) -> dict[str, Instrument]:
        return load_instruments(self._instruments_dir)

    @cached_property
    def policy(self) -> RiskPolicy:
        return load_policy(self.instruments, self._policy_path)

    def instrument(self, instrument_id: str) -> Instrument:
        try:
            return self.instruments[instrument_id]
        except KeyError:
            raise NotFound(
                QT_TRANSLATE_NOOP("RiskProblems", "no risk instrument '{instrument_id}' (installed: {instruments})"),
                instrument_id=instrument_id,
                instruments=", ".join(sorted(self.instruments)),
            ) from None

    def assess(
        self,
        case_ref: str,
        instrument_id: str,
        answers: dict[str, str | tuple[str, str] | Answer],
        *,
        assessed_on: dt.date | str | None = None,
        assessor: str | None = None,
        agency: str | None = None,
        judgement_level: str = "",
        judgement_reason: str = "",
        today: dt.date | None = None,
    ) -> Scored:
        inst = self.instrument(instrument_id)
        today = today or clock.today()
        a = make_assessment(
            inst,
            self.policy,
            assessed_on=assessed_on or today,
            assessor=assessor or self.person,
            agency=agency or self.agency,
            answers=answers,
            judgement_level=judgement_level,
            judgement_reason=judgement_reason,
            today=today,
        )
        case = self._open_case(case_ref)
        return record_assessment(case, inst, self.policy, a)

    def view(self, case_ref: str, today: dt.date | None = None) -> RiskView:
        return self.view_of(self._open_case(case_ref), today)

    def view_of(self, case: CaseReader, today: dt.date | None = None) -> RiskView:
        """The risk picture and eligibility of a case already open (as its role sees them)."""
        picture = risk_picture(case, self.instruments, self.policy, today)
        consent = case.get("consent_to_referral") if case.can_read("consent_to_referral") else None
        return RiskView(picture, decide(self.policy, picture, consent), shown(case, picture, self.policy))
