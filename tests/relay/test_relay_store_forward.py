"""Store and forward: a device offline for a long time gets what it missed; nothing is sent
twice while it waits; only the device's own letter counts as a receipt; revocation takes a
device off the relay; a full mailbox is reported; acknowledged letters survive a SIGKILL."""

import os
import time

import pytest

from app.models import clock
from app.sync.engine.relay_mail import RelaySent
from app.sync.net.relay import PIECE_TRIES, RelayLink
from app.sync.net.relay_report import RelayError
from app.sync.protocol.relay_box import PIECE_BYTES, RelayNames, seal_boxes
from tests.support.relay_server import boxes_in, observe


def _waiting(relay, chair, device_id) -> int:
    names = RelayNames(chair.sync.panel_id)

    async def count(nc):
        info = await nc.jetstream(timeout=5).stream_info(names.stream, subjects_filter=">")
        return (info.state.subjects or {}).get(names.mailbox(device_id), 0)

    return observe(relay, chair.sync, count)


def test_an_offline_device_gets_everything_once_and_its_letter_is_the_receipt(panel, relay, settled, link):
    police, clinician = panel["police"], panel["clinician"]
    case = police.new_case(reference="CC-SF-1")
    case.set("referral_reason", "first")
    link("police").exchange()
    case.set("referral_date", "2026-12-01")
    link("police").exchange()
    again = link("police").exchange()  # nothing new: nothing sent, though no one has confirmed
    assert again.sent_letters == 0
    clinician_id = clinician.profile.device_id
    assert _waiting(relay, panel["chair"], clinician_id) == 2
    assert police.sync.peers.holdings(clinician_id) == {}  # the relay is not a receipt

    got = link("clinician").exchange()
    assert got.received_letters == 2
    seen = clinician.open_case("CC-SF-1")
    assert (seen.get("referral_reason"), seen.get("referral_date")) == ("first", "2026-12-01")
    assert _waiting(relay, panel["chair"], clinician_id) == 0  # acknowledged, so removed
    assert got.sent_letters >= 1  # the clinician's receipt to the police device

    link("police").exchange()  # reads the receipt
    held = police.sync.peers.holdings(clinician_id)
    assert held and all(held.values())
    # Confirmed: no longer waiting. The devices that have not answered still wait.
    assert RelaySent(police.sync).count(clinician_id) == 0
    assert RelaySent(police.sync).count(panel["facilitator"].profile.device_id) > 0


def test_a_letter_delivered_twice_applies_once(panel, relay, settled, link):
    panel["police"].new_case(reference="CC-SF-2").set("referral_reason", "once")
    link("police").exchange()
    names = RelayNames(panel["chair"].sync.panel_id)
    ci = panel["chief_inspector"].profile.device_id

    async def replay(nc):  # a malicious operator keeps a copy and delivers it again later
        js = nc.jetstream(timeout=5)
        msg = (await boxes_in(js, names, names.mailbox(ci)))[-1]
        await js.publish(names.mailbox(ci), msg.data)
        await js.publish(names.mailbox(ci), msg.data[:-1] + bytes([msg.data[-1] ^ 1]))  # corrupted

    observe(relay, panel["chair"].sync, replay)
    report = link("chief_inspector").exchange()
    assert report.received_letters == 2 and report.refused == 1
    assert panel["chief_inspector"].open_case("CC-SF-2").get("referral_reason") == "once"
    kinds = [row.kind for row in panel["chief_inspector"].sync.quarantined()]
    assert "relay" in kinds


def test_a_revoked_device_loses_its_relay_access_and_its_mailbox(panel, relay, settled, link):
    chair, facilitator = panel["chair"], panel["facilitator"]
    panel["police"].new_case(reference="CC-SF-3").set("referral_reason", "before the revocation")
    link("facilitator").exchange()
    fac_id = facilitator.profile.device_id
    chair.sync.revoke(fac_id)
    relay.write(chair.sync)
    relay.reload()
    assert fac_id not in relay.folder.joinpath(f"panel-{RelayNames(chair.sync.panel_id).account}.conf").read_text()
    link("police").exchange()  # the police device has not yet heard of the revocation
    with pytest.raises(RelayError, match="cannot reach the relay"):
        RelayLink(facilitator.sync, link("facilitator").settings).exchange()
    removed = link("chair").exchange().removed
    assert removed == 1
    assert _waiting(relay, chair, fac_id) == 0


def test_a_full_mailbox_is_reported_to_the_sender(panel, relay, settled, link):
    relay.write(panel["chair"].sync, quota=64 * 1024)
    relay.stop()
    relay.start()
    with panel["chair"].sync.store.begin() as conn:  # the stream's own limit, set on the chair's device
        panel["chair"].sync.store.set_meta(conn, "relay_quota", str(48 * 1024))
    link("chair").exchange()
    case = panel["police"].new_case(reference="CC-SF-4")
    report = None
    for i in range(12):
        case.set("referral_reason", f"change {i} " + "x" * 2000)
        report = link("police").exchange()
        if report.full:
            break
    assert report is not None and report.full
    assert any("mailboxes are full" in line for line in report.lines())


def test_acknowledged_letters_survive_the_relay_killed(panel, relay, settled, link):
    panel["police"].new_case(reference="CC-SF-5").set("referral_reason", "kept through a power cut")
    assert link("police").exchange().sent_letters == 4
    relay.stop(kill=True)
    with pytest.raises(RelayError, match="cannot reach the relay"):
        link("clinician").exchange()
    relay.start()
    assert link("clinician").exchange().received_letters == 1
    assert panel["clinician"].open_case("CC-SF-5").get("referral_reason") == "kept through a power cut"


def test_letters_the_relay_dropped_are_sent_again_once_the_device_posts_what_it_holds(panel, relay, settled, link):
    police, ci = panel["police"], panel["chief_inspector"]
    ci_id = ci.profile.device_id
    police.new_case(reference="CC-SF-6").set("referral_reason", "dropped by the relay once")
    assert link("police").exchange().sent_letters == 4
    names = RelayNames(panel["chair"].sync.panel_id)

    async def drop(nc):  # a failing or hostile relay loses the chief inspector's letter
        await nc.jetstream(timeout=5).purge_stream(names.stream, subject=names.mailbox(ci_id))

    observe(relay, panel["chair"].sync, drop)
    assert link("chief_inspector").exchange().received_letters == 0
    assert link("police").exchange().sent_letters == 0  # it waits in the mailbox, as far as police knows
    previous = clock.use(clock.Clock(shift_s=2 * 86400))  # two days on, the chief inspector checks in
    try:
        assert link("chief_inspector").exchange(post_holdings=True).sent_letters >= 1
        again = link("police").exchange()
        assert again.received_letters >= 1 and again.sent_envelopes >= 1
        link("chief_inspector").exchange()
    finally:
        clock.use(previous)
    assert ci.open_case("CC-SF-6").get("referral_reason") == "dropped by the relay once"


def test_letters_delivered_out_of_order_still_converge(panel, relay, settled, link):
    police, ci = panel["police"], panel["chief_inspector"]
    ci_id = ci.profile.device_id
    case = police.new_case(reference="CC-SF-7")
    case.set("referral_reason", "first")
    link("police").exchange()
    case.set("referral_reason", "second, built on the first")
    link("police").exchange()
    names = RelayNames(panel["chair"].sync.panel_id)

    async def reverse(nc):  # the operator hands the chief inspector its letters last first
        js = nc.jetstream(timeout=5)
        mine = [m.data for m in await boxes_in(js, names, names.mailbox(ci_id))]
        await js.purge_stream(names.stream, subject=names.mailbox(ci_id))
        for data in reversed(mine):
            await js.publish(names.mailbox(ci_id), data)
        return len(mine)

    assert observe(relay, panel["chair"].sync, reverse) == 2
    report = link("chief_inspector").exchange()
    assert report.received_letters == 2 and report.refused == 0
    assert ci.open_case("CC-SF-7").get("referral_reason") == "second, built on the first"


def test_pieces_of_a_letter_whose_sender_died_mid_letter_stop_coming(panel, relay, settled, link):
    ci = panel["chief_inspector"]
    ci_id = ci.profile.device_id
    member = panel["police"].sync.state().active(ci_id)
    first, _second = seal_boxes(os.urandom(PIECE_BYTES + 10), ci_id, member.exchange_public)
    names = RelayNames(panel["chair"].sync.panel_id)

    async def half(nc):  # what a sender killed after its first piece leaves behind
        await nc.jetstream(timeout=5).publish(names.mailbox(ci_id), first)

    observe(relay, panel["chair"].sync, half)
    started = time.monotonic()
    reports = [link("chief_inspector").exchange() for _ in range(PIECE_TRIES)]
    assert [r.refused for r in reports] == [0] * (PIECE_TRIES - 1) + [1]
    assert time.monotonic() - started < 30  # offered again at once, not after the relay's ack wait
    assert link("chief_inspector").exchange().refused == 0  # gone
    assert any("never came" in row.reason for row in ci.sync.quarantined())
