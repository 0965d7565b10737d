"""A device's database read page by page under its key, as someone holding the key and a copy of
the file could: every page, the free ones too, and every frame of the write-ahead log. Marker
tests look here for what an erasure must leave nowhere.

SQLCipher 4 with a raw key: each page is AES-256-CBC under the key, its IV in the page's reserved
tail (16 bytes of IV, then a 64-byte HMAC-SHA512); the first page starts with the 16-byte salt."""

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from app.workspace import DB_FILE, DB_KEY_SECRET

PAGE = 4096
RESERVE = 16 + 64
WAL_HEADER, FRAME_HEADER = 32, 24


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    start = 16 if first else 0
    body, iv = page[start : PAGE - RESERVE], page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def key_of(ws) -> bytes:
    return ws.keys.os_keyring.require(DB_KEY_SECRET, "database key")


def plaintext(folder: Path, key: bytes) -> bytes:
    """Every page of the database file and of its write-ahead log, decrypted, one after another."""
    out = []
    data = (folder / DB_FILE).read_bytes()
    for n in range(len(data) // PAGE):
        out.append(_decrypt_page(key, data[n * PAGE : (n + 1) * PAGE], n == 0))
    wal = folder / (DB_FILE + "-wal")
    if wal.exists():
        frames = wal.read_bytes()[WAL_HEADER:]
        step = FRAME_HEADER + PAGE
        for n in range(len(frames) // step):
            frame = frames[n * step : (n + 1) * step]
            page_no = int.from_bytes(frame[:4], "big")
            out.append(_decrypt_page(key, frame[FRAME_HEADER:], page_no == 1))
    return b"".join(out)
