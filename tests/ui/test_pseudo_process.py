"""A case deep in the restorative process, walked under the pseudo-language: its sign-off gone
stale, a consent withdrawn after the request, a sign-off request waiting, and the Chief
Inspector's decision dialog open over it. The sentences made below the desktop (the sign-off
line, stale reasons, consent explanations, holds) must be translated too, not only the frame."""

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.models import language
from app.ui.common import language as ui_language
from app.ui.main_window import MainWindow
from tests.support.people import PEOPLE
from tests.support.process_panel import RATIONALE, approved_case, consent, make_panel, reviewed_case, sync_all
from tests.ui.pseudo_walk import build_pseudo_qm, shown_texts, untranslated

STALE, WAITING = "CC-RJ-1", "CC-RJ-2"
# What the test panel's people typed: data, shown as it was written in any language.
TYPED = (
    *RATIONALE.values(),
    *(name for name, _agency in PEOPLE.values()),
    *(agency for _name, agency in PEOPLE.values()),
    "Separate waiting rooms; advocate present; exit by the side door.",
    "No contact outside the process.",
    "What a restorative meeting is, that it is voluntary and can stop at any time.",
    "in person, with advocate",
    "Second advocate",
    "Panel supports shuttle mediation.",
    "Rhys Ŵyn",
    "Siân Hughes",
    "Chief Inspector",  # the rank the Chief Inspector typed when signing
    STALE,
    WAITING,
    "Dash completed",  # the reasons the test gave for its steps
    "On the panel's agenda",
    "Concord",
    "Iaith / Language",
    "Cymraeg",
    "English",
)


# A typed sentence goes before a name inside it ("Panel" in "Panel supports ...").
_LONGEST_FIRST = tuple(sorted(TYPED, key=len, reverse=True))


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory):
    return build_pseudo_qm(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def panel(make_workspace):
    p = make_panel(make_workspace)
    approved_case(p, STALE)
    p["police"].open_case(STALE).add_record("incidents", {"incident_date": "2026-11-10", "incident_type": "threats"})
    reviewed_case(p, WAITING)
    p["police"].process.request_signoff(WAITING, "Panel supports shuttle mediation.")
    sync_all(p)
    # Then the person harmed withdraws: the request waits on a consent that no longer stands.
    consent(p["advocate"], WAITING, "person harmed", status="withdrawn", on="2026-10-20")
    sync_all(p)
    return p


def _problems(root, codes: tuple[str, ...] = ()) -> list[str]:
    QApplication.processEvents()
    allowed = (*_LONGEST_FIRST, *codes)
    return [
        f"{where}: {text!r} -> {left!r}" for where, text in shown_texts(root) if (left := untranslated(text, allowed))
    ]


@pytest.mark.parametrize("role", ["police", "chief_inspector", "advocate"])
def test_a_case_deep_in_the_process_reads_translated(panel, role, pseudo_qm, qtbot):
    ui_language.install(language.PSEUDO, qm=pseudo_qm)
    ws = panel[role]
    window = MainWindow(ws)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    found, said = [], []
    # A red flag's id is a code, named alike in the signed decision, the report and any refusal.
    codes = tuple(f"{f.id}:" for ref in (STALE, WAITING) for f in panel["chief_inspector"].process.red_flags(ref))
    for reference in (STALE, WAITING):
        window.show_cases()
        assert window.case_list.select_case(ws.store.find_case(reference).case_id)
        qtbot.waitUntil(
            lambda ref=reference: window.case_view.session is not None and window.case_view.session.reference == ref
        )
        for i in range(window.case_view.sections.count()):
            window.case_view.sections.setCurrentIndex(i)
            found += _problems(window)
            said += [text for _where, text in shown_texts(window)]
    window.show_waiting()
    found += _problems(window)
    if role == "chief_inspector":
        window.show_cases()
        assert window.case_list.select_case(ws.store.find_case(WAITING).case_id)
        qtbot.waitUntil(lambda: window.case_view.session is not None and window.case_view.session.reference == WAITING)
        holders = [w for w in window.findChildren(QWidget) if hasattr(w, "decide_button")]
        button = None
        for i in range(window.case_view.sections.count()):  # the section that holds the decision
            window.case_view.sections.setCurrentIndex(i)
            QApplication.processEvents()
            button = next((w.decide_button for w in holders if w.decide_button.isVisibleTo(window)), button)
            if button is not None:
                break
        assert button is not None, "no Decide and sign button on the Chief Inspector's screens"
        assert button.isEnabled()
        button.click()
        QApplication.processEvents()
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        assert dialogs, "the decision dialog did not open"
        for dialog in dialogs:
            found += _problems(dialog, codes)
            said += [text for _where, text in shown_texts(dialog)]
            dialog.reject()
    window.close()
    # The walk reached what it is for: the stale sign-off, and why the consent does not count.
    joined = "\n".join(said)
    assert "it replaces" in joined, joined[:3000]
    assert "changed since the sign-off" in joined or role == "advocate", joined[:3000]  # stale for who reads incidents
    unique = sorted(set(found))
    assert not unique, f"{len(unique)} texts bypass translation for {role}:\n" + "\n".join(unique[:80])
