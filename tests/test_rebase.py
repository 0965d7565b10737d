"""Saving long text typed while another device's words were merged in keeps both."""

from hypothesis import given
from hypothesis import strategies as st

from app.models.documents.textdiff import rebase
from app.workspace import Workspace


def test_their_words_survive_our_save():
    base = "The survivor asked for contact by text."
    theirs = "The survivor asked for contact by text only, never by phone."
    mine = "Today the survivor asked for contact by text."
    assert rebase(base, mine, theirs) == "Today the survivor asked for contact by text only, never by phone."


def test_unchanged_cases():
    assert rebase("abc", "abc", "abXc") == "abXc"  # we changed nothing
    assert rebase("abc", "abYc", "abc") == "abYc"  # nobody else did


def test_same_stretch_changed_by_both_keeps_both():
    assert rebase("one two three", "one 2 three", "one TWO three") in (
        "one TWO2 three",
        "one 2TWO three",
        "one TWO 2three",
    )


# The base never holds the inserted letters: an 'X' already in it would make where our 'XY' went
# ambiguous ('00X' + 'XY' is also '00X' + 'YX'), and either reading is a right merge.
@given(st.text(alphabet=st.characters(blacklist_characters="XYZPQR"), max_size=30), st.data())
def test_two_insertions_both_survive(base, data):
    i = data.draw(st.integers(0, len(base)))
    j = data.draw(st.integers(0, len(base)))
    ours = data.draw(st.text(alphabet="XYZ", min_size=1, max_size=5))
    theirs = data.draw(st.text(alphabet="PQR", min_size=1, max_size=5))
    mine, current = base[:i] + ours + base[i:], base[:j] + theirs + base[j:]
    out = rebase(base, mine, current)
    assert len(out) == len(base) + len(ours) + len(theirs)
    assert ours in out and theirs in out
    assert "".join(ch for ch in out if ch not in "XYZPQR") == "".join(ch for ch in base if ch not in "XYZPQR")


def test_session_set_with_base_keeps_a_change_from_another_opening(make_workspace, memory_keyring):
    ws = make_workspace("advocate")
    case = ws.new_case("REB-1")
    case.set("referral_reason", "Wants a letter.")
    other = Workspace.open(ws.folder, backend=memory_keyring)
    try:
        other.open_case(case.case_id).set("referral_reason", "Wants a letter. Not a meeting.")
        # This window still shows "Wants a letter." and its person typed at the start.
        ws.open_case(case.case_id).set("referral_reason", "Today: Wants a letter.", base="Wants a letter.")
        assert ws.open_case(case.case_id).get("referral_reason") == "Today: Wants a letter. Not a meeting."
    finally:
        other.close()
