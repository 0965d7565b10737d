"""Finding panel devices on the local network with zeroconf (mDNS / DNS-SD).

Discovery is a convenience and never a trust decision: anyone on the network can answer a
multicast query, copy a tag they overheard, or claim a device id. Who a peer really is gets
settled by the TLS session, whose certificates are pinned to device keys. A host:port typed by
hand needs none of this and always works.

What a device publishes is read by every stranger on the network, so it says as little as
possible: the service type, a neutral instance and host name, the port, and two TXT entries:

- ``tag``: HMAC-SHA256(key=panel id, msg="concord-discovery/" + UTC date), first 8 bytes in hex.
- ``id``: HMAC-SHA256(key=panel id, msg="concord-discovery-id/" + UTC date + "/" + device id),
  first 16 bytes in hex; the instance and host names are made from it too.

Both change every day (UTC). Only members know the panel id, so only they can tell which panel
a tag belongs to, and map an id back to a device they know (they try each member's id for the
day). A stranger who hears the same laptop on two days sees two unrelated tags and ids, so
cannot follow it from day to day, nor tell a café from a court by it. A device that advertises
across midnight re-announces itself under the new day's tag and id; browsers accept the day
before and after as well, for clocks a little apart.

No panel id, device id, name, agency or role is ever published, and the machine's own host name
is not used either: laptops are often named after the person who carries them. Nothing is
published unless the user asks (`concord serve --advertise`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import ipaddress
import logging
import re
import socket
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import ifaddr
from zeroconf import (
    DNSQuestionType,
    InterfaceChoice,
    InterfacesType,
    IPVersion,
    ServiceBrowser,
    ServiceInfo,
    ServiceStateChange,
    Zeroconf,
)
from zeroconf import (
    Error as ZeroconfError,
)

from app.models import clock
from app.models.errors import ConcordError
from app.models.language import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SERVICE_TYPE = "_concord._tcp.local."
TAG_KEY = b"tag"
ID_KEY = b"id"
# Short enough that the browser thread is not held up for long by a peer that vanished mid-answer,
# long enough for a busy network.
RESOLVE_TIMEOUT_MS = 1500
RECORD_TTL = 120  # seconds

_TAG = re.compile(r"[0-9a-f]{16}")
_DEVICE_ID = re.compile(r"[0-9a-f]{32}")
_FALLBACK_HINT = "type the peer's address as host:port instead; that always works"


class DiscoveryError(ConcordError):
    """Local network discovery cannot run here (no network, no multicast, a bad interface)."""


# How often an advertiser looks whether the day has turned (in real seconds).
REFRESH_S = 60.0


def _check_panel(panel_id: str) -> str:
    if not isinstance(panel_id, str) or not panel_id:
        raise DiscoveryError(
            QT_TRANSLATE_NOOP("SyncProblems", "this device is not in a panel yet, so there are no panel peers to find")
        )
    return panel_id


def utc_day() -> dt.date:
    """The day announcements are made for: UTC, so devices in different time zones agree."""
    return clock.wall().astimezone(dt.UTC).date()


def panel_tag(panel_id: str, day: dt.date | None = None) -> str:
    """The panel's tag for one day (today, UTC, if not given)."""
    day = day or utc_day()
    msg = f"concord-discovery/{day.isoformat()}".encode()
    return hmac.new(_check_panel(panel_id).encode(), msg, hashlib.sha256).digest()[:8].hex()


def announced_id(panel_id: str, device_id: str, day: dt.date | None = None) -> str:
    """What a device publishes as its id on one day: members map it back, strangers cannot."""
    day = day or utc_day()
    msg = f"concord-discovery-id/{day.isoformat()}/{device_id}".encode()
    return hmac.new(_check_panel(panel_id).encode(), msg, hashlib.sha256).digest()[:16].hex()


def _days_around(day: dt.date) -> list[dt.date]:
    return [day, day - dt.timedelta(days=1), day + dt.timedelta(days=1)]


@dataclass(frozen=True)
class Peer:
    device_id: str
    host: str
    port: int


def _check_device_id(device_id: str) -> str:
    # Anything else in this slot (a name, a role) would be broadcast to the whole network.
    if not isinstance(device_id, str) or not _DEVICE_ID.fullmatch(device_id):
        raise DiscoveryError(
            QT_TRANSLATE_NOOP(
                "SyncProblems", "a device id is 32 lowercase hex characters; refusing to advertise anything else"
            )
        )
    return device_id


def _open_zeroconf(interfaces: InterfacesType | None) -> Zeroconf:
    try:
        zc = Zeroconf(interfaces=InterfaceChoice.All if interfaces is None else interfaces, ip_version=IPVersion.V4Only)
    except (OSError, ValueError, ZeroconfError) as exc:
        raise DiscoveryError(
            QT_TRANSLATE_NOOP("SyncProblems", "local network discovery is not available ({exc}); {fallback_hint}"),
            exc=exc,
            fallback_hint=_FALLBACK_HINT,
        ) from None
    # Zeroconf starts without complaint when none of the interfaces can carry multicast; it would
    # then find nothing forever, which looks like "no peers" rather than a problem to fix.
    if not getattr(zc.engine, "senders", True):
        zc.close()
        raise DiscoveryError(
            QT_TRANSLATE_NOOP(
                "SyncProblems", "no network interface here can carry local network discovery; {fallback_hint}"
            ),
            fallback_hint=_FALLBACK_HINT,
        )
    return zc


def _local_ipv4() -> list[str]:
    found: list[str] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if isinstance(ip.ip, str) and ip.ip not in found:  # ifaddr's IPv4 test: IPv6 ones are tuples
                found.append(ip.ip)
    return found


def _addresses_to_publish(host_ip: str | None, interfaces: InterfacesType | None) -> list[str]:
    if host_ip is not None:
        candidates = [host_ip]
    elif isinstance(interfaces, (list, tuple)):
        candidates = [i for i in interfaces if isinstance(i, str)]
    else:
        candidates = _local_ipv4()
    usable = []
    for text in candidates:
        try:
            ip = ipaddress.ip_address(text)
        except ValueError:
            raise DiscoveryError(
                QT_TRANSLATE_NOOP("SyncProblems", "{text} is not an IP address"), text=repr(text)
            ) from None
        if ip.version == 4 and not ip.is_link_local and str(ip) not in usable:
            usable.append(str(ip))
    # Loopback reaches nobody else, so it is published only when it is all there is (a machine
    # with no network, or discovery deliberately confined to this machine).
    outward = [a for a in usable if not ipaddress.ip_address(a).is_loopback]
    return outward or usable


class Advertiser:
    """Publishes this device's sync port to panel members on the local network.

    start() blocks for nearly two seconds while zeroconf probes that the name is free and
    announces it: call it off any GUI thread.
    """

    def __init__(
        self,
        panel_id: str,
        device_id: str,
        port: int,
        host_ip: str | None = None,
        interfaces: InterfacesType | None = None,
    ):
        if not isinstance(port, int) or not 0 < port < 65536:
            raise DiscoveryError(QT_TRANSLATE_NOOP("SyncProblems", "cannot advertise port {port}"), port=repr(port))
        self.device_id = _check_device_id(device_id)
        self.port = port
        self._panel_id = _check_panel(panel_id)
        self._interfaces = interfaces
        self._host_ip = host_ip
        self._zc: Zeroconf | None = None
        self._info: ServiceInfo | None = None
        self._day: dt.date | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None

    @property
    def info(self) -> ServiceInfo | None:
        """The record as published (the instance name may have changed if the first was taken)."""
        return self._info

    @property
    def day(self) -> dt.date | None:
        """The day the published record is for."""
        return self._day

    def _build_info(self, day: dt.date) -> ServiceInfo:
        addresses = _addresses_to_publish(self._host_ip, self._interfaces)
        if not addresses:
            raise DiscoveryError(
                QT_TRANSLATE_NOOP("SyncProblems", "this device has no IPv4 address to advertise; {fallback_hint}"),
                fallback_hint=_FALLBACK_HINT,
            )
        published = announced_id(self._panel_id, self.device_id, day)
        short = published[:8]
        return ServiceInfo(
            SERVICE_TYPE,
            f"concord-{short}.{SERVICE_TYPE}",
            port=self.port,
            addresses=[socket.inet_aton(a) for a in addresses],
            properties={TAG_KEY: panel_tag(self._panel_id, day).encode(), ID_KEY: published.encode()},
            server=f"concord-{short}.local.",
            # A laptop shut without a goodbye stays listed until its records expire; the usual
            # 75 minutes for the pointer record would show it long after it is gone.
            host_ttl=RECORD_TTL,
            other_ttl=RECORD_TTL,
        )

    def start(self, refresh_s: float | None = REFRESH_S) -> Advertiser:
        """Publish, and (unless refresh_s is None) look every refresh_s whether the day has
        turned, to re-announce under the new day's tag and id."""
        with self._lock:
            if self._zc is not None:
                return self
            day = utc_day()
            info = self._build_info(day)
            zc = _open_zeroconf(self._interfaces)
            try:
                # Two devices whose ids share the first 8 characters must both be findable; the id
                # in the TXT record, not the instance name, is what identifies a device.
                zc.register_service(info, allow_name_change=True)
            except (OSError, ZeroconfError, RuntimeError) as exc:
                zc.close()
                raise DiscoveryError(
                    QT_TRANSLATE_NOOP(
                        "SyncProblems", "could not advertise on the local network ({exc}); {fallback_hint}"
                    ),
                    exc=exc,
                    fallback_hint=_FALLBACK_HINT,
                ) from None
            self._zc, self._info, self._day = zc, info, day
        if refresh_s is not None:
            self._stop.clear()
            self._ticker = threading.Thread(
                target=self._tick, args=(refresh_s,), name="concord-advertiser", daemon=True
            )
            self._ticker.start()
        return self

    def _tick(self, every: float) -> None:
        while not self._stop.wait(every):
            try:
                self.refresh()
            except Exception:  # the next tick tries again; the advertisement stays as it was
                log.exception("discovery: could not re-announce for the new day")

    def refresh(self) -> bool:
        """Re-announce under today's tag and id if the day has turned since the last announcement
        (the old record is withdrawn with a goodbye first). Returns whether it did."""
        with self._lock:
            zc, old = self._zc, self._info
            day = utc_day()
            if zc is None or day == self._day:
                return False
            info = self._build_info(day)
            try:
                if old is not None:
                    zc.unregister_service(old)
                zc.register_service(info, allow_name_change=True)
            except (OSError, ZeroconfError, RuntimeError) as exc:
                raise DiscoveryError(
                    QT_TRANSLATE_NOOP("SyncProblems", "could not re-announce on the local network ({exc})"), exc=exc
                ) from None
            self._info, self._day = info, day
            return True

    def stop(self) -> None:
        self._stop.set()
        ticker, self._ticker = self._ticker, None
        if ticker is not None and ticker is not threading.current_thread():
            ticker.join(5)
        with self._lock:
            zc, self._zc = self._zc, None
            if zc is None:
                return
            try:
                # Goodbye packets first, so browsers drop this device now rather than when the TTL runs out.
                if self._info is not None:
                    zc.unregister_service(self._info)
            except (OSError, ZeroconfError, RuntimeError) as exc:
                log.debug("discovery: goodbye not sent: %s", exc)
            finally:
                zc.close()

    def __enter__(self) -> Advertiser:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _txt_value(properties: Mapping[bytes, bytes | None], key: bytes) -> str | None:
    value = properties.get(key)
    if not isinstance(value, bytes):
        return None
    try:
        return value.decode("ascii")
    except UnicodeDecodeError:
        return None


def _local_networks() -> list[ipaddress.IPv4Network]:
    nets = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if isinstance(ip.ip, str):  # IPv4 (see _local_ipv4)
                nets.append(ipaddress.IPv4Network(f"{ip.ip}/{ip.network_prefix}", strict=False))
    return nets


def _pick_host(addresses: Iterable[str]) -> str | None:
    """A laptop on both wifi and a cable publishes both; prefer the one on a network we share."""
    parsed = []
    for text in addresses:
        try:
            ip = ipaddress.ip_address(text)
        except ValueError:
            continue
        if isinstance(ip, ipaddress.IPv4Address) and not ip.is_unspecified and not ip.is_multicast:
            parsed.append(ip)
    if not parsed:
        return None
    nets = _local_networks()

    def rank(ip: ipaddress.IPv4Address) -> tuple[bool, bool]:
        return (ip.is_loopback, not any(ip in net for net in nets))

    return str(min(parsed, key=rank))


class Browser:
    """Keeps the list of this panel's devices currently advertising on the local network.

    on_change is called with the new list from a zeroconf thread whenever the list changes; a GUI
    must hand it over to its own thread (a queued signal) and must not call stop() from inside it.
    """

    def __init__(
        self,
        panel_id: str,
        on_change: Callable[[list[Peer]], None] | None = None,
        interfaces: InterfacesType | None = None,
        own_device_id: str | None = None,
        members: Callable[[], Iterable[str]] | Iterable[str] = (),
    ):
        """members: the ids of the panel's devices this device knows (or a function returning
        them, asked again as they change): an announced id is mapped back to one of them."""
        self._panel_id = _check_panel(panel_id)
        self._members = members if callable(members) else (lambda ids=tuple(members): ids)
        self._on_change = on_change
        self._interfaces = interfaces
        self._own = own_device_id
        self._lock = threading.Lock()
        self._found: dict[str, tuple[int, Peer]] = {}  # service name -> (when heard, peer)
        self._rejected: dict[str, str] = {}  # service name -> why it is not listed
        self._heard = 0
        self._zc: Zeroconf | None = None
        self._browser: ServiceBrowser | None = None

    def start(self) -> Browser:
        if self._zc is not None:
            return self
        zc = _open_zeroconf(self._interfaces)
        try:
            # Multicast questions only. zeroconf's default first question asks for a unicast reply,
            # which the kernel hands to just one of the sockets sharing port 5353; beside another
            # mDNS stack on the same machine (Avahi, a second Concord) the reply can go to the
            # wrong one and the peer shows up a second later, at the next question.
            self._browser = ServiceBrowser(zc, SERVICE_TYPE, handlers=[self._handle], question_type=DNSQuestionType.QM)
        except (OSError, ZeroconfError, RuntimeError) as exc:
            zc.close()
            raise DiscoveryError(
                QT_TRANSLATE_NOOP(
                    "SyncProblems", "could not look for peers on the local network ({exc}); {fallback_hint}"
                ),
                exc=exc,
                fallback_hint=_FALLBACK_HINT,
            ) from None
        self._zc = zc
        return self

    def stop(self) -> None:
        zc, browser = self._zc, self._browser
        self._zc = self._browser = None
        if zc is None:
            return
        if browser is not None:
            browser.cancel()
        zc.close()

    def __enter__(self) -> Browser:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def peers(self) -> list[Peer]:
        with self._lock:
            return self._snapshot()

    def rejected(self) -> dict[str, str]:
        """Concord services heard but not listed, and why: for diagnosing "my peer is not shown"."""
        with self._lock:
            return dict(self._rejected)

    def _snapshot(self) -> list[Peer]:
        # A device that restarted may be heard under two instance names until the old record
        # expires: list it once, at its latest address.
        latest: dict[str, tuple[int, Peer]] = {}
        for heard, peer in self._found.values():
            if peer.device_id not in latest or heard > latest[peer.device_id][0]:
                latest[peer.device_id] = (heard, peer)
        return sorted((p for _, p in latest.values()), key=lambda p: (p.device_id, p.host, p.port))

    def _handle(self, zeroconf: Zeroconf, service_type: str, name: str, state_change: ServiceStateChange) -> None:
        # An exception here would end zeroconf's browser thread and with it all further updates.
        try:
            if state_change is ServiceStateChange.Removed:
                self._update(name, None, None)
            else:
                peer, reason = self._resolve(zeroconf, service_type, name)
                self._update(name, peer, reason)
        except Exception:
            log.exception("discovery: ignoring an update for %r", name)

    def _resolve(self, zc: Zeroconf, service_type: str, name: str) -> tuple[Peer | None, str | None]:
        info = ServiceInfo(service_type, name)
        heard = info.load_from_cache(zc) or info.request(zc, RESOLVE_TIMEOUT_MS, question_type=DNSQuestionType.QM)
        if not heard:
            return None, "no answer when asked for its address"
        properties = info.properties or {}
        tag = _txt_value(properties, TAG_KEY)
        published = _txt_value(properties, ID_KEY)
        if tag is None or not _TAG.fullmatch(tag):
            return None, "malformed: no valid tag"
        day = next((d for d in _days_around(utc_day()) if hmac.compare_digest(tag, panel_tag(self._panel_id, d))), None)
        if day is None:
            return None, "another panel"
        if published is None or not _DEVICE_ID.fullmatch(published):
            return None, "malformed: no valid device id"
        if self._own is not None and hmac.compare_digest(published, announced_id(self._panel_id, self._own, day)):
            return None, "this device"
        device_id = next(
            (m for m in self._members() if hmac.compare_digest(published, announced_id(self._panel_id, m, day))), None
        )
        if device_id is None:
            return None, "not a member this device knows (sync with the chair first)"
        if not isinstance(info.port, int) or not 0 < info.port < 65536:
            return None, "malformed: no valid port"
        host = _pick_host(info.parsed_addresses(IPVersion.V4Only))
        if host is None:
            return None, "malformed: no IPv4 address"
        return Peer(device_id, host, info.port), None

    def _update(self, name: str, peer: Peer | None, reason: str | None) -> None:
        with self._lock:
            before = self._snapshot()
            self._heard += 1
            if peer is None:
                self._found.pop(name, None)
                if reason is None:
                    self._rejected.pop(name, None)
                else:
                    self._rejected[name] = reason
            else:
                self._found[name] = (self._heard, peer)
                self._rejected.pop(name, None)
            after = self._snapshot()
        if after != before and self._on_change is not None:
            try:
                self._on_change(after)
            except Exception:
                log.exception("discovery: the on_change callback failed")


def discover(
    panel_id: str,
    seconds: float = 2.0,
    interfaces: InterfacesType | None = None,
    own_device_id: str | None = None,
    members: Iterable[str] = (),
) -> list[Peer]:
    """Listen for `seconds` and return the panel's devices heard in that time.

    There is no "everyone has answered" moment in mDNS, so this always waits the full time. Keep
    it above about 1.5 s: a responder that has just announced itself stays quiet for a second
    (RFC 6762, section 6.2) and is heard only at the browser's second question, one second in.
    """
    with Browser(panel_id, interfaces=interfaces, own_device_id=own_device_id, members=members) as browser:
        time.sleep(max(0.0, seconds))
        return browser.peers()
