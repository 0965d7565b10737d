"""What a report or the minutes showed and held back, field by field, as they were built.

A report is drawn by code that asks, field by field, whether its audience may see it (the
sign-off pack's reader, the minutes' audience). Those gates note each answer here while a
`noting()` block is open, so the disclosure log can name the fields that left in the file and
those withheld, without the drawing code knowing about the log.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field


@dataclass
class Noted:
    # case reference -> field ids
    shown: dict[str, set[str]] = field(default_factory=dict)
    withheld: dict[str, set[str]] = field(default_factory=dict)

    def cases(self) -> list[str]:
        return sorted(set(self.shown) | set(self.withheld))

    def of(self, case_ref: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(shown, withheld) field ids of one case; a field shown anywhere counts as shown."""
        shown = self.shown.get(case_ref, set())
        return tuple(sorted(shown)), tuple(sorted(self.withheld.get(case_ref, set()) - shown))


_NOTING: ContextVar[Noted | None] = ContextVar("concord_noted_fields", default=None)


@contextlib.contextmanager
def noting() -> Iterator[Noted]:
    noted = Noted()
    token = _NOTING.set(noted)
    try:
        yield noted
    finally:
        _NOTING.reset(token)


def note(case_ref: str, field_id: str, shown: bool) -> None:
    noted = _NOTING.get()
    if noted is not None:
        (noted.shown if shown else noted.withheld).setdefault(case_ref, set()).add(field_id)
