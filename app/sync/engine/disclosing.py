"""The disclosure log's entries for what leaves by sync, relay or bundle: per case, which
compartments went to which member (device, person, role, agency), under which rules, on what
basis; and, once per session, the compartments a peer's role would read but may not hold now
because the party's consent its reading rests on does not count.

Only ids and counts: an envelope is sealed, and what changed inside it is never opened here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from app.models.disclosures.grounds import CONSENT_PREFIX, fields_of, grounds
from app.models.disclosures.log import Disclosure, Recipient, record
from app.models.language import QT_TRANSLATE_NOOP
from app.sync.engine.sync_engine import SyncEngine

# English in the log, as every log line is; the desktop shows it in the reader's language.
CONSENT_REASON = QT_TRANSLATE_NOOP("Disclosures", "the consent this role's reading rests on does not count now")


def recipient(engine: SyncEngine, device_id: str) -> Recipient:
    member = engine.state().members.get(device_id)
    if member is None:
        return Recipient(device_id)
    return Recipient(device_id, member.name, member.role, member.agency)


def _references(engine: SyncEngine, case_ids: Iterable[str]) -> dict[str, str]:
    ids = sorted(set(case_ids))
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = engine.store.driver_rows(f"SELECT case_id, reference FROM cases WHERE case_id IN ({marks})", tuple(ids))
    found = dict(rows)
    return {c: found.get(c, c) for c in ids}  # a case this device holds no row of is named by its id


def shared_rows(
    engine: SyncEngine, keys: Iterable[tuple[str, str]], to: Recipient, channel: str, what: str = ""
) -> list[Disclosure]:
    """One row per case for envelopes sent, keyed by (case id, compartment id)."""
    counts = Counter(keys)
    by_case: dict[str, dict[str, int]] = {}
    for (case_id, comp), n in counts.items():
        by_case.setdefault(case_id, {})[comp] = n
    refs = _references(engine, by_case)
    schema, compartments = engine.compartments.schema, engine.compartments
    rows = []
    for case_id, comps in sorted(by_case.items()):
        fields = fields_of(compartments, comps)
        rules, basis = grounds(schema, fields, [to.role] if to.role else [])
        rows.append(
            Disclosure(
                refs[case_id],
                channel,
                True,
                to,
                tuple(sorted(comps)),
                fields,
                rules,
                basis,
                count=sum(comps.values()),
                what=what,
            )
        )
    return rows


def log_sent(engine: SyncEngine, device_id: str, keys: Iterable[tuple[str, str]], channel: str, what: str = "") -> int:
    rows = shared_rows(engine, keys, recipient(engine, device_id), channel, what)
    if not rows:
        return 0
    with engine.store.begin() as conn:
        return record(conn, engine.actor, rows)


def log_consent_withheld(engine: SyncEngine, device_id: str, channel: str) -> int:
    """The compartments held here that the peer's role reads only by a consent that does not
    count now: a decision not to share, logged once per session."""
    consent = engine.consent
    to = recipient(engine, device_id)
    if not consent.active or not to.role:
        return 0
    readable = {c.id: c for c in engine.compartments.readable_by(to.role) if c.consent_of(to.role)}
    if not readable:
        return 0
    held = engine.store.driver_rows("SELECT DISTINCT case_id, compartment FROM envelopes")
    kept: dict[str, list[str]] = {}
    for case_id, comp in held:
        if comp in readable and not consent.may_hold(to.role, case_id, comp):
            kept.setdefault(case_id, []).append(comp)
    refs = _references(engine, kept)
    rows = []
    for case_id, comps in sorted(kept.items()):
        fields = fields_of(engine.compartments, comps)
        rules, _basis = grounds(engine.compartments.schema, fields, [to.role])
        parties = sorted({str(readable[c].consent_of(to.role)) for c in comps})
        rows.append(
            Disclosure(
                refs[case_id],
                channel,
                False,
                to,
                tuple(sorted(comps)),
                fields,
                rules,
                basis=tuple(CONSENT_PREFIX + p for p in parties),
                reason=str(CONSENT_REASON),
                count=len(comps),
            )
        )
    if rows:
        with engine.store.begin() as conn:
            record(conn, engine.actor, rows)
    return len(rows)
