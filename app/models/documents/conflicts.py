"""Concurrent values of scalar fields: what Automerge keeps but shows only one of.

When two devices set the same map key without having seen each other's change, Automerge keeps
both operations and shows one of them by a fixed rule; the Python binding has no call that lists
the others. They are found from the history instead. A change *wrote* a key when the key reads
differently at the change's own heads than at its dependencies (a put shows the change's own
operation there, a delete shows nothing). A write is still *live* exactly when no change that has
it in its causal past wrote the same key: every later write supersedes every write it has seen.
Two or more live writes with different values are a conflict.

Reading the key at each current head is not enough: once a device has merged both values and
then edits any other field, the document has a single head, yet both values are still live.
A concurrent clear counts as a value (None) too, so a clear never silently loses to a set.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import automerge.core as am

Slot = tuple[bytes, str]  # (map object id, key)
Got = tuple[am.Value, bytes]  # what `doc.get` reads: the value and the id of the operation behind it
F = TypeVar("F")


@dataclass(frozen=True)
class Candidate:
    """One of the values a field holds at once, and the devices (Automerge actors) that set it."""

    value: object  # as a read of the field returns it; None means it was cleared
    actors: tuple[bytes, ...]

    def by(self, actor: bytes) -> bool:
        return actor in self.actors


def same_values(a: Sequence[Candidate], b: Sequence[Candidate]) -> bool:
    """Whether two lists offer the same choice (the devices behind them may differ)."""
    return _value_set(a) == _value_set(b)


def _value_set(candidates: Sequence[Candidate]) -> frozenset[tuple[str, object]]:
    return frozenset(_key(c.value) for c in candidates)


class History:
    """The change graph of one document: a causal order, ancestry and the cut points."""

    def __init__(self, doc: am.Document):
        changes = _causal_order(doc.get_changes([]))
        self.changes = changes
        index = {c.hash: i for i, c in enumerate(changes)}
        n = len(changes)
        # Bit j of ancestors[i] is set when change j is in the causal past of change i.
        self.ancestors: list[int] = []
        children: list[list[int]] = [[] for _ in range(n)]
        for i, change in enumerate(changes):
            past = 0
            for dep in change.deps:
                j = index[dep]
                past |= self.ancestors[j] | (1 << j)
                children[j].append(i)
            self.ancestors.append(past)
        descendants = [0] * n
        for i in reversed(range(n)):
            for k in children[i]:
                descendants[i] |= descendants[k] | (1 << k)
        # A cut point is ordered against every other change: nothing is concurrent with it.
        self.cut = [self.ancestors[i].bit_count() == i and descendants[i].bit_count() == n - 1 - i for i in range(n)]

    def __len__(self) -> int:
        return len(self.changes)


def _causal_order(changes: list[am.Change]) -> list[am.Change]:
    """The changes with each after its dependencies, otherwise in the order given."""
    by_hash = {c.hash: c for c in changes}
    done: set[bytes] = set()
    out: list[am.Change] = []
    for change in changes:
        stack = [(change, False)]
        while stack:
            c, expanded = stack.pop()
            if c.hash in done:
                continue
            if expanded:
                done.add(c.hash)
                out.append(c)
                continue
            stack.append((c, True))
            stack.extend((by_hash[d], False) for d in reversed(c.deps) if d not in done)
    return out


def live_writes(
    doc: am.Document, slots: Iterable[Slot], history: History | None = None
) -> dict[Slot, list[tuple[bytes, Got | None]]]:
    """For each slot, the live writes as (actor, what `doc.get` read at the writing change).

    Walks the history from the newest change back and stops, per slot, at the first cut point
    behind a write: everything before it is in that write's past, so superseded.
    """
    history = History(doc) if history is None else history
    pending = set(slots)
    found: dict[Slot, list[tuple[bytes, Got | None]]] = {s: [] for s in pending}
    shadow = dict.fromkeys(pending, 0)  # the changes some found write has seen, per slot
    reads: dict[tuple[Slot, tuple[bytes, ...]], Got | None] = {}

    def read(slot: Slot, heads: tuple[bytes, ...]) -> Got | None:
        key = (slot, heads)
        if key not in reads:
            reads[key] = doc.get(slot[0], slot[1], list(heads))
        return reads[key]

    for i in reversed(range(len(history))):
        if not pending:
            break
        change = history.changes[i]
        for slot in list(pending):
            if not shadow[slot] >> i & 1:
                after = read(slot, (change.hash,))
                before = read(slot, tuple(change.deps)) if change.deps else None
                if _op(after) != _op(before):
                    found[slot].append((change.actor_id, after))
                    shadow[slot] |= history.ancestors[i]
            if history.cut[i] and found[slot]:
                pending.discard(slot)
    return found


def _op(got: Got | None) -> bytes | None:
    return None if got is None else got[1]


def find(
    doc: am.Document, slots: dict[Slot, F], parse: Callable[[Got, F], object], history: History | None = None
) -> dict[Slot, list[Candidate]]:
    """The conflicts among `slots` (each mapped to what `parse` needs to read its raw values).

    The value the document shows now comes first, so every device lists them in the same order.
    """
    if not slots:
        return {}
    history = History(doc) if history is None else history
    if all(history.cut):
        return {}  # a single line of changes: nothing was ever concurrent
    out: dict[Slot, list[Candidate]] = {}
    for slot, writes in live_writes(doc, slots, history).items():
        if len(writes) < 2:
            continue
        f = slots[slot]
        by_value: dict[tuple[str, object], tuple[object, set[bytes]]] = {}
        for actor, got in writes:
            value = None if got is None else parse(got, f)
            by_value.setdefault(_key(value), (value, set()))[1].add(actor)
        if len(by_value) < 2:
            continue  # the same value set twice is agreement, not a conflict
        got = doc.get(*slot)
        shown = _key(None if got is None else parse(got, f))
        candidates = [Candidate(value, tuple(sorted(actors))) for value, actors in by_value.values()]
        candidates.sort(key=lambda c: (_key(c.value) != shown, c.actors, repr(c.value)))
        out[slot] = candidates
    return out


def _key(value: object) -> tuple[str, object]:
    # The type is part of the key so that True never stands in for 1.
    return type(value).__name__, value
