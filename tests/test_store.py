"""The encrypted store: nothing typed appears in plaintext on disk; wrong or missing keys fail cleanly."""

import hashlib
import uuid
import zlib
from pathlib import Path

import keyring.backends.fail
import keyring.backends.null
import pytest

from app.models.case_schema import load_schema
from app.models.documents.changeformat import _uleb
from app.models.errors import KeyringError, StoreError, ValidationError
from app.models.storage.os_keyring import OsKeyring
from app.workspace import DB_KEY_SECRET, Workspace
from tests.support.keyrings import MemoryKeyring

SCHEMA = load_schema()


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def marker_hits(folder: Path, markers: list[str]) -> list[tuple[str, str]]:
    hits = []
    for name, data in folder_bytes(folder).items():
        for m in markers:
            for encoded in (m.encode("utf-8"), m.encode("utf-16-le")):
                if encoded in data:
                    hits.append((name, m))
    return hits


def _inflated(change: bytes) -> bytes:
    """A stored change as plain bytes: Automerge deflates the body of a large change (chunk type 2),
    which hides text from a scan as well as encryption would; the control must look past that."""
    if change[8] != 2:
        return change
    _length, start = _uleb(change, 9)
    return zlib.decompressobj(-15).decompress(change[start:])


def fill_with_markers(ws: Workspace, case) -> list[str]:
    """Write a unique marker into every field (and record sub-field) this role may write."""
    markers = []
    for f in SCHEMA.fields.values():
        if not case.can_write(f.id):
            continue
        if f.type in ("short_text", "long_text"):
            m = f"MK{uuid.uuid4().hex[:12]}"
            case.set(f.id, m)
            markers.append(m)
        elif f.type == "records":
            record = {}
            for sub in f.subfields:
                if sub.type in ("short_text", "long_text"):
                    m = f"MK{uuid.uuid4().hex[:12]}"
                    record[sub.id] = m
                    markers.append(m)
            case.add_record(f.id, record, form=f.managed)
    return markers


@pytest.mark.parametrize("role", ["advocate", "police", "legal", "clinician", "facilitator", "chair"])
def test_no_typed_value_appears_in_any_file_of_the_data_folder(make_workspace, role):
    ws = make_workspace(role)
    case = ws.new_case(harmed_label="MKlabelHarmed", harmer_label="MKlabelHarmer") if case_writer(role) else None
    if case is None:
        case = ws.open_case(ws.cases.register_case(uuid.uuid4().hex, "CC-T-1", ws.actor))
    markers = fill_with_markers(ws, case) + (["MKlabelHarmed", "MKlabelHarmer"] if case_writer(role) else [])
    assert len(markers) >= 3
    # Control: the stored change bytes do hold the markers in the clear, so a store without
    # encryption would fail the scans below.
    plain = b"".join(
        _inflated(change)
        for comp in ws.cases.compartments.by_id.values()
        for change in ws.store.change_rows(case.case_id, comp.id)
    )
    assert all(m.encode() in plain for m in markers)
    # While open: the WAL and shared-memory files hold recent pages too.
    assert (ws.folder / "concord.db-wal").exists()
    assert marker_hits(ws.folder, markers) == []
    ws.close()
    assert marker_hits(ws.folder, markers) == []
    # ... and the values are really there, read back through the key.
    again = Workspace.open(ws.folder, backend=ws.keys.os_keyring.backend)
    reopened = again.open_case(case.case_id)
    written = [reopened.get(f.id) for f in SCHEMA.fields.values() if case.can_write(f.id) and f.type != "records"]
    assert any(str(v).startswith("MK") for v in written)
    again.close()


def case_writer(role: str) -> bool:
    return SCHEMA.can_write(role, "reference")


def test_database_key_is_not_in_the_folder(make_workspace, memory_keyring):
    ws = make_workspace("police")
    ws.new_case().set("intelligence", "x")
    key = OsKeyring(ws.keys.os_keyring.namespace, memory_keyring).get(DB_KEY_SECRET)
    assert len(key) == 32
    ws.close()
    for data in folder_bytes(ws.folder).values():
        assert key not in data and key.hex().encode() not in data


def digest(folder: Path) -> dict[str, str]:
    return {n: hashlib.sha256(b).hexdigest() for n, b in folder_bytes(folder).items()}


def test_wrong_key_fails_clearly_and_leaves_the_database_untouched(make_workspace, memory_keyring):
    ws = make_workspace("advocate")
    ws.new_case().set("wishes", "kept safe")
    ws.close()
    before = digest(ws.folder)
    OsKeyring(ws.keys.os_keyring.namespace, memory_keyring).put(DB_KEY_SECRET, b"\x01" * 32)
    with pytest.raises(StoreError, match="wrong key") as err:
        Workspace.open(ws.folder, backend=memory_keyring)
    assert "Nothing was changed" in str(err.value)
    assert digest(ws.folder) == before


def test_missing_key_fails_clearly_and_changes_nothing(make_workspace, memory_keyring):
    ws = make_workspace("advocate")
    ws.close()
    before = digest(ws.folder)
    memory_keyring.entries.clear()
    with pytest.raises(KeyringError, match="database key .* not in the keyring"):
        Workspace.open(ws.folder, backend=memory_keyring)
    assert digest(ws.folder) == before


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's plain-text file keyring."""


class EmptyChainer(MemoryKeyring):
    backends: list = []


@pytest.mark.parametrize(
    "backend",
    [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring(), PlaintextKeyring(), EmptyChainer()],
    ids=["fail", "null", "plaintext", "empty-chain"],
)
def test_insecure_keyrings_are_refused_with_a_way_out(tmp_path, backend):
    with pytest.raises(KeyringError) as err:
        Workspace.init(tmp_path / "dev", "Pat", "Police", "police", backend=backend)
    assert "dbus-run-session" in str(err.value) and "refused on purpose" in str(err.value)
    assert not (tmp_path / "dev").exists()


def test_bad_values_are_refused_and_nothing_changes(make_workspace):
    ws = make_workspace("chair")
    case = ws.new_case()
    case.set("referral_date", "2026-01-02")
    for field_id, bad in [
        ("referral_date", "02/01/2026"),
        ("relationship", "neighbour"),
        ("number_of_children", "two"),
        ("children_involved", "maybe"),
        ("party_harmed_label", "two\nlines"),
    ]:
        with pytest.raises(ValidationError):
            case.set(field_id, bad)
    assert case.get("referral_date") == "2026-01-02"
    assert case.get("relationship") is None


def test_references_are_unique_and_pseudonymous_in_form(make_workspace):
    ws = make_workspace("police")
    ws.new_case(reference="CC-1")
    with pytest.raises(ValidationError, match="already exists"):
        ws.new_case(reference="CC-1")
    with pytest.raises(ValidationError, match="reference"):
        ws.new_case(reference="Jane Smith")


def test_a_case_renamed_in_its_document_is_renamed_in_the_case_list_and_the_same_rules_hold(make_workspace):
    ws = make_workspace("police")
    case = ws.new_case(reference="CC-2")
    ws.new_case(reference="CC-3")
    case.set("reference", " CC-2-RENAMED ")
    assert ws.store.find_case(case.case_id).reference == "CC-2-RENAMED"
    assert ws.open_case("CC-2-RENAMED").get("reference") == "CC-2-RENAMED"
    assert case.reference == "CC-2-RENAMED"
    for bad, why in (("Jane Smith", "reference"), ("CC-3", "already exists")):
        with pytest.raises(ValidationError, match=why):
            case.set("reference", bad)
    assert ws.store.find_case(case.case_id).reference == "CC-2-RENAMED"
    assert ws.open_case(case.case_id).get("reference") == "CC-2-RENAMED"


def test_a_rename_that_loses_a_race_for_its_reference_is_refused_clearly_and_keeps_nothing(make_workspace, monkeypatch):
    ws = make_workspace("police")
    case = ws.new_case(reference="CC-4")
    ws.new_case(reference="CC-5")
    # As if a sync gave CC-5 to the other case between the check and the write.
    monkeypatch.setattr(ws.cases, "check_rename", lambda case_id, reference: reference)
    with pytest.raises(ValidationError, match="already exists"):
        case.set("reference", "CC-5")
    assert ws.store.find_case(case.case_id).reference == "CC-4"
    assert ws.open_case(case.case_id).get("reference") == "CC-4"


def test_a_store_file_cut_short_before_its_tables_were_made_is_refused_clearly(tmp_path):
    from app.models.storage.store import Store

    path = tmp_path / "concord.db"
    path.touch()
    with pytest.raises(StoreError, match="not a Concord database"):
        Store.open(path, b"k" * 32)


def test_snapshots_keep_open_cheap_and_lose_nothing(make_workspace, monkeypatch):
    import app.models.cases as cases_module

    monkeypatch.setattr(cases_module, "SNAPSHOT_EVERY", 20)
    ws = make_workspace("police")
    case = ws.new_case()
    for i in range(75):
        case.set("intelligence", f"note {i}")
    comp = ws.cases.compartments.for_field("intelligence").id
    data, tail, _ = ws.store.document_bytes(case.case_id, comp)
    assert tail < 20
    ws.cases.forget()
    assert ws.open_case(case.case_id).get("intelligence") == "note 74"


def test_refuses_to_initialise_over_an_existing_folder(make_workspace, memory_keyring):
    ws = make_workspace("police")
    with pytest.raises(ValidationError, match="already a Concord data folder"):
        Workspace.init(ws.folder, "X", "Y", "police", backend=memory_keyring)
