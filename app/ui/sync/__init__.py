"""The desktop side of sync: a worker thread that owns its own engine, the sync panel, the
invite and join dialogs, and the bundle dialogs. Nothing here touches the network, the store or a
bundle file on the GUI thread except small reads and the chair's own invitation records."""
