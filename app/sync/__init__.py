"""Sync between the devices of a panel: what crosses the wire (protocol), what a device does with
it (engine) and how it travels (net). No Qt; only net/ opens sockets."""
