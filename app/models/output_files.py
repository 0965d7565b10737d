"""Writing a file the user asked for: whole or not at all, and readable by its owner alone.

Every file Concord writes with case data goes through write_whole (and, where a device writes it,
write_case_file, which also audits it), so the rules below hold for reports, exports, bundles and
the demo's outputs alike.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Protocol

from app.models import audit
from app.models.errors import ValidationError
from app.models.language import QT_TRANSLATE_NOOP
from app.models.storage.store import Store

# Owner read and write, no one else. On Windows os.open honours only the read-only bit of this
# mode; the equivalent there is an owner-only DACL on the new file (the owner's SID with full
# control, inheritance from the folder switched off), set through the SECURITY_ATTRIBUTES
# passed to CreateFile so that, as here, the file is never readable by others even for a moment.
OWNER_ONLY = 0o600

_CREATE = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class WritingDevice(Protocol):
    """The device a case file is written on: where its audit log is kept and who is using it."""

    @property
    def store(self) -> Store: ...

    @property
    def actor(self) -> audit.Actor: ...


class FileNotWritten(ValidationError, OSError):
    """A file could not be written: said in one line. Still an OSError, for callers that catch
    what the operating system refuses."""


def write_whole(path: Path | str, data: bytes) -> Path:
    # A crash or a full USB stick mid-write must not leave a truncated file that looks finished,
    # so the data goes to a .part file first and takes the name only once it is all on disk.
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise FileNotWritten(
            QT_TRANSLATE_NOOP("DeviceProblems", "cannot write {path}: the folder {folder} {what}"),
            path=path,
            folder=folder,
            what=what,
        )
    if path.is_dir():
        raise FileNotWritten(QT_TRANSLATE_NOOP("DeviceProblems", "cannot write {path}: it is a folder"), path=path)
    tmp = path.with_name(path.name + ".part")
    try:
        # A .part left by a crash may carry a wider mode, and O_CREAT keeps an existing file's
        # mode: it goes, and the new one is made with O_EXCL (which also refuses a planted link).
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        fd = os.open(tmp, _CREATE, OWNER_ONLY)
    except OSError as exc:
        raise FileNotWritten(
            QT_TRANSLATE_NOOP("DeviceProblems", "cannot write {path}: {why}"), path=path, why=exc.strerror or exc
        ) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise FileNotWritten(
            QT_TRANSLATE_NOOP("DeviceProblems", "cannot write {path}: {why}"), path=path, why=exc.strerror or exc
        ) from None
    return path


def write_case_file(ws: WritingDevice, path: Path | str, data: bytes, case_ref: str, kind: str) -> Path:
    """write_whole, for a file that carries case data off the store: audited as written, with
    the kind of file (never a value) and the case or meeting it is of."""
    written = write_whole(path, data)
    with ws.store.begin() as conn:
        audit.append(conn, ws.actor, "file_written", case_ref, kind)
    return written
