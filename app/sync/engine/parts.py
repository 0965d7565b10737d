"""What the sync engine's parts need from the engine that holds them, as typed interfaces.

The engine is one object per device and thread; its parts (receiving envelopes, key grants,
invitations) each hold only what they use: the store, the device's identity, and these two views
of the engine. Naming them here keeps each part's contract in the type checker rather than in a
comment, and lets a part be built and tested with a small stand-in."""

from __future__ import annotations

from typing import Protocol

from app.models.identity import DeviceProfile
from app.sync.engine.membership import PanelState


class PanelView(Protocol):
    """The panel as this device's membership log folds it now."""

    @property
    def panel_id(self) -> str | None: ...

    def state(self) -> PanelState: ...


class Quarantine(Protocol):
    """Where what failed a check is set aside, counted against its source's budget."""

    def set_aside(self, kind: str, source: str, reason: str, data: bytes) -> None: ...


class Admitter(Protocol):
    """Admits a device to the panel and returns what it needs to join."""

    def admission(self, profile: DeviceProfile) -> bytes: ...
