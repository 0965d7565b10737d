"""Sharing that rests on consent, between separate processes over TLS: the panel adopts an
agreement that rests the facilitator's reading of the survivor's own account on the person
harmed's consent; a withdrawal recorded on the advocate's laptop reaches the facilitator's by
sync and its copy is destroyed, nothing written afterwards reaches it, and an override on a
recorded reason and lawful basis gives it back. The audit on the facilitator's device shows each
step."""

import json

from app.models.case_schema import DEFAULT_ISA
from tests.support.store_pages import key_of, plaintext
from tests.support.sync_procs import make_panel_in_process

REF = "CC-CONSENT-TLS"
BEFORE = "MK-CONSENT-TLS-BEFORE-4e7b"
AFTER = "MK-CONSENT-TLS-AFTER-90ad"
RULE = '[sections.survivor_voice.consent]\nfacilitator = "person harmed"\n\n'
RECORD = (
    "--method",
    "in person, with advocate",
    "--explained",
    "What a restorative meeting is.",
    "--witness",
    "Second advocate",
)


def consent_agreement() -> str:
    text = DEFAULT_ISA.read_text(encoding="utf-8")
    text = text.replace("version = 1", "version = 2", 1)
    return text.replace("[sections.safe_contact]", RULE + "[sections.safe_contact]", 1)


def everything(device) -> bytes:
    with device.open() as ws:
        key = key_of(ws)
    raw = b"".join(p.read_bytes() for p in device.folder.rglob("*") if p.is_file())
    return raw + plaintext(device.folder, key)


def actions(device) -> list[tuple[str, str]]:
    with device.open() as ws:
        return [(e.action, e.case_ref, e.target) for e in ws.audit_entries()]


def wishes(device):
    return json.loads(device.run("case", "get", REF).stdout)["fields"].get("wishes")


def test_withdrawal_and_override_reach_the_facilitators_process(tmp_path):
    devices = make_panel_in_process(tmp_path, ["advocate", "facilitator", "chief_inspector"])
    chair, advocate, facilitator, ci = (devices[r] for r in ("chair", "advocate", "facilitator", "chief_inspector"))

    def round_from(hub, *others):
        with hub.serve() as server:
            for peer in others:
                peer.sync(server.port)

    draft = tmp_path / "agreement-consent.toml"
    draft.write_text(consent_agreement(), encoding="utf-8")
    said = chair.run("isa", "--adopt", draft).stdout
    assert "version 2, now in force" in said
    assert "facilitator reads only while the person harmed consents: wishes, non_negotiables" in said
    round_from(chair, advocate, facilitator, ci)

    advocate.run("case", "new", "--ref", REF)
    advocate.run(
        "process", "consent", REF, "--party", "person harmed", "--status", "given", "--date", "2026-10-05", *RECORD
    )
    advocate.run("case", "set", REF, "wishes", BEFORE)
    # The first exchange brings the consent; the facilitator's device takes the key and what it
    # opens only once it has read that consent itself, at the second.
    round_from(advocate, facilitator, ci)
    round_from(advocate, facilitator)
    assert wishes(facilitator) == BEFORE and wishes(ci) == BEFORE

    # The person harmed withdraws: recorded on the advocate's laptop, carried by sync.
    advocate.run(
        "process", "consent", REF, "--party", "person harmed", "--status", "withdrawn", "--date", "2026-10-20", *RECORD
    )
    round_from(advocate, facilitator, ci)
    assert wishes(facilitator) in ("", None)
    assert BEFORE.encode() not in everything(facilitator)
    assert ("sharing_stopped", REF) in [(a, r) for a, r, _t in actions(facilitator)]

    # Written after the withdrawal: the chief inspector, on the safeguarding basis, reads it;
    # it never reaches the facilitator's process, not even sealed.
    advocate.run("case", "set", REF, "wishes", AFTER)
    round_from(advocate, facilitator, ci)
    assert wishes(ci) == AFTER
    stored = everything(facilitator)
    assert AFTER.encode() not in stored and BEFORE.encode() not in stored
    assert wishes(facilitator) in ("", None)

    # Serious harm: an override on a recorded reason and lawful basis restores the sharing.
    advocate.run(
        "process",
        "consent",
        REF,
        "--party",
        "person harmed",
        "--status",
        "overridden",
        "--date",
        "2026-10-22",
        *RECORD,
        "--override-reason",
        "Risk to a child: the facilitator must know the survivor's wishes.",
        "--lawful-basis",
        "UK GDPR art. 6(1)(e); DPA 2018 sch. 1 para 18",
    )
    round_from(advocate, facilitator, ci)
    round_from(advocate, facilitator)
    assert wishes(facilitator) == AFTER
    steps = [a for a, ref, _t in actions(facilitator) if ref == REF and a.startswith("sharing_")]
    assert steps == ["sharing_stopped", "sharing_resumed"]
