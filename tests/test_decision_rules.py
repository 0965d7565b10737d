"""The rules a Chief Inspector's decision is held to when it is made: every part of the National
Decision Model written out and answering its own question, and an approval over a red flag only
with an override statement for that flag, recorded and signed with the decision."""

import dataclasses
import datetime as dt
import hashlib
import json

import pytest

from app.models.errors import ValidationError
from app.models.process.aftercare import load_ndm_minimum
from app.models.process.signoff import DecisionRefused, check_decision, parse, sign, verify_record
from tests.support.decision_cases import REF, flagged_case, statement
from tests.support.pinned_clock import pin_wall
from tests.support.process_panel import RATIONALE, make_panel, sync_all

today_is = pin_wall(dt.date(2026, 11, 20))


@pytest.fixture
def p(make_workspace):
    return make_panel(make_workspace)


# Each flag, the case that raises it, and the flags that cannot but come with it (the shipped
# eligibility rule refuses a high, raised or escalating case).
FLAG_CASES = [
    ("eligibility", {"referral_consent": False}, ()),
    ("risk-high", {"yes": 15}, ("eligibility",)),
    ("risk-raised", {"judgement": "medium"}, ("eligibility",)),
    ("escalation", {"incidents": ("2026-03-01", "2026-06-01", "2026-09-01")}, ("eligibility",)),
    ("repeat", {"referral_date": "2026-08-01", "incidents": ("2026-09-01",)}, ()),
    ("review-overdue", {"on": "2026-08-01"}, ()),
    ("review-due-now", {"incidents": ("2026-11-10",)}, ()),
    ("consent-person-harmed", {"harmed": "withdrawn"}, ()),
    ("consent-person-who-caused-harm", {"harmer": None}, ()),
    ("safeguard-facilitation", {"supervisor": False}, ()),
    ("safeguard-safety-plan", {"safety_plan": False}, ()),
]


@pytest.mark.parametrize("flag,build,also", FLAG_CASES, ids=[c[0] for c in FLAG_CASES])
def test_each_red_flag_needs_its_own_override_for_an_approval(p, flag, build, also):
    flagged_case(p, **build)
    ci = p["chief_inspector"]
    flags = {f.id: f.words for f in ci.process.red_flags(REF)}
    assert set(flags) == {flag, *also}, flags
    others = {fid: statement(fid) for fid in flags if fid != flag}
    with pytest.raises(DecisionRefused) as refused:
        ci.process.decide(REF, "approve", RATIONALE, rank="Chief Inspector", overrides=others)
    assert refused.value.problems == (
        f"an override statement is needed for the red flag '{flag}' ({flags[flag].rstrip('.')})",
    )
    assert ci.open_case(REF).get("signoff_decisions") == []
    rid = ci.process.decide(
        REF, "approve", RATIONALE, rank="Chief Inspector", overrides={**others, flag: statement(flag)}
    )
    current = ci.process.view(REF).current
    assert current.record_id == rid and current.valid
    assert (flag, flags[flag], statement(flag)) in [(f.id, f.words, f.override) for f in current.decision.red_flags]


def test_a_time_limited_consent_is_flagged_as_not_given_outright(p):
    flagged_case(p, harmer="time-limited")
    [flag] = p["chief_inspector"].process.red_flags(REF)
    assert flag.id == "consent-person-who-caused-harm" and "time-limited" in flag.words and "2027-03-01" in flag.words


def test_a_pause_the_process_never_went_on_from_is_a_red_flag_for_the_next_approval(p):
    flagged_case(p)
    ci, facilitator, police = p["chief_inspector"], p["facilitator"], p["police"]
    assert ci.process.red_flags(REF) == []
    ci.process.decide(REF, "approve", RATIONALE, rank="Chief Inspector")  # nothing flagged: nothing to override
    sync_all(p)
    facilitator.process.step(REF, "preparation", "Preparation begins")
    facilitator.process.pause(REF, "coercion or threats", "Messages to the survivor through a cousin")
    sync_all(p)
    police.process.request_signoff(REF, "Fresh decision after the pause")
    sync_all(p)
    [flag] = ci.process.red_flags(REF)
    assert flag.id == "paused-coercion-or-threats" and "Messages to the survivor through a cousin" in flag.words
    with pytest.raises(DecisionRefused, match="paused-coercion-or-threats"):
        ci.process.decide(
            REF,
            "approve",
            {**RATIONALE, "information": RATIONALE["information"] + " Paused since."},
            rank="Chief Inspector",
        )
    ci.process.decide(REF, "approve", RATIONALE, rank="Chief Inspector", overrides={flag.id: statement(flag.id)})
    assert ci.process.view(REF).current.decision.red_flags[0].override == statement(flag.id)


def test_short_or_repeated_rationale_parts_are_refused_with_everything_missing_at_once(p):
    flagged_case(p, referral_consent=False)
    ci = p["chief_inspector"]
    rationale = {**RATIONALE, "information": "ok", "options": "  " + RATIONALE["assessment"].upper() + " "}
    with pytest.raises(DecisionRefused) as refused:
        ci.process.decide(REF, "approve", rationale, rank="Chief Inspector")
    problems = refused.value.problems
    assert "Information and intelligence is too short: 2 of at least 40 characters" in problems
    assert (
        "Assessment of threat and risk and Options and contingencies hold the same text: each answers its own question"
    ) in problems
    assert any(x.startswith("an override statement is needed for the red flag 'eligibility'") for x in problems)
    assert len(problems) == 3 and str(refused.value).startswith("the decision cannot be signed: ")
    # A decline is held to the same rationale.
    with pytest.raises(DecisionRefused, match="Information and intelligence is too short"):
        ci.process.decide(REF, "decline", rationale, rank="Chief Inspector")
    assert ci.open_case(REF).get("signoff_decisions") == []


def test_override_statements_must_be_long_enough_their_own_and_for_a_flag_raised_now(p):
    flagged_case(p, referral_consent=False)
    ci = p["chief_inspector"]
    cases = [
        (
            {"eligibility": "accepted"},
            "the override statement for the red flag 'eligibility' is too short: 8 of at least 40 characters",
        ),
        (
            {"eligibility": RATIONALE["powers_policy"]},
            "Powers and policy and the override statement for 'eligibility' hold the same text",
        ),
        (
            {"eligibility": statement("eligibility"), "risk-high": statement("risk-high")},
            "there is no red flag 'risk-high' now (the case may have changed)",
        ),
    ]
    for overrides, problem in cases:
        with pytest.raises(DecisionRefused) as refused:
            ci.process.decide(REF, "approve", RATIONALE, rank="Chief Inspector", overrides=overrides)
        assert any(x.startswith(problem) for x in refused.value.problems), refused.value.problems


def test_declining_or_deferring_needs_no_override_and_takes_none(p):
    flagged_case(p, referral_consent=False, harmer=None)
    ci = p["chief_inspector"]
    with pytest.raises(DecisionRefused, match="override statements belong to an approval only"):
        ci.process.decide(
            REF, "decline", RATIONALE, rank="Chief Inspector", overrides={"eligibility": statement("eligibility")}
        )
    ci.process.decide(REF, "decline", RATIONALE, rank="Chief Inspector")
    sync_all(p)
    d = p["police"].process.view(REF).current.decision
    assert d.decision == "decline" and p["police"].process.view(REF).current.valid
    # The flags of the day are recorded with the decline too, answered by nothing.
    assert [(f.id, f.override) for f in d.red_flags] == [("eligibility", ""), ("consent-person-who-caused-harm", "")]


def test_the_override_is_signed_with_the_decision_and_an_approval_without_it_does_not_verify(p):
    flagged_case(p, referral_consent=False)
    ci, police = p["chief_inspector"], p["police"]
    ci.process.decide(
        REF, "approve", RATIONALE, rank="Chief Inspector", overrides={"eligibility": statement("eligibility")}
    )
    sync_all(p)
    record = police.open_case(REF).get("signoff_decisions")[0]
    body = json.loads(record["signed_content"])
    assert body["format"] == 2
    words = ci.process.view(REF).current.decision.red_flags[0].words
    assert body["red_flags"] == [{"id": "eligibility", "words": words, "override": statement("eligibility")}]
    view = police.process.view(REF)
    assert view.current.valid
    assert view.current.content_hash == hashlib.sha256(record["signed_content"].encode()).hexdigest()
    # The statement cannot be changed after signing ...
    changed = json.loads(record["signed_content"])
    changed["red_flags"][0]["override"] = "Something else, written after the decision was signed."
    forged = {**record, "id": "x1", "signed_content": json.dumps(changed)}
    v = verify_record(forged, view.current.decision.case_id, police.member_of)
    assert not v.valid and "altered or forged" in v.problem
    # ... and an approval signed without one (by a device that skipped the rule) is refused on receipt.
    d = parse(record["signed_content"], record["field_digests"])
    bare = dataclasses.replace(d, red_flags=tuple(dataclasses.replace(f, override="") for f in d.red_flags))
    skipped = {**record, "id": "x2", "signed_content": bare.canonical().decode(), "signature": sign(bare, ci.keys.sign)}
    v = verify_record(skipped, d.case_id, police.member_of)
    assert not v.valid and v.problem == ("it approves over red flag(s) it gives no override statement for: eligibility")


def test_format_1_decisions_still_parse_and_verify(p):
    flagged_case(p)
    ci = p["chief_inspector"]
    ci.process.decide(REF, "approve", RATIONALE, rank="Chief Inspector")
    record = ci.open_case(REF).get("signoff_decisions")[0]
    d = parse(record["signed_content"], record["field_digests"])
    # What a device of the first format signed: no red flags, format 1.
    body = json.loads(d.canonical())
    del body["red_flags"]
    body["format"] = 1
    old_bytes = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    old = parse(old_bytes, record["field_digests"])
    assert old.format == 1 and old.red_flags == ()
    assert old.canonical() == old_bytes and old.content_hash() == hashlib.sha256(old_bytes).hexdigest()
    old_record = {**record, "id": "old", "signed_content": old_bytes.decode(), "signature": sign(old, ci.keys.sign)}
    v = verify_record(old_record, d.case_id, ci.member_of)
    assert v.valid and v.decision.approves and v.content_hash == hashlib.sha256(old_bytes).hexdigest()
    body["format"] = 3
    with pytest.raises(ValidationError, match="not readable"):
        parse(json.dumps(body))


def test_check_decision_lists_every_problem_in_one_message():
    with pytest.raises(DecisionRefused) as refused:
        check_decision("", "", {"information": "x" * 50}, "", "", minimum=40)
    problems = refused.value.problems
    assert problems[0].startswith("choose the decision: approve, approve with conditions, decline, defer")
    assert any("missing: Assessment of threat and risk, Powers and policy" in x for x in problems)
    assert "the decision needs the decision-maker's name and rank" in problems
    check_decision(
        "defer",
        "",
        {k: v for k, v in RATIONALE.items()},
        "Chris Inspector",
        "Chief Inspector",
        minimum=40,
        flags=[("eligibility", "The rule is not met.")],
    )


def test_the_minimum_comes_from_the_process_policy(tmp_path):
    assert load_ndm_minimum() == 40
    policy = tmp_path / "process.toml"
    policy.write_text("[signoff]\nndm_minimum_chars = 60\n")
    assert load_ndm_minimum(policy) == 60
    policy.write_text("[aftercare]\ncheckin_weeks = [2]\n")
    assert load_ndm_minimum(policy) == 40  # an older file: the default, never no minimum
    policy.write_text("[signoff]\nndm_minimum_chars = 0\n")
    with pytest.raises(ValidationError, match="ndm_minimum_chars must be a whole number"):
        load_ndm_minimum(policy)
