"""Turn "old text -> new text" into the smallest single splice, for Automerge Text.

Editing by splice rather than replacing the whole text is what lets two people's concurrent
edits to the same long text both survive a merge. Indices are code points, as Automerge's are.
"""

from __future__ import annotations

from typing import NamedTuple


class Splice(NamedTuple):
    start: int
    delete: int
    insert: str


def splice_for(old: str, new: str) -> Splice | None:
    """The one splice that turns old into new, or None when they are equal."""
    if old == new:
        return None
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    return Splice(start, end_old - start, new[start:end_new])


def apply_splice(text: str, splice: Splice) -> str:
    return text[: splice.start] + splice.insert + text[splice.start + splice.delete :]
