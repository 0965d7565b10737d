"""A file sealed under a passphrase: the container of a device backup.

The passphrase is stretched by Argon2id (memory-hard, so a stolen backup cannot be guessed at
GPU speed) into a key for ChaCha20-Poly1305. The content is sealed in chunks, each with its
number and a last-chunk flag in its nonce and the file's header as associated data: a chunk
altered, moved, dropped or added, a file cut short, or a header edited all fail to open. A check
value in the header tells a wrong passphrase apart from a damaged file, at the cost of one
Argon2id run per guess like any other.

    MAGIC | version (1 byte) | header length (2 bytes) | header (JSON) | chunk ... chunk
    chunk = length (4 bytes) | ciphertext of up to `chunk` bytes of content, with its 16-byte tag

A writer writes beside its destination and renames on close, so a backup that fails half-way
leaves no file that looks like a backup.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import struct
import unicodedata
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.models.errors import ConcordError
from app.models.language import QT_TRANSLATE_NOOP

MAGIC = b"CONCORD BACKUP\n"
VERSION = 1
CHUNK = 1 << 20
TAG = 16
# Argon2id as RFC 9106's second recommended option (64 MiB, 3 passes, 4 lanes): about a tenth of
# a second here, and as costly per guess to anyone holding the file.
MEMORY_KIB = 64 * 1024
ITERATIONS = 3
LANES = 4
# What a header may ask of the machine that opens it: more would let a crafted file exhaust it.
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 16
MAX_CHUNK = 16 << 20
MIN_PASSPHRASE = 12


class BackupError(ConcordError):
    """A backup that cannot be written or opened; the message says why, in the user's words."""


class WrongPassphrase(BackupError):
    pass


def check_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "DeviceProblems",
                "choose a passphrase of at least {min_passphrase} characters (a few unrelated words are "
                "easier to remember and harder to guess than a short password)",
            ),
            min_passphrase=MIN_PASSPHRASE,
        )


def _derive(passphrase: str, salt: bytes, memory_kib: int, iterations: int, lanes: int) -> bytes:
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    kdf = Argon2id(salt=salt, length=32, iterations=iterations, lanes=lanes, memory_cost=memory_kib)
    return kdf.derive(secret)


def _check_value(key: bytes) -> str:
    return hmac.new(key, b"concord-backup/passphrase-check", hashlib.sha256).hexdigest()[:32]


def _nonce(index: int, last: bool) -> bytes:
    return struct.pack(">Q", index) + b"\0\0\0" + (b"\1" if last else b"\0")


class SealedWriter:
    """A write-only file object (for tarfile's streaming mode) sealing what it is given."""

    def __init__(self, path: Path, passphrase: str, *, chunk: int = CHUNK):
        check_passphrase(passphrase)
        self.path = Path(path)
        self._partial = self.path.with_name(self.path.name + ".partial")
        salt = secrets.token_bytes(16)
        key = _derive(passphrase, salt, MEMORY_KIB, ITERATIONS, LANES)
        header = {
            "kdf": "argon2id",
            "salt": base64.b64encode(salt).decode(),
            "memory_kib": MEMORY_KIB,
            "iterations": ITERATIONS,
            "lanes": LANES,
            "cipher": "chacha20poly1305",
            "chunk": chunk,
            "check": _check_value(key),
        }
        raw = json.dumps(header, sort_keys=True).encode()
        prefix = MAGIC + bytes([VERSION]) + struct.pack(">H", len(raw)) + raw
        self._aad = hashlib.sha256(prefix).digest()
        self._aead = ChaCha20Poly1305(key)
        self._chunk = chunk
        self._buffer = bytearray()
        self._index = 0
        self.written = 0  # content bytes taken so far (for progress)
        fd = os.open(self._partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
        self._out: BinaryIO | None = os.fdopen(fd, "wb")
        self._out.write(prefix)

    def write(self, data: bytes) -> int:
        self._buffer += data
        self.written += len(data)
        if len(self._buffer) > self._chunk:  # keep some back: the last chunk is sealed as last
            view = memoryview(self._buffer)
            at = 0
            while len(self._buffer) - at > self._chunk:
                self._seal(bytes(view[at : at + self._chunk]), last=False)
                at += self._chunk
            view.release()
            del self._buffer[:at]
        return len(data)

    def _seal(self, plain: bytes, last: bool) -> None:
        assert self._out is not None
        sealed = self._aead.encrypt(_nonce(self._index, last), plain, self._aad)
        self._out.write(struct.pack(">I", len(sealed)) + sealed)
        self._index += 1

    def close(self) -> None:
        """Seal the last chunk, make the file durable and give it its name."""
        if self._out is None:
            return
        self._seal(bytes(self._buffer), last=True)
        self._buffer.clear()
        self._out.flush()
        os.fsync(self._out.fileno())
        self._out.close()
        self._out = None
        os.replace(self._partial, self.path)

    def abandon(self) -> None:
        """Stop without leaving anything behind."""
        if self._out is not None:
            self._out.close()
            self._out = None
        self._partial.unlink(missing_ok=True)


class SealedReader:
    """A read-only file object over a sealed file's content. Every chunk is checked before its
    bytes are handed out; the end of the content is reached only through a chunk sealed as last."""

    def __init__(self, path: Path, passphrase: str):
        self.path = Path(path)
        try:
            self._in: BinaryIO = open(self.path, "rb")  # noqa: SIM115 - closed by close()
        except FileNotFoundError:
            raise BackupError(QT_TRANSLATE_NOOP("DeviceProblems", "no backup at {path}"), path=self.path) from None
        try:
            self._open_header(passphrase)
        except BaseException:
            self._in.close()
            raise
        self._buffer = b""
        self._pos = 0  # how much of _buffer has been handed out: slicing it each read would copy a chunk per read
        self._index = 0
        self._done = False
        self.read_bytes = 0  # sealed bytes consumed so far (for progress)
        self.size = self.path.stat().st_size

    def _open_header(self, passphrase: str) -> None:
        head = self._in.read(len(MAGIC) + 3)
        if len(head) < len(MAGIC) + 3 or not head.startswith(MAGIC):
            raise BackupError(
                QT_TRANSLATE_NOOP("DeviceProblems", "{name} is not a Concord backup"), name=self.path.name
            )
        version = head[len(MAGIC)]
        if version > VERSION:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "DeviceProblems",
                    "{name} was made by a newer version of Concord (backup format {version}; this version "
                    "reads format {version2}). Nothing was written.",
                ),
                name=self.path.name,
                version=version,
                version2=VERSION,
            )
        (length,) = struct.unpack(">H", head[-2:])
        raw = self._in.read(length)
        try:
            h = json.loads(raw)
            salt = base64.b64decode(h["salt"], validate=True)
            memory, iterations, lanes, chunk = (int(h[k]) for k in ("memory_kib", "iterations", "lanes", "chunk"))
            check = str(h["check"])
            if h["kdf"] != "argon2id" or h["cipher"] != "chacha20poly1305":
                raise ValueError("unknown algorithm")
        except (ValueError, KeyError, TypeError):
            raise BackupError(
                QT_TRANSLATE_NOOP("DeviceProblems", "{name} is damaged: its header cannot be read"), name=self.path.name
            ) from None
        if not (8 * lanes <= memory <= MAX_MEMORY_KIB and 1 <= iterations <= MAX_ITERATIONS and 1 <= lanes <= 64):
            raise BackupError(
                QT_TRANSLATE_NOOP("DeviceProblems", "{name} asks for key-stretching this version will not run"),
                name=self.path.name,
            )
        if not 0 < chunk <= MAX_CHUNK or len(salt) < 16:
            raise BackupError(
                QT_TRANSLATE_NOOP("DeviceProblems", "{name} is damaged: its header cannot be read"), name=self.path.name
            )
        key = _derive(passphrase, salt, memory, iterations, lanes)
        if not hmac.compare_digest(_check_value(key), check):
            raise WrongPassphrase(
                QT_TRANSLATE_NOOP(
                    "DeviceProblems", "the passphrase is not the one this backup was made with. Nothing was written."
                )
            )
        self._aad = hashlib.sha256(head + raw).digest()
        self._aead = ChaCha20Poly1305(key)
        self._chunk = chunk

    def _next(self) -> None:
        size = self._in.read(4)
        if len(size) < 4:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "DeviceProblems", "{name} is cut short (it ends before its last part). Nothing was written."
                ),
                name=self.path.name,
            )
        (length,) = struct.unpack(">I", size)
        if not TAG <= length <= self._chunk + TAG:
            raise BackupError(
                QT_TRANSLATE_NOOP("DeviceProblems", "{name} is damaged or was altered. Nothing was written."),
                name=self.path.name,
            )
        sealed = self._in.read(length)
        if len(sealed) < length:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "DeviceProblems", "{name} is cut short (it ends before its last part). Nothing was written."
                ),
                name=self.path.name,
            )
        self.read_bytes += 4 + length
        for last in (False, True):
            try:
                plain = self._aead.decrypt(_nonce(self._index, last), sealed, self._aad)
            except InvalidTag:
                continue
            self._index += 1
            self._buffer = self._buffer[self._pos :] + plain
            self._pos = 0
            if last:
                self._done = True
                if self._in.read(1):
                    raise BackupError(
                        QT_TRANSLATE_NOOP(
                            "DeviceProblems", "{name} has data after its end: it was altered. Nothing was written."
                        ),
                        name=self.path.name,
                    )
            return
        raise BackupError(
            QT_TRANSLATE_NOOP("DeviceProblems", "{name} is damaged or was altered. Nothing was written."),
            name=self.path.name,
        )

    def read(self, n: int = -1) -> bytes:
        while not self._done and (n < 0 or len(self._buffer) - self._pos < n):
            self._next()
        end = len(self._buffer) if n < 0 else min(len(self._buffer), self._pos + n)
        out = self._buffer[self._pos : end]
        self._pos = end
        return out

    def close(self) -> None:
        self._in.close()
