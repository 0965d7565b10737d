"""What the command line says when the world gets in the way: a file or folder that is not
there, a closed pipe, input that is not text. Each is one line a person can act on.

Python ignores SIGPIPE, so writing to a pipe whose reader has gone (`concord case get X | head
-1`) raises BrokenPipeError. Following Python's advice for that case (the `signal` module's
notes on SIGPIPE), the command then stops quietly and standard output is pointed at the null
device, so the flush at exit does not complain a second time. Only a failed write to standard
output counts: the same error from a network peer is a failed sync and is reported as one.
"""

from __future__ import annotations

import errno
import os
import sys
from contextlib import contextmanager
from pathlib import Path


class OutputClosed(Exception):
    """Standard output's reader has gone: nothing more can be said there."""


class _GuardedStdout:
    """Standard output, telling its own closed pipe apart from any other broken pipe."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise OutputClosed() from None

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise OutputClosed() from None

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


@contextmanager
def guarded_stdout():
    """Within: a closed standard output raises OutputClosed (flushed on the way out too)."""
    real = sys.stdout
    sys.stdout = _GuardedStdout(real)
    try:
        yield
        sys.stdout.flush()
    finally:
        sys.stdout = real


def silence_stdout() -> None:
    """Point standard output at the null device, so nothing more is written to the closed pipe."""
    stream = sys.stdout
    if stream is not sys.__stdout__ or stream is None:
        return  # replaced (a test capturing output): nothing at the descriptor to protect
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


def describe_os_error(exc: OSError) -> str:
    """One line for a file, folder or device problem, naming the path when there is one."""
    name = exc.filename if exc.filename is not None else None
    if name is None:
        return exc.strerror or str(exc) or type(exc).__name__
    path = Path(os.fsdecode(name))
    shown = _as_asked(path)
    if isinstance(exc, FileNotFoundError):
        folder = shown.parent
        if str(folder) not in ("", ".") and not folder.is_dir():
            return f"the folder {folder} does not exist (for {shown})"
        return f"{shown}: no such file"
    if isinstance(exc, IsADirectoryError):
        return f"{shown} is a folder, not a file"
    if isinstance(exc, NotADirectoryError):
        return f"{shown}: part of this path is a file, not a folder"
    if isinstance(exc, PermissionError):
        return f"{shown}: permission denied"
    if exc.errno == errno.ENOSPC:
        return f"{shown}: the disk is full"
    return f"{shown}: {exc.strerror or type(exc).__name__}"


def _as_asked(path: Path) -> Path:
    # A file is written beside its final name first (see app/models/output_files.py); name the one asked for.
    if path.name.endswith(".part") and len(path.name) > len(".part"):
        return path.with_name(path.name[: -len(".part")])
    return path
