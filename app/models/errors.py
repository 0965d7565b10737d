"""Errors a person can act on. Each carries a message fit to show as it is.

A message marked with QT_TRANSLATE_NOOP (its values given by name) is kept as English in the
exception, for logs, stored reasons and peers; `shown()` says it in the language of the screen.
"""

from __future__ import annotations

from app.models.language.said import Said, said_of


class ConcordError(Exception):
    """Base for every error Concord reports to a user rather than as a crash."""

    said: Said | None = None

    def __init__(self, *args: object, **values: object):
        if args:
            said = said_of(args[0], values)
            if said is not None:
                self.said = said
                args = (str(said), *args[1:])
            elif values:
                raise TypeError("values fill a message marked with QT_TRANSLATE_NOOP")
        super().__init__(*args)

    def shown(self) -> str:
        return self.said.shown() if self.said is not None else str(self)


class SchemaError(ConcordError):
    """A schema or ISA file is malformed or contradicts itself."""


class PermissionDenied(ConcordError):
    """The current role may not read or write what was asked."""


class ValidationError(ConcordError):
    """A value does not fit the field it was given for (or another input is unacceptable)."""

    def __init__(self, *args: object, **values: object):
        # ValidationError(message) or ValidationError(field_id, message)
        if len(args) == 2:
            self.field_id: str | None = str(args[0])
            super().__init__(args[1], **values)
        else:
            self.field_id = None
            super().__init__(*args, **values)


class NotFound(ConcordError):
    """A case, field, record or compartment that does not exist (or is not visible)."""


class StoreError(ConcordError):
    """The encrypted store cannot be opened or used."""


class KeyringError(ConcordError):
    """No usable, secure OS keyring, or a secret missing from it."""


class AuditError(ConcordError):
    """The audit log cannot be read or written."""
