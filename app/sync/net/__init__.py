"""Sync over the network: TLS sessions between devices, finding peers on the local network, and
joining a panel by invitation."""
