"""Moving a case's fields into the compartment a newly adopted agreement gives them.

Every device that writes the new compartment and holds the old one makes the move, so the data
arrives wherever it may go even if the device that wrote it is away. Several devices copying
the same text or records side by side would leave doubled words and records, so the move is
made the way a document's genesis is: by an actor derived from the case, both compartments,
the agreement's version and the old document's heads, on top of the genesis alone, with no
timestamp. Devices that held the same old document make the byte-identical change, which a
merge keeps once. The actor is longer than any device's (24 bytes, not 16), so a receiver knows
a move from a device's own change; a move is still carried only by a device whose role writes
the compartment, like any change.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection

from app.models.case_schema import Schema
from app.models.documents.casedoc import CompartmentDoc, NewChange
from app.models.documents.changeformat import ChangeHeader
from app.models.documents.compartments import Compartment

MOVE_ACTOR_BYTES = 24


def move_actor(case_id: str, source: str, target: str, version: int, heads: list[bytes]) -> bytes:
    canonical = f"concord-move/{case_id}/{source}/{target}/{version}/" + ",".join(h.hex() for h in sorted(heads))
    return hashlib.sha256(canonical.encode()).digest()[:MOVE_ACTOR_BYTES]


def mark(source: str) -> str:
    """The key a move writes in the new document: that the move from `source` is made there."""
    return f"moved-from-{source}"


def is_move(head: ChangeHeader, genesis: bytes) -> bool:
    """Whether a change is a move: made by a move actor, first of its actor, on the genesis alone."""
    return len(head.actor) == MOVE_ACTOR_BYTES and head.seq == 1 and head.deps == (genesis,)


def moved(
    case_id: str, source: CompartmentDoc, target: Compartment, schema: Schema, field_ids: Collection[str], version: int
) -> list[NewChange]:
    """The target document's genesis and the move of these fields into it."""
    actor = move_actor(case_id, source.compartment.id, target.id, version, source.heads())
    doc, genesis = CompartmentDoc.create(case_id, target, schema, actor)
    return [genesis, *doc.copy_fields(source, field_ids, mark(source.compartment.id))]
