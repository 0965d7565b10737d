"""Identity, keys, membership and (later) envelopes and transports. No Qt."""
