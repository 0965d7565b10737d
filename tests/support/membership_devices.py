"""Devices that hold only a signing key and a profile, and a clock that ticks a minute a call: enough
to write membership entries without a workspace."""

import itertools

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.models.identity import DeviceProfile, device_id_of

RAW = dict(encoding=serialization.Encoding.Raw, format=serialization.PublicFormat.Raw)


class Device:
    def __init__(self, name, role):
        self.key = Ed25519PrivateKey.generate()
        pub = self.key.public_key().public_bytes(**RAW)
        self.profile = DeviceProfile(
            device_id_of(pub),
            name,
            "agency",
            role,
            pub,
            X25519PrivateKey.generate().public_key().public_bytes(**RAW),
            "2026-11-01",
        )
        self.sign = self.key.sign
        self.id = self.profile.device_id


def clock():
    n = itertools.count()
    return lambda: f"2026-11-21T10:{next(n):02d}:00+00:00"
