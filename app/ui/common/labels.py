"""Labels that come from the schema (data, not code): English, or Welsh where the schema has it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def welsh_ui() -> bool:
    return QLocale().language() == QLocale.Language.Welsh


def schema_label(item) -> str:
    """The label of a SectionDef or FieldDef in the user's language (Welsh if set and given)."""
    cy = getattr(item, "label_cy", "")
    return cy if cy and welsh_ui() else item.label


def read_only_description() -> str:
    return QCoreApplication.translate("Concord", "read only for your role")


def escape_mnemonic(text: str) -> str:
    """Schema text shown where '&' marks a shortcut (tab titles, buddy labels): keep it literal."""
    return text.replace("&", "&&")
