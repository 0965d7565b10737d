"""Risk instruments as data: each a TOML file in app/resources/risk/ (see dash.toml for the format).

An area adds its own instrument by adding a file; nothing in the code names a question. Files
are validated strictly and refused with a message naming the file and the problem, because a
mis-scored checklist would misstate a person's risk.

Every text a person reads is bilingual: name, credit, default source, answer labels and each
question have their Welsh beside them (name_cy, credit_cy, default_source_cy, answer_labels_cy,
text_cy), and a file missing one is refused. The answers themselves are stored values and stay
as they are. [translation.cy] records whether a Welsh-speaking practitioner has checked the Welsh:
until one has, the instrument says so (`welsh_status`, `welsh_note`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from app.models import clock
from app.models.case_schema import read_toml, welsh_list, welsh_text
from app.models.errors import SchemaError
from app.models.language import QT_TRANSLATE_NOOP
from app.models.resources import Source, as_source, resource

DEFAULT_INSTRUMENTS = resource("risk")
SCORINGS = ("count_first",)
_ID = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
_KEYS = {
    "id",
    "name",
    "name_cy",
    "version",
    "credit",
    "credit_cy",
    "answers",
    "answer_labels",
    "answer_labels_cy",
    "scoring",
    "default_source",
    "default_source_cy",
    "questions",
    "translation",
}
_QUESTION_KEYS = {"id", "text", "text_cy"}

# Whether the Welsh of an instrument has been checked by a Welsh-speaking practitioner.
WELSH_AWAITING_CHECK = "awaiting check"
WELSH_CHECKED = "checked"
WELSH_STATUSES = (WELSH_AWAITING_CHECK, WELSH_CHECKED)
_TRANSLATION_KEYS = {"status", "note", "note_cy", "checked_by", "checked_on"}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    text_cy: str = ""


@dataclass(frozen=True)
class Instrument:
    id: str
    name: str
    version: str
    credit: str
    answers: tuple[str, ...]
    answer_labels: tuple[str, ...]
    scoring: str
    default_source: str
    questions: tuple[Question, ...]
    name_cy: str = ""
    credit_cy: str = ""
    answer_labels_cy: tuple[str, ...] = ()  # in the order of `answers`
    default_source_cy: str = ""
    # [translation.cy]: "awaiting check" until a Welsh-speaking practitioner has checked the Welsh.
    welsh_status: str = WELSH_AWAITING_CHECK
    welsh_note: str = ""
    welsh_note_cy: str = ""
    welsh_checked_by: str = ""
    welsh_checked_on: dt.date | None = None

    @property
    def scoring_answer(self) -> str:
        return self.answers[0]

    @property
    def max_score(self) -> int:
        return len(self.questions)

    @property
    def welsh_checked(self) -> bool:
        return self.welsh_status == WELSH_CHECKED


def _text(where: str, data: dict[str, Any], key: str, required: bool = True) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        if required:
            raise SchemaError(
                QT_TRANSLATE_NOOP("RiskProblems", "{where}: '{key}' must be a non-empty text"), where=where, key=key
            )
        raise SchemaError(QT_TRANSLATE_NOOP("RiskProblems", "{where}: '{key}' must be a text"), where=where, key=key)
    return value.strip()


def _welsh(where: str, data: dict[str, Any], key: str) -> str:
    return welsh_text(
        data,
        key,
        lambda problem: SchemaError(
            QT_TRANSLATE_NOOP("RiskProblems", "{where}: {problem}"), where=where, problem=problem
        ),
    ).strip()


def _translation(where: str, data: dict[str, Any]) -> dict[str, Any]:
    """[translation.cy] as the Instrument's welsh_* fields. Without the table the Welsh counts as
    awaiting check: nobody has recorded a check. "checked" must say who checked it and when."""
    raw = data.get("translation", {})
    if not isinstance(raw, dict):
        raise SchemaError(QT_TRANSLATE_NOOP("RiskProblems", "{where}: [translation] must be a table"), where=where)
    if set(raw) - {"cy"}:
        raise SchemaError(
            QT_TRANSLATE_NOOP("RiskProblems", "{where}: [translation] has unknown key(s) {value}"),
            where=where,
            value=", ".join(sorted(set(raw) - {"cy"})),
        )
    table = raw.get("cy", {})
    twhere = f"{where}: [translation.cy]"
    if not isinstance(table, dict):
        raise SchemaError(QT_TRANSLATE_NOOP("RiskProblems", "{twhere}: must be a table"), twhere=twhere)
    unknown = set(table) - _TRANSLATION_KEYS
    if unknown:
        raise SchemaError(
            QT_TRANSLATE_NOOP("RiskProblems", "{twhere}: unknown key(s) {unknown}"),
            twhere=twhere,
            unknown=", ".join(sorted(unknown)),
        )
    status = table.get("status", WELSH_AWAITING_CHECK)
    if status not in WELSH_STATUSES:
        raise SchemaError(
            QT_TRANSLATE_NOOP(
                "RiskProblems", '{twhere}: status must be "{welsh_awaiting_check}" or "{welsh_checked}", not {status}'
            ),
            twhere=twhere,
            welsh_awaiting_check=WELSH_AWAITING_CHECK,
            welsh_checked=WELSH_CHECKED,
            status=repr(status),
        )
    note = _text(twhere, table, "note", required=False)
    checked_by = _text(twhere, table, "checked_by", required=False)
    checked_on = _check_date(twhere, table.get("checked_on", ""))
    if status == WELSH_CHECKED:
        if not checked_by:
            raise SchemaError(
                QT_TRANSLATE_NOOP(
                    "RiskProblems",
                    '{twhere}: status "checked" needs checked_by: the name and role of the Welsh-speaking '
                    "practitioner who checked the translation",
                ),
                twhere=twhere,
            )
        if checked_on is None:
            raise SchemaError(
                QT_TRANSLATE_NOOP(
                    "RiskProblems", '{twhere}: status "checked" needs checked_on: the date of the check, as YYYY-MM-DD'
                ),
                twhere=twhere,
            )
    return {
        "welsh_status": status,
        "welsh_note": note,
        "welsh_note_cy": _welsh(twhere, table, "note"),
        "welsh_checked_by": checked_by,
        "welsh_checked_on": checked_on,
    }


def _check_date(where: str, value: object) -> dt.date | None:
    """checked_on: empty, or the date of a check that has happened (a TOML date or YYYY-MM-DD)."""
    if value == "":
        return None
    day: dt.date | None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        day = value
    elif isinstance(value, str) and _ISO_DATE.match(value.strip()):
        try:
            day = dt.date.fromisoformat(value.strip())
        except ValueError:
            day = None
    else:
        day = None
    if day is None:
        raise SchemaError(
            QT_TRANSLATE_NOOP("RiskProblems", "{where}: checked_on {value} is not a date: write it as YYYY-MM-DD"),
            where=where,
            value=repr(value),
        )
    if day > clock.latest_allowed_date():
        raise SchemaError(
            QT_TRANSLATE_NOOP(
                "RiskProblems", "{where}: checked_on {isoformat} is in the future: give the date of the check"
            ),
            where=where,
            isoformat=day.isoformat(),
        )
    return day


def load_instrument(path: Source) -> Instrument:
    path = as_source(path)
    data = read_toml(path)
    where = path.name
    unknown = set(data) - _KEYS
    if unknown:
        raise SchemaError(
            QT_TRANSLATE_NOOP("RiskProblems", "{where}: unknown key(s) {unknown}"),
            where=where,
            unknown=", ".join(sorted(unknown)),
        )
    iid = _text(where, data, "id")
    if not _ID.match(iid):
        raise SchemaError(
            QT_TRANSLATE_NOOP("RiskProblems", "{where}: id '{iid}' must be lower-case letters, digits and _"),
            where=where,
            iid=iid,
        )
    iwhere = f"{where}: instrument '{iid}'"
    answers = data.get("answers")
    if (
        not isinstance(answers, list)
        or len(answers) < 2
        or not all(isinstance(a, str) and _ID.match(a) for a in answers)
    ):
        raise SchemaError(
            QT_TRANSLATE_NOOP("RiskProblems", "{where}: 'answers' must list at least two answer ids"), where=where
        )
    if len(set(answers)) != len(answers):
        raise SchemaError(QT_TRANSLATE_NOOP("RiskProblems", "{where}: an answer is listed twice"), where=where)
    labels = data.get("answer_labels", answers)
    if not isinstance(labels, list) or len(labels) != len(answers) or not all(isinstance(x, str) and x for x in labels):
        raise SchemaError(
            QT_TRANSLATE_NOOP("RiskProblems", "{where}: 'answer_labels' must give one label per answer"), where=where
        )
    # Without answer_labels the answers are shown as their ids, in either language: the Welsh
    # labels go with English ones.
    labels_cy = welsh_list(
        data,
        "answer_labels",
        tuple(labels) if "answer_labels" in data else (),
        lambda problem: SchemaError(
            QT_TRANSLATE_NOOP("RiskProblems", "{iwhere}: {problem}"), iwhere=iwhere, problem=problem
        ),
    )
    scoring = data.get("scoring")
    if scoring not in SCORINGS:
        raise SchemaError(
            QT_TRANSLATE_NOOP("RiskProblems", "{where}: 'scoring' must be one of {scorings}"),
            where=where,
            scorings=", ".join(SCORINGS),
        )
    raw = data.get("questions")
    if not isinstance(raw, list) or not raw:
        raise SchemaError(
            QT_TRANSLATE_NOOP("RiskProblems", "{where}: an instrument needs at least one [[questions]] entry"),
            where=where,
        )
    questions, seen = [], set()
    for i, q in enumerate(raw, 1):
        qwhere = f"{where}: question {i}"
        if not isinstance(q, dict):
            raise SchemaError(QT_TRANSLATE_NOOP("RiskProblems", "{qwhere}: must be a table"), qwhere=qwhere)
        extra = set(q) - _QUESTION_KEYS
        if extra:
            raise SchemaError(
                QT_TRANSLATE_NOOP("RiskProblems", "{qwhere}: unknown key(s) {extra}"),
                qwhere=qwhere,
                extra=", ".join(sorted(extra)),
            )
        qid = _text(qwhere, q, "id")
        if not _ID.match(qid):
            raise SchemaError(
                QT_TRANSLATE_NOOP("RiskProblems", "{qwhere}: id '{qid}' must be lower-case letters, digits and _"),
                qwhere=qwhere,
                qid=qid,
            )
        if qid in seen:
            raise SchemaError(
                QT_TRANSLATE_NOOP("RiskProblems", "{qwhere}: id '{qid}' is used twice"), qwhere=qwhere, qid=qid
            )
        seen.add(qid)
        qwhere = f"{where}: question '{qid}'"
        questions.append(Question(qid, _text(qwhere, q, "text"), _welsh(qwhere, q, "text")))
    name, credit = _text(where, data, "name"), _text(where, data, "credit")
    version, source = _text(where, data, "version"), _text(where, data, "default_source")
    return Instrument(
        iid,
        name,
        version,
        credit,
        tuple(answers),
        tuple(labels),
        scoring,
        source,
        tuple(questions),
        name_cy=_welsh(iwhere, data, "name"),
        credit_cy=_welsh(iwhere, data, "credit"),
        answer_labels_cy=labels_cy,
        default_source_cy=_welsh(iwhere, data, "default_source"),
        **_translation(where, data),
    )


def load_instruments(folder: Source = DEFAULT_INSTRUMENTS) -> dict[str, Instrument]:
    folder = as_source(folder)
    out: dict[str, Instrument] = {}
    # iterdir, not glob: packaged data is a Traversable, which lists but does not match patterns.
    files = [f for f in folder.iterdir() if f.name.endswith(".toml") and f.is_file()] if folder.is_dir() else []
    for path in sorted(files, key=lambda f: f.name):
        inst = load_instrument(path)
        if inst.id in out:
            raise SchemaError(
                QT_TRANSLATE_NOOP("RiskProblems", "{name}: instrument id '{id}' is already used by another file"),
                name=path.name,
                id=inst.id,
            )
        out[inst.id] = inst
    if not out:
        raise SchemaError(QT_TRANSLATE_NOOP("RiskProblems", "no risk instrument found in {name}/"), name=folder.name)
    return out
