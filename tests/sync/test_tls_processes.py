"""Separate processes syncing over real TLS on 127.0.0.1 through the `concord` command line."""

import re

import pytest
import sqlalchemy as sa

from app.models.storage import tables as t
from app.sync.engine.exchanges import recall
from tests.support.sync_procs import PEOPLE, Device, make_panel


@pytest.fixture
def devices(tmp_path):
    return make_panel(tmp_path, ["police", "chief_inspector", "clinician"])


def test_devices_sync_over_tls_and_hold_only_what_their_role_may(devices):
    police, ci, chair, clinician = devices["police"], devices["chief_inspector"], devices["chair"], devices["clinician"]
    ref = police.run("case", "new", "--harmed", "Person A").stdout.strip()
    police.run("case", "set", ref, "intelligence", "MKintel-tls")
    police.run("case", "set", ref, "police_summary", "MKsummary-tls")
    with police.serve() as server:
        port = server.port
        for peer in (chair, ci, clinician):
            peer.run("sync", f"127.0.0.1:{port}")  # everyone learns the full membership from the chair too
        with chair.serve() as chair_server:
            for peer in (ci, clinician):
                peer.run("sync", f"127.0.0.1:{chair_server.port}")
        for peer in (chair, ci, clinician):
            out = peer.run("sync", f"127.0.0.1:{port}").stdout
            assert "quarantined 0" in out
    got = ci.run("case", "get", ref).stdout
    assert "MKintel-tls" in got and "MKsummary-tls" in got
    # Each side keeps the last exchange, so the desktop's sync panel shows command-line syncs too.
    ws, police_ws = ci.open(), police.open()
    try:
        dialed = recall(ws.store)[police_ws.profile.device_id]
        served = recall(police_ws.store)[ws.profile.device_id]
    finally:
        ws.close()
        police_ws.close()
    assert dialed.ok and not dialed.incoming and dialed.address == f"127.0.0.1:{port}"
    assert served.ok and served.incoming
    assert "MKsummary-tls" in clinician.run("case", "get", ref).stdout
    assert "intelligence" not in clinician.run("case", "get", ref).stdout
    # The police device logged, per peer, what of the case went to it over TLS: by field id,
    # never a value, and nothing the peer's role may not read.
    log = police.run("disclosures", ref).stdout
    rows = re.split(r"\n(?! {8})", log)  # a row's own lines are indented by eight spaces
    went_to_clinician = [b for b in rows if "{} (clinician, {})".format(*PEOPLE["clinician"]) in b and " sync " in b]
    assert went_to_clinician and all("SHARED" in b for b in went_to_clinician)
    assert "police_summary" in went_to_clinician[0] and "intelligence" not in went_to_clinician[0]
    assert "fields.police_summary" in went_to_clinician[0] and "basis: UK GDPR" in went_to_clinician[0]
    assert "{} (chief_inspector, {})".format(*PEOPLE["chief_inspector"]) in log and "intact" in log
    assert "MKintel-tls" not in log and "MKsummary-tls" not in log
    intel = police.open().cases.compartments.for_field("intelligence").id
    for d in (chair, clinician):
        ws = d.open()
        with ws.store.engine.connect() as conn:
            held = conn.execute(sa.select(t.envelopes.c.id).where(t.envelopes.c.compartment == intel)).all()
        ws.close()
        assert held == [], f"{d.role} holds envelopes of the police-only compartment"
        for path in d.folder.rglob("*"):
            if path.is_file():
                assert b"MKintel-tls" not in path.read_bytes()


def test_a_device_of_another_panel_cannot_sync(devices, tmp_path):
    police = devices["police"]
    stranger = Device(tmp_path / "elsewhere", "chair", devices["chair"].env)
    stranger.run("init", "--name", "Other chair", "--agency", "Elsewhere", "--role", "chair")
    stranger.run("panel", "create")
    with police.serve() as server:
        done = stranger.run("sync", f"127.0.0.1:{server.port}", check=False)
        assert done.returncode == 1 and "not a member of this panel" in done.stderr
        # The listener goes on serving members.
        assert devices["chief_inspector"].run("sync", f"127.0.0.1:{server.port}").returncode == 0


def test_a_bundle_carries_a_case_between_processes_without_network(devices, tmp_path):
    police, ci, clinician, chair = (devices[r] for r in ("police", "chief_inspector", "clinician", "chair"))
    device_id = {r: d.run("whoami").stdout.split('"device_id": "')[1].split('"')[0] for r, d in devices.items()}
    # Police joined before the chief inspector did: a bundle from the chair brings the news.
    news = tmp_path / "membership.concord"
    chair.run("bundle", "export", "--for", device_id["police"], news)
    police.run("bundle", "import", news)
    ref = police.run("case", "new").stdout.strip()
    police.run("case", "set", ref, "intelligence", "MKby-usb")
    ci_id = device_id["chief_inspector"]
    stick = tmp_path / "stick.concord"
    police.run("bundle", "export", "--for", ci_id, stick)
    assert b"MKby-usb" not in stick.read_bytes()
    refused = clinician.run("bundle", "import", stick, check=False)
    assert refused.returncode == 1 and "not made for this device" in refused.stderr
    assert "applied" in ci.run("bundle", "import", stick).stdout
    log = police.run("disclosures", ref, "--json").stdout
    person = '"person": "{}"'.format(PEOPLE["chief_inspector"][0])
    assert '"channel": "bundle"' in log and person in log and "MKby-usb" not in log
    assert "MKby-usb" in ci.run("case", "get", ref, "intelligence").stdout
    again = ci.run("bundle", "import", stick, check=False)
    assert again.returncode == 1 and "already imported" in again.stderr
