"""A case's end: erased on every device when its retention period is over, unless a legal hold
stands.

The chair's device writes the decision as a signed membership entry (a hold, its release, or the
erasure), so it reaches every device by the same sync, relay or bundle that carries the panel's
membership, and every device folds it the same way (membership.py: an erasure is final, and
waits while a hold stands). Each device that learns of an erasure destroys what it holds of the
case (forget.py, forget_case), keeps a tombstone, and from then on refuses the case's envelopes
and key grants from anyone who has not yet heard, so an old bundle cannot bring it back. The
keys are destroyed with it everywhere: a copy of an envelope someone kept is unreadable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.errors import NotFound
from app.models.language import QT_TRANSLATE_NOOP
from app.models.storage.store import now_utc
from app.sync.engine.forget import forget_case
from app.sync.engine.membership_entries import Entry, make_case_entry
from app.sync.errors import SyncError

if TYPE_CHECKING:  # the engine calls apply() as it folds its log: imported for types only
    from app.sync.engine.sync_engine import SyncEngine

AUDITED = {"hold": "legal_hold_placed", "release": "legal_hold_released", "erase": "erasure_issued"}


def issue(engine: SyncEngine, kind: str, ref_or_id: str, why: str) -> Entry:
    """The chair's device places or releases a legal hold on a case, or erases it."""
    state = engine.state()
    me = state.active(engine.profile.device_id)
    if me is None or not me.admin:
        raise SyncError(QT_TRANSLATE_NOOP("SyncProblems", "only the chair may hold, release or erase a case"))
    case_id, reference = _case(engine, ref_or_id)
    entry = make_case_entry(
        kind,
        state.panel_id,
        case_id,
        reference,
        why,
        engine.profile.device_id,
        state.heads,
        engine.keys.sign,
        now_utc(),
    )
    engine.write_tried(entry, AUDITED[kind], f"{kind} {reference}")
    return entry


def _case(engine: SyncEngine, ref_or_id: str) -> tuple[str, str]:
    try:
        row = engine.store.find_case(ref_or_id)
        return row.case_id, row.reference
    except NotFound:
        state = engine.state()
        for case_id, e in (*state.holds.items(), *state.erased.items()):
            if ref_or_id in (case_id, e.name):
                return case_id, e.name
        raise


def authority(entry: Entry) -> str:
    """What a tombstone and the audit keep of the decision: the entry, its author and its reason."""
    return f"entry {entry.hash[:16]} by {entry.author[:12]} on {entry.at[:10]}: {entry.why}"


def apply(engine: SyncEngine) -> list[str]:
    """Carry out every erasure this device has learnt of and not yet carried out, or that left
    something behind (a write through a case still open when it went). Returns the cases erased."""
    erased = engine.state().erased
    if not erased:
        return []
    ids = sorted(erased)
    marks = ",".join("?" * len(ids))
    # Anything of these cases still here: a case row, or rows in any table that holds a case's data.
    left = engine.store.driver_rows(
        f"SELECT case_id FROM cases WHERE case_id IN ({marks}) "
        f"UNION SELECT case_id FROM changes WHERE case_id IN ({marks}) "
        f"UNION SELECT case_id FROM envelopes WHERE case_id IN ({marks}) "
        f"UNION SELECT case_id FROM key_grants WHERE case_id IN ({marks}) "
        f"UNION SELECT case_id FROM snapshots WHERE case_id IN ({marks})",
        tuple(ids) * 5,
    )
    done = {
        c
        for (c,) in engine.store.driver_rows(f"SELECT case_id FROM erased_cases WHERE case_id IN ({marks})", tuple(ids))
    }
    todo = sorted({c for (c,) in left} | (set(ids) - done))
    for case_id in todo:
        entry = erased[case_id]
        forget_case(engine.store, case_id, entry.name, authority(entry), engine.actor)
    if todo:
        engine.compartment_keys.forget()
        engine.cases.forget()
        engine.store.compact()
    return todo
