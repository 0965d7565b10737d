"""Five agency devices and the chair, each a separate `concord` process over real TLS.

The chair founds the panel and admits the others by request/admission files, opens a case and
shares it. Then every device writes a unique marker into every text field its role may write,
offline, and the devices sync every pair once per round, in a random (seeded) order and in
steps of pairs that share no device (run at the same time), round after round until a whole
round moves nothing. Every connection passes through a relay that keeps its bytes.

Proved afterwards, from each device's own store opened in this process:
- every device that may read a compartment holds it, with the same heads as every other;
- each marker is readable (decrypted, through the domain API) on exactly the devices whose
  role may read its field, and on no other; where several roles wrote one single-line field,
  every device that reads it shows all their values as a conflict;
- no device holds an envelope, change, snapshot or key of a compartment its role may not read,
  nor even knows which changes of one another device holds;
- no marker is in any file of any device (database, WAL, shared memory), as UTF-8 or UTF-16,
  nor in any byte that crossed the network.
"""

import itertools
import json
import os
import random
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import sqlalchemy as sa

from app.models.case_schema import load_schema
from app.models.documents.compartments import CompartmentMap
from app.models.storage import tables as t
from tests.support.sync_procs import Relay, make_panel, sync_counts

AGENCIES = ["advocate", "clinician", "legal", "police", "chief_inspector"]
TEXT = ("short_text", "long_text")
MAX_ROUNDS = 6


@dataclass(frozen=True)
class Marker:
    text: str
    role: str
    field: str
    sub: str | None
    compartment: str
    scalar: bool  # a register: concurrent writes from several devices are conflicts, not merges


def plan_writes(rng: random.Random, role: str, schema, cmap: CompartmentMap):
    """For one role: the `concord` commands writing a fresh marker into every text field (and
    text sub-field of a record) the role may write, and the markers they write."""
    commands, markers = [], []

    def marker(field: str, sub: str | None, kind: str) -> Marker:
        comp = cmap.for_field(field).id
        m = Marker(f"MARK-{role}-{comp}-{rng.getrandbits(48):012x}", role, field, sub, comp, kind == "short_text")
        markers.append(m)
        return m

    for f in schema.fields.values():
        if not schema.can_write(role, f.id) or f.managed:  # managed fields have their own commands
            continue
        if schema.kind_of(f.id) != "case":  # a meeting's fields live in a meeting, not this case
            continue
        if f.type in TEXT:
            commands.append(("case", "set", "{case}", f.id, marker(f.id, None, f.type).text))
        elif f.type == "records":
            subs = [s for s in f.subfields if s.type in TEXT]
            if subs:
                commands.append(
                    ("case", "add", "{case}", f.id, *(f"{s.id}={marker(f.id, s.id, s.type).text}" for s in subs))
                )
    return commands, markers


def schedule(rng: random.Random, roles: list[str]) -> list[list[tuple[str, str]]]:
    """Every pair of devices once, in steps of pairs that share no device (a round-robin
    tournament, by the circle method), in a random order."""
    order = list(roles)
    rng.shuffle(order)
    n = len(order)
    assert n % 2 == 0
    steps = []
    for _ in range(n - 1):
        steps.append([(order[i], order[n - 1 - i]) for i in range(n // 2)])
        order = [order[0], order[-1], *order[1:-1]]
    rng.shuffle(steps)
    assert sorted(tuple(sorted(p)) for step in steps for p in step) == sorted(itertools.combinations(sorted(roles), 2))
    return steps


def visible_text(ws, case_id: str) -> str:
    """Everything the device's role may read of the case, decrypted, through the domain API:
    the merged values, and every value of a field set concurrently on several devices."""
    session = ws.open_case(case_id)
    conflicts = session.conflicts()
    return json.dumps([session.values(), {f: [c.value for c in cs] for f, cs in conflicts.items()}])


def test_five_agencies_edit_offline_then_converge_holding_only_what_they_may(tmp_path):
    seed = int(os.environ.get("CONCORD_TEST_SEED") or random.SystemRandom().randrange(2**32))
    print(f"five-device sync seed: {seed} (set CONCORD_TEST_SEED to repeat)")
    rng = random.Random(seed)
    schema = load_schema()
    cmap = CompartmentMap(schema)
    assert set(AGENCIES) | {"chair"} <= set(schema.roles)

    devices = make_panel(tmp_path, AGENCIES)
    roles = list(devices)
    chair = devices["chair"]

    # The chair opens the case and shares it: each device syncs once with the chair.
    reference = chair.run("case", "new", "--harmed", "Person A", "--harmer", "Person B").stdout.strip()
    with chair.open() as ws:
        case_id = ws.store.find_case(reference).case_id
    with chair.serve() as server:
        for role in AGENCIES:
            sent, applied, held, quarantined = sync_counts(devices[role].sync(server.port).stdout)
            assert applied > 0 and held == 0 and quarantined == 0, role

    # Offline: each device writes its markers through the command line, no server running.
    plans = {role: plan_writes(rng, role, schema, cmap) for role in roles}
    markers = [m for _, ms in plans.values() for m in ms]
    # Every role writes: the Chief Inspector only the panel's discussion of the case.
    assert {m.role for m in markers} == set(roles)
    assert {m.field for m in markers if m.role == "chief_inspector"} == {"discussions"}
    assert len({m.text for m in markers}) == len(markers)

    def edit(role):
        for command in plans[role][0]:
            devices[role].run(*(part.format(case=case_id) for part in command))

    with ThreadPoolExecutor(2) as pool:
        list(pool.map(edit, roles))

    # Online: every device serves behind a recording relay; pairs sync in a random order,
    # round after round, until a whole round moves no envelope either way.
    ids = {role: devices[role].device_id for role in roles}
    servers = {role: devices[role].serve() for role in roles}
    relays = {role: Relay(servers[role].port) for role in roles}

    def exchange(dialer: str, listener: str) -> int:
        """One `concord sync` through the listener's relay: the envelopes it moved, both ways."""
        sent, applied, held, quarantined = sync_counts(devices[dialer].sync(relays[listener].port).stdout)
        report = servers[listener].next_session()
        assert report.group(1) == ids[dialer] and report.group(5) == "ok", (dialer, listener, report.group(0))
        assert quarantined == 0 and int(report.group(4)) == 0, (dialer, listener)
        return sent + int(report.group(2))

    try:
        for round_no in range(1, MAX_ROUNDS + 1):
            moved = 0
            steps = []
            for matching in schedule(rng, roles):
                # The pairs of one step share no device, so they sync at the same time.
                pairs = [pair if rng.random() < 0.5 else pair[::-1] for pair in matching]
                steps.append(" ".join(f"{dialer}->{listener}" for dialer, listener in pairs))
                with ThreadPoolExecutor(len(pairs)) as pool:
                    moved += sum(pool.map(lambda pair: exchange(*pair), pairs))
            print(f"round {round_no}: {' | '.join(steps)}: {moved} envelopes moved")
            if moved == 0:
                break
        assert moved == 0, f"still moving envelopes after {MAX_ROUNDS} rounds"
        assert round_no >= 2  # the offline edits did have to travel
        # While every device is still running (its WAL and shared-memory files open): nothing
        # readable at rest.
        assert_no_marker_in_files(tmp_path, markers, roles=roles)
    finally:
        for relay in relays.values():
            relay.close()
        for server in servers.values():
            server.stop()
    assert_no_marker_in_files(tmp_path, markers)

    # Every connection was TLS from its first byte, and no marker crossed the network.
    captures = [c for relay in relays.values() for c in relay.captures]
    assert len(captures) == round_no * len(list(itertools.combinations(roles, 2)))
    for capture in captures:
        for direction, data in capture.items():
            assert data[:1] == b"\x16", f"{direction} did not start with a TLS handshake"
            for m in markers:
                assert m.text.encode() not in data and m.text.encode("utf-16-le") not in data, (direction, m)

    # What each device holds, from its own store.
    opened = {role: devices[role].open() for role in roles}
    try:
        heads: dict[str, dict[str, list[bytes]]] = {}
        for role, ws in opened.items():
            assert ws.verify_audit().ok, role
            with ws.store.engine.connect() as conn:
                # peer_holdings: what it knows others hold - of its own compartments only.
                for table in (t.envelopes, t.changes, t.key_grants, t.snapshots, t.peer_holdings):
                    held = {r.compartment for r in conn.execute(sa.select(table.c.compartment).distinct())}
                    foreign = {c for c in held if role not in cmap.by_id[c].read}
                    assert not foreign, f"{role} holds {table.name} rows of compartments it may not read: {foreign}"
                grants = conn.execute(sa.select(t.key_grants.c.compartment, t.key_grants.c.recipient)).all()
                quarantine = conn.execute(sa.select(t.quarantine.c.kind, t.quarantine.c.reason)).all()
            assert quarantine == [], f"{role}: {quarantine}"
            for comp in cmap.readable_by(role):
                doc = ws.cases.read_doc(case_id, comp, role)
                if doc is not None:
                    heads.setdefault(comp.id, {})[role] = doc.heads()
            # A grant this device holds is for itself or for a device whose role may read the key.
            for compartment, recipient in grants:
                assert (
                    recipient == ws.profile.device_id
                    or ws.sync.state().members[recipient].role in cmap.by_id[compartment].read
                )

        written = {m.compartment for m in markers} | {cmap.for_field("reference").id}
        for comp_id in written:
            readers = {r for r in roles if r in cmap.by_id[comp_id].read}
            assert set(heads.get(comp_id, {})) == readers, f"compartment {comp_id} is not on exactly its readers"
            assert len({tuple(h) for h in heads[comp_id].values()}) == 1, f"compartment {comp_id} did not converge"

        # A text field several roles wrote offline is a register: each device's value survives
        # as a conflict for a person to settle, the same on every device.
        concurrent = {}
        for m in markers:
            if m.scalar and m.sub is None:
                concurrent.setdefault(m.field, set()).add(m.text)
        concurrent = {field: texts for field, texts in concurrent.items() if len(texts) > 1}
        assert concurrent  # the case core's labels: the chair, police and advocate all write them
        for role, ws in opened.items():
            conflicts = ws.open_case(case_id).conflicts()
            for field, texts in concurrent.items():
                if role in cmap.for_field(field).read:
                    assert {c.value for c in conflicts[field]} == texts, (role, field)

        for role, ws in opened.items():
            seen = visible_text(ws, case_id)
            plain = b"".join(b"".join(ws.store.change_rows(case_id, c)) for c in written if role in cmap.by_id[c].read)
            for m in markers:
                may_read = role in cmap.by_id[m.compartment].read
                assert (m.text in seen) == may_read, f"{m.text} {'missing on' if may_read else 'leaked to'} {role}"
                if may_read and m.sub is None:
                    # The control for the file scan above: decrypted, the stored change carries
                    # the marker as plain bytes, so an unencrypted store would have shown it.
                    assert m.text.encode() in plain, (role, m)
    finally:
        for ws in opened.values():
            ws.close()


def assert_no_marker_in_files(root, markers, roles=()) -> None:
    files = [p for p in root.rglob("*") if p.is_file()]
    for role in roles:  # devices still running: their write-ahead logs are there to be read too
        assert (root / role / "concord.db-wal").exists() and (root / role / "concord.db-shm").exists(), role
    for path in files:
        data = path.read_bytes()
        for m in markers:
            assert m.text.encode() not in data, f"{m.text} in {path.relative_to(root)}"
            assert m.text.encode("utf-16-le") not in data, f"{m.text} (UTF-16) in {path.relative_to(root)}"
