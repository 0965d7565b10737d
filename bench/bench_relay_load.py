"""One relay holding many mailboxes: its memory and disk, and how long one returning device takes
to collect what waits for it.

--panels panels of --devices devices each (default 10 x 100 = 1,000 mailboxes), each mailbox
holding --waiting boxes (default 100) of the smallest size, as a relay would hold them: sealed
boxes are indistinguishable from random bytes, so random bytes stand in for them, and only the
relay's side is measured (opening and importing letters is bench_relay's and bench_sync's part).
Accounts, users and permissions are written as `concord relay config` writes them.

Measured: the nats-server process's resident memory (VmRSS) before and after filling, the size
of its store on disk, and the time for one device to sign in, read and acknowledge its
mailbox. Anchor, in the same run: the same device's catch-up from a relay holding only its own
panel with nothing else waiting.

Run:   .venv/bin/python -m bench.bench_relay_load [--panels 10] [--devices 100] [--waiting 100]
Quick: .venv/bin/python -m bench.bench_relay_load --quick   (a check that it works, not a measure)
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import os
import ssl
import subprocess
import tempfile
import time
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from nats.aio.client import Client
from nats.js import api

from app.sync.engine.relay_access import RelayServer, RelayUser, account_config, relay_certificate, server_config
from app.sync.protocol.relay_box import BUCKETS, RelayNames, public_nkey
from tests.support.relay_server import free_port, nats_server_binary


class Panel:
    def __init__(self, size: int):
        self.names = RelayNames(os.urandom(16).hex())
        self.keys = {os.urandom(16).hex(): Ed25519PrivateKey.generate() for _ in range(size)}
        self.manager = next(iter(self.keys))

    def users(self) -> list[RelayUser]:
        return [RelayUser(d, public_nkey(k), d == self.manager) for d, k in self.keys.items()]


async def connect(port: int, cert_pem: bytes, panel: Panel, device: str) -> Client:
    key = panel.keys[device]
    nc = Client()
    nc._public_nkey = public_nkey(key)
    ctx = ssl.create_default_context(cadata=cert_pem.decode())
    ctx.check_hostname = False
    await nc.connect(
        servers=[f"tls://127.0.0.1:{port}"],
        tls=ctx,
        signature_cb=lambda nonce: base64.b64encode(key.sign(nonce.encode())),
        inbox_prefix=panel.names.inbox(device).encode(),
        allow_reconnect=False,
        max_reconnect_attempts=1,
    )
    return nc


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def disk_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


class Server:
    def __init__(self, root: Path, panels: list[Panel]):
        self.root = root
        root.mkdir(parents=True)
        self.port = free_port()
        self.cert, key = relay_certificate(["127.0.0.1"])
        (root / "cert.pem").write_bytes(self.cert)
        (root / "key.pem").write_bytes(key)
        files = []
        for i, panel in enumerate(panels):
            name = f"panel-{i}.conf"
            (root / name).write_text(account_config(panel.names, panel.users(), 1024**3))
            files.append(name)
        server = RelayServer(
            listen=f"127.0.0.1:{self.port}",
            store_dir=str(root / "store"),
            cert_file=str(root / "cert.pem"),
            key_file=str(root / "key.pem"),
        )
        (root / "relay.conf").write_text(server_config(server, files))
        self.log = root / "relay.log"
        with open(self.log, "wb") as out:
            self.proc = subprocess.Popen(
                [nats_server_binary(), "-c", str(root / "relay.conf")], stdout=out, stderr=subprocess.STDOUT, cwd=root
            )
        deadline = time.monotonic() + 30
        while "Server is ready" not in self.log.read_text(errors="replace"):
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise RuntimeError("nats-server did not start:\n" + self.log.read_text()[-2000:])
            time.sleep(0.05)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(30)


async def fill(server: Server, panels: list[Panel], waiting: int) -> float:
    box = os.urandom(BUCKETS[0])
    start = time.perf_counter()
    for panel in panels:
        nc = await connect(server.port, server.cert, panel, panel.manager)
        js = nc.jetstream(timeout=30)
        await js.add_stream(
            api.StreamConfig(
                name=panel.names.stream,
                subjects=[panel.names.all_mailboxes],
                retention=api.RetentionPolicy.WORK_QUEUE,
                storage=api.StorageType.FILE,
                discard=api.DiscardPolicy.NEW,
                max_bytes=1024**3,
            )
        )
        for device in panel.keys:
            for _ in range(waiting):
                await js.publish_async(panel.names.mailbox(device), box, headers={"Nats-Msg-Id": os.urandom(12).hex()})
        await js.publish_async_completed()
        await nc.close()
    return time.perf_counter() - start


async def catch_up(server: Server, panel: Panel, device: str, waiting: int) -> float:
    start = time.perf_counter()
    nc = await connect(server.port, server.cert, panel, device)
    js = nc.jetstream(timeout=30)
    name, box = panel.names.consumer(device), panel.names.mailbox(device)
    await js.add_consumer(
        panel.names.stream, api.ConsumerConfig(name=name, durable_name=name, filter_subject=box, max_ack_pending=10_000)
    )
    sub = await js.pull_subscribe_bind(
        name, panel.names.stream, inbox_prefix=(panel.names.inbox(device) + ".").encode()
    )
    got = 0
    while got < waiting:
        for msg in await sub.fetch(min(32, waiting - got), timeout=10):
            await msg.ack()
            got += 1
    await nc.close()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--panels", type=int, default=10)
    parser.add_argument("--devices", type=int, default=100)
    parser.add_argument("--waiting", type=int, default=100)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    if args.quick:
        args.panels, args.devices, args.waiting = 2, 5, 10
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        # The anchor: the same device's panel alone on a relay, only its own mailbox filled.
        alone = Panel(args.devices)
        anchor_server = Server(root / "anchor", [alone])
        try:
            asyncio.run(fill(anchor_server, [alone], 0))
            device = next(d for d in alone.keys if d != alone.manager)
            asyncio.run(fill_one(anchor_server, alone, device, args.waiting))
            anchor_s = asyncio.run(catch_up(anchor_server, alone, device, args.waiting))
        finally:
            anchor_server.stop()

        panels = [Panel(args.devices) for _ in range(args.panels)]
        server = Server(root / "loaded", panels)
        try:
            before = rss_kib(server.proc.pid)
            fill_s = asyncio.run(fill(server, panels, args.waiting))
            after = rss_kib(server.proc.pid)
            disk = disk_bytes(root / "loaded" / "store")
            panel = panels[-1]
            device = next(d for d in panel.keys if d != panel.manager)
            loaded_s = asyncio.run(catch_up(server, panel, device, args.waiting))
        finally:
            server.stop()
    boxes = args.panels * args.devices * args.waiting
    print(f"one relay: {args.panels} panels x {args.devices} devices, {args.waiting} boxes waiting in each mailbox")
    print(f"{'measure':52s} {'value':>14s}")
    print(f"{f'boxes stored ({BUCKETS[0] // 1024} KiB each)':52s} {boxes:14,d}")
    print(f"{'time to store them all (s)':52s} {fill_s:14.1f}")
    print(f"{'nats-server memory before / after (MiB)':52s} {before / 1024:6.0f} / {after / 1024:5.0f}")
    print(f"{'store on disk (MiB)':52s} {disk / 2**20:14.1f}")
    print(f"{f'one device collects its {args.waiting} boxes (s)':52s} {loaded_s:14.3f}")
    print(f"{'  anchor: the same on a relay holding only that (s)':52s} {anchor_s:14.3f}")


async def fill_one(server: Server, panel: Panel, device: str, waiting: int) -> None:
    nc = await connect(server.port, server.cert, panel, panel.manager)
    js = nc.jetstream(timeout=30)
    box = os.urandom(BUCKETS[0])
    for _ in range(waiting):
        await js.publish_async(panel.names.mailbox(device), box)
    await js.publish_async_completed()
    await nc.close()


if __name__ == "__main__":
    main()
