"""Two devices synced in memory: a session on each side, their frames handed across until both are done."""

from app.sync.net.session import SyncSession


def run_pair(a_ws, b_ws, chunk=None, max_rounds=50):
    a, b = SyncSession(a_ws.sync, b_ws.profile.device_id), SyncSession(b_ws.sync, a_ws.profile.device_id)
    to_b, to_a = a.start(), b.start()
    for _ in range(max_rounds):
        if not to_a and not to_b:
            break
        if chunk:  # deliver in random small pieces
            out_b = b"".join(b.receive(to_b[i : i + chunk]) for i in range(0, len(to_b), chunk))
            out_a = b"".join(a.receive(to_a[i : i + chunk]) for i in range(0, len(to_a), chunk))
        else:
            out_b, out_a = b.receive(to_b), a.receive(to_a)
        to_a, to_b = out_b, out_a
    return a, b
