"""Labels that come from the schema and the agreement (data, not code), in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models import language


def schema_label(item) -> str:
    """The label of a SectionDef or FieldDef in the interface's language."""
    return language.pick(item, "label")


def help_text(item) -> str:
    """A section's or field's help in the interface's language ("" if it has none)."""
    return language.pick(item, "help")


def option_text(f, value) -> str:
    """How a stored choice value (the English option) reads in the interface's language."""
    return language.option_label(f.options, getattr(f, "options_cy", ()), value)


def role_label(schema, role_id: str) -> str:
    """An agreement role's name in the interface's language (its id if the agreement lacks it)."""
    role = schema.roles.get(role_id)
    return language.pick(role, "label") if role is not None else role_id


def role_labels(schema) -> dict[str, str]:
    return {r.id: language.pick(r, "label") for r in schema.roles.values()}


def read_only_description() -> str:
    return QCoreApplication.translate("Concord", "read only for your role")


def escape_mnemonic(text: str) -> str:
    """Schema text shown where '&' marks a shortcut (tab titles, buddy labels): keep it literal."""
    return text.replace("&", "&&")
