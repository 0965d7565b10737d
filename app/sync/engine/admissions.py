"""The chair's side of invitations, as part of the sync engine: issue, list, withdraw, redeem."""

from __future__ import annotations

import hmac
import threading
from collections.abc import Sequence

from app.models import audit
from app.models.identity import DeviceProfile, fingerprint_digest, read_signed_profile
from app.models.language import QT_TRANSLATE_NOOP
from app.models.storage.store import Store
from app.sync.engine.approval_rules import AdmissionWaits
from app.sync.engine.invitations import (
    DEFAULT_HOURS,
    MAX_FAILED_PROOFS,
    Invitation,
    InvitationBook,
    InvitationRecord,
    proof,
)
from app.sync.engine.parts import Admitter, PanelView
from app.sync.errors import SyncError

# Redemption reads, checks and marks an invitation used; listeners may serve joiners on
# several threads, and an invitation must never admit two devices.
_REDEEM = threading.Lock()


class Admissions:
    """The engine's part that issues invitations and redeems them by admitting the device."""

    def __init__(
        self,
        store: Store,
        profile: DeviceProfile,
        actor: audit.Actor,
        roles: Sequence[str],
        panel: PanelView,
        admitter: Admitter,
    ):
        self.store = store
        self.profile = profile
        self.actor = actor
        self.roles = roles
        self.panel = panel
        self.admitter = admitter
        self._invitations = InvitationBook(store)

    def _require_admin(self, what: str) -> None:
        me = self.panel.state().active(self.profile.device_id)
        if me is None or not me.admin:
            raise SyncError(QT_TRANSLATE_NOOP("SyncProblems", "only the chair may {what}"), what=what)

    def invite(self, role: str, hours: float = DEFAULT_HOURS) -> Invitation:
        self._require_admin("invite devices into the panel")
        if role not in self.roles:
            raise SyncError(
                QT_TRANSLATE_NOOP("SyncProblems", "unknown role '{role}' (roles: {roles})"),
                role=role,
                roles=", ".join(self.roles),
            )
        with self.store.begin() as conn:
            invitation = self._invitations.issue(conn, role, hours, fingerprint_digest(self.profile.signing_public))
            audit.append(conn, self.actor, "invitation_issued", "", f"{invitation.invite_id} {role}")
        return invitation

    def invitations(self) -> list[InvitationRecord]:
        return self._invitations.all()

    def withdraw_invitation(self, invite_id: str) -> None:
        self._require_admin("withdraw invitations")
        with _REDEEM, self.store.begin() as conn:
            record = self._invitations.get(invite_id, conn)
            if record is None:
                raise SyncError(
                    QT_TRANSLATE_NOOP("SyncProblems", "no invitation {invite_id} was issued on this device"),
                    invite_id=invite_id,
                )
            if record.current_state() != "open":
                raise SyncError(
                    QT_TRANSLATE_NOOP("SyncProblems", "invitation {invite_id} is already {current_state}"),
                    invite_id=invite_id,
                    current_state=record.current_state(),
                )
            record.state = "withdrawn"
            self._invitations.put(conn, record)
            audit.append(conn, self.actor, "invitation_withdrawn", "", invite_id)

    def redeem(self, invite_id: str, request: bytes, mac: bytes, channel: bytes) -> bytes:
        """Admit the device that proves it holds an open invitation's code; return its admission.

        Every refusal raises SyncError with a reason fit to send to the (unauthenticated) joiner.
        """
        with _REDEEM:
            record = self._invitations.get(invite_id)
            if record is None:
                self._refused(invite_id, "unknown")
                raise SyncError(QT_TRANSLATE_NOOP("SyncProblems", "this device issued no such invitation"))
            if not hmac.compare_digest(mac, proof(record.secret, invite_id, channel, request)):
                with self.store.begin() as conn:
                    record.failed_proofs += 1
                    if record.failed_proofs >= MAX_FAILED_PROOFS and record.state == "open":
                        record.state = "withdrawn"  # someone is guessing: burn the code
                    self._invitations.put(conn, record)
                self._refused(invite_id, "wrong proof")
                raise SyncError(
                    QT_TRANSLATE_NOOP("SyncProblems", "the invitation code does not match: check it was typed exactly")
                )
            state = record.current_state()
            if state != "open":
                self._refused(invite_id, state)
                raise SyncError(
                    QT_TRANSLATE_NOOP("SyncProblems", "this invitation was {state}; ask the chair for a new one"),
                    state=state,
                )
            profile = read_signed_profile(request)
            if profile.role != record.role:
                raise SyncError(
                    QT_TRANSLATE_NOOP(
                        "SyncProblems",
                        "this invitation is for the role '{role}', but the device was set up as '{role2}'",
                    ),
                    role=record.role,
                    role2=profile.role,
                )
            # An admission that waited for approval is completed by the same invitation, for the
            # same device only, once approved.
            resumed = record.used_by == profile.device_id
            if record.used_by and not resumed:
                raise SyncError(
                    QT_TRANSLATE_NOOP(
                        "SyncProblems",
                        "this invitation is taken by another device's admission; ask the chair for a new one",
                    )
                )
            if profile.device_id in self.panel.state().members and not resumed:
                raise SyncError(QT_TRANSLATE_NOOP("SyncProblems", "this device is already known to the panel"))
            try:
                package = self.admitter.admission(profile)
            except AdmissionWaits:
                with self.store.begin() as conn:
                    record.used_by = profile.device_id
                    self._invitations.put(conn, record)
                raise
            with self.store.begin() as conn:
                record.state, record.used_by = "used", profile.device_id
                self._invitations.put(conn, record)
                audit.append(conn, self.actor, "invitation_redeemed", "", f"{invite_id} {profile.device_id}")
            return package

    def _refused(self, invite_id: str, why: str) -> None:
        with self.store.begin() as conn:
            audit.append(conn, self.actor, "invitation_refused", "", f"{invite_id[:16]} {why}")
