"""The one place Concord reads time from.

Every rule that depends on time (expiry, certificate validity, throttles, polls, retries, the
dates written into records) asks this module, never `time` or `datetime` directly, so tests can
drive a clock that starts at zero, jumps, or runs days apart from another device's.

Two clocks, because they answer different questions:
- the wall clock (UTC) says what day it is; laptops disagree about it by minutes or days, so it
  is never used to order what devices did (that is causal, see DESIGN.md);
- the monotonic clock measures intervals; its zero is arbitrary (on Linux, boot), so code must
  never compare it with a constant such as 0.0 as if it said how long the process has run.

A process can be started with a shifted wall clock or a monotonic clock of a chosen origin
(`CONCORD_CLOCK_SHIFT`, seconds or a number with d/h/m, and `CONCORD_MONOTONIC_START`): the
tests run one device of several that way, as a laptop whose clock is wrong would.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import threading
import time

SHIFT_ENV = "CONCORD_CLOCK_SHIFT"
MONOTONIC_ENV = "CONCORD_MONOTONIC_START"
_UNITS = {"": 1.0, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


def parse_shift(text: str) -> float:
    """'-7d', '+36h', '90' -> seconds. Raises ValueError on anything else."""
    match = re.fullmatch(r"\s*([+-]?\d+(?:\.\d+)?)\s*([smhd]?)\s*", text or "")
    if not match:
        raise ValueError(f"not a clock shift: {text!r} (write e.g. -7d, +36h or 90)")
    return float(match.group(1)) * _UNITS[match.group(2)]


class Clock:
    """The running system's clocks, optionally shifted (wall) or re-based (monotonic)."""

    def __init__(self, shift_s: float = 0.0, monotonic_start: float | None = None):
        self.shift_s = shift_s
        self._base = time.monotonic()
        self._start = monotonic_start

    @classmethod
    def from_environment(cls) -> Clock:
        shift = parse_shift(os.environ[SHIFT_ENV]) if os.environ.get(SHIFT_ENV) else 0.0
        start = float(os.environ[MONOTONIC_ENV]) if os.environ.get(MONOTONIC_ENV) else None
        return cls(shift, start)

    def wall(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC) + dt.timedelta(seconds=self.shift_s)

    def monotonic(self) -> float:
        now = time.monotonic()
        return now if self._start is None else self._start + (now - self._base)


class ManualClock(Clock):
    """A clock that moves only when told to: for tests."""

    def __init__(self, wall: dt.datetime | None = None, monotonic: float = 0.0):
        super().__init__()
        self._wall = wall or dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
        self._mono = monotonic
        self._lock = threading.Lock()

    def wall(self) -> dt.datetime:
        with self._lock:
            return self._wall

    def monotonic(self) -> float:
        with self._lock:
            return self._mono

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._mono += seconds
            self._wall += dt.timedelta(seconds=seconds)

    def set_wall(self, when: dt.datetime) -> None:
        with self._lock:
            self._wall = when


_current: Clock = Clock.from_environment()


def use(clock: Clock) -> Clock:
    """Install `clock` for the whole process; returns the one it replaces."""
    global _current
    previous, _current = _current, clock
    return previous


def current() -> Clock:
    return _current


def monotonic() -> float:
    return _current.monotonic()


def wall() -> dt.datetime:
    return _current.wall()


def epoch() -> float:
    """The wall clock as seconds since 1970 (what an invitation's expiry is written in)."""
    return _current.wall().timestamp()


def today() -> dt.date:
    """Today's date where the user is (local time, shifted with the wall clock)."""
    return _current.wall().astimezone().date()


def now_utc() -> str:
    """The wall clock as the ISO text records and audit entries carry."""
    return _current.wall().isoformat(timespec="seconds")


# How far ahead of this device's clock a date a person gives may lie: a laptop a little behind,
# or a record made just before midnight on a device a time zone away, is not refused; a date
# days ahead, which would outrank every later record by its date, is.
FUTURE_TOLERANCE = dt.timedelta(days=1)


def latest_allowed_date() -> dt.date:
    """The last date a record of what has happened may carry on this device now."""
    return today() + FUTURE_TOLERANCE


def latest_allowed_time() -> dt.datetime:
    """The latest time a record of what has happened may carry on this device now (UTC)."""
    return wall() + FUTURE_TOLERANCE
