"""The audit chain cannot be shortened or re-chained unseen: keyed links, signed heads, the upgrade
from an unkeyed chain, and reads and refusals recorded (on real SQLCipher stores)."""

import threading

import pytest
import sqlalchemy as sa

from app.cli.audit import main as audit_cli
from app.models import audit, audit_anchors
from app.models.errors import PermissionDenied
from app.models.storage import tables as t
from app.models.storage.store import AUDIT_KEYED_META
from app.workspace import Workspace


def tamper(ws, *statements):
    """What someone holding the opened database can do: any SQL, outside Concord's own code."""
    with ws.store.begin() as conn:
        for statement in statements:
            conn.execute(statement)


def rechain(ws, from_seq: int, link) -> None:
    """Renumber the entries from `from_seq` on and recompute their links with `link`."""
    rows = [r for r in audit.entries(ws.store) if r.seq >= from_seq]
    with ws.store.engine.connect() as conn:
        prev = conn.execute(sa.select(t.audit.c.hash).where(t.audit.c.seq == from_seq - 1)).scalar() or audit.GENESIS
    statements = [t.audit.delete().where(t.audit.c.seq >= from_seq)]
    for seq, e in enumerate(rows, start=from_seq):
        digest = link(prev, seq, e.at, e.device_id, e.person, e.role, e.action, e.case_ref, e.target)
        statements.append(
            t.audit.insert().values(
                seq=seq,
                at=e.at,
                device_id=e.device_id,
                person=e.person,
                role=e.role,
                action=e.action,
                case_ref=e.case_ref,
                target=e.target,
                prev_hash=prev,
                hash=digest,
            )
        )
        prev = digest
    tamper(ws, *statements)


def edits(ws, n: int):
    case = ws.new_case()
    for i in range(n):
        case.set("intelligence", f"v{i}")
    return case


def sign_head(ws):
    with ws.store.begin() as conn:
        return audit_anchors.sign_head(conn, ws.profile.device_id, ws.keys.sign)


def test_links_are_keyed_by_a_secret_the_database_does_not_hold(make_workspace):
    ws = make_workspace("police")
    edits(ws, 2)
    items = audit.entries(ws.store)
    e = items[-1]
    fields = (e.seq, e.at, e.device_id, e.person, e.role, e.action, e.case_ref, e.target)
    assert e.hash != audit.entry_hash(e.prev_hash, *fields)  # not the formula anyone can compute
    assert e.hash == audit.keyed_hash(ws.store.audit.mac_key, e.prev_hash, *fields)
    with ws.store.engine.connect() as conn:
        stored = [v for row in conn.execute(sa.select(t.meta.c.value)) for v in row]
    assert ws.store.audit.mac_key.hex() not in " ".join(stored)
    assert audit.verify(ws.store).ok


def test_cutting_the_last_entries_below_a_signed_head_is_broken(make_workspace):
    ws = make_workspace("police")
    edits(ws, 3)
    head = sign_head(ws)
    edits(ws, 2)
    assert audit.verify(ws.store).ok and audit.verify(ws.store).anchors == 1
    tamper(ws, t.audit.delete().where(t.audit.c.seq >= head.seq - 1))
    verdict = audit.verify(ws.store)
    assert not verdict.ok
    assert f"the log ends at entry {head.seq - 2}, but its head was signed at entry {head.seq}" in verdict.problem
    assert "held by this device" in verdict.problem and verdict.anchor.anchor == head


def test_a_removed_entry_rechained_with_the_old_unkeyed_formula_is_broken(make_workspace):
    ws = make_workspace("police")
    edits(ws, 5)
    tamper(ws, t.audit.delete().where(t.audit.c.seq == 4))
    rechain(ws, 4, audit.entry_hash)
    verdict = audit.verify(ws.store)
    assert not verdict.ok and verdict.broken_at == 4 and "altered" in verdict.problem


def test_a_rechaining_made_with_the_key_is_caught_by_the_signed_head(make_workspace):
    # Whoever holds the device's secrets can recompute links; a head signed before cannot be.
    ws = make_workspace("police")
    edits(ws, 4)
    head = sign_head(ws)
    edits(ws, 2)
    tamper(ws, t.audit.delete().where(t.audit.c.seq == 3))
    key = ws.store.audit.mac_key
    rechain(ws, 3, lambda *fields: audit.keyed_hash(key, *fields))
    verdict = audit.verify(ws.store)
    assert not verdict.ok and verdict.broken_at == head.seq
    assert f"entry {head.seq} is not the one signed" in verdict.problem and "rewritten" in verdict.problem


def test_an_altered_or_forged_head_is_reported(make_workspace):
    ws = make_workspace("police")
    edits(ws, 2)
    sign_head(ws)
    # Moved back to match an earlier entry: the signature no longer covers what it says.
    tamper(ws, t.audit_anchors.update().values(seq=1, hash=audit.entries(ws.store)[0].hash))
    verdict = audit.verify(ws.store)
    assert not verdict.ok and "does not verify" in verdict.problem


def test_the_head_is_signed_every_so_many_entries_once_the_signer_is_known(make_workspace):
    ws = make_workspace("police")
    ws.store.audit.sign = ws.keys.sign  # what the sync engine (and the workspace) hand over
    edits(ws, audit.ANCHOR_EVERY + 5)
    with ws.store.engine.connect() as conn:
        held = audit_anchors.held_of(conn, ws.profile.device_id)
    assert [h.anchor.seq for h in held] == [audit.ANCHOR_EVERY]
    assert held[0].anchor.verifies(ws.profile.signing_public)
    tamper(ws, t.audit.delete().where(t.audit.c.seq >= audit.ANCHOR_EVERY - 10))
    assert not audit.verify(ws.store).ok


def make_unkeyed(ws) -> None:
    """Turn a store into one as format 5 left it: every link by the unkeyed rule, no marker."""
    rechain(ws, 1, audit.entry_hash)
    tamper(
        ws,
        t.meta.delete().where(t.meta.c.key == AUDIT_KEYED_META),
        t.meta.update().where(t.meta.c.key == "format").values(value="5"),
    )


def test_an_upgraded_store_keeps_its_old_links_and_keys_the_new(make_workspace, memory_keyring):
    ws = make_workspace("police")
    edits(ws, 3)
    make_unkeyed(ws)
    old = len(audit.entries(ws.store))
    folder = ws.folder
    ws.close()
    with Workspace.open(folder, backend=memory_keyring) as again:
        assert again.store.get_meta("format") == "6"
        assert audit.keyed_from(again.store) == old + 1
        assert audit.verify(again.store).ok
        again.open_case(again.list_cases()[0].case_id).set("intelligence", "after the upgrade")
        items = audit.entries(again.store)
        e = items[-1]
        fields = (e.seq, e.at, e.device_id, e.person, e.role, e.action, e.case_ref, e.target)
        assert e.seq > old and e.hash == audit.keyed_hash(again.store.audit.mac_key, e.prev_hash, *fields)
        assert audit.verify(again.store).ok
        # The older part is sealed by the first keyed link: re-chaining it unkeyed breaks there.
        tamper(again, t.audit.update().where(t.audit.c.seq == 2).values(target="police_summary"))
        rechain(again, 2, audit.entry_hash)
        assert not audit.verify(again.store).ok


def test_moving_the_upgrade_marker_does_not_unkey_the_chain(make_workspace):
    ws = make_workspace("police")
    edits(ws, 3)
    rechain(ws, 1, audit.entry_hash)
    tamper(ws, t.meta.update().where(t.meta.c.key == AUDIT_KEYED_META).values(value="999"))
    verdict = audit.verify(ws.store)
    assert not verdict.ok and verdict.broken_at == 1


def audit_pairs(ws, since: int = 0):
    return [(e.action, e.case_ref, e.target) for e in audit.entries(ws.store) if e.seq > since]


def test_each_section_read_is_audited_once_per_session_without_values(make_workspace):
    ws = make_workspace("advocate")
    case = ws.new_case(reference="CC-READ-1")
    case.set("safe_address", "MARK-SAFE-ADDRESS-5521")
    session = ws.open_case("CC-READ-1")
    start = audit.entries(ws.store)[-1].seq  # opening may read (derived risk flags), audited too
    assert session.get("safe_address") == "MARK-SAFE-ADDRESS-5521"
    session.get("safe_address")
    section = ws.schema.field("safe_address").section
    assert audit_pairs(ws, start) == [("case_read", "CC-READ-1", section)]
    session.values()
    reads = [p for p in audit_pairs(ws, start) if p[0] == "case_read"]
    assert sorted(p[2] for p in reads) == sorted(s.id for s in session.sections())
    session.values()
    assert len([p for p in audit_pairs(ws, start) if p[0] == "case_read"]) == len(reads)  # once each
    ws.open_case("CC-READ-1").get("safe_address")  # a new session: read again
    assert [p for p in audit_pairs(ws, start) if p == ("case_read", "CC-READ-1", section)] == [
        ("case_read", "CC-READ-1", section)
    ] * 2
    with ws.store.engine.connect() as conn:
        rows = conn.execute(sa.select(t.audit)).all()
    assert not any("MARK-SAFE-ADDRESS" in str(v) for row in rows for v in row)
    assert audit.verify(ws.store).ok


def test_refused_reads_and_writes_are_audited(make_workspace):
    ws = make_workspace("police")
    ws.new_case(reference="CC-REF-1")
    session = ws.open_case("CC-REF-1")
    start = audit.entries(ws.store)[-1].seq
    with pytest.raises(PermissionDenied):
        session.get("safe_address")  # the advocate's
    with pytest.raises(PermissionDenied):
        session.set("safe_address", "somewhere")
    with pytest.raises(PermissionDenied):
        session.set("survivor_views", "words")  # readable or not, not the police's to write
    after = audit_pairs(ws, start)
    assert ("read_refused", "CC-REF-1", "safe_address") in after
    assert ("write_refused", "CC-REF-1", "safe_address") in after
    assert ("write_refused", "CC-REF-1", "survivor_views") in after
    assert [p[0] for p in after] == ["read_refused", "write_refused", "write_refused"]  # nothing read
    assert audit.verify(ws.store).ok


def test_a_read_made_inside_a_write_transaction_is_audited_after_it_without_waiting_on_itself(make_workspace):
    ws = make_workspace("police")
    ws.new_case(reference="CC-TX-1").set("intelligence", "x")
    session = ws.open_case("CC-TX-1")
    start = audit.entries(ws.store)[-1].seq
    done = threading.Event()

    def read_while_writing():
        with ws.store.begin() as conn:
            conn.execute(t.meta.delete().where(t.meta.c.key == "never-set"))
            session.get("relationship")
            with pytest.raises(PermissionDenied):
                session.get("safe_address")
        done.set()

    worker = threading.Thread(target=read_while_writing, daemon=True)
    worker.start()
    worker.join(10)  # waiting on its own write lock, it would hang for the busy timeout (30 s)
    assert done.is_set()
    section = ws.schema.field("relationship").section
    assert audit_pairs(ws, start) == [("case_read", "CC-TX-1", section), ("read_refused", "CC-TX-1", "safe_address")]
    assert audit.verify(ws.store).ok


def test_cli_audit_says_intact_then_broken_naming_the_head(make_workspace, memory_keyring, capsys):
    ws = make_workspace("police")
    edits(ws, 3)
    head = sign_head(ws)
    assert audit_cli(["--data", str(ws.folder), "audit", "--anchors"]) == 0
    out = capsys.readouterr().out
    assert "field_changed" in out and "signed heads of this device's log" in out
    assert f"entry {head.seq:6d}" in out and "audit chain intact" in out and "1 signed head" in out
    tamper(ws, t.audit.delete().where(t.audit.c.seq == head.seq))
    assert audit_cli(["--data", str(ws.folder), "audit", "--quiet"]) == 1
    err = capsys.readouterr().err
    assert f"BROKEN at entry {head.seq}" in err and "held by this device" in err


def test_cli_audit_of_a_missing_folder_is_one_line(tmp_path, memory_keyring, capsys):
    assert audit_cli(["--data", str(tmp_path / "nowhere"), "audit"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("concord: error:") and "Traceback" not in err
