"""Closed means closed: a meeting's records as they stood when the chair closed it.

What a meeting records about a case - its discussion, the actions it agreed, its review of
earlier actions - lives in the case's documents, which any attendee's device may edit offline.
A device that had not heard of the closing could otherwise add to a closed meeting, and the
minutes issued again would hold it. So the chair's device, on closing, seals the meeting: it
records the heads of each compartment holding those records for every case on the agenda. A
closed meeting is then read as of its seal, on every device, whatever sync delivers later or
delivered earlier; and a device that holds the whole state the seal names refuses, on receipt,
any new change to the meeting's records (app/sync/engine/receiving.py), which can only be concurrent
with or after the closing.
"""

from __future__ import annotations

import json
from typing import Any

import automerge.core as am

from app.models.cases import CaseRepository, CaseSession
from app.models.documents.casedoc import CompartmentDoc
from app.models.meetings.actions import ITEMS, REVIEWS

SEAL_FIELD = "closing_seal"
DISCUSSIONS = "discussions"
# Each records field a meeting writes into a case, and the sub-field naming the meeting.
SEALED = {DISCUSSIONS: "meeting_id", REVIEWS: "meeting_id", ITEMS: "raised_at"}


def make(repo: CaseRepository, role: str, case_ids: list[str]) -> str:
    """The seal of a meeting now, as this device holds its cases' records."""
    cases: dict[str, dict[str, list[str]]] = {}
    for case_id in case_ids:
        for fid in SEALED:
            if fid not in repo.schema.fields:
                continue
            comp = repo.compartments.for_field(fid)
            if role not in comp.read:
                continue
            doc = repo.read_doc(case_id, comp, role)
            cases.setdefault(case_id, {})[comp.id] = [h.hex() for h in doc.heads()] if doc is not None else []
    return json.dumps({"v": 1, "cases": cases}, sort_keys=True, separators=(",", ":"))


def parse(text: str) -> dict[str, dict[str, list[bytes]]]:
    """case id -> compartment id -> heads; empty for no seal or one that cannot be read."""
    try:
        body = json.loads(text or "{}")
        return {
            str(c): {str(k): [bytes.fromhex(h) for h in heads] for k, heads in comps.items()}
            for c, comps in (body.get("cases") or {}).items()
        }
    except (ValueError, AttributeError, TypeError):
        return {}


def tied_to(record: dict[str, Any], fid: str, meeting_id: str) -> bool:
    return record.get(SEALED[fid]) == meeting_id


def at_seal(doc: CompartmentDoc | None, heads: list[bytes]) -> CompartmentDoc | None:
    """The document as the seal names it, or None when this device does not hold all of that
    state yet (it is behind the chair's device): then nothing of it can be told apart."""
    if doc is None:
        return None
    if not heads:
        return _with(doc, am.Document())  # sealed before this compartment had any change
    try:
        forked = doc.doc.fork(heads)
    except Exception:  # automerge-py raises a bare Exception for a hash it does not hold
        return None
    return _with(doc, forked)


def _with(doc: CompartmentDoc, am_doc: am.Document) -> CompartmentDoc:
    out = CompartmentDoc.__new__(CompartmentDoc)
    out.case_id, out.compartment, out.fields, out.doc, out._history = (
        doc.case_id,
        doc.compartment,
        doc.fields,
        am_doc,
        None,
    )
    return out


class SealedCase:
    """A case as a closed meeting shows it: the meeting's records as of its seal, the rest as now.

    Only what the meeting recorded is sealed; the case's other fields (its risk, its summaries)
    are shown as they are, as the minutes always have."""

    def __init__(self, case: CaseSession, meeting_id: str, heads: dict[str, list[bytes]]):
        self._case, self._meeting_id, self._heads = case, meeting_id, heads

    def __getattr__(self, name: str) -> Any:
        return getattr(self._case, name)

    def get(self, field_id: str) -> Any:
        now = self._case.get(field_id)
        if field_id not in SEALED:
            return now
        comp = self._case.repo.compartments.for_field(field_id)
        if comp.id not in self._heads:
            return now
        doc = at_seal(self._case.repo.read_doc(self._case.case_id, comp, self._case.role), self._heads[comp.id])
        if doc is None:
            # Behind the seal (the chair's device held changes this one has not received): what
            # this device holds is shown, and the seal applies once the rest arrives.
            return now
        then = doc.get(field_id)
        # Records of other meetings and of no meeting go on living; this meeting's stand as sealed.
        ours = [r for r in then if tied_to(r, field_id, self._meeting_id)]
        return [r for r in now if not tied_to(r, field_id, self._meeting_id)] + ours


def sealed_records(doc: CompartmentDoc | None, meeting_ids: set[str]) -> dict[str, list[tuple[str, str]]]:
    """The records of these meetings in a document, as (id, canonical content), per field."""
    out: dict[str, list[tuple[str, str]]] = {}
    if doc is None:
        return out
    for fid in SEALED:
        if fid in doc.fields:
            out[fid] = [
                (str(r.get("id")), json.dumps(r, sort_keys=True, default=str))
                for r in doc.get(fid)
                if r.get(SEALED[fid]) in meeting_ids
            ]
    return out
