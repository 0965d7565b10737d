"""Errors a person can act on. Each carries a message fit to show as it is."""


class ConcordError(Exception):
    """Base for every error Concord reports to a user rather than as a crash."""


class SchemaError(ConcordError):
    """A schema or ISA file is malformed or contradicts itself."""


class PermissionDenied(ConcordError):
    """The current role may not read or write what was asked."""


class ValidationError(ConcordError):
    """A value does not fit the field it was given for (or another input is unacceptable)."""

    def __init__(self, *args: str):
        # ValidationError(message) or ValidationError(field_id, message)
        if len(args) == 2:
            self.field_id: str | None = args[0]
            super().__init__(args[1])
        else:
            self.field_id = None
            super().__init__(*args)


class NotFound(ConcordError):
    """A case, field, record or compartment that does not exist (or is not visible)."""


class StoreError(ConcordError):
    """The encrypted store cannot be opened or used."""


class KeyringError(ConcordError):
    """No usable, secure OS keyring, or a secret missing from it."""


class AuditError(ConcordError):
    """The audit log cannot be read or written."""
