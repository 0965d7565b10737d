"""A closed case past its retention period is erased on every device by the chair's signed entry:
nothing it held is left in any file (the database's free pages and write-ahead log read under
the device's own key included), a stale bundle cannot bring it back, and a legal hold stops it."""

import datetime as dt

import pytest
import sqlalchemy as sa

from app import case_retention
from app.models import audit
from app.models.errors import NotFound, ValidationError
from app.models.storage import tables as t
from app.sync.engine import erasure, in_process
from app.sync.engine.bundle import export_bundle, import_bundle
from app.sync.errors import SyncError
from tests.support.pinned_clock import pin_wall
from tests.support.store_pages import key_of, plaintext
from tests.support.sync_pairs import run_pair
from tests.support.sync_procs import Device, make_panel_in_process
from tests.support.sync_stores import chair_admits

CLOSED_ON = dt.date(2026, 3, 2)
pinned_clock = pin_wall(CLOSED_ON)  # the closing step records this day
KEPT_UNTIL = dt.date(2027, 3, 2)  # closed before it was taken forward: kept 12 months
REF = "CC-ERASE-1"
MARKS = {
    "police": ("police_summary", "MK-ERASE-POLICE-41d7"),
    "advocate": ("safe_address", "MK-ERASE-SAFE-9a0c"),
    "clinician": ("clinical_summary", "MK-ERASE-CLINIC-5e62"),
}


@pytest.fixture
def panel(make_workspace):
    devices = chair_admits(make_workspace, ("police", "advocate", "clinician"))
    police = devices["police"]
    police.new_case(reference=REF)
    in_process.sync_all(devices, 2)
    for role, (field, mark) in MARKS.items():
        devices[role].open_case(REF).set(field, mark)
    in_process.sync_all(devices, 2)
    police.process.step(REF, "closed", "Referrer withdrew; nothing taken forward.")
    in_process.sync_all(devices, 2)
    return devices


def everything_on_disk(ws) -> bytes:
    """Every file of the device's folder as it lies, and its database decrypted page by page."""
    raw = b"".join(p.read_bytes() for p in sorted(ws.folder.rglob("*")) if p.is_file())
    return raw + plaintext(ws.folder, key_of(ws))


def test_the_retention_list_says_when_a_closed_case_may_go(panel):
    chair = panel["chair"]
    found = {c.reference: c for c in case_retention.listed(chair, KEPT_UNTIL)}[REF]
    assert found.retention is not None and found.retention.outcome == "withdrawn"
    assert found.retention.closed_on == CLOSED_ON and found.retention.erase_after == KEPT_UNTIL
    assert not found.retention.due and not found.hold
    with pytest.raises(ValidationError, match="kept until 2027-03-02"):
        case_retention.erase(chair, REF, KEPT_UNTIL)
    assert case_retention.erase_due(chair, KEPT_UNTIL) == []
    assert [c.retention.due for c in case_retention.listed(chair, KEPT_UNTIL + dt.timedelta(days=1))] == [True]


def test_an_erasure_leaves_nothing_of_the_case_on_any_device(panel):
    chair, clinician = panel["chair"], panel["clinician"]
    for role, (_field, mark) in MARKS.items():
        assert mark.encode() in everything_on_disk(panel[role]), "the test plants what it looks for"
    # A bundle made before the erasure, as a laptop left in a drawer might still carry.
    stale = export_bundle(panel["police"].sync, [clinician.profile.device_id], everything=True)

    assert case_retention.erase_due(chair, KEPT_UNTIL + dt.timedelta(days=1)) == [REF]
    in_process.sync_all(panel, 1)
    for role, ws in panel.items():
        with pytest.raises(NotFound):
            ws.store.find_case(REF)
        assert REF not in [c.reference for c in ws.list_cases()]
        on_disk = everything_on_disk(ws)
        for field, mark in MARKS.values():
            assert mark.encode() not in on_disk, f"{field} is still on the {role} device"
        with ws.store.engine.connect() as conn:
            tomb = conn.execute(sa.select(t.erased_cases)).one()
        assert tomb.reference == REF and "retention over: withdrawn" in tomb.authority
        erased = [e for e in audit.entries(ws.store) if e.action == "case_erased"]
        assert len(erased) == 1 and erased[0].case_ref == REF
        assert audit.verify(ws.store).ok

    got = import_bundle(clinician.sync, stale, "usb")
    assert got.envelopes.erased > 0 and got.envelopes.applied == 0
    with pytest.raises(NotFound):
        clinician.store.find_case(REF)
    assert not [m for _f, m in MARKS.values() if m.encode() in everything_on_disk(clinician)]


def test_a_device_that_had_not_heard_sends_nothing_that_sticks(panel):
    chair, police, clinician = panel["chair"], panel["police"], panel["clinician"]
    case_retention.erase_due(chair, KEPT_UNTIL + dt.timedelta(days=1))
    in_process.exchange(chair, clinician)  # the clinician hears; the police device has not yet
    assert police.store.find_case(REF) is not None
    run_pair(police, clinician)  # the session carries the log first: the police device erases too
    for ws in (police, clinician):
        with pytest.raises(NotFound):
            ws.store.find_case(REF)
        assert MARKS["police"][1].encode() not in everything_on_disk(ws)


def test_a_legal_hold_stops_the_erasure_until_it_is_released(panel):
    chair = panel["chair"]
    after = KEPT_UNTIL + dt.timedelta(days=1)
    with pytest.raises(ValidationError, match="needs its reason"):
        case_retention.hold(chair, REF, "  ")
    case_retention.hold(chair, REF, "Civil claim pending: preserve the record")
    assert [c.hold for c in case_retention.listed(chair, after)] == ["Civil claim pending: preserve the record"]
    assert case_retention.erase_due(chair, after) == []
    with pytest.raises(ValidationError, match="legal hold"):
        case_retention.erase(chair, REF, after)
    # Even written by hand, an erasure under a hold does not count on any device.
    with pytest.raises(SyncError, match="legal hold"):
        erasure.issue(chair.sync, "erase", REF, "by hand")
    in_process.sync_all(panel, 1)
    assert panel["police"].store.find_case(REF) is not None
    case_retention.release(chair, REF)
    assert case_retention.erase_due(chair, after) == [REF]
    in_process.sync_all(panel, 1)
    with pytest.raises(NotFound):
        panel["police"].store.find_case(REF)
    actions = [e.action for e in audit.entries(chair.store)]
    assert actions.count("legal_hold_placed") == 1 and actions.count("legal_hold_released") == 1


def test_only_the_chair_may_erase(panel):
    with pytest.raises(SyncError, match="only the chair"):
        erasure.issue(panel["police"].sync, "erase", REF, "not mine to erase")


def test_an_erasure_reaches_other_processes_over_tls(tmp_path):
    devices = make_panel_in_process(tmp_path, ["police", "clinician"])
    police, chair, clinician = devices["police"], devices["chair"], devices["clinician"]
    mark = "MK-ERASE-TLS-c03b"
    police.run("case", "new", "--ref", "CC-ERASE-TLS")
    police.run("case", "set", "CC-ERASE-TLS", "police_summary", mark)
    police.run("process", "step", "CC-ERASE-TLS", "closed", "--reason", "Referrer withdrew.")
    with police.serve() as server:
        for peer in (chair, clinician):
            peer.sync(server.port)
    # Thirteen months on, by the chair's clock (no command takes a date).
    later = Device(tmp_path, "chair", {**chair.env, "CONCORD_CLOCK_SHIFT": "+400d"})
    assert "CC-ERASE-TLS" in later.run("retention").stdout
    assert "erased CC-ERASE-TLS" in later.run("retention", "--erase-due").stdout
    with chair.serve() as server:
        for peer in (clinician, police):
            peer.sync(server.port)
    for d in (police, clinician):
        assert "CC-ERASE-TLS" not in d.run("case", "list").stdout
        with d.open() as ws:
            key = key_of(ws)
        on_disk = b"".join(p.read_bytes() for p in d.folder.rglob("*") if p.is_file()) + plaintext(d.folder, key)
        assert mark.encode() not in on_disk, f"the {d.role} device still holds the erased case"
