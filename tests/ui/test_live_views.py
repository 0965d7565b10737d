"""Every view of an open case follows what is recorded in it, here or by sync: no reopening."""

import datetime as dt

from app.ui.main_window import MainWindow
from tests.support.pinned_clock import pin_wall
from tests.support.process_panel import RATIONALE, consent, dash, make_panel, overrides_for, reviewed_case, sync_all

today_is = pin_wall(dt.date(2026, 11, 20))


def _incident(day: str) -> dict:
    return {"incident_date": day, "incident_type": "threats", "crime_reference": "CR/1", "description": "Messages."}


def test_a_third_incident_added_in_the_police_record_shows_in_the_risk_picture_at_once(make_workspace, qtbot):
    p = make_panel(make_workspace)
    police = p["police"]
    police.new_case(reference="CC-RJ-1")
    dash(police, "CC-RJ-1", today=dt.date(2026, 11, 20))
    case = police.open_case("CC-RJ-1")
    for day in ("2026-03-01", "2026-06-01"):
        case.add_record("incidents", _incident(day))
    window = MainWindow(police)
    qtbot.addWidget(window)
    window.show()
    window.case_list.select_case(case.case_id)
    view = window.case_view
    view.show_section("risk")
    assert "2 incidents" in view.risk_panel.facts.text()
    assert not any("ESCALATING" in w for w in view.risk_panel.warnings.warnings())
    view.show_section("police_record")
    incidents = view.editor("incidents")
    dialog = incidents.add()
    dialog.editors["incident_date"].set_value("2026-11-02")
    dialog.editors["incident_type"].setCurrentIndex(dialog.editors["incident_type"].findData("threats"))
    dialog.editors["description"].setPlainText("Came to the house.")
    dialog.accept()
    assert not dialog.isVisible()
    # Without reopening the case, the Risk section counts the third incident and says it escalates.
    assert "3 incidents" in view.risk_panel.facts.text()
    assert any(w.startswith("ESCALATING") for w in view.risk_panel.warnings.warnings())
    assert view.risk_panel.warnings.accessibleName().startswith("Warning: ")


def test_a_withdrawal_and_a_decision_arriving_by_sync_show_in_process_and_sign_off(make_workspace, qtbot):
    p = make_panel(make_workspace)
    reviewed_case(p)
    p["police"].process.request_signoff("CC-RJ-1", "Panel supports shuttle mediation.")
    sync_all(p)
    police = p["police"]
    window = MainWindow(police)
    qtbot.addWidget(window)
    window.show()
    case_id = police.open_case("CC-RJ-1").case_id
    window.case_list.select_case(case_id)
    view = window.case_view
    view.show_section("signoff")
    assert "waiting for the Chief Inspector" in view.signoff_panel.status.text()
    assert view.signoff_panel.requests.rowCount() == 1
    p["chief_inspector"].process.decide(
        "CC-RJ-1", "approve", RATIONALE, rank="Chief Inspector", overrides=overrides_for(p["chief_inspector"])
    )
    sync_all(p)
    window._remote_changes({case_id})
    assert "In force: approve by Chris Inspector" in view.signoff_panel.status.text()
    assert view.signoff_panel.decisions.rowCount() == 1
    assert view.signoff_panel.decisions.item(0, 4).text() == "in force"
    consent(p["advocate"], "CC-RJ-1", "person harmed", "withdrawn", on="2026-11-19")
    sync_all(p)
    window._remote_changes({case_id})
    assert "Consent, person harmed: withdrawn" in view.process_panel.consent.text()


def test_a_risk_assessment_made_here_makes_the_sign_off_stale_in_its_section_at_once(make_workspace, qtbot):
    p = make_panel(make_workspace)
    reviewed_case(p)
    p["police"].process.request_signoff("CC-RJ-1", "Panel supports shuttle mediation.")
    sync_all(p)
    p["chief_inspector"].process.decide(
        "CC-RJ-1", "approve", RATIONALE, rank="Chief Inspector", overrides=overrides_for(p["chief_inspector"])
    )
    sync_all(p)
    police = p["police"]
    window = MainWindow(police)
    qtbot.addWidget(window)
    window.show()
    window.case_list.select_case(police.open_case("CC-RJ-1").case_id)
    view = window.case_view
    assert not view.signoff_panel.warning.isVisible()
    view.show_section("police_record")
    dialog = view.editor("incidents").add()
    dialog.editors["incident_date"].set_value("2026-11-10")
    dialog.editors["incident_type"].setCurrentIndex(dialog.editors["incident_type"].findData("threats"))
    dialog.editors["description"].setPlainText("Came to the house.")
    dialog.accept()
    view.show_section("signoff")
    assert view.signoff_panel.warning.isVisible()
    assert view.signoff_panel.warning.warnings()[0].startswith("STALE")
    assert view.signoff_panel.decisions.item(0, 4).text() == "STALE"
