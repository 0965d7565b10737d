"""Sealing this device's own changes into envelopes, and, once after a restore, the changes its
earlier identities made (see app/sync/engine/replacement.py)."""

from __future__ import annotations

import json
import threading

import sqlalchemy as sa

from app.models import audit
from app.models.documents.compartments import CompartmentMap
from app.models.identity import DeviceKeys, DeviceProfile
from app.models.storage import tables as t
from app.models.storage.store import Store
from app.sync.engine.key_grants import KeyGrants
from app.sync.engine.membership import PanelState
from app.sync.engine.receiving import store_envelopes
from app.sync.engine.replacement import RESEAL_META
from app.sync.protocol.envelope import HASH, Envelope, runs, seal

# Every change up to this id has been looked at by sealing: those after it are the candidates.
SEALED_META = "sealed_upto"
# Live sessions serve peers on several threads, each with its own engine over one store: two
# of them sealing at once would make two envelopes (and maybe two key generations) for one change.
_SEAL = threading.Lock()

Pending = dict[tuple[str, str], list[tuple[bytes, bytes]]]


class Sealer:
    def __init__(
        self,
        store: Store,
        profile: DeviceProfile,
        keys: DeviceKeys,
        grants: KeyGrants,
        compartments: CompartmentMap,
        actor: audit.Actor,
    ):
        self.store, self.profile, self.keys = store, profile, keys
        self.grants, self.compartments, self.actor = grants, compartments, actor

    def seal(self, state: PanelState) -> int:
        """Seal what waits to be sealed; the number of changes sealed."""
        with _SEAL:
            return self._reseal_predecessors(state) + self._seal_pending(state)

    def _seal_pending(self, state: PanelState) -> int:
        """Seal, per compartment, the run of changes no envelope covers yet (those made here)."""
        mark = int(self.store.get_meta(SEALED_META) or 0)
        last = self.store.driver_rows("SELECT max(id) FROM changes")[0][0] or 0
        if last <= mark:
            return 0
        with self.store.engine.connect() as conn:
            # Only this device's own changes can lack an envelope: received ones are stored (as
            # runs) after theirs. So only single changes made by its actor, and documents' first
            # changes (made under a shared genesis actor by whichever device opened the
            # compartment), are candidates; the thousands a sync brings in are not read again.
            rows = self.store.driver_rows(
                "SELECT case_id, compartment, hash, data FROM changes WHERE id > ? AND hashes IS NULL "
                "AND (actor = ? OR seq = 1) ORDER BY id",
                (mark, self.profile.actor_id),
            )
            covered = {key: covered_by(conn, *key) for key in {(case_id, comp) for case_id, comp, _h, _d in rows}}
        pending: Pending = {}
        for case_id, comp, change_hash, data in rows:
            # A compartment an adopted agreement left behind is moved, never sent.
            if comp in self.compartments.by_id and change_hash not in covered[(case_id, comp)]:
                pending.setdefault((case_id, comp), []).append((change_hash, data))
        sealed = self._seal_runs(state, pending)
        with self.store.begin() as conn:
            store_envelopes(conn, sealed)
            self.store.set_meta(conn, SEALED_META, str(last))
        return sum(len(e.changes) for e in sealed)

    def _seal_runs(self, state: PanelState, pending: Pending) -> list[Envelope]:
        """Envelopes, authored by this device, for each compartment's (hash, change) pairs in order."""
        sealed: list[Envelope] = []
        keys = self.grants.ensure_keys(
            state, [(case_id, self.compartments.by_id[comp_id]) for case_id, comp_id in pending]
        )
        for (case_id, comp_id), items in pending.items():
            key_id, key = keys[(case_id, comp_id)]
            hashes, datas = [h for h, _d in items], [d for _h, d in items]
            start = 0
            for run in runs(datas):  # runs keep the order, so a run's hashes are the next slice
                sealed.append(
                    seal(
                        run,
                        panel_id=state.panel_id,
                        case_id=case_id,
                        compartment=comp_id,
                        author=self.profile.device_id,
                        key_id=key_id,
                        key=key,
                        sign=self.keys.sign,
                        hashes=hashes[start : start + len(run)],
                    )
                )
                start += len(run)
        return sealed

    def _reseal_predecessors(self, state: PanelState) -> int:
        """Once, after a device restored from its backup rejoins: seal again, as its own, the
        changes its earlier identities made here. Their envelopes are signed by a key the panel
        has revoked, so other devices refuse them; in this device's envelopes they are taken
        (receiving.carried_actors), and a device that had them already ignores the repeat."""
        raw = self.store.get_meta(RESEAL_META)
        if raw is None or state.active(self.profile.device_id) is None:
            return 0
        actors = [bytes.fromhex(a) for a in json.loads(raw)]
        marks = ",".join("?" * len(actors))
        rows = self.store.driver_rows(
            "SELECT case_id, compartment, hash, data FROM changes WHERE hashes IS NULL "
            f"AND (actor IN ({marks}) OR seq = 1) ORDER BY id",
            tuple(actors),
        )
        pending: Pending = {}
        for case_id, comp, change_hash, data in rows:
            if comp in self.compartments.by_id:
                pending.setdefault((case_id, comp), []).append((change_hash, data))
        sealed = self._seal_runs(state, pending)
        with self.store.begin() as conn:
            store_envelopes(conn, sealed)
            conn.execute(t.meta.delete().where(t.meta.c.key == RESEAL_META))
            audit.append(conn, self.actor, "device_replaced", "", f"resealed {len(rows)} changes of earlier keys")
        return sum(len(e.changes) for e in sealed)


def covered_by(conn: sa.Connection, case_id: str, comp_id: str) -> set[bytes]:
    """Hashes of the changes inside the stored envelopes of one compartment."""
    blobs = conn.execute(
        sa.select(t.envelopes.c.changes).where(
            (t.envelopes.c.case_id == case_id) & (t.envelopes.c.compartment == comp_id)
        )
    ).scalars()
    return {b[i : i + HASH] for b in blobs for i in range(0, len(b), HASH)}
