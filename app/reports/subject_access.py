"""The subject access pack as a report: what one device holds about one party of a case, section by
section, each item withheld named with its exemption, the law it rests on and the reviewer's
reason, never its value; then where to ask and complain.

The content (app/models/disclosures/subject_access.py) is gathered once, already cut to what this
device's role reads and with every withheld value dropped; this only lays it out, in the current
language (variants.py runs it once per language of the pack).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.models.case_schema import FieldDef, RoleDef, Schema
from app.models.disclosures.exemptions import known
from app.models.disclosures.subject_access import PackContent, PackItem, Withholding
from app.models.documents.values import day_text
from app.models.language import QT_TRANSLATE_NOOP, option_label, pick, shown, translate
from app.models.process.consent import party_words
from app.reports.document import Facts, Heading, Paragraph, Report, Table

KIND = "concord-subject-access"
# Who the pack is for, as its signature names it: in each language of the pack (service.py).
AUDIENCE = QT_TRANSLATE_NOOP("SubjectAccess", "the data subject: the {party}")
WITHHELD_WIDTHS = (2.2, 2.9, 2.7, 2.6)


@dataclass(frozen=True)
class Holder:
    """Whose device the pack comes from, and who answers for it."""

    role: RoleDef
    dp_contact: str  # the agency's data protection contact, as the agreement's signatory gives it


def value_words(value: Any, f: FieldDef) -> str:
    if value is None or value == "":
        return translate("SubjectAccess", "not recorded")
    if f.type == "flag":
        return translate("SubjectAccess", "yes") if value else translate("SubjectAccess", "no")
    if f.options:
        return option_label(f.options, f.options_cy, value)
    if f.type == "date":
        return day_text(value)
    return str(value)


def withheld_words(w: Withholding) -> str:
    e = known(w.code)
    return translate("SubjectAccess", "WITHHELD. Exemption: {exemption} ({reference}). Reason: {reason}").format(
        exemption=shown(e.words) if e else w.code, reference=shown(e.reference) if e else "", reason=shown(w.reason)
    )


def _records(item: PackItem) -> list:
    f, records = item.field, list(item.value or [])
    blocks: list = [Heading(pick(f, "label"), 2)]
    for n, record in enumerate(records, start=1):
        rows = [
            (
                translate("SubjectAccess", "Record"),
                translate("SubjectAccess", "{n} of {total}").format(n=n, total=len(records)),
            )
        ]
        for sub in f.subfields:
            value = record.get(sub.id)
            if value is not None and value != "":
                rows.append((pick(sub, "label"), value_words(value, sub)))
        blocks.append(Facts(tuple(rows)))
    return blocks


def _sections(content: PackContent, schema: Schema) -> list:
    blocks: list = []
    section = ""
    rows: list[tuple[str, str]] = []

    def flush() -> None:
        if rows:
            blocks.append(Facts(tuple(rows)))
            rows.clear()

    for item in content.items:
        f = item.field
        if f.section != section:
            flush()
            section = f.section
            blocks.append(Heading(pick(schema.section(section), "label")))
        if item.withheld is not None:
            rows.append((pick(f, "label"), withheld_words(item.withheld)))
        elif f.type == "records":
            flush()
            blocks += _records(item)
        else:
            rows.append((pick(f, "label"), value_words(item.value, f)))
    flush()
    return blocks


def _withheld_table(content: PackContent) -> list:
    blocks: list = [Heading(translate("SubjectAccess", "Withheld, and why"))]
    rows = []
    for item in content.withheld:
        w = item.withheld
        assert w is not None  # content.withheld holds only withheld items
        e = known(w.code)
        rows.append(
            (
                pick(item.field, "label"),
                shown(e.words) if e else w.code,
                shown(e.reference) if e else "",
                shown(w.reason),
            )
        )
    if not rows:
        blocks.append(
            Paragraph(translate("SubjectAccess", "Nothing this device holds about the data subject is withheld."))
        )
    else:
        columns = (
            translate("SubjectAccess", "Item"),
            translate("SubjectAccess", "Exemption"),
            translate("SubjectAccess", "Law"),
            translate("SubjectAccess", "Reason"),
        )
        blocks.append(Table(columns, tuple(rows), widths=WITHHELD_WIDTHS))
    return blocks


def build_subject_access_report(content: PackContent, schema: Schema, holder: Holder, issued_on: dt.date) -> Report:
    party = party_words(content.party)
    role, agency = pick(holder.role, "label"), pick(holder.role, "agency")
    shown_count, withheld_count = len(content.shown), len(content.withheld)
    blocks: list = [
        Paragraph(
            translate(
                "SubjectAccess",
                "What the device of the {role} ({agency}) holds about the {party} in case {reference}, for the "
                "data subject's right of access (UK GDPR art. 15). Only what that role reads under the "
                "information-sharing agreement is here. An item withheld is named with the exemption relied on "
                "and the reason; what it holds is not shown.",
            ).format(role=role, agency=agency, party=party, reference=content.reference)
        ),
        Facts(
            (
                (translate("SubjectAccess", "Case"), content.reference),
                (translate("SubjectAccess", "Data subject"), party),
                (translate("SubjectAccess", "Held by"), f"{role}, {agency}"),
                (
                    translate("SubjectAccess", "Data protection contact"),
                    holder.dp_contact or translate("SubjectAccess", "not recorded"),
                ),
                (translate("SubjectAccess", "Items shown"), str(shown_count)),
                (translate("SubjectAccess", "Items withheld"), str(withheld_count)),
            )
        ),
    ]
    if not content.items:
        blocks.append(
            Paragraph(translate("SubjectAccess", "This device holds nothing about the data subject in this case."))
        )
    blocks += _sections(content, schema)
    blocks += _withheld_table(content)
    blocks.append(Heading(translate("SubjectAccess", "Questions and complaints")))
    blocks.append(
        Paragraph(
            translate(
                "SubjectAccess",
                "Questions about this pack, or about how the request was answered, go to the data protection "
                "contact of {agency}: {contact}. The data subject may also complain to the Information "
                "Commissioner's Office.",
            ).format(agency=agency, contact=holder.dp_contact or translate("SubjectAccess", "not recorded"))
        )
    )
    return Report(
        kind=KIND,
        title=translate("SubjectAccess", "Subject access pack"),
        subtitle=translate("SubjectAccess", "Case {reference}: what this device holds about the {party}").format(
            reference=content.reference, party=party
        ),
        issued_on=issued_on.isoformat(),
        meta=(
            (translate("SubjectAccess", "Case"), content.reference),
            (translate("SubjectAccess", "Data subject"), party),
            (translate("SubjectAccess", "Items shown"), str(shown_count)),
            (translate("SubjectAccess", "Items withheld"), str(withheld_count)),
        ),
        blocks=tuple(blocks),
    )
