"""A device joins a panel: the admission the chair's device gave it is checked - its log admits
this device in the role it was set up with, its certificates match the panel's founding key and
this device - before anything of it is kept."""

from __future__ import annotations

import base64
import json
from typing import TYPE_CHECKING

from cryptography import x509

from app.models import audit
from app.models.identity import actor_id_of
from app.models.language import QT_TRANSLATE_NOOP
from app.models.storage import tables as t
from app.sync.engine.membership import MembershipLog, PanelState
from app.sync.engine.membership_entries import Entry
from app.sync.engine.relay_settings import RELAY_KEYS, relay_settings_hold
from app.sync.engine.replacement import REJOIN_PANEL_META, REQUEST_META, RESEAL_META
from app.sync.errors import SyncError
from app.sync.protocol import certs

if TYPE_CHECKING:
    from app.sync.engine.sync_engine import SyncEngine

PANEL_META = "panel_id"
CA_META = "panel_ca_pem"
CERT_META = "member_cert_pem"


def join(engine: SyncEngine, package: bytes, expect_founder: bytes | None = None) -> PanelState:
    """`engine`'s device takes an admission (from the chair) and becomes a member of its panel.

    expect_founder: the founding key the joiner has already verified (over the network,
    the key of the device it redeemed its invitation with)."""
    if engine.panel_id is not None:
        raise SyncError(QT_TRANSLATE_NOOP("SyncProblems", "this device is already in a panel"))
    try:
        data = json.loads(package)
        entries = [base64.b64decode(e, validate=True) for e in data["entries"]]
        ca = x509.load_pem_x509_certificate(data["ca"].encode())
        cert = x509.load_pem_x509_certificate(data["cert"].encode())
    except (ValueError, KeyError, TypeError):
        raise SyncError(QT_TRANSLATE_NOOP("SyncProblems", "this is not a Concord admission")) from None
    log = MembershipLog([Entry.decode(e) for e in entries], rules=engine.rules, agreement_check=engine.agreements)
    state = log.fold()
    me = state.active(engine.profile.device_id)
    if me is None or me.signing_public != engine.profile.signing_public:
        raise SyncError(QT_TRANSLATE_NOOP("SyncProblems", "the membership log does not admit this device"))
    if me.role != engine.profile.role:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "SyncProblems", "the panel admitted this device as '{role}', but it was set up as '{role2}'"
            ),
            role=me.role,
            role2=engine.profile.role,
        )
    rejoin = engine.store.get_meta(REJOIN_PANEL_META)
    if rejoin is not None and state.panel_id != rejoin:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "SyncProblems",
                "this device was restored from a member of another panel; it may rejoin only that panel",
            )
        )
    founder = state.members[state.founder]
    if expect_founder is not None and founder.signing_public != expect_founder:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "SyncProblems", "the admission is for a panel founded by another device than the one that sent it"
            )
        )
    if (
        certs.device_public_of(ca) != founder.signing_public
        or certs.device_public_of(cert) != engine.profile.signing_public
    ):
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "SyncProblems", "the admission's certificates do not match the panel's founding key and this device"
            )
        )
    with engine.store.begin() as conn:
        engine.store_entries(conn, list(log.entries.values()))
        engine.store.set_meta(conn, PANEL_META, state.panel_id)
        engine.store.set_meta(conn, CA_META, data["ca"])
        engine.store.set_meta(conn, CERT_META, data["cert"])
        audit.append(conn, engine.actor, "panel_joined", "", state.panel_id)
        if rejoin is not None:  # restored: what its earlier identities made is sealed again, once
            former = [actor_id_of(key).hex() for _d, key in audit.former_devices(engine.store)]
            engine.store.set_meta(conn, RESEAL_META, json.dumps(former))
        conn.execute(t.meta.delete().where(t.meta.c.key.in_((REJOIN_PANEL_META, REQUEST_META))))
        relay = data.get("relay")
        if isinstance(relay, dict) and relay_settings_hold(relay, state):
            for key in RELAY_KEYS:
                engine.store.set_meta(conn, key, relay[key])
    return state
