"""Signed audit heads exchanged over the real protocol, between `concord` processes over TLS: a
peer's copy of a device's head proves a deletion made on that device after the exchange."""

import subprocess
import sys

import sqlalchemy as sa

from app.models import audit, audit_anchors
from app.models.storage import tables as t
from tests.support.sync_procs import REPO, make_panel_in_process

AUDIT = "import sys; from app.cli.audit import main; sys.exit(main(sys.argv[1:]))"


def concord_audit(device, *args) -> subprocess.CompletedProcess:
    """The audit command in a process of its own (as `concord audit` runs it)."""
    return subprocess.run(
        [sys.executable, "-c", AUDIT, "--data", str(device.folder), "audit", *args],
        cwd=REPO,
        env=device.env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def sync_once(client, server_device) -> None:
    with server_device.serve() as server:
        client.sync(server.port)
        server.next_session()


def held(device, subject: str) -> list[audit_anchors.Held]:
    with device.open() as ws:
        with ws.store.engine.connect() as conn:
            return audit_anchors.held_of(conn, subject)


def test_a_peers_head_proves_a_cut_made_after_the_exchange(tmp_path):
    devices = make_panel_in_process(tmp_path, ["police"])
    chair, police = devices["chair"], devices["police"]
    chair.run("case", "new", "--ref", "CC-ANCHOR-1")
    sync_once(chair, police)

    # Each side now holds the other's signed head, and the police device its own.
    [chair_head] = [h for h in held(police, chair.device_id) if h.source == chair.device_id]
    assert held(chair, police.device_id) and held(police, police.device_id)
    with chair.open() as ws:
        assert chair_head.anchor.verifies(ws.profile.signing_public)
        assert chair_head.anchor.seq <= len(audit.entries(ws.store))

    # More work on the chair's device; then its log is cut below the head the police device
    # holds, and the chair's own copies of its heads are removed with it.
    chair.run("case", "new", "--ref", "CC-ANCHOR-2")
    cut = chair_head.anchor.seq - 1
    with chair.open() as ws:
        with ws.store.begin() as conn:
            conn.execute(t.audit.delete().where(t.audit.c.seq >= cut))
            # A careful forger takes the disclosure rows those entries sealed too (left behind,
            # they would show the cut at once).
            conn.execute(t.disclosures.delete().where(t.disclosures.c.seq >= cut))
            conn.execute(t.audit_anchors.delete().where(t.audit_anchors.c.device_id == chair.device_id))
    alone = concord_audit(chair, "--quiet")
    assert alone.returncode == 0 and "audit chain intact" in alone.stdout  # nothing here shows it

    # The next sync brings the police device's copy back, and the cut shows, naming who held it.
    sync_once(chair, police)
    found = concord_audit(chair, "--quiet", "--anchors")
    assert found.returncode == 1, found.stdout + found.stderr
    # The session itself wrote after the cut (its entries, and the disclosure rows they seal):
    # the log either ends short of the head the police device holds, or runs past it with
    # other entries in its place. Either way the head names the cut.
    head = chair_head.anchor
    ends = f"its head was signed at entry {head.seq} on {head.signed_at}"
    rewritten = f"entry {head.seq} is not the one signed on {head.signed_at}"
    assert "audit chain BROKEN at entry" in found.stderr
    assert (ends in found.stderr and "the log ends at entry" in found.stderr) or (
        rewritten in found.stderr and "the log was rewritten" in found.stderr
    ), found.stderr
    assert "Pat Police (police)" in found.stderr
    assert "signed heads of this device's log" in found.stdout

    # The police device saw a later head of the chair's reach less far, and wrote that down.
    with police.open() as ws:
        notes = [e.target for e in audit.entries(ws.store) if e.action == "audit_anchored"]
        assert any(f"{chair.device_id} log shortened" in n for n in notes), notes
        assert audit.verify(ws.store).ok
    police_audit = concord_audit(police)
    assert police_audit.returncode == 0 and "audit_anchored" in police_audit.stdout


def test_heads_cross_without_any_entry_content(tmp_path):
    devices = make_panel_in_process(tmp_path, ["police"])
    chair, police = devices["chair"], devices["police"]
    chair.run("case", "new", "--ref", "CC-MARK-77821")
    sync_once(chair, police)
    with police.open() as ws:
        with ws.store.engine.connect() as conn:
            rows = conn.execute(sa.select(t.audit_anchors)).all()
    assert rows and not any("CC-MARK-77821" in str(v) for row in rows for v in row)
    assert {r.device_id for r in rows} <= {chair.device_id, police.device_id}
