"""A device's relay loop run in a thread for a test, and waiting on what it brings."""

import threading
import time

from app.sync.net.relay_report import RelayState


def wait_for(condition, what: str, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


class Live:
    """A device's relay loop in a thread, and every state it reported."""

    def __init__(self, link):
        self.stop = threading.Event()
        self.states: list[tuple[bool, str | None]] = []
        self.thread = threading.Thread(target=link.live, args=(self.stop, self.seen), kwargs={"poll": 0.1})

    def seen(self, state: RelayState) -> None:
        self.states.append((state.connected, state.error))

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join(30)
        assert not self.thread.is_alive()
