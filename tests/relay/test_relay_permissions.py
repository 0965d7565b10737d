"""The relay itself refuses what a device's configuration does not allow: reading another
device's mailbox, subscribing to a wildcard or to another device's reply inbox."""

import asyncio

import nats.errors
import pytest
from nats.js import api

from app.sync.net.relay import RelayLink
from app.sync.net.relay_report import RelayError
from app.sync.protocol.relay_box import RelayNames


def _denied(errors: list[str]) -> bool:
    return any("permissions violation" in e.lower() for e in errors)


@pytest.fixture
def ready(panel, settled, link):
    """The chair's device made the stream; the chief inspector's mailbox holds a letter."""
    panel["police"].new_case(reference="CC-PERM-1").set("intelligence", "for the chief inspector")
    link("police").exchange()
    names = RelayNames(panel["chair"].sync.panel_id)
    return names, panel["chief_inspector"].profile.device_id


def test_a_device_cannot_read_another_devices_mailbox(panel, settled, link, ready):
    names, ci = ready
    police: RelayLink = link("police")

    async def steal(nc):
        js = nc.jetstream(timeout=2)
        outcomes = []
        for name, subject in (
            (names.consumer(ci), names.mailbox(ci)),  # the chief inspector's own consumer
            (names.consumer(panel["police"].profile.device_id), names.mailbox(ci)),  # its own, on ci's box
            ("thief", names.mailbox(ci)),
        ):
            try:
                await js.add_consumer(names.stream, api.ConsumerConfig(name=name, filter_subject=subject))
                outcomes.append("created")
            except (TimeoutError, nats.errors.TimeoutError, nats.errors.NoRespondersError):
                outcomes.append("refused")
        return outcomes

    assert police.run(steal) == ["refused", "refused", "refused"]
    assert _denied(police.errors)
    # And the letter is still there for its owner.
    assert link("chief_inspector").exchange().received_letters == 1


def test_wildcards_and_other_inboxes_cannot_be_subscribed(panel, settled, link, ready):
    names, ci = ready
    police = link("police")

    async def listen(nc):
        got = []

        async def heard(msg):
            got.append(msg.subject)

        for subject in (">", names.all_mailboxes, names.mailbox(ci), f"{names.inbox(ci)}.>", "$JS.>"):
            await nc.subscribe(subject, cb=heard)
        await nc.flush()
        await asyncio.sleep(0.3)
        await nc.publish(names.mailbox(ci), b"probe")  # would be heard by any of those subscriptions
        await nc.flush()
        await asyncio.sleep(0.3)
        return got

    assert police.run(listen) == []
    assert sum("permissions violation for subscription" in e.lower() for e in police.errors) == 5
    # The chief inspector gets the letter, and sets the probe aside as junk.
    report = link("chief_inspector").exchange()
    assert (report.received_letters, report.refused) == (1, 1)


def test_a_stranger_cannot_sign_in(panel, relay, make_workspace):
    stranger = make_workspace("chair", folder=relay.folder.parent / "stranger")
    stranger.sync.found_panel("chair")  # a panel of its own: its relay key is nobody's
    settings = relay.settings(stranger.profile.device_id)
    settings.save(stranger.sync)
    with pytest.raises(RelayError, match="did not accept this device"):
        RelayLink(stranger.sync, settings).exchange()


def test_a_relay_showing_another_certificate_is_refused_in_words(panel, relay, make_workspace):
    from app.sync.engine.relay_access import relay_certificate
    from app.sync.engine.relay_mail import RelaySettings, certificate_fingerprint

    other = relay_certificate(["127.0.0.1"])[0].decode()  # not the relay's own
    settings = RelaySettings(relay.url, certificate_fingerprint(other), panel["chair"].profile.device_id, other)
    with pytest.raises(RelayError, match="did not show the certificate this device was given"):
        RelayLink(panel["police"].sync, settings).exchange()
