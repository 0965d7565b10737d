"""Safety rules that cross devices, over real TLS between `concord` processes.

The case is taken to a decision in this process (the same core the command line runs); the
attack is made on one device's own store, as a device that skips its API would; then the
devices sync as separate `concord` processes, and the receiving device's own `concord` commands
show what it kept.
"""

import pytest

from app.models.process import lifecycle as lc
from tests.support.process_panel import RATIONALE, approved_case, overrides_for, sync_all
from tests.support.raw_edits import delete_last, raw_edit
from tests.support.sync_procs import make_panel_in_process, sync_counts

REF = "CC-RJ-1"
ROLES = ["police", "chief_inspector", "advocate", "facilitator", "clinician"]


class Opened(dict):
    """Every device's workspace open in this process, closed together."""

    def __init__(self, devices):
        super().__init__({role: d.open() for role, d in devices.items()})

    def close(self):
        for ws in self.values():
            ws.close()


@pytest.fixture
def devices(tmp_path):
    return make_panel_in_process(tmp_path, ROLES)


def sync_in_process(opened):
    sync_all(opened)


def test_an_erased_decline_is_refused_by_the_chief_inspectors_device_over_tls(devices):
    opened = Opened(devices)
    try:
        approved_case(opened)
        opened["police"].process.request_signoff(REF, "Reconsider")
        sync_in_process(opened)
        opened["chief_inspector"].process.decide(REF, "decline", RATIONALE, rank="Chief Inspector")
        sync_in_process(opened)
        raw_edit(opened["police"], REF, "process_events", delete_last(3))
        raw_edit(opened["police"], REF, "signoff_requests", delete_last(1))
    finally:
        opened.close()
    police, ci = devices["police"], devices["chief_inspector"]
    with ci.serve() as server:
        sent, _applied, _held, _quarantined = sync_counts(police.sync(server.port).stdout)
        session = server.next_session()
    assert sent >= 2 and int(session.group(4)) >= 2, "the Chief Inspector's device refused the erasures"
    shown = ci.run("process", "show", REF).stdout
    assert shown.startswith(f"{REF}: {lc.LABELS[lc.DECLINED]}"), shown
    listed = ci.run("quarantine", "--all").stdout
    assert "removes a process steps record" in listed and "removes a sign-off requests record" in listed


def test_a_forged_step_into_sessions_is_refused_on_the_facilitators_device_over_tls(devices):
    opened = Opened(devices)
    try:
        approved_case(opened)
        opened["facilitator"].open_case(REF).set("facilitator_name", "")
        sync_in_process(opened)
        opened["police"].process.request_signoff(REF, "Facilitator changed")
        sync_in_process(opened)
        opened["chief_inspector"].process.decide(
            REF, "approve", RATIONALE, rank="Chief Inspector", overrides=overrides_for(opened["chief_inspector"], REF)
        )
        sync_in_process(opened)
        clinician = opened["clinician"]
        clinician.process.step(REF, "preparation", "Preparation begins")
        view = clinician.process.view(REF)
        ids = ",".join(a.record_id for a in view.attestations.values())
        clinician.open_case(REF).add_record(
            "process_events",
            {
                "to_state": "sessions",
                "at": "2026-11-20T10:00:00+00:00",
                "by": "x",
                "by_role": "clinician",
                "reason": "skip the service",
                "trigger": "",
                "signoff_id": view.current.record_id,
                "after": "",
                "attestations": ids,
            },
            form=True,
        )
    finally:
        opened.close()
    clinician, facilitator = devices["clinician"], devices["facilitator"]
    with facilitator.serve() as server:
        clinician.sync(server.port)
        server.next_session()
    shown = facilitator.run("process", "show", REF).stdout
    assert shown.startswith(f"{REF}: {lc.LABELS[lc.PREPARATION]}"), shown
    assert "REFUSED: the facilitator's device attests that no facilitator is named" in shown
    # Set aside on receipt too: the facilitator's own quarantine list names the step and why.
    assert (
        "into sessions refused: the facilitator's device attests that no facilitator is named"
        in facilitator.run("quarantine", "--all").stdout
    )
    refused = facilitator.run("process", "session", REF, "--kind", "session", "--record", "First letter", check=False)
    assert refused.returncode == 1 and "no session while the case is preparation" in refused.stderr
