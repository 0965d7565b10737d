"""The sync layer's own error, apart so every sync module can raise it without import cycles."""

from app.models.errors import ConcordError


class SyncError(ConcordError):
    """A sync operation that cannot go ahead (not in a panel, not allowed)."""
