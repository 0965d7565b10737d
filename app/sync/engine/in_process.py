"""A sync round between two devices open in one process: the same steps a session takes over the
network (membership both ways, sealing, key grants, envelopes), with every check of the receiving
engine, and no socket. The demo builds its panel with it; tests use it where TLS is not the point."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from app.models.identity import DeviceProfile
from app.sync.engine import disclosing
from app.sync.engine.received import Received
from app.sync.engine.sync_engine import SyncEngine


class OpenDevice(Protocol):
    """A device open in this process: its sync engine and who it is (the workspace is one)."""

    @property
    def sync(self) -> SyncEngine: ...

    @property
    def profile(self) -> DeviceProfile: ...


def exchange(src: OpenDevice, dst: OpenDevice) -> Received:
    """One direction of a round: what src has that dst may hold. Returns dst's receipt."""
    src.sync.receive_membership(dst.sync.membership_entries(), dst.profile.device_id)
    dst.sync.receive_membership(src.sync.membership_entries(), src.profile.device_id)
    for device in (src, dst):
        # A workspace puts an agreement the panel adopted in force, as it does after any sync.
        follow = getattr(device, "follow_agreement", None)
        if follow is not None:
            follow()
    src.sync.seal_pending()
    src.sync.grant_sweep()
    dst.sync.receive_grants(src.sync.grants_for(dst.profile.device_id), src.profile.device_id)
    items = src.sync.envelope_items_for(dst.profile.device_id)
    # Everything dst may hold goes again each round (what it has counts as a duplicate), but
    # only what it lacked is logged as disclosed, as a session sends only that.
    has = {(c, k): set(h) for c, k, h in dst.sync.holdings_for(dst.profile.role)}
    new = [(c, k) for (c, k, e), _d in items if e not in has.get((c, k), ())]
    if new:
        disclosing.log_sent(src.sync, dst.profile.device_id, new, "sync", "envelopes")
    return dst.sync.receive_envelopes([data for _key, data in items], src.profile.device_id)


def sync_all(devices: Mapping[str, OpenDevice], rounds: int = 1) -> int:
    """Every device with every other, in both directions; returns how many envelopes were quarantined."""
    quarantined = 0
    for _ in range(rounds):
        for a in devices.values():
            for b in devices.values():
                if a is not b:
                    quarantined += len(exchange(a, b).quarantined)
    return quarantined
