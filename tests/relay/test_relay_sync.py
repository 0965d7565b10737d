"""Sync through a real relay: letters reach devices that are never online together."""


def test_a_case_reaches_a_device_that_was_never_online_with_its_author(panel, relay, settled, link):
    police, ci = panel["police"], panel["chief_inspector"]
    case = police.new_case(reference="CC-RELAY-1")
    case.set("intelligence", "seen by the relay as ciphertext only")
    first = link("police").exchange()
    assert first.sent_letters >= 1
    got = link("chief_inspector").exchange()
    assert got.received_letters == 1 and got.applied > 0
    assert ci.open_case("CC-RELAY-1").get("intelligence") == "seen by the relay as ciphertext only"
