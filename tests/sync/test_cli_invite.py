"""`concord invite`, `join CODE --via HOST:PORT`, `invitations`, `withdraw` between real processes."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent.parent
CONCORD = [sys.executable, "-m", "app.cli"]


@pytest.fixture
def env(tmp_path):
    return dict(
        os.environ,
        PYTHON_KEYRING_BACKEND="tests.support.keyrings.FileKeyring",
        CONCORD_TEST_KEYRING_FILE=str(tmp_path / "keyring.json"),
        PYTHONPATH=str(REPO),
    )


def run(env, folder, *args, ok=True):
    done = subprocess.run(
        CONCORD + ["--data", str(folder), *map(str, args)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if ok is not None:
        assert (done.returncode == 0) == ok, f"{args}: rc={done.returncode} {done.stdout} {done.stderr}"
    return done


def test_invite_join_and_withdraw_from_the_command_line(tmp_path, env):
    chair, police, clinician = tmp_path / "chair", tmp_path / "police", tmp_path / "clinician"
    run(env, chair, "init", "--name", "Eleri Chair", "--agency", "Panel", "--role", "chair")
    run(env, chair, "panel", "create")
    run(env, chair, "case", "new", "--ref", "CLI-INV-1")
    run(env, police, "init", "--name", "Pat Police", "--agency", "Police", "--role", "police")
    run(env, clinician, "init", "--name", "Alys Clin", "--agency", "Health", "--role", "clinician")
    chair_fp = re.search(r"([A-Z2-7]{4}(?:-[A-Z2-7]{4}){3})", run(env, chair, "whoami").stdout).group(1)

    issued = run(env, chair, "invite", "--role", "police", "--out", tmp_path / "police.invitation")
    code = issued.stdout.strip()
    assert re.fullmatch(r"[A-Z2-7]{8}(-[A-Z2-7]{1,8})+", code), code
    assert chair_fp in issued.stderr and "police" in issued.stderr
    other = run(env, chair, "invite", "--role", "clinician").stdout.strip()
    other_id = re.search(r"(\w{10})\s+clinician\s+open", run(env, chair, "invitations").stdout).group(1)
    run(env, chair, "withdraw", other_id)

    serve = subprocess.Popen(
        CONCORD + ["--data", str(chair), "serve", "--host", "127.0.0.1", "--port", "0"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        port = re.search(r":(\d+) ", serve.stdout.readline()).group(1)
        joined = run(env, police, "join", "--file", tmp_path / "police.invitation", "--via", f"127.0.0.1:{port}")
        assert chair_fp in joined.stdout and "joined panel" in joined.stdout
        assert "CLI-INV-1" in run(env, police, "case", "list").stdout  # the first sync came with the join
        again = run(env, clinician, "join", code, "--via", f"127.0.0.1:{port}", ok=False)
        assert "for the role 'police'" in again.stderr or "used" in again.stderr
        withdrawn = run(env, clinician, "join", other, "--via", f"127.0.0.1:{port}", ok=False)
        assert "withdrawn" in withdrawn.stderr and "Traceback" not in withdrawn.stderr
        typo = run(env, clinician, "join", other[:-3] + "AAA", "--via", f"127.0.0.1:{port}", ok=False)
        assert "invitation code" in typo.stderr
    finally:
        serve.terminate()
        serve.wait(10)
    listing = run(env, chair, "invitations").stdout
    assert re.search(r"police\s+used", listing) and re.search(r"clinician\s+withdrawn", listing)
    members = run(env, police, "members").stdout
    assert "Pat Police" in members and "Eleri Chair" in members
    assert "Alys Clin" not in run(env, chair, "members").stdout


def test_serve_announces_itself_and_peers_finds_it(tmp_path, env):
    """On loopback only, so the test never sends multicast onto a real network."""
    chair, police = tmp_path / "chair", tmp_path / "police"
    run(env, chair, "init", "--name", "Eleri Chair", "--agency", "Panel", "--role", "chair")
    run(env, chair, "panel", "create")
    run(env, police, "init", "--name", "Pat Police", "--agency", "Police", "--role", "police")
    code = run(env, chair, "invite", "--role", "police").stdout.strip()
    serve = subprocess.Popen(
        CONCORD + ["--data", str(chair), "serve", "--host", "127.0.0.1", "--port", "0", "--advertise"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        port = re.search(r":(\d+) ", serve.stdout.readline()).group(1)
        assert "can find this device" in serve.stdout.readline()
        run(env, police, "join", code, "--via", f"127.0.0.1:{port}")
        found = run(env, police, "peers", "--interface", "127.0.0.1", "--seconds", "3").stdout
        assert f"127.0.0.1:{port}" in found and "Eleri Chair" in found and "chair" in found
    finally:
        serve.terminate()
        serve.wait(10)
    stranger = tmp_path / "stranger"
    run(env, stranger, "init", "--name", "Sam Stranger", "--agency", "Nowhere", "--role", "police")
    refused = run(env, stranger, "peers", ok=False)
    assert "not in a panel" in refused.stderr
