"""`concord relay ...` and `concord sync --relay`: setting up and using a panel's relay."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from app.cli.isa import say_agreement
from app.models.errors import ValidationError
from app.models.output_files import write_whole
from app.sync.engine.relay_access import RelayServer, panel_account, relay_certificate, server_config
from app.sync.engine.relay_mail import RelaySent, RelaySettings, certificate_fingerprint
from app.sync.net.relay import RelayLink
from app.sync.net.relay_report import RelayState
from app.sync.protocol.relay_box import RelayNames
from app.workspace import Workspace


def _link(ws: Workspace) -> RelayLink:
    settings = RelaySettings.load(ws.sync)
    if settings is None:
        raise ValidationError("this device has no relay: ask the chair for `concord relay join ...`")
    return RelayLink(ws.sync, settings)


def cmd_relay_config(args) -> int:
    """Write, into a folder for the relay host, the NATS configuration, this panel's account and
    (unless there is one) the relay's certificate and key; print what members need to join it."""
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with Workspace.open(args.data) as ws:
        names = RelayNames(ws.sync.panel_id or "")
        panel_file = f"panel-{names.account}.conf"
        write_whole(
            out / panel_file,
            panel_account(ws.sync, quota_bytes=args.quota_mb * 1024 * 1024, replicas=3 if args.route else 1).encode(),
        )
        cert_path, key_path = out / "relay-cert.pem", out / "relay-key.pem"
        if not cert_path.exists():
            cert, key = relay_certificate(args.host)
            fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # never readable by others
            with os.fdopen(fd, "wb") as fh:
                fh.write(key)
            write_whole(cert_path, cert)
        server = RelayServer(
            listen=args.listen,
            store_dir=args.store,
            name=args.name,
            cluster_listen=args.cluster_listen or "",
            routes=tuple(args.route or ()),
        )
        others = sorted(p.name for p in out.glob("panel-*.conf"))
        write_whole(out / "relay.conf", server_config(server, others).encode())
        with ws.sync.store.begin() as conn:
            ws.sync.store.set_meta(conn, "relay_retention_days", str(args.retention_days))
            ws.sync.store.set_meta(conn, "relay_quota", str(args.quota_mb * 1024 * 1024))
            ws.sync.store.set_meta(conn, "relay_replicas", str(3 if args.route else 1))
        pem = cert_path.read_text()
        pin = certificate_fingerprint(pem)
        url = f"tls://{args.host[0]}:{args.listen.rpartition(':')[2]}"
        RelaySettings(url, pin, ws.profile.device_id, pem).save(ws.sync)
        print(f"wrote {out / 'relay.conf'} and {out / panel_file} for the relay host")
        print(f"the relay's certificate fingerprint (SHA-256): {pin}")
        print("on each member's device, with relay-cert.pem copied to it:")
        print(f"  concord relay join {url} relay-cert.pem --pin {pin} --issuer {ws.profile.device_id}")
    return 0


def cmd_relay_join(args) -> int:
    pem = Path(args.certificate).read_text()
    with Workspace.open(args.data) as ws:
        RelaySettings(args.url, args.pin, args.issuer, pem).save(ws.sync)
        print(f"this device now syncs through the relay at {args.url}")
    return 0


def cmd_relay_status(args) -> int:
    with Workspace.open(args.data) as ws:
        link = _link(ws)
        print(f"relay: {link.settings.url} (certificate {link.settings.pin[:16]}...)")
        status = link.status()
        print(f"reachable; letters waiting for this device: {status['waiting_here']}")
        print(f"changes sent through the relay and not yet confirmed by their devices: {status['waiting_unconfirmed']}")
        print(f"this panel's bytes on the relay: {status['panel_bytes']}")
    return 0


def sync_through_relay(args) -> int:
    with Workspace.open(args.data) as ws:
        link = _link(ws)
        report = link.exchange(post_holdings=args.post_holdings)
        for line in report.lines():
            print(line)
        waiting = RelaySent(ws.sync).count()
        if waiting:
            print(f"{waiting} change(s) wait in other devices' mailboxes for them to collect")
        say_agreement(ws)
    return 0


def keep_syncing_through_relay(data, stop: threading.Event) -> threading.Thread:
    """`serve --relay`: the relay loop on a thread of its own, with a data folder of its own,
    printing each change of its state (never what a letter held)."""
    ws = Workspace.open(data)
    link = _link(ws)
    link.follow = ws.followed_sync
    last: list[tuple[bool, str | None, int]] = []

    def said(state: RelayState) -> None:
        now = (state.connected, state.error, state.report.received_letters)
        if last and last[-1] == now:
            return
        last.append(now)
        if state.error:
            print(f"relay: not connected: {state.error}", flush=True)
        elif state.connected:
            r = state.report
            print(
                f"relay: connected; {r.sent_letters} letter(s) sent, {r.received_letters} received, "
                f"{r.applied} change(s) applied",
                flush=True,
            )

    def run() -> None:
        try:
            link.live(stop, said)
        finally:
            ws.close()

    thread = threading.Thread(target=run, name="concord-relay", daemon=True)
    thread.start()
    return thread


def add_commands(sub) -> None:
    relay = sub.add_parser("relay", help="set up and check the relay that carries sync between networks")
    rsub = relay.add_subparsers(dest="relay_command", required=True, metavar="ACTION")
    s = rsub.add_parser("config", help="(chair) write the relay's NATS configuration for its host")
    s.add_argument("--out", required=True, help="folder to write relay.conf, the panel's account and the certificate")
    s.add_argument("--host", action="append", required=True, help="a name or address devices reach the relay by")
    s.add_argument("--listen", default="0.0.0.0:4222", help="address and port the relay listens on")
    s.add_argument("--store", default="/var/lib/concord-relay", help="the relay's JetStream folder")
    s.add_argument("--name", default="concord-relay-1", help="this node's name (unique in a cluster)")
    s.add_argument("--quota-mb", type=int, default=1024, help="this panel's storage on the relay (MiB)")
    s.add_argument("--retention-days", type=int, default=90, help="how long a letter waits to be collected")
    s.add_argument("--cluster-listen", help="address for the other nodes of a three-node cluster")
    s.add_argument("--route", action="append", help="another node of the cluster: nats-route://host:6222")
    s.set_defaults(func=cmd_relay_config)
    s = rsub.add_parser("join", help="use the relay the chair set up")
    s.add_argument("url", metavar="tls://HOST:PORT")
    s.add_argument("certificate", help="the relay's certificate (relay-cert.pem)")
    s.add_argument("--pin", required=True, help="the certificate's SHA-256 fingerprint, as the chair read it out")
    s.add_argument("--issuer", required=True, help="the device id of the chair's device that configured the relay")
    s.set_defaults(func=cmd_relay_join)
    s = rsub.add_parser("status", help="whether the relay answers, and what waits there")
    s.set_defaults(func=cmd_relay_status)
