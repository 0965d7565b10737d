"""A device that may no longer read a compartment destroys what it held of it.

Losing read access (a role change in force, or the device's own revocation) already stops
peers sending it anything new, and the remaining readers rotate the compartment's key (see
KeyGrants.cut_off). What the device held before stays on its disk unless it deletes it: the
changes and snapshots, the sealed envelopes, envelopes held for a key, and every key grant of
those compartments. This deletes them all in one transaction, with SQLite's secure_delete on so
the freed pages are overwritten rather than left to be read back out of the file.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa

from app.models import audit
from app.models.storage import tables as t
from app.models.storage.store import Store, now_utc
from app.sync.protocol.envelope import Envelope, EnvelopeError

# Every table that holds a compartment's content, its keys or what peers hold of it.
_TABLES = (t.changes, t.snapshots, t.envelopes, t.waiting, t.key_grants, t.peer_holdings)


def held_compartments(store: Store) -> set[str]:
    """Every compartment this store holds anything of."""
    rows = store.driver_rows(" UNION ".join(f"SELECT DISTINCT compartment FROM {table.name}" for table in _TABLES))
    return {comp for (comp,) in rows}


def forget_lost(store: Store, readable: set[str], actor: audit.Actor) -> list[str]:
    """Delete what the store holds of every compartment not in `readable` (what the device's role
    in force may read; empty for a revoked device). Returns the compartments forgotten."""
    lost = sorted(held_compartments(store) - readable)
    held = _held_envelopes(store, lambda env: env.compartment not in readable)
    if not lost and not held:
        return []
    with store.begin() as conn:
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
        for table in _TABLES:
            conn.execute(table.delete().where(table.c.compartment.in_(lost)))
        if held:
            conn.execute(t.quarantine.delete().where(t.quarantine.c.id.in_(held)))
        audit.append(conn, actor, "member_changed", "", f"forgot {len(lost)} compartment(s) it may no longer read")
    return lost


def _held_envelopes(store: Store, drop: Callable[[Envelope], bool]) -> list[int]:
    """Quarantine rows holding an envelope (waiting for its key) that `drop` says must go."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(t.quarantine.c.id, t.quarantine.c.data).where(t.quarantine.c.kind == "held")
        ).all()
    out = []
    for row_id, data in rows:
        try:
            env = Envelope.decode(data)
        except (EnvelopeError, ValueError):
            continue
        if drop(env):
            out.append(row_id)
    return out


def held_pairs(store: Store, compartments: set[str]) -> set[tuple[str, str]]:
    """Every (case, compartment) of these compartments that the store holds content or keys of
    (what a peer is known to hold is not: noting it again must not look like a new copy)."""
    if not compartments:
        return set()
    marks = ",".join("?" for _ in compartments)
    content = [table for table in _TABLES if table is not t.peer_holdings]
    rows = store.driver_rows(
        " UNION ".join(
            f"SELECT DISTINCT case_id, compartment FROM {table.name} WHERE compartment IN ({marks})"
            for table in content
        ),
        tuple(sorted(compartments)) * len(content),
    )
    return {(case_id, comp) for case_id, comp in rows}


def forget_pairs(store: Store, pairs: set[tuple[str, str]], actor: audit.Actor, action: str, why: str) -> int:
    """Delete what the store holds of these (case, compartment) pairs, as forget_lost does for
    whole compartments, with one audit entry per case (its reference, never a value)."""
    if not pairs:
        return 0
    references = {case_id: store.find_case(case_id) for case_id, _comp in pairs}
    held = _held_envelopes(store, lambda env: (env.case_id, env.compartment) in pairs)
    with store.begin() as conn:
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
        for case_id, comp in sorted(pairs):
            for table in _TABLES:
                conn.execute(table.delete().where(table.c.case_id == case_id, table.c.compartment == comp))
        for case_id in sorted({c for c, _k in pairs}):
            found = references[case_id]
            comps = sorted(k for c, k in pairs if c == case_id)
            audit.append(conn, actor, action, found.reference if found else case_id, f"{', '.join(comps)}: {why}")
        if held:
            conn.execute(t.quarantine.delete().where(t.quarantine.c.id.in_(held)))
    # Its changes are gone: a reading that resumes receives them again from the start.
    store.drop_change_hashes(pairs)
    return len(pairs)


def forget_case(store: Store, case_id: str, reference: str, authority: str, actor: audit.Actor) -> int:
    """Destroy everything this store holds of one case - its changes, snapshots, envelopes (and
    those held for a key), key grants, what peers hold of it and what waits in a relay - and its
    row, keeping only a tombstone: that it existed, when it went and on whose authority. Without
    its keys, a copy of an envelope anyone kept is unreadable. Returns the compartments it held."""
    pairs = {
        (c, comp)
        for c, comp in store.driver_rows(
            " UNION ".join(
                f"SELECT DISTINCT case_id, compartment FROM {table.name} WHERE case_id = ?" for table in _TABLES
            ),
            (case_id,) * len(_TABLES),
        )
    }
    held = _held_envelopes(store, lambda env: env.case_id == case_id)
    with store.begin() as conn:
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
        for table in (*_TABLES, t.relay_sent):
            conn.execute(table.delete().where(table.c.case_id == case_id))
        if held:
            conn.execute(t.quarantine.delete().where(t.quarantine.c.id.in_(held)))
        conn.execute(t.cases.delete().where(t.cases.c.case_id == case_id))
        if conn.execute(sa.select(t.erased_cases.c.case_id).where(t.erased_cases.c.case_id == case_id)).first() is None:
            conn.execute(
                t.erased_cases.insert().values(
                    case_id=case_id, reference=reference, erased_at=now_utc(), authority=authority
                )
            )
            audit.append(conn, actor, "case_erased", reference, authority[:300])
    store.drop_change_hashes(pairs)
    return len({comp for _c, comp in pairs})
