"""The agreement as a governed document: the shipped file carries its version, dates and
signatories; a file whose governance is missing or contradicts itself is refused naming the file,
the item and the problem; the review falls due by the device's clock; `concord isa` shows it."""

import datetime as dt
import re
from pathlib import Path

import pytest

from app.models import clock
from app.models.case_schema import DEFAULT_ISA, DEFAULT_MEETING, DEFAULT_SCHEMA, load_schema
from app.models.errors import SchemaError
from app.models.isa_document import (
    REVIEW_CURRENT,
    REVIEW_DUE,
    REVIEW_OVERDUE,
    REVIEW_WARNING_DAYS,
    review_status,
)
from tests.support.cli_runner import run

ISA_TEXT = DEFAULT_ISA.read_text(encoding="utf-8")
REVIEW = dt.date(2027, 6, 30)
SIGNATORIES = ("Advocacy service", "Health", "Legal", "Police", "Restorative service", "Panel coordination")


def load_isa(tmp_path: Path, text: str):
    (tmp_path / "case.toml").write_text(DEFAULT_SCHEMA.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "meeting.toml").write_text(DEFAULT_MEETING.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "isa.toml").write_text(text, encoding="utf-8")
    return load_schema(tmp_path / "case.toml", tmp_path / "isa.toml")


def changed(old: str, new: str) -> str:
    assert ISA_TEXT.count(old) == 1, old
    return ISA_TEXT.replace(old, new)


def signatory_block(agency: str) -> str:
    """The whole [[signatories]] table of one agency, as the shipped file writes it."""
    match = re.search(rf'\[\[signatories\]\]\nagency = "{agency}"\n(?:[a-z_]+ = .*\n)+\n', ISA_TEXT)
    assert match, agency
    return match.group(0)


@pytest.fixture
def on_day():
    """on_day(date): the device's clock at noon (UTC) of that date, for the rest of the test."""
    previous = clock.current()

    def set_day(day: dt.date) -> None:
        clock.use(clock.ManualClock(dt.datetime.combine(day, dt.time(12, 0), dt.UTC)))

    yield set_day
    clock.use(previous)


# ----- the shipped agreement is governed --------------------------------------------------------------
def test_the_shipped_agreement_carries_its_version_dates_and_signatories():
    schema = load_schema()
    g = schema.governance
    assert g is not None
    assert (g.version, g.agreed, g.review_date) == (1, dt.date(2026, 9, 14), REVIEW)
    assert tuple(s.agency for s in g.signatories) == SIGNATORIES
    assert all(s.signed_by and "@" in s.dp_contact and s.signed_on <= g.agreed for s in g.signatories)
    # Every role's agency signed, and is named alike in Welsh wherever it is named.
    for role in schema.roles.values():
        signatory = g.signatory(role.agency)
        assert signatory is not None, role.id
        assert signatory.agency_cy == role.agency_cy
    assert g.signatory("Housing") is None


def test_the_governance_takes_dates_as_text_leaves_the_agreed_date_optional_and_allows_other_signatories(tmp_path):
    text = changed("review_date = 2027-06-30\n", 'review_date = "2027-06-30"\n').replace("agreed = 2026-09-14\n", "")
    housing = (
        '[[signatories]]\nagency = "Housing"\nagency_cy = "Tai"\nsigned_by = "Mair Hughes"\n'
        'dp_contact = "Data Protection Officer, County Hall, CF10 4UW"\nsigned_on = 2026-10-01\n\n'
    )
    text = text.replace("[roles.advocate]", housing + "[roles.advocate]", 1)
    g = load_isa(tmp_path, text).governance
    assert g.review_date == REVIEW and g.agreed is None
    # An agency no role belongs to yet may sign; it is given nothing until a role of it is added.
    assert g.signatory("housing").dp_contact == "Data Protection Officer, County Hall, CF10 4UW"
    assert len(g.signatories) == 7


# ----- a malformed agreement is refused ------------------------------------------------------------------
REFUSALS = {
    "no review date": (
        "review_date = 2027-06-30\n",
        "",
        ["top level", "needs 'review_date'", "YYYY-MM-DD"],
    ),
    "a review date that is no date": (
        "review_date = 2027-06-30\n",
        'review_date = "next summer"\n',
        ["top level", "'review_date' 'next summer' is not a date"],
    ),
    "a review date that does not exist": (
        "review_date = 2027-06-30\n",
        'review_date = "2027-02-30"\n',
        ["'review_date' '2027-02-30' is not a date"],
    ),
    "a review date with a time": (
        "review_date = 2027-06-30\n",
        "review_date = 2027-06-30T09:00:00\n",
        ["'review_date'", "is not a date"],
    ),
    "an agreed date that is no date": (
        "agreed = 2026-09-14\n",
        "agreed = 14\n",
        ["top level", "'agreed' 14 is not a date"],
    ),
    "a review before the agreement": (
        "review_date = 2027-06-30\n",
        "review_date = 2026-09-01\n",
        ["top level", "'review_date' 2026-09-01 must come after 'agreed' 2026-09-14"],
    ),
    "a review on the day it was agreed": (
        "review_date = 2027-06-30\n",
        "review_date = 2026-09-14\n",
        ["must come after 'agreed'"],
    ),
    "no version": ("version = 1\n", "", ["top level", "needs 'version'"]),
    "a version that is text": ("version = 1\n", 'version = "1"\n', ["'version' '1' must be a whole number"]),
    "a signatory without its data protection contact": (
        'dp_contact = "dpo@legal-advice.example"\n',
        "",
        ["signatory 'Legal'", "'dp_contact' must be a non-empty string", "data protection contact"],
    ),
    "a blank data protection contact": (
        'dp_contact = "dpo@legal-advice.example"\n',
        'dp_contact = "   "\n',
        ["signatory 'Legal'", "'dp_contact' must be a non-empty string"],
    ),
    "a signatory without who signed": (
        'signed_by = "Gareth Lloyd"\n',
        "",
        ["signatory 'Police'", "'signed_by' must be a non-empty string"],
    ),
    "a signatory without the date signed": (
        'dp_contact = "data.protection@police.example"\nsigned_on = 2026-09-11\n',
        'dp_contact = "data.protection@police.example"\n',
        ["signatory 'Police'", "needs 'signed_on'"],
    ),
    "a misspelt key in a signatory": (
        "signed_on = 2026-09-11\n",
        "signed_at = 2026-09-11\n",
        ["signatory 'Police'", "unknown key(s) signed_at"],
    ),
    "an agency signing twice": (
        'agency = "Legal"\nagency_cy = "Cyfreithiol"\nsigned_by',
        'agency = "police "\nagency_cy = "Heddlu"\nsigned_by',
        ["signatory 'Police'", "the agency is a signatory twice"],
    ),
    "a role whose agency never signed": (
        signatory_block("Restorative service"),
        "",
        ["role 'facilitator'", "its agency 'Restorative service' has not signed", "cannot be given data"],
    ),
    "an agency's Welsh that is not its roles'": (
        'agency_cy = "Heddlu"\nsigned_by',
        'agency_cy = "Yr Heddlu"\nsigned_by',
        ["signatory 'Police'", "'Yr Heddlu' differs from role 'police''s 'Heddlu'"],
    ),
    "an agency without its Welsh": (
        'agency_cy = "Heddlu"\nsigned_by',
        "signed_by",
        ["signatory 'Police'", "agency has no Welsh (agency_cy)"],
    ),
    "a misspelt top-level key": (
        "review_date = 2027-06-30\n",
        "review_date = 2027-06-30\nreview = 2027-06-30\n",
        ["top level", "unknown key(s) review"],
    ),
}


def _refused(tmp_path, text, needles):
    with pytest.raises(SchemaError) as err:
        load_isa(tmp_path, text)
    message = str(err.value)
    for needle in ("isa.toml", *needles):
        assert needle in message, f"{needle!r} not in {message!r}"
    return message


@pytest.mark.parametrize("name", list(REFUSALS))
def test_a_malformed_governance_is_refused_naming_file_item_and_problem(tmp_path, name):
    old, new, needles = REFUSALS[name]
    _refused(tmp_path, changed(old, new), needles)


def test_an_agreement_nobody_signed_is_refused(tmp_path):
    text = ISA_TEXT
    for signatory in SIGNATORIES:
        text = text.replace(signatory_block(signatory), "")
    assert "\n[[signatories]]\n" not in text
    _refused(tmp_path, text, ["[[signatories]]", "needs at least one signatory"])


# ----- the review falls due by the device's clock -------------------------------------------------------
@pytest.mark.parametrize(
    "day, state, days_left",
    [
        (dt.date(2026, 12, 7), REVIEW_CURRENT, 205),
        (REVIEW - dt.timedelta(days=REVIEW_WARNING_DAYS + 1), REVIEW_CURRENT, REVIEW_WARNING_DAYS + 1),
        (REVIEW - dt.timedelta(days=REVIEW_WARNING_DAYS), REVIEW_DUE, REVIEW_WARNING_DAYS),
        (dt.date(2027, 6, 20), REVIEW_DUE, 10),
        (REVIEW, REVIEW_DUE, 0),
        (dt.date(2027, 7, 1), REVIEW_OVERDUE, -1),
        (dt.date(2028, 1, 1), REVIEW_OVERDUE, -185),
    ],
)
def test_the_review_is_due_within_the_warning_window_and_overdue_after_its_day(on_day, day, state, days_left):
    governance = load_schema().governance
    on_day(day)
    status = review_status(governance)
    assert (status.state, status.days_left, status.review_date) == (state, days_left, REVIEW)
    assert status.warns == (state != REVIEW_CURRENT)
    # A day given is the day judged, whatever the clock says.
    assert review_status(governance, day + dt.timedelta(days=1)).days_left == days_left - 1


# ----- concord isa ---------------------------------------------------------------------------------------
@pytest.fixture
def device(tmp_path, memory_keyring, capsys):
    folder = tmp_path / "chair"
    code, _, err = run(
        capsys, "--data", folder, "init", "--name", "Rhodri Williams", "--agency", "Panel", "--role", "chair"
    )
    assert code == 0, err
    return folder


def _role_block(out: str, role: str) -> str:
    match = re.search(rf"^  {role} \(.*\n((?:    .*\n)+)", out, re.MULTILINE)
    assert match, role
    return match.group(0)


def test_concord_isa_prints_the_agreement_in_force(device, capsys, on_day):
    on_day(dt.date(2026, 12, 7))
    code, out, err = run(capsys, "--data", device, "isa")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "Concord default panel agreement, version 1"
    assert "  agreed:       2026-09-14" in lines
    assert "  review by:    2027-06-30 (in 205 days)" in lines
    assert "  lawful basis: UK GDPR art. 6(1)(e) and art. 9(2)(g); DPA 2018 sch. 1 para 18" in out
    for agency, person, contact in (
        ("Advocacy service", "Eleri Jones", "dataprotection@advocacy-service.example"),
        ("Police", "Gareth Lloyd", "data.protection@police.example"),
        ("Panel coordination", "Rhodri Williams", "dataprotection@panel-coordination.example"),
    ):
        assert re.search(rf"^  {agency} +{person} +2026-09-\d\d  {re.escape(contact)}$", out, re.MULTILINE), agency
    # Who reads what, as the agreement gives it: the safe contact details are the advocate's alone.
    assert "safe_contact" in _role_block(out, "advocate")
    assert "safe_contact" not in _role_block(out, "police")
    assert "police_record" in _role_block(out, "chief_inspector")
    assert "clinical_record (part)" in _role_block(out, "facilitator")
    assert _role_block(out, "police").startswith("  police (Police lead, Police):")


@pytest.mark.parametrize(
    "day, words",
    [
        (dt.date(2027, 6, 20), "(REVIEW DUE in 10 days)"),
        (REVIEW, "(REVIEW DUE today)"),
        (dt.date(2027, 7, 1), "(OVERDUE by 1 day)"),
    ],
)
def test_concord_isa_says_when_the_review_is_due_or_overdue(device, capsys, on_day, day, words):
    on_day(day)
    code, out, _ = run(capsys, "--data", device, "isa")
    assert code == 0 and f"  review by:    2027-06-30 {words}" in out.splitlines()


def test_concord_isa_shows_a_draft_file_without_a_device(tmp_path, capsys, on_day):
    on_day(dt.date(2026, 12, 7))
    draft = tmp_path / "draft.toml"
    draft.write_text(
        ISA_TEXT.replace("version = 1\n", "version = 2\n").replace(
            "review_date = 2027-06-30", "review_date = 2027-01-01"
        ),
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "--data", tmp_path / "none", "isa", "--isa", draft)
    assert code == 0
    assert out.startswith("Concord default panel agreement, version 2\n")
    assert "  review by:    2027-01-01 (REVIEW DUE in 25 days)" in out.splitlines()
    assert not (tmp_path / "none").exists()
    draft.write_text(ISA_TEXT.replace('dp_contact = "dpo@legal-advice.example"\n', ""), encoding="utf-8")
    code, out, err = run(capsys, "--data", tmp_path / "none", "isa", "--isa", draft)
    assert code == 1 and out == ""
    assert "draft.toml: signatory 'Legal': 'dp_contact' must be a non-empty string" in err


CONSENT_RULE = '[sections.survivor_voice.consent]\nfacilitator = "person harmed"\n\n'


def test_who_reads_what_says_whose_consent_a_reading_rests_on(capsys, tmp_path):
    draft = tmp_path / "consent.toml"
    draft.write_text(ISA_TEXT.replace("[sections.safe_contact]", CONSENT_RULE + "[sections.safe_contact]", 1))
    code, out, _ = run(capsys, "--data", tmp_path / "none", "isa", "--isa", draft)
    assert code == 0
    readers = out.split("who reads what")[1]

    def reads(role: str) -> str:  # the role's lines, unwrapped
        block = re.search(rf"\n  {role} \(.*?\n((?:    .*\n)+)", readers)
        assert block is not None
        return " ".join(block.group(1).split())

    assert "survivor_voice (while the person harmed consents)," in reads("facilitator")
    assert "survivor_voice, safety" in reads("chief_inspector")  # on the safeguarding basis
