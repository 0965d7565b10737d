"""Per case, the readers whose access rests on a consent that does not hold now (withdrawn,
refused, run out, never given), as this device reads the case's consent records.

The ISA names such readers per compartment (case_schema.Access.consent); the case's consent
records decide, case by case (process/sharing.py). Every device that reads the consent records
judges alike, since the records sync like any other data: a sender stops sending to a reader cut
off, the writers seal what follows under a new key the reader is not given, and the reader's own
device, on learning of it, destroys what it held. A device that cannot read the consent records
cannot judge, and cuts nobody off; the reader's own device, which reads them, still does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from app.models import audit, clock
from app.models.cases import CaseRepository
from app.models.documents.compartments import Compartment
from app.models.process.consent import FIELD as CONSENT_FIELD
from app.models.process.consent import PartyConsent, consent_status
from app.models.process.sharing import switched_off
from app.models.storage.store import Store
from app.sync.engine.forget import forget_pairs, held_pairs

# The case/compartment pairs this device destroyed its copy of and may not hold yet.
CUT_META = "consent_cut"


class ConsentCuts:
    def __init__(self, store: Store, cases: CaseRepository, role: str, today: Callable[[], dt.date] = clock.today):
        self.store = store
        self.cases = cases
        self.role = role
        self.today = today
        comps = cases.compartments
        self.by_consent = {c.id: c for c in comps.by_id.values() if c.consent}
        consent_comp = comps.for_field(CONSENT_FIELD) if CONSENT_FIELD in cases.schema.fields else None
        self._records = consent_comp if consent_comp is not None and role in consent_comp.read else None
        self._cache: dict[str, tuple[tuple[object, ...], dict[str, frozenset[str]]]] = {}

    @property
    def active(self) -> bool:
        """Whether any compartment's sharing rests on consent, and this device can judge it."""
        return bool(self.by_consent) and self._records is not None

    def consent(self, case_id: str) -> dict[str, PartyConsent]:
        assert self._records is not None
        doc = self.cases.read_doc(case_id, self._records, self.role)
        records = doc.get(CONSENT_FIELD) if doc is not None else []
        return consent_status(list(records or []), self.today())

    def off(self, case_id: str) -> dict[str, frozenset[str]]:
        """Compartment id -> the readers cut off from it for this case (only those with some)."""
        if not self.active:
            return {}
        assert self._records is not None
        # The judgement changes only when the consent records do, or the day does (expiry).
        newest = self.store.driver_rows(
            "SELECT max(id) FROM changes WHERE case_id = ? AND compartment = ?", (case_id, self._records.id)
        )[0][0]
        mark = (newest, self.today())
        cached = self._cache.get(case_id)
        if cached is not None and cached[0] == mark:
            return cached[1]
        consent = self.consent(case_id)
        result = {}
        for comp in self.by_consent.values():
            cut = switched_off(comp.consent, consent)
            if cut:
                result[comp.id] = cut
        self._cache[case_id] = (mark, result)
        return result

    def may_hold(self, role: str, case_id: str, comp_id: str) -> bool:
        """False only where `role` reads the compartment by a consent that does not hold for the case."""
        if comp_id not in self.by_consent or not self.active:
            return True
        return role not in self.off(case_id).get(comp_id, frozenset())

    def judge(self, role: str) -> Callable[[str, str], bool]:
        """may_hold for one role over many rows: each case's consent is read once per call."""
        if not self.active:
            return lambda _case_id, _comp_id: True
        seen: dict[str, dict[str, frozenset[str]]] = {}

        def may_hold(case_id: str, comp_id: str) -> bool:
            if comp_id not in self.by_consent:
                return True
            off = seen.get(case_id)
            if off is None:
                off = seen[case_id] = self.off(case_id)
            return role not in off.get(comp_id, frozenset())

        return may_hold

    def tokens(self, case_id: str, comp: Compartment) -> set[str]:
        """The cut-offs a new key generation answers, one per reader and deciding consent record:
        consent given again and withdrawn again is a new record, and so a new generation."""
        if comp.id not in self.by_consent or not self.active:
            return set()
        cut = self.off(case_id).get(comp.id, frozenset())
        if not cut:
            return set()
        consent = self.consent(case_id)
        out = set()
        for role, party in comp.consent:
            if role in cut:
                deciding = consent.get(party)
                out.add(f"consent:{role}:{(deciding.record_id if deciding is not None else '') or 'none'}")
        return out

    def lost(self, role: str, held: set[tuple[str, str]]) -> set[tuple[str, str]]:
        """Of the (case, compartment) pairs held, those `role` may no longer hold."""
        return {(case_id, comp_id) for case_id, comp_id in held if not self.may_hold(role, case_id, comp_id)}


def forget_withdrawn(store: Store, consent: ConsentCuts, role: str, actor: audit.Actor) -> int:
    """Destroy what the store holds of each case's compartment `role` reads by a consent that no
    longer holds, and note in the audit, once, each one whose reading has resumed since (an
    override, or consent given again). Returns the (case, compartment) pairs destroyed."""
    mine = {cid for cid, comp in consent.by_consent.items() if comp.consent_of(role) is not None}
    if not mine:
        return 0
    lost = consent.lost(role, held_pairs(store, mine))
    gone = forget_pairs(
        store, lost, actor, "sharing_stopped", "the consent this device's reading rested on does not hold"
    )
    known = {tuple(p.split("/", 1)) for p in (store.get_meta(CUT_META) or "").split(",") if p}
    still = {(c, k) for c, k in known if not consent.may_hold(role, c, k)} | lost
    if still != known:
        with store.begin() as conn:
            for case_id, comp in sorted(known - still):
                found = store.find_case(case_id)
                audit.append(conn, actor, "sharing_resumed", found.reference if found else case_id, comp)
            store.set_meta(conn, CUT_META, ",".join(sorted(f"{c}/{k}" for c, k in still)))
    return gone
