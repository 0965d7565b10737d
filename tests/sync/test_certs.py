"""Mutual TLS 1.3 on 127.0.0.1 with certificates chained to the panel CA and pinned to device keys."""

import socket
import ssl
import tempfile
import threading
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.sync.protocol.certs import CertError, SessionCredentials, member_certificate, panel_ca, peer_device


def raw(key):
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


class Panel:
    def __init__(self):
        self.chair = Ed25519PrivateKey.generate()
        self.ca = panel_ca("a" * 32, self.chair)
        self.keys = {}

    def member(self, device_id, key=None, certify_as=None):
        key = key or Ed25519PrivateKey.generate()
        self.keys.setdefault(device_id, raw(key))
        cert = member_certificate(self.ca, self.chair, device_id, raw(key))
        return SessionCredentials(self.ca, cert, key, certify_as or device_id)


def handshake(server_creds, client_creds, server_log, client_log):
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    seen = {}

    def serve():
        conn, _ = srv.accept()
        try:
            tls = server_creds.server_context().wrap_socket(conn, server_side=True)
            seen["server"] = peer_device(tls, server_log.get)
            seen["version"] = tls.version()
            tls.close()
        except (ssl.SSLError, CertError, OSError) as exc:
            seen["server_error"] = exc
            conn.close()

    thread = threading.Thread(target=serve)
    thread.start()
    try:
        raw_sock = socket.create_connection(("127.0.0.1", srv.getsockname()[1]), timeout=10)
        tls = client_creds.client_context().wrap_socket(raw_sock)
        seen["client"] = peer_device(tls, client_log.get)
        tls.close()
    except (ssl.SSLError, CertError, OSError) as exc:
        seen["client_error"] = exc
    thread.join(10)
    srv.close()
    return seen


def test_members_authenticate_each_other_over_tls13():
    p = Panel()
    a, b = p.member("deva"), p.member("devb")
    seen = handshake(a, b, p.keys, p.keys)
    assert seen == {"server": "devb", "client": "deva", "version": "TLSv1.3"}


def test_a_certificate_from_another_panel_fails_the_handshake():
    p, other = Panel(), Panel()
    seen = handshake(p.member("deva"), other.member("devx"), p.keys, other.keys)
    assert "server" not in seen and ("server_error" in seen or "client_error" in seen)


def test_a_revoked_device_with_a_valid_certificate_is_refused():
    p = Panel()
    a, b = p.member("deva"), p.member("devb")
    log_after_revocation = {"deva": p.keys["deva"]}  # devb revoked: no longer an active member
    seen = handshake(a, b, log_after_revocation, p.keys)
    assert isinstance(seen.get("server_error"), CertError) and "not an active member" in str(seen["server_error"])


def test_a_member_cannot_pose_as_another_member():
    p = Panel()
    victim_key = Ed25519PrivateKey.generate()
    p.keys["victim"] = raw(victim_key)
    impostor = p.member("mallory", certify_as="victim")  # mallory's real certificate, a leaf naming victim
    seen = handshake(p.member("deva"), impostor, p.keys, p.keys)
    assert isinstance(seen.get("server_error"), CertError) and "not made by the key" in str(seen["server_error"])


def test_the_session_key_file_is_gone_once_loaded(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    before = set(Path("/dev/shm").glob("concord-leaf-*"))
    creds = Panel().member("deva")
    creds.server_context()
    creds.client_context()
    assert list(tmp_path.iterdir()) == [] and set(Path("/dev/shm").glob("concord-leaf-*")) == before
