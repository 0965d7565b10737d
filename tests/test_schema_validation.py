"""Loading a malformed or contradictory schema or ISA fails with a message naming file, item and problem."""

from pathlib import Path

import pytest

from app.models.case_schema import DEFAULT_ISA, DEFAULT_MEETING, DEFAULT_SCHEMA, load_schema
from app.models.errors import SchemaError

SCHEMA_TEXT = DEFAULT_SCHEMA.read_text()
ISA_TEXT = DEFAULT_ISA.read_text()


def write_pair(tmp_path: Path, schema_text: str = SCHEMA_TEXT, isa_text: str = ISA_TEXT) -> tuple[Path, Path]:
    s, i = tmp_path / "case.toml", tmp_path / "isa.toml"
    s.write_text(schema_text)
    i.write_text(isa_text)
    (tmp_path / "meeting.toml").write_text(DEFAULT_MEETING.read_text())
    return s, i


def expect_error(tmp_path, *needles, schema_text=SCHEMA_TEXT, isa_text=ISA_TEXT):
    s, i = write_pair(tmp_path, schema_text, isa_text)
    with pytest.raises(SchemaError) as err:
        load_schema(s, i)
    message = str(err.value)
    for needle in needles:
        assert needle in message, f"{needle!r} not in {message!r}"
    return message


def test_default_files_load_and_cover_every_role():
    schema = load_schema()
    assert set(schema.roles) == {
        "advocate",
        "clinician",
        "legal",
        "police",
        "chief_inspector",
        "facilitator",
        "chair",
        "ig_officer",
    }
    # The information governance officer reads the panel's audit records and no case field.
    assert not [f for f in schema.fields if schema.can_read("ig_officer", f)]
    assert len(schema.fields) >= 40
    assert all(f.id in schema.access for f in schema.fields.values())


def test_copied_default_files_load(tmp_path):
    s, i = write_pair(tmp_path)
    assert set(load_schema(s, i).fields) == set(load_schema().fields)


def test_a_meeting_field_may_not_reuse_a_case_field_id(tmp_path):
    s, i = write_pair(tmp_path)
    (tmp_path / "meeting.toml").write_text(DEFAULT_MEETING.read_text().replace('id = "meeting_venue"', 'id = "venue"'))
    with pytest.raises(SchemaError, match="meeting.toml: 'venue': this id is already used in the case schema"):
        load_schema(s, i)


def test_meeting_sections_are_not_case_sections():
    schema = load_schema()
    assert {s.id for s in schema.meeting_sections} == {"meeting", "meeting_acknowledgements"}
    assert all(s.kind == "case" for s in schema.sections)
    assert schema.kind_of("agenda") == "meeting" and schema.kind_of("discussions") == "case"
    assert "agenda" not in {f.id for s in schema.readable_sections("chair") for f in s.fields}


def test_unknown_role_in_isa(tmp_path):
    isa = ISA_TEXT.replace(
        '[sections.safe_contact]\nread = ["advocate"]', '[sections.safe_contact]\nread = ["advocate", "probation"]'
    )
    expect_error(tmp_path, "isa.toml", "safe_contact", "unknown role 'probation'", isa_text=isa)


def test_field_writable_by_role_that_cannot_read(tmp_path):
    isa = ISA_TEXT.replace(
        '[fields.privileged_advice]\nread = ["legal"]\nwrite = ["legal"]',
        '[fields.privileged_advice]\nread = ["legal"]\nwrite = ["legal", "police"]',
    )
    expect_error(tmp_path, "isa.toml", "privileged_advice", "police", "may write but not read", isa_text=isa)


def test_duplicate_field_id(tmp_path):
    schema = SCHEMA_TEXT.replace('id = "safe_phone"', 'id = "safe_address"')
    expect_error(tmp_path, "case.toml", "safe_address", "duplicate field id", schema_text=schema)


def test_duplicate_section_id(tmp_path):
    schema = SCHEMA_TEXT.replace('id = "advocate_record"', 'id = "safe_contact"')
    expect_error(tmp_path, "case.toml", "safe_contact", "duplicate section id", schema_text=schema)


def test_duplicate_subfield_id(tmp_path):
    schema = SCHEMA_TEXT.replace('id = "expires_on"', 'id = "made_on"')
    expect_error(tmp_path, "case.toml", "orders", "made_on", "duplicate", schema_text=schema)


def test_unknown_field_type(tmp_path):
    schema = SCHEMA_TEXT.replace('id = "safe_phone"\n  type = "short_text"', 'id = "safe_phone"\n  type = "phone"')
    expect_error(tmp_path, "case.toml", "safe_phone", "type 'phone'", schema_text=schema)


def test_misspelt_flag_is_not_silently_ignored(tmp_path):
    schema = SCHEMA_TEXT.replace("never_export = true", "never_exprot = true", 1)
    expect_error(tmp_path, "case.toml", "safe_address", "never_exprot", schema_text=schema)


def test_choice_without_options(tmp_path):
    schema = SCHEMA_TEXT.replace('options = ["not ready", "exploring", "ready"]\n', "")
    expect_error(tmp_path, "case.toml", "readiness", "options", schema_text=schema)


def test_rule_for_field_not_in_schema(tmp_path):
    isa = ISA_TEXT + '\n[fields.home_address]\nread = ["police"]\nwrite = ["police"]\nreason = "x"\n'
    expect_error(tmp_path, "isa.toml", "home_address", "no such field", isa_text=isa)


def test_field_with_no_rule_is_refused(tmp_path):
    isa = ISA_TEXT.replace(
        '[sections.consent]\nread = ["panel"]\nwrite = ["advocate", "facilitator"]\nreason = "Every agency must know at once when consent is given, limited or withdrawn."\n'
        'reason_cy = "Rhaid i bob asiantaeth wybod ar unwaith pan gaiff caniatâd ei roi, ei gyfyngu neu ei dynnu\'n ôl."\n',
        "",
    )
    expect_error(tmp_path, "isa.toml", "consent_records", "no rule", isa_text=isa)


def test_rule_without_reason(tmp_path):
    isa = ISA_TEXT.replace('reason = "Legally privileged: not shared."', "")
    expect_error(tmp_path, "isa.toml", "privileged_advice", "reason", isa_text=isa)


def test_group_may_not_shadow_role(tmp_path):
    isa = ISA_TEXT.replace("[groups]\n", '[groups]\npolice = ["chair"]\n')
    expect_error(tmp_path, "isa.toml", "group 'police'", isa_text=isa)


def test_malformed_toml_names_file(tmp_path):
    expect_error(tmp_path, "case.toml", "not valid TOML", schema_text=SCHEMA_TEXT + "\n[[sections]\n")


def test_missing_file(tmp_path):
    with pytest.raises(SchemaError, match="nowhere.toml: file not found"):
        load_schema(tmp_path / "nowhere.toml", DEFAULT_ISA)


def test_schema_check_cli_reports_the_problem(tmp_path, capsys):
    from app.cli import main

    s, i = write_pair(
        tmp_path, isa_text=ISA_TEXT.replace('write = ["legal", "police"]', 'write = ["legal", "police", "clinician"]')
    )
    assert main(["schema-check", "--schema", str(s), "--isa", str(i)]) == 1
    err = capsys.readouterr().err
    assert "isa.toml" in err and "legal_record" in err and "clinician" in err and "Traceback" not in err
    (tmp_path / "ok").mkdir()
    s2, i2 = write_pair(tmp_path / "ok")
    assert main(["schema-check", "--schema", str(s2), "--isa", str(i2)]) == 0
    assert "valid:" in capsys.readouterr().out


# ----- value rules: bounds, whole numbers, no future ---------------------------------------
def _with_number_of_children(rules: str) -> str:
    old = 'id = "number_of_children"\n  type = "number"\n'
    assert old in SCHEMA_TEXT
    without = SCHEMA_TEXT.replace(old + "  integer = true\n  min = 0\n  max = 30\n", old)
    return without.replace(old, old + rules)


def test_number_rules_are_read_from_the_schema(tmp_path):
    s, i = write_pair(tmp_path, _with_number_of_children("  integer = true\n  min = 1\n  max = 12\n"))
    f = load_schema(s, i).field("number_of_children")
    assert (f.integer, f.minimum, f.maximum, f.past_only) == (True, 1, 12, False)


@pytest.mark.parametrize(
    "rules, problem",
    [
        ("  min = 5\n  max = 2\n", "'min' is greater than 'max'"),
        ('  min = "none"\n', "'min' must be a number"),
        ("  max = true\n", "'max' must be a number"),
        ("  max = inf\n", "'max' must be a number"),
        ('  integer = "yes"\n', "'integer' must be true or false"),
        ("  integer = true\n  max = 2.5\n", "'max' must be a whole number"),
        ("  past_only = true\n", "'past_only' only belongs to a date"),
        ("  minimum = 0\n", "unknown key(s) minimum"),
    ],
)
def test_bad_number_rules_are_refused_naming_the_field(tmp_path, rules, problem):
    expect_error(tmp_path, "case.toml", "number_of_children", problem, schema_text=_with_number_of_children(rules))


@pytest.mark.parametrize(
    "field, rule, problem",
    [
        ("referral_date", "min = 0", "'min' only belongs to a number"),
        ("referral_reason", "past_only = true", "'past_only' only belongs to a date"),
        ("made_on", "integer = false", "'integer' only belongs to a number"),
        ("relationship", "integer = true", "'integer' only belongs to a number"),
    ],
)
def test_value_rules_on_the_wrong_type_are_refused(tmp_path, field, rule, problem):
    old = f'id = "{field}"\n'
    assert SCHEMA_TEXT.count(old) == 1
    schema = SCHEMA_TEXT.replace(old, old + f"{rule}\n")
    expect_error(tmp_path, "case.toml", field, problem, schema_text=schema)


def test_rules_on_sub_fields_are_checked_too(tmp_path):
    old = '    id = "held_on"\n    type = "date"\n'
    schema = SCHEMA_TEXT.replace(old, old + "    max = 3\n", 1)
    expect_error(tmp_path, "case.toml", "held_on", "'max' only belongs to a number", schema_text=schema)
    schema = SCHEMA_TEXT.replace(old + "    past_only = true\n", old + '    past_only = "yes"\n', 1)
    expect_error(tmp_path, "case.toml", "held_on", "'past_only' must be true or false", schema_text=schema)


def test_the_default_schema_bounds_its_counts_and_dates_of_what_happened():
    schema = load_schema()
    children = schema.field("number_of_children")
    assert children.integer and children.minimum == 0 and 0 < children.maximum <= 50
    score = schema.field("risk_assessments").subfield("score")
    assert score.integer and score.minimum == 0
    agenda = schema.field("agenda")
    assert all(agenda.subfield(n).integer and agenda.subfield(n).minimum == 1 for n in ("minutes", "position"))

    def date_rule(field_id, sub_id=None):
        f = schema.field(field_id)
        return (f.subfield(sub_id) if sub_id else f).past_only

    happened = [
        ("referral_date", None),
        ("incidents", "incident_date"),
        ("checkins", "held_on"),
        ("session_records", "held_on"),
        ("consent_records", "recorded_on"),
        ("risk_assessments", "assessed_on"),
        ("orders", "made_on"),
        ("apologies", "sent_on"),
    ]
    ahead = [
        ("consent_records", "valid_until"),
        ("checkins", "due_on"),
        ("proceedings", "hearing_date"),
        ("orders", "expires_on"),
        ("meeting_date", None),
        ("action_items", "target_date"),
    ]
    assert [w for w in happened if not date_rule(*w)] == []
    assert [w for w in ahead if date_rule(*w)] == []
