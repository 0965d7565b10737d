"""A device rebuilt from its backup asks the chair to take it in place of the device it was.

A restored device never keeps the identity it was backed up with: two laptops restored from one
backup would then write under one Automerge actor id and one device key, and their changes would
collide in every merge. Instead a restore makes a new device key, and with the old key - held in
memory during the restore only, never stored again - signs a statement "device OLD continues as
NEW in panel P". The chair checks that statement against OLD's key in the membership log, admits
NEW with OLD's person, agency and role, and revokes OLD: two entries the chair signs.

The second copy of the same backup then finds OLD revoked and is refused, and so is the laptop
the backup came from, if it is still about: the panel keeps exactly one of them, the first the
chair took in.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.models.errors import ValidationError
from app.models.identity import DeviceProfile, read_signed_profile
from app.models.language import QT_TRANSLATE_NOOP
from app.sync.engine.membership import Member, PanelState
from app.sync.errors import SyncError

KIND = "concord-replacement/1"
# Meta keys of a restored device until the chair takes it in: the panel it may rejoin (and no
# other: its cases belong to that panel) and its request, kept to be written out again.
REJOIN_PANEL_META = "rejoin_panel"
REQUEST_META = "replacement_request"
# Set when it has rejoined: the actor ids (hex) of its earlier identities, whose changes it seals again.
RESEAL_META = "reseal_actors"


def statement(panel_id: str, old_device: str, new: DeviceProfile) -> bytes:
    return "/".join((KIND, panel_id, old_device, new.device_id, base64.b64encode(new.signing_public).decode())).encode()


@dataclass(frozen=True)
class Replacement:
    panel_id: str
    old_device: str
    new: DeviceProfile
    new_request: bytes  # the new device's own signed profile (a join request)
    old_signature: bytes

    def encode(self) -> bytes:
        return json.dumps(
            {
                "kind": KIND,
                "panel": self.panel_id,
                "replaces": self.old_device,
                "request": base64.b64encode(self.new_request).decode(),
                "signature": base64.b64encode(self.old_signature).decode(),
            }
        ).encode()


def read_replacement(data: bytes) -> Replacement:
    if len(data) > 128 * 1024 or data.count(b"{") + data.count(b"[") > 4:
        raise ValidationError(QT_TRANSLATE_NOOP("SyncProblems", "this is not a Concord replacement request"))
    try:
        raw = json.loads(data)
        if raw["kind"] != KIND:
            raise ValueError("another kind")
        request = base64.b64decode(raw["request"], validate=True)
        old_signature = base64.b64decode(raw["signature"], validate=True)
        panel_id, old_device = str(raw["panel"]), str(raw["replaces"])
    except (ValueError, KeyError, TypeError, AttributeError):
        raise ValidationError(QT_TRANSLATE_NOOP("SyncProblems", "this is not a Concord replacement request")) from None
    return Replacement(panel_id, old_device, read_signed_profile(request), request, old_signature)


def check_replacement(r: Replacement, state: PanelState, *, taken_in: bool = False) -> Member:
    """The member the request replaces, once everything about the request holds. taken_in: the
    new device is already a member (the chair asks again for its admission): the old one is
    then rightly revoked."""
    if r.panel_id != state.panel_id:
        raise SyncError(QT_TRANSLATE_NOOP("SyncProblems", "this replacement request is for another panel"))
    old = state.members.get(r.old_device)
    if old is None:
        raise SyncError(
            QT_TRANSLATE_NOOP("SyncProblems", "device {old_device} was never a member of this panel"),
            old_device=r.old_device,
        )
    try:
        Ed25519PublicKey.from_public_bytes(old.signing_public).verify(
            r.old_signature, statement(r.panel_id, r.old_device, r.new)
        )
    except (InvalidSignature, ValueError):
        raise SyncError(
            QT_TRANSLATE_NOOP("SyncProblems", "the replacement request is not signed by the device it says it replaces")
        ) from None
    if old.revoked and not taken_in:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "SyncProblems",
                "device {old_device} ({name}) is no longer a member: a copy restored from its backup was "
                "already taken in, or the device was revoked. This copy is refused; if its person should "
                "be a member, set it up afresh and ask for an invitation.",
            ),
            old_device=r.old_device,
            name=old.name,
        )
    if (r.new.name, r.new.agency, r.new.role) != (old.name, old.agency, old.role):
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "SyncProblems", "the restored device names another person, agency or role than the device it replaces"
            )
        )
    return old
