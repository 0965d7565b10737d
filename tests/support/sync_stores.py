"""Helpers for tests that look inside devices' stores and build small panels."""

import sqlalchemy as sa

from app.models.storage import tables as t


def everything_stored(ws) -> bytes:
    """Every value of every row of every table of a store, as read through its key: what a
    marker string must never be found in."""
    out = []
    with ws.store.engine.connect() as conn:
        for table in t.metadata.sorted_tables:
            for row in conn.execute(sa.select(table)):
                out += [v if isinstance(v, bytes) else str(v).encode() for v in row]
    return b"\n".join(out)


def chair_admits(make_workspace, roles) -> dict:
    """A panel whose chair admits alone (founded without approvals, so admissions need none):
    the chair's device, then one device per role, every device knowing every other."""
    chair = make_workspace("chair")
    chair.sync.found_panel("chair")
    devices = {"chair": chair}
    for role in roles:
        ws = make_workspace(role)
        ws.sync.join(chair.sync.admission(ws.profile))
        devices[role] = ws
    for ws in devices.values():
        ws.sync.receive_membership(chair.sync.membership_entries(), "chair")
    return devices
