"""A subject access pack from the desktop: the open case's Case menu offers it to the roles the
agreement gives it to; the dialog lists what this device holds about the chosen party by label,
never a value, keeps safe contact details withheld, asks for an exemption and a reason for each
item ticked, and writes the signed pack off the GUI thread, logged as disclosed to the data subject."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from app.models.disclosures.log import listed
from app.ui.cases.disclosures_dialog import show_disclosures
from app.ui.cases.subject_access_dialog import SubjectAccessDialog, show_subject_access
from app.ui.common import background

CASE = "CC-2026-0001"
WISHES = "MK-UI-SAR-WISHES-51d0"
NOTES = "MK-UI-SAR-NOTES-c8e2"
SAFE = "MK-UI-SAR-SAFE-7a13"
HARMER = "MK-UI-SAR-HARMER-0f6b"
REASON = "It names a neighbour"


def case_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if window.subject_access_action in a.menu().actions())


def opened(window) -> SubjectAccessDialog:
    case_menu(window).aboutToShow.emit()
    assert window.subject_access_action.isEnabled()
    window.subject_access_action.trigger()
    dialog = window.findChild(SubjectAccessDialog, "subject_access_dialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def rows(dialog) -> list[tuple[str, bool, bool]]:
    """(label, ticked, whether the reviewer may untick it) per item."""
    out = []
    for n in range(dialog.table.rowCount()):
        item = dialog.table.item(n, 0)
        out.append(
            (
                item.text(),
                item.checkState() == Qt.CheckState.Checked,
                bool(item.flags() & Qt.ItemFlag.ItemIsUserCheckable),
            )
        )
    return out


def every_text(dialog) -> str:
    texts = [dialog.table.item(r, c).text() for r in range(dialog.table.rowCount()) for c in (0, 1)]
    for widget in dialog.table.findChildren(QLineEdit) + dialog.table.findChildren(QComboBox):
        texts.append(widget.text() if isinstance(widget, QLineEdit) else widget.currentText())
    return "\n".join(texts)


def advocate_case(open_window):
    window, ws, _ids = open_window("advocate")
    case = ws.open_case(CASE)
    case.set("wishes", WISHES)
    case.set("advocate_notes", NOTES)
    case.set("safe_address", SAFE)
    case.set("harmer_language_other", HARMER)
    return window, ws


def test_the_dialog_lists_items_by_label_and_writes_the_pack(open_window, qtbot, tmp_path):
    window, ws = advocate_case(open_window)
    out = tmp_path / "out"
    out.mkdir()
    dialog = opened(window)
    assert [dialog.party.itemText(i) for i in range(dialog.party.count())] == [
        "person harmed",
        "person who caused harm",
    ]
    listed_rows = rows(dialog)
    labels = [label for label, _ticked, _free in listed_rows]
    assert {"Person harmed (pseudonym)", "Wishes", "Case notes", "Safe address"} <= set(labels)
    assert "Person who caused harm: other language" not in labels
    # Safe contact details are withheld, and stay so.
    assert ("Safe address", True, False) in listed_rows
    assert ("Wishes", False, True) in listed_rows
    assert not [m for m in (WISHES, NOTES, SAFE, HARMER) if m in every_text(dialog)]

    dialog.party.setCurrentIndex(dialog.party.findData("person who caused harm"))
    labels = [label for label, _ticked, _free in rows(dialog)]
    assert "Person who caused harm: other language" in labels and "Wishes" not in labels
    assert "person-who-caused-harm" in dialog.path.text()
    dialog.party.setCurrentIndex(dialog.party.findData("person harmed"))

    notes = labels_row(dialog, "Case notes")
    dialog.table.item(notes, 0).setCheckState(Qt.CheckState.Checked)
    assert dialog.table.cellWidget(notes, 2).isEnabled()
    dialog.write_button.click()
    assert "Choose the exemption Case notes is withheld under" in dialog.problem.text()
    dialog.set_withheld("advocate_notes", "third_party", "  ")
    dialog.write_button.click()
    assert "Say why Case notes is withheld" in dialog.problem.text()
    assert not list(out.iterdir()) and not [r for r in listed(ws.store, CASE) if r.disclosure.channel == "sar"]

    dialog.set_withheld("advocate_notes", "third_party", REASON)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    dialog.path.setText(str(out / "pack.pdf"))
    written = []
    dialog.written.connect(written.append)
    dialog.write_button.click()
    qtbot.waitUntil(lambda: bool(written) and background.running() == 0, timeout=30000)
    assert written[0].pdf == out / "pack.pdf" and written[0].pdf.exists()
    html = (out / "pack.html").read_text()
    assert WISHES in html and REASON in html and "third-party information" in html
    assert not [m for m in (NOTES, SAFE, HARMER) if m in html]
    assert "Subject access pack written to" in window.statusBar().currentMessage()
    sar = [r.disclosure for r in listed(ws.store, CASE) if r.disclosure.channel == "sar"]
    assert [d.shared for d in sar] == [True, False, False]
    assert {d.reason for d in sar if not d.shared} == {"third_party", "never_exported"}
    assert sar[0].to.person == "person harmed" and "wishes" in sar[0].fields
    # The case's disclosure log says the same in words: to whom, on what basis, under which exemption.
    log = [row for row in cells(show_disclosures(window)) if row[2] == "subject access pack"]
    assert [row[1] for row in log] == ["shared", "NOT SHARED", "NOT SHARED"]
    assert {row[3] for row in log} == {"a file for the person harmed (data subject)"}
    assert "Wishes" in log[0][4] and log[0][6] == "UK GDPR art. 15: the data subject's right of access"
    assert log[1][4] == "Case notes" and log[1][7].startswith("exemption: information about another individual")
    assert log[2][4] == "Safe address" and "never leave the device" in log[2][7]
    assert not [c for row in log for c in row if REASON in c or NOTES in c]


def cells(dialog) -> list[list[str]]:
    model = dialog.table.model()
    return [
        [model.index(r, c).data(Qt.ItemDataRole.ToolTipRole) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def labels_row(dialog, label: str) -> int:
    return next(n for n in range(dialog.table.rowCount()) if dialog.table.item(n, 0).text() == label)


def test_a_role_without_subject_access_has_the_action_off(open_window):
    window, _ws, _ids = open_window("chief_inspector")
    case_menu(window).aboutToShow.emit()
    assert window.case_view.session is not None
    assert not window.subject_access_action.isEnabled()
    assert show_subject_access(window) is None
    assert "does not give your role" in window.statusBar().currentMessage()


def test_with_no_case_open_the_action_is_off(open_window):
    window, _ws, _ids = open_window("advocate")
    window.case_view.close_case()
    case_menu(window).aboutToShow.emit()
    assert not window.subject_access_action.isEnabled()
    assert show_subject_access(window) is None
