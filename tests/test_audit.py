"""The audit log: who read which section and who changed which field, hash-chained, values never."""

import sqlalchemy as sa

from app.cli import main as cli
from app.models.storage import tables as t


def test_reads_and_changes_are_logged_without_values(make_workspace):
    ws = make_workspace("advocate")
    case = ws.new_case()
    case.set("safe_address", "MKaddress-in-audit")
    case.add_record("action_items", {"action": "Call back", "owner_agency": "advocacy"})
    case.mark_read("safe_contact")
    case.mark_read("safe_contact")  # once per session
    entries = ws.audit_entries()
    kinds = [(e.action, e.target) for e in entries]
    assert ("field_changed", "safe_address") in kinds
    assert ("record_added", "action_items") in kinds
    assert kinds.count(("section_read", "safe_contact")) == 1
    assert all(e.person == "Sam Advocate" and e.role == "advocate" for e in entries)
    with ws.store.engine.connect() as conn:
        rows = conn.execute(sa.select(t.audit)).all()
    assert not any("MKaddress" in str(v) for row in rows for v in row)
    assert ws.verify_audit().ok


def tamper(ws, statement):
    with ws.store.begin() as conn:
        conn.execute(statement)


def test_an_altered_entry_breaks_the_chain_there(make_workspace):
    ws = make_workspace("police")
    case = ws.new_case()
    for i in range(5):
        case.set("intelligence", f"v{i}")
    victim = ws.audit_entries()[4].seq
    tamper(ws, t.audit.update().where(t.audit.c.seq == victim).values(target="police_summary"))
    verdict = ws.verify_audit()
    assert not verdict.ok and verdict.broken_at == victim and "altered" in verdict.problem


def test_a_removed_entry_breaks_the_chain(make_workspace):
    ws = make_workspace("police")
    case = ws.new_case()
    for i in range(4):
        case.set("intelligence", f"v{i}")
    tamper(ws, t.audit.delete().where(t.audit.c.seq == 3))
    verdict = ws.verify_audit()
    assert not verdict.ok and verdict.broken_at == 3 and "missing" in verdict.problem


def test_a_rewritten_chain_from_a_point_is_still_caught_at_that_point(make_workspace):
    ws = make_workspace("police")
    case = ws.new_case()
    case.set("intelligence", "a")
    entries = ws.audit_entries()
    # Forge a whole entry with a self-consistent hash but without knowing the previous link.
    tamper(ws, t.audit.update().where(t.audit.c.seq == 2).values(prev_hash="f" * 64))
    verdict = ws.verify_audit()
    assert not verdict.ok and verdict.broken_at == 2
    assert len(entries) == verdict.entries


def test_cli_audit_prints_and_reports_a_broken_chain(make_workspace, memory_keyring, capsys):
    ws = make_workspace("police")
    ws.new_case().set("intelligence", "v")
    assert cli(["--data", str(ws.folder), "audit"]) == 0
    out = capsys.readouterr().out
    assert "field_changed" in out and "intelligence" in out and "audit chain intact" in out
    tamper(ws, t.audit.update().where(t.audit.c.seq == 2).values(person="Someone Else"))
    assert cli(["--data", str(ws.folder), "audit", "--quiet"]) == 1
    assert "BROKEN at entry 2" in capsys.readouterr().err
