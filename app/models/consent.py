"""Consent to the restorative process, per party, read from the case's consent records.

Consent counts only when it is informed and current: a record of consent given must say how it
was given and what was explained; time-limited consent must say until when, and lapses after it;
an override must give its reason and lawful basis. A record that falls short is shown with what it
lacks and never counts as consent, whoever wrote it and however it arrived.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.models import clock
from app.models.values import loose_date

FIELD = "consent_records"
PARTIES = ("person harmed", "person who caused harm")
# Statuses under which the process may go on; every other status, or none, stops it. An override
# (sharing without consent, on a lawful basis) is recorded and shown, but a restorative meeting is
# voluntary: no override can stand in for a party's own consent to take part.
PERMITTING = ("given", "time-limited")
STATUSES = PERMITTING + ("withdrawn", "refused", "overridden")


@dataclass(frozen=True)
class PartyConsent:
    party: str
    status: str            # given, time-limited, overridden, refused, withdrawn, expired, incomplete, none
    valid: bool
    since: str             # the date of the record that decided it ('' when none)
    record_id: str
    explanation: str       # in words, for every view and report


def record_problems(record: dict) -> list[str]:
    """What a consent record lacks to count (empty when it is complete)."""
    status = record.get("consent_status")
    problems = []
    if record.get("party") not in PARTIES:
        problems.append("it names no party")
    if loose_date(record.get("recorded_on")) is None:
        problems.append("it has no date")
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


def _latest_per_party(records: list[dict]) -> dict[str, dict]:
    # The record made last wins: the list holds records in the order they were made (one made
    # after its device saw others lands after them), while the date a record gives is what a
    # person typed or a form offered from a laptop's clock, which can be days out. One rule on that
    # date stays, as doubt stops: a withdrawal or refusal outranks consent given the same day.
    stopping = ("withdrawn", "refused")
    latest: dict[str, dict] = {}
    stops: dict[tuple[str, object], dict] = {}
    for r in records:
        party = r.get("party")
        if party not in PARTIES:
            continue
        latest[party] = r
        if r.get("consent_status") in stopping:
            stops[(party, loose_date(r.get("recorded_on")))] = r
    out = {}
    for party, r in latest.items():
        stop = stops.get((party, loose_date(r.get("recorded_on"))))
        out[party] = stop if stop is not None and r.get("consent_status") not in stopping else r
    return out


def consent_status(records: list[dict], today: dt.date | None = None) -> dict[str, PartyConsent]:
    today = today or clock.today()
    latest = _latest_per_party(records or [])
    out = {}
    for party in PARTIES:
        if party not in latest:
            out[party] = PartyConsent(party, "none", False, "", "", "no consent recorded")
            continue
        r = latest[party]
        status, since, rid = str(r.get("consent_status") or ""), str(r.get("recorded_on") or ""), str(r.get("id") or "")
        problems = record_problems(r)
        if problems:
            out[party] = PartyConsent(party, "incomplete", False, since, rid,
                                      f"the latest record ({since or 'undated'}) does not count: " + "; ".join(problems))
        elif status == "time-limited" and loose_date(r.get("valid_until")) < today:
            out[party] = PartyConsent(party, "expired", False, since, rid, f"time-limited consent ran out on {r['valid_until']}")
        elif status == "time-limited":
            out[party] = PartyConsent(party, status, True, since, rid, f"given on {since}, until {r['valid_until']}")
        elif status == "given":
            out[party] = PartyConsent(party, status, True, since, rid, f"given on {since} ({r.get('method')})")
        elif status == "overridden":
            out[party] = PartyConsent(party, status, False, since, rid,
                                      f"consent overridden on {since}: {r.get('override_reason')} "
                                      f"(lawful basis: {r.get('lawful_basis')}); "
                                      "sharing may go on, the process may not")
        else:
            out[party] = PartyConsent(party, status, False, since, rid, f"{status} on {since}")
    return out


def consent_stops(status: dict[str, PartyConsent]) -> list[PartyConsent]:
    """The parties whose consent does not let the process go on."""
    return [c for c in status.values() if not c.valid]
