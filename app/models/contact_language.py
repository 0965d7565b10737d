"""The language each party asked to be contacted in, said where contact with them is planned.

Asked and recorded per party (case_core: <party>_language, _language_other, _interpreter), never
assumed from an address or a name. Sessions, aftercare check-ins and the actions a panel agrees
all show it, so no one books an English-only session for someone who asked for Welsh, or meets
a person who needs an interpreter without one.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.case_reader import CaseReader
from app.models.language import QT_TRANSLATE_NOOP, option_label, translate

PARTIES = (
    ("harmed", QT_TRANSLATE_NOOP("ContactLanguage", "Person harmed")),
    ("harmer", QT_TRANSLATE_NOOP("ContactLanguage", "Person who caused harm")),
)
OTHER = "other"


@dataclass(frozen=True)
class ContactLanguage:
    party: str  # harmed or harmer
    language: str  # the stored choice (Welsh, English, other) or "" if not recorded
    other: str  # the language named, where it is neither
    interpreter: bool
    shown_as: str = ""  # the choice as the schema names it in the current language

    def words(self) -> str:
        """How the preference reads, in the current language ("Welsh, interpreter needed")."""
        if not self.language:
            shown = translate("ContactLanguage", "not asked yet")
        elif self.language == OTHER:
            shown = self.other.strip() or translate("ContactLanguage", "another language, not named")
        else:
            shown = self.shown_as or self.language
        if self.interpreter:
            shown = translate("ContactLanguage", "{language}, interpreter needed").format(language=shown)
        return shown

    def line(self) -> str:
        label = translate("ContactLanguage", dict(PARTIES)[self.party])
        return translate("ContactLanguage", "{party}: {language}").format(party=label, language=self.words())


def contact_languages(case: CaseReader) -> list[ContactLanguage]:
    """Each party's preference, as far as this role may read it (none for a role that may not)."""
    out = []
    for party, _label in PARTIES:
        field = f"{party}_language"
        if not case.can_read(field):
            continue
        other = case.get(f"{party}_language_other") if case.can_read(f"{party}_language_other") else ""
        interpreter = case.get(f"{party}_interpreter") if case.can_read(f"{party}_interpreter") else False
        value = case.get(field) or ""
        f = case.schema.fields.get(field)
        shown = option_label(f.options, f.options_cy, value) if f is not None else value
        out.append(ContactLanguage(party, value, other or "", bool(interpreter), shown))
    return out


def contact_summary(case: CaseReader) -> str:
    """One line for a screen or a report: "Person harmed: Welsh; Person who caused harm: ...";
    "" where the role may read neither preference."""
    return "; ".join(c.line() for c in contact_languages(case))
