"""Envelopes and the crypto under them: what verifies, and everything that must not."""

import automerge.core as am
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives import serialization
from hypothesis import given, settings, strategies as st

from app.sync import crypto
from app.models.changeformat import BadChange, read_change
from app.sync.envelope import Envelope, EnvelopeError, open_envelope, seal, verify_signature

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


def sealed(change=CHANGES[1], **over):
    args = dict(panel_id="panel1", case_id="case1", compartment="c123", author="dev1", key_id=1, key=KEY, sign=AUTHOR.sign)
    args.update(over)
    return seal(change.bytes, **args)


def test_change_headers_are_read_exactly_for_plain_and_compressed_changes():
    assert [c.bytes[8] for c in CHANGES] == [2, 1]  # the first is large enough to be compressed
    for c in CHANGES:
        head = read_change(c.bytes)
        assert (head.hash, head.deps, head.actor, head.seq) == (c.hash, tuple(c.deps), c.actor_id, c.seq)


def test_round_trip_and_the_plaintext_is_not_on_the_wire():
    for change in CHANGES:
        env = sealed(change)
        wire = env.encode()
        assert b"MKenvelope" not in wire
        back = Envelope.decode(wire)
        verify_signature(back, AUTHOR.public_key().public_bytes(**RAW))
        data, head = open_envelope(back, KEY)
        assert data == change.bytes and head.actor == b"\x05" * 16


def test_wrong_signer_is_refused():
    other = Ed25519PrivateKey.generate().public_key().public_bytes(**RAW)
    with pytest.raises(EnvelopeError, match="signature"):
        verify_signature(sealed(), other)


def test_wrong_key_is_refused():
    with pytest.raises(EnvelopeError, match="decrypt"):
        open_envelope(sealed(), crypto.new_key())


@pytest.mark.parametrize("field, value", [("case_id", "case2"), ("compartment", "c999"), ("panel_id", "p2"), ("key_id", 2)])
def test_moving_a_ciphertext_to_another_place_fails_even_if_re_signed(field, value):
    env = sealed()
    moved = Envelope(**{**env.__dict__, field: value, "signature": b""})
    moved = Envelope(**{**moved.__dict__, "signature": AUTHOR.sign(moved.signed_part())})
    with pytest.raises(EnvelopeError):
        open_envelope(moved, KEY)


def test_a_change_that_is_not_the_named_one_is_refused():
    env = sealed()
    nonce, ct = crypto.seal(KEY, CHANGES[0].bytes, env.header())
    swapped = Envelope(**{**env.__dict__, "nonce": nonce, "ciphertext": ct})
    with pytest.raises(EnvelopeError, match="not the one its header names"):
        open_envelope(swapped, KEY)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_mutation_of_an_envelope_is_detected(data):
    wire = bytearray(sealed().encode())
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


def test_key_wrapping_reaches_only_its_recipient_and_place():
    alice, bob = X25519PrivateKey.generate(), X25519PrivateKey.generate()
    raw = lambda k: k.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    wrapped = crypto.wrap_key(KEY, alice.public_key().public_bytes(**RAW), b"case1/c123/1/alice")
    assert crypto.unwrap_key(wrapped, raw(alice), b"case1/c123/1/alice") == KEY
    with pytest.raises(crypto.CryptoError):
        crypto.unwrap_key(wrapped, raw(bob), b"case1/c123/1/alice")
    with pytest.raises(crypto.CryptoError):
        crypto.unwrap_key(wrapped, raw(alice), b"case2/c123/1/alice")
