"""`concord meeting ...`, `concord actions` and `concord minutes`: panel meetings, their agenda,
what the panel says about each case, the action tracker and the minutes."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from app.cli.arguments import output_variant
from app.models import audit, clock
from app.models.errors import NotFound
from app.models.meetings.actions import CSV_COLUMNS, ITEMS, OUTCOMES, to_csv
from app.models.meetings.mode import ACTION_AGENCIES, DISCUSSION_PARTS
from app.models.meetings.service import MEETING_STATUSES
from app.models.output_files import write_whole
from app.reports.service import write_minutes
from app.workspace import Workspace


def _today(args) -> dt.date:
    return dt.date.fromisoformat(args.today) if getattr(args, "today", None) else clock.today()


def cmd_schedule(args) -> int:
    with Workspace.open(args.data) as ws:
        m = ws.meetings.schedule(args.date, args.time, args.venue, panel=args.panel or "", chair=args.chair or "")
        print(m.reference)
    return 0


def cmd_list(args) -> int:
    with Workspace.open(args.data) as ws:
        for v in ws.meetings.meetings():
            print(f"{v.reference}  {v.date}  {v.time}  {v.venue}  {v.status}  {len(v.agenda)} cases")
    return 0


def cmd_show(args) -> int:
    with Workspace.open(args.data) as ws:
        v = ws.meetings.view(args.meeting)
        print(f"{v.reference}: {v.panel}, {v.date} {v.time}, {v.venue}; chair {v.chair}; {v.status}")
        for a in v.attendees:
            device = a.get("device_id") or ""
            ack = "acknowledged" if device and v.acknowledged(device) else "not acknowledged" if device else "no device"
            print(f"  attending: {a.get('name')} ({a.get('agency')}) - {ack}")
        for o in v.observers:
            print(
                f"  observer: {o.get('name')} ({o.get('organisation')}) - signed statement: "
                f"{'yes' if o.get('signed_statement') else 'NO'}"
            )
        for a in v.apologies:
            sent = f"information sent {a.get('sent_on')}" if a.get("information_sent") else "no information sent"
            print(f"  apologies: {a.get('name')} ({a.get('agency')}) - {sent}")
        for acknowledgement in v.acknowledgements:
            state = (
                ""
                if acknowledgement.current and acknowledgement.genuine
                else " (NOT VALID: "
                + ("made on another device" if not acknowledgement.genuine else "for an earlier statement")
                + ")"
            )
            print(f"  acknowledged by {acknowledgement.name} ({acknowledgement.role}) at {acknowledgement.at}{state}")
        for i in v.agenda:
            here = "  <- now" if i.case_id == v.current_item else ""
            print(
                f"  {i.position:>2}. {i.reference or '(case not on this device)'}  {i.minutes} min  {i.reasons}{here}"
            )
        for d in v.distribution:
            print(f"  minutes to: {d.get('name')} ({d.get('role')})")
    return 0


def cmd_attend(args) -> int:
    with Workspace.open(args.data) as ws:
        ws.meetings.add_attendee(args.meeting, args.name or "", args.agency or "", device_id=args.device or "")
    return 0


def cmd_observer(args) -> int:
    with Workspace.open(args.data) as ws:
        ws.meetings.add_observer(args.meeting, args.name, args.organisation, args.signed)
    return 0


def cmd_apology(args) -> int:
    with Workspace.open(args.data) as ws:
        ws.meetings.add_apology(args.meeting, args.name, args.agency, bool(args.sent_on), args.sent_on)
    return 0


def cmd_distribute(args) -> int:
    with Workspace.open(args.data) as ws:
        devices = list(ws.members()) if args.all else args.device
        ws.meetings.set_distribution(args.meeting, devices or [])
        for d in ws.meetings.view(args.meeting).distribution:
            print(f"{d.get('name')} ({d.get('role')})")
    return 0


def cmd_status(args) -> int:
    with Workspace.open(args.data) as ws:
        ws.meetings.set_status(args.meeting, args.status)
        print(f"{ws.meetings.view(args.meeting).reference}: {args.status}")
    return 0


def cmd_acknowledge(args) -> int:
    with Workspace.open(args.data) as ws:
        print(ws.meetings.view(args.meeting).statement)
        ws.meetings.acknowledge(args.meeting)
        print(f"acknowledged by {ws.profile.name} on this device")
    return 0


def cmd_agenda(args) -> int:
    with Workspace.open(args.data) as ws:
        service = ws.meetings
        if args.agenda_command == "build":
            for p in service.build_agenda(args.meeting, _today(args)):
                print(f"added {p.reference}: {'; '.join(p.reasons)} ({p.minutes} min)")
        elif args.agenda_command == "add":
            service.add_item(args.meeting, args.case, args.reason, args.minutes)
        elif args.agenda_command == "move":
            service.move_item(args.meeting, args.case, args.position)
        elif args.agenda_command == "now":
            service.set_current(args.meeting, args.case)
        for i in service.view(args.meeting).agenda:
            print(f"{i.position:>2}. {i.reference}  {i.minutes} min  {i.reasons}")
    return 0


def cmd_discuss(args) -> int:
    text = sys.stdin.read() if args.text == "-" else args.text
    with Workspace.open(args.data) as ws:
        ws.meeting_mode.write_discussion(args.meeting, args.case, args.part, text)
    return 0


def cmd_case(args) -> int:
    with Workspace.open(args.data) as ws:
        c = ws.meeting_mode.case_panel(args.meeting, args.case, _today(args))
        print(f"Case {c.reference}" + (f": {c.item.reasons}" if c.item else " (not on this agenda)"))
        for label, value in c.facts:
            print(f"  {label}: {value}")
        if c.survivor_views is not None:
            print(f"  Survivor's views (via the advocate): {c.survivor_views or '-'}")
        for agency, text in c.summaries:
            print(f"  {agency}: {text or '-'}")
        if c.discussion is not None:
            for part in DISCUSSION_PARTS:
                print(f"  {part}: {getattr(c.discussion, part) or '-'}")
        for r in c.actions:
            print(f"  action {r.action_id[:8]}: {r.action} - {r.owner} ({r.agency}) by {r.target}; {r.status}")
        for r, outcome, _note in c.earlier:
            print(f"  earlier action {r.action_id[:8]}: {r.action} - {outcome or 'to review: ' + r.status}")
    return 0


def cmd_action_add(args) -> int:
    with Workspace.open(args.data) as ws:
        print(ws.meeting_mode.add_action(args.meeting, args.case, args.action, args.agency, args.owner, args.target))
    return 0


def _action_id(ws, case_ref: str, prefix: str) -> str:
    ids = [str(r["id"]) for r in ws.open_case(case_ref).get(ITEMS) if str(r["id"]).startswith(prefix)]
    if len(ids) != 1:
        raise NotFound(f"no single action starting '{prefix}' in case {case_ref}")
    return ids[0]


def cmd_action_review(args) -> int:
    with Workspace.open(args.data) as ws:
        ws.meeting_mode.review_action(
            args.meeting, args.case, _action_id(ws, args.case, args.action), args.outcome, args.note or ""
        )
    return 0


def cmd_actions(args) -> int:
    with Workspace.open(args.data) as ws:
        rows = ws.meeting_mode.tracker(_today(args)).filter(
            agency=args.agency or "", owner=args.owner or "", open_only=not args.all, overdue_only=args.overdue
        )
        if args.csv:
            # The rows carry case data off the store: the file is written whole and audited.
            path = write_whole(args.csv, to_csv(rows).encode("utf-8"))
            with ws.store.begin() as conn:
                audit.append(conn, ws.actor, "file_written", "", "actions csv")
            print(f"{len(rows)} actions written to {path}")
            return 0
    print("  ".join(CSV_COLUMNS))
    for r in rows:
        print("  ".join(c or "-" for c in r.cells()))
    return 0


def cmd_minutes(args) -> int:
    with Workspace.open(args.data) as ws:
        w = write_minutes(ws, args.meeting, args.file, _today(args), args.language)
    print(f"minutes: {w.pdf}\naccessible HTML: {w.html}\ntext: {w.text}\ncontent SHA-256: {w.content_hash}")
    return 0


def add_commands(sub) -> None:
    mt = sub.add_parser("meeting", help="panel meetings: schedule, attendance, agenda, acknowledgements, minutes")
    ms = mt.add_subparsers(dest="meeting_command", required=True)
    s = ms.add_parser("schedule", help="(chair) schedule a meeting")
    s.add_argument("date")
    s.add_argument("time", help="HH:MM")
    s.add_argument("--venue", required=True)
    s.add_argument("--panel")
    s.add_argument("--chair")
    s.set_defaults(func=cmd_schedule)
    ms.add_parser("list", help="the meetings on this device").set_defaults(func=cmd_list)
    s = ms.add_parser("show", help="a meeting: attendance, acknowledgements, agenda, distribution")
    s.add_argument("meeting")
    s.set_defaults(func=cmd_show)
    s = ms.add_parser("attend", help="(chair) record an attendee: a member's --device, or --name and --agency")
    s.add_argument("meeting")
    s.add_argument("--device")
    s.add_argument("--name")
    s.add_argument("--agency")
    s.set_defaults(func=cmd_attend)
    s = ms.add_parser("observer", help="(chair) record an observer")
    s.add_argument("meeting")
    s.add_argument("--name", required=True)
    s.add_argument("--organisation", required=True)
    s.add_argument("--signed", action="store_true", help="signed the confidentiality statement")
    s.set_defaults(func=cmd_observer)
    s = ms.add_parser("apology", help="(chair) record apologies, and when information was sent")
    s.add_argument("meeting")
    s.add_argument("--name", required=True)
    s.add_argument("--agency", required=True)
    s.add_argument("--sent-on", help="the day information was sent (leave out if none was)")
    s.set_defaults(func=cmd_apology)
    s = ms.add_parser("distribute", help="(chair) who receives the minutes: member devices")
    s.add_argument("meeting")
    s.add_argument("device", nargs="*")
    s.add_argument("--all", action="store_true", help="every member of the panel")
    s.set_defaults(func=cmd_distribute)
    s = ms.add_parser("status", help="(chair) start, close or reopen a meeting; a closed one refuses changes")
    s.add_argument("meeting")
    s.add_argument("status", choices=MEETING_STATUSES)
    s.set_defaults(func=cmd_status)
    s = ms.add_parser("acknowledge", help="acknowledge the confidentiality statement on this device")
    s.add_argument("meeting")
    s.set_defaults(func=cmd_acknowledge)
    s = ms.add_parser("agenda", help="(chair) build the agenda from the cases, add, move, or move the meeting on")
    s.add_argument("meeting")
    ag = s.add_subparsers(dest="agenda_command", required=True)
    a = ag.add_parser("build")
    a.add_argument("--today")
    a = ag.add_parser("add")
    a.add_argument("case")
    a.add_argument("--reason", required=True)
    a.add_argument("--minutes", type=int)
    a = ag.add_parser("move")
    a.add_argument("case")
    a.add_argument("position", type=int)
    a = ag.add_parser("now", help="the case under discussion")
    a.add_argument("case")
    s.set_defaults(func=cmd_agenda)
    s = ms.add_parser("case", help="a case as the meeting sees it")
    s.add_argument("meeting")
    s.add_argument("case")
    s.add_argument("--today")
    s.set_defaults(func=cmd_case)
    s = ms.add_parser("discuss", help="write the key risks (facts), opinions or decisions for a case")
    s.add_argument("meeting")
    s.add_argument("case")
    s.add_argument("part", choices=DISCUSSION_PARTS)
    s.add_argument("text", help="the text ('-' reads standard input)")
    s.set_defaults(func=cmd_discuss)
    s = ms.add_parser("action", help="agree an action for a case")
    s.add_argument("meeting")
    s.add_argument("case")
    s.add_argument("action")
    s.add_argument("--agency", required=True, choices=ACTION_AGENCIES)
    s.add_argument("--owner", required=True)
    s.add_argument("--target", required=True, help="target date YYYY-MM-DD")
    s.set_defaults(func=cmd_action_add)
    s = ms.add_parser("review", help="review an earlier action at this meeting")
    s.add_argument("meeting")
    s.add_argument("case")
    s.add_argument("action", help="the action's id (or its first characters)")
    s.add_argument("outcome", choices=OUTCOMES)
    s.add_argument("--note")
    s.set_defaults(func=cmd_action_review)

    s = sub.add_parser("actions", help="the action tracker: open actions across cases and meetings")
    s.add_argument("--agency")
    s.add_argument("--owner", help="any part of the owner's name")
    s.add_argument("--overdue", action="store_true")
    s.add_argument("--all", action="store_true", help="closed actions too")
    s.add_argument("--csv", type=Path, help="write the rows to a CSV file")
    s.add_argument("--today")
    s.set_defaults(func=cmd_actions)

    s = sub.add_parser("minutes", help="the minutes of a meeting (PDF, with HTML and text beside it)")
    s.add_argument("meeting")
    s.add_argument("file", type=Path)
    s.add_argument("--today", help="the day the minutes are issued (default: today)")
    s.add_argument(
        "--language",
        type=output_variant,
        help="cy (Cymraeg), en (English) or cy+en (both, Welsh first); default: the panel's policy",
    )
    s.set_defaults(func=cmd_minutes)
