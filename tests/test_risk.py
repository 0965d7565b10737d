"""Risk: instruments as data, scoring and levels, professional judgement, escalation, repeats,
reviews and the eligibility rule; assessments kept in a case and read back by other roles."""

import datetime as dt

import pytest

from app.models.errors import PermissionDenied, SchemaError, ValidationError
from app.models.risk.assessment import RiskPicture, escalation, is_repeat, make_assessment, review, score_assessment
from app.models.risk.eligibility import decide
from app.models.risk.instruments import DEFAULT_INSTRUMENTS, load_instrument, load_instruments
from app.models.risk.policy import DEFAULT_POLICY, load_policy
from app.models.risk.register import assessments, record_assessment, risk_picture

INSTRUMENTS = load_instruments()
DASH = INSTRUMENTS["dash"]
POLICY = load_policy(INSTRUMENTS)
TODAY = dt.date(2026, 11, 20)
D = dt.date.fromisoformat


def answers(yes: int, dont_know: int = 0) -> dict[str, str]:
    out = {}
    for i, q in enumerate(DASH.questions):
        out[q.id] = "yes" if i < yes else ("dont_know" if i < yes + dont_know else "no")
    return out


def assess(yes: int, **over):
    args = dict(assessed_on=TODAY, assessor="A. Assessor", agency="Police", answers=answers(yes), today=TODAY)
    args.update(over)
    return make_assessment(DASH, POLICY, **args)


# ----- the instrument and the policy as data ------------------------------------------------
def test_the_dash_checklist_ships_as_credited_data_with_24_questions():
    assert len(DASH.questions) == 24 and len({q.id for q in DASH.questions}) == 24
    assert DASH.answers == ("yes", "no", "dont_know") and DASH.answer_labels == ("Yes", "No", "Don't know")
    assert "SafeLives" in DASH.credit and DASH.version == "2009"


def test_an_area_adds_an_instrument_by_adding_a_file(tmp_path):
    for f in DEFAULT_INSTRUMENTS.glob("*.toml"):
        (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "local.toml").write_text(
        """
id = "local_form"
name = "Local screening form"
name_cy = "Ffurflen sgrinio leol"
version = "3"
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
text_cy = "A fu bygythiadau?"
[[questions]]
id = "weapons"
text = "Have weapons been used?"
text_cy = "A ddefnyddiwyd arfau?"
""",
        encoding="utf-8",
    )
    found = load_instruments(tmp_path)
    assert set(found) == {"dash", "local_form"}
    policy_file = tmp_path / "risk.toml"
    policy_file.write_text(
        DEFAULT_POLICY.read_text(encoding="utf-8")
        + """
[instruments.local_form]
levels = [
  { id = "standard", label = "Standard", label_cy = "Safonol", min = 0 },
  { id = "high", label = "High", label_cy = "Uchel", min = 2 },
]
""",
        encoding="utf-8",
    )
    policy = load_policy(found, policy_file)
    local = found["local_form"]
    a = make_assessment(
        local,
        policy,
        assessed_on=TODAY,
        assessor="B",
        agency="Health",
        answers={"fear": "yes", "threats": "yes", "weapons": "no"},
        today=TODAY,
    )
    scored = score_assessment(local, policy, a)
    assert (scored.score, scored.level.id) == (2, "high")
    # Without levels in the policy a new instrument is refused, by name.
    with pytest.raises(SchemaError, match="local_form"):
        load_policy(found)


@pytest.mark.parametrize(
    "change, problem",
    [
        (lambda s: s.replace('scoring = "count_first"', 'scoring = "sum"'), "scoring"),
        (lambda s: s.replace('id = "frightened"', 'id = "injury"'), "used twice"),
        (lambda s: s.replace('answers = ["yes", "no", "dont_know"]', 'answers = ["yes"]'), "at least two"),
        (lambda s: s + '\ncolour = "red"\n', "unknown key"),
        (lambda s: s.replace('text = "Are you very frightened?"', 'text = ""'), "text"),
        (lambda s: s.replace("[[questions]]", "[[questionz]]"), "unknown key"),
    ],
)
def test_a_malformed_instrument_is_refused_with_a_clear_message(tmp_path, change, problem):
    bad = tmp_path / "bad.toml"
    bad.write_text(change((DEFAULT_INSTRUMENTS / "dash.toml").read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(SchemaError, match=problem) as err:
        load_instrument(bad)
    assert "bad.toml" in str(err.value)


@pytest.mark.parametrize(
    "change, problem",
    [
        (
            lambda s: s.replace('eligible_levels = ["standard"]', 'eligible_levels = ["standard", "medium", "high"]'),
            "highest level",
        ),
        (
            lambda s: s.replace(
                '{ id = "medium", label = "Medium", label_cy = "Canolig", min = 10 }',
                '{ id = "medium", label = "Medium", label_cy = "Canolig", min = 15 }',
            ),
            "lowest first",
        ),
        (
            lambda s: s.replace(
                '{ id = "standard", label = "Standard", label_cy = "Safonol", min = 0 }',
                '{ id = "standard", label = "Standard", label_cy = "Safonol", min = 1 }',
            ),
            "start at 0",
        ),
        (lambda s: s.replace("incidents = 3", "incidents = 0"), "incidents"),
        (lambda s: s.replace('eligible_levels = ["standard"]', 'eligible_levels = ["low"]'), "unknown level"),
        (lambda s: s.replace("escalation_blocks = true", 'escalation_blocks = "yes"'), "true or false"),
    ],
)
def test_a_policy_that_breaks_a_rule_is_refused(tmp_path, change, problem):
    bad = tmp_path / "risk.toml"
    bad.write_text(change(DEFAULT_POLICY.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(SchemaError, match=problem):
        load_policy(INSTRUMENTS, bad)


# ----- scoring and levels -----------------------------------------------------------------
@pytest.mark.parametrize(
    "yes, level", [(0, "standard"), (9, "standard"), (10, "medium"), (13, "medium"), (14, "high"), (24, "high")]
)
def test_score_is_the_number_of_yes_answers_and_sets_the_safelives_level(yes, level):
    scored = score_assessment(DASH, POLICY, assess(yes, answers=answers(yes, dont_know=3)))
    assert scored.score == yes and scored.level.id == level and not scored.raised


def test_professional_judgement_raises_the_level_with_a_reason():
    scored = score_assessment(
        DASH, POLICY, assess(5, judgement_level="high", judgement_reason="Threats to kill overheard by a neighbour.")
    )
    assert (scored.score, scored.computed.id, scored.level.id, scored.raised) == (5, "standard", "high", True)


def test_professional_judgement_needs_a_reason():
    with pytest.raises(ValidationError, match="reason") as err:
        assess(5, judgement_level="medium")
    assert err.value.field_id == "judgement_reason"


def test_professional_judgement_can_never_lower_the_level():
    with pytest.raises(ValidationError, match="never lower"):
        assess(15, judgement_level="medium", judgement_reason="The survivor seems calm.")
    with pytest.raises(ValidationError, match="never lower"):
        assess(11, judgement_level="standard", judgement_reason="x")


def test_judgement_at_the_computed_level_is_refused_and_so_is_an_unknown_level():
    # A raise to the level the score gives would drop its reason silently: it is refused.
    with pytest.raises(ValidationError, match="already gives"):
        assess(11, judgement_level="medium")
    with pytest.raises(ValidationError, match="not a level"):
        assess(3, judgement_level="extreme", judgement_reason="x")


@pytest.mark.parametrize(
    "over, problem",
    [
        (dict(answers={q.id: "yes" for q in DASH.questions[:20]}), "4 question\\(s\\) unanswered"),
        (dict(answers={**answers(3), "made_up": "yes"}), "no question"),
        (dict(answers={**answers(3), "injury": "maybe"}), "not one of"),
        (dict(assessed_on=TODAY + dt.timedelta(days=1)), "future"),
        (dict(assessed_on="21/11/2026"), "YYYY-MM-DD"),
        (dict(assessor="  "), "assessor"),
        (dict(agency=""), "agency"),
    ],
)
def test_incomplete_or_wrong_assessments_are_refused_clearly(over, problem):
    with pytest.raises(ValidationError, match=problem):
        assess(3, **over)


def test_the_source_of_information_is_kept_per_answer():
    a = assess(2, answers={**answers(2), "injury": ("yes", "police officer at the scene")})
    assert a.answer("injury").source == "police officer at the scene"
    assert a.answer("frightened").source == ""


# ----- escalation, repeat, review --------------------------------------------------------
def test_escalation_counts_incidents_in_the_window_against_the_threshold():
    dates = [D("2026-01-10"), D("2026-06-01"), D("2025-11-21")]
    e = escalation(dates, TODAY, POLICY)
    assert (e.incidents, e.threshold, e.escalating) == (3, 3, True)
    e = escalation([D("2025-11-20"), D("2026-06-01"), D("2026-09-01")], TODAY, POLICY)  # one is 365 days back
    assert (e.incidents, e.escalating) == (2, False)
    assert escalation([D("2026-12-01")] * 5, TODAY, POLICY).incidents == 0  # future dates are not incidents yet


def test_a_repeat_is_a_new_incident_within_twelve_months_of_the_last_referral():
    referral = D("2026-02-01")
    assert is_repeat([D("2026-05-01")], referral, POLICY)
    assert not is_repeat([D("2026-01-15")], referral, POLICY)  # before the referral
    assert not is_repeat([D("2027-03-01")], referral, POLICY)  # more than a year after
    assert not is_repeat([D("2026-05-01")], None, POLICY)


def test_review_is_due_twelve_weeks_after_the_last_assessment_or_at_a_new_incident():
    r = review([D("2026-06-01"), D("2026-08-01")], [], TODAY, POLICY)
    assert r.due == D("2026-08-01") + dt.timedelta(weeks=12) and r.overdue
    r = review([D("2026-10-01")], [], TODAY, POLICY)
    assert r.due == D("2026-12-24") and not r.overdue
    r = review([D("2026-10-01")], [D("2026-11-01")], TODAY, POLICY)
    assert (r.due, r.overdue, r.reason) == (D("2026-11-01"), True, "a new incident since the last assessment")
    r = review([D("2026-10-01")], [D("2026-09-01")], TODAY, POLICY)  # an incident before it changes nothing
    assert r.due == D("2026-12-24")
    assert review([], [], TODAY, POLICY).reason == "no risk assessment recorded yet"


# ----- eligibility ------------------------------------------------------------------------
def picture(yes: int | None, incidents: list | None = (), referral=None, **judgement) -> RiskPicture:
    history = [] if yes is None else [score_assessment(DASH, POLICY, assess(yes, **judgement))]
    dates = None if incidents is None else list(incidents)
    return RiskPicture(
        history,
        None if dates is None else escalation(dates, TODAY, POLICY),
        None if dates is None else is_repeat(dates, referral, POLICY),
    )


def test_a_standard_risk_case_with_consent_is_eligible_and_names_the_rule():
    e = decide(POLICY, picture(4), "given")
    assert e.eligible and e.rule == "standard-risk-only v1" and e.policy_version == "2026.1"
    assert not e.needs_sign_off_override


@pytest.mark.parametrize(
    "case, consent, reason",
    [
        (lambda: picture(14), "given", "high"),
        (lambda: picture(24), "given", "high"),
        (lambda: picture(11), "given", "medium"),
        (
            lambda: picture(3, judgement_level="high", judgement_reason="Coercion seen."),
            "given",
            "professional judgement",
        ),
        (lambda: picture(None), "given", "no risk assessment"),
        (lambda: picture(3, incidents=[D("2026-03-01"), D("2026-05-01"), D("2026-10-01")]), "given", "escalating"),
        (lambda: picture(3, incidents=None), "given", "cannot be confirmed"),
        (lambda: picture(3), "refused", "consent"),
        (lambda: picture(3), None, "consent"),
    ],
)
def test_the_default_rule_refuses_and_says_why(case, consent, reason):
    e = decide(POLICY, case(), consent)
    assert not e.eligible and e.needs_sign_off_override
    assert any(reason in r for r in e.reasons), e.reasons
    assert "standard-risk-only v1" in e.summary()


def test_no_configurable_policy_makes_a_high_risk_case_eligible():
    # The loader refuses such a policy (above); and whatever is eligible, 14+ is not.
    for yes in range(14, 25):
        assert not decide(POLICY, picture(yes), "given").eligible


# ----- kept in the case -------------------------------------------------------------------
def test_assessments_are_kept_as_history_and_read_by_the_panel(make_workspace):
    police = make_workspace("police")
    case = police.new_case(reference="CC-RISK-1")
    case.set("referral_date", "2026-03-01")
    first = assess(6, assessed_on=D("2026-04-01"), assessor="PC Jones", agency="Police")
    second = assess(
        15,
        assessed_on=D("2026-09-15"),
        assessor="PC Jones",
        agency="Police",
        answers={**answers(15), "injury": ("yes", "hospital record")},
    )
    record_assessment(case, DASH, POLICY, second)  # stored out of order: the history sorts by date
    record_assessment(case, DASH, POLICY, first)
    case.add_record("incidents", {"incident_date": "2026-05-01", "incident_type": "threats"})
    case.add_record("incidents", {"incident_date": "2026-10-01", "incident_type": "physical"})

    history, bad = assessments(case, INSTRUMENTS, POLICY)
    assert bad == [] and [s.score for s in history] == [6, 15] and [s.level.id for s in history] == ["standard", "high"]
    assert history[1].assessment.answer("injury").source == "hospital record"
    p = risk_picture(case, INSTRUMENTS, POLICY, TODAY)
    assert p.current.level.id == "high" and p.repeat is True and p.escalation.incidents == 2
    assert p.review.due == D("2026-10-01") and p.review.overdue  # the incident after the last assessment

    # Another role of the panel sees the history but not the incidents: escalation unknown.
    clinician = police.open_case("CC-RISK-1")
    clinician.role = "clinician"
    assert [s.score for s in assessments(clinician, INSTRUMENTS, POLICY)[0]] == [6, 15]
    p = risk_picture(clinician, INSTRUMENTS, POLICY, TODAY)
    assert p.escalation is None and p.repeat is None
    assert "cannot be confirmed" in " ".join(decide(POLICY, p, "given").reasons)
    with pytest.raises(PermissionDenied):
        record_assessment(clinician, DASH, POLICY, first)


def test_an_assessment_this_device_cannot_score_is_shown_as_unreadable_not_dropped(make_workspace):
    police = make_workspace("police")
    case = police.new_case(reference="CC-RISK-2")
    record_assessment(case, DASH, POLICY, assess(4))
    good = case.get("risk_assessments")[0]["answers"]
    case.add_record("risk_assessments", {"instrument": "dara", "assessed_on": "2026-10-01", "answers": good}, form=True)
    case.add_record(
        "risk_assessments", {"instrument": "dash", "assessed_on": "2026-10-02", "answers": "0011"}, form=True
    )
    case.add_record(
        "risk_assessments",
        form=True,
        record={"instrument": "dash", "assessed_on": "2026-10-03", "answers": good[:-1] + "7"},
    )
    case.add_record("risk_assessments", {"instrument": "dash", "answers": good}, form=True)
    history, bad = assessments(case, INSTRUMENTS, POLICY)
    assert [s.score for s in history] == [4]
    problems = sorted(b.problem for b in bad)
    assert any("'dara' is not installed" in p for p in problems)
    assert any("do not match the questions" in p for p in problems)
    assert any("unreadable" in p for p in problems)
    assert any("no valid date" in p for p in problems)
    assert all(b.record_id for b in bad)


def test_answers_are_tied_to_the_checklist_s_questions_and_order(make_workspace):
    from dataclasses import replace

    from app.models.risk.register import decode_answers, encode_answers

    a = assess(5, answers={**answers(5), "pregnancy": ("dont_know", "midwife")})
    codes, sources = encode_answers(DASH, a)
    assert len(codes.split(":")[1]) == 24 and sources == "pregnancy: midwife"
    assert decode_answers(DASH, codes, sources) == a.answers
    reordered = replace(DASH, questions=tuple(reversed(DASH.questions)))
    with pytest.raises(ValidationError, match="do not match"):
        decode_answers(reordered, codes, sources)
