"""The risk picture in the case view and the checklist dialog, driven as a person would."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.models.risk.assessment import make_assessment
from app.models.risk.register import record_assessment
from app.ui.risk.history_model import RiskHistoryModel


def risk_tab(window):
    view = window.case_view
    view.show_section("risk")
    return view.risk_panel


def answer_all(dialog, yes: int):
    for i, q in enumerate(dialog.instrument.questions):
        dialog.set_answer(q.id, "yes" if i < yes else "no")


def test_police_records_an_assessment_with_the_checklist(open_window, qtbot):
    window, ws, ids = open_window("police")
    panel = risk_tab(window)
    assert "no assessment recorded yet" in panel.level.text()
    assert "NOT eligible" in panel.eligibility.text() and "standard-risk-only v1" in panel.eligibility.text()
    assert panel.record_button.isVisible()
    assert "risk_assessments" not in window.case_view.page("risk").records  # police too: the panel only
    dialog = panel.record()
    qtbot.waitExposed(dialog)
    answer_all(dialog, 12)
    dialog.set_answer("injury", "yes", "A&E record")
    assert "12 of 24: Medium" in dialog.level_label.text()
    # Judgement can only raise: the choices above Medium are High alone.
    assert [dialog.raise_to.itemData(i) for i in range(dialog.raise_to.count())] == ["", "high"]
    dialog.raise_to.setCurrentIndex(1)
    assert dialog.reason.isEnabled()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and "reason" in dialog.problem.text()  # refused without a reason
    dialog.reason.setPlainText("Threat to kill disclosed since the checklist.")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Current risk: HIGH, score 12 of 24" in panel.level.text()
    assert "Raised from Medium by professional judgement" in panel.level.text()
    assert panel.model.rowCount() == 1
    stored = ws.risk.view(ids[0]).picture.current
    assert (stored.score, stored.level.id, stored.assessment.answer("injury").source) == (12, "high", "A&E record")


def test_an_incomplete_checklist_is_not_saved(open_window, qtbot):
    window, ws, ids = open_window("police")
    dialog = risk_tab(window).record()
    qtbot.waitExposed(dialog)
    dialog.set_answer("injury", "yes")
    assert "23 questions still unanswered" in dialog.level_label.text()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and "23 question(s) unanswered" in dialog.problem.text()
    dialog.reject()
    assert ws.risk.view(ids[0]).picture.history == []


def test_a_panel_member_who_may_not_write_risk_sees_the_picture_without_the_button(open_window, qtbot):
    window, ws, ids = open_window("clinician")
    panel = risk_tab(window)
    assert not panel.record_button.isVisible()
    assert "Escalation: not visible to your role." in panel.facts.text()
    # No generic records table for assessments: they are added only through the checked checklist.
    assert "risk_assessments" not in window.case_view.page("risk").records


def test_the_police_lead_sees_escalation_and_an_overdue_review(open_window, qtbot):
    window, ws, ids = open_window("police")
    case = ws.open_case(ids[0])
    old = dt.date.today() - dt.timedelta(weeks=20)
    a = make_assessment(
        ws.risk.instrument("dash"),
        ws.risk.policy,
        assessed_on=old,
        assessor="PC Jones",
        agency="Police",
        answers={q.id: "no" for q in ws.risk.instrument("dash").questions},
    )
    record_assessment(case, ws.risk.instrument("dash"), ws.risk.policy, a)
    for days in (10, 40, 70):
        case.add_record(
            "incidents",
            {"incident_date": (dt.date.today() - dt.timedelta(days=days)).isoformat(), "incident_type": "threats"},
        )
    window.case_view.reload_from_store()
    panel = risk_tab(window)
    assert "ESCALATING" in panel.facts.text() and "Review OVERDUE" in panel.facts.text()
    assert "escalating: 3 incidents" in panel.eligibility.text()


def test_history_model(qtmodeltester):
    from app.models.risk.assessment import score_assessment
    from app.models.risk.instruments import load_instruments
    from app.models.risk.policy import load_policy

    inst = load_instruments()
    policy = load_policy(inst)
    dash = inst["dash"]
    rows = [
        score_assessment(
            dash,
            policy,
            make_assessment(
                dash,
                policy,
                assessed_on=dt.date(2026, 1, d),
                assessor="X",
                agency="Y",
                answers={q.id: ("yes" if i < d else "no") for i, q in enumerate(dash.questions)},
                judgement_level="high" if d == 3 else "",
                judgement_reason="seen" if d == 3 else "",
            ),
        )
        for d in (2, 3, 15)
    ]
    model = RiskHistoryModel()
    model.set_rows(rows)
    qtmodeltester.check(model)  # the filled model keeps Qt's model contract
    assert model.rowCount() == 3 and model.index(1, 3).data() == "High (raised from Standard)"
    assert model.index(1, 3).data(Qt.ItemDataRole.ToolTipRole) == "Professional judgement: seen"
    assert model.index(2, 3).data() == "High"
