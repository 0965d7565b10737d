"""Changes made on other devices: stored once, in any order, only when causally complete."""

import random

import sqlalchemy as sa

from app.demo.panel import build_demo_panel
from app.models.storage import tables as t
from app.models.storage.migrations import FORMAT
from app.workspace import Workspace


def intelligence_written(make_workspace, reference: str, saves: int, words: str):
    """The police write the intelligence field `saves` times; a Chief Inspector's device knows
    the case but holds none of it. Returns (police, case, compartment, changes, chief inspector)."""
    police = make_workspace("police")
    case = police.new_case(reference=reference)
    for i in range(saves):
        case.set("intelligence", f"{words} {i}")
    comp = police.cases.compartments.for_field("intelligence")
    ci = make_workspace("chief_inspector")
    ci.cases.register_case(case.case_id, reference, ci.actor)
    return police, case, comp, police.store.change_rows(case.case_id, comp.id), ci


def test_remote_changes_apply_in_any_order_exactly_once(make_workspace):
    _police, case, comp, changes, ci = intelligence_written(make_workspace, "CC-R-1", 12, "line")
    shuffled = changes[:]
    random.Random(3).shuffle(shuffled)
    stored, waiting = ci.cases.apply_remote(case.case_id, comp, shuffled + shuffled[:4])
    assert stored == len(changes) and waiting == []
    assert ci.open_case("CC-R-1").get("intelligence") == "line 11"
    assert ci.cases.apply_remote(case.case_id, comp, changes) == (0, [])


def test_received_changes_are_snapshotted_by_the_first_read_not_by_the_sync(make_workspace, monkeypatch):
    import app.models.cases as cases_module

    monkeypatch.setattr(cases_module, "SNAPSHOT_EVERY", 20)
    police, case, comp, changes, ci = intelligence_written(make_workspace, "CC-R-3", 60, "entry")
    assert ci.cases.apply_remote(case.case_id, comp, changes) == (len(changes), [])
    _, tail, _ = ci.store.document_bytes(case.case_id, comp.id)
    assert tail == len(changes)  # stored as received: no document was built to receive them
    assert ci.open_case("CC-R-3").get("intelligence") == "entry 59"
    _, tail, _ = ci.store.document_bytes(case.case_id, comp.id)
    assert tail == 0  # the first read kept what it built
    ci.cases.forget()
    assert ci.open_case("CC-R-3").get("intelligence") == "entry 59"
    assert ci.store.change_hashes(case.case_id, comp.id) == police.store.change_hashes(case.case_id, comp.id)


def test_changes_missing_their_dependencies_wait_and_are_not_stored(make_workspace):
    police = make_workspace("police")
    case = police.new_case(reference="CC-R-2")
    case.set("intelligence", "one")
    case.set("intelligence", "two")
    comp = police.cases.compartments.for_field("intelligence")
    genesis, first, second = police.store.change_rows(case.case_id, comp.id)[:3]
    ci = make_workspace("chief_inspector")
    ci.cases.register_case(case.case_id, "CC-R-2", ci.actor)
    stored, waiting = ci.cases.apply_remote(case.case_id, comp, [second])
    assert stored == 0 and waiting == [second]
    assert ci.store.change_hashes(case.case_id, comp.id) == set()
    stored, waiting = ci.cases.apply_remote(case.case_id, comp, [second, genesis, first])
    assert stored == 3 and waiting == []


def test_each_demo_device_holds_exactly_the_compartments_its_role_may_read(tmp_path, memory_keyring):
    folders = build_demo_panel(tmp_path / "panel", backend=memory_keyring)
    for role, folder in folders.items():
        with Workspace.open(folder, backend=memory_keyring) as ws:
            with ws.store.engine.connect() as conn:
                held = {row.compartment for row in conn.execute(sa.select(t.changes.c.compartment).distinct())}
            readable = {c.id for c in ws.cases.compartments.readable_by(role)}
            if not readable:  # the information governance officer's device holds no case at all
                assert not held and ws.list_cases() == []
                continue
            assert held and held <= readable, f"{role} holds {held - readable}"
            case = ws.open_case("CC-2026-0101")
            # Shared facts came over from the chair's device; the police summary from police.
            assert case.get("party_harmed_label") == "Person A"
            assert case.get("police_summary").startswith("Two incidents")
            if role != "advocate":
                assert not case.can_read("safe_address")


def test_received_runs_read_back_change_by_change_and_load_like_single_rows(make_workspace):
    police, case, comp, changes, ci = intelligence_written(make_workspace, "CC-R-4", 30, "run")
    assert ci.cases.apply_remote(case.case_id, comp, changes) == (len(changes), [])
    with ci.store.engine.connect() as conn:
        rows = conn.execute(sa.select(t.changes.c.hashes).where(t.changes.c.case_id == case.case_id)).all()
    assert len(rows) == 1 and len(rows[0].hashes) == 32 * len(changes)  # one row for the whole delivery
    assert ci.store.change_rows(case.case_id, comp.id) == changes
    assert ci.store.change_hashes(case.case_id, comp.id) == police.store.change_hashes(case.case_id, comp.id)
    assert (
        ci.cases.read_doc(case.case_id, comp, ci.role).heads()
        == police.cases.read_doc(case.case_id, comp, police.role).heads()
    )


def test_a_store_of_the_previous_format_is_upgraded_in_place_and_keeps_everything(make_workspace, memory_keyring):
    police = make_workspace("police")
    case = police.new_case(reference="CC-R-5")
    case.set("intelligence", "kept through the upgrade")
    folder = police.folder
    with police.store.begin() as conn:  # as the previous version left it
        conn.exec_driver_sql("ALTER TABLE changes DROP COLUMN hashes")
        police.store.set_meta(conn, "format", "2")
    police.close()
    with Workspace.open(folder, backend=memory_keyring) as again:
        assert again.store.get_meta("format") == FORMAT
        assert again.open_case("CC-R-5").get("intelligence") == "kept through the upgrade"
        again.open_case("CC-R-5").set("intelligence", "and written after it")
        assert again.open_case("CC-R-5").get("intelligence") == "and written after it"
