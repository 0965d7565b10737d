"""The relay killed with SIGKILL at the two worst moments: after a device has fetched a letter
but before it acknowledged it, and after a sender's first piece of a large letter was stored
but before the rest. The kill comes from a RelayLink whose step is wrapped to pull the plug at
that point; everything else is the real relay and the real code."""

import random
import string
import time

import pytest

from app.sync.engine.relay_mail import RelaySettings
from app.sync.net.relay import RelayLink
from app.sync.net.relay_report import RelayError


class KillAfterFetch(RelayLink):
    def __init__(self, engine, settings, relay):
        super().__init__(engine, settings)
        self.relay = relay

    async def _take(self, msgs, transfers, report):
        senders = await super()._take(msgs[:0], transfers, report)  # nothing taken yet
        self.relay.stop(kill=True)  # fetched, not yet stored or acknowledged
        await super()._take(msgs, transfers, report)  # stores; the acknowledgements cannot go
        return senders


class KillAfterFirstPiece(RelayLink):
    def __init__(self, engine, settings, relay):
        super().__init__(engine, settings)
        self.relay = relay
        self.published = 0

    async def _publish(self, js, subject, box):
        if self.published == 1:
            self.relay.stop(kill=True)
        self.published += 1
        await super()._publish(js, subject, box)


def _settings(ws) -> RelaySettings:
    settings = RelaySettings.load(ws.sync)
    assert settings is not None
    return settings


def test_killed_after_a_fetch_the_letter_comes_again_and_applies_once(panel, relay, settled, link):
    police, ci = panel["police"], panel["chief_inspector"]
    police.new_case(reference="CC-KILL-1").set("referral_reason", "fetched when the relay died")
    link("police").exchange()
    with pytest.raises(RelayError):
        KillAfterFetch(ci.sync, _settings(ci), relay).exchange()
    assert ci.open_case("CC-KILL-1").get("referral_reason") == "fetched when the relay died"  # stored first
    relay.start()
    # The letter was fetched and never acknowledged: the relay offers it again, at once if the
    # kill took the delivery with it, else once its wait for the acknowledgement runs out
    # (shortened here from minutes to a second).
    quick = RelayLink(ci.sync, _settings(ci))
    quick.ack_wait_s = 1.0
    first = quick.exchange()
    time.sleep(1.5)
    second = quick.exchange()
    assert first.received_letters + second.received_letters >= 1  # the unacknowledged letter, taken again
    assert first.refused == second.refused == 0
    assert first.applied == second.applied == 0  # and nothing applied twice
    time.sleep(1.5)
    assert quick.exchange().received_letters == 0  # acknowledged now: it stops coming


def test_killed_mid_letter_the_sender_sends_it_whole_again(panel, relay, settled, link):
    police, ci = panel["police"], panel["chief_inspector"]
    case = police.new_case(reference="CC-KILL-2")
    rng = random.Random(7)
    fields = [f.id for f in police.schema.fields.values() if f.type == "long_text" and case.can_write(f.id)]
    for field in fields[:8]:
        case.set(field, "".join(rng.choice(string.ascii_letters) for _ in range(180_000)))
    case.set("referral_reason", "in a letter of several pieces")
    with pytest.raises(RelayError):
        KillAfterFirstPiece(police.sync, _settings(police), relay).exchange()
    relay.start()
    sent = link("police").exchange()
    assert sent.sent_envelopes > 0  # nothing was noted as waiting: the letters go again, whole
    got = link("chief_inspector").exchange()
    assert got.refused == 0
    assert ci.open_case("CC-KILL-2").get("referral_reason") == "in a letter of several pieces"
