"""Compartment keys, as part of the sync engine: making them (and new generations after a
revocation), wrapping them to every reader, and checking the grants peers send.

The key of a restricted compartment (one not every role reads) is wrapped only by a device of
an agency that owns it (approval_rules.py): a reader of another agency never hands it on, and a
grant of it from such a device is quarantined. So a device that gained a role without the
owning agency's say gets nothing from the devices that merely read the compartment."""

from __future__ import annotations

from app.models.documents.compartments import Compartment, CompartmentMap
from app.models.identity import DeviceKeys, DeviceProfile
from app.models.storage.store import Store
from app.sync.engine.approval_rules import ApprovalRules
from app.sync.engine.compartment_keys import CompartmentKeys, GrantError, KeyGrant, key_id_of, make_grant
from app.sync.engine.consent_cuts import ConsentCuts
from app.sync.engine.membership import Member, PanelState
from app.sync.engine.parts import PanelView, Quarantine
from app.sync.protocol import crypto


class KeyGrants:
    """The engine's part that makes, wraps and checks compartment keys."""

    def __init__(
        self,
        store: Store,
        profile: DeviceProfile,
        keys: DeviceKeys,
        compartments: CompartmentMap,
        rules: ApprovalRules,
        compartment_keys: CompartmentKeys,
        panel: PanelView,
        quarantine: Quarantine,
        consent: ConsentCuts,
    ):
        self.store = store
        self.profile = profile
        self.keys = keys
        self.compartments = compartments
        self.rules = rules
        self.compartment_keys = compartment_keys
        self.panel = panel
        self.quarantine = quarantine
        self.consent = consent
        self._checked: set[bytes] = set()  # grants verified by this engine (see receive_grants)

    def forget_checked(self) -> None:
        """Grants this device destroyed must be taken again if they come again (a reading that
        resumes after an override): checked-once no longer means held."""
        self._checked.clear()

    def _readers(self, state: PanelState, comp: Compartment, case_id: str) -> list[Member]:
        return [
            m
            for m in state.members.values()
            if not m.revoked and m.role in comp.read and self.consent.may_hold(m.role, case_id, comp.id)
        ]

    def _own_key(self, case_id: str, comp_id: str, key_id: int) -> bytes:
        """A key this device was just listed as holding a grant of (my_keys, currents)."""
        key = self.compartment_keys.key(case_id, comp_id, key_id)
        assert key is not None, "a key listed as held has no grant to this device"
        return key

    def _may_grant(self, role: str, comp_id: str) -> bool:
        """Whether a device of `role` may wrap this compartment's key for others."""
        owners = self.rules.owners_of(comp_id)
        return owners is None or self.rules.agency(role) in owners

    def ensure_keys(
        self, state: PanelState, docs: list[tuple[str, Compartment]]
    ) -> dict[tuple[str, str], tuple[int, bytes]]:
        """The key to seal each document with: (case, compartment id) -> (key id, key).

        The current key, or a new generation after a revocation or a role change: a device that
        no longer may read the compartment may hold its current key, so the first device to seal
        after learning of it makes a new key for the remaining readers. Old keys stay with
        them, so history stays readable. Keys made are wrapped and kept in one transaction.
        """
        current = self.compartment_keys.currents()
        out: dict[tuple[str, str], tuple[int, bytes]] = {}
        made, markers = [], {}
        for case_id, comp in docs:
            have = current.get((case_id, comp.id))
            # Cut off by the panel (a revocation, a role change) or by the case (a consent that
            # the reader's access rested on no longer holds).
            revoked = self.cut_off(state, comp) | self.consent.tokens(case_id, comp)
            marker = f"rotated:{case_id}:{comp.id}"
            done = set(filter(None, (self.store.get_meta(marker) or "").split(","))) if revoked else set()
            if have is not None and revoked <= done:
                out[(case_id, comp.id)] = (have[1], self._own_key(case_id, comp.id, have[1]))
                continue
            generation = 1 if have is None else have[0] + 1
            key = crypto.new_key()
            made += [
                make_grant(
                    state.panel_id,
                    case_id,
                    comp.id,
                    key,
                    generation,
                    member.device_id,
                    member.exchange_public,
                    self.profile.device_id,
                    self.keys.sign,
                )
                for member in self._readers(state, comp, case_id)
            ]
            if revoked:
                markers[marker] = ",".join(sorted(done | revoked))
            out[(case_id, comp.id)] = (key_id_of(key), key)
        if made:
            with self.store.begin() as conn:
                self.compartment_keys.put_many(conn, made)
                for marker, value in markers.items():
                    self.store.set_meta(conn, marker, value)
        return out

    @staticmethod
    def cut_off(state: PanelState, comp: Compartment) -> set[str]:
        """Devices that may hold this compartment's current key but may no longer read it: revoked,
        or moved to a role that does not read it. Each is named with the entry that cut it off, so
        a device moved away, back and away again is cut off again."""
        out = set()
        for device_id, roles in state.roles_held.items():
            member = state.active(device_id)
            if any(r in comp.read for r in roles) and (member is None or member.role not in comp.read):
                out.add(f"{device_id}:{state.last_entry.get(device_id, '')[:12]}")
        return out

    def _wrap(self, state: PanelState, targets: list[tuple[str, str, int, int, Member]]) -> list[KeyGrant]:
        """Wrap held keys for members and keep the grants. targets: (case, compartment, key id,
        generation, member). Keys are unwrapped before the write transaction opens, so it holds
        the write lock only for the inserts."""
        grants = [
            make_grant(
                state.panel_id,
                case_id,
                comp_id,
                self._own_key(case_id, comp_id, key_id),
                generation,
                m.device_id,
                m.exchange_public,
                self.profile.device_id,
                self.keys.sign,
            )
            for case_id, comp_id, key_id, generation, m in targets
        ]
        if grants:
            with self.store.begin() as conn:
                self.compartment_keys.put_many(conn, grants)
        return grants

    def grant_sweep(self) -> int:
        """Wrap every key this device holds to every reader that lacks a grant it knows of (for
        bundles and in-process exchanges, which get no reply saying what the reader holds)."""
        state = self.panel.state()
        me = state.active(self.profile.device_id)
        if me is None:
            return 0  # a revoked device's grants would be refused everywhere: make none
        have = self.compartment_keys.held()
        targets = [
            (case_id, comp_id, key_id, generation, m)
            for case_id, comp_id, key_id, generation in self.compartment_keys.my_keys()
            if comp_id in self.compartments.by_id and self._may_grant(me.role, comp_id)
            for m in self._readers(state, self.compartments.by_id[comp_id], case_id)
            if (case_id, comp_id, key_id, m.device_id) not in have
        ]
        return len(self._wrap(state, targets))

    def keys_held_for(self, role: str) -> list[tuple[str, str, int]]:
        """(case, compartment, key id) of the keys this device holds of compartments `role` may read."""
        readable = {c.id for c in self.compartments.readable_by(role)}
        return sorted(
            (case_id, comp_id, key_id)
            for case_id, comp_id, key_id, _gen in self.compartment_keys.my_keys()
            if comp_id in readable
        )

    def grants_lacking(self, device_id: str, peer_keys: set[tuple[str, str, int]]) -> list[bytes]:
        """Wrap for one peer the keys this device holds that the peer says it lacks (and may read).

        Sweeping for every reader instead made every holder of a key wrap it for every other
        reader once, and send all of them at every session: grants grew with the square of the
        devices, nearly all of them for keys the reader already had."""
        state = self.panel.state()
        peer, me = state.active(device_id), state.active(self.profile.device_id)
        if peer is None or me is None:
            return []
        readable = {c.id for c in self.compartments.readable_by(peer.role) if self._may_grant(me.role, c.id)}
        have = self.compartment_keys.held()  # one wrapped for it already is in grants_for
        may_hold = self.consent.judge(peer.role)
        targets = [
            (case_id, comp_id, key_id, generation, peer)
            for case_id, comp_id, key_id, generation in self.compartment_keys.my_keys()
            if comp_id in readable
            and may_hold(case_id, comp_id)
            and (case_id, comp_id, key_id) not in peer_keys
            and (case_id, comp_id, key_id, device_id) not in have
        ]
        return [g.encode() for g in self._wrap(state, targets)]

    def grants_for(self, device_id: str) -> list[bytes]:
        held = self.compartment_keys.grant_bytes(device_id)
        if not self.consent.active:
            return held
        # Not even a key it held before: a reader cut off by a withdrawal is sent no key of the case.
        member = self.panel.state().active(device_id)
        may_hold = self.consent.judge(member.role if member is not None else "")
        out = []
        for data in held:
            g = KeyGrant.decode(data)
            if may_hold(g.case_id, g.compartment):
                out.append(data)
        return out

    def receive_grants(self, grants: list[bytes], source: str) -> int:
        state = self.panel.state()
        new = 0
        good: list[KeyGrant] = []
        # Every session repeats the peer's grants: those held already (byte for byte), or checked
        # already by this engine (a second grant of a key held, which is not kept), were checked
        # when they first came, so only the rest are verified.
        held = self.compartment_keys.held_bytes()
        for data in grants:
            if data in held or data in self._checked:
                continue
            try:
                g = KeyGrant.decode(data)
                if g.panel_id != state.panel_id:
                    raise GrantError("key grant for another panel")
                comp = self.compartments.by_id.get(g.compartment)
                granter, recipient = state.active(g.granter), state.active(g.recipient)
                if comp is None:
                    if state.ahead_of(self.compartments.schema):
                        continue  # made under an agreement not yet in force here: sent again later
                    raise GrantError("key grant for an unknown compartment")
                if granter is None or granter.role not in comp.read:
                    raise GrantError("granter may not hold this compartment's key")
                if not self._may_grant(granter.role, comp.id):
                    raise GrantError("granter is not of an agency that owns this compartment")
                if recipient is None or recipient.role not in comp.read:
                    raise GrantError("recipient may not hold this compartment's key")
                if g.case_id in state.erased:
                    continue  # an erased case's keys are destroyed everywhere: none is taken back
                if not self.consent.may_hold(recipient.role, g.case_id, comp.id):
                    # As this device reads the case's consent, the recipient may not hold it now: not
                    # kept, and not junk (its sender may know of consent given that has not come yet).
                    continue
                g.verify(granter.signing_public)
                good.append(g)
                self._checked.add(data)
            except (GrantError, crypto.CryptoError) as exc:
                self.quarantine.set_aside("grant", source, str(exc), data)
        if good:
            with self.store.begin() as conn:
                new = self.compartment_keys.put_many(conn, good)
        return new
