"""Sharing that rests on consent: the ISA says which readers hold a compartment only while a party
consents, each device derives the same compartments from it, and the case's consent decides, per
case, whether those readers' sharing is on. (Re-keying and erasing on withdrawal build on this.)"""

import datetime as dt
from pathlib import Path

import pytest

from app.models.case_schema import DEFAULT_ISA, DEFAULT_MEETING, DEFAULT_SCHEMA, load_schema
from app.models.documents.compartments import CompartmentMap, compartment_id
from app.models.errors import SchemaError
from app.models.process.consent import consent_status
from app.models.process.sharing import SAFEGUARDING, basis_of, switched_off

CONSENT_RULE = '\n[sections.survivor_voice.consent]\nfacilitator = "person harmed"\n'
TODAY = dt.date(2026, 12, 3)


def _load(tmp_path: Path, isa_text: str):
    case, isa = tmp_path / "case.toml", tmp_path / "isa.toml"
    case.write_text(DEFAULT_SCHEMA.read_text())
    (tmp_path / "meeting.toml").write_text(DEFAULT_MEETING.read_text())
    isa.write_text(isa_text)
    return load_schema(case, isa)


def _with_consent_rule(rule: str = CONSENT_RULE) -> str:
    text = DEFAULT_ISA.read_text()
    # The rule's table goes right after the survivor_voice section it belongs to.
    head = "[sections.safe_contact]"
    return text.replace(head, rule.strip() + "\n\n" + head, 1)


def test_a_consent_rule_is_read_and_makes_a_compartment_of_its_own(tmp_path):
    schema = _load(tmp_path, _with_consent_rule())
    access = schema.access[next(f.id for f in schema.section("survivor_voice").fields)]
    assert access.consent == (("facilitator", "person harmed"),)
    assert access.consent_of("facilitator") == "person harmed" and access.consent_of("chief_inspector") is None
    comps = CompartmentMap(schema)
    voice = comps.for_field(schema.section("survivor_voice").fields[0].id)
    assert voice.consent == access.consent
    assert voice.id == compartment_id(voice.read, voice.write, voice.consent) != compartment_id(voice.read, voice.write)
    # Every other compartment keeps the id the shipped agreement gives it: stored data stays put.
    shipped = CompartmentMap(load_schema())
    assert set(comps.by_id) - {voice.id} <= set(shipped.by_id)
    assert all(c.id == compartment_id(c.read, c.write) for c in shipped.by_id.values())


@pytest.mark.parametrize(
    "rule,needle",
    [
        (
            '[sections.survivor_voice.consent]\nlegal = "person harmed"',
            "'consent' names 'legal', which does not read it",
        ),
        ('[sections.survivor_voice.consent]\nadvocate = "person harmed"', "'advocate' writes it"),
        ('[sections.survivor_voice.consent]\nfacilitator = "the neighbour"', "the party 'the neighbour'"),
    ],
)
def test_a_consent_rule_that_cannot_hold_is_refused_naming_the_file_and_the_rule(tmp_path, rule, needle):
    with pytest.raises(SchemaError) as err:
        _load(tmp_path, _with_consent_rule(rule))
    assert needle in str(err.value) and "isa.toml" in str(err.value) and "survivor_voice" in str(err.value)


def _consent(*records):
    return consent_status(list(records), TODAY)


def _record(status, **extra):
    record = {
        "id": status,
        "party": "person harmed",
        "consent_status": status,
        "recorded_on": "2026-11-01",
        "method": "in person",
        "explained": "what sharing means",
    }
    record.update(extra)
    return record


PAIRS = (("facilitator", "person harmed"),)


@pytest.mark.parametrize(
    "records,off",
    [
        ((_record("given"),), False),
        ((_record("time-limited", valid_until="2026-12-31"),), False),
        ((_record("time-limited", valid_until="2026-11-30"),), True),  # ran out before today
        ((_record("given"), _record("withdrawn", recorded_on="2026-11-20", after="given")), True),
        ((_record("refused"),), True),
        ((), True),  # never asked: nothing is shared on a consent no one gave
        (
            (
                _record("withdrawn"),
                _record(
                    "overridden", override_reason="risk to a child", lawful_basis="s.47 CA 1989", after="withdrawn"
                ),
            ),
            False,
        ),
    ],
    ids=["given", "time-limited", "ran-out", "withdrawn", "refused", "none", "overridden"],
)
def test_consent_decides_whether_the_consent_readers_hold_the_data(records, off):
    consent = _consent(*records)
    assert switched_off(PAIRS, consent) == (frozenset({"facilitator"}) if off else frozenset())
    basis = basis_of("facilitator", PAIRS, consent, "UK GDPR art. 6(1)(e)")
    assert basis.kind == "consent" and basis.party == "person harmed" and basis.holds is not off
    # A safeguarding reader holds it whatever the party says, under the lawful basis named.
    other = basis_of("chief_inspector", PAIRS, consent, "UK GDPR art. 6(1)(e)")
    assert other.kind == SAFEGUARDING and other.holds and other.lawful_basis == "UK GDPR art. 6(1)(e)"


def test_an_override_is_marked_as_such():
    consent = _consent(_record("overridden", override_reason="serious harm", lawful_basis="DPA 2018 sch. 8"))
    assert basis_of("facilitator", PAIRS, consent, "").overridden
