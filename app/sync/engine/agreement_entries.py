"""A changed information-sharing agreement, delivered as a signed membership entry.

The chair's device adopts a new version of the agreement file: the entry carries the whole text,
so it reaches every device by the sync, relay or bundle that carries the panel's membership, and
every device judges it the same way as it folds the log (membership.py). The judgement is the
one the chair's device made before signing (agreement_chain.adopt), made again where the entry
is received: a device that would be handed an agreement that is not valid, not later than the
one in force, or that leaves out a role a member holds, refuses it whoever signed it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.models import agreement_chain
from app.models.case_schema import Schema
from app.models.errors import ConcordError
from app.models.language import QT_TRANSLATE_NOOP
from app.models.storage.store import now_utc
from app.sync.engine.membership import PanelState
from app.sync.engine.membership_entries import Entry, MembershipError, agreement_text, make_agreement_entry
from app.sync.errors import SyncError

if TYPE_CHECKING:
    from app.sync.engine.sync_engine import SyncEngine


def first_of(schema: Schema) -> Schema:
    """The schema the panel started from: the last of a chain's earlier versions, or itself."""
    return schema.earlier[-1] if schema.earlier else schema


class AgreementJudge:
    """Judges agreement entries over the chain accepted before each, remembering both: a fold
    asks about every entry at least twice, and a schema takes milliseconds to load."""

    def __init__(self, base: Schema):
        self._chains: dict[tuple[str, ...], Schema] = {(): base}
        self._verdicts: dict[tuple[tuple[str, ...], str, frozenset[str]], str] = {}

    def schema_after(self, adopted: Sequence[Entry]) -> Schema:
        """The schema in force once these entries (each accepted over those before it) are."""
        key = tuple(e.hash for e in adopted)
        if key not in self._chains:
            before = self.schema_after(adopted[:-1])
            self._chains[key] = agreement_chain.chained(before, agreement_chain.load(agreement_text(adopted[-1])))
        return self._chains[key]

    def __call__(self, entry: Entry, state: PanelState) -> str:
        prior = tuple(e.hash for e in state.agreements)
        roles = state.roles_in_use()
        key = (prior, entry.hash, roles)
        if key not in self._verdicts:
            try:
                schema = agreement_chain.adopt(self.schema_after(state.agreements), agreement_text(entry), roles)
                self._chains[(*prior, entry.hash)] = schema
                self._verdicts[key] = ""
            except (MembershipError, ConcordError) as exc:
                self._verdicts[key] = f"the agreement it carries cannot come into force: {exc}"
        return self._verdicts[key]


def adopt(engine: SyncEngine, text: str) -> Entry:
    """The chair's device puts a new version of the agreement in force on the panel."""
    state = engine.state()
    me = state.active(engine.profile.device_id)
    if me is None or not me.admin:
        raise SyncError(QT_TRANSLATE_NOOP("SyncProblems", "only the chair may adopt a new agreement"))
    # Judged first on its own, for an error that names the problem, then as the log will.
    schema = agreement_chain.adopt(engine.agreements.schema_after(state.agreements), text, state.roles_in_use())
    entry = make_agreement_entry(
        state.panel_id, text, engine.profile.device_id, state.heads, engine.keys.sign, now_utc()
    )
    assert schema.governance is not None
    engine.write_tried(entry, "agreement_adopted", f"version {schema.governance.version}")
    return entry
