"""An agreement the chair adopts reaches a device connected to the relay, which puts it in force
as the letter arrives, goes on under it, and destroys what the new version takes from its role."""

from app.models.resources import read_text
from app.sync.engine import agreement_entries
from tests.support.relay_live import Live, wait_for
from tests.support.store_pages import key_of, plaintext

REF = "CC-RELAY-ISA"
MARK = "MK-RELAY-ISA-0d93"
SUMMARY_V1 = '[fields.police_summary]\nread = ["panel"]'
SUMMARY_V2 = '[fields.police_summary]\nread = ["police", "chief_inspector", "chair"]'


def agreement() -> str:
    text = read_text("schema", "isa.toml")
    assert SUMMARY_V1 in text
    return text.replace("version = 1", "version = 2", 1).replace(SUMMARY_V1, SUMMARY_V2)


def test_a_connected_device_puts_an_adopted_agreement_in_force(panel, relay, settled, link):
    police, facilitator = panel["police"], panel["facilitator"]
    police.new_case(reference=REF).set("police_summary", MARK)
    link("police").exchange()
    link("facilitator").exchange()
    assert facilitator.open_case(REF).get("police_summary") == MARK

    agreement_entries.adopt(panel["chair"].sync, agreement())
    live = link("facilitator")
    live.follow = facilitator.followed_sync
    with Live(live) as reader:
        wait_for(lambda: reader.states and reader.states[-1][0], "the facilitator's device to connect")
        link("chair").exchange()
        wait_for(lambda: facilitator.schema.governance.version == 2, "the adoption to be put in force")
    assert live.engine is facilitator.sync, "the loop went on with the engine of the agreement in force"
    assert not facilitator.open_case(REF).can_read("police_summary")
    on_disk = b"".join(p.read_bytes() for p in facilitator.folder.rglob("*") if p.is_file())
    assert MARK.encode() not in on_disk + plaintext(facilitator.folder, key_of(facilitator))
