"""Reading the header of an Automerge change chunk without trusting it.

A receiver must know, before applying anything, that shipped bytes are one well-formed change
whose hash, dependencies and actor are what the signed envelope claims. Loading untrusted bytes
into a document to find out would apply them; this reads the chunk header directly.

Chunk layout (Automerge binary format): magic (4) | checksum (4) | type (1) | uLEB length | body.
Type 1 is a change, type 2 a change whose body is raw-DEFLATE compressed. The change hash is
SHA-256 of type | length | body of the *uncompressed* form; the checksum is its first 4 bytes.
The body starts: deps (uLEB count, 32-byte hashes) | actor (uLEB length, bytes) | seq (uLEB).
"""

from __future__ import annotations

import hashlib
import zlib
from typing import NamedTuple

MAGIC = b"\x85\x6f\x4a\x83"
CHANGE, COMPRESSED_CHANGE = 1, 2
MAX_CHANGE_BYTES = 8 * 1024 * 1024
_sha256 = hashlib.sha256


class BadChange(ValueError):
    """The bytes are not exactly one valid Automerge change."""


class ChangeHeader(NamedTuple):
    # A tuple, not a dataclass: a sync reads one per change received, thousands at a time.
    hash: bytes
    deps: tuple[bytes, ...]
    actor: bytes
    seq: int


def _uleb(data: bytes, i: int) -> tuple[int, int]:
    if i < len(data) and data[i] < 0x80:  # most numbers in a header fit one byte
        return data[i], i + 1
    result = shift = 0
    while True:
        if i >= len(data) or shift > 63:
            raise BadChange("truncated or oversized number")
        byte = data[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def _encode_uleb(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def read_change(data: bytes) -> ChangeHeader:
    # Written for speed as well as care: a sync reads one header per change received, tens of
    # thousands at a time. Numbers that fit one or two bytes (nearly all) are read inline.
    n = len(data)
    if n > MAX_CHANGE_BYTES:
        raise BadChange("change too large")
    if n < 10 or data[:4] != MAGIC:
        raise BadChange("not an Automerge chunk")
    b = data[9]
    if b < 0x80:
        length, start = b, 10
    elif n > 10 and data[10] < 0x80:
        length, start = (b & 0x7F) | (data[10] << 7), 11
    else:
        length, start = _uleb(data, 9)
    if start + length != n:
        raise BadChange("chunk length does not match its bytes (truncated or trailing data)")
    kind = data[8]
    if kind == CHANGE:
        # type | length | body is the chunk as stored from byte 8: hashed in place, no copy,
        # once the length is known to be written the one way Automerge writes it.
        if start - 9 != max(1, (length.bit_length() + 6) // 7):
            raise BadChange("chunk length is not minimally encoded")
        digest = _sha256(memoryview(data)[8:]).digest()
        body, i = data, start
    elif kind == COMPRESSED_CHANGE:
        try:
            inflater = zlib.decompressobj(-15)
            body = inflater.decompress(data[start:], MAX_CHANGE_BYTES)
            if inflater.unconsumed_tail or not inflater.eof:
                raise BadChange("compressed change too large or incomplete")
        except zlib.error:
            raise BadChange("compressed change does not inflate") from None
        digest = _sha256(bytes([CHANGE]) + _encode_uleb(len(body)) + body).digest()
        i = 0
    else:
        raise BadChange(f"chunk type {kind} is not a change")
    if digest[:4] != data[4:8]:
        raise BadChange("checksum does not match")
    end = len(body)
    if i < end and body[i] < 0x80:
        count, i = body[i], i + 1
    else:
        count, i = _uleb(body, i)
    if count > 1024 or i + 32 * count > end:
        raise BadChange("bad dependency list")
    if count == 1:
        deps: tuple[bytes, ...] = (body[i : i + 32],)
    else:
        deps = tuple([body[k : k + 32] for k in range(i, i + 32 * count, 32)])
    i += 32 * count
    if i < end and body[i] < 0x80:
        actor_len, i = body[i], i + 1
    else:
        actor_len, i = _uleb(body, i)
    if actor_len == 0 or actor_len > 64 or i + actor_len > end:
        raise BadChange("bad actor id")
    actor = body[i : i + actor_len]
    i += actor_len
    seq = body[i] if i < end and body[i] < 0x80 else _uleb(body, i)[0]
    return ChangeHeader(digest, deps, actor, seq)


def split_chunks(data: bytes) -> list[bytes]:
    """Cut Automerge chunks stored end to end (a run of changes) back into one bytes each."""
    out, i = [], 0
    while i < len(data):
        if data[i : i + 4] != MAGIC or len(data) < i + 10:
            raise BadChange("not a run of Automerge chunks")
        length, start = _uleb(data, i + 9)
        end = start + length
        if end > len(data):
            raise BadChange("a chunk in the run is truncated")
        out.append(data[i:end])
        i = end
    return out
