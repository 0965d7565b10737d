"""The language text is being made in: the device's choice, or a different one for one task.

The device's interface language is one process-wide value. Writing a report in another language
(a Welsh user printing English minutes for an English-speaking agency) must not change what the
screens speak, so that uses `using`, which holds only for the code inside it and only on its own
thread; a worker thread starts in the device's language.
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from app.models.language.codes import ENGLISH, parse_language

_lock = threading.Lock()
_device = ENGLISH
_override: contextvars.ContextVar[str | None] = contextvars.ContextVar("concord_language", default=None)


def current() -> str:
    override = _override.get()
    if override is not None:
        return override
    with _lock:
        return _device


def set_current(code: str) -> str:
    global _device
    value = parse_language(code)
    with _lock:
        _device = value
    return value


@contextmanager
def using(code: str) -> Iterator[str]:
    value = parse_language(code)
    token = _override.set(value)
    try:
        yield value
    finally:
        _override.reset(token)
