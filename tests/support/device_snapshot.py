"""What a device holds, seen from outside: its folder's files and sizes, its quarantine and its cases.
Equal before and after means a refused import left no trace."""


def snapshot(ws):
    return (
        sorted(p.name + str(p.stat().st_size) for p in ws.folder.iterdir()),
        len(ws.sync.quarantined(True)),
        [(c.reference) for c in ws.list_cases()],
    )
