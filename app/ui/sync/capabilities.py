"""The newer parts of the sync core, each offered by the desktop once the core provides it.

Joining by invitation, progress reports during an exchange and discovery on the local network
arrived after the rest of the core. Looking them up here, once, lets the desktop start (and
say what it cannot do yet) on a core that lacks one, instead of failing to import.
"""

from __future__ import annotations

import inspect

from app.sync import transport

try:
    from app.sync.invitations import Invitation
except ImportError:
    Invitation = None

try:
    from app.sync.discovery import Advertiser, Browser
except ImportError:
    Advertiser = Browser = None

try:
    from app.sync.joining import join_via
except ImportError:
    join_via = getattr(transport, "join_via", None)


def reports_progress() -> bool:
    """Whether one exchange reports its progress while it runs (not only at the end)."""
    return "on_progress" in inspect.signature(transport.sync_with).parameters


def can_invite(engine) -> bool:
    return all(hasattr(engine, name) for name in ("invite", "invitations", "withdraw_invitation"))


def can_join() -> bool:
    return Invitation is not None and join_via is not None
