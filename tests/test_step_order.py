"""The order a case's process steps are folded in: each after the step its device had last,
concurrent branches whole, the branch whose clock says earlier first - never by clock alone."""

from app.models.process.lifecycle import Step, causal_order


def step(rid, at, after=""):
    return Step(rid, "x", at, "someone", "police", "why", after=after)


def ids(steps):
    return [s.record_id for s in causal_order(steps)]


def test_a_step_follows_the_one_its_device_had_last_whatever_its_clock_says():
    a, b = step("a", "2026-12-01T09:00"), step("b", "2026-12-01T10:00", after="a")
    slow = step("c", "2026-11-24T11:00", after="b")  # a laptop a week slow, made after b
    assert ids([a, b, slow]) == ["a", "b", "c"]


def test_concurrent_branches_are_taken_whole_earlier_clock_first():
    root = step("r", "2026-12-01T09:00")
    old = [
        step("o1", "2026-12-01T10:00", after="r"),
        step("o2", "2026-12-02T10:00", after="o1"),
        step("o3", "2026-12-03T10:00", after="o2"),
    ]
    new = step("n", "2026-12-04T10:00", after="r")  # made without knowing of the o branch
    # Whatever order the list holds them in (Automerge's tie-break), the fold is the same.
    assert ids([root, *old, new]) == ids([root, new, *old]) == ["r", "o1", "o2", "o3", "n"]
    then = step("t", "2026-12-04T11:00", after="n")
    assert ids([root, new, then, *old]) == ["r", "o1", "o2", "o3", "n", "t"]


def test_records_from_before_steps_named_their_predecessor_keep_list_order():
    legacy = [step("a", "2026-12-03T09:00"), step("b", "2026-12-01T09:00"), step("c", "2026-12-02T09:00")]
    assert ids(legacy) == ["a", "b", "c"]
    assert ids([*legacy, step("d", "2026-11-01T00:00", after="c")]) == ["a", "b", "c", "d"]
    # A name this device does not hold, or one that points forward, falls back to list order.
    assert ids([step("a", "1"), step("b", "0", after="zz"), step("c", "0", after="d"), step("d", "0")]) == [
        "a",
        "b",
        "c",
        "d",
    ]
