"""The data Concord ships is bilingual: every text a person reads has its Welsh beside it in the
same file, the loaders read the Welsh, and a file whose Welsh is missing, orphaned or out of step
with its English is refused with a message naming the file, the item and the key. The Dash
checklist's Welsh says whether a Welsh-speaking practitioner has checked it."""

import dataclasses
import datetime as dt
import re
import tomllib
from pathlib import Path

import pytest

from app.models.case_schema import DEFAULT_ISA, DEFAULT_MEETING, DEFAULT_SCHEMA, load_schema
from app.models.errors import SchemaError, ValidationError
from app.models.meetings.agenda import DEFAULT_POLICY as DEFAULT_MEETING_POLICY
from app.models.meetings.agenda import load_meeting_policy
from app.models.risk.instruments import DEFAULT_INSTRUMENTS, load_instrument, load_instruments
from app.models.risk.policy import DEFAULT_POLICY as DEFAULT_RISK_POLICY
from app.models.risk.policy import load_policy

GLOSSARY = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "glossary.toml"
DASH = DEFAULT_INSTRUMENTS / "dash.toml"
SHIPPED = {
    "case.toml": DEFAULT_SCHEMA,
    "meeting.toml": DEFAULT_MEETING,
    "isa.toml": DEFAULT_ISA,
    "risk.toml": DEFAULT_RISK_POLICY,
    "meetings.toml": DEFAULT_MEETING_POLICY,
    "dash.toml": DASH,
}


def loaded_objects():
    instruments = load_instruments()
    return [load_schema(), instruments, load_policy(instruments), load_meeting_policy()]


def bilingual_pairs(obj, where="", out=None):
    """(where, English, Welsh) for every attribute `x` of every loaded dataclass that has an
    `x_cy` twin, walking into fields, tuples and dicts; a list's items pair up one by one."""
    out = [] if out is None else out
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        names = {f.name for f in dataclasses.fields(obj)}
        label = f"{where}/{type(obj).__name__}({getattr(obj, 'id', '')})"
        for name in sorted(names):
            value = getattr(obj, name)
            if f"{name}_cy" in names:
                welsh = getattr(obj, f"{name}_cy")
                if isinstance(value, str):
                    out.append((f"{label}.{name}", value, welsh))
                else:
                    assert len(welsh) == len(value), f"{label}.{name}_cy: {welsh!r} against {value!r}"
                    out += [(f"{label}.{name}[{i}]", e, w) for i, (e, w) in enumerate(zip(value, welsh))]
            bilingual_pairs(value, label, out)
    elif isinstance(obj, dict):
        for key, value in obj.items():
            bilingual_pairs(value, f"{where}[{key}]", out)
    elif isinstance(obj, (tuple, list, frozenset)):
        for value in obj:
            bilingual_pairs(value, where, out)
    return out


# ----- every shipped text has its Welsh --------------------------------------------------------
def test_every_shipped_english_text_loads_with_its_welsh():
    pairs = [p for obj in loaded_objects() for p in bilingual_pairs(obj)]
    assert len(pairs) > 900  # the walk reached every label, help, option, reason and question
    missing = [where for where, english, welsh in pairs if english.strip() and not welsh.strip()]
    orphaned = [where for where, english, welsh in pairs if welsh.strip() and not english.strip()]
    assert missing == [] and orphaned == []


def test_the_welsh_is_not_the_english_left_in_place():
    same = [
        (where, english)
        for obj in loaded_objects()
        for where, english, welsh in bilingual_pairs(obj)
        if len(english) > 12 and english.strip().casefold() == welsh.strip().casefold()
    ]
    assert same == []


def test_each_kind_of_text_reads_in_welsh():
    schema, instruments, policy, meetings = loaded_objects()
    relationship = schema.field("relationship")
    assert relationship.label_cy == "Perthynas"
    # The stored values stay English: documents keep them; only how they are shown is Welsh.
    assert relationship.options == ("current partner", "former partner", "family member", "other")
    assert relationship.options_cy == ("partner presennol", "cyn-bartner", "aelod o'r teulu", "arall")
    assert schema.field("consent_to_referral").options == ("given", "refused", "not sought (serious harm)")
    assert schema.section("case_core").help_cy.startswith("Dynodi'r achos")
    assert schema.field("risk_assessments").subfield("answers").help_cy
    assert schema.roles["facilitator"].label_cy == "Hwylusydd adferol"
    assert schema.roles["police"].agency_cy == "Heddlu"
    assert schema.access["privileged_advice"].reason_cy == "Breintiedig yn gyfreithiol: ni chaiff ei rannu."
    assert schema.isa_name_cy and "Deddf Diogelu Data 2018" in schema.lawful_basis_cy
    # A section cut to what a role may read keeps its Welsh.
    assert all(s.help_cy or not s.help for s in schema.readable_sections("chair"))
    dash = instruments["dash"]
    assert dash.answers == ("yes", "no", "dont_know") and dash.answer_labels_cy == ("Ie", "Na", "Ddim yn gwybod")
    assert dash.default_source_cy == "y person a niweidiwyd"
    assert all(q.text_cy.startswith("A ") for q in dash.questions)  # questions, as questions are asked in Welsh
    for name in ("SafeLives", "Laura Richards", "CAADA", "ACPO"):
        assert name in dash.credit_cy  # proper names stay as they are
    assert [lv.label_cy for lv in policy.levels_for("dash")] == ["Safonol", "Canolig", "Uchel"]
    assert policy.name_cy and "risg safonol" in policy.eligibility.description_cy
    assert len(meetings.agencies_cy) == len(meetings.agencies) and meetings.agencies_cy[0] == "eiriolaeth"
    assert "SWYDDOGOL-SENSITIF" in meetings.statement_cy and "person a achosodd niwed" in meetings.statement_cy


# Terms whose English also has a use the glossary's Welsh is not for, in the files checked here.
GLOSSARY_EXCEPTIONS = {
    "minutes": "'Minutes allowed' for a case is the unit of time (munudau), as the glossary's note says",
    "distribution": "a distribution list is a 'rhestr ddosbarthu'",
}
SOFT = {"c": "g", "p": "b", "t": "d", "g": "", "b": "f", "d": "dd", "ll": "l", "m": "f", "rh": "r"}
NASAL = {"c": "ngh", "p": "mh", "t": "nh", "g": "ng", "b": "m", "d": "n"}
ASPIRATE = {"c": "ch", "p": "ph", "t": "th"}


def _forms(term: str) -> set[str]:
    """A Welsh term as it may appear: as it is or with its first sound mutated, 'y' elided ('r)."""
    term = term.lower().removeprefix("y ")
    out = {term}
    for table in (SOFT, NASAL, ASPIRATE):
        out |= {new + term[len(old) :] for old, new in table.items() if term.startswith(old)}
    if term[0] in "aeiouwyâô":
        out.add("h" + term)
    return out


def test_the_welsh_uses_the_glossary_terms():
    terms = tomllib.loads(GLOSSARY.read_text(encoding="utf-8"))["term"]
    pairs = [(e, w) for obj in loaded_objects() for _, e, w in bilingual_pairs(obj)]
    wrong = []
    for term in terms:
        if term["en"] in GLOSSARY_EXCEPTIONS:
            continue
        english = re.compile(rf"\b{re.escape(term['en'])}(s|es)?\b", re.IGNORECASE)
        # A longer term that holds this one has its own Welsh (the IDVA is a 'cynghorydd').
        longer = [t["en"] for t in terms if t["en"] != term["en"] and term["en"].lower() in t["en"].lower()]
        forms = set().union(*(_forms(w) for w in (term["cy"], term.get("plural", term["cy"]))))
        for e, w in pairs:
            if english.search(e) and not any(x.lower() in e.lower() for x in longer):
                if not any(f in w.lower() for f in forms):
                    wrong.append(f"{term['en']!r} -> {term['cy']!r}: {e!r} = {w!r}")
    assert wrong == []


# ----- a file missing its Welsh is refused, naming file, item and key ---------------------------
def _drop_after(text: str, anchor: str, key: str) -> str:
    """The text without the first `key = ...` that follows `anchor`, however many lines its
    value takes (a list, a multi-line string)."""
    match = re.compile(rf"^[ \t]*{re.escape(key)} = ", re.MULTILINE).search(text, text.index(anchor))
    assert match, (anchor, key)
    value = match.end()
    if text.startswith('"""', value):
        value = text.index('"""', value + 3) + 3
    elif text.startswith("[", value):
        value = text.index("]", value)
    end = text.index("\n", value) + 1
    cut = text[: match.start()] + text[end:]
    tomllib.loads(cut)  # still TOML: what is refused is the missing Welsh, not the file's syntax
    return cut


def _copy_schema(tmp_path: Path, **changed: str) -> tuple[Path, Path]:
    for name, source in (("case.toml", DEFAULT_SCHEMA), ("meeting.toml", DEFAULT_MEETING), ("isa.toml", DEFAULT_ISA)):
        (tmp_path / name).write_text(changed.get(name.split(".")[0], source.read_text(encoding="utf-8")), "utf-8")
    return tmp_path / "case.toml", tmp_path / "isa.toml"


def _load(kind: str, text: str, tmp_path: Path):
    """Load `text` as a file of the kind (its shipped file name) beside copies of the others."""
    if kind in ("case.toml", "meeting.toml", "isa.toml"):
        return load_schema(*_copy_schema(tmp_path, **{kind.split(".")[0]: text}))
    path = tmp_path / kind
    path.write_text(text, encoding="utf-8")
    if kind == "dash.toml":
        return load_instrument(path)
    if kind == "risk.toml":
        return load_policy(load_instruments(), path)
    return load_meeting_policy(path)


def expect_refusal(tmp_path, kind: str, text: str, *needles: str) -> str:
    error = ValidationError if kind == "meetings.toml" else SchemaError
    with pytest.raises(error) as err:
        _load(kind, text, tmp_path)
    message = str(err.value)
    for needle in (kind, *needles):
        assert needle in message, f"{needle!r} not in {message!r}"
    return message


def test_copies_of_the_shipped_files_load(tmp_path):
    for kind, source in SHIPPED.items():
        folder = tmp_path / kind.split(".")[0]
        folder.mkdir()
        assert _load(kind, source.read_text(encoding="utf-8"), folder)


@pytest.mark.parametrize(
    "kind, anchor, key, needles",
    [
        ("case.toml", 'id = "relationship"', "label_cy", ["field 'relationship'", "label has no Welsh (label_cy)"]),
        ("case.toml", 'id = "safe_contact"', "label_cy", ["section 'safe_contact'", "label has no Welsh (label_cy)"]),
        ("case.toml", 'id = "safe_contact"', "help_cy", ["section 'safe_contact'", "help has no Welsh (help_cy)"]),
        ("case.toml", 'id = "answers"', "help_cy", ["field 'answers'", "help has no Welsh (help_cy)"]),
        ("case.toml", 'id = "order_type"', "label_cy", ["field 'order_type'", "label has no Welsh (label_cy)"]),
        ("case.toml", 'id = "readiness"', "options_cy", ["field 'readiness'", "options has no Welsh (options_cy)"]),
        ("meeting.toml", 'id = "meeting_reference"', "label_cy", ["'meeting_reference'", "label has no Welsh"]),
        ("isa.toml", "[roles.chair]", "label_cy", ["role 'chair'", "label has no Welsh (label_cy)"]),
        ("isa.toml", "[roles.chair]", "agency_cy", ["role 'chair'", "agency has no Welsh (agency_cy)"]),
        ("isa.toml", "[fields.privileged_advice]", "reason_cy", ["'privileged_advice'", "reason has no Welsh"]),
        ("isa.toml", "version = 1", "name_cy", ["top level", "name has no Welsh (name_cy)"]),
        ("isa.toml", "version = 1", "lawful_basis_cy", ["lawful_basis has no Welsh (lawful_basis_cy)"]),
        ("risk.toml", "version =", "name_cy", ["name has no Welsh (name_cy)"]),
        ("risk.toml", "[eligibility]", "description_cy", ["[eligibility]", "description has no Welsh"]),
        ("dash.toml", 'id = "frightened"', "text_cy", ["question 'frightened'", "text has no Welsh (text_cy)"]),
        ("dash.toml", 'id = "dash"', "name_cy", ["instrument 'dash'", "name has no Welsh (name_cy)"]),
        ("dash.toml", 'id = "dash"', "credit_cy", ["instrument 'dash'", "credit has no Welsh (credit_cy)"]),
        ("dash.toml", 'id = "dash"', "default_source_cy", ["default_source has no Welsh (default_source_cy)"]),
        ("dash.toml", 'id = "dash"', "answer_labels_cy", ["answer_labels has no Welsh (answer_labels_cy)"]),
        ("meetings.toml", "[minutes]", "confidentiality_statement_cy", ["[minutes]", "has no Welsh"]),
        ("meetings.toml", "version =", "agencies_cy", ["agencies has no Welsh (agencies_cy)"]),
    ],
)
def test_a_file_missing_one_welsh_text_is_refused_naming_it(tmp_path, kind, anchor, key, needles):
    source = SHIPPED[kind].read_text(encoding="utf-8")
    expect_refusal(tmp_path, kind, _drop_after(source, anchor, key), *needles)


def test_a_level_without_its_welsh_label_is_refused(tmp_path):
    text = DEFAULT_RISK_POLICY.read_text(encoding="utf-8").replace('label_cy = "Canolig", ', "")
    expect_refusal(tmp_path, "risk.toml", text, "instrument 'dash' level 'medium'", "label has no Welsh (label_cy)")


def test_an_empty_welsh_text_counts_as_missing(tmp_path):
    text = DEFAULT_SCHEMA.read_text(encoding="utf-8").replace('label_cy = "Perthynas"', 'label_cy = "  "')
    expect_refusal(tmp_path, "case.toml", text, "'relationship'", "label has no Welsh (label_cy)")


@pytest.mark.parametrize(
    "kind, old, new, needles",
    [
        (
            "case.toml",
            'options_cy = ["ddim yn barod", "yn ystyried", "yn barod"]',
            'options_cy = ["ddim yn barod", "yn barod"]',
            ["field 'readiness'", "options_cy has 2 item(s) but options has 3"],
        ),
        (
            "case.toml",
            'options_cy = ["ddim yn barod", "yn ystyried", "yn barod"]',
            'options_cy = ["ddim yn barod", "yn ystyried", "yn barod", "wedi gorffen"]',
            ["field 'readiness'", "options_cy has 4 item(s) but options has 3"],
        ),
        (
            "case.toml",
            'options_cy = ["ddim yn barod", "yn ystyried", "yn barod"]',
            'options_cy = ["ddim yn barod", "yn barod", "yn barod"]',
            ["field 'readiness'", "'yn barod' twice"],
        ),
        (
            "dash.toml",
            'answer_labels_cy = ["Ie", "Na", "Ddim yn gwybod"]',
            'answer_labels_cy = ["Ie", "Na"]',
            ["instrument 'dash'", "answer_labels_cy has 2 item(s) but answer_labels has 3"],
        ),
        (
            "meetings.toml",
            'agencies_cy = ["eiriolaeth", ',
            "agencies_cy = [",
            ["agencies_cy has 8 item(s) but agencies has 9"],
        ),
    ],
)
def test_a_welsh_list_out_of_step_with_its_english_is_refused(tmp_path, kind, old, new, needles):
    source = SHIPPED[kind].read_text(encoding="utf-8")
    assert source.count(old) == 1
    expect_refusal(tmp_path, kind, source.replace(old, new), *needles)


@pytest.mark.parametrize(
    "kind, old, new, needles",
    [
        # Welsh help on a field that has no English help
        (
            "case.toml",
            '  label_cy = "Perthynas"\n',
            '  label_cy = "Perthynas"\n  help_cy = "Y berthynas rhwng y ddau."\n',
            ["field 'relationship'", "help_cy has no English (help)"],
        ),
        # the English removed, its Welsh left behind
        ("isa.toml", 'name = "Concord default panel agreement"\n', "", ["name_cy has no English (name)"]),
        (
            "meeting.toml",
            '  help = "The agenda item the chair has reached, so every attendee\'s device follows."\n',
            "",
            ["field 'current_item'", "help_cy has no English (help)"],
        ),
        ("dash.toml", 'answer_labels = ["Yes", "No", "Don\'t know"]\n', "", ["answer_labels_cy has no English"]),
        (
            "dash.toml",
            'note = "Translation awaiting checking by a Welsh-speaking practitioner."\n',
            "",
            ["[translation.cy]", "note_cy has no English (note)"],
        ),
        # Welsh options on a field that is not a choice
        (
            "case.toml",
            '  label_cy = "Cynllun gadael"\n',
            '  label_cy = "Cynllun gadael"\n  options_cy = ["un"]\n',
            ["field 'exit_plan'", "'options' only belongs to a choice"],
        ),
    ],
)
def test_welsh_without_its_english_is_refused(tmp_path, kind, old, new, needles):
    source = SHIPPED[kind].read_text(encoding="utf-8")
    assert source.count(old) == 1
    expect_refusal(tmp_path, kind, source.replace(old, new), *needles)


def test_an_area_file_is_held_to_the_same_rule(tmp_path):
    local = """
id = "local_form"
name = "Local screening form"
name_cy = "Ffurflen sgrinio leol"
version = "1"
credit = "Written by the area's panel."
credit_cy = "Wedi'i hysgrifennu gan banel yr ardal."
answers = ["yes", "no"]
scoring = "count_first"
default_source = "the person harmed"
default_source_cy = "y person a niweidiwyd"
[[questions]]
id = "fear"
text = "Are you afraid?"
text_cy = "A ydych chi'n ofnus?"
[[questions]]
id = "threats"
text = "Have there been threats?"
"""
    (tmp_path / "local.toml").write_text(local, encoding="utf-8")
    with pytest.raises(SchemaError, match=r"local.toml: question 'threats': text has no Welsh \(text_cy\)"):
        load_instruments(tmp_path)
    (tmp_path / "local.toml").write_text(local + 'text_cy = "A fu bygythiadau?"\n', encoding="utf-8")
    form = load_instruments(tmp_path)["local_form"]
    # No answer labels: the answers show as they are, in either language. No [translation.cy]:
    # nobody has recorded a check of the Welsh.
    assert form.answer_labels_cy == () and form.welsh_status == "awaiting check"


# ----- whether the Dash checklist's Welsh has been checked -------------------------------------
DASH_TEXT = DASH.read_text(encoding="utf-8")
AWAITING = 'status = "awaiting check"'


def _dash_with(tmp_path, status: str, checked_by: str = '""', checked_on: str = '""'):
    text = DASH_TEXT
    for key, value in (("status", status), ("checked_by", checked_by), ("checked_on", checked_on)):
        text, n = re.subn(rf"^{key} = .*$", f"{key} = {value}", text, count=1, flags=re.MULTILINE)
        assert n == 1
    path = tmp_path / "dash.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_dash_welsh_ships_awaiting_a_practitioners_check():
    dash = load_instruments()["dash"]
    assert AWAITING in DASH_TEXT
    assert dash.welsh_status == "awaiting check" and not dash.welsh_checked
    assert dash.welsh_note == "Translation awaiting checking by a Welsh-speaking practitioner." and dash.welsh_note_cy
    assert dash.welsh_checked_by == "" and dash.welsh_checked_on is None


def test_checked_welsh_says_who_checked_it_and_when(tmp_path):
    dash = load_instrument(_dash_with(tmp_path, '"checked"', '"Eleri Jones, IDVA"', '"2026-03-02"'))
    assert dash.welsh_status == "checked" and dash.welsh_checked
    assert (dash.welsh_checked_by, dash.welsh_checked_on) == ("Eleri Jones, IDVA", dt.date(2026, 3, 2))
    # A TOML date serves as well as the text of one.
    assert load_instrument(_dash_with(tmp_path, '"checked"', '"Eleri Jones, IDVA"', "2026-03-02")).welsh_checked


@pytest.mark.parametrize(
    "checked_by, checked_on, problem",
    [
        ('""', '"2026-03-02"', 'status "checked" needs checked_by'),
        ('"   "', '"2026-03-02"', 'status "checked" needs checked_by'),
        ('"Eleri Jones, IDVA"', '""', 'status "checked" needs checked_on'),
        ('"Eleri Jones, IDVA"', '"last spring"', "checked_on 'last spring' is not a date"),
        ('"Eleri Jones, IDVA"', '"2026-02-30"', "is not a date"),
        ('"Eleri Jones, IDVA"', '"9999-01-01"', "is in the future"),
    ],
)
def test_checked_welsh_without_who_or_when_is_refused(tmp_path, checked_by, checked_on, problem):
    with pytest.raises(SchemaError, match=re.escape(problem)) as err:
        load_instrument(_dash_with(tmp_path, '"checked"', checked_by, checked_on))
    assert "dash.toml: [translation.cy]" in str(err.value)


def test_an_unknown_translation_status_is_refused(tmp_path):
    with pytest.raises(SchemaError, match=r"dash.toml: \[translation.cy\]: status must be"):
        load_instrument(_dash_with(tmp_path, '"done"'))
