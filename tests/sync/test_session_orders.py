"""Random valid and invalid orders of one side's frames, driven through real engines in memory.

The police device's frames of a whole session with the chief inspector's are recorded once.
Each example then plays a variation of them into a fresh copy of the chief inspector's device:
an order the phases allow (keys and grants swapped, envelope frames shuffled, the bytes cut
anywhere) must leave it holding what the recorded session gave it; an order they forbid, or a
frame with bytes changed, must end the session with an error and leave the store exactly as
the frames before the first bad one left it.
"""

import hashlib
import shutil
import struct
import tempfile
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models.storage import tables as t
from app.sync.net.session import SyncSession
from app.sync.protocol.connection import TRANSITIONS, Frame, Phase
from app.workspace import Workspace
from tests.support.sync_pairs import run_pair


def split(wire: bytes) -> list[bytes]:
    out, i = [], 0
    while i < len(wire):
        (length,) = struct.unpack_from(">I", wire, i)
        out.append(wire[i : i + 4 + length])
        i += 4 + length
    return out


def kind(frame: bytes) -> Frame:
    return Frame(frame[4])


def fingerprint(ws) -> str:
    """What a device holds of the panel's data: the ids of its envelopes, changes, entries, grants."""
    h = hashlib.sha256()
    g = t.key_grants.c
    with ws.store.engine.connect() as conn:
        for column in (t.envelopes.c.hash, t.changes.c.hash, t.membership.c.hash):
            for value in sorted(conn.execute(sa.select(column)).scalars()):
                h.update(value if isinstance(value, bytes) else str(value).encode())
            h.update(b"|")
        # A grant by what it gives whom: this device wraps keys for its peer afresh each time
        # (a new nonce), so its bytes differ between two plays of the same frames.
        for row in sorted(conn.execute(sa.select(g.case_id, g.compartment, g.key_id, g.recipient)).all()):
            h.update(repr(tuple(row)).encode())
    return h.hexdigest()


@pytest.fixture(scope="module")
def recorded(tmp_path_factory):
    """(police's frames of a session, a pristine copy of the chief inspector's folder, the
    fingerprint that session leaves there, the keyring)."""
    import keyring

    from tests.support.keyrings import MemoryKeyring

    root = tmp_path_factory.mktemp("orders")
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        devices = {}
        chair = Workspace.init(root / "chair", "Charlie Chair", "Panel", "chair", backend=backend)
        chair.sync.found_panel("chair")
        for role, name in (("police", "Pat Police"), ("chief_inspector", "Chris Inspector")):
            ws = Workspace.init(root / role, name, "Police", role, backend=backend)
            ws.sync.join(chair.sync.admission(ws.profile))
            devices[role] = ws
        police, ci = devices["police"], devices["chief_inspector"]
        for ws in (police, ci):
            run_pair(chair, ws)
        for n in range(3):
            case = police.new_case(reference=f"CC-ORD-{n}")
            case.set("intelligence", f"intelligence {n}")
            case.set("referral_reason", f"reason {n}")
        pristine = root / "ci-pristine"
        ci.close()
        shutil.copytree(root / "chief_inspector", pristine)
        ci = Workspace.open(root / "chief_inspector", backend=backend)
        # Record what police sends in a whole session with the chief inspector.
        a, b = SyncSession(police.sync, ci.profile.device_id), SyncSession(ci.sync, police.profile.device_id)
        sent = []
        to_b, to_a = a.start(), b.start()
        for _ in range(50):
            if not to_a and not to_b:
                break
            sent.append(to_b)
            out_b = b.receive(to_b)
            out_a = a.receive(to_a)
            to_a, to_b = out_b, out_a
        assert a.error is None and b.error is None
        expected = fingerprint(ci)
        for ws in (chair, police, ci):
            ws.close()
        yield split(b"".join(sent)), pristine, expected, backend
    finally:
        keyring.set_keyring(previous)


def play(recorded_, frames: list[bytes], tmp_path, n: int, cuts: list[int] | None = None):
    """Feed these frames into a fresh copy of the chief inspector's device; (session, fingerprint)."""
    _frames, pristine, _expected, backend = recorded_
    folder = Path(tempfile.mkdtemp(dir=tmp_path)) / "ci"
    shutil.copytree(pristine, folder)
    try:
        return _play(folder, backend, frames, cuts)
    finally:
        shutil.rmtree(folder.parent)


def _play(folder, backend, frames, cuts):
    with Workspace.open(folder, backend=backend) as ws:
        police_id = next(m.device_id for m in ws.sync.state().members.values() if m.role == "police")
        session = SyncSession(ws.sync, police_id)
        session.start()
        wire = b"".join(frames)
        points = sorted({0, len(wire), *(c % (len(wire) + 1) for c in (cuts or []))})
        for start, end in zip(points, points[1:]):
            session.receive(wire[start:end])
        return session, fingerprint(ws)


def allowed(frames: list[bytes]) -> int:
    """How many of these frames the phases allow, from the first."""
    phase = Phase.START
    for i, f in enumerate(frames):
        phase = TRANSITIONS.get((phase, kind(f)))
        if phase is None:
            return i
        if phase is Phase.BYE:  # the peer said goodbye: what follows is never read, nor wrong
            return len(frames) if i == len(frames) - 1 else -(i + 1)
    return len(frames)


SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(data=st.data())
def test_orders_the_phases_allow_converge(recorded, tmp_path, data):
    frames, _pristine, expected, _ = recorded
    frames = list(frames)
    # Grants and Keys may come in either order; envelope frames in any order among themselves.
    k = [i for i, f in enumerate(frames) if kind(f) in (Frame.GRANTS, Frame.KEYS)]
    opening = [i for i in k if kind(frames[i + 1]) in (Frame.KEYS, Frame.SUMMARY) or kind(frames[i]) is Frame.KEYS]
    if len(opening) == 2 and data.draw(st.booleans()):
        i, j = opening
        frames[i], frames[j] = frames[j], frames[i]
    env = [i for i, f in enumerate(frames) if kind(f) is Frame.ENVELOPES]
    if env:
        shuffled = data.draw(st.permutations([frames[i] for i in env]))
        for i, f in zip(env, shuffled):
            frames[i] = f
    assert allowed(frames) == len(frames)
    cuts = data.draw(st.lists(st.integers(0, 10**6), max_size=6))
    session, got = play(recorded, frames, tmp_path, data.draw(st.integers(0, 10**9)), cuts)
    assert session.error is None
    assert got == expected


@SETTINGS
@given(data=st.data())
def test_forbidden_orders_and_changed_bytes_end_cleanly_and_change_nothing_more(recorded, tmp_path, data):
    frames = list(recorded[0])
    how = data.draw(st.sampled_from(["move", "repeat", "drop", "mutate"]))
    if how == "move":
        i = data.draw(st.integers(0, len(frames) - 1))
        j = data.draw(st.integers(0, len(frames) - 1))
        frames.insert(j, frames.pop(i))
    elif how == "repeat":
        i = data.draw(st.integers(0, len(frames) - 1))
        frames.insert(data.draw(st.integers(0, len(frames))), frames[i])
    elif how == "drop":
        frames.pop(data.draw(st.integers(0, len(frames) - 2)))
    else:
        i = data.draw(st.integers(0, len(frames) - 1))
        f = bytearray(frames[i])
        pos = data.draw(st.integers(0, len(f) - 1))
        f[pos] ^= data.draw(st.integers(1, 255))
        frames[i] = bytes(f)
    n = data.draw(st.integers(0, 10**9))
    session, got = play(recorded, frames, tmp_path, n)  # never raises: every way ends cleanly
    if how == "mutate":
        if session.error:
            # The changed frame was malformed or refused: it, and all after it, were not taken
            # (a frame is taken whole or not at all).
            before = play(recorded, frames[:i], tmp_path, n + 1)[1]
            assert got == before or got == play(recorded, frames[: i + 1], tmp_path, n + 2)[1]
        # Otherwise it was still well formed and allowed (a byte inside an envelope the checks
        # then quarantine, a hash in a summary), or it now claims more bytes than came.
        return
    good = allowed(frames)
    if good < 0:
        assert session.error is None
        assert got == play(recorded, frames[:-good], tmp_path, n + 1)[1]
    elif good < len(frames):
        # A frame the phases forbid ends the session; nothing from it on is taken.
        assert session.error and ("not allowed" in session.error or "expected hello" in session.error)
        assert got == play(recorded, frames[:good], tmp_path, n + 1)[1]
    else:
        # Allowed frames in an allowed order: a dropped or repeated envelope frame. It goes on.
        assert session.error is None
