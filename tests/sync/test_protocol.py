"""The sans-io protocol core: in-memory pairs, and random and mutated frames thrown at it."""

import struct

import pytest
from hypothesis import given, settings, strategies as st

from app.sync.protocol import (
    Bye, Connection, Done, Envelopes, Grants, Hello, Keys, Membership, ProtocolError, ProtocolViolation, State, Summary,
)

H = b"\x11" * 32


def pair():
    return Connection(), Connection()


def test_a_session_in_memory_byte_by_byte():
    a, b = pair()
    wire = a.send(Hello("panel1", "devA")) + a.send(Membership((b"entry1",))) + a.send(
        Summary((("case1", "c1", (H,)),))
    ) + a.send(Envelopes((b"env1", b"env2"))) + a.send(Grants((b"g1",))) + a.send(Keys((("case1", "c1", 2**40),))) + (
        a.send(Done()) + a.send(Bye("done")))
    events = []
    for i in range(len(wire)):  # worst case fragmentation
        events += b.receive_data(wire[i : i + 1])
    assert events == [
        Hello("panel1", "devA"),
        Membership((b"entry1",)),
        Summary((("case1", "c1", (H,)),)),
        Envelopes((b"env1", b"env2")),
        Grants((b"g1",)),
        Keys((("case1", "c1", 2**40),)),
        Done(),
        Bye("done"),
    ]
    assert b.state is State.CLOSED and b.peer == Hello("panel1", "devA")


def test_nothing_before_hello_and_only_one_hello():
    a, b = pair()
    with pytest.raises(ProtocolViolation):
        a.send(Envelopes(()))
    a.send(Hello("p", "a"))
    with pytest.raises(ProtocolViolation):
        a.send(Hello("p", "a"))
    c = Connection()
    c.send(Hello("p", "c"))
    bogus = c.send(Envelopes((b"x",)))
    [event] = b.receive_data(bogus)
    assert isinstance(event, ProtocolError) and "expected hello" in event.reason
    assert b.state is State.CLOSED and b.receive_data(a.send(Bye())) == []


def test_a_second_hello_or_a_wrong_version_closes():
    a, b = pair()
    hello = a.send(Hello("p", "a"))
    events = b.receive_data(hello + hello)
    assert isinstance(events[-1], ProtocolError) and "second hello" in events[-1].reason
    c = Connection()
    raw = bytearray(Connection().send(Hello("p", "x")))
    raw[5] = 9  # version 9
    [event] = c.receive_data(bytes(raw))
    assert isinstance(event, ProtocolError) and "version" in event.reason


def test_oversized_and_empty_frames_close_without_buffering():
    b = Connection(max_frame=1024)
    [event] = b.receive_data(struct.pack(">IB", 10_000_000, 4))
    assert isinstance(event, ProtocolError) and "outside" in event.reason
    c = Connection()
    [event] = c.receive_data(struct.pack(">I", 0))
    assert isinstance(event, ProtocolError)


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
    return (a.send(Hello("panel1", "devA")) + a.send(Keys((("case1", "c1", 7),))) + a.send(Summary((("case1", "c1", (H, H)),)))
            + a.send(Envelopes((b"e" * 40,))))


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_never_crash_and_never_yield_data_without_hello(blob):
    b = Connection()
    events = b.receive_data(blob)
    if not events:
        assert b.state is State.AWAIT_HELLO  # an incomplete frame: still waiting, nothing accepted
        return
    assert isinstance(events[0], (Hello, ProtocolError))
    if isinstance(events[0], ProtocolError):
        assert b.state is State.CLOSED and len(events) == 1
    errors = [i for i, e in enumerate(events) if isinstance(e, ProtocolError)]
    assert errors in ([], [len(events) - 1])  # nothing is accepted after an error


@settings(max_examples=500, deadline=None)
@given(st.data())
def test_mutated_frames_end_cleanly_or_decode_to_well_typed_events(data):
    wire = bytearray(valid_stream())
    for _ in range(data.draw(st.integers(1, 4))):
        pos = data.draw(st.integers(0, len(wire) - 1))
        wire[pos] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(wire)))
    b = Connection()
    events = b.receive_data(bytes(wire[:cut])) + b.receive_data(bytes(wire[cut:]))
    for i, e in enumerate(events):
        assert isinstance(e, (Hello, Membership, Summary, Envelopes, Grants, Keys, Done, Bye, ProtocolError))
        if isinstance(e, ProtocolError):
            assert i == len(events) - 1 and b.state is State.CLOSED
    if events and not isinstance(events[0], ProtocolError):
        assert isinstance(events[0], Hello)
