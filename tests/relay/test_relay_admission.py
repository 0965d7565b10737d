"""A device admitted by the chair is set up for the relay in the same step: the admission
carries the relay's address, pinned certificate and issuer, and nothing else is typed."""

import json

from app.sync.engine.relay_mail import RelaySettings
from app.sync.net.relay import RelayLink


def test_an_admitted_device_uses_the_relay_with_no_further_step(panel, relay, settled, link, make_workspace):
    chair = panel["chair"]
    panel["police"].new_case(reference="CC-ADM-1").set("referral_reason", "waiting for the new advocate")
    link("police").exchange()
    advocate = make_workspace("advocate")
    advocate.sync.join(chair.sync.admission(advocate.profile))
    got = RelaySettings.load(advocate.sync)
    assert got == RelaySettings.load(chair.sync)
    relay.write(chair.sync)  # the new member's relay user
    relay.reload()
    link("police").exchange()  # police learns of the advocate from the chair's letter, then sends
    link("chair").exchange()
    link("police").exchange()
    RelayLink(advocate.sync, got).exchange()
    assert advocate.open_case("CC-ADM-1").get("referral_reason") == "waiting for the new advocate"


def test_relay_settings_that_do_not_hold_together_are_not_kept(panel, relay, make_workspace):
    chair = panel["chair"]
    advocate = make_workspace("advocate")
    package = json.loads(chair.sync.admission(advocate.profile))
    package["relay"]["relay_pin"] = "0" * 64  # a certificate its fingerprint does not name
    advocate.sync.join(json.dumps(package).encode())
    assert advocate.sync.panel_id == chair.sync.panel_id
    assert RelaySettings.load(advocate.sync) is None
