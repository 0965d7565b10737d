"""Drives Concord's window on a real X server (a 1366 x 768 screen with a window manager that
draws title bars and a taskbar) for each role's main views, saves a screenshot of each, and
reports, as JSON on stdout, what a person could not see: a window or dialog reaching past the
screen's working area, a widget outside its window, a table showing fewer than three rows, or
text elided in a column sized for it.

    python tests/ui/screens_1366.py OUTDIR [ROLE ...]

Run by tests/ui/test_screens_1366.py with DISPLAY set to its own X server.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import keyring  # noqa: E402
from PySide6.QtCore import QEventLoop, QRect, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractScrollArea,
    QApplication,
    QHeaderView,
    QScrollArea,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.demo.panel import build_demo_panel  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.workspace import Workspace  # noqa: E402
from tests.support.keyrings import MemoryKeyring  # noqa: E402

ROWS_AT_LEAST = 3


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _in_scrolled_area(w: QWidget, top: QWidget) -> bool:
    p = w.parentWidget()
    while p is not None and p is not top:
        if isinstance(p.parentWidget(), QAbstractScrollArea) and p is p.parentWidget().viewport():
            return True
        p = p.parentWidget()
    return False


def _name(w: QWidget) -> str:
    return w.accessibleName() or w.objectName() or type(w).__name__


def check_window(top: QWidget, view: str) -> list[dict]:
    problems = []
    room = top.screen().availableGeometry()
    frame = top.frameGeometry()
    if not room.contains(frame):
        problems.append(
            {
                "view": view,
                "kind": "window past the screen",
                "what": _name(top),
                "rect": [frame.x(), frame.y(), frame.width(), frame.height()],
                "room": [room.x(), room.y(), room.width(), room.height()],
            }
        )
    bounds = QRect(top.mapToGlobal(top.rect().topLeft()), top.size()).intersected(room)
    for w in top.findChildren(QWidget):
        if not w.isVisible() or w.window() is not top:
            continue
        if _in_scrolled_area(w, top):  # may lie past the view, scrolled to; its tables still count
            if isinstance(w, QTableView):
                problems += check_table(w, view)
            continue
        r = QRect(w.mapToGlobal(w.rect().topLeft()), w.size())
        if r.width() and r.height() and not bounds.adjusted(-1, -1, 1, 1).contains(r):
            problems.append(
                {
                    "view": view,
                    "kind": "widget outside the screen",
                    "what": _name(w),
                    "rect": [r.x(), r.y(), r.width(), r.height()],
                }
            )
        if isinstance(w, QTableView):
            problems += check_table(w, view)
        elif isinstance(w, QScrollArea) and w.horizontalScrollBar().isVisible():
            problems.append({"view": view, "kind": "content wider than its view (scrolls sideways)", "what": _name(w)})
    return problems


def check_table(table: QTableView, view: str) -> list[dict]:
    problems = []
    model = table.model()
    rows = table.verticalHeader().defaultSectionSize()
    if table.viewport().height() < ROWS_AT_LEAST * rows - 2:
        problems.append(
            {
                "view": view,
                "kind": "table shows fewer than three rows",
                "what": _name(table),
                "height": table.viewport().height(),
                "row": rows,
            }
        )
    if model is None:
        return problems
    header = table.horizontalHeader()
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    for col in range(model.columnCount()):
        stretched = header.sectionResizeMode(col) == QHeaderView.ResizeMode.Stretch or (
            col == model.columnCount() - 1 and header.stretchLastSection()
        )
        if table.isColumnHidden(col):
            continue
        if stretched and table.wordWrap():  # its cells wrap onto more lines; its heading does not
            if header.isVisible() and header.sectionSizeHint(col) > table.columnWidth(col) + 1:
                problems.append(
                    {
                        "view": view,
                        "kind": "column heading elided",
                        "what": _name(table),
                        "column": str(model.headerData(col, Qt.Orientation.Horizontal)),
                    }
                )
            continue
        width = table.columnWidth(col)
        if header.isVisible() and header.sectionSizeHint(col) > width + 1:
            problems.append(
                {
                    "view": view,
                    "kind": "column heading elided",
                    "what": _name(table),
                    "column": str(model.headerData(col, Qt.Orientation.Horizontal)),
                }
            )
        for row in range(min(model.rowCount(), 40)):
            index = model.index(row, col)
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            # What the cell needs on one line, as the view itself measures it (text, margins and
            # icon); in a table that wraps, a longer text may take more lines if its row holds them.
            if not text:
                continue
            need = table.itemDelegateForIndex(index).sizeHint(option, index).width()
            if need <= width + 1:
                continue
            margin = need - table.fontMetrics().horizontalAdvance(max(text.split("\n"), key=len))
            if not table.wordWrap() or _wrapped_cut(table, row, width - margin, text):
                problems.append(
                    {
                        "view": view,
                        "kind": "text elided in a column",
                        "what": _name(table),
                        "column": str(model.headerData(col, Qt.Orientation.Horizontal)),
                        "text": text,
                    }
                )
                break
    return problems


def _wrapped_cut(table: QTableView, row: int, room: int, text: str) -> bool:
    """A wrapped cell is cut when one of its words is wider than the room its column gives text,
    or its lines need more height than its row has."""
    metrics = table.fontMetrics()
    if any(metrics.horizontalAdvance(word) > room for word in text.split()):
        return True
    needed = metrics.boundingRect(QRect(0, 0, room, 100_000), int(Qt.TextFlag.TextWordWrap), text).height()
    return needed > table.rowHeight(row) + 2


def shoot(top: QWidget, out: Path, name: str) -> str:
    wait(250)
    path = out / f"{name}.png"
    top.screen().grabWindow(0).save(str(path))
    return path.name


def drive_role(role: str, folder: Path, backend, out: Path) -> tuple[list[dict], list[str]]:
    problems, shots = [], []
    ws = Workspace.open(folder, backend=backend)
    window = MainWindow(ws)
    try:
        window.show()
        wait(800)  # the window manager frames and places the window, then it fits itself
        view = f"{role}: start"
        problems += check_window(window, view)
        shots.append(shoot(window, out, f"{role}-start"))
        cases = ws.list_cases()
        if cases:
            window.show_cases()
            window.case_list.select_case(cases[0].case_id)
            wait(300)
            cv = window.case_view
            for i in range(cv.sections.count()):
                cv.sections.setCurrentIndex(i)
                wait(60)
                section = cv.current_section()
                problems += check_window(window, f"{role}: case section {section}")
                if section in ("risk", "process", "signoff", "consent"):
                    shots.append(shoot(window, out, f"{role}-case-{section}"))
        window.show_meetings()
        wait(300)
        problems += check_window(window, f"{role}: meetings")
        shots.append(shoot(window, out, f"{role}-meetings"))
        window.show_sync_panel()
        wait(300)
        problems += check_window(window, f"{role}: sync panel")
        shots.append(shoot(window, out, f"{role}-sync"))
        window.sync_dock.hide()
        for dialog in open_dialogs(window, role):
            wait(500)
            problems += check_window(dialog, f"{role}: dialog {dialog.objectName() or dialog.windowTitle()}")
            shots.append(shoot(dialog, out, f"{role}-dialog-{dialog.objectName() or type(dialog).__name__}"))
            dialog.reject()
            wait(100)
    finally:
        window.close()
        wait(100)
        ws.close()
    return problems, shots


def open_dialogs(window: MainWindow, role: str):
    """The dialogs a person of this role opens from the main views, one at a time."""
    window.show_waiting()
    if role == "chief_inspector" and window.waiting_view.items:
        window.waiting_view.table.selectRow(0)
        item = window.waiting_view.current_item()
        if item is not None and item.kind == "sign-off request":
            dialog = window.decide_case(item.case_id)
            if dialog is not None:
                yield dialog
    if window.can_create:
        window.show_cases()
        dialog = window.new_case()
        if dialog is not None:
            yield dialog
    window.show_cases()
    cv = window.case_view
    panel = cv.signoff_panel
    if panel is not None and panel.report_button.isEnabled():
        yield panel.choose_report()
    if cv.risk_panel is not None and not cv.risk_panel.record_button.isHidden():
        cv.show_section("risk")
        dialog = cv.risk_panel.record()
        if dialog is not None:
            yield dialog
    for page in cv.pages:
        editable = [r for r in page.records.values() if r.editable]
        if editable:
            cv.show_section(page.section.id)
            dialog = editable[0].add()
            if dialog is not None:
                yield dialog
            break
    window.show_sync_panel()
    chosen = lambda *_args: ""  # noqa: E731 - no system file dialog on the test screen
    for open_bundle in (window.sync_panel.open_bundle_export, window.sync_panel.open_bundle_import):
        dialog = open_bundle(choose_file=chosen)
        if dialog is not None:
            yield dialog
    window.sync_dock.hide()
    if role == "chair":
        window.show_meetings()
        dialog = window.meetings_view.schedule()
        if dialog is not None:
            yield dialog
        window.show_sync_panel()
        if not window.sync_panel.invite_button.isHidden():
            yield window.sync_panel.open_invite()
        window.sync_dock.hide()


def main(argv: list[str]) -> int:
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(argv[:1])
    app.setApplicationDisplayName("Concord")
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    with tempfile.TemporaryDirectory() as tmp:
        folders = build_demo_panel(Path(tmp) / "panel", backend=backend)
        roles = argv[2:] or list(folders)
        report = {"screen": [], "problems": [], "shots": []}
        g = app.primaryScreen().geometry()
        a = app.primaryScreen().availableGeometry()
        report["screen"] = [g.width(), g.height(), a.width(), a.height()]
        for role in roles:
            problems, shots = drive_role(role, folders[role], backend, out)
            report["problems"] += problems
            report["shots"] += shots
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
