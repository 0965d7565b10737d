"""The local store: SQLAlchemy 2 over SQLCipher, one encrypted file per data folder.

Compartment documents are kept as the changes that built them plus an occasional snapshot
(a saved document covering every change up to a row id). Opening a compartment loads the
snapshot and the few changes after it; the snapshot is refreshed once the tail grows, which
keeps opening close to the cost of a bare Automerge load.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import struct
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import sqlalchemy as sa
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import event

from app.models import clock
from app.models.documents.casedoc import NewChange
from app.models.documents.changeformat import ChangeHeader, split_chunks
from app.models.errors import NotFound, StoreError
from app.models.language import QT_TRANSLATE_NOOP
from app.models.storage import tables as t
from app.models.storage.migrations import FORMAT, MARK_AUDIT_KEYED, OLDEST, NewerFormat, steps_from

log = logging.getLogger("concord.store")

SNAPSHOT_EVERY = 256
# The first audit entry hashed under the device's audit key (see app/models/audit.py): 1 in a
# store made keyed; in an upgraded one, the entry after the last one it held.
AUDIT_KEYED_META = "audit_keyed_from"
# How long a write waits for another connection's write to finish before giving up: a sync
# delivery on another thread or process can hold the lock for a second or two under load.
BUSY_TIMEOUT_S = 30.0
_WRITE = "concord_write"
# Received changes per stored run: a large sync still makes a few rows, not one enormous one.
RUN_CHANGES = 4096
HASH_BYTES = 32
# A row of a query over whole tables or raw columns: its columns are read by name, untyped.
AnyRow = sa.Row[*tuple[Any, ...]]


# A panel meeting's document id starts with this; a case id is 32 hex digits, so never does.
MEETING_PREFIX = "mtg-"


def is_meeting(doc_id: str) -> bool:
    return doc_id.startswith(MEETING_PREFIX)


def now_utc() -> str:
    return clock.now_utc()


_INSERT_CHANGE = (
    "INSERT INTO changes (case_id, compartment, hash, actor, seq, deps, data, stored_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


_INSERT_RUN = (
    "INSERT INTO changes (case_id, compartment, hash, actor, seq, deps, data, hashes, stored_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


# Where an audit entry finds the device's audit secrets: the info of each pooled connection.
AUDIT_CONTEXT = "concord_audit"


@dataclass
class AuditContext:
    """What the audit chain needs of the device and that the database file alone does not give.

    mac_key: the key each entry's hash is an HMAC under. It is derived (HKDF) from the database
    key, which lives only in the OS keyring: whoever holds the file but not the keyring cannot
    recompute a single link, so entries cannot be removed and the rest re-chained.
    sign: the device's Ed25519 signature, once the part of Concord that holds the device keys
    hands it over; the chain then signs its own head every so many entries (audit.ANCHOR_EVERY).
    """

    mac_key: bytes
    sign: Callable[[bytes], bytes] | None = None


def audit_key_of(db_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"concord/audit-chain/1").derive(db_key)


def pack_deps(deps: Sequence[bytes]) -> bytes:
    return struct.pack(">H", len(deps)) + b"".join(deps)


def _quiet_sqlcipher() -> None:
    # SQLCipher logs decryption failures to stderr; Concord reports them itself, once, clearly.
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()


def _already_added(conn: sa.Connection, statement: str) -> bool:
    """Whether an upgrade's ALTER TABLE ... ADD COLUMN has nothing to do: the column is there (a
    table made after the column was added to its definition, in a store not yet upgraded)."""
    words = statement.split()
    if words[:2] != ["ALTER", "TABLE"] or words[3:5] != ["ADD", "COLUMN"]:
        return False
    return any(row[1] == words[5] for row in conn.exec_driver_sql(f"PRAGMA table_info({words[2]})"))


class Store:
    def __init__(self, engine: sa.Engine, path: Path):
        self.engine = engine
        self.path = path
        # (case, compartment) -> (last change id read, the hashes up to it): changes are only
        # ever added, with rising ids committed in order (SQLite has one writer at a time), so
        # only rows past the last id read need reading again. The hashes are a dict's keys, not
        # a set: a dict of bytes is never scanned by the garbage collector, and these hold
        # every change of every document a sync has touched.
        self._hashes: dict[tuple[str, str], tuple[int, dict[bytes, None]]] = {}
        self._hashes_lock = threading.Lock()
        self.audit = AuditContext(b"")
        # Per thread: how many write transactions are open, and writes that must wait for them.
        self._writing = threading.local()

    # ----- opening ------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, key: bytes, create: bool = False) -> Store:
        if len(key) != 32:
            raise StoreError(QT_TRANSLATE_NOOP("DeviceProblems", "the database key must be 32 bytes"))
        path = Path(path)
        if create and path.exists():
            raise StoreError(
                QT_TRANSLATE_NOOP("DeviceProblems", "{path} already exists; refusing to overwrite it"), path=path
            )
        if not create and not path.exists():
            raise StoreError(QT_TRANSLATE_NOOP("DeviceProblems", "no Concord database at {path}"), path=path)
        _quiet_sqlcipher()
        url = sa.URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))
        # A pool of separate connections, not the dialect's default of one shared connection per
        # thread: with a shared one, a read made while a write transaction is open on the same
        # thread silently rolls that transaction back. Separate connections make such a mistake
        # wait and fail loudly instead. (SQLite itself is built thread-safe; each connection
        # stays with one transaction at a time.)
        engine = sa.create_engine(
            url,
            poolclass=sa.pool.QueuePool,
            pool_size=4,
            max_overflow=8,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_S},
        )
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        except sa.exc.DatabaseError:
            engine.dispose()
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "DeviceProblems",
                    "{path} cannot be opened with the key in the keyring (wrong key, or not a Concord "
                    "database). Nothing was changed.",
                ),
                path=path,
            ) from None

        audit_context = AuditContext(audit_key_of(key))

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, record: sa.pool.ConnectionPoolEntry) -> None:
            # dbapi_conn: the SQLCipher driver's own connection, which has no type information
            record.info[AUDIT_CONTEXT] = audit_context
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys = ON")
            cur.execute("PRAGMA journal_mode = WAL")
            # FULL: an edit reported as saved survives a crash or power cut, not only a kill.
            cur.execute("PRAGMA synchronous = FULL")
            cur.close()
            # Concord says where transactions begin (below), not the driver: see _begin.
            dbapi_conn.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin(conn: sa.Connection) -> None:
            # A write transaction takes the write lock at BEGIN (IMMEDIATE), waiting for it as
            # long as the busy timeout allows. Begun DEFERRED, a transaction that read first and
            # wrote second failed at once with "database is locked" whenever another connection
            # had written meanwhile (SQLite cannot wait there without risking a deadlock): under
            # load, sync sessions died of it. Reads stay deferred, so they never wait on writers.
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.pop(_WRITE, False) else "BEGIN")

        engine.pool.dispose()  # the verifying connection predates the listener
        store = cls(engine, path)
        store.audit = audit_context
        if create:
            with store.begin() as conn:
                t.metadata.create_all(conn)
                conn.execute(t.meta.insert().values(key="format", value=FORMAT))
                store.mark_audit_keyed(conn)
        else:
            try:
                store._check_format()
            except BaseException:
                store.close()  # a refused store is left as it was found, no journal files beside it
                raise
            with store.begin() as conn:
                t.metadata.create_all(conn)  # tables added since the folder was made (never altered ones)
        return store

    def _check_format(self) -> None:
        try:
            fmt = self.get_meta("format")
        except (sa.exc.OperationalError, self.engine.dialect.loaded_dbapi.OperationalError):
            fmt = None  # not even a meta table: not a Concord store, or one whose making was cut short
        try:
            steps = steps_from(fmt)
        except NewerFormat:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "DeviceProblems",
                    "{path} was written by a newer version of Concord (store format {fmt}; this version "
                    "reads formats {oldest} to {format}). Nothing was changed: open it with that newer "
                    "Concord, or install it on this computer.",
                ),
                path=self.path,
                fmt=fmt,
                oldest=OLDEST,
                format=FORMAT,
            ) from None
        if steps:
            with self.begin() as conn:
                for step in steps:
                    for statement in step.statements:
                        if statement == MARK_AUDIT_KEYED:
                            self.mark_audit_keyed(conn)
                        elif not _already_added(conn, statement):
                            conn.exec_driver_sql(statement)
                fmt = steps[-1].target
                self.set_meta(conn, "format", fmt)
        if fmt != FORMAT:
            raise StoreError(
                QT_TRANSLATE_NOOP("DeviceProblems", "{path} is not a Concord database of a format this version reads"),
                path=self.path,
            )

    def mark_audit_keyed(self, conn: sa.Connection) -> None:
        """Record from which entry on the audit chain is keyed: the entry after the last one the
        store holds (1 in a new store). Entries before it keep the unkeyed rule they were written
        under; re-hashing them under the key instead would vouch for whatever they hold now,
        tampered or not. The first keyed entry covers the last unkeyed one's hash, so from the
        upgrade on that older part cannot change unseen either. The marker carries its own MAC:
        moved to the end of the log, it would let the whole log be re-chained unkeyed."""
        first = (conn.execute(sa.select(sa.func.max(t.audit.c.seq))).scalar() or 0) + 1
        self.set_meta(conn, AUDIT_KEYED_META, f"{first}:{self.audit_marker_mac(first)}")

    def audit_marker_mac(self, first: int) -> str:
        return hmac.new(self.audit.mac_key, f"audit-keyed-from/{first}".encode(), hashlib.sha256).hexdigest()

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def begin(self) -> Iterator[sa.Connection]:
        """A write transaction (see _begin in open)."""
        local = self._writing
        local.depth = getattr(local, "depth", 0) + 1
        try:
            with self.engine.connect() as conn:
                conn.info[_WRITE] = True
                try:
                    with conn.begin():
                        yield conn
                finally:
                    conn.info.pop(_WRITE, None)
        finally:
            local.depth -= 1
            if local.depth == 0 and getattr(local, "after", None):
                self._run_after(local)

    def write_soon(self, write: Callable[[sa.Connection], None]) -> None:
        """Run write(conn) in a write transaction of its own: now, or - when this thread already
        has one open (a read made while a write is being prepared) - as soon as that one ends,
        committed or not. Waiting inside it for a second write transaction would deadlock with
        itself: BEGIN IMMEDIATE waits for the write lock this very thread holds."""
        local = self._writing
        if getattr(local, "depth", 0):
            local.after = getattr(local, "after", None) or []
            local.after.append(write)
            return
        with self.begin() as conn:
            write(conn)

    def _run_after(self, local: threading.local) -> None:
        waiting, local.after = local.after, None
        with self.begin() as conn:
            for write in waiting:
                write(conn)

    def driver_rows(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
        """Rows as plain tuples straight from the driver, for reads of thousands of rows (a
        sync's own changes, a document's hashes) and the small reads every sync session repeats:
        SQLAlchemy's work per statement (about 50 us) and per row cost more than SQLite's."""
        with self.engine.connect() as conn:
            dbapi_conn = conn.connection.dbapi_connection
            assert dbapi_conn is not None  # an open connection always holds its driver's
            cursor = dbapi_conn.cursor()
            try:
                cursor.execute(sql, params)
                return cast(list[tuple[Any, ...]], cursor.fetchall())  # the driver returns a list of tuples
            finally:
                cursor.close()

    # ----- meta ---------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        rows = self.driver_rows("SELECT value FROM meta WHERE key = ?", (key,))  # asked several times a session
        return rows[0][0] if rows else None

    def set_meta(self, conn: sa.Connection, key: str, value: str) -> None:
        conn.execute(t.meta.delete().where(t.meta.c.key == key))
        conn.execute(t.meta.insert().values(key=key, value=value))

    # ----- cases --------------------------------------------------------------------------
    def add_case(self, conn: sa.Connection, case_id: str, reference: str, created_by: str) -> None:
        conn.execute(
            t.cases.insert().values(case_id=case_id, reference=reference, created_at=now_utc(), created_by=created_by)
        )

    def list_cases(self, meetings: bool = False) -> list[AnyRow]:
        """The cases this device holds (or, with meetings=True, the panel meetings: they are kept
        as documents in the same way, told apart by their id)."""
        kind = t.cases.c.case_id.startswith(MEETING_PREFIX, autoescape=True)
        with self.engine.connect() as conn:
            return list(
                conn.execute(
                    sa.select(t.cases)
                    .where(kind if meetings else ~kind)
                    .order_by(t.cases.c.created_at, t.cases.c.reference)
                )
            )

    def find_case(self, ref_or_id: str) -> AnyRow:
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(t.cases).where((t.cases.c.case_id == ref_or_id) | (t.cases.c.reference == ref_or_id))
            ).first()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("DeviceProblems", "no case '{ref_or_id}'"), ref_or_id=ref_or_id)
        return row

    def set_reference(self, case_id: str, reference: str) -> None:
        """Take the reference a case's own document gives it (a case first seen through sync)."""
        with self.begin() as conn:
            clash = conn.execute(
                sa.select(t.cases.c.case_id).where((t.cases.c.reference == reference) & (t.cases.c.case_id != case_id))
            ).first()
            if clash is None:
                self.rename_case(conn, case_id, reference)

    def reference_taken(self, reference: str, other_than: str | None = None) -> bool:
        """Whether a case (other than `other_than`) has this reference."""
        q = sa.select(t.cases.c.case_id).where(t.cases.c.reference == reference)
        if other_than is not None:
            q = q.where(t.cases.c.case_id != other_than)
        with self.engine.connect() as conn:
            return conn.execute(q).first() is not None

    def rename_case(self, conn: sa.Connection, case_id: str, reference: str) -> None:
        conn.execute(t.cases.update().where(t.cases.c.case_id == case_id).values(reference=reference))

    # ----- compartment documents ------------------------------------------------------------
    def add_changes(self, conn: sa.Connection, case_id: str, compartment: str, new: list[NewChange]) -> int:
        """Insert the changes (one statement for all: a sync brings thousands) and return the
        last id given to them."""
        if not new:
            return 0
        stamp = now_utc()
        # Straight to the driver: the ORM's per-row parameter handling cost more than SQLite's
        # own work on a sync that brings thousands of changes.
        conn.exec_driver_sql(
            _INSERT_CHANGE,
            [(case_id, compartment, ch.hash, ch.actor, ch.seq, pack_deps(ch.deps), ch.data, stamp) for ch in new],
        )
        last = conn.execute(_last_change(case_id, compartment)).scalar()
        assert last is not None  # the changes were inserted just now
        return last

    def add_runs(
        self, conn: sa.Connection, case_id: str, compartment: str, new: list[tuple[ChangeHeader, bytes]]
    ) -> None:
        """Insert received changes (header and bytes, each after its dependencies) as runs, a
        row per RUN_CHANGES. A document loads from the rows' bytes end to end either way."""
        if not new:
            return
        stamp = now_utc()
        rows = []
        for i in range(0, len(new), RUN_CHANGES):
            run = new[i : i + RUN_CHANGES]
            first = run[0][0]
            rows.append(
                (
                    case_id,
                    compartment,
                    first.hash,
                    first.actor,
                    first.seq,
                    pack_deps(first.deps),
                    b"".join(data for _h, data in run),
                    b"".join(h.hash for h, _d in run),
                    stamp,
                )
            )
        conn.exec_driver_sql(_INSERT_RUN, rows)

    def document_bytes(self, case_id: str, compartment: str) -> tuple[bytes | None, int, int]:
        """(snapshot followed by the later changes, number of later changes, last change id)."""
        with self.engine.connect() as conn:
            snap = conn.execute(
                sa.select(t.snapshots.c.upto, t.snapshots.c.data).where(
                    (t.snapshots.c.case_id == case_id) & (t.snapshots.c.compartment == compartment)
                )
            ).first()
            upto = snap.upto if snap else 0
            tail = conn.execute(
                sa.select(t.changes.c.id, t.changes.c.data, sa.func.length(t.changes.c.hashes).label("run"))
                .where(
                    (t.changes.c.case_id == case_id)
                    & (t.changes.c.compartment == compartment)
                    & (t.changes.c.id > upto)
                )
                .order_by(t.changes.c.id)
            ).all()
        if snap is None and not tail:
            return None, 0, 0
        parts = [snap.data] if snap else []
        parts.extend(row.data for row in tail)
        last = tail[-1].id if tail else upto
        return b"".join(parts), sum(row.run // HASH_BYTES if row.run else 1 for row in tail), last

    def last_change_id(self, case_id: str, compartment: str) -> int:
        with self.engine.connect() as conn:
            return conn.execute(_last_change(case_id, compartment)).scalar() or 0

    def compact(self) -> bool:
        """Fold the write-ahead log into the file and rebuild the file without free pages, so
        what was deleted is in neither. False if another connection kept it from running (the
        deleted content is still overwritten, by secure_delete): it runs again at the next erasure."""
        with self.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None  # an open connection always holds its driver's
            try:
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                raw.execute("VACUUM")
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except Exception as exc:  # the driver's OperationalError: busy or locked
                log.warning("store compaction did not run: %s", type(exc).__name__)
                return False
        return True

    def drop_change_hashes(self, pairs: set[tuple[str, str]]) -> None:
        """Forget what change_hashes knows of these documents: their changes have been deleted."""
        with self._hashes_lock:
            for pair in pairs:
                self._hashes.pop(pair, None)

    def change_hashes(self, case_id: str, compartment: str) -> set[bytes]:
        """The hashes of every change stored of one document (a new set: the caller may add to it)."""
        with self._hashes_lock:
            last, known = self._hashes.get((case_id, compartment), (0, {}))
            rows = self.driver_rows(
                "SELECT id, hash, hashes FROM changes WHERE case_id = ? AND compartment = ? AND id > ? ORDER BY id",
                (case_id, compartment, last),
            )
            if rows:  # updated in place: callers only ever get a copy, made under the lock
                for _id, one, run in rows:
                    if run is None:
                        known[one] = None
                    else:
                        known.update(dict.fromkeys(run[i : i + HASH_BYTES] for i in range(0, len(run), HASH_BYTES)))
                self._hashes[(case_id, compartment)] = (rows[-1][0], known)
            return set(known)

    def change_rows(self, case_id: str, compartment: str) -> list[bytes]:
        """Every stored change of one compartment document, in the order stored (a run's
        changes one by one)."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(t.changes.c.data, t.changes.c.hashes)
                .where((t.changes.c.case_id == case_id) & (t.changes.c.compartment == compartment))
                .order_by(t.changes.c.id)
            )
            return [change for row in rows for change in (split_chunks(row.data) if row.hashes else [row.data])]

    def write_snapshot(self, conn: sa.Connection, case_id: str, compartment: str, data: bytes, upto: int) -> None:
        conn.execute(
            t.snapshots.delete().where((t.snapshots.c.case_id == case_id) & (t.snapshots.c.compartment == compartment))
        )
        conn.execute(t.snapshots.insert().values(case_id=case_id, compartment=compartment, upto=upto, data=data))


def _last_change(case_id: str, compartment: str) -> sa.Select[int]:
    return sa.select(sa.func.max(t.changes.c.id)).where(
        (t.changes.c.case_id == case_id) & (t.changes.c.compartment == compartment)
    )
