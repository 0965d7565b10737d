"""What waits for each role when Concord starts: the Chief Inspector's inbox with age, red flags
and a count badge; overdue work and reviews due for the others; warnings with an icon and words."""

import datetime as dt

from PySide6.QtCore import Qt

from app.models.process import worklist
from app.ui.main_window import MainWindow
from tests.support.pinned_clock import pin_wall
from tests.support.process_panel import make_panel, reviewed_case, sync_all

today_is = pin_wall(dt.date(2027, 1, 20))


def requested_panel(make_workspace):
    """A panel whose police lead has asked the Chief Inspector to decide case CC-RJ-1."""
    p = make_panel(make_workspace)
    reviewed_case(p)
    p["police"].process.request_signoff("CC-RJ-1", "Panel supports shuttle mediation.")
    sync_all(p)
    return p


def window_for(ws, qtbot) -> MainWindow:
    window = MainWindow(ws)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_the_chief_inspector_starts_on_the_inbox_with_age_flags_and_a_badge(make_workspace, qtbot):
    p = requested_panel(make_workspace)
    window = window_for(p["chief_inspector"], qtbot)
    view = window.waiting_view
    assert window.views.currentWidget() is view and view.accessibleName() == "Sign-off inbox"
    assert window.waiting_action.isChecked()
    # The request first; the case's overdue review is listed too, but the badge counts requests.
    assert [i.kind for i in view.items] == [worklist.SIGNOFF_REQUEST, worklist.REVIEW]
    assert view.model.item(0, 0).text() == "CC-RJ-1"
    assert view.model.item(0, 3).text() == "waiting 0 days"  # asked today, by the pinned clock
    warn = view.model.item(0, 4)
    # The case has no consent to referral recorded: a red flag, with an icon and in words.
    assert "consent to referral" in warn.text()
    assert not warn.icon().isNull()
    assert warn.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Warning: ")
    assert window.badge_count.isVisible() and window.badge_count.text() == "1"
    assert window.badge_count.accessibleName() == "1 sign-off request waiting"
    assert window.waiting_action.text() == "Sign-off inbox"
    assert window.waiting_action.toolTip() == "1 sign-off request waiting"
    assert "1 sign-off request waits" in view.summary.text()
    assert "1 other item needs attention" in view.summary.text()


def test_deciding_from_the_inbox_opens_the_case_at_its_sign_off(make_workspace, qtbot):
    p = requested_panel(make_workspace)
    window = window_for(p["chief_inspector"], qtbot)
    window.waiting_view.table.selectRow(0)
    assert window.waiting_view.decide_button.isEnabled()
    with qtbot.waitSignal(window.waiting_view.decide_item):
        window.waiting_view.decide_button.click()
    assert window.views.currentWidget() is window.splitter
    assert window.case_view.current_section() == "signoff"
    dialogs = [w for w in window.case_view.signoff_panel.children() if w.objectName() == "decisionDialog"]
    assert dialogs and dialogs[0].isVisible()
    dialogs[0].reject()


def test_an_arriving_request_appears_in_the_inbox_without_a_restart(make_workspace, qtbot):
    p = make_panel(make_workspace)
    reviewed_case(p)
    window = window_for(p["chief_inspector"], qtbot)
    assert worklist.SIGNOFF_REQUEST not in [i.kind for i in window.waiting_view.items]
    assert not window.badge_count.isVisible()
    assert "No sign-off request waits" in window.waiting_view.summary.text()
    p["police"].process.request_signoff("CC-RJ-1", "Panel supports shuttle mediation.")
    sync_all(p)
    window._remote_changes({p["chief_inspector"].open_case("CC-RJ-1").case_id})
    # Recounted shortly after what arrived, not at once for each arrival.
    qtbot.waitUntil(
        lambda: bool(window.waiting_view.items) and window.waiting_view.items[0].kind == worklist.SIGNOFF_REQUEST,
        timeout=5000,
    )
    assert window.badge_count.text() == "1"


def test_the_police_lead_sees_an_overdue_review_and_an_overdue_action_of_the_force(make_workspace, qtbot):
    p = make_panel(make_workspace)
    reviewed_case(p)  # assessed 2026-10-01: the review fell due twelve weeks on
    police = p["police"]
    case = police.open_case("CC-RJ-1")
    case.add_record(
        "action_items",
        {
            "action": "Check the bail conditions with the court",
            "owner_agency": "police",
            "owner_person": "Pat Police",
            "target_date": "2027-01-05",
            "action_status": "open",
        },
    )
    window = window_for(police, qtbot)
    view = window.waiting_view
    kinds = {i.kind: i for i in view.items}
    assert set(kinds) >= {worklist.REVIEW, worklist.OVERDUE_ACTION}
    assert view.accessibleName() == "Waiting for you"
    review_row = next(
        r
        for r in range(view.model.rowCount())
        if view.model.item(r, 0).data(Qt.ItemDataRole.UserRole + 1).kind == worklist.REVIEW
    )
    assert view.model.item(review_row, 4).text().startswith("OVERDUE")
    assert not view.model.item(review_row, 4).icon().isNull()
    # Opening the item shows the case at the section it is about.
    view.table.selectRow(review_row)
    view.open_button.click()
    assert window.views.currentWidget() is window.splitter
    assert window.case_view.current_section() == "risk"
    banner = window.case_view.risk_panel.warnings
    assert banner.isVisible() and banner.accessibleName().startswith("Warning: ")
    assert any(line.startswith("OVERDUE") for line in banner.warnings())


def test_a_role_with_nothing_waiting_is_told_so_in_words(make_workspace, qtbot):
    p = make_panel(make_workspace)
    window = window_for(p["facilitator"], qtbot)
    assert window.waiting_view.items == []
    assert window.waiting_view.summary.text() == "Nothing waits for you on this device's cases."
    assert not window.badge_count.isVisible()
