"""The case list: item model (checked by pytest-qt's model tester), search, sorting."""

from PySide6.QtCore import Qt

from app.models.case_reader import CaseSummary
from app.ui.cases.case_list_model import CASE_ID_ROLE, CaseFilterProxy, CaseListModel

CASES = [
    CaseSummary("id1", "CC-2026-0001", "2026-11-01T10:00:00+00:00", "Person A", "Person B", True),
    CaseSummary("id2", "CC-2026-0002", "2026-11-02T10:00:00+00:00", "Person C", "Person D", False),
    CaseSummary("id3", "XY-9", "2026-11-03T10:00:00+00:00", None, None, None),
]


def test_model_passes_the_model_tester(qtmodeltester):
    model = CaseListModel(CASES)
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 5


def test_model_changes_pass_the_model_tester(qtmodeltester):
    model = CaseListModel()
    qtmodeltester.check(model)  # keeps watching every signal from here on
    model.set_cases(CASES)  # reset
    model.set_cases([CASES[0], CASES[1], CaseSummary("id3", "XY-9", "x", "Person E", None, None)])  # in place
    model.set_cases(CASES[:1])
    assert model.rowCount() == 1


def test_proxy_passes_the_model_tester(qtmodeltester):
    proxy = CaseFilterProxy()
    proxy.setSourceModel(CaseListModel(CASES))
    qtmodeltester.check(proxy)
    proxy.set_search("cc-")
    proxy.sort(4, Qt.SortOrder.DescendingOrder)
    assert proxy.rowCount() == 2


def test_children_shown_as_text_not_colour():
    model = CaseListModel(CASES)
    shown = [model.index(row, 4).data() for row in range(3)]
    assert shown == ["Yes", "No", ""]
    for row in range(3):
        assert model.index(row, 4).data(Qt.ItemDataRole.BackgroundRole) is None
        assert model.index(row, 4).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, 2).data() == "Person A" and model.index(2, 2).data() == ""
    assert model.index(0, 1).data() == "2026-11-01"
    assert model.index(1, 0).data(CASE_ID_ROLE) == "id2"


def test_filter_by_reference_is_a_case_insensitive_substring():
    proxy = CaseFilterProxy()
    proxy.setSourceModel(CaseListModel(CASES))
    proxy.set_search("0002")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["CC-2026-0002"]
    proxy.set_search("xy")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["XY-9"]
    proxy.set_search("Person A")  # labels are not searched: only the reference
    assert proxy.rowCount() == 0
    proxy.set_search("")
    assert proxy.rowCount() == 3


def test_search_box_filters_the_window_list(open_window, qtbot):
    window, _, _ = open_window("police")
    table = window.case_list.table
    assert table.model().rowCount() == 3
    window.find_action.trigger()  # Ctrl+F
    assert window.case_list.search.hasFocus()
    qtbot.keyClicks(window.case_list.search, "cc-2026-000")
    assert table.model().rowCount() == 2
    qtbot.keyClicks(window.case_list.search, "2")
    assert [table.model().index(r, 0).data() for r in range(table.model().rowCount())] == ["CC-2026-0002"]
    assert window.case_list.count_label.text() == "Cases: 1 of 3"


def test_sorting_by_column(open_window):
    window, _, _ = open_window("police")
    table = window.case_list.table
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    refs = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    assert refs == ["XY-9", "CC-2026-0002", "CC-2026-0001"]


def test_selecting_a_case_opens_it(open_window, qtbot):
    window, ws, ids = open_window("police")
    assert window.case_view.session.case_id == ids[0]
    window.case_list.select_case(ids[2])
    assert window.case_view.session.case_id == ids[2]
    assert window.case_view.heading.text() == "Case XY-9"
