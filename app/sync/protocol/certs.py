"""X.509 certificates for mutually authenticated TLS between panel devices.

Chain: panel CA (self-signed by the founding chair's device key) -> member certificate (issued
by the chair at admission, carrying the member's device signing key) -> session leaf (a fresh
Ed25519 key per process, certified by the member's device key, valid for hours).

The stdlib `ssl` module loads private keys only from files. Only the throwaway leaf key is ever
written, to a private temporary file removed at once; the long-term device key never is.
After the handshake the peer's member certificate key is checked against the membership log
(pinning): a valid certificate of a revoked device is still refused.
"""

from __future__ import annotations

import datetime as dt
import os
import ssl
import tempfile
from collections.abc import Callable

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.x509.oid import NameOID

from app.models import clock

PEM = serialization.Encoding.PEM
DER = serialization.Encoding.DER
MEMBER_YEARS = 3
LEAF_HOURS = 24
# OpenSSL's X509_V_FLAG_NO_CHECK_TIME, which the ssl module has no name for.
NO_CHECK_TIME = 0x200000
# How far a session certificate's dates may be off this device's clock: the clock difference
# sessions accept (a week), and an hour more.
CLOCK_SLACK_S = 7 * 86400 + 3600


class CertError(ValueError):
    """A certificate that is missing, malformed, or does not match the membership log."""


def _name(common: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Concord panel"),
            x509.NameAttribute(NameOID.COMMON_NAME, common),
        ]
    )


def _now() -> dt.datetime:
    return clock.wall()


def _build(
    subject: str,
    issuer: x509.Name,
    public_key: Ed25519PublicKey,
    signer: Ed25519PrivateKey,
    days: float,
    ca: bool,
    path_length: int | None = None,
) -> x509.Certificate:
    now = _now()
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=10))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=path_length if ca else None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=ca,
                crl_sign=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    )
    return builder.sign(signer, None)


def panel_ca(panel_id: str, founder_key: Ed25519PrivateKey) -> x509.Certificate:
    name = f"panel {panel_id[:32]}"
    return _build(name, _name(name), founder_key.public_key(), founder_key, 365 * 20, ca=True, path_length=1)


def member_certificate(
    ca_cert: x509.Certificate, founder_key: Ed25519PrivateKey, device_id: str, device_public: bytes
) -> x509.Certificate:
    # A member certificate certifies its device's session leaves, so it is a CA of path length 0.
    return _build(
        device_id,
        ca_cert.subject,
        Ed25519PublicKey.from_public_bytes(device_public),
        founder_key,
        365 * MEMBER_YEARS,
        ca=True,
        path_length=0,
    )


def device_public_of(cert: x509.Certificate) -> bytes:
    key = cert.public_key()
    if not isinstance(key, Ed25519PublicKey):
        raise CertError("not an Ed25519 certificate")
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


class SessionCredentials:
    """A fresh leaf key and certificate for this process, loaded into SSL contexts."""

    def __init__(
        self, ca_cert: x509.Certificate, member_cert: x509.Certificate, device_key: Ed25519PrivateKey, device_id: str
    ):
        self.ca_cert = ca_cert
        self.member_cert = member_cert
        self.leaf_key = Ed25519PrivateKey.generate()
        self.leaf_cert = _build(
            f"{device_id} session",
            member_cert.subject,
            self.leaf_key.public_key(),
            device_key,
            LEAF_HOURS / 24,
            ca=False,
        )

    def _load(self, ctx: ssl.SSLContext) -> None:
        fd, path = tempfile.mkstemp(prefix="concord-leaf-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
        try:
            if hasattr(os, "fchmod"):  # mkstemp already made it owner-only; Windows has no fchmod before 3.13
                os.fchmod(fd, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(
                    self.leaf_key.private_bytes(PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
                )
                fh.write(self.leaf_cert.public_bytes(PEM))
                fh.write(self.member_cert.public_bytes(PEM))
            ctx.load_cert_chain(path)
        finally:
            os.unlink(path)
        ctx.load_verify_locations(cadata=self.ca_cert.public_bytes(serialization.Encoding.DER))

    def server_context(self, allow_anonymous: bool = False) -> ssl.SSLContext:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_3
        ctx.verify_mode = ssl.CERT_OPTIONAL if allow_anonymous else ssl.CERT_REQUIRED
        ignore_clock(ctx)
        self._load(ctx)
        return ctx

    def client_context(self) -> ssl.SSLContext:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_3
        ctx.check_hostname = False  # peers are named by device id, checked against the log
        ctx.verify_mode = ssl.CERT_REQUIRED
        ignore_clock(ctx)
        self._load(ctx)
        return ctx


def ignore_clock(ctx: ssl.SSLContext) -> None:
    """Let TLS check the chain's signatures but not its dates against this laptop's clock.

    Certificates carry times from the clock of the device that made them, and laptops' clocks
    differ by minutes or days: TLS would refuse a peer a few minutes slow with an error that
    names no clock at all. The session compares the two clocks itself (Hello carries each
    device's) and refuses a difference beyond a week saying so, and `check_leaf` judges the
    session certificate's dates with that allowance. Who may sync is decided by the panel's
    membership log, not by a certificate's expiry.
    """
    ctx.verify_flags |= NO_CHECK_TIME


def peer_leaf(sock: ssl.SSLSocket) -> tuple[str, x509.Certificate] | None:
    """The device the peer's (CA-verified) session certificate names, and that certificate."""
    der = sock.getpeercert(binary_form=True)
    if not der:
        return None
    leaf = x509.load_der_x509_certificate(der)
    names = leaf.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if not names or not str(names[0].value).endswith(" session"):
        raise CertError("the peer's certificate does not name a device")
    return str(names[0].value)[: -len(" session")], leaf


def check_leaf(leaf: x509.Certificate, device_id: str, device_public: bytes) -> None:
    """The pin, right after the handshake: the session certificate must be issued by the device
    it names (a member certificate may certify session leaves, but only its own device's), signed
    by the key the membership log holds for that device. Its dates are checked once the clocks
    have been compared (check_leaf_dates)."""
    issuers = leaf.issuer.get_attributes_for_oid(NameOID.COMMON_NAME)
    if not issuers or str(issuers[0].value) != device_id:
        raise CertError("the peer's session certificate was issued by another device than the one it names")
    verify_leaf(leaf, device_public)


def check_leaf_dates(leaf: x509.Certificate) -> None:
    """The session certificate's dates, judged by this device's clock give or take a week (the
    session has already refused clocks further apart, naming the difference)."""
    now, slack = clock.wall(), dt.timedelta(seconds=CLOCK_SLACK_S)
    if not leaf.not_valid_before_utc - slack <= now <= leaf.not_valid_after_utc + slack:
        raise CertError("the peer's session certificate is out of date (more than 7 days even allowing for clocks)")


def verify_leaf(leaf: x509.Certificate, device_public: bytes | None) -> None:
    """The pin: the leaf must be signed by the device key the membership log holds.

    TLS has already checked the chain up to the panel CA, but Python 3.11 shows only the leaf;
    checking its signature here ties it to the member's key as the log has it now, so a revoked
    device, or a member posing as another, is refused despite a certificate that chains.
    """
    if device_public is None:
        raise CertError("the peer's device is not an active member of the panel")
    try:
        Ed25519PublicKey.from_public_bytes(device_public).verify(leaf.signature, leaf.tbs_certificate_bytes)
    except Exception:
        raise CertError("the peer's certificate was not made by the key the panel knows for it") from None


def peer_device(sock: ssl.SSLSocket, signing_public_of: Callable[[str], bytes | None]) -> str | None:
    """The device id the peer proved, checked at once against signing_public_of(device_id)."""
    claim = peer_leaf(sock)
    if claim is None:
        return None
    device_id, leaf = claim
    verify_leaf(leaf, signing_public_of(device_id))
    return device_id
