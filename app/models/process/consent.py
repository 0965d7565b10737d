"""Consent to the restorative process, per party, read from the case's consent records.

Consent counts only when it is informed and current: a record of consent given must say how it
was given and what was explained; time-limited consent must say until when, and lapses after it;
an override must give its reason and lawful basis. A record that falls short is shown with what it
lacks and never counts as consent, whoever wrote it and however it arrived.

Which record is in force is decided by the order records were made in, never by the dates they
carry: a record names the ones it replaces, so a withdrawal recorded after consent was given
wins whatever dates either gives, and the explanation says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.models import clock
from app.models.documents.values import loose_date

FIELD = "consent_records"
PARTIES = ("person harmed", "person who caused harm")
# Statuses under which the process may go on; every other status, or none, stops it. An override
# (sharing without consent, on a lawful basis) is recorded and shown, but a restorative meeting is
# voluntary: no override can stand in for a party's own consent to take part.
PERMITTING = ("given", "time-limited")
STOPPING = ("withdrawn", "refused")
STATUSES = PERMITTING + ("withdrawn", "refused", "overridden")


@dataclass(frozen=True)
class PartyConsent:
    party: str
    status: str  # given, time-limited, overridden, refused, withdrawn, expired, incomplete, none
    valid: bool
    since: str  # the date of the record that decided it ('' when none)
    record_id: str
    explanation: str  # in words, for every view and report


def record_problems(record: dict[str, Any], latest_date: dt.date | None = None) -> list[str]:
    """What a consent record lacks to count (empty when it is complete).

    latest_date: the last date a record may carry (this device's today plus a small tolerance);
    a record dated beyond it claims to come from a day that has not happened yet."""
    status = record.get("consent_status")
    problems = []
    if record.get("party") not in PARTIES:
        problems.append("it names no party")
    on = loose_date(record.get("recorded_on"))
    if on is None:
        problems.append("it has no date")
    elif latest_date is not None and on > latest_date and status not in STOPPING:
        # A stop counts whatever date it carries: doubt stops the process.
        problems.append(f"it is dated {on.isoformat()}, a day that has not come yet")
    if status in PERMITTING:
        if not (record.get("method") or "").strip():
            problems.append("it does not say how consent was given")
        if not (record.get("explained") or "").strip():
            problems.append("it does not say what was explained")
    if status == "time-limited" and loose_date(record.get("valid_until")) is None:
        problems.append("time-limited consent needs the date it runs until")
    if status == "overridden":
        if not (record.get("override_reason") or "").strip():
            problems.append("an override needs its reason")
        if not (record.get("lawful_basis") or "").strip():
            problems.append("an override needs its lawful basis")
    if status not in STATUSES:
        problems.append("it has no status")
    return problems


def replaced_ids(record: dict[str, Any]) -> list[str]:
    return [x for x in str(record.get("after") or "").split(",") if x]


@dataclass(frozen=True)
class Standing:
    """A party's consent records as replaced by later ones."""

    heads: list[dict[str, Any]]  # those no later record replaced, in record order
    replaced: dict[str, dict[str, Any]]  # record id -> the record that replaced it


def standing(records: list[dict[str, Any]], party: str) -> Standing:
    """Which of a party's consent records stand: those no later record replaced.

    A record names the records it replaces (`after`: the ones its device held as standing when it
    was made). One without that name (from before records named it) replaces the party's record
    before it in the list, the order records were made in. Records made on two devices without
    either knowing of the other both stand: neither replaced the other.
    """
    mine = [r for r in records if r.get("party") == party]
    keys = [_key(r, i) for i, r in enumerate(mine)]
    position = {k: i for i, k in enumerate(keys)}
    replaced: dict[str, dict[str, Any]] = {}
    for i, r in enumerate(mine):
        # Only an earlier record can be replaced: a name pointing forward is no causal past.
        names = [x for x in replaced_ids(r) if position.get(x, i) < i]
        if not r.get("after") and i > 0:
            names = [keys[i - 1]]
        for x in names:
            replaced.setdefault(x, r)
    return Standing([r for r, k in zip(mine, keys) if k not in replaced], replaced)


def _key(r: dict[str, Any], i: int) -> str:
    return str(r.get("id") or f"#{i}")


def _deciding(heads: list[dict[str, Any]], latest_date: dt.date) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The standing record that decides, and the others standing beside it (concurrent).

    When records made at once on two devices disagree, the one that stops the process decides:
    a withdrawal that the device recording consent had not yet received still stands."""

    def rank(r: dict[str, Any]) -> int:
        if r.get("consent_status") in STOPPING:
            return 0
        return 1 if record_problems(r, latest_date) or r.get("consent_status") == "overridden" else 2

    ordered = sorted(enumerate(heads), key=lambda ir: (rank(ir[1]), -ir[0]))
    decide = ordered[0][1]
    return decide, [r for r in heads if r is not decide]


def _why(records: list[dict[str, Any]], r: dict[str, Any], st: Standing, beside: list[dict[str, Any]]) -> str:
    """What the record in force replaced, and what stands beside it, in words."""
    mine = [x for x in records if x.get("party") == r.get("party")]
    by_id = {_key(x, i): x for i, x in enumerate(mine)}
    notes = []
    for old_id, new in st.replaced.items():
        if new is not r or old_id not in by_id:
            continue
        old = by_id[old_id]
        old_on, new_on = loose_date(old.get("recorded_on")), loose_date(r.get("recorded_on"))
        order = ""
        if old_on and new_on and new_on < old_on:
            order = " (recorded after it, so it stands although its date is earlier)"
        elif old_on and new_on and new_on == old_on:
            order = " (recorded after it on the same date)"
        notes.append(f"it replaces {old.get('consent_status')} on {old.get('recorded_on') or 'no date'}{order}")
    for other in beside:
        notes.append(
            f"{other.get('consent_status')} on {other.get('recorded_on') or 'no date'} was recorded at the "
            "same time on another device: the record that stops the process decides"
        )
    return f"; {'; '.join(notes)}" if notes else ""


def consent_status(records: list[dict[str, Any]], today: dt.date | None = None) -> dict[str, PartyConsent]:
    today = today or clock.today()
    latest_date = today + clock.FUTURE_TOLERANCE
    records = records or []
    out = {}
    for party in PARTIES:
        st = standing(records, party)
        if not st.heads:
            out[party] = PartyConsent(party, "none", False, "", "", "no consent recorded")
            continue
        r, beside = _deciding(st.heads, latest_date)
        why = _why(records, r, st, beside)
        status, since, rid = str(r.get("consent_status") or ""), str(r.get("recorded_on") or ""), str(r.get("id") or "")
        problems = record_problems(r, latest_date)
        until = loose_date(r.get("valid_until"))  # record_problems refuses time-limited consent without one
        if problems:
            out[party] = PartyConsent(
                party,
                "incomplete",
                False,
                since,
                rid,
                f"the latest record ({since or 'undated'}) does not count: " + "; ".join(problems) + why,
            )
        elif status == "time-limited" and until is not None and until < today:
            out[party] = PartyConsent(
                party, "expired", False, since, rid, f"time-limited consent ran out on {r['valid_until']}{why}"
            )
        elif status == "time-limited":
            out[party] = PartyConsent(
                party, status, True, since, rid, f"given on {since}, until {r['valid_until']}{why}"
            )
        elif status == "given":
            out[party] = PartyConsent(party, status, True, since, rid, f"given on {since} ({r.get('method')}){why}")
        elif status == "overridden":
            out[party] = PartyConsent(
                party,
                status,
                False,
                since,
                rid,
                f"consent overridden on {since}: {r.get('override_reason')} "
                f"(lawful basis: {r.get('lawful_basis')}); "
                f"sharing may go on, the process may not{why}",
            )
        else:
            out[party] = PartyConsent(party, status, False, since, rid, f"{status} on {since}{why}")
    return out


def current_ids(records: list[dict[str, Any]], party: str) -> str:
    """What a new record for this party replaces (its `after`): every record of it standing now,
    or '-' for none, so a first record made beside another device's is not read as replacing it."""
    return ",".join(str(r.get("id")) for r in standing(records or [], party).heads) or "-"


def consent_stops(status: dict[str, PartyConsent]) -> list[PartyConsent]:
    """The parties whose consent does not let the process go on."""
    return [c for c in status.values() if not c.valid]
