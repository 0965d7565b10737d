"""The sans-io protocol core: phases, limits, and random and mutated frames thrown at it."""

import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.sync.protocol.connection import (
    FRAME_LIMITS,
    FRAME_OF,
    TRANSITIONS,
    UNTRUSTED_FRAME,
    VERSION,
    Anchors,
    Audit,
    Bye,
    Connection,
    Done,
    Envelopes,
    Frame,
    Grants,
    Hello,
    Keys,
    Membership,
    Phase,
    ProtocolError,
    ProtocolViolation,
    Receipt,
    Summary,
    _encode_payload,
)

H = b"\x11" * 32


def pair():
    return Connection(), Connection()


def exchange_frames():
    """One side's frames of a whole exchange, in an order its phases allow."""
    return [
        Hello("panel1", "devA", 1_700_000_000),
        Membership((b"entry1",)),
        Membership((b"entry1", b"entry2")),
        Grants((b"g1",)),
        Keys((("case1", "c1", 2**40),)),
        Anchors((b"head-a", b"head-b")),
        Summary((("case1", "c1", (H,)),)),
        Grants((b"g2",)),
        Envelopes((b"env1", b"env2")),
        Done(),
        Receipt(),
        Envelopes((b"env3",)),
        Anchors((b"head-c",)),
        Bye("done"),
    ]


def test_a_whole_exchange_byte_by_byte():
    a, b = pair()
    b.trust()
    frames = exchange_frames()
    wire = b"".join(a.send(f) for f in frames)
    events = []
    for i in range(len(wire)):  # worst case fragmentation
        events += b.receive_data(wire[i : i + 1])
    assert events == frames
    assert a.ours is Phase.BYE and b.theirs is Phase.BYE and b.closed and b.peer == frames[0]


def test_frame_types_and_phases_are_listed_once():
    assert sorted(int(f) for f in Frame) == list(range(1, 12))
    assert set(FRAME_LIMITS) == set(Frame)
    # Bye ends every phase; nothing follows it.
    assert all(TRANSITIONS[(p, Frame.BYE)] is Phase.BYE for p in Phase if p is not Phase.BYE)
    assert not [k for k in TRANSITIONS if k[0] is Phase.BYE]
    # The receipt comes only after Done, and only once.
    assert [p for (p, f) in TRANSITIONS if f is Frame.RECEIPT] == [Phase.DONE]


def test_our_phase_refuses_what_it_does_not_allow():
    a = Connection()
    with pytest.raises(ProtocolViolation):
        a.send(Envelopes(()))
    a.send(Hello("p", "a"))
    with pytest.raises(ProtocolViolation):
        a.send(Hello("p", "a"))
    with pytest.raises(ProtocolViolation):
        a.send(Summary(()))  # membership first
    a.send(Membership(()))
    with pytest.raises(ProtocolViolation):
        a.send(Done())  # summary first
    with pytest.raises(ProtocolViolation):
        a.send(Receipt())


@pytest.mark.parametrize(
    "before, frame, expected",
    [
        ([], Envelopes((b"x",)), "expected hello"),
        ([Hello("p", "c")], Hello("p", "c"), "hello is not allowed"),
        ([Hello("p", "c")], Summary(()), "summary is not allowed in phase hello"),
        ([Hello("p", "c"), Membership(())], Envelopes((b"x",)), "envelopes is not allowed in phase membership"),
        ([Hello("p", "c"), Membership(())], Receipt(), "receipt is not allowed"),
        ([Hello("p", "c"), Membership(()), Summary(())], Keys(()), "keys is not allowed in phase summary"),
        ([Hello("p", "c"), Membership(()), Summary(()), Done()], Done(), "done is not allowed in phase done"),
        ([Hello("p", "c"), Membership(()), Summary(()), Done(), Receipt()], Receipt(), "receipt is not allowed"),
    ],
)
def test_a_frame_the_peers_phase_does_not_allow_closes_the_connection(before, frame, expected):
    wire = b"".join(raw(f) for f in before + [frame])
    b = Connection()
    b.trust()
    events = b.receive_data(wire)
    assert isinstance(events[-1], ProtocolError) and expected in events[-1].reason, events[-1]
    assert b.closed and b.receive_data(Connection().send(Hello("p", "z"))) == []


def test_a_wrong_version_closes():
    c = Connection()
    raw = bytearray(Connection().send(Hello("p", "x")))
    raw[5] = 9  # version 9
    [event] = c.receive_data(bytes(raw))
    assert isinstance(event, ProtocolError) and "version" in event.reason


def test_oversized_and_empty_frames_close_without_buffering():
    b = Connection(max_frame=1024)
    [event] = b.receive_data(struct.pack(">I", 10_000_000))
    assert isinstance(event, ProtocolError) and "outside" in event.reason
    c = Connection()
    [event] = c.receive_data(struct.pack(">I", 0))
    assert isinstance(event, ProtocolError)


def test_an_unpinned_peer_may_send_only_small_frames():
    a, b = pair()
    assert len(b.receive_data(a.send(Hello("p", "a")) + a.send(Membership((b"m" * 1000,))))) == 2
    # Most of a large frame announced before the peer is pinned: refused from its header alone.
    [event] = b.receive_data(struct.pack(">IB", UNTRUSTED_FRAME + 1, Frame.MEMBERSHIP))
    assert isinstance(event, ProtocolError) and "outside" in event.reason
    # The same frame from a pinned peer is read.
    a, c = pair()
    c.receive_data(a.send(Hello("p", "a")) + a.send(Membership(())))
    c.trust()
    events = c.receive_data(a.send(Summary(())) + a.send(Envelopes((b"e" * (UNTRUSTED_FRAME + 10),))))
    assert isinstance(events[-1], Envelopes) and len(events[-1].items[0]) == UNTRUSTED_FRAME + 10


def test_each_type_has_its_own_limit():
    b = Connection()
    b.trust()
    [hello] = b.receive_data(Connection().send(Hello("p", "a")))
    assert isinstance(hello, Hello)
    [event] = b.receive_data(struct.pack(">IB", FRAME_LIMITS[Frame.MEMBERSHIP] + 1, Frame.MEMBERSHIP))
    assert isinstance(event, ProtocolError) and "over its limit" in event.reason


def test_unknown_type_and_trailing_bytes_are_errors():
    b = Connection()
    [event] = b.receive_data(struct.pack(">IB", 1, 99))
    assert isinstance(event, ProtocolError) and "unknown frame type" in event.reason
    a, c = pair()
    good = bytearray(a.send(Hello("p", "a")))
    good[3] += 1
    good += b"\x00"
    [event] = c.receive_data(bytes(good))
    assert isinstance(event, ProtocolError) and "trailing" in event.reason


def valid_stream():
    a = Connection()
    return b"".join(a.send(f) for f in exchange_frames()[:-1])


ALL_EVENTS = (Hello, Membership, Summary, Envelopes, Grants, Keys, Anchors, Done, Receipt, Bye, ProtocolError)


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_never_crash_and_never_yield_data_without_hello(blob):
    b = Connection()
    events = b.receive_data(blob)
    if not events:
        assert b.theirs is Phase.START and not b.closed  # an incomplete frame: still waiting
        return
    assert isinstance(events[0], (Hello, Bye, ProtocolError))
    if isinstance(events[0], ProtocolError):
        assert b.closed and len(events) == 1
    errors = [i for i, e in enumerate(events) if isinstance(e, ProtocolError)]
    assert errors in ([], [len(events) - 1])  # nothing is accepted after an error


@settings(max_examples=500, deadline=None)
@given(st.data())
def test_mutated_frames_end_cleanly_or_decode_in_an_allowed_order(data):
    wire = bytearray(valid_stream())
    for _ in range(data.draw(st.integers(1, 4))):
        pos = data.draw(st.integers(0, len(wire) - 1))
        wire[pos] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(wire)))
    b = Connection()
    b.trust()
    events = b.receive_data(bytes(wire[:cut])) + b.receive_data(bytes(wire[cut:]))
    phase = Phase.START
    for i, e in enumerate(events):
        assert isinstance(e, ALL_EVENTS)
        if isinstance(e, ProtocolError):
            assert i == len(events) - 1 and b.closed
            continue
        phase = TRANSITIONS[(phase, Frame[type(e).__name__.upper()])]  # KeyError: an order the table forbids
    assert b.closed or b.theirs is phase


def raw(event) -> bytes:
    """A frame as a hostile peer writes it, whatever its phase would allow."""
    payload = _encode_payload(event)
    return struct.pack(">IB", len(payload) + 1, FRAME_OF[type(event)]) + payload


SAMPLES = {
    Frame.HELLO: Hello("p", "a"),
    Frame.MEMBERSHIP: Membership(()),
    Frame.SUMMARY: Summary(()),
    Frame.ENVELOPES: Envelopes(()),
    Frame.BYE: Bye("x"),
    Frame.GRANTS: Grants(()),
    Frame.DONE: Done(),
    Frame.KEYS: Keys(()),
    Frame.RECEIPT: Receipt(),
    Frame.ANCHORS: Anchors(()),
    Frame.AUDIT: Audit(()),
}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list(Frame)), min_size=1, max_size=12))
def test_any_order_of_frames_is_taken_exactly_when_the_table_allows_it(kinds):
    b = Connection()
    b.trust()
    events = b.receive_data(b"".join(raw(SAMPLES[k]) for k in kinds))
    phase = Phase.START
    for kind, event in zip(kinds, events):
        after = TRANSITIONS.get((phase, kind))
        if after is None:
            assert isinstance(event, ProtocolError) and event is events[-1]
            break
        assert not isinstance(event, ProtocolError)
        phase = after
        if phase is Phase.BYE:
            assert event is events[-1]
            break
    else:
        assert len(events) == len(kinds)


def test_audit_heads_come_once_in_the_opening_and_freely_in_a_live_session():
    # Once between the keys and the summary: not before the membership, not twice, not after.
    assert [p for (p, f) in TRANSITIONS if f is Frame.ANCHORS and TRANSITIONS[(p, f)] is Phase.ANCHORS] == [
        Phase.MEMBERSHIP,
        Phase.KEYS,
    ]
    assert (Phase.ANCHORS, Frame.ANCHORS) not in TRANSITIONS and (Phase.ANCHORS, Frame.KEYS) not in TRANSITIONS
    assert TRANSITIONS[(Phase.DONE, Frame.ANCHORS)] is Phase.DONE
    assert TRANSITIONS[(Phase.RECEIPT, Frame.ANCHORS)] is Phase.RECEIPT
    # An opening without them is still whole (a peer with nothing to anchor).
    assert TRANSITIONS[(Phase.KEYS, Frame.SUMMARY)] is Phase.SUMMARY


@pytest.mark.parametrize("count, size, expected", [(9, 10, "over its limit 8"), (1, 1025, "over its limit 1024")])
def test_too_many_or_too_long_audit_heads_close_the_connection(count, size, expected):
    b = Connection()
    b.trust()
    wire = b"".join(
        raw(f) for f in [Hello("p", "a"), Membership(()), Anchors(tuple(b"h" * size for _ in range(count)))]
    )
    events = b.receive_data(wire)
    assert isinstance(events[-1], ProtocolError) and expected in events[-1].reason, events[-1]


def test_a_peer_of_the_previous_version_is_refused_with_a_reason():
    assert VERSION == 4
    raw_hello = bytearray(Connection().send(Hello("p", "x")))
    raw_hello[5] = 3  # what a device without audit heads sends
    [event] = Connection().receive_data(bytes(raw_hello))
    assert isinstance(event, ProtocolError)
    assert "protocol version 3 is not 4" in event.reason and "update Concord on both devices" in event.reason
