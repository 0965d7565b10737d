"""The restorative process of a case as a state machine, folded from its recorded steps.

Every step is a record (to which state, when, by whom, why, on which trigger or sign-off) in a
compartment every agency holds, so steps made offline travel with sync like any edit. The state is
never stored: each device folds the steps in the order they were made, applying only those the
machine allows, and keeps the refused ones in view with the reason. That order is the record
list's own: a step made after its device saw others lands after them, and steps made at once on
two devices are placed by Automerge the same way on every device. The time a step carries is the
recording device's clock, which can be days out: it is shown, never used to order. On top of the
folded state, safeguards act at once and on every device: while a process is in preparation or
sessions, consent that no longer holds, or a sign-off that has gone stale, pauses it without
anyone having to press anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.models.language import QT_TRANSLATE_NOOP, translate

REFERRAL, ASSESSMENT, PANEL_REVIEW, AWAITING = "referral", "assessment", "panel_review", "awaiting_signoff"
APPROVED, DECLINED, DEFERRED = "approved", "declined", "deferred"
PREPARATION, SESSIONS, PAUSED = "preparation", "sessions", "paused"
COMPLETED, TERMINATED, AFTERCARE, CLOSED = "completed", "terminated", "aftercare", "closed"

STATES = (
    REFERRAL,
    ASSESSMENT,
    PANEL_REVIEW,
    AWAITING,
    APPROVED,
    DECLINED,
    DEFERRED,
    PREPARATION,
    SESSIONS,
    PAUSED,
    COMPLETED,
    TERMINATED,
    AFTERCARE,
    CLOSED,
)


class Words(Mapping[str, str]):
    """Names for stored ids (a state, a trigger), read in the current language: the ids stay as
    they are stored, the names are translated each time one is read."""

    def __init__(self, english: dict[str, str]):
        self._english = english

    def __getitem__(self, key: str) -> str:
        return translate("Lifecycle", self._english[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._english)

    def __len__(self) -> int:
        return len(self._english)


LABELS = Words(
    {
        REFERRAL: QT_TRANSLATE_NOOP("Lifecycle", "Referral"),
        ASSESSMENT: QT_TRANSLATE_NOOP("Lifecycle", "Assessment"),
        PANEL_REVIEW: QT_TRANSLATE_NOOP("Lifecycle", "Panel review"),
        AWAITING: QT_TRANSLATE_NOOP("Lifecycle", "Awaiting sign-off"),
        APPROVED: QT_TRANSLATE_NOOP("Lifecycle", "Approved"),
        DECLINED: QT_TRANSLATE_NOOP("Lifecycle", "Declined"),
        DEFERRED: QT_TRANSLATE_NOOP("Lifecycle", "Deferred"),
        PREPARATION: QT_TRANSLATE_NOOP("Lifecycle", "Preparation"),
        SESSIONS: QT_TRANSLATE_NOOP("Lifecycle", "Sessions"),
        PAUSED: QT_TRANSLATE_NOOP("Lifecycle", "Paused"),
        COMPLETED: QT_TRANSLATE_NOOP("Lifecycle", "Completed"),
        TERMINATED: QT_TRANSLATE_NOOP("Lifecycle", "Terminated"),
        AFTERCARE: QT_TRANSLATE_NOOP("Lifecycle", "Aftercare"),
        CLOSED: QT_TRANSLATE_NOOP("Lifecycle", "Closed"),
    }
)

# Pause triggers every case has; a breach is not a pause: it ends the process.
TRIGGERS = Words(
    {
        "consent withdrawn": QT_TRANSLATE_NOOP("Lifecycle", "Consent withdrawn"),
        "consent does not hold": QT_TRANSLATE_NOOP("Lifecycle", "Consent refused, lapsed or incomplete"),
        "new incident": QT_TRANSLATE_NOOP("Lifecycle", "New incident"),
        "escalation": QT_TRANSLATE_NOOP("Lifecycle", "Escalation"),
        "coercion or threats": QT_TRANSLATE_NOOP(
            "Lifecycle", "Signs of coercion, manipulation, surveillance or threats"
        ),
        "conflict with an order": QT_TRANSLATE_NOOP("Lifecycle", "Conflict with a court order or investigation"),
        "sign-off stale": QT_TRANSLATE_NOOP("Lifecycle", "The sign-off no longer covers the case as it is"),
        "safeguard missing": QT_TRANSLATE_NOOP(
            "Lifecycle", "A safeguard (facilitator, training, supervisor or safety plan) is no longer in place"
        ),
    }
)
BREACH = "breach"

ALLOWED: dict[str, tuple[str, ...]] = {
    REFERRAL: (ASSESSMENT, CLOSED),
    ASSESSMENT: (PANEL_REVIEW, CLOSED),
    PANEL_REVIEW: (AWAITING, CLOSED),
    AWAITING: (APPROVED, DECLINED, DEFERRED, PANEL_REVIEW),
    APPROVED: (PREPARATION, AWAITING, CLOSED),
    DECLINED: (CLOSED, PANEL_REVIEW),
    DEFERRED: (PANEL_REVIEW, AWAITING, CLOSED),
    PREPARATION: (SESSIONS, PAUSED, TERMINATED),
    SESSIONS: (COMPLETED, PAUSED, TERMINATED),
    PAUSED: (PREPARATION, SESSIONS, AWAITING, TERMINATED),
    COMPLETED: (AFTERCARE, CLOSED),
    TERMINATED: (AFTERCARE, CLOSED),
    AFTERCARE: (CLOSED,),
    CLOSED: (),
}
# Reached only through a signed decision, never by an ordinary step.
DECISION_STATES = {APPROVED: ("approve", "approve with conditions"), DECLINED: ("decline",), DEFERRED: ("defer",)}
# A live process: entered only with a current, approving sign-off and both parties' consent, and
# paused at once when either stops holding.
LIVE = (PREPARATION, SESSIONS)


@dataclass(frozen=True)
class Step:
    record_id: str
    to_state: str
    at: str  # ISO date-time (UTC) by the clock of the device that made the step: shown only
    by: str
    by_role: str
    reason: str
    trigger: str = ""
    signoff_id: str = ""
    after: str = ""  # the step its device had last when it made this one (empty in older records)
    attestations: str = ""  # the safeguard attestations a step into a live state relied on (ids)

    @classmethod
    def from_record(cls, r: dict[str, Any]) -> Step:
        return cls(
            str(r.get("id") or ""),
            str(r.get("to_state") or ""),
            str(r.get("at") or ""),
            str(r.get("by") or ""),
            str(r.get("by_role") or ""),
            str(r.get("reason") or ""),
            str(r.get("trigger") or ""),
            str(r.get("signoff_id") or ""),
            str(r.get("after") or ""),
            str(r.get("attestations") or ""),
        )


@dataclass(frozen=True)
class Entry:
    step: Step
    from_state: str
    applied: bool
    problem: str = ""


@dataclass(frozen=True)
class Hold:
    """A safeguard that holds the process paused now, with its cause in words."""

    trigger: str
    why: str
    states: tuple[str, ...] = (PREPARATION, SESSIONS)  # the live states it holds


@dataclass
class ProcessState:
    recorded: str  # the state the applied steps reach
    holds: list[Hold] = field(default_factory=list)
    history: list[Entry] = field(default_factory=list)
    terminated_by_breach: bool = False

    @property
    def state(self) -> str:
        """The state in force: paused while any safeguard holds a live process."""
        return PAUSED if self.holds and self.recorded in LIVE else self.recorded

    @property
    def label(self) -> str:
        return LABELS.get(self.state, self.state)

    @property
    def refused(self) -> list[Entry]:
        return [e for e in self.history if not e.applied]


def fold(steps: list[Step], signoff_ok: Callable[[Step], str], holds_now: list[Hold]) -> ProcessState:
    """Apply steps in the order given: the order of the case's step records, which is causal.

    signoff_ok(step) -> problem text or '' says whether the sign-off a step relies on lets it in
    (checked for decision states and for guarded states): that it verifies, belongs to this case
    and decided so. Whether it is still current, and whether consent holds, is checked when a step
    is made and acts through holds_now: the safeguards that hold at this moment, which pause a
    live process at once. A past step is never refused later for what happened after it.
    """
    state = REFERRAL
    history: list[Entry] = []
    breach = False
    for step in causal_order(steps):
        problem = _problem(state, step, signoff_ok)
        history.append(Entry(step, state, not problem, problem))
        if not problem:
            state = step.to_state
            breach = step.to_state == TERMINATED and step.trigger == BREACH
    return ProcessState(state, [h for h in holds_now if state in h.states], history, breach)


def causal_order(steps: list[Step]) -> list[Step]:
    """The steps parents first, each after the step its device had last when it made it.

    A step names that step (`after`); one made before steps did (or naming one this device
    lacks) follows the step before it in the record list, which is causal too. Steps made
    without knowing of each other (siblings) are concurrent: nothing says which came first, so
    each is taken with everything made after it, the one whose device's clock says earlier
    first - the same on every device. The list order alone places concurrent steps by Automerge's
    tie-break instead, so a replacement Chief Inspector's approval, made without the revoked
    device's history, could land before the sessions that history held and be spent on them.
    """
    by_id = {s.record_id: i for i, s in enumerate(steps)}
    children: dict[int, list[int]] = {}
    roots: list[int] = []
    for i, s in enumerate(steps):
        parent = by_id.get(s.after, i - 1) if s.after else i - 1
        if parent >= i:
            parent = i - 1  # a name that points forward is no causal past: keep list order
        (children.setdefault(parent, []) if parent >= 0 else roots).append(i)
    out: list[Step] = []
    stack = sorted(roots, key=lambda i: (steps[i].at, steps[i].record_id), reverse=True)
    while stack:
        i = stack.pop()
        out.append(steps[i])
        stack += sorted(children.get(i, []), key=lambda j: (steps[j].at, steps[j].record_id), reverse=True)
    return out


def _problem(state: str, step: Step, signoff_ok: Callable[[Step], str]) -> str:
    target = step.to_state
    if target not in STATES:
        return f"'{target}' is not a state of the process"
    if step.trigger == BREACH:
        # A recorded breach ends any process that has started, whatever else holds.
        if target != TERMINATED or state not in (PREPARATION, SESSIONS, PAUSED):
            return "a breach terminates a process in preparation, sessions or paused"
        return ""
    if target == PAUSED and state == PAUSED and step.trigger in TRIGGERS:
        return ""  # two devices pausing for the same cause at once: both are right, nothing moves
    if target not in ALLOWED[state]:
        return f"cannot go from {LABELS[state].lower()} to {LABELS[target].lower()}"
    if target == PAUSED and step.trigger not in TRIGGERS:
        return "a pause names its trigger"
    if target in DECISION_STATES or target in LIVE:
        return signoff_ok(step)
    return ""


def next_states(state: ProcessState) -> tuple[str, ...]:
    """Where an ordinary step may go from here (decisions come from the sign-off only)."""
    return tuple(s for s in ALLOWED[state.recorded] if s not in DECISION_STATES)


# A decision as the sign-off line names it; the stored decision stays the English word.
DECISION_WORDS = {
    "approve": QT_TRANSLATE_NOOP("ProcessWords", "Approve"),
    "approve with conditions": QT_TRANSLATE_NOOP("ProcessWords", "Approve with conditions"),
    "decline": QT_TRANSLATE_NOOP("ProcessWords", "Decline"),
    "defer": QT_TRANSLATE_NOOP("ProcessWords", "Defer"),
}
# The reason a step into a decided state is written with: English in the record, as every step's.
SIGNED_DECISION = "signed decision: "


def reason_words(reason: str) -> str:
    """A step's reason as the reader's language gives it: the reason Concord itself writes for a
    signed decision is translated; what a person typed is shown as they typed it."""
    if reason.startswith(SIGNED_DECISION):
        decision = reason[len(SIGNED_DECISION) :]
        word = DECISION_WORDS.get(decision)
        return translate("Lifecycle", "signed decision: {decision}").format(
            decision=translate("ProcessWords", word).lower() if word else decision
        )
    return reason
