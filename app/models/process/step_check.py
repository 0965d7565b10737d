"""Received process steps judged against the process rules, on the device that receives them.

Every device's fold already refuses a step that breaks a rule (it is shown refused, never
applied). This check, run right after a delivery brings steps, also sets each such step aside
in the quarantine list and the audit log, so whoever looks at what arrived and failed sees it,
whoever sent it. A step that only waits - for a decision or an attestation this device has not
received yet - is not listed: the next delivery may bring what it relies on.
"""

from __future__ import annotations

from app.models.process import lifecycle as lc
from app.models.process.view import ProcessView


def _waits(step: lc.Step, problem: str) -> bool:
    """Whether the step names a sign-off or attestations this device lacks, rather than
    breaking a rule: one that names none relies on nothing, and is refused."""
    if "it relies on no sign-off this device holds" in problem:
        return bool(step.signoff_id)
    if "attestation from the" in problem:
        return bool(step.attestations)
    return False


def refused_steps(view: ProcessView) -> list[tuple[str, str, str]]:
    """(step id, target state, why) of each step the fold refused for breaking a rule."""
    return [
        (e.step.record_id, e.step.to_state, e.problem) for e in view.process.refused if not _waits(e.step, e.problem)
    ]


def describe(step_id: str, to_state: str, why: str) -> str:
    return f"process step {step_id} into {lc.LABELS.get(to_state, to_state).lower()} refused: {why}"
