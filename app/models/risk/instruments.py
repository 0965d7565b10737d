"""Risk instruments as data: each a TOML file in app/resources/risk/ (see dash.toml for the format).

An area adds its own instrument by adding a file; nothing in the code names a question. Files
are validated strictly and refused with a message naming the file and the problem, because a
mis-scored checklist would misstate a person's risk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.models.case_schema import read_toml
from app.models.errors import SchemaError
from app.models.resources import Source, as_source, resource

DEFAULT_INSTRUMENTS = resource("risk")
SCORINGS = ("count_first",)
_ID = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
_KEYS = {"id", "name", "version", "credit", "answers", "answer_labels", "scoring", "default_source", "questions"}
_QUESTION_KEYS = {"id", "text", "text_cy"}


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

    @property
    def scoring_answer(self) -> str:
        return self.answers[0]

    @property
    def max_score(self) -> int:
        return len(self.questions)


def _text(where: str, data: dict[str, Any], key: str, required: bool = True) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise SchemaError(f"{where}: '{key}' must be {'a non-empty' if required else 'a'} text")
    return value.strip()


def load_instrument(path: Source) -> Instrument:
    path = as_source(path)
    data = read_toml(path)
    where = path.name
    unknown = set(data) - _KEYS
    if unknown:
        raise SchemaError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    iid = _text(where, data, "id")
    if not _ID.match(iid):
        raise SchemaError(f"{where}: id '{iid}' must be lower-case letters, digits and _")
    answers = data.get("answers")
    if (
        not isinstance(answers, list)
        or len(answers) < 2
        or not all(isinstance(a, str) and _ID.match(a) for a in answers)
    ):
        raise SchemaError(f"{where}: 'answers' must list at least two answer ids")
    if len(set(answers)) != len(answers):
        raise SchemaError(f"{where}: an answer is listed twice")
    labels = data.get("answer_labels", answers)
    if not isinstance(labels, list) or len(labels) != len(answers) or not all(isinstance(x, str) and x for x in labels):
        raise SchemaError(f"{where}: 'answer_labels' must give one label per answer")
    scoring = data.get("scoring")
    if scoring not in SCORINGS:
        raise SchemaError(f"{where}: 'scoring' must be one of {', '.join(SCORINGS)}")
    raw = data.get("questions")
    if not isinstance(raw, list) or not raw:
        raise SchemaError(f"{where}: an instrument needs at least one [[questions]] entry")
    questions, seen = [], set()
    for i, q in enumerate(raw, 1):
        qwhere = f"{where}: question {i}"
        if not isinstance(q, dict):
            raise SchemaError(f"{qwhere}: must be a table")
        extra = set(q) - _QUESTION_KEYS
        if extra:
            raise SchemaError(f"{qwhere}: unknown key(s) {', '.join(sorted(extra))}")
        qid = _text(qwhere, q, "id")
        if not _ID.match(qid):
            raise SchemaError(f"{qwhere}: id '{qid}' must be lower-case letters, digits and _")
        if qid in seen:
            raise SchemaError(f"{qwhere}: id '{qid}' is used twice")
        seen.add(qid)
        questions.append(Question(qid, _text(qwhere, q, "text"), _text(qwhere, q, "text_cy", required=False)))
    return Instrument(
        iid,
        _text(where, data, "name"),
        _text(where, data, "version"),
        _text(where, data, "credit"),
        tuple(answers),
        tuple(labels),
        scoring,
        _text(where, data, "default_source"),
        tuple(questions),
    )


def load_instruments(folder: Source = DEFAULT_INSTRUMENTS) -> dict[str, Instrument]:
    folder = as_source(folder)
    out: dict[str, Instrument] = {}
    # iterdir, not glob: packaged data is a Traversable, which lists but does not match patterns.
    files = [f for f in folder.iterdir() if f.name.endswith(".toml") and f.is_file()] if folder.is_dir() else []
    for path in sorted(files, key=lambda f: f.name):
        inst = load_instrument(path)
        if inst.id in out:
            raise SchemaError(f"{path.name}: instrument id '{inst.id}' is already used by another file")
        out[inst.id] = inst
    if not out:
        raise SchemaError(f"no risk instrument found in {folder.name}/")
    return out
