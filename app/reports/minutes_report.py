"""The panel minutes as a report: the meeting, who was there, the statement, the review of earlier
actions, one section per case and the distribution list. The content (minutes.py) is already cut
to what every recipient may read; this only lays it out, in the current language (variants.py
runs it once per language of the minutes).

Concord's own words in the content (a row's label, "withheld") are its English source texts,
marked for translation where they are made; they are translated here, so one gathered content
serves every language."""

from __future__ import annotations

import datetime as dt
import re

from app.models.documents.values import day_text
from app.models.language import long_date, translate
from app.models.meetings.actions import status_text
from app.models.meetings.agenda import reasons_text
from app.models.meetings.minutes import WITHHELD, MinutesContent
from app.reports.document import Facts, Heading, Notice, Paragraph, Report, Table

KIND = "concord-minutes"
ACTION_WIDTHS = (4.4, 2.0, 2.2, 2.2, 1.9, 2.2)
_COUNTED = re.compile(r"^(yes) (\(\d+\))$")


def fact(text: str) -> str:
    """A word of Concord's in the content, in the current language; typed text is left as it is."""
    counted = _COUNTED.match(text)
    if counted:
        return f"{translate('MeetingFacts', counted.group(1))} {counted.group(2)}"
    return translate("MeetingFacts", text)


def _facts(rows) -> Facts:
    return Facts(tuple((fact(label), fact(value)) for label, value in rows))


def _table_or(columns, rows, none: str, widths=None) -> tuple:
    if not rows:
        return (Paragraph(none),)
    return (Table(tuple(columns), tuple(tuple(r) for r in rows), widths=widths),)


def _yes_no(value) -> str:
    return translate("MinutesReport", "yes") if value else translate("MinutesReport", "no")


def action_columns() -> tuple[str, ...]:
    return (
        translate("MinutesReport", "Action"),
        translate("MinutesReport", "Owning agency"),
        translate("MinutesReport", "Owner"),
        translate("MinutesReport", "Target date"),
        translate("MinutesReport", "Status"),
        translate("MinutesReport", "Reported on"),
    )


def build_minutes_report(content: MinutesContent, issued_on: dt.date) -> Report:
    m = content.meeting
    withheld = fact(WITHHELD)
    blocks: list = [
        Facts(
            (
                (translate("MinutesReport", "Meeting"), m.reference),
                (translate("MinutesReport", "Panel"), m.panel),
                (
                    translate("MinutesReport", "Date"),
                    long_date(m.date) if isinstance(m.date, dt.date) else day_text(m.date),
                ),
                (translate("MinutesReport", "Time"), m.time),
                (translate("MinutesReport", "Venue"), m.venue),
                (translate("MinutesReport", "Chair"), m.chair),
                (
                    translate("MinutesReport", "Minutes to be sent by"),
                    translate("MinutesReport", "{day} (to those on the distribution list only)").format(
                        day=day_text(content.send_by)
                    ),
                ),
            )
        ),
        Notice(
            translate(
                "MinutesReport",
                "These minutes are for the people on the distribution list alone. They must never reach the "
                "person who caused harm, who is not told of the referral.",
            )
        ),
        Heading(translate("MinutesReport", "Attendance")),
        *_table_or(
            (
                translate("MinutesReport", "Name"),
                translate("MinutesReport", "Agency"),
                translate("MinutesReport", "Acknowledged the confidentiality statement"),
            ),
            [(name, agency, fact(acknowledged)) for name, agency, acknowledged in content.attendance],
            translate("MinutesReport", "No attendees recorded."),
        ),
        Heading(translate("MinutesReport", "Observers"), 2),
        *_table_or(
            (
                translate("MinutesReport", "Name"),
                translate("MinutesReport", "Organisation"),
                translate("MinutesReport", "Signed the confidentiality statement"),
            ),
            [
                (
                    o.get("name") or "",
                    o.get("organisation") or "",
                    translate("MinutesReport", "yes")
                    if o.get("signed_statement")
                    else translate("MinutesReport", "NO"),
                )
                for o in m.observers
            ],
            translate("MinutesReport", "No observers."),
        ),
        Heading(translate("MinutesReport", "Apologies"), 2),
        *_table_or(
            (
                translate("MinutesReport", "Name"),
                translate("MinutesReport", "Agency"),
                translate("MinutesReport", "Information sent"),
                translate("MinutesReport", "Sent on"),
            ),
            [
                (a.get("name") or "", a.get("agency") or "", _yes_no(a.get("information_sent")), a.get("sent_on") or "")
                for a in m.apologies
            ],
            translate("MinutesReport", "No apologies."),
        ),
        Heading(translate("MinutesReport", "Confidentiality statement")),
        Paragraph(content.statement or translate("MinutesReport", "No statement recorded.")),
        Heading(translate("MinutesReport", "Review of earlier actions")),
    ]
    if content.earlier is None:
        blocks.append(Paragraph(withheld))
    else:
        blocks += _table_or(
            (
                translate("MinutesReport", "Case"),
                translate("MinutesReport", "Action"),
                translate("MinutesReport", "Owner"),
                translate("MinutesReport", "Target date"),
                translate("MinutesReport", "Outcome at this meeting"),
                translate("MinutesReport", "Note"),
            ),
            [
                (
                    r.reference,
                    r.action,
                    f"{r.owner} ({r.agency})",
                    day_text(r.target),
                    outcome
                    or translate("MinutesReport", "not reviewed: still {status}").format(status=status_text(r.status)),
                    note,
                )
                for r, outcome, note in content.earlier
            ],
            translate("MinutesReport", "No earlier actions to review."),
            widths=(2.6, 4.0, 2.6, 2.2, 2.4, 1.8),
        )
    blocks.append(Heading(translate("MinutesReport", "Agenda")))
    blocks += _table_or(
        (
            "#",
            translate("MinutesReport", "Case"),
            translate("MinutesReport", "Why it came to the panel"),
            translate("MinutesReport", "Minutes allowed"),
        ),
        [(str(n), c.reference, reasons_text(c.reasons), str(c.minutes)) for n, c in enumerate(content.cases, 1)],
        translate("MinutesReport", "Nothing on the agenda."),
        widths=(0.8, 2.6, 8.0, 1.6),
    )
    for n, c in enumerate(content.cases, 1):
        blocks += [
            Heading(translate("MinutesReport", "{n}. Case {reference}").format(n=n, reference=c.reference)),
            _facts(c.facts),
            Heading(translate("MinutesReport", "The survivor's views, through the advocate"), 2),
            Paragraph(fact(c.survivor_views)),
            Heading(translate("MinutesReport", "Agency summaries"), 2),
            Facts(tuple((agency, fact(text)) for agency, text in c.summaries)),
            Heading(translate("MinutesReport", "Discussion"), 2),
            _facts(c.discussion),
            Heading(translate("MinutesReport", "Actions"), 2),
        ]
        if c.actions is None:
            blocks.append(Paragraph(withheld))
        else:
            blocks += _table_or(
                action_columns(),
                [
                    (r.action, r.agency, r.owner, day_text(r.target), status_text(r.status), day_text(r.status_on))
                    for r in c.actions
                ],
                translate("MinutesReport", "No actions agreed."),
                widths=ACTION_WIDTHS,
            )
    blocks.append(Heading(translate("MinutesReport", "Distribution list")))
    blocks += _table_or(
        (
            translate("MinutesReport", "Name"),
            translate("MinutesReport", "Role"),
            translate("MinutesReport", "Device id"),
        ),
        [(name, role, device) for name, role, device in content.audience.names],
        translate("MinutesReport", "No one."),
        widths=(3.0, 4.0, 4.4),
    )
    roles = ", ".join(sorted({role for _name, role, _device in content.audience.names}))
    return Report(
        kind=KIND,
        title=translate("MinutesReport", "Panel minutes: {panel}").format(panel=m.panel),
        subtitle=f"{m.reference}, {day_text(m.date)} {m.time}, {m.venue}",
        issued_on=issued_on.isoformat(),
        meta=(
            (translate("MinutesReport", "Meeting"), m.reference),
            (translate("MinutesReport", "Recipients' roles"), roles),
            (translate("MinutesReport", "Cases"), str(len(content.cases))),
        ),
        blocks=tuple(blocks),
    )
