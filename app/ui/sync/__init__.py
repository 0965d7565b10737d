"""The desktop side of sync: a worker thread that owns its own engine, the sync panel, and the
invite and join dialogs. Nothing here touches the network or the store on the GUI thread except
small reads and the chair's own invitation records."""
