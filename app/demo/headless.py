"""The demo's headless outputs: for each role, what its device holds and may see.

Values of never-export fields (safe contact details) are withheld here as everywhere else that
data leaves the encrypted store.
"""

from __future__ import annotations

import json
from pathlib import Path

from app.demo.governance import officer_view
from app.demo.meeting import MEETING_DAY, MEETING_REF
from app.demo.process import SIGNED_CASE
from app.models.disclosures.lines import line
from app.models.disclosures.log import listed
from app.models.errors import ConcordError
from app.models.language import BILINGUAL, ENGLISH, WELSH
from app.models.output_files import write_case_file, write_whole
from app.reports.service import signoff_report, verify_file, write_minutes, write_report
from app.sync.engine.audit_records import OFFICER_ROLE
from app.workspace import Workspace

WITHHELD = "[withheld: never exported]"


def role_view(ws: Workspace) -> dict:
    cases = []
    for summary in ws.list_cases():
        session = ws.open_case(summary.case_id)
        sections = []
        for section in session.sections():
            session.mark_read(section.id)
            fields = {}
            for f in section.fields:
                value = session.get(f.id)
                fields[f.id] = WITHHELD if (f.never_export and value not in (None, "", [])) else value
            sections.append({"section": section.id, "label": section.label, "fields": fields})
        cases.append({"reference": summary.reference, "sections": sections, "risk": _risk(ws, session)})
    return {
        "device": {"name": ws.profile.name, "role": ws.role, "fingerprint": ws.profile.fingerprint},
        "cases": cases,
    }


def _risk(ws: Workspace, session) -> dict | None:
    """The case's risk picture as this role computes it (None if it may not see assessments)."""
    if not session.can_read("risk_assessments"):
        return None
    view = ws.risk.view_of(session)
    p, current = view.picture, view.picture.current
    assert p.review is not None  # risk_picture always says when the next review is due
    return {
        "level": current.level.id if current else None,
        "score": current.score if current else None,
        "assessments": len(p.history),
        "escalating": None if p.escalation is None else p.escalation.escalating,
        "repeat": p.repeat,
        "review_due": p.review.due.isoformat(),
        "review_overdue": p.review.overdue,
        "eligibility": view.eligibility.summary(),
    }


def write_demo_outputs(folders: dict[str, Path], out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True, mode=0o700)  # what it holds is case data
    print(f"Concord demo panel (no display: headless run). Device folders: {next(iter(folders.values())).parent}")
    print(f"{'role':16s} {'cases':>5s} {'sections seen':>13s}  audit")
    for role, folder in folders.items():
        path = out / f"{role}-view.json"
        with Workspace.open(folder) as ws:
            view = role_view(ws)
            write_case_file(
                ws, path, json.dumps(view, indent=2, ensure_ascii=False).encode("utf-8"), "", "demo role view"
            )
            verdict = ws.verify_audit()
        seen = {s["section"] for c in view["cases"] for s in c["sections"]}
        print(
            f"{role:16s} {len(view['cases']):5d} {len(seen):13d}  {'intact' if verdict.ok else 'BROKEN'} ({verdict.entries} entries)"
        )
    print(f"Outputs: {out.resolve()} (one <role>-view.json per device: exactly what that role may see)")
    with Workspace.open(folders["chief_inspector"]) as ci:
        try:
            written = write_report(ci, signoff_report(ci, SIGNED_CASE), out / "signoff-report.pdf", SIGNED_CASE)
        except ConcordError as exc:
            print(f"No sign-off report: {exc}")
            return 0
        signoff_check = verify_file(written.pdf, ws=ci)
    print(
        f"Sign-off report of {SIGNED_CASE}: {written.pdf.resolve()} (with .html and .txt beside it); "
        f"verify: {_said(signoff_check)}"
    )
    with Workspace.open(folders["chair"]) as chair:
        minutes = write_minutes(chair, MEETING_REF, out / "panel-minutes.pdf", MEETING_DAY, ENGLISH)
        checked = verify_file(minutes.pdf, ws=chair)
        open_actions = len(chair.meeting_mode.tracker().filter())
        # The same minutes in Welsh, and bilingual with Welsh first, as a Welsh panel issues them.
        others = [
            write_minutes(chair, MEETING_REF, out / f"panel-minutes-{name}.pdf", MEETING_DAY, variant)
            for name, variant in (("cymraeg", WELSH), ("dwyieithog", BILINGUAL))
        ]
        other_checks = [verify_file(w.pdf, ws=chair) for w in others]
    print(
        f"Minutes of {MEETING_REF}: {minutes.pdf.resolve()} (with .html and .txt beside it); "
        f"verify: {_said(checked)}; {open_actions} actions open in the tracker"
    )
    for written_other, check in zip(others, other_checks):
        print(f"  also {written_other.pdf.name}: verify: {_said(check)}")
    _disclosure_log(folders, out)
    if OFFICER_ROLE in folders:
        officer_view(folders[OFFICER_ROLE], out, SIGNED_CASE)
        print(f"Panel audit (the information governance officer's view): {(out / 'panel-audit.txt').resolve()}")
    return 0 if signoff_check.holds and checked.holds and all(c.holds for c in other_checks) else 1


def _disclosure_log(folders: dict[str, Path], out: Path) -> None:
    """Each device's disclosure log, one after another, in one text file: ids, names and counts."""
    lines: list[str] = []
    shared = kept = 0
    for role, folder in folders.items():
        with Workspace.open(folder) as ws:
            items = listed(ws.store)
        shared += sum(1 for i in items if i.disclosure.shared)
        kept += sum(1 for i in items if not i.disclosure.shared)
        lines.append(f"== the {role} device: {len(items)} row(s)")
        lines += [line(i) for i in items]
    path = write_whole(out / "disclosure-log.txt", ("\n".join(lines) + "\n").encode("utf-8"))
    print(f"Disclosure log: {shared} disclosures and {kept} decisions not to share across the panel: {path.resolve()}")


def _said(verdict) -> str:
    return "VERIFIED" if verdict.holds else "STALE" if verdict.ok else "NOT VERIFIED"
