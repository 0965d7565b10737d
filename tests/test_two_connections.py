"""Two openings of one data folder (a sync thread and a window) see each other's saved changes."""

from app.workspace import Workspace


def test_a_second_opening_sees_later_changes_and_builds_on_them(make_workspace, memory_keyring):
    first = make_workspace("chair")
    case = first.new_case("TWO-1")
    second = Workspace.open(first.folder, backend=memory_keyring)
    try:
        assert second.open_case(case.case_id).get("party_harmed_label") == "Person A"  # now cached there
        first.open_case(case.case_id).set("party_harmed_label", "Changed in the first")
        assert second.open_case(case.case_id).get("party_harmed_label") == "Changed in the first"
        # An edit in the second builds on the first's change, not on its old copy: one value, no conflict.
        second.open_case(case.case_id).set("party_harmed_label", "Then the second")
        assert first.open_case(case.case_id).get("party_harmed_label") == "Then the second"
        heads_first = first.cases.read_doc(
            case.case_id, first.cases.compartments.for_field("party_harmed_label"), "chair"
        ).heads()
        assert len(heads_first) == 1
    finally:
        second.close()
