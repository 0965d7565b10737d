"""The exemptions a subject access pack may withhold an item under, each with the law it rests on.

A reviewer chooses one of these for each item withheld and says why; the pack names the
exemption and the reason, and the disclosure log keeps the code alone (the reason is typed, and
typed words stay out of the log). The list is fixed here, not in an area's files: an exemption is
the law's, not the panel's, and a code logged today must mean the same thing when an auditor reads
it years later.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.errors import ValidationError
from app.models.language import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Exemption:
    code: str  # as the disclosure log keeps it
    words: str  # marked for translation: what the exemption protects
    reference: str  # marked for translation: where the law gives it
    chosen: bool = True  # False: Concord applies it itself; no reviewer picks it


CRIME = "crime"
SERIOUS_HARM = "serious_harm"
THIRD_PARTY = "third_party"
LEGAL_PRIVILEGE = "legal_privilege"
NEVER_EXPORTED = "never_exported"

EXEMPTIONS = (
    Exemption(
        CRIME,
        QT_TRANSLATE_NOOP(
            "Exemptions", "prevention or detection of crime, or the apprehension or prosecution of offenders"
        ),
        QT_TRANSLATE_NOOP("Exemptions", "DPA 2018 sch. 2 para 2"),
    ),
    Exemption(
        SERIOUS_HARM,
        QT_TRANSLATE_NOOP("Exemptions", "serious harm to the physical or mental health of any individual"),
        QT_TRANSLATE_NOOP("Exemptions", "DPA 2018 sch. 3 para 5 (health data)"),
    ),
    Exemption(
        THIRD_PARTY,
        QT_TRANSLATE_NOOP("Exemptions", "information about another individual (third-party information)"),
        QT_TRANSLATE_NOOP("Exemptions", "DPA 2018 sch. 2 paras 16 and 17"),
    ),
    Exemption(
        LEGAL_PRIVILEGE,
        QT_TRANSLATE_NOOP("Exemptions", "legal professional privilege"),
        QT_TRANSLATE_NOOP("Exemptions", "DPA 2018 sch. 2 para 19"),
    ),
    # Safe contact details are never written to a file, a pack included: a file can reach the
    # person who caused harm whoever it is made for. The data subject's access to their own is
    # answered another way, which UK GDPR art. 12(1) allows.
    Exemption(
        NEVER_EXPORTED,
        QT_TRANSLATE_NOOP("Exemptions", "safe contact details, which never leave the device that holds them"),
        QT_TRANSLATE_NOOP(
            "Exemptions",
            "the information-sharing agreement: never exported; confirmed with the data subject directly "
            "(UK GDPR art. 12(1))",
        ),
        chosen=False,
    ),
)
NEVER_EXPORTED_REASON = QT_TRANSLATE_NOOP(
    "Exemptions", "A file can reach the person who caused harm, whoever it is made for."
)
_BY_CODE = {e.code: e for e in EXEMPTIONS}


def chosen_codes() -> tuple[str, ...]:
    """The codes a reviewer may withhold an item under."""
    return tuple(e.code for e in EXEMPTIONS if e.chosen)


def exemption(code: str) -> Exemption:
    """The exemption a reviewer named by its code; an unknown code (or one Concord alone applies)
    is refused, naming those there are."""
    found = _BY_CODE.get(code)
    if found is None or not found.chosen:
        raise ValidationError(
            QT_TRANSLATE_NOOP("SubjectAccessProblems", "unknown exemption '{code}'; the exemptions are: {codes}"),
            code=code,
            codes=", ".join(chosen_codes()),
        )
    return found


def known(code: str) -> Exemption | None:
    """Any exemption by its code, Concord's own included (for reading the log back)."""
    return _BY_CODE.get(code)
