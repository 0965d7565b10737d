"""Reads of case data through `concord` commands leave `case_read` entries, and refused reads
`read_refused` (each command a real process over the test keyring)."""

import pytest

from app.models import audit
from tests.support.sync_procs import Device, process_env

MEETING = "PM-2026-12-20"


@pytest.fixture(scope="module")
def devices(tmp_path_factory):
    """Made once: each test looks only at the entries its own command adds."""
    tmp_path = tmp_path_factory.mktemp("reads")
    env = process_env(tmp_path)
    police, chair = Device(tmp_path, "police", env), Device(tmp_path, "chair", env)
    police.run("init", "--name", "Pat Police", "--agency", "Police", "--role", "police")
    chair.run("init", "--name", "Eleri Chair", "--agency", "Panel", "--role", "chair")
    police.run("case", "new", "--ref", "CC-READ-1")
    police.run("case", "set", "CC-READ-1", "intelligence", "MARK-INTEL-6614")
    chair.run("case", "new", "--ref", "CC-READ-2")
    chair.run("meeting", "schedule", "2026-12-20", "10:00", "--venue", "Hall")
    return police, chair


def entries_since(device, seq: int) -> list[audit.Entry]:
    with device.open() as ws:
        return [e for e in audit.entries(ws.store) if e.seq > seq]


def last_seq(device) -> int:
    with device.open() as ws:
        return audit.entries(ws.store)[-1].seq


@pytest.mark.parametrize(
    "who, command",
    [
        ("police", ("process", "show", "CC-READ-1")),
        ("police", ("risk", "show", "CC-READ-1")),
        ("police", ("signoff", "pack", "CC-READ-1")),
        ("chair", ("meeting", "case", MEETING, "CC-READ-2")),
    ],
)
def test_each_read_command_leaves_case_read_entries(devices, who, command):
    device = dict(zip(("police", "chair"), devices))[who]
    case = command[-1]
    before = last_seq(device)
    done = device.run(*command)
    assert done.returncode == 0
    reads = [e for e in entries_since(device, before) if e.action == "case_read" and e.case_ref == case]
    assert reads, f"{' '.join(command)} left no case_read"
    assert all("MARK-INTEL" not in e.target for e in entries_since(device, before))


def test_a_refused_read_leaves_read_refused(devices):
    police, _chair = devices
    before = last_seq(police)
    done = police.run("case", "get", "CC-READ-1", "safe_address", check=False)
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    after = [(e.action, e.case_ref, e.target) for e in entries_since(police, before)]
    assert ("read_refused", "CC-READ-1", "safe_address") in after
    with police.open() as ws:
        assert audit.verify(ws.store).ok
