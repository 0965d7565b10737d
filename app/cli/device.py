"""`concord device backup|restore|request` and the chair's `concord panel replace`."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from app.cli.errors import describe_os_error
from app.device_backup import backup_device, replacement_request, restore_device
from app.models.errors import ValidationError
from app.models.output_files import write_whole
from app.models.storage.backup_file import check_passphrase
from app.sync.engine.approval_rules import AdmissionWaits
from app.workspace import Workspace


def read_passphrase(source: str | None, confirm: bool) -> str:
    """From a file named by --passphrase-file ('-' for standard input, its first line), else
    asked at the terminal, twice when a new one is being chosen. Never from an argument: the
    command line of a process is visible to others on the machine."""
    if source is not None:
        try:
            text = sys.stdin.readline() if source == "-" else Path(source).read_text(encoding="utf-8")
        except OSError as exc:
            raise ValidationError(f"cannot read the passphrase file: {describe_os_error(exc)}") from None
        return text.splitlines()[0] if text.strip() else ""
    if not sys.stdin.isatty():
        raise ValidationError("no terminal to ask for the passphrase on: give --passphrase-file FILE (or - for stdin)")
    first = getpass.getpass("Backup passphrase: ")
    if confirm:
        check_passphrase(first)
        if getpass.getpass("The same passphrase again: ") != first:
            raise ValidationError("the two passphrases differ; nothing was written")
    return first


class _Dots:
    """Progress on stderr for long backups: a percentage now and then, never the file's content."""

    def __init__(self) -> None:
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        pct = 100 * done // total if total else 100
        if pct >= self.shown + 10:
            self.shown = pct - pct % 10
            print(f"  {self.shown}%", file=sys.stderr, flush=True)


def cmd_backup(args) -> int:
    passphrase = read_passphrase(args.passphrase_file, confirm=True)
    with Workspace.open(args.data) as ws:
        path = backup_device(ws, args.file, passphrase, progress=_Dots())
        print(f"wrote {path} ({path.stat().st_size} bytes), sealed under your passphrase")
        print("keep it apart from this laptop; without the passphrase nobody can open it, you included")
    return 0


def cmd_restore(args) -> int:
    passphrase = read_passphrase(args.passphrase_file, confirm=False)
    restored = restore_device(args.file, passphrase, args.data, progress=_Dots())
    with restored.workspace as ws:
        p = ws.profile
        print(f"restored into {ws.folder}: {p.name} ({p.agency}), role {p.role}")
        print(f"  new device: {p.device_id}, fingerprint {p.fingerprint} (it was {restored.old_device})")
        if restored.request is not None:
            target = args.request or ws.folder.parent / f"{ws.folder.name}-replacement.json"
            write_whole(target, restored.request)
            print(f"wrote {target}: give it to the chair ('concord panel replace'), then join with the")
            print("admission the chair gives back ('concord panel join'). Until then this device does not sync.")
    return 0


def cmd_request(args) -> int:
    with Workspace.open(args.data) as ws:
        request = replacement_request(ws)
        if request is None:
            raise ValidationError("this device is not waiting to be taken back into a panel")
        write_whole(args.file, request)
        print(f"wrote {args.file}: give it to the chair")
    return 0


def cmd_replace(args) -> int:
    with Workspace.open(args.data) as ws:
        try:
            package = ws.sync.replacement_admission(args.request.read_bytes())
        except AdmissionWaits as exc:
            print(f"recorded: {exc}")
            return 0
        write_whole(args.out, package)
        print(f"took in the restored device; the device it replaces is revoked. Wrote {args.out}:")
        print("give it to the restored device ('concord panel join').")
    return 0


def add_commands(sub) -> None:
    device = sub.add_parser("device", help="back this device up, or rebuild it from a backup")
    dsub = device.add_subparsers(dest="device_command", required=True, metavar="ACTION")
    s = dsub.add_parser("backup", help="write one file holding this device, sealed under a passphrase")
    s.add_argument("file", type=Path)
    s.add_argument("--passphrase-file", help="read the passphrase from this file ('-': standard input)")
    s.set_defaults(func=cmd_backup)
    s = dsub.add_parser("restore", help="rebuild a backed-up device into --data (a new or empty folder)")
    s.add_argument("file", type=Path)
    s.add_argument("--passphrase-file", help="read the passphrase from this file ('-': standard input)")
    s.add_argument("--request", type=Path, help="where to write the chair's replacement request")
    s.set_defaults(func=cmd_restore)
    s = dsub.add_parser("request", help="write again the replacement request of a restored device")
    s.add_argument("file", type=Path)
    s.set_defaults(func=cmd_request)


def add_panel_commands(panel_sub) -> None:
    s = panel_sub.add_parser("replace", help="(chair) take in a restored device in place of the one it was")
    s.add_argument("request", type=Path)
    s.add_argument("--out", type=Path, required=True, help="where to write the admission for it")
    s.set_defaults(func=cmd_replace)
