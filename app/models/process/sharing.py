"""Which readers of a case's data hold it now, where the agreement rests their access on consent.

The ISA names, for a compartment, the readers who hold it only while a party consents (a
facilitator reading the survivor's own account, say); every other reader holds it on the
safeguarding basis, under a lawful basis, whatever anyone consents to. A consent-based reader
holds the data while that party's consent counts for sharing: given, or time-limited and not yet
run out, or overridden on a recorded reason and lawful basis (serious harm). Refused, withdrawn,
run out, never recorded, or a record that does not count: sharing is off for that reader.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.models.process.consent import PartyConsent

SAFEGUARDING = "safeguarding"


@dataclass(frozen=True)
class Basis:
    """What one reader's access to one compartment rests on, as a disclosure record names it."""

    kind: str  # "safeguarding", or "consent"
    party: str = ""  # whose consent, for kind "consent"
    lawful_basis: str = ""  # the rule's own, or the agreement's
    holds: bool = True  # False: the consent it rests on does not count now
    overridden: bool = False  # shared under an override of a refusal or withdrawal


def consent_counts_for_sharing(c: PartyConsent | None) -> bool:
    if c is None:
        return False
    return c.valid or c.status == "overridden"


def basis_of(
    role: str,
    consent_pairs: Iterable[tuple[str, str]],
    consent: Mapping[str, PartyConsent],
    lawful_basis: str,
) -> Basis:
    """The basis `role` holds a compartment on, given its ISA consent pairs and the case's consent."""
    party = next((p for r, p in consent_pairs if r == role), None)
    if party is None:
        return Basis(SAFEGUARDING, lawful_basis=lawful_basis)
    c = consent.get(party)
    overridden = c is not None and c.status == "overridden"
    return Basis("consent", party, lawful_basis, consent_counts_for_sharing(c), overridden)


def switched_off(consent_pairs: Iterable[tuple[str, str]], consent: Mapping[str, PartyConsent]) -> frozenset[str]:
    """The readers whose consent-based access to a compartment is off for this case now."""
    return frozenset(role for role, party in consent_pairs if not consent_counts_for_sharing(consent.get(party)))
