"""The `concord` command line end to end (in-process, over the memory keyring)."""

import json

import automerge.core as am
import pytest

from app.cli import build_parser
from tests.support.cli_runner import run


@pytest.fixture
def data(tmp_path, memory_keyring):
    return tmp_path / "dev"


def test_full_round_trip(data, capsys):
    code, out, _ = run(
        capsys, "--data", data, "init", "--name", "Pat Police", "--agency", "South Wales Police", "--role", "police"
    )
    assert code == 0 and "fingerprint:" in out
    code, out, _ = run(capsys, "--data", data, "whoami")
    me = json.loads(out)
    assert me["role"] == "police" and len(me["fingerprint"]) == 19

    code, out, _ = run(capsys, "--data", data, "case", "new", "--harmed", "Person A", "--harmer", "Person B")
    ref = out.strip()
    assert code == 0 and ref.startswith("CC-")
    assert run(capsys, "--data", data, "case", "set", ref, "intelligence", "Seen near the school")[1].strip() == "saved"
    assert (
        run(capsys, "--data", data, "case", "set", ref, "intelligence", "Seen near the school")[1].strip()
        == "unchanged"
    )
    assert run(capsys, "--data", data, "case", "set", ref, "children_involved", "yes")[0] == 0
    assert run(capsys, "--data", data, "case", "set", ref, "number_of_children", "2")[0] == 0
    code, out, _ = run(
        capsys, "--data", data, "case", "add", ref, "incidents", "incident_date=2026-02-01", "incident_type=threats"
    )
    rid = out.strip()
    assert code == 0 and len(rid) == 32
    assert run(capsys, "--data", data, "case", "update", ref, "incidents", rid, "crime_reference=CR-9")[0] == 0

    code, out, _ = run(capsys, "--data", data, "case", "get", ref)
    got = json.loads(out)
    assert got["role"] == "police"
    fields = got["fields"]
    assert fields["intelligence"] == "Seen near the school"
    assert fields["children_involved"] is True and fields["number_of_children"] == 2
    assert fields["incidents"][0]["crime_reference"] == "CR-9"
    # Only what police may read: nothing of the advocate's or clinician's records.
    assert "safe_address" not in fields and "clinical_notes" not in fields and "privileged_advice" not in fields
    code, out, _ = run(capsys, "--data", data, "case", "get", ref, "intelligence")
    assert json.loads(out) == {"intelligence": "Seen near the school"}

    code, out, _ = run(capsys, "--data", data, "case", "list")
    assert ref in out and "Person A / Person B" in out and "children" in out
    code, out, _ = run(capsys, "--data", data, "case", "list", "--json")
    assert json.loads(out)[0]["reference"] == ref

    assert run(capsys, "--data", data, "case", "remove", ref, "incidents", rid)[0] == 0
    code, out, _ = run(capsys, "--data", data, "case", "get", ref, "incidents")
    assert json.loads(out) == {"incidents": []}

    code, out, _ = run(capsys, "--data", data, "audit")
    assert code == 0 and "section_read" in out and "Seen near" not in out


def test_export_writes_a_standard_automerge_file(data, capsys, tmp_path):
    run(capsys, "--data", data, "init", "--name", "Pat", "--agency", "Police", "--role", "police")
    ref = run(capsys, "--data", data, "case", "new")[1].strip()
    run(capsys, "--data", data, "case", "set", ref, "intelligence", "exported text")
    code, out, _ = run(capsys, "--data", data, "compartments")
    assert code == 0 and "intelligence" in out and "safe_address" not in out
    target = tmp_path / "police.automerge"
    code, out, _ = run(capsys, "--data", data, "export", ref, "intelligence", target)
    assert code == 0
    doc = am.Document.load(target.read_bytes())
    assert am.extract(doc, am.ROOT)["intelligence"] == "exported text"


def test_export_refuses_never_export_and_unreadable_compartments(tmp_path, memory_keyring, capsys):
    adv = tmp_path / "adv"
    run(capsys, "--data", adv, "init", "--name", "Sam", "--agency", "Advocacy", "--role", "advocate")
    ref = run(capsys, "--data", adv, "case", "new")[1].strip()
    run(capsys, "--data", adv, "case", "set", ref, "safe_address", "MK-secret-address")
    code, _, err = run(capsys, "--data", adv, "export", ref, "safe_address", tmp_path / "x.automerge")
    assert code == 1 and "never-export" in err and not (tmp_path / "x.automerge").exists()
    code, _, err = run(capsys, "--data", adv, "export", ref, "clinical_notes", tmp_path / "y.automerge")
    assert code == 1 and "may not read" in err


@pytest.mark.parametrize(
    "argv, message",
    [
        (["case", "set", "CC-NOPE", "intelligence", "x"], "no case 'CC-NOPE'"),
        (["case", "set", "{ref}", "no_such_field", "x"], "no field 'no_such_field'"),
        (["case", "set", "{ref}", "clinical_notes", "x"], "may not read 'clinical_notes'"),
        (["case", "set", "{ref}", "police_summary", "x"], "saved"),
        (["case", "set", "{ref}", "advocate_summary", "x"], "may read but not change"),
        (["case", "set", "{ref}", "referral_date", "tomorrow"], "YYYY-MM-DD"),
        (["case", "set", "{ref}", "relationship", "neighbour"], "must be one of"),
        (["case", "add", "{ref}", "incidents", "colour=red"], "have no field 'colour'"),
        (["case", "add", "{ref}", "incidents", "oops"], "NAME=VALUE"),
        (["export", "{ref}", "nothing", "/tmp/never.automerge"], "no compartment or field called 'nothing'"),
    ],
)
def test_user_mistakes_get_one_clear_line_and_no_traceback(data, capsys, argv, message):
    run(capsys, "--data", data, "init", "--name", "Pat", "--agency", "Police", "--role", "police")
    ref = run(capsys, "--data", data, "case", "new")[1].strip()
    code, out, err = run(capsys, "--data", data, *[a.replace("{ref}", ref) for a in argv])
    if message == "saved":
        assert code == 0 and out.strip() == "saved"
        return
    assert code == 1
    assert message in err and err.startswith("concord: error:") and "Traceback" not in err


def test_not_initialised_and_bad_role(tmp_path, memory_keyring, capsys):
    code, _, err = run(capsys, "--data", tmp_path / "none", "case", "list")
    assert code == 1 and "not a Concord data folder" in err and "init" in err
    code, _, err = run(capsys, "--data", tmp_path / "x", "init", "--name", "A", "--agency", "B", "--role", "janitor")
    assert code == 1 and "unknown role 'janitor'" in err


def test_a_role_that_may_not_open_cases_is_told_so(tmp_path, memory_keyring, capsys):
    run(capsys, "--data", tmp_path / "c", "init", "--name", "A", "--agency", "Health", "--role", "clinician")
    code, _, err = run(capsys, "--data", tmp_path / "c", "case", "new")
    assert code == 1 and "may not open new cases" in err


def test_every_command_has_help(capsys):
    parser = build_parser()
    commands = [
        ["init"],
        ["whoami"],
        ["case"],
        ["case", "new"],
        ["case", "list"],
        ["case", "set"],
        ["case", "get"],
        ["case", "add"],
        ["case", "update"],
        ["case", "remove"],
        ["compartments"],
        ["export"],
        ["audit"],
        ["schema-check"],
        ["demo"],
    ]
    for argv in commands:
        with pytest.raises(SystemExit) as done:
            parser.parse_args(argv + ["--help"])
        assert done.value.code == 0
        assert "usage: concord" in capsys.readouterr().out


def test_demo_builds_one_device_per_role_with_shared_case_ids(tmp_path, memory_keyring, capsys):
    code, out, _ = run(capsys, "demo", "--out", tmp_path / "panel")
    assert code == 0
    from app.workspace import Workspace

    ids = {}
    for role in ("advocate", "police", "clinician", "chair"):
        with Workspace.open(tmp_path / "panel" / role) as ws:
            ids[role] = {c.reference: c.case_id for c in ws.list_cases()}
            if role == "advocate":
                assert ws.open_case("CC-2026-0101").get("safe_address").startswith("Flat 3")
            if role == "police":
                assert len(ws.open_case("CC-2026-0101").get("incidents")) == 2
            # The police lead's Dash checklists reached every panel device, which scores them alike.
            view = ws.risk.view("CC-2026-0103")
            assert (view.picture.current.score, view.picture.current.level.id) == (5, "medium")
            assert [s.score for s in ws.risk.view("CC-2026-0101").picture.history] == [8, 11]
    assert len({tuple(sorted(v.items())) for v in ids.values()}) == 1
    # Run again: the existing panel is reused, not duplicated.
    assert run(capsys, "demo", "--out", tmp_path / "panel")[0] == 0


# ----- values set at once on two devices ---------------------------------------------------
def _hand_over(src_folder, dst_folder, ref, field_id):
    """Give dst every change src holds for the field's compartment, as sync would (verified)."""
    from app.workspace import Workspace

    with Workspace.open(src_folder) as src, Workspace.open(dst_folder) as dst:
        case_id = src.open_case(ref).case_id
        if ref not in {c.reference for c in dst.list_cases()}:
            dst.cases.register_case(case_id, ref, dst.actor)
        comp = src.cases.compartments.for_field(field_id)
        _, waiting = dst.cases.apply_remote(case_id, comp, src.store.change_rows(case_id, comp.id))
        assert waiting == []


@pytest.fixture
def two_devices(tmp_path, memory_keyring, capsys):
    police, advocate = tmp_path / "police", tmp_path / "advocate"
    run(capsys, "--data", police, "init", "--name", "Pat", "--agency", "Police", "--role", "police")
    run(capsys, "--data", advocate, "init", "--name", "Sam", "--agency", "Advocacy", "--role", "advocate")
    ref = run(capsys, "--data", police, "case", "new", "--ref", "CC-TWO-1")[1].strip()
    _hand_over(police, advocate, ref, "reference")
    return police, advocate, ref


def test_case_get_shows_both_values_and_case_resolve_ends_the_conflict_everywhere(two_devices, capsys):
    police, advocate, ref = two_devices
    assert run(capsys, "--data", police, "case", "set", ref, "relationship", "current partner")[0] == 0
    assert run(capsys, "--data", advocate, "case", "set", ref, "relationship", "former partner")[0] == 0
    assert run(capsys, "--data", police, "case", "set", ref, "party_harmer_label", "Person Z")[0] == 0
    _hand_over(police, advocate, ref, "relationship")
    _hand_over(advocate, police, ref, "relationship")

    for folder in (police, advocate):
        got = json.loads(run(capsys, "--data", folder, "case", "get", ref)[1])
        shown = got["fields"]["relationship"]
        # Both values, the one shown first; a field in agreement is not listed.
        assert got["conflicts"] == {"relationship": [shown, ({"current partner", "former partner"} - {shown}).pop()]}
        one = json.loads(run(capsys, "--data", folder, "case", "get", ref, "relationship")[1])
        assert one == {"relationship": shown, "conflicts": {"relationship": got["conflicts"]["relationship"]}}
        # A field with no conflict reads exactly as before.
        assert json.loads(run(capsys, "--data", folder, "case", "get", ref, "party_harmer_label")[1]) == {
            "party_harmer_label": "Person Z"
        }

    code, _, err = run(capsys, "--data", police, "case", "resolve", ref, "relationship", "neighbour")
    assert code == 1 and "must be one of" in err
    code, out, err = run(capsys, "--data", police, "case", "resolve", ref, "relationship", "former partner")
    assert (code, out.strip()) == (0, "resolved"), err
    got = json.loads(run(capsys, "--data", police, "case", "get", ref)[1])
    assert "conflicts" not in got and got["fields"]["relationship"] == "former partner"
    code, _, err = run(capsys, "--data", police, "case", "resolve", ref, "relationship", "other")
    assert code == 1 and "no conflicting values" in err

    _hand_over(police, advocate, ref, "relationship")
    got = json.loads(run(capsys, "--data", advocate, "case", "get", ref)[1])
    assert "conflicts" not in got and got["fields"]["relationship"] == "former partner"


def test_a_conflict_in_a_record_is_named_and_resolved_by_its_path(two_devices, capsys):
    police, advocate, ref = two_devices
    code, out, _ = run(
        capsys, "--data", police, "case", "add", ref, "action_items", "action=Call", "action_status=open"
    )
    rid = out.strip()
    _hand_over(police, advocate, ref, "action_items")
    run(capsys, "--data", police, "case", "update", ref, "action_items", rid, "action_status=done")
    run(capsys, "--data", advocate, "case", "update", ref, "action_items", rid, "action_status=not done")
    _hand_over(police, advocate, ref, "action_items")
    _hand_over(advocate, police, ref, "action_items")
    name = f"action_items/{rid}/action_status"
    got = json.loads(run(capsys, "--data", advocate, "case", "get", ref, "action_items")[1])
    assert set(got["conflicts"]) == {name} and set(got["conflicts"][name]) == {"done", "not done"}
    assert json.loads(run(capsys, "--data", advocate, "case", "get", ref)[1])["conflicts"] == got["conflicts"]
    code, out, err = run(capsys, "--data", advocate, "case", "resolve", ref, name, "done")
    assert code == 0, err
    _hand_over(advocate, police, ref, "action_items")
    got = json.loads(run(capsys, "--data", police, "case", "get", ref, "action_items")[1])
    assert "conflicts" not in got and got["action_items"][0]["action_status"] == "done"


def test_resolving_refuses_a_future_date_of_what_happened(two_devices, capsys):
    police, advocate, ref = two_devices
    run(capsys, "--data", police, "case", "set", ref, "referral_date", "2026-03-01")
    run(capsys, "--data", advocate, "case", "set", ref, "referral_date", "2026-03-02")
    _hand_over(police, advocate, ref, "referral_date")
    _hand_over(advocate, police, ref, "referral_date")
    code, _, err = run(capsys, "--data", police, "case", "resolve", ref, "referral_date", "2030-01-01")
    assert code == 1 and "cannot be after" in err
    assert "referral_date" in json.loads(run(capsys, "--data", police, "case", "get", ref)[1])["conflicts"]
