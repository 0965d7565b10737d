"""What the relay holds is ciphertext of a few fixed sizes under names that say nothing: no
marker planted in a case, no panel id, device id, name, agency or role in its store, its
subjects or its configuration; and only the devices whose role may read a compartment open it."""

from app.sync.protocol.relay_box import BUCKETS, RelayNames
from tests.support.people import PEOPLE
from tests.support.relay_server import boxes_in, observe

MARKERS = {
    "intelligence": "MKRELAYintel7781",  # police and chief inspector only
    "referral_reason": "MKRELAYreferral2213",  # the whole panel
}


def test_the_relay_holds_no_marker_and_no_name_of_the_panel(panel, relay, settled, link):
    case = panel["police"].new_case(reference="CC-LEAK-REF-4411")
    for field, marker in MARKERS.items():
        case.set(field, marker)
    link("police").exchange()

    names = RelayNames(panel["chair"].sync.panel_id)

    async def look(nc):
        js = nc.jetstream(timeout=5)
        info = await js.stream_info(names.stream, subjects_filter=">")
        boxes = [(m.subject, dict(m.headers or {}), m.data) for m in await boxes_in(js, names)]
        return info.state.subjects, boxes

    subjects, boxes = observe(relay, panel["chair"].sync, look)
    assert len(boxes) == 4  # a letter for each of the other four devices
    assert {len(data) for _s, _h, data in boxes} <= set(BUCKETS)
    seen = b"".join(s.encode() + repr(h).encode() + d for s, h, d in boxes)
    seen += relay.stored_bytes()
    seen += b"".join(p.read_bytes() for p in relay.folder.glob("*.conf"))
    secrets = [*MARKERS.values(), "CC-LEAK-REF-4411", panel["chair"].sync.panel_id]
    for role, ws in panel.items():
        secrets += [ws.profile.device_id, role]
    for name, agency in PEOPLE.values():
        secrets += [name, agency]
    for text in secrets:
        assert text.encode() not in seen, f"the relay holds {text!r}"
    assert all(h.keys() <= {"Nats-Msg-Id"} for _s, h, _d in boxes)
    ids = [h["Nats-Msg-Id"] for _s, h, _d in boxes]
    assert len(set(ids)) == len(ids)  # one letter to four devices: four unrelated ids
    assert set(subjects) == {names.mailbox(ws.profile.device_id) for r, ws in panel.items() if r != "police"}


def test_only_the_roles_that_may_read_a_compartment_open_it(panel, relay, settled, link):
    case = panel["police"].new_case(reference="CC-LEAK-2")
    for field, marker in MARKERS.items():
        case.set(field, marker)
    link("police").exchange()
    for role in ("chief_inspector", "clinician", "facilitator"):
        link(role).exchange()
    assert panel["chief_inspector"].open_case("CC-LEAK-2").get("intelligence") == MARKERS["intelligence"]
    for role in ("clinician", "facilitator", "chief_inspector"):
        assert panel[role].open_case("CC-LEAK-2").get("referral_reason") == MARKERS["referral_reason"]
    intel = panel["police"].cases.compartments.for_field("intelligence").id
    for role in ("clinician", "facilitator"):
        assert panel[role].store.change_hashes(case.case_id, intel) == set()
        stored = b"".join(p.read_bytes() for p in panel[role].folder.rglob("*") if p.is_file())
        assert MARKERS["intelligence"].encode() not in stored
