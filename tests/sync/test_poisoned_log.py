"""A device whose stored membership log holds something invalid - a second founding entry, an
entry that is not one at all - as an older version of Concord could be made to store, still
opens, lists its members and cases, serves and syncs, and names what does not count. Nothing
of it is passed on."""

import sqlalchemy as sa

from app.models.storage import tables as t
from app.models.storage.store import now_utc
from app.sync.engine.membership_entries import founding_entry
from tests.support.sync_procs import make_panel_in_process


def test_a_poisoned_stored_log_is_named_and_never_fatal(tmp_path):
    devices = make_panel_in_process(tmp_path, ["police", "advocate", "chief_inspector"])
    chair, police, advocate, ci = (devices[r] for r in ("chair", "police", "advocate", "chief_inspector"))
    ref = police.run("case", "new", "--harmed", "Person A").stdout.strip()
    with advocate.open() as aw:
        forged = founding_entry(aw.profile, aw.keys.sign, now_utc())
    with chair.open() as cw, cw.store.begin() as conn:
        conn.execute(
            t.membership.insert(),
            [
                dict(hash=forged.hash, data=forged.encode(), stored_at=now_utc()),
                dict(hash="f" * 64, data=b"[" * 5000, stored_at=now_utc()),
            ],
        )
    listed = chair.run("members").stdout
    assert "2 entries of this device's membership log do not count" in listed
    assert "a second founding entry" in listed and forged.hash[:16] in listed
    assert "nests too deep" in listed
    for command in (["case", "list"], ["audit", "--quiet"]):
        chair.run(*command)
    with chair.serve() as server:
        for d in (police, ci):
            d.sync(server.port)
            assert server.next_session().group(5) == "ok"
    assert ref in ci.run("case", "list").stdout
    with ci.open() as cw, cw.store.engine.connect() as conn:
        held = set(conn.execute(sa.select(t.membership.c.hash)).scalars())
    assert forged.hash not in held and "f" * 64 not in held
