"""The relay from the command line, one `concord` process per step: the chair writes the relay's
configuration, an IT team runs nats-server with it, members join with the pinned certificate,
and a case written on one network reaches a device on another."""

import json
import signal
import subprocess
import threading
import time

from tests.support.relay_server import free_port, nats_server_binary
from tests.support.sync_procs import make_panel_in_process


def wait_for(condition, what: str, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def test_a_panel_syncs_through_a_relay_set_up_from_the_command_line(tmp_path):
    devices = make_panel_in_process(tmp_path, ["police", "clinician"])
    chair, police, clinician = devices["chair"], devices["police"], devices["clinician"]
    port = free_port()
    out = tmp_path / "relay-host"
    said = chair.run(
        "relay", "config", "--out", out, "--host", "127.0.0.1",
        "--listen", f"127.0.0.1:{port}", "--store", tmp_path / "relay-store",
    ).stdout  # fmt: skip
    join = next(line.split() for line in said.splitlines() if "concord relay join" in line)
    url, pin, issuer = join[3], join[join.index("--pin") + 1], join[join.index("--issuer") + 1]
    assert (out / "relay.conf").exists() and oct((out / "relay-key.pem").stat().st_mode)[-3:] == "600"
    server = subprocess.Popen(
        [nats_server_binary(), "-c", str(out / "relay.conf")],
        cwd=out,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wrong = police.run(
            "relay", "join", url, out / "relay-cert.pem", "--pin", "0" * 64, "--issuer", issuer, check=False
        )
        assert wrong.returncode != 0 and "does not match" in wrong.stderr
        for d in (police, clinician):
            d.run("relay", "join", url, out / "relay-cert.pem", "--pin", pin, "--issuer", issuer)
        for _ in range(20):  # the server may still be starting
            first = chair.run("sync", "--relay", check=False)
            if first.returncode == 0:
                break
        assert first.returncode == 0, first.stderr
        ref = police.run("case", "new", "--harmed", "Person A").stdout.strip()
        police.run("case", "set", ref, "referral_reason", "sent across networks")
        police.run("sync", "--relay")  # the chair's letter tells it of the clinician's device
        got = clinician.run("sync", "--relay").stdout
        assert "applied" in got
        shown = json.loads(clinician.run("case", "get", ref, "referral_reason").stdout)
        assert shown == {"referral_reason": "sent across networks"}
        status = clinician.run("relay", "status").stdout
        assert "reachable" in status and "letters waiting for this device: 0" in status
        both = clinician.run("sync", "127.0.0.1:1", "--relay", check=False)
        assert both.returncode != 0 and "not both" in both.stderr

        # `serve --relay` stays connected: the clinician's next change arrives with no command.
        served = police.start("serve", "--relay", "--port", "0")
        try:
            lines = []
            reader = threading.Thread(target=lambda: lines.extend(iter(served.stdout.readline, "")), daemon=True)
            reader.start()
            wait_for(lambda: any(line.startswith("relay: connected") for line in lines), "the relay loop to connect")
            clinician.run("case", "set", ref, "clinical_summary", "answered while police served")
            clinician.run("sync", "--relay")
            wait_for(
                lambda: "answered while police served" in police.run("case", "get", ref, "clinical_summary").stdout,
                "the letter to arrive at the serving device",
            )
            assert not any(line.startswith("relay: not connected") for line in lines), lines
        finally:
            served.send_signal(signal.SIGTERM)
            assert served.wait(60) == 0, served.stderr.read()
    finally:
        server.terminate()
        server.wait(10)
