"""Each party's language for contact is asked and recorded, and shown wherever contact with them
is planned: the process (sessions), aftercare check-ins waiting, meeting mode and the actions
agreed there, and the sign-off pack."""

import datetime as dt

import pytest

from app.models import clock, language
from app.models.contact_language import contact_languages, contact_summary
from app.models.process import worklist
from app.models.process.signoff_pack import build_pack
from tests.support.process_panel import approved_case, make_panel, sync_all


@pytest.fixture
def p(make_workspace):
    return make_panel(make_workspace)


def _record(ws, reference="CC-RJ-1"):
    if reference not in {c.reference for c in ws.list_cases()}:
        ws.new_case(reference=reference)
    case = ws.open_case(reference)
    case.set("harmed_language", "Welsh")
    case.set("harmed_interpreter", False)
    case.set("harmer_language", "other")
    case.set("harmer_language_other", "Polish")
    case.set("harmer_interpreter", True)
    return case


def test_each_party_s_preference_reads_in_the_reader_s_language(p):
    case = _record(p["advocate"])
    assert [(c.party, c.language) for c in contact_languages(case)] == [("harmed", "Welsh"), ("harmer", "other")]
    with language.using("en"):
        assert contact_summary(case) == "Person harmed: Welsh; Person who caused harm: Polish, interpreter needed"
    with language.using("cy"):
        assert contact_summary(case) == (
            "Y person a niweidiwyd: Cymraeg; Y person a achosodd niwed: Polish, angen cyfieithydd"
        )
    # Stored as the English choice whatever the interface spoke when it was recorded.
    assert case.get("harmed_language") == "Welsh"


def test_a_preference_never_asked_says_so_rather_than_assuming(p):
    case = p["advocate"].new_case(reference="CC-RJ-1")
    with language.using("en"):
        assert contact_summary(case) == "Person harmed: not asked yet; Person who caused harm: not asked yet"


def test_the_sign_off_pack_and_meeting_facts_carry_it(p):
    _record(p["advocate"])
    sync_all(p)
    ci = p["chief_inspector"]
    case = ci.open_case("CC-RJ-1")
    with language.using("en"):
        view = ci.process.view(case)
        parties = dict(build_pack(case, view, ci.risk.view_of(case), frozenset({"chief_inspector"}))[0].rows)
    assert parties["Person harmed: language for contact"] == "Welsh"
    assert parties["Person who caused harm: other language"] == "Polish"
    assert parties["Person who caused harm: interpreter needed"] == "yes"


def test_an_overdue_aftercare_check_in_names_the_survivor_s_language(p):
    approved_case(p)
    _record(p["advocate"])
    sync_all(p)
    f = p["facilitator"]
    f.process.step("CC-RJ-1", "preparation", "Preparation begins")
    sync_all(p)
    p["advocate"].process.record_breach("CC-RJ-1", "Unauthorised contact at the survivor's workplace.")
    sync_all(p)
    f.process.step("CC-RJ-1", "aftercare", "Aftercare after termination")
    later = clock.today() + dt.timedelta(days=60)
    case = f.open_case("CC-RJ-1")
    with language.using("en"):
        items = worklist.items_for_case(
            case, f.process, f.risk, "Fran Facilitator", "Restorative service", "facilitator", later
        )
    checkins = [i for i in items if i.kind == worklist.CHECKIN]
    assert checkins and all("(in Welsh)" in i.what for i in checkins)
    with language.using("cy"):
        items = worklist.items_for_case(
            case, f.process, f.risk, "Fran Facilitator", "Restorative service", "facilitator", later
        )
    assert any("(iaith: Cymraeg)" in i.what for i in items if i.kind == worklist.CHECKIN)
