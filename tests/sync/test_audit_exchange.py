"""The Anchors frame as sessions use it (in memory, real engines and stores): what each side
keeps, and heads that are forged, of a third device or from the wrong signer ending the session."""

import pytest

from app.models import audit, audit_anchors
from app.models.audit_anchors import Anchor
from app.sync.errors import SyncError
from app.sync.protocol import audit_exchange
from tests.support.sync_pairs import run_pair


def held(ws, subject):
    with ws.store.engine.connect() as conn:
        return audit_anchors.held_of(conn, subject)


def test_a_session_leaves_each_side_the_others_head_and_its_own_returned(panel):
    police, ci = panel["police"], panel["chief_inspector"]
    a, b = run_pair(police, ci)
    assert a.error is None and b.error is None
    p, c = police.profile.device_id, ci.profile.device_id
    assert [h.source for h in held(ci, p)] == [p] and [h.source for h in held(police, c)] == [c]
    a, b = run_pair(police, ci)  # the second time each gets back the head it gave
    assert a.error is None and b.error is None
    assert c in {h.source for h in held(police, p)} and p in {h.source for h in held(ci, c)}
    for ws in (police, ci):
        assert audit.verify(ws.store).ok and audit.verify(ws.store).anchors >= 2
        assert any(e.action == "audit_anchored" for e in audit.entries(ws.store))
    # From now on the chain signs its own head every so often, as the sync engine handed it the key.
    assert police.store.audit.sign is not None


def forged(ws, device_id, sign):
    with ws.store.engine.connect():
        last = audit.entries(ws.store)[-1]
    unsigned = Anchor(device_id, last.seq, last.hash, "2026-12-01T00:00:00+00:00", b"")
    return Anchor(device_id, last.seq, last.hash, unsigned.signed_at, sign(unsigned.message()))


@pytest.mark.parametrize(
    "case, expected",
    [
        ("signed by another device", "does not verify"),
        ("of a third device", "third device"),
        ("not an anchor", "malformed"),
    ],
)
def test_bad_heads_are_refused(panel, case, expected):
    police, ci, chair = panel["police"], panel["chief_inspector"], panel["chair"]
    p = police.profile.device_id
    if case == "signed by another device":
        item = forged(police, p, chair.keys.sign).encode()
    elif case == "of a third device":
        item = forged(chair, chair.profile.device_id, chair.keys.sign).encode()
    else:
        item = b'{"d": "x"}'
    with pytest.raises(SyncError, match=expected):
        audit_exchange.receive_anchors(ci.sync, p, (item,))
    assert held(ci, p) == [] and held(ci, chair.profile.device_id) == []
