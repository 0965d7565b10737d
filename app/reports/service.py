"""Reports from an open data folder: the sign-off report, the panel minutes and a subject access
pack, each signed by the device that makes it over what it shows and written as PDF with
accessible HTML and text beside it, and the check of a report file. Shared by the CLI and the
desktop."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.models import audit, clock
from app.models.case_schema import load_schema
from app.models.disclosures.shown_fields import Noted, note, noting
from app.models.disclosures.subject_access import CHANNEL as SAR_CHANNEL
from app.models.disclosures.subject_access import (
    Withholding,
    disclosure_rows,
    may_make,
    party_named,
    rules_for,
)
from app.models.disclosures.subject_access import gather as gather_pack
from app.models.errors import ConcordError, NotFound, ValidationError
from app.models.identity import device_id_of
from app.models.language import ENGLISH, QT_TRANSLATE_NOOP, output_languages, parse_output, pick, translate, using
from app.models.language import current as current_language
from app.models.meetings.minutes import MinutesContent, gather
from app.models.meetings.service import CHAIR_ROLE
from app.models.output_files import write_case_file
from app.models.process.consent import party_words
from app.models.process.signoff import SIGNER_ROLE
from app.reports import check_pdf, disclosed, render_html, render_pdf, render_text
from app.reports.disclosed import Disclosing, mark
from app.reports.document import ReportFormatError
from app.reports.minutes_report import KIND as MINUTES_KIND
from app.reports.minutes_report import build_minutes_report
from app.reports.report_signature import Signer, check_signature, read_signature, reference_label, sign_report
from app.reports.signoff_report import KIND as SIGNOFF_KIND
from app.reports.signoff_report import build_signoff_report, verify_signoff
from app.reports.subject_access import AUDIENCE as SAR_AUDIENCE
from app.reports.subject_access import KIND as SAR_KIND
from app.reports.subject_access import Holder, build_subject_access_report
from app.reports.variants import joined, written_in
from app.reports.words import in_language, say


def default_language(ws) -> str:
    """The language the panel's policy writes reports and minutes in unless the person chooses."""
    return str(ws.meetings.policy.output_language)  # checked when the policy was read


def _roles_named(schema, roles, variant: str) -> str:
    return joined(", ".join(pick(schema.roles[r], "label", code) for r in roles) for code in output_languages(variant))


def audience_of(ws, audience: str | None, variant: str = ENGLISH) -> tuple[frozenset[str], str]:
    """The roles a report is for: this device's own role by default, 'panel' for what every panel
    role may read, or a comma-separated list of roles. Named in the report's language."""
    schema = ws.schema
    if not audience:
        return frozenset({ws.role}), _roles_named(schema, [ws.role], variant)
    if audience == "panel":
        return ws.cases.compartments.all_roles, say(variant, "Report", QT_TRANSLATE_NOOP("Report", "the whole panel"))
    roles = [r.strip() for r in audience.split(",") if r.strip()]
    unknown = [r for r in roles if r not in schema.roles]
    if unknown or not roles:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ReportProblems", "unknown audience role(s): {value}; use 'panel' or roles from: {roles}"
            ),
            value=", ".join(unknown) or "(none)",
            roles=", ".join(schema.roles),
        )
    return frozenset(roles), _roles_named(schema, roles, variant)


def _signer(ws, variant: str) -> Signer:
    return Signer(ws.profile.device_id, ws.profile.name, _roles_named(ws.schema, [ws.role], variant))


def _signed(ws, body, reference: str, audience: str):
    return sign_report(body, reference, audience, _signer(ws, body.language), ws.profile.signing_public, ws.keys.sign)


def signoff_report(
    ws, case_ref: str, audience: str | None = None, today: dt.date | None = None, language: str | None = None
):
    """The sign-off report of a case for an audience, signed by this device over what it shows, in
    `language` (cy, en or cy+en; the panel's policy decides if None)."""
    variant = parse_output(language or default_language(ws))
    case = ws.open_case(case_ref)
    view = ws.process.view(case, today)
    if view.current is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("ReportProblems", "case {reference} has no verified sign-off decision to report"),
            reference=case.reference,
        )
    member = ws.member_of(view.current.decision.signer_device)
    roles, name = audience_of(ws, audience, variant)

    def build():
        # The process and risk views are drawn in each language: their sentences are made as they are
        # read; each part names its audience in its own language (the signature covers both names).
        in_part = audience_of(ws, audience, current_language())[1]
        return build_signoff_report(
            case, ws.process.view(case, today), ws.risk.view_of(case, today), member.public_key, roles, in_part, today
        )

    with noting() as noted:
        note(case.reference, "signoff_decisions", True)  # the signed decision is the report's subject
        body = written_in(variant, build)
    members = {r: d.agency for r, d in ws.schema.roles.items()}
    return mark(
        _signed(ws, body, case.reference, name),
        Disclosing("report", noted, roles, (disclosed.audience(roles, members),)),
    )


def minutes_audience(contents: dict[str, MinutesContent]) -> str:
    """Who the minutes are for, in each language they were gathered in."""
    return joined(
        in_language(code, "Report", QT_TRANSLATE_NOOP("Report", "those on the distribution list ({roles})")).format(
            roles=", ".join(sorted({role for _name, role, _device in content.audience.names}))
        )
        for code, content in contents.items()
    )


def minutes_report(ws, meeting_ref: str, today: dt.date | None = None, language: str | None = None):
    """The minutes of a meeting, holding only what every member on its distribution list may read,
    signed by this (the chair's) device over what they show, in `language` (as signoff_report)."""
    variant = parse_output(language or default_language(ws))
    today = today or clock.today()
    contents: dict[str, MinutesContent] = {}

    def build():
        # Gathered in each language: the content's own words (a choice, a role, the statement)
        # are in the language it is gathered in.
        content = contents[current_language()] = gather(ws.meeting_mode, meeting_ref, ws.members(), today)
        return build_minutes_report(content, today)

    with noting() as noted:
        body = written_in(variant, build)
    content = next(iter(contents.values()))
    recipients = disclosed.members_as_recipients(ws.members(), [device for _n, _r, device in content.audience.names])
    return mark(
        _signed(ws, body, content.meeting.reference, minutes_audience(contents)),
        Disclosing("minutes", noted, content.audience.roles, recipients),
    )


def write_minutes(
    ws, meeting_ref: str, path: Path | str, today: dt.date | None = None, language: str | None = None
) -> Written:
    report = minutes_report(ws, meeting_ref, today, language)
    return write_report(ws, report, path, ws.meetings.open(meeting_ref).reference)


def subject_access_pack(
    ws,
    case_ref: str,
    party: str,
    withheld: tuple[Withholding, ...] = (),
    today: dt.date | None = None,
    language: str | None = None,
):
    """What this device holds about one party of a case, for their right of access, signed by this
    device over what it shows, each item in `withheld` marked with its exemption and reason, in
    `language` (as signoff_report). Refused, before anything is read or written, for a role the
    agreement does not give subject access to, an unknown party, or a withholding that does not hold
    (see app/models/disclosures/subject_access.py)."""
    variant = parse_output(language or default_language(ws))
    schema = ws.schema
    party = party_named(rules_for(schema, ws.role), party)
    case = ws.open_case(case_ref)
    content = gather_pack(case, party, withheld)
    role = schema.roles[ws.role]
    signatory = schema.governance.signatory(role.agency) if schema.governance is not None else None
    holder = Holder(role, signatory.dp_contact if signatory is not None else "")
    issued = today or clock.today()
    body = written_in(variant, lambda: build_subject_access_report(content, schema, holder, issued))
    audience = joined(_pack_audience(party, code) for code in output_languages(variant))
    rows = disclosure_rows(content, schema, lambda f: ws.cases.compartments.for_field(f).id)
    return mark(_signed(ws, body, case.reference, audience), Disclosing(SAR_CHANNEL, Noted(), frozenset(), (), rows))


def _pack_audience(party: str, code: str) -> str:
    with using(code):
        return translate("SubjectAccess", SAR_AUDIENCE).format(party=party_words(party))


def write_subject_access(
    ws,
    case_ref: str,
    party: str,
    path: Path | str,
    withheld: tuple[Withholding, ...] = (),
    today: dt.date | None = None,
    language: str | None = None,
) -> Written:
    """The pack written as write_report writes a report, and logged as disclosed to the data subject."""
    return write_report(ws, subject_access_pack(ws, case_ref, party, withheld, today, language), path)


@dataclass(frozen=True)
class Written:
    pdf: Path
    html: Path
    text: Path
    content_hash: str


def write_report(ws, report, path: Path | str, case_ref: str = "") -> Written:
    """The PDF at path, with .html and .txt of the same content beside it, each owner-only and
    audited."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(path.suffix + ".pdf") if path.suffix else path.with_suffix(".pdf")
    if not case_ref:
        try:
            case_ref = read_signature(report)[1].reference
        except ReportFormatError:
            pass
    kind = report.kind
    pdf = write_case_file(ws, path, render_pdf(report), case_ref, f"{kind} PDF")
    html = write_case_file(ws, path.with_suffix(".html"), render_html(report).encode("utf-8"), case_ref, f"{kind} HTML")
    text = write_case_file(ws, path.with_suffix(".txt"), render_text(report).encode("utf-8"), case_ref, f"{kind} text")
    with ws.store.begin() as conn:
        audit.append(conn, ws.actor, "report_written", case_ref, kind)
    disclosed.log_written(ws, report, case_ref, kind)
    return Written(pdf, html, text, report.content_hash())


@dataclass(frozen=True)
class Verdict:
    ok: bool  # the file is genuine: untouched, and its signatures hold
    lines: tuple[str, ...]
    stale: tuple[str, ...] = ()  # genuine, but this device knows it no longer holds: why

    @property
    def holds(self) -> bool:
        return self.ok and not self.stale


class _Knowledge:
    """What the verifying device knows: its panel's members and their roles, and its cases."""

    def __init__(self, member_of, ws):
        self.member_of = member_of or (ws.member_of if ws is not None else None)
        self.ws = ws
        self._schema = ws.schema if ws is not None else None

    def role_label(self, role: str) -> str:
        known = self._loaded().roles.get(role)
        return known.label if known is not None else role

    def makes_packs(self, role: str) -> bool:
        return may_make(self._loaded(), role)

    def _loaded(self):
        if self._schema is None:
            self._schema = load_schema()
        return self._schema


def verify_file(path: Path | str, member_of=None, ws=None) -> Verdict:
    """Check a report file: the PDF is untouched; the signature of the device that made it holds
    over every line it shows, its case or meeting and its audience; a sign-off report's decision
    is the Chief Inspector's, signed. member_of (or ws, an open data folder) lets the signers be
    named from this device's membership record; ws also says whether a decision still holds."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return Verdict(False, (f"FAIL: cannot read {path}: {exc.strerror}",))
    check = check_pdf(data)
    lines = [f"FAIL: {p}" for p in check.problems]
    report = check.report
    if report is None:
        return Verdict(False, tuple(lines) or ("FAIL: no report content",))
    if check.ok:
        # Byte for byte the drawing of the content it carries: whether that content is what its
        # signer signed is the signature's to say.
        lines.append(f"ok: the file is exactly the drawing of the content it carries (SHA-256 {check.content_hash})")
    know = _Knowledge(member_of, ws)
    signed = check_signature(report, data)
    s = signed.signature
    lines += [f"FAIL: {p}" for p in signed.problems]
    if s is None:
        return Verdict(False, tuple(lines))
    ok = check.ok and signed.ok
    label = reference_label(report.kind).lower()
    if signed.ok:
        lines.append(
            f"ok: the report's signature holds over every line it shows, its {label} ({s.reference}) and its "
            f"audience: {s.audience}"
        )
    if device_id_of(s.public_key) != s.signer.device_id:
        ok = False
        lines.append("FAIL: the key that signed the report is not the key of the device it names")
    ok = _signer_lines(report, s, know, lines, signed.ok) and ok
    stale: tuple[str, ...] = ()
    if report.kind == SIGNOFF_KIND:
        good, stale = _signoff_lines(report, s.reference, know, lines, ok)
        ok = ok and good
    elif report.kind == MINUTES_KIND:
        if ok:
            lines.append(f"ok: panel minutes of {s.reference}")
    elif report.kind == SAR_KIND:
        if ok:
            lines.append(f"ok: subject access pack of case {s.reference}")
    else:
        ok = False
        lines.append(f"FAIL: a '{report.kind}' report is not one Concord makes")
    return Verdict(ok, tuple(lines), stale if ok else ())


def _signer_lines(report, s, know: _Knowledge, lines: list[str], signed: bool) -> bool:
    """Who signed the report, by this device's membership record (named only when the signature
    holds: a failed one says nothing of who made the copy)."""
    if know.member_of is None:
        if not signed:
            return True
        lines.append(
            f"note: no data folder here: the report says it was signed by {s.signer.name}, {s.signer.role}, "
            f"on device {s.signer.device_id}; compare the key fingerprint {s.fingerprint} with that device's"
        )
        return True
    member = know.member_of(s.signer.device_id)
    if member is None or member.public_key != s.public_key:
        lines.append("FAIL: the device that made and signed the report is not a member of this device's panel")
        return False
    role = know.role_label(member.role)
    if not signed:
        return True
    if member.revoked:
        lines.append(
            f"WARNING: the report was signed by {member.name} ({role}), whose device has since been revoked "
            f"from this panel"
        )
    else:
        lines.append(f"ok: the report was signed by {member.name}, {role}, a member of this panel")
    if (member.name, role) != (s.signer.name, s.signer.role):
        lines.append(
            f"note: the report names its signer {s.signer.name}, {s.signer.role}; this panel knows the "
            f"device as {member.name}, {role}"
        )
    if report.kind == MINUTES_KIND and member.role != CHAIR_ROLE:
        lines.append(f"FAIL: minutes are issued by the chair's device; this copy was signed by {member.name} ({role})")
        return False
    if report.kind == SAR_KIND and not know.makes_packs(member.role):
        lines.append(
            f"FAIL: the agreement does not give subject access packs to the {role}; this copy was signed by "
            f"{member.name}"
        )
        return False
    return True


def _signoff_lines(report, reference: str, know: _Knowledge, lines: list[str], genuine: bool):
    """The Chief Inspector's decision the report carries: signed, for this case, and still in force."""
    s = verify_signoff(report)
    lines += [f"FAIL: {p}" for p in s.problems]
    if s.decision is None:
        return False, ()
    ok = s.ok
    d = s.decision
    if s.ok:
        lines.append(
            f"ok: decision signed by key {s.fingerprint}: {d.decision} for case {d.reference} "
            f"by {d.decided_by} ({d.rank}) on {d.decided_on}"
        )
    if d.reference != reference:
        ok = False
        lines.append(f"FAIL: the signed decision is for case {d.reference}, but the report is of case {reference}")
    if device_id_of(s.public_key) != s.signer_device:
        ok = False
        lines.append("FAIL: the key that signed is not the key of the device the decision names")
    if know.member_of is not None:
        member = know.member_of(s.signer_device)
        if member is None or member.public_key != s.public_key:
            ok = False
            lines.append("FAIL: the signing device is not a member of this device's panel")
        elif member.role != SIGNER_ROLE:
            ok = False
            lines.append("FAIL: the signing device is not a Chief Inspector's")
        elif member.revoked:
            # The report is still the decision as it was signed; the case no longer rests on it.
            lines.append(
                f"WARNING: the signer, {member.name}, signed as Chief Inspector, but that device "
                "has since been revoked from this panel: the decision is stale until signed again"
            )
        else:
            lines.append(f"ok: the decision was signed by {member.name}, Chief Inspector, a member of this panel")
    else:
        lines.append(
            "note: no data folder here: compare the decision's key fingerprint with the Chief Inspector's device"
        )
    if not (ok and genuine) or know.ws is None:
        return ok, ()
    return ok, _staleness(know.ws, report, d, lines)


# The parts of a decision a later one may change, as the report names them.
_DECISION_FIELDS = (
    ("decision", "Decision"),
    ("conditions", "Conditions"),
    ("decided_by", "Decided by"),
    ("rank", "Rank"),
    ("decided_on", "Date of decision"),
    ("rationale", "Rationale"),
    ("rule", "Rule relied on"),
    ("eligibility", "Eligibility when decided"),
    ("red_flags", "Red flags and override statements"),
)


def _staleness(ws, report, d, lines: list[str]) -> tuple[str, ...]:
    """Why the decision the report shows no longer holds, as far as this device knows (none: it holds)."""
    try:
        view = ws.process.view(d.case_id)
    except ConcordError:
        lines.append(
            f"note: this device holds no record of case {d.reference}: whether the decision still holds "
            "is not known here"
        )
        return ()
    current = view.current
    if current is None:
        lines.append(
            f"note: this device cannot see the sign-off decisions of case {d.reference}: whether the "
            "decision still holds is not known here"
        )
        return ()
    signed_hash = dict(report.meta).get("Signed content SHA-256")
    if not any(v.valid and v.content_hash == signed_hash for v in view.signoffs):
        # A device behind the one that made the report would take its own older decision for a
        # later one: it can only say that it does not know yet.
        lines.append(
            f"note: this device has not yet received the decision the report shows for case {d.reference}: "
            "sync, then check again whether it still holds"
        )
        return ()
    if current.content_hash != signed_hash:
        now = current.decision
        changed = [label for name, label in _DECISION_FIELDS if getattr(now, name) != getattr(d, name)]
        return (
            f"a later decision replaces it: {now.decision} by {now.decided_by} on {now.decided_on} (changed: "
            f"{', '.join(changed) or 'only when it was signed'})",
        )
    if current.stale:
        return tuple(current.stale_because)
    if view.behind:
        lines.append(
            f"note: this device has not yet received all the case held when the decision was signed "
            f"({', '.join(view.behind)}): whether it still holds is known only once it has"
        )
        return ()
    lines.append(f"ok: on this device the decision still holds for case {d.reference}")
    return ()
