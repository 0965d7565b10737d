"""The demo panel's data as its devices hold it: parties named by pseudonym only, each case speaking
only of its own parties, and the approved case decided on a current risk review, with a signed
decision that answers its red flags and verifies on every device."""

import datetime as dt
import re

import keyring
import pytest

from app.demo.panel import CASES, build_demo_panel
from app.demo.process import OVERRIDES, SIGNED_CASE
from app.models import clock
from app.workspace import Workspace
from tests.support.keyrings import MemoryKeyring

TODAY = dt.date(2026, 12, 7)  # the days after the demo's December meeting
PSEUDONYM = re.compile(r"Person [A-Z]")
MENTION = re.compile(r"\bPerson ([A-Z])\b")
# A pseudonym followed by anything in brackets is how a real name slips in beside it.
NAMED_PSEUDONYM = re.compile(r"\bPerson [A-Z]\s*\(")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo")
    target = dt.datetime.combine(TODAY, dt.time(12, 0), dt.UTC)
    previous_clock = clock.use(clock.Clock(shift_s=(target - dt.datetime.now(dt.UTC)).total_seconds()))
    previous_keyring = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    folders = build_demo_panel(root / "panel", backend=backend)
    opened = {role: Workspace.open(folder, backend=backend) for role, folder in folders.items()}
    yield opened
    for ws in opened.values():
        ws.close()
    keyring.set_keyring(previous_keyring)
    clock.use(previous_clock)


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)


def texts_by_case(opened) -> dict[str, list[str]]:
    """Every text each case holds, as all the devices together may read it."""
    out: dict[str, list[str]] = {}
    for ws in opened.values():
        for summary in ws.list_cases():
            case = ws.open_case(summary.case_id)
            bucket = out.setdefault(case.reference, [])
            for section in case.sections():
                for f in section.fields:
                    bucket += list(_strings(case.get(f.id)))
    return out


def test_the_demo_cases_name_their_parties_by_pseudonym_only():
    for spec in CASES:
        core = spec["core"]
        for label in ("party_harmed_label", "party_harmer_label"):
            assert PSEUDONYM.fullmatch(core[label]), (spec["reference"], core[label])


def test_no_case_names_a_party_beside_a_pseudonym_or_speaks_of_another_cases_parties(demo):
    chair = demo["chair"]
    labels = {}
    for summary in chair.list_cases():
        case = chair.open_case(summary.case_id)
        own = {case.get("party_harmed_label"), case.get("party_harmer_label")}
        assert all(PSEUDONYM.fullmatch(x or "") for x in own), own
        labels[case.reference] = {x[-1] for x in own}
    texts = texts_by_case(demo)
    assert set(texts) == set(labels) and all(texts.values())
    for ref, words in texts.items():
        joined = "\n".join(words)
        assert not NAMED_PSEUDONYM.search(joined), ref
        mentioned = set(MENTION.findall(joined))
        assert mentioned <= labels[ref], f"{ref} speaks of Person {', '.join(sorted(mentioned - labels[ref]))}"
    assert len(set().union(*labels.values())) == 2 * len(labels)  # no two cases share a pseudonym


def test_the_approved_case_rests_on_a_current_review_and_its_signed_decision_verifies(demo):
    ci = demo["chief_inspector"]
    case = ci.open_case(SIGNED_CASE)
    review = ci.risk.view_of(case).picture.review
    assert not review.overdue and review.due > TODAY, review
    flags_now = {f.id for f in ci.process.red_flags(case)}
    assert not flags_now & {"review-overdue", "review-due-now"}
    for role, ws in demo.items():
        if role == "ig_officer":
            continue  # it holds no case
        current = ws.process.view(SIGNED_CASE).current
        assert current is not None and current.valid and not current.stale, (role, current and current.problem)
        d = current.decision
        assert d.approves and d.format == 2, role
        # Every red flag of its day is answered, each by its own statement, signed with it.
        assert {f.id: f.override for f in d.red_flags} == OVERRIDES, role
        assert all(len(d.rationale_text(k)) >= ci.process.ndm_minimum for k, _v in d.rationale)
