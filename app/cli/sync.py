"""`concord panel ...`, `serve`, `sync`, `quarantine`: the command line of panel membership and sync."""

from __future__ import annotations

import signal
import sys
import threading
import time
from pathlib import Path

from app.cli.device import add_panel_commands
from app.cli.isa import say_agreement
from app.cli.relay import keep_syncing_through_relay, sync_through_relay
from app.models.errors import ValidationError
from app.models.identity import fingerprint_of
from app.models.output_files import write_whole
from app.sync.engine.approval_rules import DEFAULT_POLICY, POLICIES, AdmissionWaits
from app.sync.engine.bundle import export_bundle, import_bundle
from app.sync.engine.exchanges import Exchange, remember
from app.sync.engine.invitations import DEFAULT_HOURS, Invitation
from app.sync.engine.role_changes import POLICY_TEXT, role_change_lines
from app.sync.net.discovery import Advertiser, DiscoveryError, discover
from app.sync.net.joining import join_via
from app.sync.net.transport import Limits, Listener, sync_with
from app.workspace import Workspace


def _host_port(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValidationError(f"give the peer as HOST:PORT (got '{text}')")
    return host.strip("[]"), int(port)


def cmd_panel_create(args) -> int:
    with Workspace.open(args.data) as ws:
        panel_id = ws.sync.found_panel(policy=args.approval)
        print(f"panel {panel_id} founded; this device is its chair ({ws.profile.fingerprint})")
        print(f"role changes: {POLICY_TEXT[args.approval]}")
    return 0


def cmd_panel_request(args) -> int:
    with Workspace.open(args.data) as ws:
        write_whole(args.file, ws.join_request())
        print(f"wrote {args.file}: give it to the chair. Your fingerprint: {ws.profile.fingerprint}")
    return 0


def cmd_panel_admit(args) -> int:
    with Workspace.open(args.data) as ws:
        profile = Workspace.read_join_request(args.request.read_bytes())
        if args.expect_fingerprint and args.expect_fingerprint.upper() != profile.fingerprint:
            raise ValidationError(f"the request's fingerprint is {profile.fingerprint}, not {args.expect_fingerprint}")
        try:
            package = ws.sync.admission(profile)
        except AdmissionWaits as exc:
            print(f"recorded: {exc}")
            return 0
        write_whole(args.out, package)
        print(f"admitted {profile.name} ({profile.agency}) as {profile.role}, fingerprint {profile.fingerprint}")
        print(f"wrote {args.out}: give it to that device to join")
    return 0


def cmd_panel_join(args) -> int:
    with Workspace.open(args.data) as ws:
        state = ws.sync.join(args.admission.read_bytes())
        founder = state.members[state.founder]
        print(f"joined panel {state.panel_id}; chair {founder.name}, fingerprint check: {_fingerprint(founder)}")
        print(f"role changes: {POLICY_TEXT.get(state.policy, state.policy)}")
    return 0


def _utc(seconds: int) -> str:
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(seconds))


def cmd_invite(args) -> int:
    with Workspace.open(args.data) as ws:
        inv = ws.sync.invite(args.role, hours=args.hours)
        if args.out:
            write_whole(args.out, inv.to_file_bytes())
        expires = _utc(inv.expires)
        print(inv.code)
        print(
            f"invitation {inv.invite_id} for the role {inv.role}, valid once until {expires}"
            + (f"; also written to {args.out}" if args.out else ""),
            file=sys.stderr,
        )
        print(f"the joiner must see this device's fingerprint: {ws.profile.fingerprint}", file=sys.stderr)
    return 0


def cmd_invitations(args) -> int:
    with Workspace.open(args.data) as ws:
        records = ws.sync.invitations()
        if not records:
            print("no invitations issued on this device")
        for r in records:
            expires = _utc(r.expires)
            used = f" by {r.used_by}" if r.used_by else ""
            print(f"{r.invite_id}  {r.role:16s} {r.current_state():9s} until {expires}{used}")
    return 0


def cmd_withdraw(args) -> int:
    with Workspace.open(args.data) as ws:
        ws.sync.withdraw_invitation(args.invitation)
        print(f"withdrew invitation {args.invitation}: it admits nobody now")
    return 0


def cmd_join(args) -> int:
    if bool(args.code) == bool(args.file):
        raise ValidationError("give the invitation either as CODE or with --file FILE")
    if args.file:
        try:
            invitation = Invitation.from_file_bytes(args.file.read_bytes())
        except OSError as exc:
            raise ValidationError(f"cannot read {args.file}: {exc.strerror}") from None
    else:
        invitation = Invitation.parse(args.code)
    host, port = _host_port(args.via)
    with Workspace.open(args.data) as ws:
        print(f"the chair's device must show the fingerprint {invitation.chair_fingerprint}", flush=True)
        result = join_via(ws.sync, invitation, host, port)
        print(
            f"joined panel {result.panel_id} as {result.role}; chair {result.chair_name}, "
            f"fingerprint {result.chair_fingerprint}. Your fingerprint: {ws.profile.fingerprint}"
        )
        outcome = sync_with(ws.sync, host, port)
        remember(ws.store, Exchange.from_outcome(outcome, args.via, incoming=False))
        print(f"first sync: applied {outcome.stats.received.applied} change(s)")
        if outcome.error:
            print(f"concord: error: the first sync ended early: {outcome.error}", file=sys.stderr)
            return 1
    return 0


def _fingerprint(member) -> str:
    return fingerprint_of(member.signing_public)


def cmd_members(args) -> int:
    with Workspace.open(args.data) as ws:
        state = ws.sync.state()
        print(f"role changes: {POLICY_TEXT.get(state.policy, state.policy)}\n")
        for m in sorted(state.members.values(), key=lambda m: (m.revoked, m.role, m.name)):
            status = "revoked" if m.revoked else "active"
            print(f"{m.device_id}  {_fingerprint(m)}  {m.role:16s} {status:8s} {m.name} ({m.agency})")
        for line in role_change_lines(state, ws.sync.membership_log().entries):
            print(line)
        # Entries this device holds that do not count (kept by an older version, or refused
        # since): named, so a poisoned log is seen, and never fatal.
        bad = {**{h[:16]: why for h, why in state.rejected.items()}, **state.invalid}
        if bad:
            print(f"\n{len(bad)} entr{'y' if len(bad) == 1 else 'ies'} of this device's membership log do not count:")
            for h, why in sorted(bad.items()):
                print(f"  {h}  {why}")
    return 0


def cmd_approve(args) -> int:
    with Workspace.open(args.data) as ws:
        request = ws.sync.request_for(args.device)
        ws.sync.approve(args.device)
        after = ws.sync.state().requests[request.hash]
        what = f"{args.device} as {after.role}"
        if after.status == "in force":
            print(f"approved {what}: the change is in force")
        else:
            print(f"approved {what}: it still waits for {', '.join(after.missing())}")
    return 0


def cmd_revoke(args) -> int:
    with Workspace.open(args.data) as ws:
        ws.sync.revoke(args.device)
        print(f"revoked {args.device}")
    return 0


def cmd_role(args) -> int:
    with Workspace.open(args.data) as ws:
        entry = ws.sync.change_role(args.device, args.role)
        request = ws.sync.state().requests[entry.hash]
        if request.status == "pending":
            print(
                f"requested: {args.device} as {args.role} waits for approval by {', '.join(request.missing())} "
                f"(a device of each runs: concord panel approve {args.device})"
            )
        else:
            print(f"{args.device} now has the role {args.role}; its keys follow at the next sync")
    return 0


def cmd_sync(args) -> int:
    if args.relay:
        if args.peer:
            raise ValidationError("sync with a device at HOST:PORT, or through the relay, not both")
        return sync_through_relay(args)
    if not args.peer:
        raise ValidationError("give the device to sync with as HOST:PORT, or --relay")
    host, port = _host_port(args.peer)
    with Workspace.open(args.data) as ws:
        outcome = sync_with(ws.sync, host, port)
        # Kept as the desktop keeps its own, so its sync panel shows this exchange too.
        remember(ws.store, Exchange.from_outcome(outcome, args.peer, incoming=False))
        r = outcome.stats.received
        print(
            f"synced with {outcome.peer}: sent {outcome.stats.sent_envelopes}, applied {r.applied}, "
            f"held {r.held}, quarantined {len(r.quarantined)}"
        )
        say_agreement(ws)
        if outcome.error:
            print(f"concord: error: the session ended early: {outcome.error}", file=sys.stderr)
            return 1
    return 0


def cmd_serve(args) -> int:
    ws = Workspace.open(args.data)
    ws.sync.credentials()  # fail here, clearly, if this device is not in a panel
    panel_id = ws.sync.panel_id
    assert panel_id is not None  # credentials() has refused a device in no panel
    done = threading.Event()

    def report(outcome):
        remember(ws.store, Exchange.from_outcome(outcome, "", incoming=True))
        if outcome.joined:
            print(f"admitted device {outcome.joined} by invitation", flush=True)
            return
        r = outcome.stats.received
        state = f"error: {outcome.error}" if outcome.error else "ok"
        print(
            f"session with {outcome.peer or 'unknown peer'}: sent {outcome.stats.sent_envelopes}, "
            f"applied {r.applied}, quarantined {len(r.quarantined)} ({state})",
            flush=True,
        )

    if args.idle_seconds <= 0:
        raise ValidationError("--idle-seconds must be more than 0")
    listener = Listener(
        lambda: Workspace.open(args.data).sync,
        host=args.host,
        port=args.port,
        on_outcome=report,
        live=not args.once_per_peer,
        limits=Limits(idle_s=args.idle_seconds),
    ).start()
    mode = "one exchange per connection" if args.once_per_peer else "live: connected peers get changes as they are made"
    if args.host.startswith("127.") or args.host in ("localhost", "::1"):
        mode += "; this machine only: give --host to let other devices connect"
    print(f"serving panel sync on {args.host}:{listener.port} ({mode}; Ctrl+C to stop)", flush=True)
    advertiser = None
    if args.advertise:
        # Serving on one address: announce it on that interface only (loopback stays on this machine).
        one = None if args.host == "0.0.0.0" else args.host
        try:
            advertiser = Advertiser(
                panel_id, ws.profile.device_id, listener.port, host_ip=one, interfaces=[one] if one else None
            ).start()
            where = "this machine only (it listens on loopback)" if one and one.startswith("127.") else "this network"
            print(
                f"advertised: panel members on {where} can find this device (concord peers); "
                f"the announcement changes daily",
                flush=True,
            )
        except DiscoveryError as exc:
            print(f"concord: not advertised on the network: {exc}", file=sys.stderr, flush=True)
    relay = keep_syncing_through_relay(args.data, done) if args.relay else None
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: done.set())
    while not done.wait(1.0):
        if not listener.serving:  # it stopped on an error it has logged: say so, and stop too
            break
    done.set()
    if relay is not None:
        relay.join(30)
    if advertiser is not None:
        advertiser.stop()
    listener.stop()
    ws.close()
    if listener.failure:
        print(f"concord: error: serving stopped: {listener.failure}", file=sys.stderr, flush=True)
        return 1
    return 0


def cmd_peers(args) -> int:
    with Workspace.open(args.data) as ws:
        state = ws.sync.state()
        # In no panel yet: discover refuses the empty id with words that say so.
        found = discover(
            ws.sync.panel_id or "",
            seconds=args.seconds,
            own_device_id=ws.profile.device_id,
            interfaces=[args.interface] if args.interface else None,
            members=list(state.members),
        )
        if not found:
            print("no panel device found on this network (a typed HOST:PORT always works)")
        for peer in found:
            member = state.members.get(peer.device_id)
            if member is None:
                who = "not a member this device knows (sync with the chair first)"
            else:
                who = f"{fingerprint_of(member.signing_public)}  {member.role:16s} {member.name} ({member.agency})"
                who += "  REVOKED" if member.revoked else ""
            print(f"{peer.host}:{peer.port:<6d} {peer.device_id}  {who}")
    return 0


def cmd_bundle_export(args) -> int:
    with Workspace.open(args.data) as ws:
        recipients = list(args.for_device or [])
        if args.role:
            recipients += [
                m.device_id for m in ws.sync.state().members.values() if not m.revoked and m.role == args.role
            ]
        recipients = list(dict.fromkeys(recipients))  # a device named by --for and by its --role
        if not recipients:
            raise ValidationError("name the recipient with --for DEVICE or --role ROLE")
        # For named devices, only what they are not known to hold; for a whole role, everything.
        data = export_bundle(ws.sync, recipients, everything=bool(args.role) or args.all)
        write_whole(args.file, data)
        print(f"wrote {args.file} ({len(data)} bytes) for {len(recipients)} device(s)")
    return 0


def cmd_bundle_import(args) -> int:
    with Workspace.open(args.data) as ws:
        try:
            data = args.file.read_bytes()
        except OSError as exc:
            raise ValidationError(f"cannot read {args.file}: {exc.strerror}") from None
        r = import_bundle(ws.sync, data)
        e = r.envelopes
        print(
            f"imported bundle {r.bundle_id[:12]} from {r.sender[:12]}: applied {e.applied}, held {e.held}, "
            f"quarantined {len(e.quarantined)}, new members entries {r.membership}, new keys {r.grants}"
        )
        lines = r.report()
        if lines:
            print("still missing on this device:")
            for line in lines:
                print(f"  {line}")
        say_agreement(ws)
    return 0


def cmd_quarantine(args) -> int:
    with Workspace.open(args.data) as ws:
        rows = ws.sync.quarantined(include_held=args.all)
        if not rows:
            print("nothing quarantined")
        for r in rows:
            print(f"{r.id:5d}  {r.received_at}  {r.kind:10s} from {r.source[:16]}  {r.reason}")
    return 0


def add_commands(sub) -> None:
    panel = sub.add_parser("panel", help="found, join and administer a panel")
    psub = panel.add_subparsers(dest="panel_command", required=True, metavar="ACTION")
    s = psub.add_parser("create", help="found a panel with this (chair's) device")
    s.add_argument(
        "--approval",
        choices=POLICIES,
        default=DEFAULT_POLICY,
        help="who approves a role change or admission that gives a device another agency's data: "
        "'agency' (default) a device of each agency that owns it; 'admin' that or a second admin; "
        "'chair' no one but the chair (not advised). Fixed for the panel's life",
    )
    s.set_defaults(func=cmd_panel_create)
    s = psub.add_parser("request", help="write this device's signed join request for the chair")
    s.add_argument("file", type=Path, metavar="FILE")
    s.set_defaults(func=cmd_panel_request)
    s = psub.add_parser("admit", help="(chair) admit a device from its join request")
    s.add_argument("request", type=Path, metavar="REQUEST")
    s.add_argument("--out", type=Path, required=True, help="where to write the admission for the device")
    s.add_argument("--expect-fingerprint", help="the fingerprint the device's user read out to you")
    s.set_defaults(func=cmd_panel_admit)
    s = psub.add_parser("join", help="join a panel with the admission the chair gave you")
    s.add_argument("admission", type=Path, metavar="ADMISSION")
    s.set_defaults(func=cmd_panel_join)
    add_panel_commands(psub)  # `panel replace`: a device restored from its backup

    s = sub.add_parser("invite", help="(chair) issue a one-time invitation code for a role")
    s.add_argument("--role", required=True, help="the role the invited device will have")
    s.add_argument("--hours", type=float, default=DEFAULT_HOURS, help="how long the code is valid (default 72)")
    s.add_argument("--out", type=Path, help="also write the invitation to this file")
    s.set_defaults(func=cmd_invite)
    s = sub.add_parser("invitations", help="(chair) list the invitations issued on this device")
    s.set_defaults(func=cmd_invitations)
    s = sub.add_parser("withdraw", help="(chair) withdraw an open invitation")
    s.add_argument("invitation", metavar="INVITATION_ID")
    s.set_defaults(func=cmd_withdraw)
    s = sub.add_parser("join", help="join a panel with an invitation, at the chair's device serving at HOST:PORT")
    s.add_argument("code", nargs="?", metavar="CODE", help="the invitation code")
    s.add_argument("--file", type=Path, help="the invitation as a file, instead of CODE")
    s.add_argument("--via", required=True, metavar="HOST:PORT", help="where the chair's device is serving")
    s.set_defaults(func=cmd_join)

    # Under `panel` too, beside the other membership actions.
    for parent in (sub, psub):
        s = parent.add_parser("members", help="list the panel's members and every role change, waiting ones first")
        s.set_defaults(func=cmd_members)
        s = parent.add_parser("approve", help="approve, for this device's agency, a waiting role change or admission")
        s.add_argument("device", metavar="DEVICE", help="the device whose change waits (see concord members)")
        s.set_defaults(func=cmd_approve)
        s = parent.add_parser("role", help="(chair) give a member another role (may wait for approval)")
        s.add_argument("device", metavar="DEVICE")
        s.add_argument("role", metavar="ROLE")
        s.set_defaults(func=cmd_role)
    s = sub.add_parser("revoke", help="(chair) revoke a device")
    s.add_argument("device", metavar="DEVICE")
    s.set_defaults(func=cmd_revoke)
    s = sub.add_parser("serve", help="listen for panel devices and sync with each that connects")
    s.add_argument("--port", type=int, default=47470)
    s.add_argument(
        "--host",
        default="127.0.0.1",
        help="the address to listen on (default 127.0.0.1: this machine only, so a laptop on a "
        "public network offers nothing to it). Give this machine's address on the panel's "
        "network, or 0.0.0.0 for every network it is on, to let other devices connect",
    )
    s.add_argument(
        "--once-per-peer", action="store_true", help="end each session after one exchange instead of staying live"
    )
    s.add_argument(
        "--idle-seconds",
        type=float,
        default=Limits.idle_s,
        metavar="S",
        help=f"end a session whose peer is silent this long in the middle of an exchange (default {Limits.idle_s:g})",
    )
    s.add_argument(
        "--advertise",
        action="store_true",
        help="announce this device on the local network so panel members find it (concord peers). "
        "Strangers there see that a Concord device is present, though not whose: the announcement "
        "changes every day. Off unless asked for",
    )
    s.add_argument(
        "--no-advertise",
        dest="advertise",
        action="store_false",
        help="do not announce this device (the default; kept for scripts written before --advertise)",
    )
    s.add_argument(
        "--relay",
        action="store_true",
        help="also stay connected to the panel's relay, sending and collecting as changes come",
    )
    s.set_defaults(func=cmd_serve)
    s = sub.add_parser("peers", help="find panel devices serving on the local network (zeroconf)")
    s.add_argument("--seconds", type=float, default=2.0, help="how long to listen (default 2)")
    s.add_argument("--interface", metavar="IP", help="listen on the network of this local address only")
    s.set_defaults(func=cmd_peers)
    s = sub.add_parser("sync", help="one sync exchange with a device serving at HOST:PORT, or through the relay")
    s.add_argument("peer", metavar="HOST:PORT", nargs="?")
    s.add_argument("--relay", action="store_true", help="send and collect letters through the panel's relay")
    s.add_argument(
        "--post-holdings",
        action="store_true",
        help="with --relay: tell every device what this one holds, so each sends what it lacks",
    )
    s.set_defaults(func=cmd_sync)
    bundle = sub.add_parser("bundle", help="carry sync by file where there is no network")
    bsub = bundle.add_subparsers(dest="bundle_command", required=True, metavar="ACTION")
    s = bsub.add_parser("export", help="write an encrypted, signed bundle for one or more devices")
    s.add_argument(
        "--for", dest="for_device", action="append", metavar="DEVICE", help="recipient device id (repeatable)"
    )
    s.add_argument("--role", help="every active device of this role (carries everything the role may read)")
    s.add_argument(
        "--all", action="store_true", help="carry everything, not only what the devices are not known to hold"
    )
    s.add_argument("file", type=Path, metavar="FILE")
    s.set_defaults(func=cmd_bundle_export)
    s = bsub.add_parser("import", help="check and import a bundle made for this device")
    s.add_argument("file", type=Path, metavar="FILE")
    s.set_defaults(func=cmd_bundle_import)

    s = sub.add_parser("quarantine", help="list what arrived and failed a check")
    s.add_argument("--all", action="store_true", help="include envelopes held until their key arrives")
    s.set_defaults(func=cmd_quarantine)
