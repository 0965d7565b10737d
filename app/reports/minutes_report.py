"""The panel minutes as a report: the meeting, who was there, the statement, the review of earlier
actions, one section per case and the distribution list. The content (minutes.py) is already cut
to what every recipient may read; this only lays it out."""

from __future__ import annotations

import datetime as dt

from app.models.documents.values import day_text
from app.models.meetings.minutes import WITHHELD, MinutesContent
from app.reports.document import Facts, Heading, Notice, Paragraph, Report, Table

KIND = "concord-minutes"
ACTION_COLUMNS = ("Action", "Owning agency", "Owner", "Target date", "Status", "Reported on")
ACTION_WIDTHS = (4.4, 2.0, 2.2, 2.2, 1.9, 2.2)


def _table_or(columns, rows, none: str, widths=None) -> tuple:
    if not rows:
        return (Paragraph(none),)
    return (Table(tuple(columns), tuple(tuple(r) for r in rows), widths=widths),)


def build_minutes_report(content: MinutesContent, issued_on: dt.date) -> Report:
    m = content.meeting
    blocks: list = [
        Facts(
            (
                ("Meeting", m.reference),
                ("Panel", m.panel),
                ("Date", day_text(m.date)),
                ("Time", m.time),
                ("Venue", m.venue),
                ("Chair", m.chair),
                ("Minutes to be sent by", day_text(content.send_by) + " (to those on the distribution list only)"),
            )
        ),
        Notice(
            "These minutes are for the people on the distribution list alone. They must never reach the "
            "person who caused harm, who is not told of the referral."
        ),
        Heading("Attendance"),
        *_table_or(
            ("Name", "Agency", "Acknowledged the confidentiality statement"),
            content.attendance,
            "No attendees recorded.",
        ),
        Heading("Observers", 2),
        *_table_or(
            ("Name", "Organisation", "Signed the confidentiality statement"),
            [
                (o.get("name") or "", o.get("organisation") or "", "yes" if o.get("signed_statement") else "NO")
                for o in m.observers
            ],
            "No observers.",
        ),
        Heading("Apologies", 2),
        *_table_or(
            ("Name", "Agency", "Information sent", "Sent on"),
            [
                (
                    a.get("name") or "",
                    a.get("agency") or "",
                    "yes" if a.get("information_sent") else "no",
                    a.get("sent_on") or "",
                )
                for a in m.apologies
            ],
            "No apologies.",
        ),
        Heading("Confidentiality statement"),
        Paragraph(m.statement or "No statement recorded."),
        Heading("Review of earlier actions"),
    ]
    if content.earlier is None:
        blocks.append(Paragraph(WITHHELD))
    else:
        blocks += _table_or(
            ("Case", "Action", "Owner", "Target date", "Outcome at this meeting", "Note"),
            [
                (
                    r.reference,
                    r.action,
                    f"{r.owner} ({r.agency})",
                    day_text(r.target),
                    outcome or "not reviewed: still " + r.status,
                    note,
                )
                for r, outcome, note in content.earlier
            ],
            "No earlier actions to review.",
            widths=(2.6, 4.0, 2.6, 2.2, 2.4, 1.8),
        )
    blocks.append(Heading("Agenda"))
    blocks += _table_or(
        ("#", "Case", "Why it came to the panel", "Minutes"),
        [(str(n), c.reference, c.reasons, str(c.minutes)) for n, c in enumerate(content.cases, 1)],
        "Nothing on the agenda.",
        widths=(0.8, 2.6, 8.0, 1.6),
    )
    for n, c in enumerate(content.cases, 1):
        blocks += [
            Heading(f"{n}. Case {c.reference}"),
            Facts(tuple(c.facts)),
            Heading("The survivor's views, through the advocate", 2),
            Paragraph(c.survivor_views),
            Heading("Agency summaries", 2),
            Facts(tuple(c.summaries)),
            Heading("Discussion", 2),
            Facts(tuple(c.discussion)),
            Heading("Actions", 2),
        ]
        if c.actions is None:
            blocks.append(Paragraph(WITHHELD))
        else:
            blocks += _table_or(
                ACTION_COLUMNS,
                [(r.action, r.agency, r.owner, day_text(r.target), r.status, day_text(r.status_on)) for r in c.actions],
                "No actions agreed.",
                widths=ACTION_WIDTHS,
            )
    blocks.append(Heading("Distribution list"))
    blocks += _table_or(
        ("Name", "Role", "Device id"),
        [(name, role, device) for name, role, device in content.audience.names],
        "No one.",
        widths=(3.0, 4.0, 4.4),
    )
    roles = ", ".join(sorted(content.audience.roles))
    return Report(
        kind=KIND,
        title=f"Panel minutes: {m.panel}",
        subtitle=f"{m.reference}, {day_text(m.date)} {m.time}, {m.venue}",
        issued_on=issued_on.isoformat(),
        meta=(("Meeting", m.reference), ("Recipients' roles", roles), ("Cases", str(len(content.cases)))),
        blocks=tuple(blocks),
    )
