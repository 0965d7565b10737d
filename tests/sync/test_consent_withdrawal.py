"""Withdrawing consent switches off the sharing that rested on it, on every device, through the
same sync that carries everything else; an override on a recorded reason and lawful basis
switches it on again. The agreement here rests the facilitator's reading of the survivor's own
account on the person harmed's consent; the chief inspector reads it on the safeguarding basis."""

import pytest

from app.models import audit
from app.models.case_schema import DEFAULT_ISA, DEFAULT_MEETING, DEFAULT_SCHEMA, load_schema
from app.sync.engine import in_process
from app.workspace import Workspace
from tests.support.people import PEOPLE
from tests.support.process_panel import consent
from tests.support.sync_stores import chair_admits, everything_stored

REF = "CC-CONSENT-1"
BEFORE = "MARKER-WISHES-BEFORE-7f3a"
AFTER = "MARKER-WISHES-AFTER-c21e"
RULE = '[sections.survivor_voice.consent]\nfacilitator = "person harmed"\n\n'


@pytest.fixture
def schema(tmp_path_factory):
    folder = tmp_path_factory.mktemp("isa")
    (folder / "case.toml").write_text(DEFAULT_SCHEMA.read_text())
    (folder / "meeting.toml").write_text(DEFAULT_MEETING.read_text())
    text = DEFAULT_ISA.read_text()
    (folder / "isa.toml").write_text(text.replace("[sections.safe_contact]", RULE + "[sections.safe_contact]", 1))
    return load_schema(folder / "case.toml", folder / "isa.toml")


@pytest.fixture
def consent_panel(tmp_path, memory_keyring, schema):
    opened = []

    def make(role):
        name, agency = PEOPLE[role]
        ws = Workspace.init(tmp_path / role, name, agency, role, backend=memory_keyring, schema=schema)
        opened.append(ws)
        return ws

    devices = chair_admits(make, ["police", "advocate", "facilitator", "chief_inspector"])
    devices["police"].new_case(reference=REF)
    sync(devices)
    yield devices
    for ws in opened:
        ws.close()


def sync(devices, rounds=2):
    in_process.sync_all(devices, rounds)


def wishes(ws):
    return ws.open_case(REF).get("wishes")


def voice_keys(ws):
    """(key id, generation) of every survivor_voice key grant to this device."""
    comp = ws.cases.compartments.for_field("wishes")
    case_id = ws.store.find_case(REF).case_id
    return {(k, g) for c, k_comp, k, g in ws.sync.compartment_keys.my_keys() if c == case_id and k_comp == comp.id}


def actions(ws, action):
    return [e for e in audit.entries(ws.store) if e.action == action]


def test_withdrawal_ends_the_facilitators_copy_and_an_override_restores_it(consent_panel):
    panel = consent_panel
    advocate, facilitator, ci = panel["advocate"], panel["facilitator"], panel["chief_inspector"]
    consent(advocate, REF, "person harmed")
    advocate.open_case(REF).set("wishes", BEFORE)
    sync(panel)
    assert wishes(facilitator) == BEFORE and wishes(ci) == BEFORE
    generation_before = max(g for _k, g in voice_keys(ci))

    # The person harmed withdraws: recorded on the advocate's device, carried by sync.
    consent(advocate, REF, "person harmed", status="withdrawn", on="2026-10-20")
    sync(panel)
    assert BEFORE.encode() not in everything_stored(facilitator)  # its copy is destroyed, keys and all
    assert not voice_keys(facilitator)
    assert wishes(facilitator) in ("", None)
    stopped = actions(facilitator, "sharing_stopped")
    assert stopped and stopped[-1].case_ref == REF and BEFORE not in stopped[-1].target

    # What is written after it goes under a new key the facilitator is never given, and never reaches it.
    advocate.open_case(REF).set("wishes", AFTER)
    sync(panel)
    assert max(g for _k, g in voice_keys(ci)) == generation_before + 1
    assert wishes(ci) == AFTER  # the safeguarding reader is not touched
    stored = everything_stored(facilitator)
    assert AFTER.encode() not in stored and BEFORE.encode() not in stored
    assert not voice_keys(facilitator)

    # Serious harm: an override on a recorded reason and lawful basis switches sharing on again.
    consent(
        advocate,
        REF,
        "person harmed",
        status="overridden",
        on="2026-10-22",
        override_reason="Risk to a child: the facilitator must know the survivor's wishes.",
        lawful_basis="UK GDPR art. 6(1)(e); DPA 2018 sch. 1 para 18",
    )
    sync(panel, rounds=3)
    assert wishes(facilitator) == AFTER
    assert actions(facilitator, "sharing_resumed")[-1].case_ref == REF


def test_a_withdrawal_carried_by_bundle_ends_the_copy_and_nothing_new_goes_in_a_bundle(consent_panel, tmp_path):
    from app.sync.engine.bundle import export_bundle, import_bundle, read_bundle
    from app.sync.protocol.envelope import Envelope

    panel = consent_panel
    advocate, facilitator = panel["advocate"], panel["facilitator"]
    consent(advocate, REF, "person harmed")
    advocate.open_case(REF).set("wishes", BEFORE)
    sync(panel)
    assert wishes(facilitator) == BEFORE
    # Offline from here: the advocate's laptop hands the withdrawal over on a USB stick.
    consent(advocate, REF, "person harmed", status="withdrawn", on="2026-10-20")
    advocate.open_case(REF).set("wishes", AFTER)
    bundle = export_bundle(advocate.sync, [facilitator.profile.device_id], everything=True)
    assert AFTER.encode() not in bundle  # sealed, and by the new key besides
    voice = facilitator.cases.compartments.for_field("wishes").id
    carried = read_bundle(facilitator.sync, bundle)
    # The bundle carries the withdrawal, and nothing of the survivor's account: no envelope, no key.
    assert carried.envelopes and not any(Envelope.decode(e).compartment == voice for e in carried.envelopes)
    assert not any(voice.encode() in g for g in carried.grants)
    import_bundle(facilitator.sync, bundle)
    stored = everything_stored(facilitator)
    assert BEFORE.encode() not in stored and AFTER.encode() not in stored
    assert not voice_keys(facilitator)
    assert not facilitator.store.driver_rows("SELECT 1 FROM envelopes WHERE compartment = ?", (voice,))
    assert actions(facilitator, "sharing_stopped")
