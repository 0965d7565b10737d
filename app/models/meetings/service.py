"""Panel meetings on one device: scheduling, attendance, the agenda and the confidentiality
acknowledgements.

A meeting is a document of its own, kept and synced like a case (its id starts with
`store.MEETING_PREFIX`), so every attendee's device shows the same meeting while it runs. What is
said about a case goes into the case (meeting_mode.py), never into the meeting: it is entered
once and is there at the next meeting.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from dataclasses import dataclass, field
from typing import Any, Protocol

from app.models import clock
from app.models.cases import CaseRepository, CaseSession
from app.models.device_context import DeviceContext
from app.models.errors import NotFound, PermissionDenied, ValidationError
from app.models.language import QT_TRANSLATE_NOOP
from app.models.meetings import agenda as ag
from app.models.meetings import seal
from app.models.meetings.actions import rows_of
from app.models.risk.service import RiskService
from app.models.storage.store import MEETING_PREFIX, is_meeting, now_utc

CHAIR_ROLE = "chair"
DISCUSSIONS = "discussions"
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class MeetingSession(CaseSession):
    """A meeting's document, opened as a role: the same rights checks as a case."""

    kind = "meeting"


SCHEDULED, IN_PROGRESS, CLOSED = "scheduled", "in progress", "closed"
# The meeting_status options of meeting.toml, in its order (a test holds them to it): the CLI
# offers them before any agreement is loaded.
MEETING_STATUSES = (SCHEDULED, IN_PROGRESS, CLOSED)


def statement_digest(statement: str) -> str:
    return hashlib.sha256(statement.strip().encode("utf-8")).hexdigest()


def parse_date(value: object, what: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("MeetingProblems", "{what} must be a date written YYYY-MM-DD, not {value}"),
            what=what,
            value=repr(value),
        ) from None


def required(value: object, what: str, limit: int = 120) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("MeetingProblems", "give the {what}"), what=what)
    if len(text) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("MeetingProblems", "the {what} is longer than {limit} characters"), what=what, limit=limit
        )
    return text


@dataclass(frozen=True)
class AgendaItem:
    record_id: str
    case_id: str
    reference: str  # "" when this device does not hold the case (yet)
    reasons: str
    minutes: int
    position: int
    added_by_chair: bool


@dataclass(frozen=True)
class Acknowledgement:
    device_id: str
    name: str
    role: str
    at: str
    current: bool  # made for the statement as it now reads
    genuine: bool  # made on the device it names


@dataclass
class MeetingView:
    meeting_id: str
    reference: str
    date: dt.date | None
    time: str
    venue: str
    panel: str
    chair: str
    status: str
    statement: str
    current_item: str
    agenda: list[AgendaItem] = field(default_factory=list)
    attendees: list[dict[str, Any]] = field(default_factory=list)
    observers: list[dict[str, Any]] = field(default_factory=list)
    apologies: list[dict[str, Any]] = field(default_factory=list)
    distribution: list[dict[str, Any]] = field(default_factory=list)
    acknowledgements: list[Acknowledgement] = field(default_factory=list)
    # case id -> compartment -> heads, when closed
    seal: dict[str, dict[str, list[bytes]]] = field(default_factory=dict)

    @property
    def closed(self) -> bool:
        return self.status == CLOSED

    def acknowledged(self, device_id: str) -> bool:
        return any(a.device_id == device_id and a.current and a.genuine for a in self.acknowledgements)

    def item_for(self, case_id: str) -> AgendaItem | None:
        return next((i for i in self.agenda if i.case_id == case_id), None)

    @property
    def minutes_total(self) -> int:
        return sum(i.minutes for i in self.agenda)


class ProcessState(Protocol):
    @property
    def state(self) -> str: ...


class ProcessStates(Protocol):
    """What meetings ask of the device's process service, which is a higher layer than meetings."""

    def view(self, case_ref_or_session: str | CaseSession, today: dt.date | None = None) -> ProcessState: ...


class MeetingService:
    """Meetings as this device's person and role may run them. The CLI and the desktop act only
    through here (and MeetingMode for what is said about each case)."""

    def __init__(self, context: DeviceContext, repo: CaseRepository, risk: RiskService, process: ProcessStates):
        self.repo = repo
        self.open_case = context.cases.open_case
        self.list_cases = context.cases.list_cases
        self.person, self.role, self.device_id = context.person, context.role, context.device_id
        self.actor = context.actor
        self._members = context.panel.members
        self._actor_of = context.panel.actor_of
        self.risk, self.process = risk, process
        self.policy = ag.load_meeting_policy()

    # ----- meetings ---------------------------------------------------------------------------
    def require_chair(self, what: str) -> None:
        if self.role != CHAIR_ROLE:
            raise PermissionDenied(QT_TRANSLATE_NOOP("MeetingProblems", "only the panel chair may {what}"), what=what)

    def schedule(
        self, date: dt.date | str, time: str, venue: str, panel: str = "", chair: str = "", reference: str | None = None
    ) -> MeetingSession:
        self.require_chair("schedule a meeting")
        day = parse_date(date, "the meeting date")
        time = (time or "").strip()
        if not _TIME.match(time):
            raise ValidationError(
                QT_TRANSLATE_NOOP("MeetingProblems", "the meeting time must be written HH:MM (24-hour), not {time}"),
                time=repr(time),
            )
        venue = required(venue, "venue")
        panel = (panel or "Restorative practice panel").strip()
        reference = (reference or self._next_reference(day)).strip()
        meeting_id = MEETING_PREFIX + uuid.uuid4().hex
        self.repo.register_case(meeting_id, reference, self.actor)
        m = self.open(meeting_id)
        for fid, value in (
            ("meeting_reference", reference),
            ("meeting_date", day.isoformat()),
            ("meeting_time", time),
            ("meeting_venue", venue),
            ("panel_name", panel),
            ("chair_name", (chair or self.person).strip()),
            ("meeting_status", SCHEDULED),
            ("confidentiality_statement", self.policy.statement),
        ):
            m.set(fid, value)
        return m

    def _next_reference(self, day: dt.date) -> str:
        base = f"PM-{day.isoformat()}"
        taken = {r.reference for r in self.repo.store.list_cases(meetings=True)}
        n, ref = 1, base
        while ref in taken:
            n += 1
            ref = f"{base}-{n}"
        return ref

    def open(self, ref_or_id: str) -> MeetingSession:
        try:
            row = self.repo.store.find_case(ref_or_id)
        except NotFound:
            raise NotFound(
                QT_TRANSLATE_NOOP("MeetingProblems", "no meeting '{ref_or_id}'"), ref_or_id=ref_or_id
            ) from None
        if not is_meeting(row.case_id):
            raise NotFound(
                QT_TRANSLATE_NOOP("MeetingProblems", "'{ref_or_id}' is a case, not a meeting"), ref_or_id=ref_or_id
            )
        return MeetingSession(self.repo, row.case_id, row.reference, self.role, self.actor)

    def changeable(self, ref: str | MeetingSession) -> MeetingView:
        """The meeting, if it is not closed: once closed, what it recorded stands as minuted."""
        view = self.view(ref)
        if view.closed:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "MeetingProblems",
                    "meeting {reference} is closed; the chair reopens it before anything in it is changed",
                ),
                reference=view.reference,
            )
        return view

    def _open_changeable(self, ref: str) -> tuple[MeetingSession, MeetingView]:
        m = self.open(ref)
        return m, self.changeable(m)

    def meetings(self) -> list[MeetingView]:
        refs = self._case_references()
        views = [self.view(r.case_id, refs) for r in self.repo.store.list_cases(meetings=True)]
        return sorted(views, key=lambda v: (v.date or dt.date.max, v.time, v.reference))

    def _case_references(self) -> dict[str, str]:
        return {r.case_id: r.reference for r in self.repo.store.list_cases()}

    def view(self, ref_or_id: str | MeetingSession, refs: dict[str, str] | None = None) -> MeetingView:
        """refs: case id -> reference of the cases this device holds, when the caller has them
        already (one query for many meetings instead of one each)."""
        m = ref_or_id if isinstance(ref_or_id, MeetingSession) else self.open(ref_or_id)
        v = m.values("meeting")
        day = v.get("meeting_date")
        refs = self._case_references() if refs is None else refs
        agenda = sorted(
            (
                AgendaItem(
                    str(r["id"]),
                    r.get("case_id") or "",
                    refs.get(r.get("case_id") or "", ""),
                    r.get("reasons") or "",
                    int(r.get("minutes") or 0),
                    int(r.get("position") or 0),
                    bool(r.get("added_by_chair")),
                )
                for r in v.get("agenda") or []
            ),
            key=lambda i: (i.position, i.reference, i.record_id),
        )
        statement = v.get("confidentiality_statement") or ""
        return MeetingView(
            m.case_id,
            m.reference,
            parse_date(day, "meeting date") if day else None,
            v.get("meeting_time") or "",
            v.get("meeting_venue") or "",
            v.get("panel_name") or "",
            v.get("chair_name") or "",
            v.get("meeting_status") or SCHEDULED,
            statement,
            v.get("current_item") or "",
            agenda,
            v.get("attendees") or [],
            v.get("observers") or [],
            v.get("apologies") or [],
            v.get("distribution") or [],
            self._acknowledgements(m, statement),
            seal.parse(v.get(seal.SEAL_FIELD) or "") if v.get("meeting_status") == CLOSED else {},
        )

    def _acknowledgements(self, m: MeetingSession, statement: str) -> list[Acknowledgement]:
        if not m.can_read("acknowledgements"):
            return []
        # Genuine only if the named device made the record and no other device has since
        # changed what it says (when, or which statement): the list is open to the whole panel.
        writers = m.record_writers("acknowledgements")
        digest = statement_digest(statement)
        out = []
        for r in m.get("acknowledgements") or []:
            device, rid = r.get("device_id") or "", str(r["id"])
            expected = self._actor_of(device)
            genuine = expected is not None and writers.get(rid) == {expected}
            out.append(
                Acknowledgement(
                    device,
                    r.get("name") or "",
                    r.get("role") or "",
                    r.get("at") or "",
                    r.get("statement_sha256") == digest,
                    genuine,
                )
            )
        return out

    # ----- attendance -------------------------------------------------------------------------
    def add_attendee(self, ref: str, name: str = "", agency: str = "", device_id: str = "") -> str:
        """An attendee by name and agency, or a member's device (its name, role and agency come
        from the membership log)."""
        self.require_chair("record attendance")
        m, _view = self._open_changeable(ref)
        role = ""
        if device_id:
            member = self._members().get(device_id)
            if member is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("MeetingProblems", "device {device_id} is not a member of this panel"),
                    device_id=device_id,
                )
            name, role, agency = name or member[0], member[1], agency or member[2]
        record = {
            "name": required(name, "attendee's name"),
            "agency": required(agency, "attendee's agency"),
            "role": role,
            "device_id": device_id,
        }
        if any(a.get("name") == record["name"] and a.get("agency") == record["agency"] for a in m.get("attendees")):
            raise ValidationError(
                QT_TRANSLATE_NOOP("MeetingProblems", "{name} ({agency}) is already recorded as attending"),
                name=record["name"],
                agency=record["agency"],
            )
        return m.add_record("attendees", record)

    def add_observer(self, ref: str, name: str, organisation: str, signed_statement: bool) -> str:
        self.require_chair("record observers")
        return self._open_changeable(ref)[0].add_record(
            "observers",
            {
                "name": required(name, "observer's name"),
                "organisation": required(organisation, "observer's organisation"),
                "signed_statement": bool(signed_statement),
            },
        )

    def add_apology(
        self, ref: str, name: str, agency: str, information_sent: bool, sent_on: dt.date | str | None = None
    ) -> str:
        self.require_chair("record apologies")
        record = {
            "name": required(name, "name"),
            "agency": required(agency, "agency"),
            "information_sent": bool(information_sent),
            "sent_on": None,
        }
        if information_sent:
            if not sent_on:
                raise ValidationError(QT_TRANSLATE_NOOP("MeetingProblems", "say when the information was sent"))
            record["sent_on"] = parse_date(sent_on, "the day the information was sent").isoformat()
        elif sent_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP("MeetingProblems", "information not sent cannot have a day it was sent")
            )
        return self._open_changeable(ref)[0].add_record("apologies", record)

    def set_distribution(self, ref: str, device_ids: list[str]) -> None:
        """Who receives the minutes: members only. The minutes hold only what all may read."""
        self.require_chair("set the distribution list")
        members = self._members()
        unknown = [d for d in device_ids if d not in members]
        if unknown:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "MeetingProblems", "not a member of this panel, so cannot receive the minutes: {unknown}"
                ),
                unknown=", ".join(unknown),
            )
        if not device_ids:
            raise ValidationError(
                QT_TRANSLATE_NOOP("MeetingProblems", "the distribution list needs at least one member")
            )
        # The minutes hold only what every recipient may read: a member whose role reads no case
        # (the information governance officer) would leave nothing in them for anyone.
        readers = self.repo.compartments.all_roles
        none = [members[d][0] for d in device_ids if members[d][1] not in readers]
        if none:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "MeetingProblems", "{names} read no case, so cannot receive the minutes: take them off the list"
                ),
                names=", ".join(none),
            )
        m, _view = self._open_changeable(ref)
        for r in m.get("distribution"):
            m.remove_record("distribution", str(r["id"]))
        for d in dict.fromkeys(device_ids):
            name, role, _agency = members[d]
            m.add_record("distribution", {"device_id": d, "name": name, "role": role})

    def set_status(self, ref: str, status: str) -> None:
        self.require_chair("open or close the meeting")
        m = self.open(ref)
        if status == CLOSED and m.schema.fields.get(seal.SEAL_FIELD) is not None:
            # Sealed before it reads closed, so no device ever sees it closed without its seal.
            view = self.view(m)
            m.set(seal.SEAL_FIELD, seal.make(self.repo, self.role, [i.case_id for i in view.agenda if i.case_id]))
        m.set("meeting_status", status)

    def set_statement(self, ref: str, statement: str) -> None:
        """A changed statement needs acknowledging again: acknowledgements name what they saw."""
        self.require_chair("change the confidentiality statement")
        m, _view = self._open_changeable(ref)
        m.set("confidentiality_statement", required(statement, "confidentiality statement", 5000))

    def acknowledge(self, ref: str) -> str:
        """This device's person acknowledges the statement, on this device (never for another)."""
        m, view = self._open_changeable(ref)
        if not view.statement.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("MeetingProblems", "this meeting has no confidentiality statement to acknowledge")
            )
        if view.acknowledged(self.device_id):
            raise ValidationError(QT_TRANSLATE_NOOP("MeetingProblems", "you have already acknowledged this statement"))
        return m.add_record(
            "acknowledgements",
            {
                "device_id": self.device_id,
                "name": self.person,
                "role": self.role,
                "statement_sha256": statement_digest(view.statement),
                "at": now_utc(),
            },
            form=True,
        )

    # ----- agenda -----------------------------------------------------------------------------
    def case_facts(
        self, case: CaseSession, meeting: MeetingView, others: list[MeetingView], today: dt.date
    ) -> ag.CaseFacts:
        earlier = [
            o.date
            for o in others
            if o.meeting_id != meeting.meeting_id
            and o.date
            and meeting.date
            and o.date < meeting.date
            and o.item_for(case.case_id)
        ]
        risk = self.risk.view_of(case, meeting.date or today).picture
        current = risk.current
        rank, high = 0, False
        if current is not None:
            levels = self.risk.policy.levels_for(current.assessment.instrument)
            rank = self.risk.policy.rank(current.assessment.instrument, current.level.id)
            high = rank == len(levels) - 1 and rank > 0
        referral = case.get("referral_date") if case.can_read("referral_date") else None
        state = self.process.view(case, today).state if case.can_read("process_events") else ""
        open_before = [
            r
            for r in rows_of(case, today)
            if r.open
            and r.raised_at != meeting.meeting_id
            and (r.raised_on is None or meeting.date is None or r.raised_on < meeting.date)
        ]
        return ag.CaseFacts(
            case.case_id,
            case.reference,
            bool(case.get("children_involved")) if case.can_read("children_involved") else False,
            parse_date(referral, "referral date") if referral else None,
            max(earlier) if earlier else None,
            risk.review.due if risk.review else None,
            (bool(case.get("repeat_referral")) if case.can_read("repeat_referral") else False) or bool(risk.repeat),
            state == "awaiting_signoff",
            len(open_before),
            rank,
            high,
        )

    def propose_agenda(self, ref: str | MeetingView, today: dt.date | None = None) -> list[ag.Proposal]:
        """ref: the meeting's reference or id, or its view when the caller has it already."""
        meeting = ref if isinstance(ref, MeetingView) else self.view(ref)
        today = today or clock.today()
        others = self.meetings()
        facts = [self.case_facts(self.open_case(c.case_id), meeting, others, today) for c in self.list_cases()]
        return ag.propose(facts, meeting.date or today, self.policy)

    def build_agenda(self, ref: str, today: dt.date | None = None) -> list[ag.Proposal]:
        """Add every case that should come to this meeting and is not on its agenda yet."""
        self.require_chair("build the agenda")
        m, view = self._open_changeable(ref)
        on = {i.case_id for i in view.agenda}
        added = [p for p in self.propose_agenda(view, today) if p.case_id not in on]
        # The proposal's own order follows the items already there (which the chair may have set).
        start = max((i.position for i in view.agenda), default=0)
        for n, p in enumerate(added, start + 1):
            m.add_record(
                "agenda",
                {
                    "case_id": p.case_id,
                    "reasons": "; ".join(p.reasons),
                    "minutes": p.minutes,
                    "position": n,
                    "added_by_chair": False,
                },
            )
            self._start_discussion(view.meeting_id, p.case_id)
        return added

    def add_item(self, ref: str, case_ref: str, reason: str, minutes: int | None = None) -> str:
        self.require_chair("add to the agenda")
        m, view = self._open_changeable(ref)
        try:
            case = self.open_case(case_ref)
        except NotFound:
            raise NotFound(
                QT_TRANSLATE_NOOP("MeetingProblems", "no case '{case_ref}' on this device to add to the agenda"),
                case_ref=case_ref,
            ) from None
        if view.item_for(case.case_id):
            raise ValidationError(
                QT_TRANSLATE_NOOP("MeetingProblems", "case {reference} is already on the agenda"),
                reference=case.reference,
            )
        minutes = self.policy.minutes_per_case if minutes is None else int(minutes)
        if not 1 <= minutes <= 120:
            raise ValidationError(QT_TRANSLATE_NOOP("MeetingProblems", "the time for a case is 1 to 120 minutes"))
        rid = m.add_record(
            "agenda",
            {
                "case_id": case.case_id,
                "reasons": required(reason, "reason it is on the agenda", 200),
                "minutes": minutes,
                "position": max((i.position for i in view.agenda), default=0) + 1,
                "added_by_chair": True,
            },
        )
        self._start_discussion(view.meeting_id, case.case_id)
        return rid

    def move_item(self, ref: str, case_ref: str, position: int) -> None:
        """Put a case at a place in the agenda (1 = first); the others keep their order."""
        self.require_chair("reorder the agenda")
        m, view = self._open_changeable(ref)
        case_id = self.open_case(case_ref).case_id
        items = [i for i in view.agenda if i.case_id != case_id]
        moving = view.item_for(case_id)
        if moving is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("MeetingProblems", "case {case_ref} is not on this meeting's agenda"),
                case_ref=case_ref,
            )
        if not 1 <= position <= len(view.agenda):
            raise ValidationError(
                QT_TRANSLATE_NOOP("MeetingProblems", "a place on this agenda is 1 to {count}"), count=len(view.agenda)
            )
        items.insert(position - 1, moving)
        for n, item in enumerate(items, 1):
            if item.position != n:
                m.update_record("agenda", item.record_id, {"position": n})

    def set_current(self, ref: str, case_ref: str) -> None:
        """The chair moves the meeting to a case; attendees' devices follow."""
        self.require_chair("move the meeting on")
        m, view = self._open_changeable(ref)
        case_id = self.open_case(case_ref).case_id
        if view.item_for(case_id) is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("MeetingProblems", "case {case_ref} is not on this meeting's agenda"),
                case_ref=case_ref,
            )
        m.set("current_item", case_id)

    def _start_discussion(self, meeting_id: str, case_id: str) -> None:
        """Make the case's discussion record for this meeting now, once, on the chair's device:
        attendees then all edit the same texts, which merge, instead of each starting one."""
        case = self.open_case(case_id)
        if not case.can_write(DISCUSSIONS):
            return
        if not any(r.get("meeting_id") == meeting_id for r in case.get(DISCUSSIONS)):
            case.add_record(DISCUSSIONS, {"meeting_id": meeting_id})
