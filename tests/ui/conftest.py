"""Fixtures for the desktop tests: a main window for a role, over a workspace with a few cases; and for
the sync tests, the chair's device with a police device it admitted, the police window, and a TLS
listener serving a device's folder."""

import datetime as dt
import os
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from app.models import clock, language
from app.sync.net.transport import Listener
from app.ui.common import language as ui_language
from app.ui.main_window import MainWindow
from app.workspace import Workspace


@pytest.fixture(autouse=True)
def english_interface(qapp):
    """Every desktop test starts in English, as a device whose system speaks English does, with
    English's own catalogue loaded (its plural forms); a test that changes language is undone."""
    ui_language.install(language.ENGLISH)
    yield
    if language.current() != language.ENGLISH:
        ui_language.install(language.ENGLISH)


def add_cases(ws, references):
    """Cases on this device. A role that may write the case core opens them with labels; any
    other role registers them the way a synced case arrives (reference only)."""
    ids = []
    for n, ref in enumerate(references):
        if ws.schema.can_write(ws.role, "reference"):
            ids.append(ws.new_case(ref, f"Person {chr(65 + 2 * n)}", f"Person {chr(66 + 2 * n)}").case_id)
        else:
            ids.append(ws.cases.register_case(uuid.uuid4().hex, ref, ws.actor))
    return ids


@pytest.fixture
def open_window(make_workspace, qtbot):
    """open_window(role, references=...) -> (window, workspace, case ids); the first case is open."""
    windows = []

    def make(role, references=("CC-2026-0001", "CC-2026-0002", "XY-9")):
        ws = make_workspace(role)
        ids = add_cases(ws, references)
        window = MainWindow(ws)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):  # so focus moves (and focus-out saves) as for a person
            window.activateWindow()
        if ids:
            assert window.case_list.select_case(ids[0])
            qtbot.waitUntil(lambda: window.case_view.session is not None)
        windows.append(window)
        return window, ws, ids

    yield make
    for window in windows:  # close (and so flush) before make_workspace closes the store
        window.close()


@pytest.fixture
def pair(make_workspace):
    """The chair's device (founder) and a police device it admitted; both know the membership."""
    chair = make_workspace("chair")
    chair.sync.found_panel("chair")
    police = make_workspace("police")
    police.sync.join(chair.sync.admission(police.profile))
    police.sync.receive_membership(chair.sync.membership_entries(), "chair")
    return chair, police


@pytest.fixture
def serve(memory_keyring):
    """serve(workspace) -> a running Listener on 127.0.0.1 for that device's folder."""
    running = []

    def start(ws):
        opened = []

        def engine():  # runs in the listener's thread, like the CLI's `serve`
            again = Workspace.open(ws.folder, backend=memory_keyring)
            opened.append(again)
            return again.sync

        listener = Listener(engine, host="127.0.0.1", port=0).start()
        running.append((listener, opened))
        return listener

    yield start
    for listener, opened in running:
        listener.stop()
        for ws in opened:
            ws.close()


@pytest.fixture
def police_window(pair, qtbot):
    chair, police = pair
    window = MainWindow(police)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    yield window, chair, police
    window.close()


@pytest.fixture
def on_day():
    """on_day(date): the device's clock moved to noon (UTC) of that date, running on from there."""
    previous = clock.current()

    def set_day(day: dt.date) -> None:
        target = dt.datetime.combine(day, dt.time(12, 0), dt.UTC)
        clock.use(clock.Clock(shift_s=(target - dt.datetime.now(dt.UTC)).total_seconds()))

    yield set_day
    clock.use(previous)
