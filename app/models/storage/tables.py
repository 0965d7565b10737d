"""The tables of the local store (SQLAlchemy Core)."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

meta = sa.Table(
    "meta",
    metadata,
    sa.Column("key", sa.String, primary_key=True),
    sa.Column("value", sa.String, nullable=False),
)

device = sa.Table(
    "device",
    metadata,
    sa.Column("device_id", sa.String, primary_key=True),
    sa.Column("name", sa.String, nullable=False),
    sa.Column("agency", sa.String, nullable=False),
    sa.Column("role", sa.String, nullable=False),
    sa.Column("signing_public", sa.LargeBinary, nullable=False),
    sa.Column("exchange_public", sa.LargeBinary, nullable=False),
    sa.Column("actor_id", sa.LargeBinary, nullable=False),
    sa.Column("created_at", sa.String, nullable=False),
    # The device's signed statement of who it is: the request a chair approves to add it.
    sa.Column("attestation", sa.LargeBinary, nullable=False),
)

cases = sa.Table(
    "cases",
    metadata,
    sa.Column("case_id", sa.String, primary_key=True),
    sa.Column("reference", sa.String, nullable=False, unique=True),
    sa.Column("created_at", sa.String, nullable=False),
    sa.Column("created_by", sa.String, nullable=False),
)

# Every change to a compartment document, as made. These become sync envelopes.
changes = sa.Table(
    "changes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("case_id", sa.String, sa.ForeignKey("cases.case_id"), nullable=False),
    sa.Column("compartment", sa.String, nullable=False),
    sa.Column("hash", sa.LargeBinary, nullable=False),
    sa.Column("actor", sa.LargeBinary, nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("deps", sa.LargeBinary, nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("stored_at", sa.String, nullable=False),
    # NULL where the row holds one change. Received changes are stored as runs, one row each
    # (a sync brings thousands, and a row per change cost more than all the checks before it):
    # then `data` is the run's changes end to end, `hashes` their hashes in order, and hash,
    # actor, seq and deps those of the first.
    sa.Column("hashes", sa.LargeBinary, nullable=True),
    sa.UniqueConstraint("case_id", "compartment", "hash"),
    sa.Index("ix_changes_doc", "case_id", "compartment", "id"),
)

# A saved document that already contains every change up to and including `upto`.
snapshots = sa.Table(
    "snapshots",
    metadata,
    sa.Column("case_id", sa.String, primary_key=True),
    sa.Column("compartment", sa.String, primary_key=True),
    sa.Column("upto", sa.Integer, nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
)

audit = sa.Table(
    "audit",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("at", sa.String, nullable=False),
    sa.Column("device_id", sa.String, nullable=False),
    sa.Column("person", sa.String, nullable=False),
    sa.Column("role", sa.String, nullable=False),
    sa.Column("action", sa.String, nullable=False),
    sa.Column("case_ref", sa.String, nullable=False),
    sa.Column("target", sa.String, nullable=False),
    sa.Column("prev_hash", sa.String, nullable=False),
    sa.Column("hash", sa.String, nullable=False),
)

# Signed heads of audit chains (see app/models/audit_anchors.py): this device's own, those peers
# returned of it, and those peers gave of theirs. `source` is the device the copy came from
# (this device for its own); a peer that keeps one of this device proves a later shortening.
audit_anchors = sa.Table(
    "audit_anchors",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("device_id", sa.String, nullable=False),  # whose chain
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("hash", sa.String, nullable=False),
    sa.Column("signed_at", sa.String, nullable=False),
    sa.Column("signature", sa.LargeBinary, nullable=False),
    sa.Column("source", sa.String, nullable=False),
    sa.Column("received_at", sa.String, nullable=False),
    sa.UniqueConstraint("device_id", "seq", "hash", "signed_at", "source"),
    sa.Index("ix_audit_anchors_device", "device_id", "seq"),
)

# ----- sync: what arrives from and goes to other devices (opaque to this layer) ---------------

# Signed, encrypted envelopes (each a run of one author's changes), as made here or received.
# hash is the envelope's id (SHA-256 of its bytes); changes packs the hashes of the changes
# inside, so what is sealed, and what waits to be applied, is known without opening anything.
envelopes = sa.Table(
    "envelopes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("case_id", sa.String, nullable=False),
    sa.Column("compartment", sa.String, nullable=False),
    sa.Column("hash", sa.LargeBinary, nullable=False),
    sa.Column("changes", sa.LargeBinary, nullable=False),
    sa.Column("author", sa.String, nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("stored_at", sa.String, nullable=False),
    sa.UniqueConstraint("case_id", "compartment", "hash"),
    sa.Index("ix_envelopes_doc", "case_id", "compartment"),
)

# Stored envelopes holding a change that waits for a dependency not stored yet (it came in
# another envelope that has not arrived). Kept in the transaction that stores the envelope, so
# a delivery never needs to look through every envelope of a document to find what waits.
waiting = sa.Table(
    "waiting",
    metadata,
    sa.Column("case_id", sa.String, primary_key=True),
    sa.Column("compartment", sa.String, primary_key=True),
    sa.Column("hash", sa.LargeBinary, primary_key=True),
)

# The panel's membership log entries, as received (verified on every fold).
membership = sa.Table(
    "membership",
    metadata,
    sa.Column("hash", sa.String, primary_key=True),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("stored_at", sa.String, nullable=False),
)

# Compartment keys wrapped to one device each, signed by the device that made or re-wrapped them.
key_grants = sa.Table(
    "key_grants",
    metadata,
    sa.Column("case_id", sa.String, primary_key=True),
    sa.Column("compartment", sa.String, primary_key=True),
    sa.Column("key_id", sa.Integer, primary_key=True),
    sa.Column("recipient", sa.String, primary_key=True),
    sa.Column("generation", sa.Integer, nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
)

# What each peer device is known to hold, per compartment (hashes concatenated): from its own
# summary in a session, from what it sent, and from what it confirmed receiving. An offline
# bundle for that device then carries only what it lacks.
peer_holdings = sa.Table(
    "peer_holdings",
    metadata,
    sa.Column("device_id", sa.String, primary_key=True),
    sa.Column("case_id", sa.String, primary_key=True),
    sa.Column("compartment", sa.String, primary_key=True),
    sa.Column("hashes", sa.LargeBinary, nullable=False),
    sa.Column("updated_at", sa.String, nullable=False),
)

# What this device has put in a peer's relay mailbox, which the peer has not yet confirmed
# holding: not sent again while it waits there, sent again once the peer's holdings, which it
# posts when it returns, show it never arrived.
relay_sent = sa.Table(
    "relay_sent",
    metadata,
    sa.Column("device_id", sa.String, primary_key=True),
    sa.Column("case_id", sa.String, primary_key=True),
    sa.Column("compartment", sa.String, primary_key=True),
    sa.Column("hash", sa.LargeBinary, primary_key=True),
    sa.Column("sent_at", sa.String, nullable=False),
)

# Whatever failed a check on arrival: kept for inspection, never applied.
quarantine = sa.Table(
    "quarantine",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("received_at", sa.String, nullable=False),
    sa.Column("source", sa.String, nullable=False),
    sa.Column("kind", sa.String, nullable=False),
    sa.Column("reason", sa.String, nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),  # empty for junk: only its digest is kept
    sa.Column("digest", sa.String),  # SHA-256 of what arrived
    sa.Column("size", sa.Integer),
)

# What left this device, and what it decided not to share (app/models/disclosures/log.py): ids,
# never values. Each row is sealed by the audit entry of the same seq, whose target holds the
# row's digest, so the log is as tamper-evident as the chain.
disclosures = sa.Table(
    "disclosures",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("at", sa.String, nullable=False),
    sa.Column("case_ref", sa.String, nullable=False),
    sa.Column("channel", sa.String, nullable=False),
    sa.Column("shared", sa.Boolean, nullable=False),
    sa.Column("to_device", sa.String, nullable=False),
    sa.Column("to_person", sa.String, nullable=False),
    sa.Column("to_role", sa.String, nullable=False),
    sa.Column("to_agency", sa.String, nullable=False),
    sa.Column("detail", sa.String, nullable=False),  # JSON: compartments, fields, rules, basis, reason, count, what
    sa.Index("ix_disclosures_case", "case_ref", "seq"),
)

# What is left of a case erased at the end of its retention period (app/sync/engine/erasure.py):
# that it existed, when it was erased here and on whose authority - nothing it held.
erased_cases = sa.Table(
    "erased_cases",
    metadata,
    sa.Column("case_id", sa.String, primary_key=True),
    sa.Column("reference", sa.String, nullable=False),
    sa.Column("erased_at", sa.String, nullable=False),
    sa.Column("authority", sa.String, nullable=False),  # the signed entry: its hash, author and reason
)

# On an information governance officer's device: the audit entries other devices sealed for it
# (app/sync/engine/audit_records.py), opened, per device - who read or changed what, never a value.
panel_audit = sa.Table(
    "panel_audit",
    metadata,
    sa.Column("author", sa.String, primary_key=True),  # the device whose chain it is
    sa.Column("seq", sa.Integer, primary_key=True),
    sa.Column("at", sa.String, nullable=False),
    sa.Column("device_id", sa.String, nullable=False),
    sa.Column("person", sa.String, nullable=False),
    sa.Column("role", sa.String, nullable=False),
    sa.Column("action", sa.String, nullable=False),
    sa.Column("case_ref", sa.String, nullable=False),
    sa.Column("target", sa.String, nullable=False),
    sa.Column("prev_hash", sa.String, nullable=False),
    sa.Column("hash", sa.String, nullable=False),
    sa.Column("disclosure", sa.String, nullable=False),  # JSON of the disclosure row it seals, or ""
    sa.Column("received_at", sa.String, nullable=False),
    sa.Column("rewritten", sa.Boolean, nullable=False),  # a later record gave this seq another entry
    sa.Index("ix_panel_audit_case", "case_ref", "action"),
)
