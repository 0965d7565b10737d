"""What the process of one case looks like from this device: its state, consent, sign-offs,
sessions, aftercare and safeguards. The process service builds it; the red flags, the sign-off
pack and the check of received steps read it, so it sits below all of them."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from app.models.language import QT_TRANSLATE_NOOP, said
from app.models.process import attestations as att
from app.models.process import lifecycle as lc
from app.models.process.aftercare import CheckIn
from app.models.process.consent import PartyConsent
from app.models.process.signoff import Decision, Verified


def _decision(v: Verified) -> Decision:
    """The decision of a sign-off that verifies: one verifies only once its content has parsed."""
    assert v.decision is not None
    return v.decision


@dataclass
class ProcessView:
    reference: str
    process: lc.ProcessState
    consent: dict[str, PartyConsent]
    signoffs: list[Verified]  # every stored decision as verified here, in the order made
    current: Verified | None  # the last made of those that verify
    behind: tuple[str, ...]  # covered data this device has not yet received
    open_request: dict[str, Any] | None
    sessions: list[dict[str, Any]]
    aftercare: list[CheckIn]
    attestations: dict[str, att.Attestation] = dataclasses.field(default_factory=dict)  # latest of each kind

    @property
    def state(self) -> str:
        return self.process.state

    @property
    def next_steps(self) -> tuple[str, ...]:
        return lc.next_states(self.process)

    def signoff_words(self) -> str:
        c = self.current
        if c is None:
            return QT_TRANSLATE_NOOP("ProcessProblems", "No sign-off yet")
        d = _decision(c)
        words = said(
            QT_TRANSLATE_NOOP("ProcessProblems", "{decision} by {by} ({rank}) on {day}"),
            decision=lc.DECISION_WORDS.get(d.decision, d.decision.capitalize()),
            by=d.decided_by,
            rank=d.rank,
            day=d.decided_on,
        )
        if not c.stale:
            return words
        return said(
            QT_TRANSLATE_NOOP("ProcessProblems", "STALE - {words}; it no longer covers the case: {reasons}"),
            words=words,
            reasons=c.stale_because,
        )
