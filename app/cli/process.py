"""`concord process ...`, `concord signoff ...`, `concord report signoff` and `concord verify`:
the restorative process, its safeguards, the signed sign-off and its report."""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

from app.cli.arguments import output_variant
from app.models import clock
from app.models.errors import ValidationError
from app.models.process import attestations as att
from app.models.process import lifecycle as lc
from app.models.process.consent import PARTIES, STATUSES
from app.models.process.service import SESSION_KINDS
from app.models.process.signoff import DECISIONS, NDM, DecisionRefused
from app.models.process.signoff_pack import build_pack
from app.reports.service import read_signature, signoff_report, verify_file, write_report
from app.workspace import Workspace


def cmd_show(args) -> int:
    with Workspace.open(args.data) as ws:
        view = ws.process.enforce(args.case)
        p = view.process
        print(
            f"{view.reference}: {p.label}"
            + (f" (recorded {lc.LABELS[p.recorded].lower()})" if p.state != p.recorded else "")
        )
        for h in p.holds:
            print(f"  HOLD {lc.TRIGGERS.get(h.trigger, h.trigger)}: {h.why}")
        for c in view.consent.values():
            print(f"  consent, {c.party}: {c.status} - {c.explanation}")
        for line in safeguard_lines(view):
            print(f"  {line}")
        print(f"  sign-off: {view.signoff_words()}")
        for v in view.signoffs:
            if not v.valid:
                print(f"  REFUSED sign-off {v.record_id}: {v.problem}")
        if view.open_request:
            print(
                f"  sign-off requested {view.open_request.get('requested_at', '')[:10]} by {view.open_request.get('requested_by')}"
            )
        for e in p.history:
            mark = "" if e.applied else f"  REFUSED: {e.problem}"
            trig = f" [{e.step.trigger}]" if e.step.trigger else ""
            print(
                f"  {e.step.at[:16]}  -> {lc.LABELS.get(e.step.to_state, e.step.to_state)}{trig}  {e.step.by} "
                f"({e.step.by_role}): {e.step.reason}{mark}"
            )
        today = clock.today()
        for check_in in view.aftercare:
            print(
                f"  aftercare check-in due {check_in.due_on}: "
                + (
                    "held " + check_in.evaluation()
                    if check_in.held
                    else "OVERDUE"
                    if check_in.overdue(today)
                    else "to come"
                )
            )
        if view.next_steps:
            print("  next: " + ", ".join(view.next_steps))
    return 0


def safeguard_lines(view) -> list[str]:
    """The safeguards as their roles attested them: in place, or what is missing."""
    out = []
    for kind in (att.SAFETY_PLAN, att.FACILITATION):
        a = view.attestations.get(kind)
        who = att.KINDS[kind].role
        if a is None:
            out.append(f"safeguard, {kind}: not yet attested by the {who}'s device")
        elif a.missing:
            out.append(f"safeguard, {kind}: {'; '.join(a.missing)} (attested by {a.by}, {a.at[:16]})")
        else:
            out.append(f"safeguard, {kind}: in place (attested by {a.by}, {a.at[:16]})")
    return out


def cmd_step(args) -> int:
    with Workspace.open(args.data) as ws:
        ws.process.step(args.case, args.to, args.reason)
        print(ws.process.view(args.case).process.label)
    return 0


def cmd_pause(args) -> int:
    with Workspace.open(args.data) as ws:
        ws.process.pause(args.case, args.trigger, args.reason)
        print(ws.process.view(args.case).process.label)
    return 0


def cmd_breach(args) -> int:
    with Workspace.open(args.data) as ws:
        ws.process.record_breach(args.case, args.reason)
        print(ws.process.view(args.case).process.label)
    return 0


def cmd_consent(args) -> int:
    record = {
        "party": args.party,
        "consent_status": args.status,
        "recorded_on": args.date or clock.today().isoformat(),
        "method": args.method or "",
        "explained": args.explained or "",
        "witness": args.witness or "",
        "valid_until": args.until,
        "override_reason": args.override_reason or "",
        "lawful_basis": args.lawful_basis or "",
    }
    with Workspace.open(args.data) as ws:
        ws.process.record_consent(args.case, record)
        view = ws.process.view(args.case)
        print(f"{view.reference}: {view.consent[args.party].explanation}; process {view.process.label.lower()}")
    return 0


def cmd_session(args) -> int:
    with Workspace.open(args.data) as ws:
        ws.process.record_session(args.case, args.kind, args.date or clock.today(), args.record, args.adjustments or "")
    print(f"{args.kind} recorded")
    return 0


def cmd_request(args) -> int:
    with Workspace.open(args.data) as ws:
        ws.process.request_signoff(args.case, args.note or "")
    print(f"sign-off requested for {args.case}")
    return 0


def cmd_inbox(args) -> int:
    with Workspace.open(args.data) as ws:
        items = ws.process.inbox()
        for ref, r in items:
            risk = ws.risk.view(ref)
            cur = risk.picture.current
            print(
                f"{ref}  requested {str(r.get('requested_at'))[:10]} by {r.get('requested_by')}  "
                f"risk {cur.level.label if cur else 'not assessed'}  {risk.eligibility.summary()}"
            )
        if not items:
            print("no sign-off requests waiting")
    return 0


def cmd_pack(args) -> int:
    with Workspace.open(args.data) as ws:
        case = ws.open_case(args.case)
        for part in build_pack(case, ws.process.view(case), ws.risk.view_of(case), frozenset({ws.role})):
            print(f"== {part.title}")
            for label, value in part.rows:
                print(f"  {label}: {value}")
            for row in part.table:
                print("  " + " | ".join(row))
            if part.note:
                print(f"  {part.note}")
    return 0


def cmd_flags(args) -> int:
    with Workspace.open(args.data) as ws:
        case = ws.open_case(args.case)
        flags = ws.process.red_flags(case)
        print(
            f"{case.reference}: {len(flags)} red flag(s)"
            + (" - an approval gives an override statement for each: --override FLAG_ID=TEXT" if flags else "")
        )
        for f in flags:
            print(f"  {f.id}: {f.words}")
        print("What the pack holds:")
        for label, words in ws.process.decision_summary(case):
            print(f"  {label}: {words}")
    return 0


def read_overrides(args) -> dict[str, str]:
    """The override statements by flag id: from --override-file (TOML or JSON, flag id = text),
    then each --override FLAG_ID=TEXT, which wins over the file."""
    out: dict[str, str] = {}
    if args.override_file is not None:
        path = Path(args.override_file)
        text = path.read_text(encoding="utf-8")
        try:
            raw = json.loads(text) if path.suffix.lower() == ".json" else tomllib.loads(text)
        except (ValueError, tomllib.TOMLDecodeError) as exc:
            kind = "JSON" if path.suffix.lower() == ".json" else "TOML"
            raise ValidationError(f"{path.name}: not readable as {kind} ({exc})") from None
        if isinstance(raw, dict) and isinstance(raw.get("overrides"), dict):
            raw = raw["overrides"]
        if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
            raise ValidationError(f'{path.name}: write one override statement per flag id, as FLAG_ID = "text"')
        out.update({str(k): v for k, v in raw.items()})
    for pair in args.override or []:
        fid, sep, statement = pair.partition("=")
        if not sep or not fid.strip():
            raise ValidationError(f"write each override as FLAG_ID=TEXT (got '{fid[:40]}')")
        out[fid.strip()] = statement
    return out


def cmd_decide(args) -> int:
    rationale = {key: getattr(args, key) or "" for key, _l in NDM}
    overrides = read_overrides(args)
    with Workspace.open(args.data) as ws:
        try:
            ws.process.decide(
                args.case,
                args.decision,
                rationale,
                rank=args.rank,
                conditions=args.conditions or "",
                overrides=overrides,
            )
        except DecisionRefused as exc:
            # Everything missing at once, one line each, so it can all be put right in one go.
            print(
                f"concord: error: the decision is not signed; {len(exc.problems)} thing(s) to put right:",
                file=sys.stderr,
            )
            for problem in exc.problems:
                print(f"  - {problem}", file=sys.stderr)
            if any("red flag" in p for p in exc.problems):
                print(f"  (list the red flags with: concord signoff flags {args.case})", file=sys.stderr)
            return 1
        print(f"{args.case}: {ws.process.view(args.case).signoff_words()} (signed)")
    return 0


def cmd_report(args) -> int:
    with Workspace.open(args.data) as ws:
        report = signoff_report(ws, args.case, args.audience, language=args.language)
        out = write_report(ws, report, args.file, args.case)
    _body, signed = read_signature(report)
    print(
        f"report: {out.pdf}\naccessible HTML: {out.html}\ntext: {out.text}\ncontent SHA-256: {out.content_hash}\n"
        f"signed by this device over what it shows: {signed.signer.name} ({signed.signer.role}), key fingerprint "
        f"{signed.fingerprint}"
    )
    return 0


def cmd_verify(args) -> int:
    ws = Workspace.open(args.data) if Workspace.exists(args.data) else None
    try:
        verdict = verify_file(args.file, ws=ws)
    finally:
        if ws is not None:
            ws.close()
    for line in verdict.lines:
        print(line, file=sys.stdout if verdict.ok else sys.stderr)
    if not verdict.ok:
        first = next((line[len("FAIL: ") :] for line in verdict.lines if line.startswith("FAIL: ")), "")
        print("NOT VERIFIED" + (f": {first}" if first else ""))
        return 1
    if verdict.stale:
        # Genuine, but not to be acted on: a script checking the exit code must not take it as good.
        print("STALE: the report is genuine, but the decision it shows no longer holds: " + "; ".join(verdict.stale))
        return 1
    print("VERIFIED")
    return 0


def add_commands(sub) -> None:
    proc = sub.add_parser("process", help="the restorative process of a case: state, steps, pauses, consent, sessions")
    ps = proc.add_subparsers(dest="process_command", required=True)
    s = ps.add_parser("show", help="state, holds, consent, sign-off and every step")
    s.add_argument("case")
    s.set_defaults(func=cmd_show)
    s = ps.add_parser("step", help="move the case on (checked against every guard)")
    s.add_argument("case")
    s.add_argument(
        "to", choices=[x for x in lc.STATES if x not in lc.DECISION_STATES and x not in (lc.PAUSED, lc.AWAITING)]
    )
    s.add_argument("--reason", required=True)
    s.set_defaults(func=cmd_step)
    s = ps.add_parser("pause", help="pause the process on a trigger")
    s.add_argument("case")
    s.add_argument("--trigger", required=True, choices=list(lc.TRIGGERS))
    s.add_argument("--reason", required=True)
    s.set_defaults(func=cmd_pause)
    s = ps.add_parser("breach", help="record a breach: the process ends")
    s.add_argument("case")
    s.add_argument("--reason", required=True)
    s.set_defaults(func=cmd_breach)
    s = ps.add_parser("consent", help="record consent given, time-limited, withdrawn, refused or overridden")
    s.add_argument("case")
    s.add_argument("--party", required=True, choices=PARTIES)
    s.add_argument("--status", required=True, choices=STATUSES)
    s.add_argument("--date")
    s.add_argument("--method")
    s.add_argument("--explained")
    s.add_argument("--witness")
    s.add_argument("--until", help="last day of time-limited consent")
    s.add_argument("--override-reason")
    s.add_argument("--lawful-basis")
    s.set_defaults(func=cmd_consent)
    s = ps.add_parser("session", help="record a pre-session briefing, a session or a debrief")
    s.add_argument("case")
    s.add_argument("--kind", required=True, choices=SESSION_KINDS)
    s.add_argument("--date")
    s.add_argument("--record", required=True)
    s.add_argument("--adjustments", help="adjustments to the safety plan")
    s.set_defaults(func=cmd_session)

    so = sub.add_parser("signoff", help="ask for, list and decide Chief Inspector sign-offs")
    ss = so.add_subparsers(dest="signoff_command", required=True)
    s = ss.add_parser("request", help="(police lead) ask the Chief Inspector to decide")
    s.add_argument("case")
    s.add_argument("--note")
    s.set_defaults(func=cmd_request)
    s = ss.add_parser("inbox", help="(Chief Inspector) the requests waiting")
    s.set_defaults(func=cmd_inbox)
    s = ss.add_parser("pack", help="the sign-off pack as this device may show it")
    s.add_argument("case")
    s.set_defaults(func=cmd_pack)
    s = ss.add_parser("flags", help="(Chief Inspector) the red flags an approval must answer, and what the pack holds")
    s.add_argument("case")
    s.set_defaults(func=cmd_flags)
    s = ss.add_parser(
        "decide", help="(Chief Inspector) decide and sign, with a rationale by the National Decision Model"
    )
    s.add_argument("case")
    s.add_argument("decision", choices=DECISIONS)
    s.add_argument("--rank", required=True)
    s.add_argument("--conditions")
    for key, label in NDM:
        s.add_argument(f"--{key.replace('_', '-')}", dest=key, required=True, help=label)
    s.add_argument(
        "--override",
        action="append",
        metavar="FLAG_ID=TEXT",
        help="an approval's override statement for one red flag (see 'signoff flags'); repeat for each",
    )
    s.add_argument(
        "--override-file",
        type=Path,
        metavar="FILE",
        help='override statements by flag id, in TOML or JSON (flag-id = "text")',
    )
    s.set_defaults(func=cmd_decide)

    rep = sub.add_parser("report", help="write a report")
    rs = rep.add_subparsers(dest="report_command", required=True)
    s = rs.add_parser("signoff", help="the signed sign-off report (PDF, with HTML and text beside it)")
    s.add_argument("case")
    s.add_argument("file", type=Path)
    s.add_argument("--audience", help="'panel', or roles separated by commas (default: this device's role)")
    s.add_argument(
        "--language",
        type=output_variant,
        help="cy (Cymraeg), en (English) or cy+en (both, Welsh first); default: the panel's policy",
    )
    s.set_defaults(func=cmd_report)
    s = sub.add_parser(
        "verify",
        help="check a Concord report file: untouched, signed over what it shows, and "
        "(with a data folder) by whom and whether it still holds",
    )
    s.add_argument("file", type=Path)
    s.set_defaults(func=cmd_verify)
