"""The meeting service whose agenda sees the risk flags.

The agenda's facts of a case are read as the device holds the case; on a device that cannot read
incidents (the chair's) that leaves out escalation, repeats and a review a new incident brought
forward. Here they are taken from the flags as this device shows them: derived where it reads the
incidents, as the police published them where it does not (app/models/risk/flags.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from app.models.cases import CaseSession
from app.models.meetings.agenda import CaseFacts
from app.models.meetings.service import MeetingService, MeetingView
from app.models.risk.flags import ShownFlags, level_rank
from app.models.risk.policy import RiskPolicy


def with_flags(facts: CaseFacts, shown: ShownFlags, day: dt.date, policy: RiskPolicy) -> CaseFacts:
    f = shown.flags
    if f is None:
        return facts
    due = f.review_due_by(day)
    if facts.review_due is not None and (due is None or facts.review_due < due):
        due = facts.review_due
    rank, high = level_rank(f, policy) if f.level else (facts.level_rank, facts.high_risk)
    return dataclasses.replace(
        facts,
        escalating=f.escalating,
        repeat=facts.repeat or f.repeat,
        review_due=due,
        level_rank=max(rank, facts.level_rank),
        high_risk=high or facts.high_risk,
    )


class FlaggedMeetingService(MeetingService):
    def case_facts(
        self, case: CaseSession, meeting: MeetingView, others: list[MeetingView], today: dt.date
    ) -> CaseFacts:
        facts = super().case_facts(case, meeting, others, today)
        day = meeting.date or today
        return with_flags(facts, self.risk.view_of(case, day).flags, day, self.risk.policy)
