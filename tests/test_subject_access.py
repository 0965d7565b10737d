"""Subject access: `concord sar` writes what this device holds about one party of a case - that
party's items and not the other's, never a safe contact detail, each item the reviewer withholds
named with its exemption and reason but not its value - signed, owner-only, and logged as
disclosed to the data subject with one row per exemption and no value or typed reason in the log.
Whatever does not hold is refused before anything is written. The agreement says who makes packs
and what is about each party, and a file that says it badly is refused."""

import datetime as dt
import json
import re
import stat
import subprocess
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.cli import main as concord
from app.models import audit
from app.models.case_schema import DEFAULT_ISA, DEFAULT_MEETING, DEFAULT_SCHEMA, load_schema
from app.models.disclosures.log import listed
from app.models.disclosures.subject_access import Withholding, gather
from app.models.errors import SchemaError
from app.models.storage import tables as t
from tests.support.pinned_clock import pin_wall

pinned_clock = pin_wall(dt.date(2026, 12, 22))

CASE = "CC-SAR-1"
HARMED_LABEL = "MK-SAR-HARMED-LABEL-71c2"
WISHES = "MK-SAR-WISHES-3a90"
HARMED_CONSENT = "MK-SAR-HARMED-CONSENT-d41e"
NOTES = "MK-SAR-NOTES-WITHHELD-9f07"
SAFE = "MK-SAR-SAFE-ADDRESS-2be8"
HARMER_LABEL = "MK-SAR-HARMER-LABEL-c5d3"
HARMER_LANGUAGE = "MK-SAR-HARMER-LANGUAGE-80aa"
HARMER_CONSENT = "MK-SAR-HARMER-CONSENT-16fb"
REASON = "It names a neighbour who spoke in confidence"
HARMED_MARKS = (HARMED_LABEL, WISHES, HARMED_CONSENT)
HARMER_MARKS = (HARMER_LABEL, HARMER_LANGUAGE, HARMER_CONSENT)


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def consent(ws, party: str, explained: str) -> None:
    ws.process.record_consent(
        CASE,
        {
            "party": party,
            "consent_status": "given",
            "recorded_on": "2026-10-05",
            "method": "in person, with advocate",
            "explained": explained,
            "witness": "Second advocate",
        },
    )


@pytest.fixture
def advocate(make_workspace):
    """The advocate's device, holding a case with marked values about each party."""
    ws = make_workspace("advocate")
    case = ws.new_case(CASE, HARMED_LABEL, HARMER_LABEL)
    case.set("wishes", WISHES)
    case.set("advocate_notes", NOTES)
    case.set("safe_address", SAFE)
    case.set("harmer_language", "other")
    case.set("harmer_language_other", HARMER_LANGUAGE)
    consent(ws, "person harmed", HARMED_CONSENT)
    consent(ws, "person who caused harm", HARMER_CONSENT)
    return ws


def sar(ws, *argv) -> int:
    return concord(["--data", str(ws.folder), "sar", CASE, *map(str, argv)])


def sar_rows(ws):
    return [r.disclosure for r in listed(ws.store, CASE) if r.disclosure.channel == "sar"]


def table_text(ws) -> str:
    with ws.store.engine.connect() as conn:
        return json.dumps([list(map(str, r)) for r in conn.execute(sa.select(t.disclosures)).all()])


# ----- the pack ------------------------------------------------------------------------------------------
def test_a_pack_holds_the_partys_own_items_and_marks_what_is_withheld(advocate, tmp_path, capsys):
    out = tmp_path / "pack.pdf"
    code = sar(
        advocate,
        "--party",
        "person harmed",
        out,
        "--language",
        "en",
        "--withhold",
        f"advocate_notes=third_party:{REASON}",
    )
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert "subject access pack:" in printed.out and "the data subject: the person harmed" in printed.out
    pdf, html, text = flat(pdf_text(out)), out.with_suffix(".html").read_text(), out.with_suffix(".txt").read_text()
    for shown in (pdf, html, text):
        assert all(mark in shown for mark in HARMED_MARKS)
        # The other party's items, the withheld value and the safe address are nowhere in it.
        assert not [mark for mark in (*HARMER_MARKS, NOTES, SAFE) if mark in shown]
    # Each withheld item: its label, WITHHELD, the exemption in words and law, and the reason.
    assert (
        "Case notes WITHHELD. Exemption: information about another individual (third-party information) "
        f"(DPA 2018 sch. 2 paras 16 and 17). Reason: {REASON}" in pdf
    )
    assert "Safe address WITHHELD. Exemption: safe contact details, which never leave the device" in pdf
    for words in (
        "WITHHELD. Exemption: information about another individual",
        REASON,
        "DPA 2018 sch. 2 paras 16 and 17",
    ):
        assert words in html
    assert "Items shown 3" in pdf and "Items withheld 2" in pdf
    assert "dataprotection@advocacy-service.example" in pdf  # where the data subject asks
    for path in (out, out.with_suffix(".html"), out.with_suffix(".txt")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert concord(["--data", str(advocate.folder), "verify", str(out)]) == 0
    assert f"ok: subject access pack of case {CASE}" in capsys.readouterr().out


def test_the_disclosure_log_names_fields_and_exemptions_never_values_or_reasons(advocate, tmp_path):
    assert (
        sar(
            advocate,
            "--party",
            "person harmed",
            tmp_path / "pack",
            "--withhold",
            f"advocate_notes=third_party:{REASON}",
        )
        == 0
    )
    rows = sar_rows(advocate)
    went = [d for d in rows if d.shared]
    kept = {d.reason: d for d in rows if not d.shared}
    assert len(went) == 1 and set(kept) == {"third_party", "never_exported"}
    d = went[0]
    assert (d.to.person, d.to.role, d.to.device) == ("person harmed", "data subject", "")
    assert {"party_harmed_label", "wishes", "consent_records"} == set(d.fields) and d.count == 3
    assert d.basis == ("UK GDPR art. 15: the data subject's right of access",)
    assert "sections.survivor_voice" in d.rules and d.compartments and d.what == "subject access pack"
    assert kept["third_party"].fields == ("advocate_notes",) and kept["third_party"].to == d.to
    assert kept["never_exported"].fields == ("safe_address",)
    logged = table_text(advocate)
    assert not [mark for mark in (*HARMED_MARKS, *HARMER_MARKS, NOTES, SAFE, REASON) if mark in logged]
    assert audit.verify(advocate.store).ok


def test_the_other_party_is_given_their_own_items_in_welsh(advocate, tmp_path):
    out = tmp_path / "harmer.pdf"
    assert sar(advocate, "--party", "Person who caused harm", out, "--language", "cy") == 0
    pdf, html = flat(pdf_text(out)), out.with_suffix(".html").read_text()
    for shown in (pdf, html):
        assert all(mark in shown for mark in HARMER_MARKS)
        assert not [mark for mark in (*HARMED_MARKS, NOTES, SAFE) if mark in shown]
    # The party and the labels in Welsh, as the consent words and the schema give them.
    assert "y person a achosodd niwed" in pdf and "Y person a achosodd niwed (ffugenw)" in html
    (went,) = [d for d in sar_rows(advocate) if d.shared]
    assert went.to.person == "person who caused harm" and "wishes" not in went.fields
    assert not [d for d in sar_rows(advocate) if not d.shared]  # nothing about them is never-export here


def test_a_withheld_item_leaves_its_value_behind_before_the_pack_is_drawn(advocate):
    content = gather(
        advocate.open_case(CASE), "person harmed", [Withholding("advocate_notes", "third_party", f"  {REASON} ")]
    )
    withheld = {i.field.id: i for i in content.withheld}
    assert set(withheld) == {"advocate_notes", "safe_address"}
    assert all(i.value is None for i in withheld.values())
    assert withheld["advocate_notes"].withheld == Withholding("advocate_notes", "third_party", REASON)
    assert [i.field.id for i in content.shown] == ["party_harmed_label", "wishes", "consent_records"]
    (record,) = next(i for i in content.shown if i.field.id == "consent_records").value
    assert record["explained"] == HARMED_CONSENT


# ----- refused, and nothing written ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "args, problem",
    [
        (["--party", "neighbour"], "unknown party 'neighbour'; the parties are: person harmed, person who caused harm"),
        (["--withhold", "wishes=embarrassment:Too personal"], "unknown exemption 'embarrassment'"),
        (["--withhold", "wishes=never_exported:Keep it"], "unknown exemption 'never_exported'"),
        (["--withhold", "no_such_field=crime:Why"], "there is no field 'no_such_field' in a case"),
        (["--withhold", "party_harmer_label=third_party:Why"], "'party_harmer_label' is not about the person harmed"),
        (["--withhold", "clinical_notes=serious_harm:Why"], "this device's role does not read 'clinical_notes'"),
        (["--withhold", "survivor_views=crime:Why"], "'survivor_views' holds nothing about the person harmed"),
        (["--withhold", "safe_address=third_party:Why"], "'safe_address' never leaves this device"),
        (["--withhold", "wishes=third_party:"], "say why 'wishes' is withheld"),
        (["--withhold", "wishes"], "--withhold 'wishes' is not FIELD=CODE:REASON"),
        (["--withhold", "wishes=crime:One", "--withhold", "wishes=crime:Two"], "'wishes' is withheld twice"),
    ],
)
def test_a_request_that_does_not_hold_is_refused_and_writes_nothing(advocate, tmp_path, capsys, args, problem):
    folder = tmp_path / "out"
    folder.mkdir()
    if "--party" not in args:
        args = ["--party", "person harmed", *args]
    assert sar(advocate, folder / "pack.pdf", *args) == 1
    err = capsys.readouterr().err
    assert problem in err and err.count("\n") == 1
    assert list(folder.iterdir()) == [] and sar_rows(advocate) == []


def test_a_role_the_agreement_does_not_give_subject_access_is_refused(make_workspace, tmp_path, capsys):
    ci = make_workspace("chief_inspector")
    ci.cases.register_case("0" * 32, CASE, ci.actor)
    assert sar(ci, "--party", "person harmed", tmp_path / "pack.pdf") == 1
    assert "the role 'chief_inspector' may not make a subject access pack" in capsys.readouterr().err
    assert list(tmp_path.glob("pack*")) == [] and sar_rows(ci) == []
    assert concord(["--data", str(ci.folder), "sar-items", CASE, "--party", "person harmed"]) == 1


def test_sar_items_lists_labels_and_exemptions_never_values(advocate, capsys):
    assert concord(["--data", str(advocate.folder), "sar-items", CASE, "--party", "person harmed"]) == 0
    out = capsys.readouterr().out
    listed_ids = re.findall(r"^  ([a-z_]+) ", out, re.MULTILINE)
    assert {"wishes", "advocate_notes", "party_harmed_label", "safe_address", "consent_records"} <= set(listed_ids)
    assert "party_harmer_label" not in listed_ids and "never exported: always withheld" in out
    assert "third_party" in out and "DPA 2018 sch. 2 para 19" in out and "never_exported " not in out
    assert not [mark for mark in (*HARMED_MARKS, *HARMER_MARKS, NOTES, SAFE) if mark in out]
    assert sar_rows(advocate) == []


# ----- the agreement says who makes packs and what is about each party -------------------------------------
ISA_TEXT = DEFAULT_ISA.read_text(encoding="utf-8")


def test_the_shipped_agreement_gives_packs_to_the_agencies_and_each_party_its_own():
    schema = load_schema()
    access = schema.governance.subject_access
    assert access.roles == {"advocate", "clinician", "legal", "police", "facilitator", "chair"}
    assert access.parties == ("person harmed", "person who caused harm")
    harmed, harmer = access.fields_about("person harmed"), access.fields_about("person who caused harm")
    assert {"wishes", "safe_address", "advocate_notes", "party_harmed_label"} <= set(harmed)
    assert not {"wishes", "safe_address", "party_harmed_label", "risk_assessments"} & set(harmer)
    assert {"intelligence", "party_harmer_label", "harmer_acknowledgement"} <= set(harmer)
    assert "intelligence" not in harmed
    # In the case schema's order, so a pack reads as the case does.
    order = list(schema.fields)
    assert list(harmed) == sorted(harmed, key=order.index)
    assert access.by_party == {"consent_records"} and access.reason_cy


def load_isa(tmp_path: Path, text: str):
    for name, source in (("case.toml", DEFAULT_SCHEMA), ("meeting.toml", DEFAULT_MEETING)):
        (tmp_path / name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "isa.toml").write_text(text, encoding="utf-8")
    return load_schema(tmp_path / "case.toml", tmp_path / "isa.toml")


def changed(old: str, new: str) -> str:
    assert ISA_TEXT.count(old) == 1, old
    return ISA_TEXT.replace(old, new)


HARMER_TABLE = ISA_TEXT[ISA_TEXT.index('[[subject_access.parties]]\nparty = "person who caused harm"') :]


@pytest.mark.parametrize(
    "text, needles",
    [
        (
            changed('roles = ["agencies"]', 'roles = ["agencies", "nobody"]'),
            ["[subject_access]", "unknown role 'nobody'"],
        ),
        (changed('roles = ["agencies"]', "roles = []"), ["[subject_access]", "'roles' must list"]),
        (changed('roles = ["agencies"]\n', 'roles = ["agencies"]\nreaders = ["chair"]\n'), ["unknown key(s) readers"]),
        (
            re.sub(r"\nreason_cy = \"Mae pob asiantaeth yn ateb cais.*\n", "\n", ISA_TEXT),
            ["[subject_access]", "reason has no Welsh (reason_cy)"],
        ),
        (
            changed('party = "person who caused harm"', 'party = "neighbour"'),
            ["subject_access party #2", "'party' 'neighbour' is not a party of the case"],
        ),
        (
            changed('"harmer_acknowledgement",', '"harmer_acknowledgement", "no_such_field",'),
            ["subject_access party 'person who caused harm'", "no field 'no_such_field' in the case schema"],
        ),
        (
            changed('sections = ["survivor_voice",', 'sections = ["no_such_section", "survivor_voice",'),
            ["subject_access party 'person harmed'", "no section 'no_such_section'"],
        ),
        (
            changed('"party_harmed_label", "harmed_language",', '"wishes", "party_harmed_label", "harmed_language",'),
            ["'wishes' is named twice (section 'survivor_voice' and fields): name it once"],
        ),
        (
            ISA_TEXT.replace(HARMER_TABLE, ""),
            ["[[subject_access.parties]]", "says nothing about the person who caused harm"],
        ),
        (ISA_TEXT + "\n" + HARMER_TABLE, ["the party is given twice"]),
    ],
)
def test_a_subject_access_table_that_says_it_badly_is_refused(tmp_path, text, needles):
    with pytest.raises(SchemaError) as err:
        load_isa(tmp_path, text)
    message = str(err.value)
    for needle in ("isa.toml", *needles):
        assert needle in message, f"{needle!r} not in {message!r}"


def test_an_agreement_without_subject_access_gives_no_one_a_pack(tmp_path):
    text = ISA_TEXT[: ISA_TEXT.index("# Subject access: a party's right")]
    schema = load_isa(tmp_path, text)
    assert schema.governance is not None and schema.governance.subject_access is None


def test_concord_isa_says_whose_devices_make_packs(tmp_path, capsys):
    assert concord(["--data", str(tmp_path / "none"), "isa", "--isa", str(DEFAULT_ISA)]) == 0
    out = capsys.readouterr().out
    assert "subject access packs, made on the devices of: advocate, chair, clinician, facilitator, legal, police" in out
    assert "  about the person who caused harm: 19 field(s)" in out


def test_verify_fails_a_pack_signed_by_a_role_without_subject_access(advocate, make_workspace, tmp_path, capsys):
    from app.reports import service as reporting
    from app.reports.subject_access import Holder, build_subject_access_report

    # A pack drawn as the advocate's would be, then signed by a device whose role makes none.
    content = gather(advocate.open_case(CASE), "person harmed")
    ci = make_workspace("chief_inspector")
    body = build_subject_access_report(
        content, ci.schema, Holder(ci.schema.roles["chief_inspector"], ""), dt.date.today()
    )
    out = reporting.write_report(ci, reporting._signed(ci, body, CASE, "the data subject"), tmp_path / "forged.pdf")
    assert concord(["--data", str(ci.folder), "verify", str(out.pdf)]) == 1
    assert "the agreement does not give subject access packs to the Chief Inspector" in capsys.readouterr().err
