"""Waiting on another thread's work by asking again until it is done, or failing after a deadline."""

import time


def until(check, seconds=10.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError("not reached in time")
