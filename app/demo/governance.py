"""The demo's information governance officer: every device syncs with the officer's device in a
real (in-memory) session, sealing its audit for it, and the officer's view of the panel's audit
is written beside the other outputs."""

from __future__ import annotations

from pathlib import Path

from app.models import panel_audit
from app.models.output_files import write_whole
from app.sync.engine.audit_records import OFFICER_ROLE
from app.sync.net.session import SyncSession
from app.workspace import Workspace

MAX_ROUNDS = 50


def session_pair(a: Workspace, b: Workspace) -> None:
    """One sync session between two open devices, its frames handed across in memory."""
    left, right = SyncSession(a.sync, b.profile.device_id), SyncSession(b.sync, a.profile.device_id)
    to_right, to_left = left.start(), right.start()
    for _ in range(MAX_ROUNDS):
        if not to_left and not to_right:
            break
        to_left, to_right = right.receive(to_right), left.receive(to_left)
    for s in (left, right):
        if s.error:
            raise RuntimeError(f"demo sync with the governance officer failed: {s.error}")


def audit_to_officer(opened: dict[str, Workspace]) -> None:
    officer = opened.get(OFFICER_ROLE)
    if officer is None:
        return
    for role, ws in opened.items():
        if role != OFFICER_ROLE:
            session_pair(ws, officer)


def officer_view(folder: Path, out: Path, case_ref: str) -> str:
    """The officer's answers for one case, and the state of every device's chain, as text."""
    with Workspace.open(folder) as ws:
        names = ws.members()
        schema = ws.schema
        lines = [f"Panel audit on the information governance officer's device ({ws.profile.name})", ""]
        for section in schema.sections:
            fields = tuple(f.id for f in section.fields)
            seen = panel_audit.who_read(ws.store, case_ref, section.id, fields)
            if not seen:
                continue
            people = sorted({f"{names.get(s.device, (s.person,))[0]} ({s.role})" for s in seen})
            lines.append(f"{case_ref} / {section.id}: {', '.join(people)}")
        expected = {d: n for d, (n, role, _a) in names.items() if role != OFFICER_ROLE}
        problems = panel_audit.chain_problems(ws.store, expected)
        held = panel_audit.devices(ws.store)
        lines.append("")
        lines.append(f"chains held: {len(held)} device(s), {sum(held.values())} entries; problems: {len(problems)}")
        lines += [f"CHAIN PROBLEM: {names.get(p.device, ('?',))[0]}: {p.problem}" for p in problems]
    text = "\n".join(lines) + "\n"
    write_whole(out / "panel-audit.txt", text.encode("utf-8"))
    return text
