"""`concord serve` says no more to the network than it is asked to: it listens on loopback unless
given another address, and announces itself only with --advertise (on loopback here, so the
test never sends multicast onto a real network)."""

import re
import socket
import subprocess

import ifaddr
import pytest

from tests.support.sync_procs import Device, process_env


def other_addresses() -> list[str]:
    """This machine's IPv4 addresses other than loopback."""
    return sorted(
        {
            ip.ip
            for adapter in ifaddr.get_adapters()
            for ip in adapter.ips
            if ip.is_IPv4 and not ip.ip.startswith("127.")
        }
    )


def start_serving(device: Device, *extra) -> tuple[subprocess.Popen, str, int]:
    proc = device.start("serve", "--port", "0", *extra)
    first = proc.stdout.readline()
    match = re.search(r"serving panel sync on ([\d.]+):(\d+) ", first)
    assert match, first
    return proc, match.group(1), int(match.group(2))


def stop(proc: subprocess.Popen) -> str:
    proc.terminate()
    out, _err = proc.communicate(timeout=15)
    return out


def test_serve_listens_on_loopback_and_announces_only_when_asked(tmp_path):
    env = process_env(tmp_path)
    chair, police = Device(tmp_path, "chair", env), Device(tmp_path, "police", env)
    chair.run("init", "--name", "Eleri Chair", "--agency", "Panel", "--role", "chair")
    chair.run("panel", "create")
    police.run("init", "--name", "Pat Police", "--agency", "Police", "--role", "police")
    code = chair.run("invite", "--role", "police").stdout.strip()

    proc, host, port = start_serving(chair)
    try:
        assert host == "127.0.0.1"
        # Bound to loopback: the same port on any other address of this machine is closed.
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            pass
        for address in other_addresses():
            with pytest.raises(OSError):
                socket.create_connection((address, port), timeout=2).close()
        police.run("join", code, "--via", f"127.0.0.1:{port}")
        heard = police.run("peers", "--interface", "127.0.0.1", "--seconds", "2.5").stdout
        assert "no panel device found" in heard
    finally:
        out = stop(proc)
    assert "advertised" not in out

    proc, host, port = start_serving(chair, "--host", "127.0.0.1", "--advertise")
    try:
        assert "advertised" in proc.stdout.readline()
        found = police.run("peers", "--interface", "127.0.0.1", "--seconds", "3").stdout
        assert f"127.0.0.1:{port}" in found and "Eleri Chair" in found
    finally:
        stop(proc)
