"""What holds a live process back, and the sign-off request it waits on: read from a case's
consent, sign-offs and safeguard attestations, without the service's state."""

from __future__ import annotations

from typing import Any

from app.models.cases import CaseSession
from app.models.language import QT_TRANSLATE_NOOP, said
from app.models.process import attestations as att
from app.models.process import lifecycle as lc
from app.models.process.consent import PARTY_NAMES, PartyConsent, consent_stops
from app.models.process.signoff import Verified
from app.models.process.view import _decision

REQUESTS = "signoff_requests"


def safeguard_holds(latest: dict[str, att.Attestation]) -> list[lc.Hold]:
    """A live process is held while the latest attestation of a fact it needs says the fact
    is no longer in place (the step into it was checked against the attestations then)."""
    out = []
    for kind, a in latest.items():
        if a.missing:
            states = tuple(s for s, kinds in att.NEEDED.items() if kind in kinds)
            out.append(
                lc.Hold(
                    "safeguard missing",
                    said(
                        QT_TRANSLATE_NOOP("ProcessProblems", "the {role}'s device attests that {missing}"),
                        role=att.KINDS[kind].role,
                        missing=tuple(a.missing),
                    ),
                    states,
                )
            )
    return out


def holds(consent: dict[str, PartyConsent], current: Verified | None) -> list[lc.Hold]:
    """A live process is held by a consent that no longer stands, and by a sign-off that is
    missing, declines, or has gone stale."""
    out = [
        lc.Hold(
            "consent withdrawn" if c.status == "withdrawn" else "consent does not hold",
            said(
                QT_TRANSLATE_NOOP("ConsentProblems", "{party}: {explanation}"),
                party=PARTY_NAMES.get(c.party, c.party),
                explanation=c.explanation,
            ),
        )
        for c in consent_stops(consent)
    ]
    if current is None or not _decision(current).approves:
        out.append(
            lc.Hold("sign-off stale", QT_TRANSLATE_NOOP("ProcessProblems", "there is no current approving sign-off"))
        )
    elif current.stale:
        out.append(
            lc.Hold(
                "sign-off stale",
                said(
                    QT_TRANSLATE_NOOP("ProcessProblems", "the sign-off of {day} is stale: {reasons}"),
                    day=_decision(current).decided_on,
                    reasons=current.stale_because,
                ),
            )
        )
    return out


def open_request(case: CaseSession, signoffs: list[Verified]) -> dict[str, Any] | None:
    if not case.can_read(REQUESTS):
        return None
    requests = case.get(REQUESTS) or []
    if not requests:
        return None
    # The process waits on the request made last (the list is in the order they were made); one
    # it replaced, after a decline or after being taken back, is not open whatever its time says.
    last = requests[-1]
    decided = {_decision(v).request_id for v in signoffs if v.valid}
    return None if last.get("id") in decided else last
