"""The audit heads two devices give each other in a sync session (the Anchors frame).

Each side sends the head of its own audit log, signed as the session opens, and the latest head
it holds of the peer's. So every device keeps, of each peer, the heads that peer signed, and
gets back from each peer the heads it signed itself: a device whose log was cut short after a
session is caught by its own `concord audit` as soon as it syncs again, naming the peer that
held the head, and the peer sees the shortened head arrive. Heads only: no entry crosses.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from app.models import audit, audit_anchors
from app.models.audit_anchors import Anchor
from app.models.identity import DeviceKeys, DeviceProfile
from app.models.language import QT_TRANSLATE_NOOP
from app.models.storage.store import Store
from app.sync.errors import SyncError


class _KeyHolder(Protocol):
    @property
    def signing_public(self) -> bytes: ...


class _Panel(Protocol):
    @property
    def members(self) -> Mapping[str, _KeyHolder]: ...


class AnchoringEngine(Protocol):
    """What the heads need of the sync engine: it sits a layer above this module, so it is
    described here rather than imported."""

    @property
    def store(self) -> Store: ...

    @property
    def keys(self) -> DeviceKeys: ...

    @property
    def profile(self) -> DeviceProfile: ...

    @property
    def actor(self) -> audit.Actor: ...

    def state(self) -> _Panel: ...


def opening_anchors(engine: AnchoringEngine, peer: str) -> tuple[bytes, ...]:
    """This device's head, signed now, and the latest head it holds of the peer's log."""
    me = engine.profile.device_id
    # The sync engine is where the device keys and the store meet: from here on the chain
    # also signs its own head every audit.ANCHOR_EVERY entries.
    if engine.store.audit.sign is None:
        engine.store.audit.sign = engine.keys.sign
    with engine.store.begin() as conn:
        own = audit_anchors.sign_head(conn, me, engine.keys.sign)
        theirs = audit_anchors.latest_of(conn, peer)
    return tuple(a.encode() for a in (own, theirs) if a is not None)


def latest_own(engine: AnchoringEngine) -> Anchor | None:
    me = engine.profile.device_id
    with engine.store.engine.connect() as conn:
        return audit_anchors.latest_of(conn, me)


def receive_anchors(engine: AnchoringEngine, peer: str, items: tuple[bytes, ...]) -> None:
    """Keep the peer's heads of its own log and of this one, each checked against its signer.

    A head of the peer's log that is further back than one already held, though signed later,
    means the peer's log was shortened: that is written into this device's audit log. One entry
    notes what a session brought that was new (the log says what a peer said of it)."""
    me = engine.profile.device_id
    member = engine.state().members.get(peer)
    if member is None:
        raise SyncError(QT_TRANSLATE_NOOP("SyncProblems", "audit heads from a device that is not a member"))
    keys = {peer: member.signing_public, me: engine.profile.signing_public}
    anchors = []
    for data in items:
        try:
            anchor = Anchor.decode(data)
        except ValueError as exc:
            raise SyncError(
                QT_TRANSLATE_NOOP("SyncProblems", "the peer sent a malformed audit head: {exc}"), exc=exc
            ) from None
        if anchor.device_id not in keys:
            raise SyncError(QT_TRANSLATE_NOOP("SyncProblems", "the peer sent the audit head of a third device"))
        if not anchor.verifies(keys[anchor.device_id]):
            raise SyncError(
                QT_TRANSLATE_NOOP("SyncProblems", "the peer sent an audit head whose signature does not verify")
            )
        anchors.append(anchor)
    notes = []
    with engine.store.begin() as conn:
        for anchor in anchors:
            if anchor.device_id == peer:
                before = audit_anchors.latest_of(conn, peer)
                if (
                    before is not None
                    and anchor.signed_at > before.signed_at
                    and (anchor.seq < before.seq or (anchor.seq == before.seq and anchor.hash != before.hash))
                ):
                    notes.append(f"{peer} log shortened: head {anchor.seq} signed after {before.seq}")
                if audit_anchors.keep(conn, anchor, peer):
                    notes.append(f"{peer} head {anchor.seq}")
            elif audit_anchors.keep(conn, anchor, peer):
                notes.append(f"this device's head {anchor.seq} held by {peer}")
        if notes:
            audit.append(conn, engine.actor, "audit_anchored", "", "; ".join(notes)[:300])
