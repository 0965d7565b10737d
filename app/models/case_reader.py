"""What reading a case asks of it, and a case as the case list shows it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from app.models.case_schema import Schema


@dataclass(frozen=True)
class CaseSummary:
    case_id: str
    reference: str
    created_at: str
    harmed_label: str | None = None
    harmer_label: str | None = None
    children_involved: bool | None = None


class CaseReader(Protocol):
    """What reading a case asks of it: met by a CaseSession, and by a closed meeting's view of one
    as it stood when the meeting was sealed (app/models/meetings/seal.py)."""

    @property
    def case_id(self) -> str: ...

    @property
    def reference(self) -> str: ...

    @property
    def schema(self) -> Schema: ...

    def can_read(self, field_id: str) -> bool: ...

    def get(self, field_id: str) -> Any: ...
