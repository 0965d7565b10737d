"""Sync through a real relay (nats-server from the pinned package, on loopback).

(b) Edit to visible: the police device saves one change and sends through the relay; the chief
    inspector's device collects. Timed from the save to the change readable on the collector.
    Anchor, in the same run: the same save carried by a bundle exported and imported in this
    process (the same checks, no relay, no network).
(d) Bytes on the wire per change: the boxes the relay stored for one device, over the changes
    they carried, beside the bytes of the envelopes themselves (the anchor: what any transport
    must carry).
Target for (b): p99 under 250 ms on loopback.

Run:   .venv/bin/python -m bench.bench_relay [--edits 60]
Quick: .venv/bin/python -m bench.bench_relay --quick   (a check that it works, not a measure)
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from app.sync.engine.bundle import export_bundle, import_bundle
from app.sync.engine.relay_mail import RelaySettings
from app.sync.net.relay import RelayLink
from app.workspace import Workspace
from tests.support.keyrings import MemoryKeyring
from tests.support.people import PEOPLE
from tests.support.relay_server import Relay, boxes_in, observe
from tests.support.sync_stores import chair_admits


def pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=60)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    edits = 5 if args.quick else args.edits
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        backend = MemoryKeyring()
        opened: list[Workspace] = []

        def make(role: str, folder: Path | None = None) -> Workspace:
            name, agency = PEOPLE[role]
            ws = Workspace.init(folder or root / role, name, agency, role, backend=backend)
            opened.append(ws)
            return ws

        panel = chair_admits(make, ("police", "chief_inspector"))
        relay = Relay(root / "relay")
        relay.write(panel["chair"].sync)
        relay.start()
        try:
            chair_id = panel["chair"].profile.device_id
            links = {}
            for role, ws in panel.items():
                relay.settings(chair_id).save(ws.sync)
                settings = RelaySettings.load(ws.sync)
                assert settings is not None
                links[role] = RelayLink(ws.sync, settings)
            for _ in range(2):
                for role in panel:
                    links[role].exchange()
            police, ci = panel["police"], panel["chief_inspector"]
            case = police.new_case(reference="CC-BENCH-RELAY")
            links["police"].exchange()
            links["chief_inspector"].exchange()
            links["police"].exchange()  # the receipt

            relay_ms, anchor_ms = [], []
            for i in range(edits):
                text = f"edit {i}"
                start = time.perf_counter()
                case.set("referral_reason", text)
                links["police"].exchange()
                links["chief_inspector"].exchange()
                assert ci.open_case("CC-BENCH-RELAY").get("referral_reason") == text
                relay_ms.append((time.perf_counter() - start) * 1000)
                links["police"].exchange()  # collect the receipt, outside the timing
                # The anchor: the same kind of save carried by a bundle, in this process.
                start = time.perf_counter()
                case.set("referral_reason", text + " (bundle)")
                data = export_bundle(police.sync, [ci.profile.device_id])
                import_bundle(ci.sync, data)
                assert ci.open_case("CC-BENCH-RELAY").get("referral_reason") == text + " (bundle)"
                anchor_ms.append((time.perf_counter() - start) * 1000)

            # (d): what one letter of one change costs on the wire, padding included.
            case.set("referral_reason", "one more")
            before = police.sync.envelopes_for(ci.profile.device_id, police.sync.peers.holdings(ci.profile.device_id))
            links["police"].exchange()

            async def sizes(nc):
                from app.sync.protocol.relay_box import RelayNames

                names = RelayNames(panel["chair"].sync.panel_id)
                js = nc.jetstream(timeout=5)
                return [len(m.data) for m in await boxes_in(js, names, names.mailbox(ci.profile.device_id))]

            boxes = observe(relay, panel["chair"].sync, sizes)
        finally:
            relay.stop()
            for ws in opened:
                ws.close()

    print(f"relay sync, {edits} edits, loopback")
    print(f"{'measure':44s} {'median':>10s} {'p99':>10s}")
    print(
        f"{'(b) edit to visible through the relay (ms)':44s} {statistics.median(relay_ms):10.1f} {pct(relay_ms, 99):10.1f}"
    )
    print(
        f"{'    anchor: the same by bundle, in process (ms)':44s} {statistics.median(anchor_ms):10.1f} {pct(anchor_ms, 99):10.1f}"
    )
    print(f"(b) target p99 < 250 ms: {'met' if pct(relay_ms, 99) < 250 else 'NOT met'}")
    env = sum(len(d) for d in before)
    print(
        f"(d) one change: envelope bytes {env}; boxes on the relay for its reader {boxes} "
        f"= {sum(boxes)} bytes ({sum(boxes) / max(env, 1):.1f}x the envelope)"
    )


if __name__ == "__main__":
    main()
