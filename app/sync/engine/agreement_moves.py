"""After the panel adopts a new agreement: what this device does with the data it holds in the
compartments the agreement left behind.

For each case it holds such a compartment of, the device first moves what its role writes under
the new agreement into the compartment that now holds it (a move every writer makes alike:
app/models/documents/moves.py). Then it destroys the old compartment - its changes, envelopes,
snapshots and keys - as soon as either:
- the new agreement takes from this role a field the old compartment holds: it may not keep it,
  even while it waits for the rest to arrive in their new homes; or
- every field the role still reads has arrived, moved, in its new compartment here.
Until then the old copy stays, unread and never sent (nothing outside the agreement in force is
offered or accepted), so a device that holds data nobody else has moved yet loses nothing.
"""

from __future__ import annotations

from app.models import audit
from app.models.cases import CaseRepository
from app.models.documents.compartments import Compartment
from app.models.documents.moves import mark, moved
from app.models.storage.store import Store
from app.sync.engine.forget import forget_pairs, held_pairs


def settle(store: Store, cases: CaseRepository, role: str, actor: audit.Actor) -> tuple[int, int]:
    """Move and destroy what the adopted agreement asks of this device; returns (moves made,
    old compartments destroyed). Safe to repeat: a move made before is not made again."""
    comps = cases.compartments
    if not comps.former:
        return 0, 0
    schema = cases.schema
    assert schema.governance is not None
    version = schema.governance.version
    made, done = 0, set()
    for case_id, old_id in sorted(held_pairs(store, set(comps.former))):
        old = comps.former[old_id]
        doc = cases.read_doc(case_id, old, role) if role in old.read else None
        if doc is not None:
            for new in comps.by_id.values():
                fields = [f for f in new.field_ids if f in old.field_ids]
                if fields and role in new.write:
                    changes = moved(case_id, doc, new, schema, fields, version)
                    reference = cases.reference_of(case_id)
                    made += bool(
                        cases.add_moved(
                            case_id, new, changes, (actor, "agreement_moved", reference, f"{old_id} -> {new.id}")
                        )
                    )
        if doc is None or _may_go(cases, case_id, old, role):
            done.add((case_id, old_id))
    for case_id, _old in done:
        cases.forget(case_id)
    gone = forget_pairs(
        store, done, actor, "agreement_settled", "the agreement in force keeps it elsewhere or not here"
    )
    if gone:
        store.compact()  # nor in the write-ahead log or the free pages of the file
    return made, gone


def _may_go(cases: CaseRepository, case_id: str, old: Compartment, role: str) -> bool:
    homes = {f: cases.compartments.for_field(f) for f in old.field_ids}
    if any(role not in home.read for home in homes.values()):
        return True  # a field this role may no longer read: not kept a moment longer
    for home in {h.id: h for h in homes.values()}.values():
        doc = cases.read_doc(case_id, home, role)
        if doc is None or not doc.moved_from(mark(old.id)):
            return False
    return True
