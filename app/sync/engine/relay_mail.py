"""What goes through the relay, decided without a network: this device's relay settings, the
letter (a bundle for one device) that each peer's mailbox should get, and what already waits in
its mailbox.

The relay is never counted as a peer having received anything: what was put in a mailbox is
only kept from being sent again while it waits there (relay_sent). What a peer holds is learnt,
as from any bundle, from the holdings its own letters carry. When a peer's letter arrives, what
it confirms leaves relay_sent, and so does whatever waited longer than RESEND_AFTER_S without
being confirmed: the relay may have expired or lost it, and the peer's holdings show it lacks it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

import sqlalchemy as sa
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from app.models import clock
from app.models.errors import ConcordError
from app.models.language import QT_TRANSLATE_NOOP
from app.models.storage import tables as t
from app.sync.engine import audit_records
from app.sync.engine.bundle import export_bundle
from app.sync.engine.peer_knowledge import Holdings
from app.sync.engine.relay_settings import RELAY_KEYS
from app.sync.engine.sync_engine import SyncEngine

RESEND_AFTER_S = 86400
_KEYS = RELAY_KEYS


class RelaySettingsError(ConcordError):
    """Relay settings that are missing or malformed."""


@dataclass(frozen=True)
class RelaySettings:
    url: str  # tls://host:port, or several (a cluster's nodes) separated by commas
    pin: str  # SHA-256 of the relay's certificate, hex
    issuer: str  # the chair's device that wrote the relay's configuration
    certificate: str  # the relay's certificate (PEM): the only one this device trusts for it

    @property
    def urls(self) -> list[str]:
        """The relay's nodes, in the order to try them."""
        return [u.strip() for u in self.url.split(",") if u.strip()]

    @staticmethod
    def load(engine: SyncEngine) -> RelaySettings | None:
        values = [engine.store.get_meta(k) for k in _KEYS]
        if not all(values):
            return None
        return RelaySettings(*(v or "" for v in values))

    def save(self, engine: SyncEngine) -> None:
        if not all(u.startswith("tls://") and ":" in u[6:] for u in self.urls):
            raise RelaySettingsError(
                QT_TRANSLATE_NOOP(
                    "SyncProblems", "the relay's address is tls://host:port (a cluster: several, with commas)"
                )
            )
        pin = self.pin.replace(":", "").lower()
        if len(pin) != 64 or any(c not in "0123456789abcdef" for c in pin):
            raise RelaySettingsError(
                QT_TRANSLATE_NOOP(
                    "SyncProblems", "the relay's certificate fingerprint is 64 hexadecimal digits (SHA-256)"
                )
            )
        if certificate_fingerprint(self.certificate) != pin:
            raise RelaySettingsError(
                QT_TRANSLATE_NOOP("SyncProblems", "the relay's certificate does not match the fingerprint given for it")
            )
        issuer = engine.state().active(self.issuer)
        if issuer is None or issuer.role != "chair":
            raise RelaySettingsError(
                QT_TRANSLATE_NOOP("SyncProblems", "the relay's configuration must come from an active chair's device")
            )
        with engine.store.begin() as conn:
            for key, value in zip(_KEYS, (self.url, pin, self.issuer, self.certificate)):
                engine.store.set_meta(conn, key, value)


def certificate_fingerprint(pem: str) -> str:
    """SHA-256 of a certificate's DER bytes, hex: what an IT team reads out to pin a relay."""
    try:
        cert = x509.load_pem_x509_certificate(pem.encode())
    except ValueError:
        raise RelaySettingsError(
            QT_TRANSLATE_NOOP("SyncProblems", "the relay's certificate is not a PEM certificate")
        ) from None
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def _now() -> str:
    return clock.wall().isoformat()


class RelaySent:
    """What waits in each peer's mailbox, by envelope id."""

    def __init__(self, engine: SyncEngine):
        self.engine = engine

    def waiting(self, device_id: str) -> Holdings:
        rows = self.engine.store.driver_rows(
            "SELECT case_id, compartment, hash FROM relay_sent WHERE device_id = ?", (device_id,)
        )
        out: Holdings = {}
        for case_id, comp, env_id in rows:
            out.setdefault((case_id, comp), set()).add(env_id)
        return out

    def count(self, device_id: str | None = None) -> int:
        query = sa.select(sa.func.count()).select_from(t.relay_sent)
        if device_id is not None:
            query = query.where(t.relay_sent.c.device_id == device_id)
        with self.engine.store.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def note(self, letter: Letter) -> None:
        """The relay has the letter: what it holds waits for the peer."""
        stamp = _now()
        rows = [
            dict(device_id=letter.device_id, case_id=c, compartment=k, hash=h, sent_at=stamp)
            for c, k, h in letter.items
        ]
        with self.engine.store.begin() as conn:
            if rows:
                conn.execute(t.relay_sent.insert().prefix_with("OR REPLACE"), rows)
            self.engine.store.set_meta(conn, f"relay_told:{letter.device_id}", letter.told)

    def settle(self, device_id: str) -> None:
        """The peer's letter came: what it holds is known, and what waited too long is sent again."""
        held = self.engine.peers.holdings(device_id)
        cutoff = (clock.wall() - dt.timedelta(seconds=RESEND_AFTER_S)).isoformat()
        gone = [
            (c, k, h) for (c, k), hashes in self.waiting(device_id).items() for h in hashes if h in held.get((c, k), ())
        ]
        with self.engine.store.begin() as conn:
            rs = t.relay_sent.c
            for c, k, h in gone:
                conn.execute(
                    t.relay_sent.delete().where(
                        rs.device_id == device_id, rs.case_id == c, rs.compartment == k, rs.hash == h
                    )
                )
            lost = conn.execute(t.relay_sent.delete().where(rs.device_id == device_id, rs.sent_at < cutoff)).rowcount
            if lost:
                # Letters went missing: the next one carries the membership log again too.
                conn.execute(t.meta.delete().where(t.meta.c.key == f"relay_told:{device_id}"))

    def forget(self, device_id: str) -> None:
        with self.engine.store.begin() as conn:
            conn.execute(t.relay_sent.delete().where(t.relay_sent.c.device_id == device_id))


@dataclass(frozen=True)
class Letter:
    """A bundle for one peer, and the envelopes in it (noted as waiting once the relay has it)."""

    device_id: str
    bundle: bytes
    items: list[tuple[str, str, bytes]]
    told: str  # a digest of the membership log and key grants it carries


def letter_for(engine: SyncEngine, device_id: str, always: bool = False) -> Letter | None:
    """The bundle the peer's mailbox should get now: what it lacks and does not wait for there.
    None if there is nothing new, unless `always` (to post this device's holdings, as a receipt
    or on return)."""
    sent = RelaySent(engine)
    known = engine.peers.holdings(device_id)
    for key, hashes in sent.waiting(device_id).items():
        known.setdefault(key, set()).update(hashes)
    engine.seal_pending()
    engine.grant_sweep()
    items = engine.envelope_items_for(device_id, known)
    # A new member or a new key is news too, though no envelope came with it. The log goes only
    # when it changed since the last letter: it is most of a small letter's bytes.
    log = hashlib.sha256(b"".join(sorted(engine.membership_entries()))).hexdigest()
    keys = hashlib.sha256(b"".join(sorted(engine.grants_for(device_id)))).hexdigest()
    told = f"{log}:{keys}"
    before = (engine.store.get_meta(f"relay_told:{device_id}") or ":").split(":")
    if not items and not always and told == ":".join(before) and not audit_records.has_news(engine, device_id):
        return None
    bundle = export_bundle(
        engine,
        [device_id],
        known={device_id: known} if known else None,
        membership=log != before[0],
        holdings=always,  # a receipt, or this device posting what it holds: the rest carry changes only
        channel=None,  # logged as disclosed once the relay took it (app/sync/net/relay.py)
    )
    return Letter(device_id, bundle, [key for key, _data in items], told)
