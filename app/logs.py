"""Concord's log: one set-up for the command line, `concord serve`, the desktop and the demo.

The log is `logs/concord.log` in the data folder, rotated so it never grows past a few MiB, and
private to the account (folder 0700, files 0600). It is for finding faults, so it holds ids,
counts, command names and error kinds, never a value, name or reference a person typed: callers
log `kind(exc)`, not `str(exc)`, because Concord's error messages quote what was typed so that
the person can act on them. Tracebacks are logged without any exception's message for the same
reason (`redacted_traceback`), and an uncaught exception in any thread is logged that way before
Python prints it as usual.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import TypeVar

LOG_DIR = "logs"
LOG_FILE = "concord.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 3
FORMAT = "%(asctime)s.%(msecs)03dZ %(levelname)s [%(threadName)s] %(name)s: %(message)s"
DATE_FORMAT = "%Y-%m-%dT%H:%M:%S"
# Loggers whose every call is written to this module's rule; any other library's records pass
# only from WARNING up, since nobody checked what its debug and info messages quote.
OWN_LOGGERS = ("concord", "app")

crash_log = logging.getLogger("concord.crash")

_lock = threading.RLock()
_file_handler: PrivateRotatingFileHandler | None = None
_file_key: tuple | None = None
_console_handler: logging.Handler | None = None
_verbose = False
_previous_thread_hook = None
_previous_sys_hook = None
# With no handler at all, Python prints warnings on stderr itself ("last resort"); without a log
# folder and without --verbose Concord keeps quiet instead.
_silence = logging.NullHandler()


def kind(exc: BaseException) -> str:
    """What to log of an error: its class name, never its message."""
    return type(exc).__name__


def _qualified(exc: BaseException) -> str:
    cls = type(exc)
    return cls.__qualname__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"


_CAUSE = "The above exception was the direct cause of the following exception:"
_CONTEXT = "During handling of the above exception, another exception occurred:"


def redacted_traceback(exc: BaseException) -> str:
    """The traceback Python would print, chained causes included, with each exception's message
    and notes replaced by its class name: frames hold code, messages may hold what was typed."""
    chain: list[tuple[BaseException, str | None]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    link = None
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, _CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, _CONTEXT
        else:
            current = None
    parts: list[str] = []
    for e, link in reversed(chain):
        if e.__traceback__ is not None:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_tb(e.__traceback__))
        parts.append(f"{_qualified(e)} (message not logged)\n")
        if isinstance(e, BaseExceptionGroup):
            for i, sub in enumerate(e.exceptions, 1):
                inner = redacted_traceback(sub)
                parts.append(f"  +- sub-exception {i} of {len(e.exceptions)}:\n")
                parts.extend(f"  | {line}\n" for line in inner.rstrip("\n").split("\n"))
        if link:
            parts.append(f"\n{link}\n\n")
    return "".join(parts)


class RedactingFormatter(logging.Formatter):
    """UTC times; a record logged with exc_info (`log.exception`) shows its traceback without
    the exception's message."""

    converter = staticmethod(time.gmtime)  # called as self.converter(seconds): never bound

    def __init__(self) -> None:
        super().__init__(FORMAT, DATE_FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have formatted this record first and left Python's full traceback,
        # message included, in exc_text, which format() would reuse.
        cached = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei) -> str:
        return redacted_traceback(ei[1]).rstrip("\n") if ei and ei[1] is not None else ""


class OwnOrWarning(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        ours = record.name.split(".", 1)[0] in OWN_LOGGERS
        return ours or record.levelno >= logging.WARNING


class StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is when a record comes (it may have been replaced since)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Creates each log file, the first and every one after a rollover, readable by its owner only."""

    def _open(self):
        return open(
            self.baseFilename,
            self.mode,
            encoding=self.encoding,
            errors=self.errors,
            opener=lambda path, flags: os.open(path, flags, 0o600),
        )


def log_path(data_folder: Path | str) -> Path:
    """Where a data folder's log is (older files beside it end .1, .2, ...)."""
    return Path(data_folder) / LOG_DIR / LOG_FILE


_H = TypeVar("_H", bound=logging.Handler)


def _dress(handler: _H) -> _H:
    handler.setFormatter(RedactingFormatter())
    handler.addFilter(OwnOrWarning())
    return handler


def _open_file_handler(data_folder: Path, max_bytes: int, backups: int) -> PrivateRotatingFileHandler:
    path = log_path(data_folder)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)  # mkdir's mode is cut by the umask and ignored for an existing folder
    if path.exists():
        os.chmod(path, 0o600)
    return _dress(PrivateRotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"))


def setup(
    data_folder: Path | str | None, verbose: bool | None = None, *, max_bytes: int = MAX_BYTES, backups: int = BACKUPS
) -> Path | None:
    """Log to the data folder's rotating log (none if data_folder is None) and, when verbose, to
    stderr as well. Safe to call again: a call for another folder moves the log there, and
    verbose=None keeps what an earlier call chose. Returns the log file's path, or None if
    there is none (no folder, or it could not be written: said once on stderr)."""
    global _file_handler, _file_key, _console_handler, _verbose
    with _lock:
        root = logging.getLogger()
        if _silence not in root.handlers:
            root.addHandler(_silence)
        if verbose is not None:
            _verbose = verbose
        root.setLevel(logging.DEBUG if _verbose else logging.INFO)
        if _verbose and _console_handler is None:
            _console_handler = _dress(StderrHandler())
            root.addHandler(_console_handler)
        elif not _verbose and _console_handler is not None:
            root.removeHandler(_console_handler)
            _console_handler = None

        key = None if data_folder is None else (Path(data_folder).resolve(), max_bytes, backups)
        if key != _file_key:
            if _file_handler is not None:
                root.removeHandler(_file_handler)
                _file_handler.close()
                _file_handler = None
            _file_key = None
            if key is not None:
                try:
                    _file_handler = _open_file_handler(key[0], max_bytes, backups)
                except OSError as exc:
                    print(f"concord: no log file in the data folder: {exc.strerror}", file=sys.stderr)
                else:
                    root.addHandler(_file_handler)
                    _file_key = key
        _install_hooks()
        return None if _file_handler is None else Path(_file_handler.baseFilename)


def close() -> None:
    """Remove Concord's handlers and hooks (for tests, and a process that hands its log on)."""
    global _file_handler, _file_key, _console_handler, _previous_thread_hook, _previous_sys_hook
    with _lock:
        root = logging.getLogger()
        root.removeHandler(_silence)
        for handler in (_file_handler, _console_handler):
            if handler is not None:
                root.removeHandler(handler)
                handler.close()
        _file_handler = _console_handler = _file_key = None
        if threading.excepthook is _thread_hook:
            threading.excepthook = _previous_thread_hook or threading.__excepthook__
        if sys.excepthook is _sys_hook:
            sys.excepthook = _previous_sys_hook or sys.__excepthook__
        _previous_thread_hook = _previous_sys_hook = None


# ----- uncaught exceptions ---------------------------------------------------------------------
def _install_hooks() -> None:
    # Whatever hook was there before (Python's own printer, a test runner's) still runs after ours.
    global _previous_thread_hook, _previous_sys_hook
    if threading.excepthook is not _thread_hook:
        _previous_thread_hook = threading.excepthook
        threading.excepthook = _thread_hook
    if sys.excepthook is not _sys_hook:
        _previous_sys_hook = sys.excepthook
        sys.excepthook = _sys_hook


def _log_uncaught(exc: BaseException | None, where: str) -> None:
    if exc is None:
        return
    try:
        crash_log.critical("uncaught %s in %s\n%s", kind(exc), where, redacted_traceback(exc).rstrip("\n"))
    except Exception:  # noqa: BLE001 - a failure to log must not hide the crash being reported
        pass


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is not SystemExit:
        _log_uncaught(args.exc_value, f"thread {args.thread.name if args.thread else '?'}")
    (_previous_thread_hook or threading.__excepthook__)(args)


def _sys_hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if not issubclass(exc_type, KeyboardInterrupt):
        _log_uncaught(exc, f"thread {threading.current_thread().name}")
    (_previous_sys_hook or sys.__excepthook__)(exc_type, exc, tb)
