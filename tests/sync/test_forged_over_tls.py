"""Forged envelopes delivered over real TLS by a real panel member's process.

The chief inspector's device serves (`concord serve`). The police device, a genuine member
with its real certificate, connects from its own process (tests/support/sync_agent.py) and runs an
ordinary session whose Envelopes frame carries forgeries instead of its own envelopes: an
author outside the panel, an author without write right, a revoked author, a key id altered,
a ciphertext tampered (in transit, and by its author), an envelope moved into another case
(as is, and re-signed). Each is refused and quarantined with its reason, audited, and never
applied: the target documents keep their heads and values. One more, signed by its author
under a compartment key id nobody granted, is held aside as any envelope whose key has not
arrived yet is: listed by `quarantine --all`, never applied, stored or passed on. The listener
then goes on serving a legitimate peer.

Then revocation: the revoked advocate's device is refused by the listener (and told so), holds
no grant of the key generation made after its revocation, and cannot open what was sealed
under it even when handed the envelopes themselves.
"""

import base64
import dataclasses
import json
import subprocess
import sys
from collections import Counter

import sqlalchemy as sa

from app.models.documents.casedoc import CompartmentDoc
from app.models.storage import tables as t
from app.sync.engine.compartment_keys import key_id_of
from app.sync.protocol import crypto
from app.sync.protocol.envelope import Envelope, EnvelopeError, open_envelope, seal
from app.workspace import Workspace
from tests.support.keyrings import FileKeyring
from tests.support.sync_procs import REPO, make_panel_in_process, sync_counts

ROLES = ["police", "advocate", "clinician", "chief_inspector"]
HELD = "no key for this envelope"


def change_by(ws, case_id: str, comp, saved: bytes, field: str, value: str) -> bytes:
    """A genuine Automerge change to `field`, made by `ws`'s device (its own actor) on a copy
    of the document."""
    doc = CompartmentDoc.load(case_id, comp, ws.schema, saved, ws.profile.actor_id)
    [change] = doc.set(field, value)
    return change.data


def sealed_by(ws, change: bytes, case_id: str, comp, key_id: int, key: bytes, panel_id: str | None = None) -> Envelope:
    return seal(
        [change],
        panel_id=panel_id or ws.sync.panel_id,
        case_id=case_id,
        compartment=comp.id,
        author=ws.profile.device_id,
        key_id=key_id,
        key=key,
        sign=ws.keys.sign,
    )


def resigned(ws, env: Envelope, **changes) -> Envelope:
    draft = dataclasses.replace(env, **changes, signature=b"")
    return dataclasses.replace(draft, signature=ws.keys.sign(draft.signed_part()))


def flipped(data: bytes) -> bytes:
    out = bytearray(data)
    out[len(out) // 2] ^= 0x01
    return bytes(out)


def snapshot(ws, case_ids, comps) -> dict:
    """Heads and values of each (case, compartment) on a device, read from its store."""
    ws.cases.forget()
    out = {}
    for case_id in case_ids:
        for comp in comps:
            doc = ws.cases.read_doc(case_id, comp, ws.role)
            out[(case_id, comp.id)] = (doc.heads(), doc.values())
    return out


def received(ws) -> dict:
    """What a device holds that others gave it: envelopes, changes, keys granted to it."""
    with ws.store.engine.connect() as conn:
        out = {
            table.name: conn.execute(sa.select(sa.func.count()).select_from(table)).scalar()
            for table in (t.envelopes, t.changes)
        }
        out["keys"] = conn.execute(
            sa.select(sa.func.count()).select_from(t.key_grants).where(t.key_grants.c.recipient == ws.profile.device_id)
        ).scalar()
    return out


def test_forgeries_from_a_member_process_are_refused_and_the_revoked_device_gets_nothing(tmp_path):
    devices = make_panel_in_process(tmp_path, ROLES)
    chair, police, advocate, clinician, ci = (devices[r] for r in ["chair", *ROLES])
    ids = {role: d.device_id for role, d in devices.items()}
    backend = FileKeyring(police.env["CONCORD_TEST_KEYRING_FILE"])
    # A device of no panel, made before any process reads the shared keyring file.
    stranger = Workspace.init(tmp_path / "stranger", "Sid Stranger", "Elsewhere", "police", backend=backend)

    # Two cases by the police device, shared with the chief inspector through its listener.
    refs = [police.run("case", "new", "--harmed", label).stdout.strip() for label in ("Person A", "Person C")]
    for ref in refs:
        police.run("case", "set", ref, "referral_reason", f"genuine reason of {ref}")
        police.run("case", "set", ref, "intelligence", f"genuine intelligence of {ref}")
    server = ci.serve()
    try:
        for d in (police, chair, advocate, clinician):
            d.sync(server.port)  # each meets the listener: the whole panel, the case core, its keys
            assert server.next_session().group(5) == "ok"

        # The chair revokes the advocate; the listener hears of it from the chair.
        chair.run("revoke", ids["advocate"])
        chair.sync(server.port)
        server.next_session()

        opened = {
            role: Workspace.open(devices[role].folder, backend=backend) for role in ("police", "advocate", "clinician")
        }
        pw = opened["police"]
        case_a, case_b = (pw.store.find_case(ref).case_id for ref in refs)
        core = pw.cases.compartments.for_field("referral_reason")
        intel = pw.cases.compartments.for_field("intelligence")
        saved = pw.cases.read_doc(case_a, core, "police").save()
        _, key_id, key = pw.sync.compartment_keys.current(case_a, core.id)
        _, key_id_b, _ = pw.sync.compartment_keys.current(case_b, core.id)

        def by(role_ws, label):
            return change_by(role_ws, case_a, core, saved, "referral_reason", f"MKforged {label}")

        genuine = sealed_by(pw, by(pw, "genuine-looking"), case_a, core, key_id, key)
        fresh_key = crypto.new_key()
        forgeries = {  # label -> (envelope bytes, the reason it must be refused for)
            "unknown compartment key id": (
                resigned(pw, genuine, key_id=genuine.key_id ^ 1).encode(),
                None,
            ),  # held: no such key
            "key id altered in transit": (
                dataclasses.replace(genuine, key_id=key_id_of(fresh_key)).encode(),
                "signature does not verify",
            ),
            "author outside the panel": (
                sealed_by(stranger, by(stranger, "stranger"), case_a, core, key_id, key, pw.sync.panel_id).encode(),
                "author is not a member of the panel",
            ),
            "author without write right": (
                sealed_by(
                    opened["clinician"], by(opened["clinician"], "clinician"), case_a, core, key_id, key
                ).encode(),
                "author's role 'clinician' may not write this compartment",
            ),
            "ciphertext tampered in transit": (
                dataclasses.replace(genuine, ciphertext=flipped(genuine.ciphertext)).encode(),
                "signature does not verify",
            ),
            "ciphertext tampered and re-signed": (
                resigned(pw, genuine, ciphertext=flipped(genuine.ciphertext)).encode(),
                "does not decrypt",
            ),
            "replayed into another case": (
                dataclasses.replace(genuine, case_id=case_b).encode(),
                "signature does not verify",
            ),
            "replayed into another case, re-signed": (
                resigned(pw, genuine, case_id=case_b, key_id=key_id_b).encode(),
                "does not decrypt",
            ),
            "author revoked": (
                sealed_by(opened["advocate"], by(opened["advocate"], "revoked"), case_a, core, key_id, key).encode(),
                "author has been revoked",
            ),
        }
        refused = [reason for _, reason in forgeries.values() if reason]

        with ci.open() as cw:
            before = snapshot(cw, (case_a, case_b), (core, intel))
            quarantined_before = len(cw.sync.quarantined(include_held=True))
            audited_before = sum(e.action == "quarantined" for e in cw.audit_entries())

        items = tmp_path / "forged.json"
        items.write_text(json.dumps([base64.b64encode(data).decode() for data, _ in forgeries.values()]))
        agent = subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.support.sync_agent",
                "forge",
                police.folder,
                f"127.0.0.1:{server.port}",
                items,
            ],
            cwd=REPO,
            env=police.env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert agent.returncode == 0, agent.stderr
        assert json.loads(agent.stdout) == {"peer": ids["chief_inspector"], "sent": len(forgeries), "error": None}
        report = server.next_session()
        assert report.group(1) == ids["police"] and report.group(5) == "ok"
        assert (int(report.group(3)), int(report.group(4))) == (0, len(refused))

        with ci.open() as cw:
            assert snapshot(cw, (case_a, case_b), (core, intel)) == before  # nothing applied
            rows = cw.sync.quarantined(include_held=True)[quarantined_before:]
            assert sorted(r.kind for r in rows) == sorted(["envelope"] * len(refused) + ["held"])
            expected = Counter(reason or HELD for _, reason in forgeries.values())
            assert Counter(next(x for x in expected if x in r.reason) for r in rows) == expected
            assert all(r.source == ids["police"] for r in rows)
            audited = [e for e in cw.audit_entries() if e.action == "quarantined"]
            # One audit entry for the session's junk, counting every item.
            assert (
                len(audited) - audited_before == 1 and f"{len(refused)} from {ids['police'][:40]}" in audited[-1].target
            )
            assert cw.verify_audit().ok
            plain = b"".join(b"".join(cw.store.change_rows(c, k.id)) for c in (case_a, case_b) for k in (core, intel))
            assert b"MKforged" not in plain
            # The held one is kept aside: not stored as an envelope, so never passed on.
            with cw.store.engine.connect() as conn:
                stored = {r.data for r in conn.execute(sa.select(t.envelopes.c.data))}
            assert not stored & {data for data, _ in forgeries.values()}
            assert all(data not in cw.sync.envelopes_for(ids["chair"]) for data, _ in forgeries.values())
        listed = ci.run("quarantine").stdout
        assert all(reason in listed for reason in refused) and HELD not in listed
        assert HELD in ci.run("quarantine", "--all").stdout
        assert ci.run("audit", "--quiet").returncode == 0

        # The listener goes on serving a legitimate peer. Police, knowing of the revocation,
        # writes again: that seals under a new key generation the advocate is not given.
        police.run("case", "set", refs[0], "referral_reason", "written after the revocation")
        sent, applied, held, quarantined = sync_counts(police.sync(server.port).stdout)
        assert sent >= 1 and quarantined == 0
        assert server.next_session().group(5) == "ok"
        assert "written after the revocation" in ci.run("case", "get", refs[0], "referral_reason").stdout

        # The revoked device: refused by the listener, given nothing.
        aw = opened["advocate"]
        advocate_before = received(aw)
        attempt = advocate.sync(server.port, check=False)
        report = server.next_session()
        assert report.group(1) == ids["advocate"] and "not an active member" in report.group(5)
        assert int(report.group(2)) == 0
        assert attempt.returncode != 0 and "not an active member" in attempt.stderr
        assert received(aw) == advocate_before
    finally:
        server.stop()

    generation, new_key_id, _ = pw.sync.compartment_keys.current(case_a, core.id)
    assert generation >= 2 and new_key_id != key_id
    assert aw.sync.compartment_keys.key(case_a, core.id, new_key_id) is None
    with aw.store.engine.connect() as conn:
        generations = {
            r.generation
            for r in conn.execute(
                sa.select(t.key_grants.c.generation).where(
                    (t.key_grants.c.case_id == case_a) & (t.key_grants.c.compartment == core.id)
                )
            )
        }
    assert generations == {1}
    with pw.store.engine.connect() as conn:
        after = [
            Envelope.decode(r.data)
            for r in conn.execute(
                sa.select(t.envelopes.c.data).where(
                    (t.envelopes.c.case_id == case_a) & (t.envelopes.c.compartment == core.id)
                )
            )
        ]
    after = [e for e in after if e.key_id == new_key_id]
    assert after
    # Handed the envelopes made after its revocation, raw: no key it holds opens them.
    held_keys = [
        aw.sync.compartment_keys.key(case_a, core.id, g.key_id)
        for g in aw.sync.compartment_keys.my_grants(case_a, core.id)
    ]
    assert held_keys
    for env in after:
        for k in held_keys:
            try:
                open_envelope(env, k)
            except EnvelopeError:
                continue
            raise AssertionError("a key the revoked device holds opens an envelope sealed after its revocation")
    got = aw.sync.receive_envelopes([e.encode() for e in after], "handed over")
    assert got.applied == 0
    aw.cases.forget()
    assert aw.open_case(case_a).get("referral_reason") != "written after the revocation"
    for ws in [*opened.values(), stranger]:
        ws.close()
