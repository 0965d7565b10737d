"""The agreement in force on the desktop: a dialog any role opens from the Case menu, in the
screen's language; and the chair's status bar warning when the review is near or past."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from app.models import language
from app.models.case_schema import load_schema
from app.ui.agreement.agreement_dialog import AgreementDialog
from app.ui.common import language as ui_language

REVIEW = dt.date(2027, 6, 30)


def cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_dialog_shows_the_version_dates_signatories_and_who_reads_what(qtbot, on_day):
    on_day(dt.date(2026, 12, 7))
    dialog = AgreementDialog(load_schema())
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "Concord default panel agreement"
    assert dialog.version.text() == "1"
    assert dialog.agreed.text() == "2026-09-14"
    assert dialog.review.text().startswith("2027-06-30 (in 205 day")
    assert dialog.basis.text().startswith("UK GDPR art. 6(1)(e)")
    assert dialog.warning.isHidden()
    signed = cells(dialog.signatories)
    assert len(signed) == 6
    assert ["Police", "Gareth Lloyd", "2026-09-11", "data.protection@police.example"] in signed
    assert [
        "Panel coordination",
        "Rhodri Williams",
        "2026-09-14",
        "dataprotection@panel-coordination.example",
    ] in signed
    readers = {row[0]: row for row in cells(dialog.readers)}
    assert readers["Police lead"][1] == "Police"
    police_reads = readers["Police lead"][2].split(", ")
    assert "Police" in police_reads and "Legal (some fields)" in police_reads
    assert "Safe contact details" not in police_reads
    assert "Safe contact details" in readers["Independent domestic violence advocate"][2].split(", ")
    assert "Clinical record (some fields)" in readers["Restorative facilitator"][2].split(", ")


def test_the_dialog_warns_of_a_review_due_and_speaks_welsh_where_the_screen_does(qtbot, on_day):
    on_day(dt.date(2027, 6, 20))
    dialog = AgreementDialog(load_schema())
    qtbot.addWidget(dialog)
    assert not dialog.warning.isHidden()
    assert dialog.warning.warnings() == ["REVIEW DUE: the agreement's review is due on 2027-06-30"]
    ui_language.install(language.WELSH)  # undone after the test by the desktop tests' English start
    welsh = AgreementDialog(load_schema())
    qtbot.addWidget(welsh)
    assert welsh.title.text() == "Cytundeb panel diofyn Concord"
    assert welsh.basis.text().startswith("GDPR y DU")
    assert welsh.review.text().startswith("2027-06-30")
    signed = cells(welsh.signatories)
    assert [row[0] for row in signed][:2] == ["Gwasanaeth eiriolaeth", "Iechyd"]
    assert signed[3][2] == "2026-09-11"
    readers = {row[0]: row for row in cells(welsh.readers)}
    assert readers["Arweinydd yr heddlu"][1] == "Heddlu"
    assert readers["Cadeirydd y panel"][1] == "Cydlynu'r panel"


@pytest.mark.parametrize(
    "day, warning",
    [
        (dt.date(2027, 6, 20), "REVIEW DUE: the agreement's review is due on 2027-06-30"),
        (REVIEW, "REVIEW DUE: the agreement's review is due on 2027-06-30"),
        (dt.date(2027, 7, 2), "OVERDUE: the agreement's review has been due since 2027-06-30"),
    ],
)
def test_the_chairs_window_warns_when_the_review_is_near_or_past_and_no_other_does(open_window, on_day, day, warning):
    on_day(day)
    chair, _, _ = open_window("chair")
    button = chair.agreement_review.button
    assert chair.agreement_review.warning() == warning
    assert button.isVisible() and button.accessibleName() == f"Warning: {warning}"
    # A warning the chair can act on: it opens the agreement.
    button.click()
    assert any(isinstance(w, AgreementDialog) and w.isVisible() for w in chair.findChildren(AgreementDialog))
    police, _, _ = open_window("police")
    assert police.agreement_review.warning() == "" and not police.agreement_review.button.isVisible()


def test_the_chairs_warning_comes_when_the_window_day_comes(open_window, on_day):
    on_day(REVIEW - dt.timedelta(days=31))
    chair, _, _ = open_window("chair")
    assert chair.agreement_review.warning() == ""
    on_day(REVIEW - dt.timedelta(days=30))
    chair.agreement_review.timer.timeout.emit()  # the hourly check
    assert chair.agreement_review.warning().startswith("REVIEW DUE:")


def test_the_case_menu_opens_the_agreement_for_every_role(open_window):
    window, _, _ = open_window("clinician")
    assert window.agreement_action in window.menuBar().actions()[0].menu().actions()
    window.agreement_action.trigger()
    QApplication.processEvents()
    dialogs = [d for d in window.findChildren(AgreementDialog) if d.isVisible()]
    assert len(dialogs) == 1 and not dialogs[0].isModal()
    assert len(cells(dialogs[0].signatories)) == 6
    # Asked for again, the one open comes forward: no pile of copies on a laptop's screen.
    window.agreement_action.trigger()
    QApplication.processEvents()
    assert [d for d in window.findChildren(AgreementDialog) if d.isVisible()] == dialogs
    dialogs[0].reject()


def test_who_reads_what_names_the_consent_a_reading_rests_on(tmp_path, qtbot):
    from app.models.case_schema import DEFAULT_ISA
    from app.ui.agreement.agreement_dialog import sections_read

    rule = '[sections.survivor_voice.consent]\nfacilitator = "person harmed"\n\n'
    draft = tmp_path / "consent.toml"
    draft.write_text(
        DEFAULT_ISA.read_text(encoding="utf-8").replace("[sections.safe_contact]", rule + "[sections.safe_contact]", 1)
    )
    schema = load_schema(isa_path=draft)
    assert "Survivor's voice (while the person harmed consents)" in sections_read(schema, "facilitator")
    assert "Survivor's voice" in sections_read(schema, "chief_inspector")  # on the safeguarding basis
