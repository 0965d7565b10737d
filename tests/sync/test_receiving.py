"""Receiving: changes that wait for their dependencies, and the case reference a delivery brings."""

import automerge.core as am

from app.models.documents.changeformat import read_change
from app.models.storage.migrations import FORMAT
from app.sync.engine.in_process import exchange
from app.sync.engine.receiving import _may_set


def _late_then_early(police, ci, reference: str):
    """Two deliveries of one case, the later one first: (case, the later envelopes, the earlier)."""
    case = police.new_case(reference=reference)
    case.set("referral_reason", "first words")
    police.sync.seal_pending()
    earlier = police.sync.envelopes_for(ci.profile.device_id)
    case.set("referral_reason", "second words, built on the first")
    police.sync.seal_pending()
    later = [e for e in police.sync.envelopes_for(ci.profile.device_id) if e not in earlier]
    ci.sync.receive_grants(police.sync.grants_for(ci.profile.device_id), "police")
    return case, later, earlier


def _listed_waiting(ws) -> int:
    import sqlalchemy as sa

    from app.models.storage import tables as t

    with ws.store.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(t.waiting)).scalar()


def test_changes_that_arrive_before_their_dependencies_wait_in_their_envelope_and_are_applied_later(
    panel, memory_keyring
):
    from app.workspace import Workspace

    police, ci = panel["police"], panel["chief_inspector"]
    case, later, earlier = _late_then_early(police, ci, "CC-WAIT-1")
    first = ci.sync.receive_envelopes(later, "police")
    assert first.applied == 0 and first.waiting > 0 and not first.quarantined
    assert _listed_waiting(ci) == 1
    # Claimed in summaries (the sender need not send it again) though nothing of it is stored.
    comp = police.cases.compartments.for_field("referral_reason").id
    assert ci.store.change_hashes(case.case_id, comp) == set()
    assert any(c == comp and h for _case, c, h in ci.sync.holdings_for(police.role))
    # A new engine on the same store (a restart) applies it once the dependencies come.
    again = Workspace.open(ci.folder, backend=memory_keyring)
    try:
        second = again.sync.receive_envelopes(earlier, "police")
        assert second.waiting == 0 and second.applied > first.waiting
        assert again.open_case("CC-WAIT-1").get("referral_reason") == "second words, built on the first"
        assert _listed_waiting(again) == 0
    finally:
        again.close()


def test_a_store_from_before_waiting_envelopes_were_listed_finds_them_once_it_is_upgraded(panel, memory_keyring):
    from app.workspace import Workspace

    police, ci = panel["police"], panel["chief_inspector"]
    _case, later, earlier = _late_then_early(police, ci, "CC-WAIT-2")
    assert ci.sync.receive_envelopes(later, "police").waiting > 0
    with ci.store.begin() as conn:  # as the previous format left it: no list of what waits
        conn.exec_driver_sql("DROP TABLE waiting")
        ci.store.set_meta(conn, "format", "3")
    folder = ci.folder
    ci.close()
    again = Workspace.open(folder, backend=memory_keyring)
    try:
        assert again.store.get_meta("format") == FORMAT
        assert again.sync.resume_unapplied() == 0  # found, and still waiting
        assert _listed_waiting(again) == 1
        assert again.sync.receive_envelopes(earlier, "police").waiting == 0
        assert again.open_case("CC-WAIT-2").get("referral_reason") == "second words, built on the first"
    finally:
        again.close()


def test_a_reference_renamed_on_one_device_is_taken_by_the_case_list_of_another(panel):
    police, ci = panel["police"], panel["chief_inspector"]
    case = police.new_case(reference="CC-OLD-1")
    exchange(police, ci)
    assert ci.store.find_case(case.case_id).reference == "CC-OLD-1"
    police.open_case(case.case_id).set("party_harmed_label", "Person D")  # the same part, not the reference
    exchange(police, ci)
    assert ci.store.find_case(case.case_id).reference == "CC-OLD-1"
    police.open_case(case.case_id).set("reference", "CC-NEW-1")
    exchange(police, ci)
    assert ci.store.find_case(case.case_id).reference == "CC-NEW-1"
    assert ci.open_case("CC-NEW-1").get("party_harmed_label") == "Person D"


def test_a_reference_renamed_in_a_change_large_enough_to_be_compressed_is_taken_too(panel):
    police, ci = panel["police"], panel["chief_inspector"]
    case = police.new_case(reference="CC-OLD-2")
    exchange(police, ci)
    core = police.cases.compartments.for_field("reference")

    def rename_with_much_else(doc):  # one change that sets the reference among long values
        def edit(tx):
            tx.put(am.ROOT, "reference", am.ScalarType.Str, "CC-NEW-2")
            tx.put(am.ROOT, "party_harmed_label", am.ScalarType.Str, "Person E " * 60)

        return None, doc._commit(edit)

    police.cases.write(
        case.case_id, core, police.role, rename_with_much_else, (police.actor, "field_changed", "CC-OLD-2", "reference")
    )
    newest = police.store.change_rows(case.case_id, core.id)[-1]
    assert newest[8] == 2  # compressed: its keys cannot be read from its bytes
    exchange(police, ci)
    assert ci.store.find_case(case.case_id).reference == "CC-NEW-2"


def test_only_a_change_that_can_have_set_the_field_counts_as_setting_it():
    doc = am.Document()
    for key, value in (("reference", "CC-1"), ("party_harmed_label", "Person A"), ("notes", "x" * 4000)):
        with doc.transaction() as tx:
            tx.put(am.ROOT, key, am.ScalarType.Str, value)
    sets_ref, sets_label, large = [(read_change(c.bytes), c.bytes) for c in doc.get_changes([])]
    assert _may_set([sets_ref], b"reference")
    assert not _may_set([sets_label], b"reference")
    assert _may_set([large], b"reference")  # compressed: assumed to, as it cannot be read
    assert _may_set([sets_label, sets_ref], b"reference")


def test_a_change_listed_as_waiting_is_stored_at_the_next_start_once_another_process_stored_its_dependency(
    panel, memory_keyring
):
    """Another process on the same store (a second window, the command line) may store the
    dependency without seeing the list: the next engine to start tries every listed envelope."""
    from app.workspace import Workspace

    police, ci = panel["police"], panel["chief_inspector"]
    case, later, earlier = _late_then_early(police, ci, "CC-WAIT-3")
    assert ci.sync.receive_envelopes(later, "police").waiting > 0
    comp = police.cases.compartments.for_field("referral_reason")
    first = police.store.change_rows(case.case_id, comp.id)[:-1]  # all but the later change
    stored, waiting = ci.cases.apply_remote(case.case_id, comp, first)  # past the list, as that process would
    assert stored == len(first) and not waiting and _listed_waiting(ci) == 1
    again = Workspace.open(ci.folder, backend=memory_keyring)
    try:
        assert again.sync.resume_unapplied() == 1
        assert again.open_case(case.case_id).get("referral_reason") == "second words, built on the first"
        assert _listed_waiting(again) == 0
    finally:
        again.close()


def test_a_reference_not_yet_read_when_the_process_died_is_read_when_it_starts(panel, monkeypatch):
    from app.sync.engine.receiving import Receiver

    police, ci = panel["police"], panel["chief_inspector"]
    case = police.new_case(reference="CC-OLD-3")
    exchange(police, ci)
    police.open_case(case.case_id).set("reference", "CC-NEW-3")
    with monkeypatch.context() as m:
        m.setattr(Receiver, "_settle_references", lambda self, plans: None)  # the process dies here
        exchange(police, ci)
    assert ci.store.find_case(case.case_id).reference == "CC-OLD-3"
    ci.sync.receiver._resumed = False  # as a new engine
    ci.sync.resume_unapplied()
    assert ci.store.find_case(case.case_id).reference == "CC-NEW-3"
    assert ci.store.driver_rows("SELECT key FROM meta WHERE key LIKE 'settle:%'") == []


def test_two_engines_of_one_process_receiving_at_once_leave_nothing_waiting_for_a_change_already_stored(
    panel, memory_keyring, monkeypatch
):
    """Engine A plans a delivery whose change waits for one that engine B (another live session
    on the same store) is storing at that moment: neither may miss the other."""
    import threading

    from app.sync.engine.receiving import Receiver
    from app.workspace import Workspace

    police, ci = panel["police"], panel["chief_inspector"]
    case, later, earlier = _late_then_early(police, ci, "CC-WAIT-4")
    other = Workspace.open(ci.folder, backend=memory_keyring)
    plan, started = Receiver._plan, []

    def plan_while_the_other_receives(self, *args):
        planned = plan(self, *args)  # A has read what is stored and what waits
        if self is ci.sync.receiver and not started:
            b = threading.Thread(target=other.sync.receive_envelopes, args=(earlier, "police"))
            started.append(b)
            b.start()
            b.join(0.5)  # without the lock, B stores the dependency here, unseen by A's plan
        return planned

    monkeypatch.setattr(Receiver, "_plan", plan_while_the_other_receives)
    try:
        ci.sync.receive_envelopes(later, "police")
        started[0].join(30)
        assert _listed_waiting(ci) == 0
        assert ci.open_case(case.case_id).get("referral_reason") == "second words, built on the first"
    finally:
        other.close()
