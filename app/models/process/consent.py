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
from app.models.language import QT_TRANSLATE_NOOP, said, shown

FIELD = "consent_records"
PARTIES = ("person harmed", "person who caused harm")
# Statuses under which the process may go on; every other status, or none, stops it. An override
# (sharing without consent, on a lawful basis) is recorded and shown, but a restorative meeting is
# voluntary: no override can stand in for a party's own consent to take part.
PERMITTING = ("given", "time-limited")
STOPPING = ("withdrawn", "refused")
STATUSES = PERMITTING + ("withdrawn", "refused", "overridden")
# How each status and party reads; the stored values stay these English words.
_STATUS_WORDS = {
    "given": QT_TRANSLATE_NOOP("Consent", "given"),
    "time-limited": QT_TRANSLATE_NOOP("Consent", "time-limited"),
    "withdrawn": QT_TRANSLATE_NOOP("Consent", "withdrawn"),
    "refused": QT_TRANSLATE_NOOP("Consent", "refused"),
    "overridden": QT_TRANSLATE_NOOP("Consent", "overridden"),
    "expired": QT_TRANSLATE_NOOP("Consent", "expired"),
    "incomplete": QT_TRANSLATE_NOOP("Consent", "incomplete"),
    "none": QT_TRANSLATE_NOOP("Consent", "none"),
}
PARTY_NAMES = {
    "person harmed": QT_TRANSLATE_NOOP("Consent", "person harmed"),
    "person who caused harm": QT_TRANSLATE_NOOP("Consent", "person who caused harm"),
}


def status_words(status: object) -> str:
    """A consent status as the reader's language says it (an unknown one as it was stored)."""
    found = _STATUS_WORDS.get(str(status))
    return shown(found) if found is not None else str(status or "")


def party_words(party: object) -> str:
    found = PARTY_NAMES.get(str(party))
    return shown(found) if found is not None else str(party or "")


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
    problems: list[str] = []
    if record.get("party") not in PARTIES:
        problems.append(QT_TRANSLATE_NOOP("ProcessProblems", "it names no party"))
    on = loose_date(record.get("recorded_on"))
    if on is None:
        problems.append(QT_TRANSLATE_NOOP("ProcessProblems", "it has no date"))
    elif latest_date is not None and on > latest_date and status not in STOPPING:
        # A stop counts whatever date it carries: doubt stops the process.
        problems.append(
            said(
                QT_TRANSLATE_NOOP("ProcessProblems", "it is dated {date}, a day that has not come yet"),
                date=on.isoformat(),
            )
        )
    if status in PERMITTING:
        if not (record.get("method") or "").strip():
            problems.append(QT_TRANSLATE_NOOP("ProcessProblems", "it does not say how consent was given"))
        if not (record.get("explained") or "").strip():
            problems.append(QT_TRANSLATE_NOOP("ProcessProblems", "it does not say what was explained"))
    if status == "time-limited" and loose_date(record.get("valid_until")) is None:
        problems.append(QT_TRANSLATE_NOOP("ProcessProblems", "time-limited consent needs the date it runs until"))
    if status == "overridden":
        if not (record.get("override_reason") or "").strip():
            problems.append(QT_TRANSLATE_NOOP("ProcessProblems", "an override needs its reason"))
        if not (record.get("lawful_basis") or "").strip():
            problems.append(QT_TRANSLATE_NOOP("ProcessProblems", "an override needs its lawful basis"))
    if status not in STATUSES:
        problems.append(QT_TRANSLATE_NOOP("ProcessProblems", "it has no status"))
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
        status, on = _STATUS_WORDS.get(str(old.get("consent_status")), str(old.get("consent_status"))), _on(old)
        if old_on and new_on and new_on < old_on:
            note = QT_TRANSLATE_NOOP(
                "ConsentProblems",
                "it replaces {status} on {on} (recorded after it, so it stands although its date is earlier)",
            )
        elif old_on and new_on and new_on == old_on:
            note = QT_TRANSLATE_NOOP(
                "ConsentProblems", "it replaces {status} on {on} (recorded after it on the same date)"
            )
        else:
            note = QT_TRANSLATE_NOOP("ConsentProblems", "it replaces {status} on {on}")
        notes.append(said(note, status=status, on=on))
    for other in beside:
        notes.append(
            said(
                QT_TRANSLATE_NOOP(
                    "ConsentProblems",
                    "{status} on {on} was recorded at the same time on another device: "
                    "the record that stops the process decides",
                ),
                status=_STATUS_WORDS.get(str(other.get("consent_status")), str(other.get("consent_status"))),
                on=_on(other),
            )
        )
    return said(QT_TRANSLATE_NOOP("ConsentProblems", "; {notes}"), notes=tuple(notes)) if notes else ""


def _on(record: dict[str, Any]) -> str:
    return str(record.get("recorded_on") or "") or QT_TRANSLATE_NOOP("ConsentProblems", "no date")


def consent_status(records: list[dict[str, Any]], today: dt.date | None = None) -> dict[str, PartyConsent]:
    today = today or clock.today()
    latest_date = today + clock.FUTURE_TOLERANCE
    records = records or []
    out = {}
    for party in PARTIES:
        st = standing(records, party)
        if not st.heads:
            out[party] = PartyConsent(
                party, "none", False, "", "", QT_TRANSLATE_NOOP("ConsentProblems", "no consent recorded")
            )
            continue
        r, beside = _deciding(st.heads, latest_date)
        why = _why(records, r, st, beside)
        status, since, rid = str(r.get("consent_status") or ""), str(r.get("recorded_on") or ""), str(r.get("id") or "")
        problems = record_problems(r, latest_date)
        until = loose_date(r.get("valid_until"))  # record_problems refuses time-limited consent without one
        shown_status, valid, explanation = _in_force(r, status, since, until, problems, why, today)
        out[party] = PartyConsent(party, shown_status, valid, since, rid, explanation)
    return out


def _in_force(
    r: dict[str, Any], status: str, since: str, until: dt.date | None, problems: list[str], why: str, today: dt.date
) -> tuple[str, bool, str]:
    """(status, whether it lets the process go on, explanation) of the record that decides."""
    if problems:
        return (
            "incomplete",
            False,
            said(
                QT_TRANSLATE_NOOP("ConsentProblems", "the latest record ({since}) does not count: {problems}{why}"),
                since=since or QT_TRANSLATE_NOOP("ConsentProblems", "undated"),
                problems=tuple(problems),
                why=why,
            ),
        )
    if status == "time-limited" and until is not None and until < today:
        return (
            "expired",
            False,
            said(
                QT_TRANSLATE_NOOP("ConsentProblems", "time-limited consent ran out on {until}{why}"),
                until=r["valid_until"],
                why=why,
            ),
        )
    if status == "time-limited":
        text = QT_TRANSLATE_NOOP("ConsentProblems", "given on {since}, until {until}{why}")
        return status, True, said(text, since=since, until=r["valid_until"], why=why)
    if status == "given":
        text = QT_TRANSLATE_NOOP("ConsentProblems", "given on {since} ({method}){why}")
        return status, True, said(text, since=since, method=r.get("method"), why=why)
    if status == "overridden":
        text = QT_TRANSLATE_NOOP(
            "ConsentProblems",
            "consent overridden on {since}: {reason} (lawful basis: {basis}); "
            "sharing may go on, the process may not{why}",
        )
        return (
            status,
            False,
            said(text, since=since, reason=r.get("override_reason"), basis=r.get("lawful_basis"), why=why),
        )
    text = QT_TRANSLATE_NOOP("ConsentProblems", "{status} on {since}{why}")
    return status, False, said(text, status=_STATUS_WORDS.get(status, status), since=since, why=why)


def current_ids(records: list[dict[str, Any]], party: str) -> str:
    """What a new record for this party replaces (its `after`): every record of it standing now,
    or '-' for none, so a first record made beside another device's is not read as replacing it."""
    return ",".join(str(r.get("id")) for r in standing(records or [], party).heads) or "-"


def consent_stops(status: dict[str, PartyConsent]) -> list[PartyConsent]:
    """The parties whose consent does not let the process go on."""
    return [c for c in status.values() if not c.valid]
