"""Reports from an open data folder: the signed sign-off report and the panel minutes, each written
as PDF with accessible HTML and text beside it, and the check of a report file. Shared by the CLI
and the desktop."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.models import clock
from app.files import write_whole
from app.models import audit
from app.models.errors import NotFound, ValidationError
from app.reports import check_pdf, render_html, render_pdf, render_text
from app.models.minutes import gather
from app.reports.minutes_report import KIND as MINUTES_KIND, build_minutes_report
from app.reports.signoff_report import build_signoff_report, verify_signoff
from app.sync.identity import device_id_of


def audience_of(ws, audience: str | None) -> tuple[frozenset[str], str]:
    """The roles a report is for: this device's own role by default, 'panel' for what every panel
    role may read, or a comma-separated list of roles."""
    schema = ws.schema
    if not audience:
        return frozenset({ws.role}), schema.roles[ws.role].label
    if audience == "panel":
        return frozenset(schema.roles), "the whole panel"
    roles = [r.strip() for r in audience.split(",") if r.strip()]
    unknown = [r for r in roles if r not in schema.roles]
    if unknown or not roles:
        raise ValidationError(f"unknown audience role(s): {', '.join(unknown) or '(none)'}; "
                              f"use 'panel' or roles from: {', '.join(schema.roles)}")
    return frozenset(roles), ", ".join(schema.roles[r].label for r in roles)


def signoff_report(ws, case_ref: str, audience: str | None = None, today: dt.date | None = None):
    case = ws.open_case(case_ref)
    view = ws.process.view(case, today)
    if view.current is None:
        raise NotFound(f"case {case.reference} has no verified sign-off decision to report")
    member = ws.member_of(view.current.decision.signer_device)
    roles, name = audience_of(ws, audience)
    return build_signoff_report(case, view, ws.risk.view_of(case, today), member.public_key, roles, name, today)


def minutes_report(ws, meeting_ref: str, today: dt.date | None = None):
    """The minutes of a meeting, holding only what every member on its distribution list may read."""
    today = today or clock.today()
    return build_minutes_report(gather(ws.meeting_mode, meeting_ref, ws.members(), today), today)


def write_minutes(ws, meeting_ref: str, path: Path | str, today: dt.date | None = None) -> "Written":
    report = minutes_report(ws, meeting_ref, today)
    return write_report(ws, report, path, ws.meetings.open(meeting_ref).reference)


@dataclass(frozen=True)
class Written:
    pdf: Path
    html: Path
    text: Path
    content_hash: str


def write_report(ws, report, path: Path | str, case_ref: str = "") -> Written:
    """The PDF at path, with .html and .txt of the same content beside it; audited."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(path.suffix + ".pdf") if path.suffix else path.with_suffix(".pdf")
    pdf = write_whole(path, render_pdf(report))
    html = write_whole(path.with_suffix(".html"), render_html(report).encode("utf-8"))
    text = write_whole(path.with_suffix(".txt"), render_text(report).encode("utf-8"))
    with ws.store.begin() as conn:
        audit.append(conn, ws.actor, "report_written", case_ref, report.kind)
    return Written(pdf, html, text, report.content_hash())


@dataclass(frozen=True)
class Verdict:
    ok: bool
    lines: tuple[str, ...]


def verify_file(path: Path | str, member_of=None) -> Verdict:
    """Check a report file: the PDF is untouched, and a sign-off report's signature holds (and,
    given this device's membership, that the signer is a Chief Inspector of the panel)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return Verdict(False, (f"cannot read {path}: {exc.strerror}",))
    check = check_pdf(data)
    lines = [f"FAIL: {p}" for p in check.problems]
    if check.report is None:
        return Verdict(False, tuple(lines) or ("FAIL: no report content",))
    if check.ok:
        lines.append(f"ok: the file is untouched (content SHA-256 {check.content_hash})")
    if check.report.kind == MINUTES_KIND:
        # Minutes carry no signature: what can be checked is that the copy is the one made.
        lines.append(f"ok: panel minutes of {dict(check.report.meta).get('Meeting', '?')}" if check.ok else
                     "FAIL: these minutes are not as they were made")
        return Verdict(check.ok, tuple(lines))
    s = verify_signoff(check.report)
    if s.decision is None and s.problems:
        lines += [f"FAIL: {p}" for p in s.problems]
        return Verdict(False, tuple(lines))
    lines += [f"FAIL: {p}" for p in s.problems]
    ok = check.ok and s.ok
    if s.ok:
        lines.append(f"ok: signed by key {s.fingerprint}: {s.decision.decision} for case {s.decision.reference} "
                     f"by {s.decision.decided_by} ({s.decision.rank}) on {s.decision.decided_on}")
    if device_id_of(s.public_key) != s.signer_device:
        ok = False
        lines.append("FAIL: the key that signed is not the key of the device the decision names")
    if member_of is not None:
        member = member_of(s.signer_device)
        if member is None or member.public_key != s.public_key:
            ok = False
            lines.append("FAIL: the signing device is not a member of this device's panel")
        elif member.role != "chief_inspector":
            ok = False
            lines.append("FAIL: the signing device is not a Chief Inspector's")
        elif member.revoked:
            # The report is still the decision as it was signed; the case no longer rests on it.
            lines.append(f"WARNING: the signer, {member.name}, signed as Chief Inspector, but that device has since "
                         "been revoked from this panel: the decision is stale until signed again")
        else:
            lines.append(f"ok: the signer is {member.name}, Chief Inspector, a member of this panel")
    else:
        lines.append("note: no data folder here: compare the fingerprint with the Chief Inspector's device")
    return Verdict(ok, tuple(lines))
