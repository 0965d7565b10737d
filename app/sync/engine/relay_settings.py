"""The relay settings a device keeps in its store's meta table, and the check an admission's
copy of them must pass. Apart from relay_mail.py so the engine can carry them in admissions."""

from __future__ import annotations

import hashlib

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from app.sync.engine.membership import PanelState

# The relay's address, its certificate's fingerprint, the chair's device that configured it,
# and the certificate itself.
RELAY_KEYS = ("relay_url", "relay_pin", "relay_issuer", "relay_certificate")


def relay_settings_hold(relay: dict[str, object], state: PanelState) -> bool:
    """Relay settings in an admission are kept only whole and consistent: the certificate is the
    one its fingerprint names, and the issuer is a chair's device of the panel."""
    if not all(isinstance(relay.get(key), str) and relay.get(key) for key in RELAY_KEYS):
        return False
    try:
        cert = x509.load_pem_x509_certificate(str(relay["relay_certificate"]).encode())
    except ValueError:
        return False
    issuer = state.active(str(relay["relay_issuer"]))
    return (
        hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest() == relay["relay_pin"]
        and issuer is not None
        and issuer.role == "chair"
        and str(relay["relay_url"]).startswith("tls://")
    )
