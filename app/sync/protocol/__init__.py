"""What crosses a wire or a USB stick: the binary codec, the sans-io protocol state machine,
sealed and signed envelopes, TLS certificates from device keys, the cryptographic constructions."""
