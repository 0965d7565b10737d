"""What a signed decision covered, and how the case has moved away from it since.

A decision is signed over the heads and risk-relevant digests of every compartment its signer
held (`covered`); a device that reads the case now finds it stale where one of those values
differs, or where a risk change was noted after it (`staleness`).
"""

from __future__ import annotations

from app.models.cases import CaseSession
from app.models.language import QT_TRANSLATE_NOOP, label_of, said
from app.models.process.signoff import Covered, Verified, value_digest
from app.models.process.view import _decision

NOTES = "risk_changes"


def covered(case: CaseSession) -> tuple[Covered, ...]:
    """Every compartment of the case the signer holds: its heads and risk-relevant digests."""
    out: list[Covered] = []
    for comp in sorted(case.repo.compartments.readable_by(case.role), key=lambda c: c.id):
        doc = case.repo.read_doc(case.case_id, comp, case.role)
        heads = tuple(h.hex() for h in doc.heads()) if doc is not None else ()
        fields = tuple(
            (fid, value_digest(case.get(fid))) for fid in comp.field_ids if case.schema.field(fid).risk_relevant
        )
        if heads or fields:
            out.append(Covered(comp.id, heads, fields))
    return tuple(out)


def staleness(case: CaseSession, v: Verified) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(why it is stale, what this device cannot yet check) for a valid decision."""
    stale: dict[str, str] = {}  # by field: one reason each, however it was learnt
    behind = []
    comps = case.repo.compartments
    for c in _decision(v).covered:
        comp = comps.by_id.get(c.compartment)
        if comp is None or case.role not in comp.read:
            continue
        doc = case.repo.read_doc(case.case_id, comp, case.role)
        if c.heads and (doc is None or not doc.holds([bytes.fromhex(h) for h in c.heads])):
            behind.append(comp.id)
            continue
        for fid, digest in c.fields:
            if fid in case.schema.fields and value_digest(case.get(fid)) != digest:
                stale.setdefault(
                    fid,
                    said(
                        QT_TRANSLATE_NOOP("ProcessProblems", "{field} changed since the sign-off"),
                        field=label_of(case.schema.field(fid)),
                    ),
                )
    if case.can_read(NOTES):
        weighed = notes_signed_over(case, v)
        for n in case.get(NOTES) or []:
            if n.get("after_signoff") == v.record_id or (weighed is not None and n.get("id") not in weighed):
                f = case.schema.fields.get(str(n.get("field")))
                stale.setdefault(
                    str(n.get("field")),
                    said(
                        QT_TRANSLATE_NOOP("ProcessProblems", "{field} changed on {day} ({by})"),
                        field=label_of(f) if f else str(n.get("field")),
                        day=str(n.get("at"))[:10],
                        by=n.get("by"),
                    ),
                )
    return tuple(stale.values()), tuple(behind)


def notes_signed_over(case: CaseSession, v: Verified) -> set[str] | None:
    """The ids of the risk-change notes the signer's device held when it signed: those were
    before the decision; any other was made after it, or while it was made without its signer
    knowing. None while this device lacks that state of the notes (it is behind the decision):
    then only the notes that name the decision are known to be after it."""
    comp = case.repo.compartments.for_field(NOTES)
    heads = next((c.heads for c in _decision(v).covered if c.compartment == comp.id), ())
    if not heads:
        return set()
    doc = case.repo.read_doc(case.case_id, comp, case.role)
    at = [bytes.fromhex(h) for h in heads]
    if doc is None or not doc.holds(at):
        return None
    return set(doc.record_ids(NOTES, at))
