"""The Chief Inspector's decision dialog, driven as a person would: nothing chosen for them, the
red flags shown with a box for each override, counters for the rationale's minimum, and a
confirmation in words that alone signs."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QWidget,
)

from app.ui.signoff.decision_dialog import DecisionDialog
from tests.support.decision_cases import REF, flagged_case, statement
from tests.support.pinned_clock import pin_wall
from tests.support.process_panel import RATIONALE, make_panel

today_is = pin_wall(dt.date(2026, 11, 20))
FLAGS = ("eligibility", "consent-person-who-caused-harm")


@pytest.fixture
def panel(make_workspace):
    p = make_panel(make_workspace)
    flagged_case(p, referral_consent=False, harmer=None)
    return p


@pytest.fixture
def dialog(panel, qtbot):
    ci = panel["chief_inspector"]
    d = DecisionDialog(ci.open_case(REF), ci.process)
    qtbot.addWidget(d)
    with qtbot.waitExposed(d):
        d.open()
    return d


def named(dialog: QWidget, cls, name: str):
    found = [w for w in dialog.findChildren(cls) if w.accessibleName() == name]
    assert len(found) == 1, (name, len(found))
    return found[0]


def fill(dialog, decision="approve", overrides=True):
    dialog.decision.setCurrentIndex(dialog.decision.findData(decision))
    for key, text in RATIONALE.items():
        named(dialog, QPlainTextEdit, dict(NDM_LABELS)[key]).setPlainText(text)
    if overrides:
        for fid in FLAGS:
            named(dialog, QPlainTextEdit, f"Override statement for red flag {fid}").setPlainText(statement(fid))


NDM_LABELS = (
    ("information", "Information and intelligence"),
    ("assessment", "Assessment of threat and risk"),
    ("powers_policy", "Powers and policy"),
    ("options", "Options and contingencies"),
    ("action_review", "Action and review"),
)


def signed(panel) -> list:
    return panel["chief_inspector"].open_case(REF).get("signoff_decisions")


def test_nothing_is_chosen_and_sign_is_refused_until_a_decision_is(panel, dialog, qtbot):
    combo = named(dialog, QComboBox, "Decision")
    assert combo.currentIndex() == 0 and combo.currentText() == "Choose…" and combo.currentData() == ""
    fill(dialog, decision="", overrides=False)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    problem = named(dialog, QLabel, "Problem")
    assert problem.text().startswith("Warning: not signed. Put right:")
    assert "• choose the decision: approve, approve with conditions, decline, defer" in problem.text()
    assert dialog.problem_icon.isVisible() and not dialog.problem_icon.pixmap().isNull()
    assert dialog.confirmation is None and dialog.isVisible() and signed(panel) == []


def test_the_red_flags_are_shown_and_an_approval_asks_for_an_override_for_each(dialog):
    banner = dialog.flags_banner
    assert banner.isVisible() and not banner.icon.pixmap().isNull()
    assert banner.warnings()[0] == "Warning: 2 red flags. An approval needs an override statement for each."
    assert banner.accessibleName().startswith("Warning: ")
    assert [line.split(":")[0] for line in banner.warnings()[1:]] == list(FLAGS)
    overrides = named(dialog, QGroupBox, "Override statements")
    assert not overrides.isVisible()  # nothing chosen yet
    dialog.decision.setCurrentIndex(dialog.decision.findData("approve with conditions"))
    assert overrides.isVisible() and dialog.conditions.isEnabled()
    for fid in FLAGS:
        assert named(dialog, QPlainTextEdit, f"Override statement for red flag {fid}").isVisible()
        assert named(dialog, QLabel, f"Red flag {fid}").text().startswith(f"{fid}: ")
    dialog.decision.setCurrentIndex(dialog.decision.findData("decline"))
    assert not overrides.isVisible() and not dialog.conditions.isEnabled()


def test_counters_say_how_far_each_part_is_from_the_minimum_and_when_two_repeat(dialog, qtbot):
    info = named(dialog, QPlainTextEdit, "Information and intelligence")
    hint = named(dialog, QLabel, "Characters in Information and intelligence")
    assert hint.text() == "Empty: write at least 40 characters"
    info.setFocus()
    qtbot.keyClicks(info, "ok")
    assert hint.text() == "Too short: 2 of at least 40 characters"
    info.setPlainText(RATIONALE["information"])
    assert hint.text() == f"{len(RATIONALE['information'])} characters (at least 40): enough"
    named(dialog, QPlainTextEdit, "Options and contingencies").setPlainText(RATIONALE["information"].upper())
    assert hint.text().endswith("; Warning: the same text as Options and contingencies")
    assert (
        named(dialog, QLabel, "Characters in Options and contingencies")
        .text()
        .endswith("; Warning: the same text as Information and intelligence")
    )


def test_the_confirmation_lists_every_flag_and_going_back_signs_nothing(panel, dialog, qtbot):
    fill(dialog)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    confirmation = dialog.confirmation
    assert confirmation is not None
    qtbot.waitExposed(confirmation)
    assert confirmation.lead.text() == "Warning: you are about to APPROVE case CC-FLAG-1 over 2 red flags."
    details = named(confirmation, QTextBrowser, "The decision, its red flags and what the pack holds").toPlainText()
    ci = panel["chief_inspector"].process
    for flag in ci.red_flags(REF):
        assert f"• {flag.id}: {flag.words}" in details
        assert f"Your override statement: {statement(flag.id)}" in details
    for label, words in ci.decision_summary(REF):
        assert f"• {label}: {words}" in details
    assert "• Consent, person who caused harm: NONE: no consent recorded" in details
    assert confirmation.back_button.isDefault()  # Enter goes back: only a deliberate press signs
    qtbot.mouseClick(confirmation.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirmation is None)
    assert dialog.isVisible() and not dialog.decided_id and signed(panel) == []


def test_confirming_signs_the_decision_with_its_overrides(panel, dialog, qtbot):
    fill(dialog)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitExposed(dialog.confirmation)
    qtbot.mouseClick(dialog.confirmation.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.decided_id and not dialog.isVisible()
    current = panel["chief_inspector"].process.view(REF).current
    assert current.record_id == dialog.decided_id and current.valid
    assert {f.id: f.override for f in current.decision.red_flags} == {fid: statement(fid) for fid in FLAGS}


def test_the_dialog_fits_a_laptop_screen_names_its_parts_and_gives_each_letter_once(dialog):
    dialog.decision.setCurrentIndex(dialog.decision.findData("approve with conditions"))
    # At most 1300 x 680 with its frame on a 1366 x 768 screen (title bar and borders: 16 x 48).
    assert dialog.width() <= 1284 and dialog.height() <= 632
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1284 and hint.height() <= 632
    for cls in (QPlainTextEdit, QComboBox, QLineEdit, QTextBrowser):
        for w in dialog.findChildren(cls):
            if w.isVisible():
                assert w.accessibleName(), type(w).__name__
    letters = []
    for w in dialog.findChildren(QWidget):
        if not w.isVisible():
            continue
        text = (
            w.text()
            if isinstance(w, (QAbstractButton, QLabel)) and (not isinstance(w, QLabel) or w.buddy())
            else w.title()
            if isinstance(w, QGroupBox)
            else ""
        )
        at = text.replace("&&", "").find("&")
        if at >= 0:
            letters.append(text.replace("&&", "")[at + 1].casefold())
    assert len(letters) >= 4 and len(letters) == len(set(letters)), letters
