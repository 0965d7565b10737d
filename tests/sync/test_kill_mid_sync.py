"""A receiving `concord sync` process killed (SIGKILL) mid-transfer, twenty times.

The police device holds a backlog of thousands of edits over several compartments of two cases
and serves it; the chief inspector's device syncs and is killed at a random (seeded) point:
early (start-up, handshake, membership, keys, summary) or a random time into the transfer.
After every kill the receiver's folder must open, its audit chain verify, and every document it
stored load with exactly the changes stored for it. A last sync, not killed, must bring it to the
sender's heads in every compartment, with nothing lost.
"""

import os
import random
import subprocess
import sys
import time

import sqlalchemy as sa

from app.models.storage import tables as t
from tests.support.sync_procs import REPO, make_panel_in_process, sync_counts

KILLS = 20
BACKLOG = 4000
FIELDS = ("referral_reason", "police_summary", "intelligence")


SEAL_EVERY = 10


def make_backlog(ws, n: int) -> None:
    """n edits by the police device, spread over four compartments of each of two cases, sealed
    every SEAL_EVERY edits (as a device that syncs often): thousands of envelopes, so a transfer
    is several deliveries, each kept in one transaction, and a kill can land between them."""
    cases = [ws.new_case(harmed_label="Person A"), ws.new_case(harmed_label="Person C")]
    for i in range(n):
        case = cases[i % 2]
        kind = (i // 2) % 5
        if kind < 3:
            case.set(FIELDS[kind], f"edit {i} of {FIELDS[kind]}")
        elif kind == 3:
            case.add_record("incidents", {"incident_type": "threats", "description": f"incident {i}"})
        else:
            case.add_record("orders", {"order_type": "non-molestation", "conditions": f"conditions {i}"})
        if i % SEAL_EVERY == SEAL_EVERY - 1:
            ws.sync.seal_pending()
    ws.sync.seal_pending()


def holdings(ws) -> dict[tuple[str, str], int]:
    """Changes stored per document, counting each change of a received run."""
    with ws.store.engine.connect() as conn:
        docs = conn.execute(sa.select(t.changes.c.case_id, t.changes.c.compartment).distinct()).all()
    return {(case_id, comp): len(ws.store.change_hashes(case_id, comp)) for case_id, comp in docs}


def stored(ws) -> int:
    return sum(holdings(ws).values())


def rows(ws) -> int:
    """Rows of changes stored: moves as each delivery lands, and is quick enough to poll."""
    with ws.store.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(t.changes)).scalar()


def heads(ws) -> dict[tuple[str, str], list[bytes]]:
    """The heads of every stored document, each loaded from the store as the app loads it."""
    out = {}
    for (case_id, comp_id), count in holdings(ws).items():
        comp = ws.cases.compartments.by_id[comp_id]
        doc = ws.cases.read_doc(case_id, comp, ws.role)
        assert doc is not None, (case_id, comp_id)
        assert len(doc.doc.get_changes([])) == count, f"{comp_id}: the loaded document lacks stored changes"
        out[(case_id, comp_id)] = doc.heads()
    return out


def test_a_receiver_killed_mid_sync_twenty_times_recovers_and_converges(tmp_path):
    seed = int(os.environ.get("CONCORD_TEST_SEED") or random.SystemRandom().randrange(2**32))
    print(f"kill-mid-sync seed: {seed} (set CONCORD_TEST_SEED to repeat)")
    rng = random.Random(seed)
    devices = make_panel_in_process(tmp_path, ["police", "chief_inspector"])
    police, ci = devices["police"], devices["chief_inspector"]
    with police.open() as ws:
        make_backlog(ws, BACKLOG)
        want_heads = heads(ws)
        want_counts = holdings(ws)
        references = [c.reference for c in ws.list_cases()]
    total = sum(want_counts.values())
    assert total > BACKLOG

    partial = kills = attempts = 0
    to_first_change = 0.4  # seconds from start to the first change stored; measured as we go
    with police.serve() as server, ci.open() as watch:
        while kills < KILLS:
            attempts += 1
            assert attempts <= 2 * KILLS, "the syncs kept ending before their kill"
            before, before_rows = stored(watch), rows(watch)
            # The kill point: early (start-up, handshake, membership, keys, summary) or some
            # time into the transfer, measured from the moment this sync's first change lands,
            # so it falls mid-transfer however fast or loaded the machine is.
            early = before == total or rng.random() < 0.3
            # Each delivery lands in one transaction, so a transfer lasts only tens of ms.
            wait = rng.uniform(0.02, 1.0) * to_first_change if early else rng.uniform(0.0, 0.04)
            proc = ci.start("sync", f"127.0.0.1:{server.port}")
            started = time.monotonic()
            if not early:
                while rows(watch) == before_rows and proc.poll() is None and time.monotonic() - started < 60:
                    time.sleep(0.002)
                to_first_change = time.monotonic() - started
            time.sleep(wait)
            proc.kill()
            _, err = proc.communicate(timeout=10)
            point = f"{wait:.2f}s after start" if early else f"{wait:.2f}s after its first change landed"
            if proc.returncode != -9:  # it ended before the kill: not one of the twenty
                assert proc.returncode == 0, f"attempt {attempts}: the sync failed: {err}"
                print(f"attempt {attempts}: the sync ended before its kill, {point}")
                continue
            kills += 1
            audit = ci.run("audit", "--quiet", check=False)
            assert audit.returncode == 0, f"kill {kills}: {audit.stdout} {audit.stderr}"
            with ci.open() as ws:
                assert ws.verify_audit().ok
                got = heads(ws)  # every stored document loads, with all its stored changes
                held = sum(holdings(ws).values())
                assert ws.sync.quarantined(include_held=True) == []
            assert set(got) <= set(want_heads)
            # Mid-transfer: this sync had stored some of what it lacked, not all.
            state = "mid-transfer" if before < held < total else ("complete" if held == total else "no new change")
            partial += state == "mid-transfer"
            print(f"kill {kills}: {point}: holds {held}/{total} changes ({state})")
            if held == total:
                # The receiver caught up between kills: the sender works on, so later kills
                # again have a transfer to land in.
                with police.open() as ws:
                    make_backlog(ws, BACKLOG // 2)
                    want_heads, want_counts = heads(ws), holdings(ws)
                    references = [c.reference for c in ws.list_cases()]
                total = sum(want_counts.values())
        # Twenty broken sessions later the listener still serves; this sync runs to the end.
        done = ci.run("sync", f"127.0.0.1:{server.port}")
        sent, applied, held_now, quarantined = sync_counts(done.stdout)
        assert quarantined == 0 and held_now == 0
        assert server.proc.poll() is None
    assert partial >= 3, f"only {partial} kills landed mid-transfer"
    with ci.open() as ws:
        assert ws.verify_audit().ok
        assert holdings(ws) == want_counts
        assert heads(ws) == want_heads
        assert ws.sync.quarantined(include_held=True) == []
        with ws.store.engine.connect() as conn:
            packed = conn.execute(sa.select(t.envelopes.c.changes)).scalars().all()
            docs = conn.execute(sa.select(t.changes.c.case_id, t.changes.c.compartment).distinct()).all()
        stored_hashes = {h for case_id, comp in docs for h in ws.store.change_hashes(case_id, comp)}
        covered = {p[i : i + 32] for p in packed for i in range(0, len(p), 32)}
        assert covered == stored_hashes and len(stored_hashes) == total  # every change it holds, it can pass on
    listed = ci.run("case", "list").stdout
    assert all(ref in listed for ref in references)
    assert police.run("audit", "--quiet").returncode == 0  # the sender, after twenty broken sessions


def test_a_receiver_killed_inside_a_delivery_keeps_neither_its_envelopes_nor_its_changes(tmp_path):
    """The narrowest window: the receiver dies (SIGKILL, at that exact point) after it wrote a
    delivery's envelopes and as their changes are about to be written. Both are one transaction,
    so it keeps neither: its next summary does not claim them, and the next sync brings them."""
    devices = make_panel_in_process(tmp_path, ["police", "chief_inspector"])
    police, ci = devices["police"], devices["chief_inspector"]
    with police.open() as ws:
        case = ws.new_case(harmed_label="Person A")  # all in one compartment, the case core
        case.set("referral_reason", "the only change to this part of the case")
        ws.sync.seal_pending()
        want_heads = heads(ws)
    with police.serve() as server:
        crashed = subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.support.sync_agent",
                "die-mid-delivery",
                ci.folder,
                f"127.0.0.1:{server.port}",
            ],
            cwd=REPO,
            env=ci.env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert crashed.returncode == -9, crashed.stderr
        with ci.open() as ws:
            with ws.store.engine.connect() as conn:
                envelopes = conn.execute(sa.select(sa.func.count()).select_from(t.envelopes)).scalar()
                changes = conn.execute(
                    sa.select(sa.func.count()).select_from(t.changes).where(t.changes.c.case_id == case.case_id)
                ).scalar()
            assert envelopes == 0 and changes == 0 and holdings(ws) == {}
        assert ci.run("audit", "--quiet").returncode == 0
        ci.run("sync", f"127.0.0.1:{server.port}")
    with ci.open() as ws:
        assert heads(ws) == want_heads
        assert ws.open_case(case.case_id).get("referral_reason") == "the only change to this part of the case"
        assert ws.list_cases()[0].reference == case.reference
