"""Who may use a panel's relay mailboxes, written as the NATS server configuration an IT team runs.

Only a chair's device writes it: each member's relay key is derived from an agreement with the
chair's exchange key (relay_box.relay_key), so the file lists every active member's public relay
key, with permissions that let a device publish to the panel's mailboxes and read only its own.
A revoked device is simply absent: once the relay reloads the file, it can no longer sign in,
and the chair's device removes its mailbox (relay.RelayLink.tidy).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.models import clock
from app.models.errors import ConcordError
from app.models.language import QT_TRANSLATE_NOOP
from app.sync.engine.sync_engine import SyncEngine
from app.sync.protocol.relay_box import MAX_BOX, RelayNames, public_nkey, relay_key

DEFAULT_RETENTION_DAYS = 90
DEFAULT_QUOTA = 1024**3  # per panel: a year of a busy panel's changes, many times over


class RelayAccessError(ConcordError):
    """The relay configuration cannot be written from this device."""


@dataclass(frozen=True)
class RelayUser:
    device_id: str
    nkey: str
    manages: bool  # a chair's device: makes the mailboxes stream and removes revoked mailboxes


def relay_users(engine: SyncEngine) -> list[RelayUser]:
    state = engine.state()
    me = state.active(engine.profile.device_id)
    if me is None or me.role != "chair":
        raise RelayAccessError(
            QT_TRANSLATE_NOOP("SyncProblems", "only a chair's device can write the relay's configuration")
        )
    panel_id = engine.panel_id or ""
    own = engine.keys.exchange_private()
    users = []
    for m in sorted(state.members.values(), key=lambda m: m.device_id):
        if m.revoked:
            continue
        key = relay_key(own, m.exchange_public, panel_id, m.device_id)
        users.append(RelayUser(m.device_id, public_nkey(key), m.device_id == me.device_id))
    return users


def _quote(items: list[str]) -> str:
    return "[" + ", ".join(f'"{i}"' for i in items) + "]"


def device_permissions(names: RelayNames, device_id: str, manages: bool) -> tuple[list[str], list[str]]:
    """The subjects a device may publish to and subscribe to: every mailbox of its panel, and
    the JetStream requests that make, read and acknowledge its own mailbox's consumer only."""
    stream, consumer, box = names.stream, names.consumer(device_id), names.mailbox(device_id)
    publish = [
        names.all_mailboxes,
        f"$JS.API.CONSUMER.CREATE.{stream}.{consumer}.{box}",
        f"$JS.API.CONSUMER.INFO.{stream}.{consumer}",
        f"$JS.API.CONSUMER.MSG.NEXT.{stream}.{consumer}",
        f"$JS.ACK.{stream}.{consumer}.>",
        "$JS.API.INFO",
    ]
    if manages:
        publish += [
            f"$JS.API.STREAM.CREATE.{stream}",
            f"$JS.API.STREAM.UPDATE.{stream}",
            f"$JS.API.STREAM.INFO.{stream}",
            f"$JS.API.STREAM.PURGE.{stream}",
            f"$JS.API.CONSUMER.DELETE.{stream}.*",
            f"$JS.API.CONSUMER.NAMES.{stream}",
        ]
    return publish, [f"{names.inbox(device_id)}.>"]


def panel_account(engine: SyncEngine, quota_bytes: int = DEFAULT_QUOTA, replicas: int = 1) -> str:
    """The panel's NATS account: its byte quota and its devices. Names only, never the panel's."""
    return account_config(RelayNames(engine.panel_id or ""), relay_users(engine), quota_bytes, replicas)


def account_config(names: RelayNames, users: list[RelayUser], quota_bytes: int, replicas: int = 1) -> str:
    """A panel's account as NATS configuration. A cluster keeps `replicas` copies, and JetStream
    counts each against the account's storage."""
    lines = [
        f"# One Concord panel: {len(users)} device(s). Written by `concord relay config`;",
        "# the names are keyed hashes, which tell the relay nothing of the panel or its people.",
        f"{names.account}: {{",
        f"  jetstream: {{ max_file: {quota_bytes * replicas}, max_mem: 0, max_streams: 1 }}",
        "  users: [",
    ]
    for user in users:
        publish, subscribe = device_permissions(names, user.device_id, user.manages)
        lines += [
            f"    {{ nkey: {user.nkey}",
            "      permissions: {",
            f"        publish: {{ allow: {_quote(publish)} }}",
            f"        subscribe: {{ allow: {_quote(subscribe)} }}",
            "      }",
            "    }",
        ]
    lines += ["  ]", "}"]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class RelayServer:
    """What the IT team chooses about the relay host."""

    listen: str = "0.0.0.0:4222"
    store_dir: str = "/var/lib/concord-relay"
    cert_file: str = "relay-cert.pem"
    key_file: str = "relay-key.pem"
    name: str = "concord-relay-1"
    cluster_listen: str = ""  # e.g. 0.0.0.0:6222 on each node of a cluster
    routes: tuple[str, ...] = ()  # the other nodes, e.g. nats-route://relay-2.example:6222
    monitor: str = ""  # e.g. 127.0.0.1:8222, never on a public address


def server_config(server: RelayServer, panel_files: list[str]) -> str:
    lines = [
        "# Concord relay: a NATS server with JetStream that stores and forwards sealed boxes between",
        "# the devices of one or more panels. It sees neither case data nor who is in a panel.",
        f'server_name: "{server.name}"',
        f'listen: "{server.listen}"',
        f"max_payload: {MAX_BOX + 64 * 1024}",
        "tls {",
        f'  cert_file: "{server.cert_file}"',
        f'  key_file: "{server.key_file}"',
        '  min_version: "1.3"',
        "  timeout: 5",
        "}",
        "jetstream {",
        f'  store_dir: "{server.store_dir}"',
        "  # An acknowledged box must survive a power cut: write it to disk before the ack.",
        "  sync_interval: always",
        "  max_memory_store: 0",
        "}",
    ]
    if server.monitor:
        lines.append(f'http: "{server.monitor}"')
    if server.cluster_listen:
        lines += [
            "cluster {",
            '  name: "concord-relay"',
            f'  listen: "{server.cluster_listen}"',
            f"  routes: {_quote(list(server.routes))}",
            "}",
        ]
    lines.append("accounts {")
    lines += [f'  include "{name}"' for name in panel_files]
    lines.append("}")
    return "\n".join(lines) + "\n"


def relay_certificate(hosts: list[str], years: int = 5) -> tuple[bytes, bytes]:
    """A self-signed certificate and key (PEM) for a relay reached by these names or addresses.
    Devices pin it by fingerprint, so no public CA is involved; an IT team may use its own
    certificate instead and give its fingerprint."""
    key = ec.generate_private_key(ec.SECP256R1())
    names: list[x509.GeneralName] = []
    for host in hosts:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Concord relay")])
    now = clock.wall()
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * years))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .sign(key, hashes.SHA256())
    )
    return (
        cert.public_bytes(serialization.Encoding.PEM),
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()),
    )
