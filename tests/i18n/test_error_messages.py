"""Errors made below the desktop reach a Welsh screen in Welsh, while the exception itself keeps
its English: that text is logged, stored as a quarantine reason, sent to a peer in a refusal and
matched by the failure words, and must read the same on every device."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app.models import language
from app.models.errors import ConcordError, ValidationError
from app.models.language import QT_TRANSLATE_NOOP, shown, using

APP = Path(__file__).resolve().parents[2] / "app"
# The command line and the demo speak English on purpose (docs/welsh.md); the desktop is Qt's.
ENGLISH_ONLY = ("cli", "demo", "ui")


def _error_classes() -> set[str]:
    bases: dict[str, list[str]] = {}
    for path in APP.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [getattr(b, "id", getattr(b, "attr", "")) for b in node.bases]

    def concord(name: str, seen: frozenset[str] = frozenset()) -> bool:
        if name == "ConcordError":
            return True
        return name not in seen and any(concord(b, seen | {name}) for b in bases.get(name, []))

    return {name for name in bases if concord(name)} | {"ConcordError"}


def _plain_text(node: ast.expr) -> bool:
    """A message written as a literal, an f-string or a sum of them: text lupdate never sees."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _plain_text(node.left) or _plain_text(node.right)
    return False


def test_every_error_message_below_the_desktop_is_marked_for_translation():
    classes = _error_classes()
    validation = {"ValidationError", "FileNotWritten"}
    unmarked = []
    for path in sorted(APP.rglob("*.py")):
        rel = path.relative_to(APP)
        if rel.parts[0] in ENGLISH_ONLY:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name not in classes:
                continue
            message = node.args[1] if name in validation and len(node.args) == 2 else node.args[0]
            if _plain_text(message):
                unmarked.append(f"{rel}:{node.lineno} {name}")
    assert not unmarked, "error messages that bypass translation:\n" + "\n".join(unmarked)
    assert len(classes) > 15  # the scan found the error family, not an empty set


def test_a_refusal_is_welsh_on_screen_and_english_in_the_exception(make_workspace):
    ws = make_workspace("police")
    ws.new_case(reference="CC-1")
    with using("cy"):
        with pytest.raises(ValidationError) as raised:
            ws.new_case(reference="CC-1")
        welsh = shown(raised.value)
    error = raised.value
    assert str(error) == "a case 'CC-1' already exists"  # what the log and any peer are given
    assert "CC-1" in welsh and welsh != str(error)
    assert language.translate("CaseProblems", "a case '{reference}' already exists").format(reference="CC-1") != welsh
    with using("cy"):
        assert welsh == language.translate("CaseProblems", "a case '{reference}' already exists").format(
            reference="CC-1"
        )
    assert shown(error) == str(error)  # an English screen is given the English
    with using("pseudo"):
        assert shown(error).startswith(language.catalog.OPEN)


def test_problems_inside_a_refusal_and_marked_words_follow_the_language():
    inner = language.said(
        QT_TRANSLATE_NOOP("ProcessProblems", "the decision cannot be signed: {problems}"), problems=()
    )
    error = ConcordError(
        QT_TRANSLATE_NOOP("ProcessProblems", "the process cannot go on: {problems}"), problems=(inner,)
    )
    assert str(error) == "the process cannot go on: the decision cannot be signed: "
    with using("pseudo"):
        said = error.shown()
    assert said.count(language.catalog.OPEN) == 2, said  # the outer sentence and the one inside it
    wrapped = ValidationError("field", error)  # re-raised under a field keeps its words
    assert wrapped.field_id == "field" and wrapped.said == error.said
    with pytest.raises(TypeError):
        ConcordError("an unmarked text cannot take values {x}", x=1)


def test_a_welsh_desktop_shows_the_refusal_in_welsh(qtbot, make_workspace):
    from app.ui.cases.new_case_dialog import NewCaseDialog
    from app.ui.common import language as ui_language

    ws = make_workspace("police")
    ws.new_case(reference="CC-7")
    ui_language.install("cy")
    try:
        dialog = NewCaseDialog(ws)
        qtbot.addWidget(dialog)
        dialog.reference.setText("CC-7")
        dialog.accept()
        with using("cy"):
            expected = language.translate("CaseProblems", "a case '{reference}' already exists")
        shown_text = dialog.error.text()
        assert expected.format(reference="CC-7") in shown_text, shown_text
        assert "already exists" not in shown_text
    finally:
        ui_language.install("en")


def test_consent_explanations_keep_english_inside_and_speak_welsh_on_screen():
    import datetime as dt

    from app.models.process.consent import consent_status, party_words, status_words

    records = [
        {"id": "r1", "party": "person harmed", "consent_status": "given", "recorded_on": "2026-11-02"},
        {
            "id": "r2",
            "party": "person who caused harm",
            "consent_status": "time-limited",
            "recorded_on": "2026-10-01",
            "method": "in person",
            "explained": "the process",
            "valid_until": "2026-11-01",
        },
    ]
    found = consent_status(records, dt.date(2026, 12, 3))
    harmed, harmer = found["person harmed"], found["person who caused harm"]
    assert harmed.status == "incomplete" and harmer.status == "expired"
    assert str(harmed.explanation) == (
        "the latest record (2026-11-02) does not count: it does not say how consent was given; "
        "it does not say what was explained"
    )
    assert str(harmer.explanation) == "time-limited consent ran out on 2026-11-01"
    with using("cy"):
        welsh = shown(harmed.explanation)
        assert "nid yw'r cofnod diweddaraf (2026-11-02) yn cyfrif" in welsh
        assert "does not" not in welsh and "2026-11-01" in shown(harmer.explanation)
        assert (
            status_words("withdrawn") == "wedi'i dynnu'n ôl" and party_words("person harmed") == "person a niweidiwyd"
        )
    assert status_words("withdrawn") == "withdrawn"


def test_a_number_keeps_its_format_in_both_languages():
    error = ValidationError(
        QT_TRANSLATE_NOOP("SyncProblems", "{max_hours:.0f} hours (got {hours})"), max_hours=720.0, hours=0
    )
    assert str(error) == "720 hours (got 0)"
    with using("pseudo"):
        assert "720" in error.shown() and "720.0" not in error.shown()
