"""Back a device up into one file, and rebuild it from that file on another laptop.

A backup holds a consistent copy of the store (SQLite's online backup, so the device may go on
working meanwhile), the device's log, and the device's three keyring secrets - all sealed under
a passphrase the user chooses (app/models/storage/backup_file.py). Nothing in it is readable
without that passphrase, not even whose device it was.

A restore checks the whole file before it writes anything lasting, puts the secrets into the new
laptop's keyring (never on disk) under a new folder id, and then gives the device a new identity
(see app/sync/engine/replacement.py for why, and how the chair takes it in). It keeps the
person, agency, role, cases, meetings and audit log; its earlier identity's audit heads still
verify against the key they were signed with.
"""

from __future__ import annotations

import base64
import io
import json
import os
import secrets
import shutil
import tarfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import keyring.backend
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app import __version__
from app.logs import LOG_DIR
from app.models import audit
from app.models.errors import ConcordError
from app.models.identity import (
    EXCHANGE_SECRET,
    SIGNING_SECRET,
    DeviceKeys,
    DeviceProfile,
    actor_id_of,
    device_id_of,
    signed_profile,
)
from app.models.language import QT_TRANSLATE_NOOP
from app.models.storage import tables as t
from app.models.storage.backup_file import CHUNK, BackupError, SealedReader, SealedWriter
from app.models.storage.os_keyring import OsKeyring
from app.models.storage.store import Store, now_utc
from app.sync.engine.panel_join import CA_META, CERT_META, PANEL_META
from app.sync.engine.replacement import REJOIN_PANEL_META, REQUEST_META, Replacement, statement
from app.workspace import DB_FILE, DB_KEY_SECRET, FOLDER_FILE, FOLDER_FORMAT, Workspace

# What device.json inside a backup looks like; a newer one is refused by name.
CONTENT_FORMAT = 1
SECRETS = (DB_KEY_SECRET, SIGNING_SECRET, EXCHANGE_SECRET)
LAST_BACKUP_META = "last_backup_at"
WAL = "-wal"  # SQLite's write-ahead log beside the store: committed work not yet in the file itself
# The desktop reminds a person whose device has never been backed up, or not for this long.
REMIND_AFTER_DAYS = 30

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Restored:
    workspace: Workspace
    old_device: str
    # The request for the chair (app/sync/engine/replacement.py); None for a device in no panel.
    request: bytes | None


def _snapshot(ws: Workspace, target: Path) -> list[tuple[str, Path]]:
    """A consistent copy of the store's files, as they are on disk (still encrypted under the
    store's key): the database and its write-ahead log. Taken under the write lock, so no commit
    lands half-way through; a checkpoint may still move pages into the database file meanwhile,
    but every page it moves is in the log copied after it, and the log wins when the copy opens.
    Copying bytes, rather than SQLite's page-by-page backup, spares decrypting and encrypting
    every page again: the lock is held for a file copy's time."""
    store_file = ws.folder / DB_FILE
    log_file = store_file.with_name(store_file.name + WAL)
    copies = [(DB_FILE, target), (DB_FILE + WAL, target.with_name(target.name + WAL))]
    # First fold the log into the database and empty it, where no reader holds it back: else a
    # log grown by a large import would be carried beside the pages it duplicates.
    ws.store.driver_rows("PRAGMA wal_checkpoint(TRUNCATE)")
    with ws.store.begin() as conn:
        conn.exec_driver_sql("SELECT 1 FROM meta LIMIT 1")  # inside BEGIN IMMEDIATE: writers wait
        shutil.copyfile(store_file, copies[0][1])
        if not log_file.exists():
            return copies[:1]
        shutil.copyfile(log_file, copies[1][1])
    return copies


def backup_device(ws: Workspace, path: Path | str, passphrase: str, progress: Progress | None = None) -> Path:
    """Write the device's backup to `path` (replacing a file there only once the new one is whole)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise BackupError(
            QT_TRANSLATE_NOOP("DeviceProblems", "cannot write {path}: the folder {parent} does not exist"),
            path=path,
            parent=path.parent,
        )
    keyring_ = ws.keys.os_keyring
    secrets_ = {name: base64.b64encode(keyring_.require(name, name.replace("-", " "))).decode() for name in SECRETS}
    snapshot = ws.folder / f".backup-{uuid.uuid4().hex}.db"  # ciphertext only: the store's own encryption
    writer = SealedWriter(path, passphrase)
    copies: list[tuple[str, Path]] = []
    try:
        copies = _snapshot(ws, snapshot)
        logs = (
            sorted(p for p in (ws.folder / LOG_DIR).glob("*") if p.is_file()) if (ws.folder / LOG_DIR).is_dir() else []
        )
        total = sum(c.stat().st_size for _n, c in copies) + sum(p.stat().st_size for p in logs)
        info = {
            "format": CONTENT_FORMAT,
            "concord": __version__,
            "made_at": now_utc(),
            "device_id": ws.profile.device_id,
            "folder_format": FOLDER_FORMAT,
            "store_format": ws.store.get_meta("format"),
            "secrets": secrets_,
        }
        with tarfile.open(  # type: ignore[call-overload]
            fileobj=writer, mode="w|", format=tarfile.PAX_FORMAT, copybufsize=CHUNK, bufsize=CHUNK
        ) as tar:
            _add_bytes(tar, "device.json", json.dumps(info).encode())
            for name, copy in copies:
                _add_file(tar, name, copy, writer, total, progress)
            for log_file in logs:
                _add_file(tar, f"{LOG_DIR}/{log_file.name}", log_file, writer, total, progress)
        writer.close()
        if progress:
            progress(total, total)
    except BaseException:
        writer.abandon()
        raise
    finally:
        for _name, copy in copies or [(DB_FILE, snapshot)]:
            copy.unlink(missing_ok=True)
    with ws.store.begin() as conn:
        ws.store.set_meta(conn, LAST_BACKUP_META, now_utc())
        audit.append(conn, ws.actor, "device_backed_up", "", f"{total} bytes")
    return path


def _member(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = size, 0o600, int(time.time())
    return info


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    tar.addfile(_member(name, len(data)), io.BytesIO(data))


class _Counted(io.RawIOBase):
    """A file read through, telling progress as it goes."""

    def __init__(self, fh: io.BufferedReader, report: Callable[[], None]):
        self.fh, self.report = fh, report

    def readinto(self, b: bytearray) -> int:  # type: ignore[override]
        n = self.fh.readinto(b)
        self.report()
        return n

    def readable(self) -> bool:
        return True


def _add_file(
    tar: tarfile.TarFile, name: str, path: Path, writer: SealedWriter, total: int, progress: Progress | None
) -> None:
    with open(path, "rb") as fh:
        report = (lambda: progress(min(writer.written, total), total)) if progress else (lambda: None)
        tar.addfile(_member(name, path.stat().st_size), _Counted(fh, report))  # type: ignore[arg-type]


# ----- restore ---------------------------------------------------------------------------------
def _unpack(path: Path, passphrase: str, into: Path, progress: Progress | None) -> dict[str, object]:
    """Open and check the whole backup, writing its files into `into`; device.json's content."""
    reader = SealedReader(path, passphrase)
    info: dict[str, object] | None = None
    try:
        with tarfile.open(fileobj=reader, mode="r|", copybufsize=CHUNK, bufsize=CHUNK) as tar:  # type: ignore[call-overload]
            for member in tar:
                name = member.name
                if not member.isfile() or not _allowed(name):
                    raise BackupError(
                        QT_TRANSLATE_NOOP(
                            "DeviceProblems", "{name} holds an unexpected entry: it was altered. Nothing was written."
                        ),
                        name=path.name,
                    )
                source = tar.extractfile(member)
                assert source is not None
                if name == "device.json":
                    info = json.loads(source.read(64 * 1024))
                    continue
                target = into / name
                target.parent.mkdir(mode=0o700, exist_ok=True)
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
                with os.fdopen(fd, "wb") as out:
                    while block := source.read(1 << 20):
                        out.write(block)
                        if progress:
                            progress(reader.read_bytes, reader.size)
                    out.flush()
                    os.fsync(out.fileno())  # on disk before the folder takes its name
            reader.read()  # to the end: a file cut after its last member still fails here
    except tarfile.TarError:
        raise BackupError(
            QT_TRANSLATE_NOOP("DeviceProblems", "{name} is damaged: its content cannot be read. Nothing was written."),
            name=path.name,
        ) from None
    finally:
        reader.close()
    if progress:
        progress(reader.size, reader.size)
    if not isinstance(info, dict) or not (into / DB_FILE).is_file():
        raise BackupError(
            QT_TRANSLATE_NOOP("DeviceProblems", "{name} is not a whole device backup. Nothing was written."),
            name=path.name,
        )
    fmt = info.get("format")
    if not isinstance(fmt, int) or fmt > CONTENT_FORMAT:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "DeviceProblems",
                "{name} was made by a newer version of Concord (content format {fmt}). Nothing was written.",
            ),
            name=path.name,
            fmt=fmt,
        )
    return info


def _allowed(name: str) -> bool:
    parts = name.split("/")
    if any(p in ("", ".", "..") for p in parts) or "\\" in name:
        return False
    return name in ("device.json", DB_FILE, DB_FILE + WAL) or (len(parts) == 2 and parts[0] == LOG_DIR)


def _secret(info: dict[str, object], name: str) -> bytes:
    try:
        raw = base64.b64decode(info["secrets"][name], validate=True)  # type: ignore[index]
    except (KeyError, TypeError, ValueError):
        raw = b""
    if len(raw) != 32:
        raise BackupError(
            QT_TRANSLATE_NOOP("DeviceProblems", "the backup's {replace} is missing or damaged. Nothing was written."),
            replace=name.replace("-", " "),
        )
    return raw


def restore_device(
    path: Path | str,
    passphrase: str,
    folder: Path | str,
    backend: keyring.backend.KeyringBackend | None = None,
    progress: Progress | None = None,
) -> Restored:
    """Rebuild the backed-up device in `folder` (new or empty), under a new identity."""
    path, folder = Path(path), Path(folder)
    if Workspace.exists(folder) or (folder.exists() and (not folder.is_dir() or any(folder.iterdir()))):
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "DeviceProblems", "{folder} is not empty; restore into a new folder. Nothing was written."
            ),
            folder=folder,
        )
    if not folder.parent.is_dir():
        raise BackupError(
            QT_TRANSLATE_NOOP("DeviceProblems", "cannot restore into {folder}: the folder {parent} does not exist"),
            folder=folder,
            parent=folder.parent,
        )
    work = folder.parent / f".{folder.name}.restoring-{secrets.token_hex(4)}"
    work.mkdir(mode=0o700)
    namespace = uuid.uuid4().hex
    os_keyring: OsKeyring | None = None
    store: Store | None = None
    try:
        info = _unpack(path, passphrase, work, progress)
        db_key, old_signing = _secret(info, DB_KEY_SECRET), _secret(info, SIGNING_SECRET)
        _secret(info, EXCHANGE_SECRET)  # checked, then left behind with the old identity
        os_keyring = OsKeyring(namespace, backend)  # refuses an insecure keyring before anything is stored
        os_keyring.put(DB_KEY_SECRET, db_key)
        store = Store.open(work / DB_FILE, db_key)  # an older store is brought up to date here
        keys = DeviceKeys.create(os_keyring)
        request, old_device = _take_new_identity(store, keys, Ed25519PrivateKey.from_private_bytes(old_signing))
        store.close()
        store = None
        (work / FOLDER_FILE).write_text(json.dumps({"format": FOLDER_FORMAT, "folder_id": namespace}))
        if folder.exists():
            folder.rmdir()  # empty, checked above
        os.replace(work, folder)
    except BaseException as exc:
        if store is not None:
            store.close()
        if os_keyring is not None:
            for name in SECRETS:
                os_keyring.delete(name)
        shutil.rmtree(work, ignore_errors=True)
        if isinstance(exc, ConcordError | KeyboardInterrupt):
            raise
        if isinstance(exc, OSError):
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "DeviceProblems", "the restore could not write into {parent} ({strerror}). Nothing was kept."
                ),
                parent=folder.parent,
                strerror=exc.strerror,
            ) from None
        raise
    return Restored(Workspace.open(folder, backend), old_device, request)


def _take_new_identity(store: Store, keys: DeviceKeys, old_key: Ed25519PrivateKey) -> tuple[bytes | None, str]:
    """Give the restored store a new device identity; the chair's request, if it is in a panel."""
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(t.device)).one()
    old_public = old_key.public_key().public_bytes_raw()
    if old_public != row.signing_public:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "DeviceProblems",
                "the backup's device key does not match its store: it was altered. Nothing was written.",
            )
        )
    signing_public = keys.signing_public()
    new = DeviceProfile(
        device_id=device_id_of(signing_public),
        name=row.name,
        agency=row.agency,
        role=row.role,
        signing_public=signing_public,
        exchange_public=keys.exchange_public(),
        created_at=now_utc(),
    )
    panel_id = store.get_meta(PANEL_META)
    request = None
    if panel_id is not None:
        replacement = Replacement(
            panel_id,
            row.device_id,
            new,
            signed_profile(new, keys.sign),
            old_key.sign(statement(panel_id, row.device_id, new)),
        )
        request = replacement.encode()
    former = audit.former_devices(store)
    former.insert(0, (row.device_id, bytes(row.signing_public)))
    actor = audit.Actor(new.device_id, new.name, new.role)
    with store.begin() as conn:
        conn.execute(
            t.device.update().values(
                device_id=new.device_id,
                signing_public=new.signing_public,
                exchange_public=new.exchange_public,
                actor_id=actor_id_of(new.signing_public),
                created_at=new.created_at,
                attestation=keys.sign(new.canonical()),
            )
        )
        store.set_meta(conn, audit.FORMER_DEVICES_META, json.dumps([[d, k.hex()] for d, k in former]))
        if panel_id is not None and request is not None:
            # Out of the panel until the chair takes the new identity in: the old certificate
            # names the old key, and nothing sealed now would be accepted anyway.
            conn.execute(t.meta.delete().where(t.meta.c.key.in_((PANEL_META, CA_META, CERT_META))))
            store.set_meta(conn, REJOIN_PANEL_META, panel_id)
            store.set_meta(conn, REQUEST_META, base64.b64encode(request).decode())
        audit.append(conn, actor, "device_restored", "", f"{row.device_id} as {new.device_id}")
    return request, row.device_id


def replacement_request(ws: Workspace) -> bytes | None:
    """The request a restored device waits on the chair for, until it has rejoined its panel."""
    raw = ws.store.get_meta(REQUEST_META)
    return base64.b64decode(raw) if raw else None
