"""What a written report or set of minutes disclosed, for the disclosure log.

A report is built in a `noting()` block, so its gates note each field they showed or withheld;
`mark` keeps that beside the report (not in its content: the signature and hash do not cover
it) and `log_written` turns it into disclosure rows when the files are written - one row per
recipient of each case, and one for what each case kept back from them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.models.disclosures.grounds import grounds
from app.models.disclosures.log import Disclosure, Recipient, record
from app.models.disclosures.shown_fields import Noted
from app.models.language import QT_TRANSLATE_NOOP

_ATTRIBUTE = "_concord_disclosing"
WITHHELD_REASON = QT_TRANSLATE_NOOP(
    "Disclosures", "not every recipient may read them under the agreement, or they are never to leave a device"
)


@dataclass(frozen=True)
class Disclosing:
    channel: str  # "report", "minutes" or "sar"
    noted: Noted
    roles: frozenset[str]  # the audience's roles
    recipients: tuple[Recipient, ...]
    # Rows its builder decided itself (a subject access pack's, which go to a data subject, on the
    # right of access, and name each exemption): logged as they are.
    decided: tuple[Disclosure, ...] = ()


def mark(report, disclosing: Disclosing):
    # Report is frozen and its fields are its signed content; this rides beside them.
    object.__setattr__(report, _ATTRIBUTE, disclosing)
    return report


def audience(roles: frozenset[str], agencies: Mapping[str, str]) -> Recipient:
    """A file made for roles rather than devices: the recipient is the audience as a whole."""
    return Recipient(
        role=",".join(sorted(roles)), agency=", ".join(sorted({agencies.get(r, "") for r in roles} - {""}))
    )


def members_as_recipients(members: Mapping[str, tuple[str, str, str]], devices) -> tuple[Recipient, ...]:
    out = []
    for device in devices:
        name, role, agency = members.get(device, ("", "", ""))
        out.append(Recipient(device, name, role, agency))
    return tuple(out)


def log_written(ws, report, case_ref: str, kind: str) -> int:
    """Record what the written report disclosed and withheld; returns the rows written."""
    disclosing: Disclosing | None = getattr(report, _ATTRIBUTE, None)
    rows: list[Disclosure] = []
    if disclosing is None:  # a report this device did not build here: that it went, and of which case
        rows.append(Disclosure(case_ref, "report", True, Recipient(), what=kind))
    elif disclosing.decided:
        rows += disclosing.decided
    else:
        schema, noted = ws.schema, disclosing.noted
        cases = noted.cases() or ([case_ref] if case_ref else [])
        for ref in cases:
            shown, withheld = noted.of(ref)
            comps = tuple(sorted({ws.cases.compartments.for_field(f).id for f in shown}))
            rules, basis = grounds(schema, shown, disclosing.roles)
            for to in disclosing.recipients:
                rows.append(
                    Disclosure(
                        ref, disclosing.channel, True, to, comps, shown, rules, basis, count=len(shown), what=kind
                    )
                )
            if withheld:
                rules, _basis = grounds(schema, withheld, disclosing.roles)
                kept = tuple(sorted({ws.cases.compartments.for_field(f).id for f in withheld}))
                everyone = audience(disclosing.roles, {r: d.agency for r, d in schema.roles.items()})
                rows.append(
                    Disclosure(
                        ref,
                        disclosing.channel,
                        False,
                        everyone,
                        kept,
                        withheld,
                        rules,
                        reason=str(WITHHELD_REASON),
                        count=len(withheld),
                        what=kind,
                    )
                )
    with ws.store.begin() as conn:
        return record(conn, ws.actor, rows)
