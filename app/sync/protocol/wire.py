"""A strict little binary codec for what crosses a wire or a USB stick.

Every read is bounded: a length may not exceed the limit the caller gives, the input may not
end early, and a decoder must consume its input exactly. Anything else raises WireError.
"""

from __future__ import annotations

import re

_ID = re.compile(rb"^[A-Za-z0-9_.:/-]*$")
_ONE_BYTE = [bytes((n,)) for n in range(0x80)]


class WireError(ValueError):
    """Malformed bytes."""


class Writer:
    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def uint(self, n: int) -> Writer:
        if n < 0:
            raise ValueError("negative")
        if n < 0x80:  # most lengths and counts: one byte, written without a loop
            self.parts.append(_ONE_BYTE[n])
            return self
        out = bytearray()
        while True:
            byte = n & 0x7F
            n >>= 7
            out.append(byte | (0x80 if n else 0))
            if not n:
                break
        self.parts.append(bytes(out))
        return self

    def fixed(self, data: bytes, size: int) -> Writer:
        if len(data) != size:
            raise ValueError(f"expected {size} bytes, got {len(data)}")
        self.parts.append(data)
        return self

    def blob(self, data: bytes) -> Writer:
        self.uint(len(data))
        self.parts.append(data)
        return self

    def ident(self, text: str) -> Writer:
        return self.blob(text.encode("ascii"))

    def bytes(self) -> bytes:
        return b"".join(self.parts)


class Reader:
    def __init__(self, data: bytes):
        self.data = data
        self.i = 0

    def uint(self, limit: int = 2**32) -> int:
        i = self.i
        if i < len(self.data) and self.data[i] < 0x80:  # one byte: read without a loop
            result = self.data[i]
            if result > limit:
                raise WireError(f"number {result} over its limit {limit}")
            self.i = i + 1
            return result
        result = shift = 0
        while True:
            if self.i >= len(self.data):
                raise WireError("ends inside a number")
            byte = self.data[self.i]
            self.i += 1
            result |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                break
            if shift > 63:
                raise WireError("number too long")
        if result > limit:
            raise WireError(f"number {result} over its limit {limit}")
        return result

    def fixed(self, size: int) -> bytes:
        if self.i + size > len(self.data):
            raise WireError("ends early")
        out = self.data[self.i : self.i + size]
        self.i += size
        return out

    def blob(self, limit: int) -> bytes:
        return self.fixed(self.uint(limit))

    def ident(self, limit: int = 64) -> str:
        raw = self.blob(limit)
        if not _ID.match(raw):
            raise WireError("identifier has characters outside its alphabet")
        return raw.decode("ascii")

    def end(self) -> None:
        if self.i != len(self.data):
            raise WireError(f"{len(self.data) - self.i} unexpected trailing bytes")
