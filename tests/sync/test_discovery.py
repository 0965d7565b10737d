"""Peer discovery over real zeroconf, confined to the loopback interface.

Multicast on 127.0.0.1 keeps the tests off any real network and needs no network at all; it
exercises the same sockets, probing, announcements, goodbyes and record parsing as a LAN. Each
zeroconf registration probes for about 1.7 s before it returns, so services a test needs are
registered side by side on threads rather than one after another.
"""

import datetime as dt
import hashlib
import hmac
import secrets
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from zeroconf import DNSQuestionType, IPVersion, ServiceInfo, Zeroconf

from app.models import clock
from app.models.errors import ConcordError
from app.sync.net.discovery import (
    SERVICE_TYPE,
    Advertiser,
    Browser,
    DiscoveryError,
    Peer,
    announced_id,
    discover,
    panel_tag,
    utc_day,
)

LOOPBACK = ["127.0.0.1"]
TIMEOUT = 5.0


def wait_for(condition, what: str, timeout: float = TIMEOUT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.02)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def new_device_id() -> str:
    return secrets.token_hex(16)


def new_panel_id() -> str:
    return secrets.token_hex(32)


def in_parallel(*calls):
    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        for future in [pool.submit(call) for call in calls]:
            future.result()


@pytest.fixture
def known():
    """The device ids the browsers of a test know as members (every advertiser's, by default)."""
    return []


@pytest.fixture
def browse(known):
    started = []

    def make(panel_id, **kwargs) -> Browser:
        kwargs.setdefault("members", lambda: list(known))
        browser = Browser(panel_id, interfaces=LOOPBACK, **kwargs).start()
        started.append(browser)
        return browser

    yield make
    for browser in started:
        browser.stop()


@pytest.fixture
def advertise(known):
    started = []

    def make(panel_id, device_id=None, port=4711) -> Advertiser:
        adv = Advertiser(panel_id, device_id or new_device_id(), port, interfaces=LOOPBACK)
        known.append(adv.device_id)
        started.append(adv)
        return adv

    yield make
    for adv in started:
        adv.stop()


@pytest.fixture
def raw_zeroconf():
    """A plain zeroconf responder, for publishing records Concord itself would never write."""
    zc = Zeroconf(interfaces=LOOPBACK, ip_version=IPVersion.V4Only)
    yield zc
    zc.close()


RUN = secrets.token_hex(4)  # other runs of these tests on the same machine share the multicast group


def raw_info(label: str, properties, port=4800, addresses=("127.0.0.1",)) -> ServiceInfo:
    name = f"test-{label}-{RUN}"
    return ServiceInfo(
        SERVICE_TYPE,
        f"{name}.{SERVICE_TYPE}",
        port=port,
        addresses=[socket.inet_aton(a) for a in addresses],
        properties=properties,
        server=f"{name}.local.",
    )


def test_panel_tag_and_id_are_short_keyed_hashes_of_the_panel_id_and_the_day():
    panel, device = new_panel_id(), new_device_id()
    day = dt.date(2026, 12, 6)
    expected = hmac.new(panel.encode(), b"concord-discovery/2026-12-06", hashlib.sha256).digest()[:8].hex()
    assert panel_tag(panel, day) == expected and len(expected) == 16
    assert panel_tag(new_panel_id(), day) != expected
    assert panel_tag(panel, day + dt.timedelta(days=1)) != expected
    published = announced_id(panel, device, day)
    assert (
        published
        == hmac.new(panel.encode(), f"concord-discovery-id/2026-12-06/{device}".encode(), hashlib.sha256)
        .digest()[:16]
        .hex()
    )
    assert published != device and announced_id(panel, device, day + dt.timedelta(days=1)) != published


def test_advertiser_and_browser_find_each_other_and_a_stop_removes_the_peer(browse, advertise):
    panel, device = new_panel_id(), new_device_id()
    changes = []
    browser = browse(panel, on_change=changes.append)
    adv = advertise(panel, device, port=4711).start()

    expected = [Peer(device, "127.0.0.1", 4711)]
    wait_for(lambda: browser.peers() == expected, "the advertised peer")
    assert changes[-1] == expected

    adv.stop()
    wait_for(lambda: browser.peers() == [], "the goodbye of the stopped advertiser", timeout=3.0)
    assert changes[-1] == []


def test_only_this_panels_other_devices_are_listed(browse, advertise):
    panel, own = new_panel_id(), new_device_id()
    browser = browse(panel, own_device_id=own)
    member = advertise(panel, port=4712)
    stranger = advertise(new_panel_id(), port=4713)
    itself = advertise(panel, own, port=4714)
    in_parallel(member.start, stranger.start, itself.start)

    expected = {stranger.info.name: "another panel", itself.info.name: "this device"}
    wait_for(lambda: expected.items() <= browser.rejected().items() and browser.peers(), "all three advertisements")
    assert browser.peers() == [Peer(member.device_id, "127.0.0.1", 4712)]


def test_discover_returns_the_panels_peers_heard_in_time(advertise):
    panel = new_panel_id()
    adv, other = advertise(panel, port=4715), advertise(new_panel_id(), port=4716)
    in_parallel(adv.start, other.start)

    started = time.monotonic()
    found = discover(panel, seconds=2.0, interfaces=LOOPBACK, members=[adv.device_id, other.device_id])
    assert found == [Peer(adv.device_id, "127.0.0.1", 4715)]
    assert other.device_id not in {p.device_id for p in found}
    assert time.monotonic() - started < 3.5


def test_the_published_record_names_no_panel_person_agency_or_role(make_workspace, advertise):
    chair = make_workspace("chair")
    chair.sync.found_panel("chair")
    panel, profile = chair.sync.panel_id, chair.profile
    adv = advertise(panel, profile.device_id, port=4717).start()

    # Read it back as a stranger would, from the network, with a separate zeroconf.
    stranger = Zeroconf(interfaces=LOOPBACK, ip_version=IPVersion.V4Only)
    try:
        heard = ServiceInfo(SERVICE_TYPE, adv.info.name)
        assert heard.request(stranger, 3000, question_type=DNSQuestionType.QM), "the advertisement was not heard"
    finally:
        stranger.close()

    today = announced_id(panel, profile.device_id)
    assert heard.properties == {b"tag": panel_tag(panel).encode(), b"id": today.encode()}
    assert heard.name == f"concord-{today[:8]}.{SERVICE_TYPE}"
    assert heard.server == f"concord-{today[:8]}.local."
    assert heard.port == 4717
    published = b"|".join([heard.text, heard.name.encode(), heard.server.encode()]).lower()
    secrets_of_the_panel = [
        panel,
        panel[:16],
        profile.device_id,
        profile.device_id[:8],
        profile.name,
        profile.agency,
        profile.role,
        "chair",
        socket.gethostname(),
    ]
    for text in secrets_of_the_panel:
        assert text.lower().encode() not in published, f"{text!r} is published"


def test_malformed_records_are_ignored_and_do_not_stop_discovery(browse, advertise, raw_zeroconf, known):
    panel = new_panel_id()
    tag = panel_tag(panel).encode()
    browser = browse(panel)
    bad = {
        "no-txt": raw_info("no-txt", None),
        "not-txt": raw_info("not-txt", b"\x20abc"),  # a length byte that runs past the end
        "bad-id": raw_info("bad-id", {b"tag": tag, b"id": b"Pat Police"}),
        "binary-id": raw_info("binary-id", {b"tag": tag, b"id": "\u00e9".encode() * 16}),
        "short-tag": raw_info("short-tag", {b"tag": tag[:8], b"id": new_device_id().encode()}),
        "no-id": raw_info("no-id", {b"tag": tag}),
        "no-value": raw_info("no-value", {b"tag": None, b"id": None}),
        "no-address": raw_info("no-address", {b"tag": tag, b"id": b"0" * 32}, addresses=()),
    }
    good = advertise(panel, port=4718)
    known.append("0" * 32)  # so the record without an address is turned away for that, not as a stranger
    bad["no-address"] = raw_info(
        "no-address", {b"tag": tag, b"id": announced_id(panel, "0" * 32).encode()}, addresses=()
    )
    in_parallel(good.start, *[lambda info=info: raw_zeroconf.register_service(info) for info in bad.values()])

    names = {info.name for info in bad.values()}
    wait_for(lambda: names <= set(browser.rejected()), "every malformed record to be heard")
    # the good record is resolved on its own schedule; its arrival, not its order, is what is proved
    wait_for(lambda: browser.peers() != [], "the good record despite the malformed ones")
    assert browser.peers() == [Peer(good.device_id, "127.0.0.1", 4718)]
    reasons = {name: why for name, why in browser.rejected().items() if name in names}
    assert all(why.startswith(("malformed", "no answer")) for why in reasons.values()), reasons


def test_an_update_to_a_record_updates_the_list(browse, raw_zeroconf):
    panel = new_panel_id()
    tag = panel_tag(panel).encode()
    first, second = new_device_id(), new_device_id()
    browser = browse(panel, members=[first, second])
    first_id, second_id = announced_id(panel, first).encode(), announced_id(panel, second).encode()

    raw_zeroconf.register_service(raw_info("moving", {b"tag": tag, b"id": first_id}, port=4801))
    wait_for(lambda: browser.peers() == [Peer(first, "127.0.0.1", 4801)], "the first record")

    raw_zeroconf.update_service(raw_info("moving", {b"tag": tag, b"id": second_id}, port=4802))
    wait_for(lambda: browser.peers() == [Peer(second, "127.0.0.1", 4802)], "the updated record")

    raw_zeroconf.update_service(raw_info("moving", {b"tag": b"0" * 16, b"id": second_id}, port=4802))
    wait_for(lambda: browser.peers() == [], "the record moved to another panel to be dropped")


def test_a_failing_on_change_callback_does_not_stop_discovery(browse, advertise):
    panel = new_panel_id()
    calls = []

    def broken(peers):
        calls.append(peers)
        raise RuntimeError("a listener bug")

    browser = browse(panel, on_change=broken)
    first = advertise(panel, port=4719).start()
    wait_for(lambda: calls, "the first change")
    second = advertise(panel, port=4720).start()
    wait_for(lambda: len(browser.peers()) == 2, "the second peer after the callback failed")
    assert {p.device_id for p in browser.peers()} == {first.device_id, second.device_id}


@pytest.mark.parametrize("interfaces", [["203.0.113.9"], []], ids=["address-not-on-this-host", "no-interface"])
def test_no_usable_network_is_a_clear_error_that_points_to_host_port(interfaces):
    panel = new_panel_id()
    threads_before = set(threading.enumerate())
    attempts = [
        lambda: Browser(panel, interfaces=interfaces).start(),
        lambda: Advertiser(panel, new_device_id(), 4721, interfaces=interfaces).start(),
        lambda: discover(panel, seconds=0.1, interfaces=interfaces),
    ]
    for attempt in attempts:
        with pytest.raises(DiscoveryError, match="host:port") as raised:
            attempt()
        assert isinstance(raised.value, ConcordError)
    # Nothing half-started is left running behind the error.
    wait_for(lambda: set(threading.enumerate()) <= threads_before, "no thread left running", timeout=2.0)


def test_a_device_in_no_panel_gets_a_clear_error():
    for attempt in (lambda: Browser(None), lambda: Advertiser("", new_device_id(), 4723), lambda: discover(None)):
        with pytest.raises(DiscoveryError, match="not in a panel"):
            attempt()


def test_the_advertiser_refuses_to_publish_anything_but_a_device_id():
    with pytest.raises(DiscoveryError):
        Advertiser(new_panel_id(), "Pat Police", 4722)
    with pytest.raises(DiscoveryError):
        Advertiser(new_panel_id(), new_device_id(), 0)


def test_a_device_id_itself_is_never_announced_and_a_stranger_cannot_map_the_announced_one(browse, advertise):
    panel, device = new_panel_id(), new_device_id()
    adv = advertise(panel, device, port=4724)
    member = browse(panel, members=[device])
    stranger = browse(panel, members=[])  # knows the panel id, not the device: as a device not yet synced
    adv.start()
    wait_for(lambda: member.peers() == [Peer(device, "127.0.0.1", 4724)], "the member's view")
    wait_for(lambda: adv.info.name in stranger.rejected(), "the unknown device to be turned away")
    assert stranger.rejected()[adv.info.name].startswith("not a member this device knows")
    assert device.encode() not in adv.info.text and device[:8] not in adv.info.name


@pytest.fixture
def manual_clock():
    manual = clock.ManualClock(wall=dt.datetime(2026, 12, 6, 23, 59, 0, tzinfo=dt.UTC))
    previous = clock.use(manual)
    yield manual
    clock.use(previous)


def test_the_announcement_changes_at_midnight_utc_and_members_still_find_it(manual_clock, browse, advertise):
    panel, device = new_panel_id(), new_device_id()
    browser = browse(panel, members=[device])
    adv = advertise(panel, device, port=4725).start(refresh_s=None)
    before = adv.info
    wait_for(lambda: browser.peers() == [Peer(device, "127.0.0.1", 4725)], "the peer before midnight")
    assert adv.refresh() is False  # the same day: nothing to re-announce

    manual_clock.advance(120)  # 00:01 on the 7th
    assert utc_day() == dt.date(2026, 12, 7)
    assert adv.refresh() is True
    after = adv.info
    assert after.name != before.name and after.server != before.server
    assert after.properties[b"tag"] != before.properties[b"tag"]
    assert after.properties[b"id"] != before.properties[b"id"]
    assert after.properties == {
        b"tag": panel_tag(panel, dt.date(2026, 12, 7)).encode(),
        b"id": announced_id(panel, device, dt.date(2026, 12, 7)).encode(),
    }
    # The old record said goodbye; the new one is found as the same device.
    wait_for(lambda: before.name not in {n for n in browser._found}, "the old day's record to go")
    wait_for(lambda: browser.peers() == [Peer(device, "127.0.0.1", 4725)], "the peer after midnight")
    # Nothing a stranger can compute links the two days' records: both are keyed by the panel id.
    assert before.properties[b"id"][:8] not in after.name.encode()


def test_a_peer_whose_clock_is_a_day_apart_is_found_one_further_is_not(manual_clock, browse, raw_zeroconf):
    panel, near, far = new_panel_id(), new_device_id(), new_device_id()
    browser = browse(panel, members=[near, far])
    yesterday, long_ago = dt.date(2026, 12, 5), dt.date(2026, 12, 3)
    raw_zeroconf.register_service(
        raw_info(
            "yesterday",
            {b"tag": panel_tag(panel, yesterday).encode(), b"id": announced_id(panel, near, yesterday).encode()},
            port=4803,
        )
    )
    raw_zeroconf.register_service(
        raw_info(
            "long-ago",
            {b"tag": panel_tag(panel, long_ago).encode(), b"id": announced_id(panel, far, long_ago).encode()},
            port=4804,
        )
    )
    wait_for(lambda: browser.peers() == [Peer(near, "127.0.0.1", 4803)], "the peer a day behind")
    wait_for(lambda: any(why == "another panel" for why in browser.rejected().values()), "the stale tag turned away")
