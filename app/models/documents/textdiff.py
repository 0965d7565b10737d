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


def rebase(base: str, mine: str, current: str) -> str:
    """Apply the edit base -> mine to current, which others may have changed since base.

    A person types into a copy of the text (base); by the time it is saved, a sync may have
    merged someone else's words in. Saving their text as is would delete those words, so their
    own splice is moved onto the current text instead. Where both changed the same stretch,
    both survive (theirs first, ours after).
    """
    ours = splice_for(base, mine)
    if ours is None:
        return current
    theirs = splice_for(base, current)
    if theirs is None:
        return mine

    def moved(p: int) -> int:
        if p < theirs.start:
            return p
        if p >= theirs.start + theirs.delete:
            return p + len(theirs.insert) - theirs.delete
        return theirs.start + len(theirs.insert)

    start = moved(ours.start)
    end = max(start, moved(ours.start + ours.delete))
    return current[:start] + ours.insert + current[end:]
