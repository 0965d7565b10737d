"""The chair-becomes-advocate attack, end to end: separate `concord` processes over real TLS.

The chair gives its own device the advocate's role. Without an advocate device's approval the
change never takes effect, however often the chair syncs, and the survivor's safe address never
reaches the chair's store: not as text in its decrypted tables, not as an envelope, not as a
key, nor (by the chair's own receipts) in any exchange. The sessions are TLS, so nothing could be
read off the wire in any case. Once an advocate device approves, the change is in force and the chair reads it."""

from tests.support.sync_procs import PEOPLE, Device, process_env
from tests.support.sync_stores import everything_stored

MARKER = "MKsafe-address-7f3a9c-never-for-the-chair"


def safe_contact_of(ws):
    return ws.cases.compartments.for_field("safe_address")


def agency_panel(root) -> tuple[Device, Device]:
    """A chair's device founds a panel under the agency policy (said outright, whatever the
    default) and admits the advocate's device by request and admission files."""
    env = process_env(root)
    chair, advocate = Device(root, "chair", env), Device(root, "advocate", env)
    for d in (chair, advocate):
        name, agency = PEOPLE[d.role]
        d.run("init", "--name", name, "--agency", agency, "--role", d.role)
    chair.run("panel", "create", "--approval", "agency")
    advocate.run("panel", "request", root / "advocate.request")
    chair.run("panel", "admit", root / "advocate.request", "--out", root / "advocate.admission")
    advocate.run("panel", "join", root / "advocate.admission")
    return chair, advocate


def test_the_chair_making_itself_advocate_never_receives_the_safe_address(tmp_path):
    chair, advocate = agency_panel(tmp_path)
    ref = advocate.run("case", "new", "--harmed", "Person A").stdout.strip()
    advocate.run("case", "set", ref, "safe_address", MARKER)
    advocate.run("case", "set", ref, "advocate_summary", "MKpanel-may-read-this")

    with advocate.serve() as server:
        chair.sync(server.port)
        asked = chair.run("role", chair.device_id, "advocate").stdout
        assert "waits for approval by Advocacy service" in asked
        for _ in range(3):
            chair.sync(server.port)

        # Every device shows the waiting change: the advocate's too.
        for device in (chair, advocate):
            members = device.run("members").stdout
            assert "1 role change(s) wait for approval" in members
            assert (
                f"chair -> advocate; requested by Eleri Chair ({chair.device_id[:12]}); waits for Advocacy service"
                in members
            )

        ws = chair.open()
        try:
            assert ws.role == "chair"
            comp = safe_contact_of(ws)
            assert ws.open_case(ref).get("advocate_summary") == "MKpanel-may-read-this"  # the sync did run
            stored = everything_stored(ws)
            assert MARKER.encode() not in stored
            assert not [k for k in ws.sync.compartment_keys.my_keys() if k[1] == comp.id]
            assert not ws.store.driver_rows("SELECT hash FROM envelopes WHERE compartment = ?", (comp.id,))
        finally:
            ws.close()
        for path in chair.folder.rglob("*"):
            if path.is_file():
                assert MARKER.encode() not in path.read_bytes()
        # The marker is there to find: the advocate's own store holds it, read the same way. And
        # by the chair's receipts, the advocate sent it nothing of the safe contact section.
        ws = advocate.open()
        try:
            assert MARKER.encode() in everything_stored(ws)
            comp = safe_contact_of(ws)
            known = ws.sync.peers.holdings(chair.device_id)
            assert known and not [key for key in known if key[1] == comp.id]
        finally:
            ws.close()

        # The advocate approves; at the next sync the change is in force and the chair reads it.
        approved = advocate.run("approve", chair.device_id).stdout
        assert "the change is in force" in approved
        chair.sync(server.port)
        chair.sync(server.port)  # reopened as advocate: now offered, and granted, what an advocate reads
    got = chair.run("case", "get", ref, "safe_address").stdout
    assert MARKER in got
    assert "in force" in chair.run("members").stdout
