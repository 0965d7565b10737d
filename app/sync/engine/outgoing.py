"""What this device offers a peer: the envelopes it holds of what the peer may read, and a
summary of them, chosen by the peer's role in the membership log and, where the agreement rests
that role's reading on a party's consent, by the case's consent."""

from __future__ import annotations

import sqlalchemy as sa

from app.models.documents.compartments import CompartmentMap
from app.models.storage import tables as t
from app.models.storage.store import Store
from app.sync.engine.consent_cuts import ConsentCuts
from app.sync.engine.membership import PanelState


def holdings(
    store: Store, compartments: CompartmentMap, consent: ConsentCuts, role: str
) -> list[tuple[str, str, tuple[bytes, ...]]]:
    """The ids of the envelopes held of each (case, compartment) a device of `role` may hold."""
    readable = {c.id for c in compartments.readable_by(role)}
    may_hold = consent.judge(role)
    out: dict[tuple[str, str], list[bytes]] = {}
    for case_id, comp, env_id in store.driver_rows("SELECT case_id, compartment, hash FROM envelopes"):
        if comp in readable and may_hold(case_id, comp):
            out.setdefault((case_id, comp), []).append(env_id)
    return [(c, k, tuple(sorted(h))) for (c, k), h in sorted(out.items())]


def envelope_items(
    store: Store,
    compartments: CompartmentMap,
    consent: ConsentCuts,
    state: PanelState,
    device_id: str,
    peer_has: dict[tuple[str, str], set[bytes]] | None = None,
) -> list[tuple[tuple[str, str, bytes], bytes]]:
    """The envelopes a peer may hold and lacks, each with its (case, compartment, envelope id)."""
    member = state.active(device_id)
    if member is None:
        return []
    readable = {c.id for c in compartments.readable_by(member.role)}
    may_hold = consent.judge(member.role)
    peer_has = peer_has or {}
    # Choose by the small columns first and read the envelopes' bytes only for those chosen:
    # a live session asks this after every save, usually to find one or none.
    rows = store.driver_rows("SELECT id, case_id, compartment, hash, author FROM envelopes ORDER BY id")
    # A revoked author's envelopes are refused wherever they arrive: not sent at all.
    revoked = {d for d, m in state.members.items() if m.revoked}
    chosen = [
        (row_id, case_id, comp, env_id)
        for row_id, case_id, comp, env_id, author in rows
        if comp in readable
        and env_id not in peer_has.get((case_id, comp), ())
        and author not in revoked
        and may_hold(case_id, comp)
    ]
    if not chosen:
        return []
    with store.engine.connect() as conn:
        data: dict[int, bytes] = {}
        for i in range(0, len(chosen), 500):
            ids = [row_id for row_id, _c, _k, _h in chosen[i : i + 500]]
            data.update(
                conn.execute(sa.select(t.envelopes.c.id, t.envelopes.c.data).where(t.envelopes.c.id.in_(ids))).all()
            )
    return [((case_id, comp, env_id), data[row_id]) for row_id, case_id, comp, env_id in chosen]
