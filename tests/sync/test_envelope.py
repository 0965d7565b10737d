"""Envelopes and the crypto under them: what verifies, and everything that must not."""

import dataclasses
import hashlib

import automerge.core as am
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.documents.changeformat import BadChange, read_change
from app.sync.protocol import crypto
from app.sync.protocol.envelope import (
    MAX_CHANGES,
    MAX_PLAIN,
    Envelope,
    EnvelopeError,
    open_envelope,
    runs,
    seal,
    verify_signature,
)

RAW = dict(encoding=serialization.Encoding.Raw, format=serialization.PublicFormat.Raw)


def make_changes():
    doc = am.Document(actor_id=b"\x05" * 16)
    with doc.transaction() as tx:
        text = tx.put_object(am.ROOT, "notes", am.ObjType.Text)
        for i, ch in enumerate("MKenvelope-marker " * 200):
            tx.insert(text, i, am.ScalarType.Str, ch)
    with doc.transaction() as tx:
        tx.put(am.ROOT, "flag", am.ScalarType.Boolean, True)
    return doc.get_changes([])


CHANGES = make_changes()
AUTHOR = Ed25519PrivateKey.generate()
KEY = crypto.new_key()


def sealed(changes=(CHANGES[1],), **over):
    args = dict(
        panel_id="panel1", case_id="case1", compartment="c123", author="dev1", key_id=1, key=KEY, sign=AUTHOR.sign
    )
    args.update(over)
    return seal([c.bytes for c in changes], **args)


def test_change_headers_are_read_exactly_for_plain_and_compressed_changes():
    assert [c.bytes[8] for c in CHANGES] == [2, 1]  # the first is large enough to be compressed
    for c in CHANGES:
        head = read_change(c.bytes)
        assert (head.hash, head.deps, head.actor, head.seq) == (c.hash, tuple(c.deps), c.actor_id, c.seq)


def test_round_trip_and_the_plaintext_is_not_on_the_wire():
    for run in ([CHANGES[0]], [CHANGES[1]], CHANGES):
        env = sealed(run)
        wire = env.encode()
        assert b"MKenvelope" not in wire
        back = Envelope.decode(wire)
        assert back == env and back.id == env.id and back.changes == tuple(c.hash for c in run)
        verify_signature(back, AUTHOR.public_key().public_bytes(**RAW))
        inside = open_envelope(back, KEY)
        assert [data for data, _ in inside] == [c.bytes for c in run]
        assert all(head.actor == b"\x05" * 16 for _, head in inside)


def test_runs_keep_order_and_stay_within_an_envelope_s_limits():
    small = [bytes([i % 256]) * 100 for i in range(2 * MAX_CHANGES + 5)]
    cut = runs(small)
    assert [c for run in cut for c in run] == small
    assert [len(r) for r in cut] == [MAX_CHANGES, MAX_CHANGES, 5]
    big = [b"x" * (MAX_PLAIN // 3)] * 7 + [b"y" * (MAX_PLAIN * 2)]
    cut = runs(big)
    assert [c for run in cut for c in run] == big
    assert all(sum(map(len, r)) <= MAX_PLAIN or len(r) == 1 for r in cut)  # one oversized change goes alone
    with pytest.raises(ValueError):
        seal([], panel_id="p", case_id="c", compartment="c1", author="d", key_id=1, key=KEY, sign=AUTHOR.sign)


def test_wrong_signer_is_refused():
    other = Ed25519PrivateKey.generate().public_key().public_bytes(**RAW)
    with pytest.raises(EnvelopeError, match="signature"):
        verify_signature(sealed(), other)


def test_wrong_key_is_refused():
    with pytest.raises(EnvelopeError, match="decrypt"):
        open_envelope(sealed(), crypto.new_key())


@pytest.mark.parametrize(
    "field, value", [("case_id", "case2"), ("compartment", "c999"), ("panel_id", "p2"), ("key_id", 2)]
)
def test_moving_a_ciphertext_to_another_place_fails_even_if_re_signed(field, value):
    env = sealed()
    moved = dataclasses.replace(env, **{field: value}, signature=b"")
    moved = dataclasses.replace(moved, signature=AUTHOR.sign(moved.signed_part()))
    with pytest.raises(EnvelopeError):
        open_envelope(moved, KEY)


def _with_plaintext(env: Envelope, plain: bytes) -> Envelope:
    nonce, ct = crypto.seal(KEY, plain, env.header())
    return dataclasses.replace(env, nonce=nonce, ciphertext=ct)


def _framed(*changes: bytes) -> bytes:
    from app.sync.protocol.wire import Writer

    w = Writer()
    for c in changes:
        w.blob(c)
    return w.bytes()


@pytest.mark.parametrize(
    "inside",
    [
        pytest.param(lambda: _framed(CHANGES[0].bytes), id="another change"),
        pytest.param(lambda: _framed(CHANGES[1].bytes, CHANGES[0].bytes), id="one more than named"),
        pytest.param(lambda: _framed(CHANGES[1].bytes) + b"\x00", id="trailing bytes"),
        pytest.param(lambda: CHANGES[1].bytes, id="unframed"),
    ],
)
def test_changes_that_are_not_the_named_ones_are_refused(inside):
    with pytest.raises(EnvelopeError, match="header names|malformed"):
        open_envelope(_with_plaintext(sealed(), inside()), KEY)


def test_a_run_in_another_order_than_named_is_refused():
    env = sealed(CHANGES)
    with pytest.raises(EnvelopeError, match="header names"):
        open_envelope(_with_plaintext(env, _framed(CHANGES[1].bytes, CHANGES[0].bytes)), KEY)


def test_an_envelope_naming_no_change_or_one_change_twice_does_not_decode():
    env = sealed()
    for changes in ((), (CHANGES[1].hash, CHANGES[1].hash)):
        odd = dataclasses.replace(env, changes=changes)
        with pytest.raises(EnvelopeError, match="malformed"):
            Envelope.decode(odd.encode())


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_mutation_of_an_envelope_is_detected(data):
    wire = bytearray(sealed(CHANGES).encode())
    pos = data.draw(st.integers(0, len(wire) - 1))
    wire[pos] ^= data.draw(st.integers(1, 255))
    with pytest.raises(EnvelopeError):
        env = Envelope.decode(bytes(wire))
        verify_signature(env, AUTHOR.public_key().public_bytes(**RAW))
        open_envelope(env, KEY)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_decode_to_an_envelope(blob):
    with pytest.raises(EnvelopeError):
        Envelope.decode(blob)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_are_never_a_change(blob):
    with pytest.raises(BadChange):
        read_change(b"\x85\x6f\x4a\x83" + blob)


def test_a_change_with_its_length_written_the_long_way_is_refused():
    """The hash is taken over the chunk as stored, so its length must be written the one way
    Automerge writes it: a longer, equal encoding would make a second hash for the same change."""
    doc = am.Document(actor_id=b"\x07" * 16)
    with doc.transaction() as tx:
        tx.put(am.ROOT, "k", am.ScalarType.Str, "value")
    change = doc.get_changes([])[0].bytes
    assert read_change(change).hash == doc.get_changes([])[0].hash
    assert change[9] < 0x80  # a short change: its length takes one byte
    padded = change[:9] + bytes([change[9] | 0x80, 0x00]) + change[10:]  # the same number in two bytes
    padded = padded[:4] + hashlib.sha256(padded[8:]).digest()[:4] + padded[8:]  # and a matching checksum
    with pytest.raises(BadChange, match="minimally"):
        read_change(padded)


def test_key_wrapping_reaches_only_its_recipient_and_place():
    alice, bob = X25519PrivateKey.generate(), X25519PrivateKey.generate()
    raw = lambda k: k.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    wrapped = crypto.wrap_key(KEY, alice.public_key().public_bytes(**RAW), b"case1/c123/1/alice")
    assert crypto.unwrap_key(wrapped, raw(alice), b"case1/c123/1/alice") == KEY
    with pytest.raises(crypto.CryptoError):
        crypto.unwrap_key(wrapped, raw(bob), b"case1/c123/1/alice")
    with pytest.raises(crypto.CryptoError):
        crypto.unwrap_key(wrapped, raw(alice), b"case2/c123/1/alice")
