"""Redeeming an invitation over the network: a device that is not yet a member joins the panel.

The joiner has no certificate yet, so it connects anonymously (the listener accepts that and
allows such a peer nothing but this exchange). TLS still encrypts; who the listener is, is
settled by the invitation: its code carries the chair device's fingerprint, and the joiner
refuses to send anything about itself until the listener has shown a device key with that
fingerprint and a TLS certificate signed by it.

    listener -> joiner: KEY (the listening device's signing public key)
    joiner -> listener: REQUEST (invitation id, signed profile, proof bound to this channel)
    listener -> joiner: RESULT (admission, or the reason for refusing)
"""

from __future__ import annotations

import socket
import ssl
import struct
from collections.abc import Callable
from dataclasses import dataclass

from cryptography import x509

from app.models.errors import ConcordError
from app.models.identity import fingerprint_of, read_signed_profile, signed_profile
from app.models.language import QT_TRANSLATE_NOOP
from app.sync.engine.invitations import Invitation, proof
from app.sync.engine.sync_engine import SyncEngine
from app.sync.protocol import certs
from app.sync.protocol.wire import Reader, WireError, Writer

MAX_FRAME = 4 * 1024 * 1024
MAX_REQUEST = 4 * 1024  # a signed profile: a name, an agency, a role, two keys
REQUEST_FRAME = 1 + 1 + 16 + 3 + MAX_REQUEST + 32  # type, id length, id, request length, request, proof
KEY, REQUEST, RESULT = 1, 2, 3
TIMEOUT = 30.0


class JoinError(ConcordError):
    """Joining over the network did not succeed; the message says why."""


@dataclass(frozen=True)
class JoinResult:
    panel_id: str
    role: str
    chair_fingerprint: str
    chair_name: str


def _send(sock: ssl.SSLSocket, kind: int, payload: bytes) -> None:
    sock.sendall(struct.pack(">IB", len(payload) + 1, kind) + payload)


def _recv_exact(sock: ssl.SSLSocket, n: int) -> bytes:
    out = bytearray()
    while len(out) < n:
        chunk = sock.recv(n - len(out))
        if not chunk:
            raise JoinError(QT_TRANSLATE_NOOP("SyncProblems", "the other device closed the connection"))
        out += chunk
    return bytes(out)


def _recv(sock: ssl.SSLSocket, expect: int, limit: int = MAX_FRAME) -> Reader:
    (length,) = struct.unpack(">I", _recv_exact(sock, 4))
    if not 1 <= length <= limit:
        raise JoinError(
            QT_TRANSLATE_NOOP(
                "SyncProblems", "the other device sent a frame of {length} bytes, outside the limits of joining"
            ),
            length=length,
        )
    data = _recv_exact(sock, length)
    if data[0] != expect:
        raise JoinError(QT_TRANSLATE_NOOP("SyncProblems", "the other device did not follow the joining exchange"))
    return Reader(data[1:])


def serve_join(open_engine: Callable[[], SyncEngine], sock: ssl.SSLSocket, creds: certs.SessionCredentials) -> str:
    """The listener's half, for a peer that connected without a certificate. Returns the
    admitted device id; raises JoinError (after telling the joiner why) otherwise.

    open_engine() gives this device's engine; it is called only once a well-formed request has
    come, so an anonymous connection that sends nothing useful never opens the store."""
    _send(sock, KEY, Writer().fixed(certs.device_public_of(creds.member_cert), 32).bytes())
    try:
        # Anyone may send this, before proving anything: a few KiB, read only after the length says so.
        r = _recv(sock, REQUEST, REQUEST_FRAME)
        invite_id = r.ident(16)
        request = r.blob(MAX_REQUEST)
        mac = r.fixed(32)
        r.end()
        bytes.fromhex(invite_id)
    except (WireError, ValueError) as exc:
        raise JoinError(QT_TRANSLATE_NOOP("SyncProblems", "a malformed join request: {exc}"), exc=exc) from None
    channel = creds.leaf_cert.public_bytes(certs.DER)
    try:
        package = open_engine().redeem(invite_id, request, mac, channel)
    except ConcordError as exc:
        _send(sock, RESULT, Writer().uint(1).blob(str(exc).encode()).bytes())
        raise JoinError(QT_TRANSLATE_NOOP("SyncProblems", "refused a join: {exc}"), exc=exc) from None
    _send(sock, RESULT, Writer().uint(0).blob(package).bytes())
    return read_signed_profile(request).device_id


def _client_context() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    ctx.check_hostname = False
    # The joiner has no panel CA yet: the listener is checked against the fingerprint the
    # invitation carries instead, before anything is sent.
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def join_via(engine: SyncEngine, invitation: Invitation, host: str, port: int, timeout: float = TIMEOUT) -> JoinResult:
    """Redeem an invitation at the chair's device listening on host:port and join its panel."""
    if engine.panel_id is not None:
        raise JoinError(QT_TRANSLATE_NOOP("SyncProblems", "this device is already in a panel"))
    if invitation.expired():
        raise JoinError(
            QT_TRANSLATE_NOOP(
                "SyncProblems",
                "this invitation has expired (check this computer's clock if that seems wrong); ask the "
                "chair for a new one",
            )
        )
    try:
        raw = socket.create_connection((host, port), timeout=timeout)
    except OSError as exc:
        raise JoinError(
            QT_TRANSLATE_NOOP("SyncProblems", "cannot reach {host}:{port} ({why})"),
            host=host,
            port=port,
            why=exc.strerror or exc,
        ) from None
    try:
        with _client_context().wrap_socket(raw) as tls:
            leaf_der = tls.getpeercert(binary_form=True)
            chair_public = _recv(tls, KEY).fixed(32)
            if fingerprint_of(chair_public) != invitation.chair_fingerprint:
                raise JoinError(
                    QT_TRANSLATE_NOOP(
                        "SyncProblems",
                        "the device at {host}:{port} is not the chair who issued this invitation: its "
                        "fingerprint is {fingerprint_of}, the invitation names {chair_fingerprint}",
                    ),
                    host=host,
                    port=port,
                    fingerprint_of=fingerprint_of(chair_public),
                    chair_fingerprint=invitation.chair_fingerprint,
                )
            try:
                if leaf_der is None:  # TLS 1.3 always shows the server's certificate; refused the same way
                    raise certs.CertError("no certificate")
                certs.verify_leaf(x509.load_der_x509_certificate(leaf_der), chair_public)
            except (certs.CertError, ValueError):
                raise JoinError(
                    QT_TRANSLATE_NOOP(
                        "SyncProblems",
                        "the device at {host}:{port} showed the chair's key but not a certificate made with it",
                    ),
                    host=host,
                    port=port,
                ) from None
            request = signed_profile(engine.profile, engine.keys.sign)
            mac = proof(invitation.secret, invitation.invite_id, leaf_der, request)
            _send(tls, REQUEST, Writer().ident(invitation.invite_id).blob(request).fixed(mac, 32).bytes())
            r = _recv(tls, RESULT)
            status = r.uint(1)
            body = r.blob(MAX_FRAME)
            r.end()
    except WireError as exc:
        raise JoinError(
            QT_TRANSLATE_NOOP("SyncProblems", "the chair's device sent a malformed reply ({exc})"), exc=exc
        ) from None
    except (ssl.SSLError, OSError) as exc:
        raise JoinError(
            QT_TRANSLATE_NOOP("SyncProblems", "the join with {host}:{port} broke off ({exc})"),
            host=host,
            port=port,
            exc=exc,
        ) from None
    if status != 0:
        raise JoinError(
            QT_TRANSLATE_NOOP("SyncProblems", "the chair's device refused: {decode}"),
            decode=body.decode(errors="replace"),
        )
    state = engine.join(body, expect_founder=chair_public)
    me = state.active(engine.profile.device_id)
    assert me is not None, "join() refuses a log that does not admit this device"
    founder = state.members[state.founder]
    return JoinResult(state.panel_id, me.role, fingerprint_of(founder.signing_public), founder.name)
