"""`concord risk ...`: instruments, recording an assessment, and a case's risk picture."""

from __future__ import annotations

import json
import sys
from typing import Any

from app.cli.errors import describe_os_error
from app.models.errors import ValidationError
from app.models.risk.assessment import Answer
from app.workspace import Workspace


def _read_answers(path: str, answers_known: tuple[str, ...]) -> dict[str, str | tuple[str, str] | Answer]:
    """Answers from a file (or - for standard input): one 'question = answer' per line, an
    optional '| source' after the answer; '#' starts a comment. JSON {question: answer} also."""
    try:
        if path == "-":
            text = sys.stdin.read()
        else:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
    except OSError as exc:
        raise ValidationError(f"cannot read the answers: {describe_os_error(exc)}") from None
    except UnicodeDecodeError:
        raise ValidationError(f"cannot read the answers: {path} is not a text file (UTF-8)") from None
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise ValidationError(f"{path}: not valid JSON ({exc})") from None
        return {str(q): Answer(*v) if isinstance(v, list) else Answer(str(v)) for q, v in data.items()}
    out: dict[str, str | tuple[str, str] | Answer] = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        q, sep, rest = line.partition("=")
        if not sep:
            raise ValidationError(f"{path} line {n}: write 'question = answer' ({' / '.join(answers_known)})")
        value, _, source = rest.partition("|")
        q = q.strip()
        if q in out:
            raise ValidationError(f"{path} line {n}: '{q}' is answered twice")
        out[q] = Answer(value.strip().lower().replace("'", "").replace(" ", "_"), source.strip())
    return out


def cmd_instruments(args) -> int:
    with Workspace.open(args.data) as ws:
        service = ws.risk
        for inst in service.instruments.values():
            levels = ", ".join(f"{lv.label} {lv.min}+" for lv in service.policy.levels_for(inst.id))
            print(f"{inst.id}: {inst.name} ({inst.version}), {len(inst.questions)} questions; levels {levels}")
            print(f"  credit: {inst.credit}")
        rule = service.policy.eligibility
        print(f"eligibility rule: {rule.title} (policy {service.policy.version}): {rule.description}")
    return 0


def cmd_questions(args) -> int:
    with Workspace.open(args.data) as ws:
        inst = ws.risk.instrument(args.instrument)
        print(
            f"# {inst.name} ({inst.version}). Answer each: {' / '.join(inst.answers)}; "
            f"add '| source' when the answer is not {inst.default_source}'s account."
        )
        for q in inst.questions:
            print(f"{q.id} =    # {q.text}")
    return 0


def cmd_assess(args) -> int:
    with Workspace.open(args.data) as ws:
        inst = ws.risk.instrument(args.instrument)
        answers = _read_answers(args.answers, inst.answers)
        made = ws.risk.assess(
            args.case,
            inst.id,
            answers,
            assessed_on=args.date,
            assessor=args.assessor,
            agency=args.agency,
            judgement_level=args.raise_to or "",
            judgement_reason=args.reason or "",
        )
    print(
        f"recorded: score {made.score}, level {made.level.label}"
        + (f" (raised from {made.computed.label} by professional judgement)" if made.raised else "")
    )
    return 0


def cmd_show(args) -> int:
    with Workspace.open(args.data) as ws:
        view = ws.risk.view(args.case)
    p = view.picture
    assert p.review is not None  # risk_picture always says when the next review is due
    data: dict[str, Any] = {
        "history": [
            {
                "assessed_on": s.assessment.assessed_on.isoformat(),
                "instrument": s.assessment.instrument,
                "assessor": s.assessment.assessor,
                "agency": s.assessment.agency,
                "score": s.score,
                "level": s.level.id,
                "computed_level": s.computed.id,
                "judgement_reason": s.assessment.judgement_reason,
            }
            for s in p.history
        ],
        "unreadable": [{"record": u.record_id, "problem": u.problem} for u in p.unreadable],
        "escalation": None
        if p.escalation is None
        else {
            "incidents": p.escalation.incidents,
            "threshold": p.escalation.threshold,
            "window_days": p.escalation.window_days,
            "escalating": p.escalation.escalating,
        },
        "repeat": p.repeat,
        "review": {"due": p.review.due.isoformat(), "overdue": p.review.overdue, "reason": p.review.reason},
        "eligibility": {
            "eligible": view.eligibility.eligible,
            "rule": view.eligibility.rule,
            "policy_version": view.eligibility.policy_version,
            "reasons": list(view.eligibility.reasons),
        },
    }
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    for h in data["history"]:
        raised = (
            f" (raised from {h['computed_level']}: {h['judgement_reason']})"
            if h["level"] != h["computed_level"]
            else ""
        )
        print(
            f"{h['assessed_on']}  {h['instrument']}  score {h['score']:2d}  {h['level']}{raised}  by {h['assessor']}, {h['agency']}"
        )
    if not p.history:
        print("no risk assessment recorded")
    for u in p.unreadable:
        print(f"cannot score record {u.record_id}: {u.problem}")
    e = data["escalation"]
    print(
        "escalation: not visible to this role"
        if e is None
        else f"escalation: {e['incidents']} incident(s) in {e['window_days']} days (threshold {e['threshold']})"
        + (" - ESCALATING" if e["escalating"] else "")
    )
    print("repeat: not visible to this role" if p.repeat is None else f"repeat: {'YES' if p.repeat else 'no'}")
    print(f"review due {p.review.due.isoformat()} ({p.review.reason})" + (" - OVERDUE" if p.review.overdue else ""))
    print(view.eligibility.summary())
    return 0


def add_commands(sub) -> None:
    risk = sub.add_parser("risk", help="risk instruments, assessments and a case's risk picture")
    rsub = risk.add_subparsers(dest="risk_command", required=True)
    s = rsub.add_parser(
        "instruments", help="list the installed risk instruments, their levels and the eligibility rule"
    )
    s.set_defaults(func=cmd_instruments)
    s = rsub.add_parser("questions", help="print an instrument's questions as an answers file to fill in")
    s.add_argument("--instrument", default="dash")
    s.set_defaults(func=cmd_questions)
    s = rsub.add_parser("assess", help="record a risk assessment for a case from an answers file")
    s.add_argument("case", help="case reference")
    s.add_argument(
        "--answers",
        required=True,
        metavar="FILE",
        help="answers file ('concord risk questions' makes one; - reads standard input)",
    )
    s.add_argument("--instrument", default="dash")
    s.add_argument("--date", help="date of the assessment (YYYY-MM-DD; default today)")
    s.add_argument("--assessor", help="who assessed (default: this device's person)")
    s.add_argument("--agency", help="the assessor's agency (default: this device's agency)")
    s.add_argument("--raise-to", metavar="LEVEL", help="raise the level by professional judgement (never lower)")
    s.add_argument("--reason", help="the reason for the professional judgement (required with --raise-to)")
    s.set_defaults(func=cmd_assess)
    s = rsub.add_parser("show", help="a case's risk history, escalation, repeat, review and eligibility")
    s.add_argument("case", help="case reference")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_show)
