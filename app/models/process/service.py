"""The restorative process on one device: its steps and safeguards, the sign-off requests, the
Chief Inspector's signed decisions, session records and aftercare.

The CLI and the desktop act only through here, and every guard is checked here, below any view:
no step into preparation or sessions without a current, approving, verified sign-off and both
parties' consent; a pause names its trigger; a recorded breach terminates. What arrives by sync is
judged the same way when the case is folded (lifecycle.py), so a step that skipped a guard on
another device is shown refused, never applied.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Callable
from functools import cached_property
from typing import Any

from app.models import clock
from app.models.case_schema import FieldDef
from app.models.cases import CaseSession
from app.models.device_context import DeviceContext
from app.models.errors import PermissionDenied, ValidationError
from app.models.language import QT_TRANSLATE_NOOP
from app.models.process import attestations as att
from app.models.process import lifecycle as lc
from app.models.process.aftercare import FIELD as CHECKINS
from app.models.process.aftercare import CheckIn, load_checkin_weeks, load_ndm_minimum, schedule
from app.models.process.consent import (
    FIELD as CONSENT,
)
from app.models.process.consent import (
    consent_status,
    current_ids,
    record_problems,
)
from app.models.process.decision_flags import RedFlag, pack_summary, red_flags
from app.models.process.holds import REQUESTS, holds, open_request, safeguard_holds
from app.models.process.signoff import (
    NDM,
    REVOKED_SIGNER,
    SIGNER_ROLE,
    Decision,
    FlagAnswer,
    Verified,
    check_decision,
    sign,
    verify_record,
)
from app.models.process.staleness import NOTES, covered, staleness
from app.models.process.view import ProcessView, _decision
from app.models.risk.service import RiskService

STEPS = "process_events"
DECISIONS, SESSION_RECORDS = "signoff_decisions", "session_records"
REQUESTER_ROLE = "police"
SESSION_KINDS = ("pre-session briefing", "session", "debrief")
# Their names on screen, through translate("SessionKinds", kind); the kinds are stored as above.
_SESSION_WORDS = (
    QT_TRANSLATE_NOOP("SessionKinds", "pre-session briefing"),
    QT_TRANSLATE_NOOP("SessionKinds", "session"),
    QT_TRANSLATE_NOOP("SessionKinds", "debrief"),
)


def now_iso() -> str:
    return clock.wall().isoformat(timespec="microseconds")


class ProcessService:
    def __init__(self, context: DeviceContext, risk: RiskService, now: Callable[[], str] = now_iso):
        self._open_case = context.cases.open_case
        self._list_cases = context.cases.list_cases
        self.person, self.role, self.device_id = context.person, context.role, context.device_id
        self._sign_bytes = context.sign
        self._member_of = context.panel.member_of
        self.risk = risk
        self._now = now

    @cached_property
    def checkin_weeks(self) -> tuple[int, ...]:
        return load_checkin_weeks()

    @cached_property
    def ndm_minimum(self) -> int:
        return load_ndm_minimum()

    # ----- reading --------------------------------------------------------------------------
    def verified(self, case: CaseSession) -> list[Verified]:
        """The decisions in the order they were made: their record list's order, which is causal
        (a decision signed after its device saw another lands after it). The time each was signed
        at is its device's clock, which can be days out, so it orders nothing."""
        if not case.can_read(DECISIONS):
            return []
        return [verify_record(r, case.case_id, self._member_of) for r in case.get(DECISIONS) or []]

    def _revoked_signer(self, v: Verified) -> bool:
        signer = self._member_of(_decision(v).signer_device)
        return signer is not None and signer.revoked

    def _signoff_ok(
        self, by_id: dict[str, Verified], attested: dict[str, att.Attestation] | None = None
    ) -> Callable[[lc.Step], str]:
        def ok(step: lc.Step) -> str:
            problem = signed(step)
            if problem or step.to_state not in lc.LIVE or attested is None:
                return problem
            # The facts a live state depends on, as the roles that hold them signed them: checked
            # on every device, whatever it may read, for every step whoever made it.
            relied = [attested[x] for x in step.attestations.split(",") if x in attested]
            return "; ".join(att.problems_for(step.to_state, relied))

        def signed(step: lc.Step) -> str:
            v = by_id.get(step.signoff_id)
            if v is None:
                return "it relies on no sign-off this device holds"
            if not v.valid:
                return f"the sign-off it relies on does not verify: {v.problem}"
            d = _decision(v)
            if step.to_state in lc.DECISION_STATES and d.decision not in lc.DECISION_STATES[step.to_state]:
                return f"the sign-off decided '{d.decision}', not this"
            if step.to_state in lc.LIVE and not d.approves:
                return "the sign-off it relies on does not approve"
            return ""

        return ok

    def view(self, case_ref_or_session: str | CaseSession, today: dt.date | None = None) -> ProcessView:
        case = self._case(case_ref_or_session)
        today = today or clock.today()
        signoffs = self.verified(case)
        valid = [v for v in signoffs if v.valid]
        current: Verified | None = None
        behind: tuple[str, ...] = ()
        if valid:
            # A decision by a device revoked since counts no more, wherever the list puts it: its
            # replacement may have signed without ever receiving it (a revoked device's history is
            # refused), so the two are concurrent and the list may order either first.
            standing = [v for v in valid if not self._revoked_signer(v)]
            latest = (standing or valid)[-1]
            stale, behind = staleness(case, latest)
            signer = self._member_of(_decision(latest).signer_device)
            if signer is not None and signer.revoked:
                # A stolen or retired device may have signed before anyone knew: what it signed
                # stays in the record, but counts no more until a current device signs again.
                stale = (REVOKED_SIGNER,) + stale
            current = dataclasses.replace(latest, stale_because=stale)
            signoffs = [current if v is latest else v for v in signoffs]
        consent = consent_status(case.get(CONSENT), today) if case.can_read(CONSENT) else {}
        steps = [lc.Step.from_record(r) for r in case.get(STEPS) or []] if case.can_read(STEPS) else []
        attested = att.verified(case.get(att.FIELD), case.case_id, self._member_of) if case.can_read(att.FIELD) else []
        attested_now = att.latest(attested)
        process = lc.fold(
            steps,
            self._signoff_ok({v.record_id: v for v in signoffs}, {a.record_id: a for a in attested}),
            holds(consent, current) + safeguard_holds(attested_now),
        )
        return ProcessView(
            case.reference,
            process,
            consent,
            signoffs,
            current,
            behind,
            open_request(case, signoffs),
            list(case.get(SESSION_RECORDS) or []) if case.can_read(SESSION_RECORDS) else [],
            self._aftercare(case, process),
            attested_now,
        )

    def _aftercare(self, case: CaseSession, process: lc.ProcessState) -> list[CheckIn]:
        # The day the recording device's clock gave: a date to count check-ins from, not an order.
        entered = [e.step.at for e in process.history if e.applied and e.step.to_state == lc.AFTERCARE]
        if not entered or not case.can_read(CHECKINS):
            return []
        return schedule(dt.date.fromisoformat(entered[-1][:10]), self.checkin_weeks, case.get(CHECKINS) or [])

    def inbox(self) -> list[tuple[str, dict[str, Any]]]:
        """Cases waiting on a sign-off decision: (reference, the open request), oldest first."""
        cases = (self._open_case(s.reference) for s in self._list_cases())
        first = next(cases, None)
        # Every case opens as this device's role, so what one may read, all may.
        if first is None or not first.can_read(REQUESTS):
            return []
        out = []
        for case in itertools.chain((first,), cases):
            # The full view verifies and folds everything; most cases wait on nothing, so they
            # are ruled out first from their requests and decisions alone.
            if not case.get(REQUESTS) or open_request(case, self.verified(case)) is None:
                continue
            view = self.view(case)
            if view.open_request and view.process.recorded == lc.AWAITING:
                out.append((case.reference, view.open_request))
        # Requests of different cases have no order of their own: their devices' times are shown
        # as they are, and only arrange the list.
        return sorted(out, key=lambda x: str(x[1].get("requested_at") or ""))

    # ----- steps ----------------------------------------------------------------------------
    def _case(self, ref_or_session: str | CaseSession) -> CaseSession:
        return self._open_case(ref_or_session) if isinstance(ref_or_session, str) else ref_or_session

    def _write_step(
        self,
        case: CaseSession,
        to_state: str,
        reason: str,
        trigger: str = "",
        signoff_id: str = "",
        attestations: str = "",
    ) -> str:
        if not reason.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("ProcessProblems", "say why: every step of the process records its reason")
            )
        # The step this device's fold ends with, which its person saw as the latest: the new one
        # is placed after it on every device (lifecycle.causal_order).
        known = lc.causal_order([lc.Step.from_record(r) for r in case.get(STEPS) or []])
        last = known[-1].record_id if known else ""
        return case.add_record(
            STEPS,
            {
                "to_state": to_state,
                "at": self._now(),
                "by": self.person,
                "by_role": self.role,
                "reason": reason.strip(),
                "trigger": trigger,
                "signoff_id": signoff_id,
                "after": last,
                "attestations": attestations,
            },
            form=True,
        )

    def step(self, case_ref: str | CaseSession, to_state: str, reason: str) -> str:
        case = self._case(case_ref)
        view = self.enforce(case)  # a step starts from the state in force, with any pause recorded
        if to_state in lc.DECISION_STATES:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "ProcessProblems", "only the Chief Inspector's signed decision approves, declines or defers"
                )
            )
        if to_state == lc.PAUSED:
            raise ValidationError(QT_TRANSLATE_NOOP("ProcessProblems", "pause through 'pause', naming the trigger"))
        if to_state == lc.AWAITING:
            raise ValidationError(QT_TRANSLATE_NOOP("ProcessProblems", "ask for a sign-off through 'request sign-off'"))
        if to_state not in view.next_steps:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ProcessProblems", "the case is {lower}: it cannot go to {lower2} (it can go to: {value})"
                ),
                lower=view.process.label.lower(),
                lower2=lc.LABELS.get(to_state, to_state).lower(),
                value=", ".join(lc.LABELS[s].lower() for s in view.next_steps) or "nowhere",
            )
        signoff_id, relied = "", ""
        if to_state in lc.LIVE:
            blocked = self.blockers(view, case, to_state)
            if blocked:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ProcessProblems", "the process cannot go on: {problems}"),
                    problems=tuple(blocked),
                )
            assert view.current is not None  # without one, blockers() names the missing sign-off
            signoff_id = view.current.record_id
            relied = ",".join(view.attestations[k].record_id for k in att.NEEDED[to_state])
        return self._write_step(case, to_state, reason, signoff_id=signoff_id, attestations=relied)

    def blockers(self, view: ProcessView, case: CaseSession, to_state: str = lc.SESSIONS) -> list[str]:
        """Why the process may not go into preparation or sessions now (empty when it may)."""
        out = [f"{h.why}" for h in holds(view.consent, view.current)]
        if view.current is not None and view.current.valid and view.behind:
            out.append(
                QT_TRANSLATE_NOOP(
                    "ProcessProblems", "this device has not yet received all the case data the sign-off covered"
                )
            )
        # Checked by what the case holds, not by what this device may read: the roles that hold
        # the facts attest them; a device that reads them checks them too, so a lagging
        # attestation cannot let through what the facts no longer support.
        out += att.problems_for(
            to_state, [view.attestations[k] for k in att.NEEDED.get(to_state, ()) if k in view.attestations]
        )
        for kind in att.NEEDED.get(to_state, ()):
            k = att.KINDS[kind]
            if all(case.can_read(fid) for _w, _n, fid, _h in k.facts):
                said = "; ".join(out)
                out += [att.ABSENT[w] for w, ok in att.facts_of(k, case.get) if not ok and att.ABSENT[w] not in said]
        return out

    # ----- safeguard attestations ------------------------------------------------------------
    def attest(self, case_ref: str | CaseSession, kind: str, force: bool = False) -> str | None:
        """Sign what this device's facts say for one kind of safeguard, if it changed since the
        latest attestation (or force); returns the new record's id, or None when nothing changed."""
        case = self._case(case_ref)
        k = att.KINDS[kind]
        if self.role != k.role:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("ProcessProblems", "only the {role}'s device attests {kind}"), role=k.role, kind=kind
            )
        latest = att.latest(att.verified(case.get(att.FIELD), case.case_id, self._member_of)).get(kind)
        if not force and not att.changed_since(k, latest, case.get):
            return None
        data = att.content(case.case_id, k, case.get, self.person, self.device_id, self._now())
        return case.add_record(
            att.FIELD,
            {
                "kind": kind,
                "signed_content": data.decode(),
                "signature": att.sign(data, self._sign_bytes),
                "signer_device": self.device_id,
            },
            form=True,
        )

    def attest_changed(self, case: CaseSession, f: FieldDef) -> None:
        """The hook for a change this device made to a fact a safeguard attests."""
        kind = att.FACT_FIELDS.get(f.id)
        if kind is not None and kind.role == self.role and case.can_write(att.FIELD):
            self.attest(case, kind.name)

    def pause(self, case_ref: str | CaseSession, trigger: str, reason: str) -> str:
        case = self._case(case_ref)
        if trigger not in lc.TRIGGERS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ProcessProblems", "name the trigger: one of {triggers}"),
                triggers=", ".join(lc.TRIGGERS),
            )
        view = self.view(case)
        if view.process.recorded not in lc.LIVE and view.process.recorded != lc.PAUSED:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ProcessProblems", "the case is {lower}: only preparation or sessions pause"),
                lower=view.process.label.lower(),
            )
        return self._write_step(case, lc.PAUSED, reason, trigger=trigger)

    def record_breach(self, case_ref: str | CaseSession, reason: str) -> str:
        case = self._case(case_ref)
        view = self.enforce(case)
        if view.process.recorded not in (lc.PREPARATION, lc.SESSIONS, lc.PAUSED):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ProcessProblems", "the case is {lower}: there is no process to end"),
                lower=view.process.label.lower(),
            )
        return self._write_step(case, lc.TERMINATED, reason, trigger=lc.BREACH)

    def enforce(self, case_ref: str | CaseSession) -> ProcessView:
        """Make on this device what the safeguards already show: a live process held by a
        safeguard is recorded paused, and a verified decision whose step is missing (made on a
        device that stopped in between) gets it. Both are safe to do twice."""
        case = self._case(case_ref)
        view = self.view(case)
        if not case.can_write(STEPS):
            return view
        p = view.process
        if p.recorded in lc.LIVE and p.holds:
            self._write_step(case, lc.PAUSED, "; ".join(h.why for h in p.holds), trigger=p.holds[0].trigger)
        elif p.recorded == lc.AWAITING and view.current is not None and view.open_request is None:
            d = _decision(view.current)
            target = next(s for s, names in lc.DECISION_STATES.items() if d.decision in names)
            self._write_step(case, target, lc.SIGNED_DECISION + d.decision, signoff_id=view.current.record_id)
        else:
            return view
        return self.view(case)

    # ----- consent ---------------------------------------------------------------------------
    def record_consent(self, case_ref: str | CaseSession, record: dict[str, Any]) -> str:
        case = self._case(case_ref)
        problems = record_problems(record, clock.latest_allowed_date())
        if problems:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ProcessProblems", "the consent record does not count: {problems}"),
                problems=tuple(problems),
            )
        # Named, so every device reads this record as replacing exactly what its person saw.
        record = {**record, "after": current_ids(case.get(CONSENT), str(record.get("party")))}
        return case.add_record(CONSENT, record, form=True)

    # ----- sign-off ----------------------------------------------------------------------------
    def request_signoff(self, case_ref: str | CaseSession, note: str) -> str:
        case = self._case(case_ref)
        if self.role != REQUESTER_ROLE:
            raise PermissionDenied(QT_TRANSLATE_NOOP("ProcessProblems", "the police lead asks for the sign-off"))
        view = self.enforce(case)
        if lc.AWAITING not in lc.ALLOWED[view.process.recorded]:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ProcessProblems", "the case is {lower}: a sign-off is asked for after the panel review"
                ),
                lower=view.process.label.lower(),
            )
        rid = case.add_record(
            REQUESTS, {"requested_at": self._now(), "requested_by": self.person, "note": note.strip()}, form=True
        )
        self._write_step(case, lc.AWAITING, note.strip() or "sign-off requested")
        return rid

    def red_flags(self, case_ref: str | CaseSession, today: dt.date | None = None) -> list[RedFlag]:
        """What stands against approving the case now, as this device holds it (decision_flags.py)."""
        case = self._case(case_ref)
        return red_flags(case, self.view(case, today), self.risk.view_of(case, today), self.risk.policy, today)

    def decision_summary(self, case_ref: str | CaseSession, today: dt.date | None = None) -> list[tuple[str, str]]:
        """What the pack holds on the points a decision is confirmed against, flagged or not."""
        case = self._case(case_ref)
        return pack_summary(case, self.view(case, today), self.risk.view_of(case, today), today)

    def prepare_decision(
        self,
        case_ref: str | CaseSession,
        decision: str,
        rationale: dict[str, str],
        *,
        rank: str,
        conditions: str = "",
        overrides: dict[str, str] | None = None,
        decided_on: dt.date | None = None,
        today: dt.date | None = None,
    ) -> Decision:
        """The decision as it would be signed now, checked against every rule (DecisionRefused lists
        what it lacks), without signing or recording anything: what a person confirms."""
        case = self._case(case_ref)
        if self.role != SIGNER_ROLE:
            raise PermissionDenied(QT_TRANSLATE_NOOP("ProcessProblems", "only the Chief Inspector decides a sign-off"))
        if decided_on is not None and decided_on > clock.latest_allowed_date():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ProcessProblems", "a decision cannot be dated {isoformat}: that day has not come yet"
                ),
                isoformat=decided_on.isoformat(),
            )
        view = self.view(case, today)
        if view.process.recorded != lc.AWAITING or view.open_request is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ProcessProblems", "there is no open sign-off request for this case")
            )
        risk = self.risk.view_of(case, today)
        flags = red_flags(case, view, risk, self.risk.policy, today)
        overrides = {str(k): str(v or "") for k, v in (overrides or {}).items()}
        check_decision(
            decision,
            conditions,
            rationale,
            self.person,
            rank,
            minimum=self.ndm_minimum,
            flags=[(f.id, f.words) for f in flags],
            overrides=overrides,
        )
        approves = decision in lc.DECISION_STATES[lc.APPROVED]
        answers = tuple(FlagAnswer(f.id, f.words, overrides[f.id].strip() if approves else "") for f in flags)
        e = risk.eligibility
        return Decision(
            case.case_id,
            case.reference,
            str(view.open_request["id"]),
            decision,
            conditions.strip(),
            tuple((k, rationale[k].strip()) for k, _l in NDM),
            self.person,
            rank.strip(),
            (decided_on or today or clock.today()).isoformat(),
            self._now(),
            self.device_id,
            f"{e.rule}; risk policy {e.policy_version}",
            e.summary(),
            covered(case),
            answers,
        )

    def decide(
        self,
        case_ref: str | CaseSession,
        decision: str,
        rationale: dict[str, str],
        *,
        rank: str,
        conditions: str = "",
        overrides: dict[str, str] | None = None,
        decided_on: dt.date | None = None,
        today: dt.date | None = None,
    ) -> str:
        """Sign and record a decision. An approval answers each red flag raised now with an
        override statement in overrides, keyed by the flag's id (decision_flags.py)."""
        case = self._case(case_ref)
        d = self.prepare_decision(
            case,
            decision,
            rationale,
            rank=rank,
            conditions=conditions,
            overrides=overrides,
            decided_on=decided_on,
            today=today,
        )
        rid = case.add_record(
            DECISIONS,
            {
                "signed_content": d.canonical().decode(),
                "field_digests": d.digests_json().decode(),
                "signature": sign(d, self._sign_bytes),
                "signer_device": self.device_id,
            },
            form=True,
        )
        target = next(s for s, names in lc.DECISION_STATES.items() if decision in names)
        self._write_step(case, target, lc.SIGNED_DECISION + decision, signoff_id=rid)
        return rid

    # ----- sessions --------------------------------------------------------------------------
    def record_session(
        self, case_ref: str | CaseSession, kind: str, held_on: dt.date | str, record: str, plan_adjustments: str = ""
    ) -> str:
        case = self._case(case_ref)
        if kind not in SESSION_KINDS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ProcessProblems", "the kind must be one of: {session_kinds}"),
                session_kinds=", ".join(SESSION_KINDS),
            )
        view = self.view(case)
        state = view.process.state
        allowed = {
            "pre-session briefing": (lc.PREPARATION, lc.SESSIONS),
            "session": (lc.SESSIONS,),
            "debrief": (lc.SESSIONS, lc.PAUSED, lc.COMPLETED, lc.TERMINATED, lc.AFTERCARE),
        }[kind]
        if state not in allowed:
            why = "; ".join(h.why for h in view.process.holds)
            if why:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ProcessProblems", "no {kind} while the case is {state}: {why}"),
                    kind=kind,
                    state=view.process.label.lower(),
                    why=why,
                )
            raise ValidationError(
                QT_TRANSLATE_NOOP("ProcessProblems", "no {kind} while the case is {state}"),
                kind=kind,
                state=view.process.label.lower(),
            )
        if kind == "session" and (
            view.current is None or not view.current.current or not _decision(view.current).approves
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ProcessProblems", "no session without a current, approving sign-off")
            )
        if not record.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("ProcessProblems", "the record is empty"))
        return case.add_record(
            SESSION_RECORDS,
            {
                "kind": kind,
                "held_on": held_on if isinstance(held_on, str) else held_on.isoformat(),
                "recorded_by": self.person,
                "record": record,
                "plan_adjustments": plan_adjustments,
                "signoff_id": view.current.record_id if view.current else "",
            },
            form=True,
        )


# What CaseRepository.on_risk_change calls: the case, and the risk-relevant field this device changed.
RiskChangeHook = Callable[[CaseSession, FieldDef], None]


def note_risk_change(now: Callable[[], str] = now_iso, attest: RiskChangeHook | None = None) -> RiskChangeHook:
    """The hook for CaseRepository.on_risk_change: once a case has a sign-off, each risk-relevant
    field this device changes is named (never its value) where every agency will see it. A note
    stands against every decision whose signing device had not received it (staleness.py).
    attest(case, f), when given, signs again the safeguard facts the change touched."""

    def hook(case: CaseSession, f: FieldDef) -> None:
        if attest is not None:
            attest(case, f)
        if not (case.can_read(DECISIONS) and case.can_write(NOTES)):
            return
        decisions = case.get(DECISIONS) or []
        if not decisions:
            return
        latest = str(decisions[-1].get("id"))
        notes = case.get(NOTES) or []
        if any(n.get("field") == f.id and n.get("after_signoff") == latest for n in notes):
            return
        case.add_record(
            NOTES, {"field": f.id, "at": now(), "by": case.actor.person, "after_signoff": latest}, form=True
        )

    return hook
