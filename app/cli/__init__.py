"""`concord`: the command line over the same core as the desktop, for scripts and administrators.

A user's mistake ends with one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from app import logs
from app.cli.audit import add_parser as add_audit_parser
from app.cli.conflicts import case_conflicts, conflict_target, field_conflicts
from app.cli.device import add_commands as add_device_commands
from app.cli.disclosures import add_parser as add_disclosures_parser
from app.cli.errors import OutputClosed, describe_os_error, guarded_stdout, silence_stdout
from app.cli.isa import add_parser as add_isa_parser
from app.cli.meetings import add_commands as add_meeting_commands
from app.cli.panel_audit import add_parser as add_panel_audit_parser
from app.cli.process import add_commands as add_process_commands
from app.cli.relay import add_commands as add_relay_commands
from app.cli.retention import add_commands as add_retention_commands
from app.cli.risk import add_commands as add_risk_commands
from app.cli.subject_access import add_parser as add_subject_access_parser
from app.cli.sync import add_commands as add_sync_commands
from app.models import clock
from app.models.case_schema import DEFAULT_ISA, DEFAULT_SCHEMA, load_schema
from app.models.documents import values
from app.models.documents.compartments import derive_compartments
from app.models.errors import ConcordError, ValidationError
from app.models.storage.locations import default_data_dir
from app.workspace import Workspace

EXIT_ERROR = 1
# Commands that never read the data folder: they must not make one just to keep a log in it.
NO_DATA_FOLDER = {"schema-check", "demo"}

log = logging.getLogger("concord.cli")


def read_stdin() -> str:
    """Standard input as text; input that is not UTF-8 is refused, not guessed at."""
    try:
        return sys.stdin.buffer.read().decode("utf-8") if hasattr(sys.stdin, "buffer") else sys.stdin.read()
    except UnicodeDecodeError:
        raise ValidationError("standard input is not UTF-8 text") from None


def _out(obj) -> None:
    print(json.dumps(obj, indent=2, ensure_ascii=False))


# ----- commands ------------------------------------------------------------------------------
def cmd_init(args) -> int:
    with Workspace.init(args.data, args.name, args.agency, args.role) as ws:
        p = ws.profile
        print(f"Device set up in {args.data}")
        print(f"  person: {p.name} ({p.agency}), role: {p.role}")
        print(f"  device: {p.device_id}")
        print(f"  fingerprint: {p.fingerprint}")
    return 0


def cmd_whoami(args) -> int:
    with Workspace.open(args.data) as ws:
        p = ws.profile
        _out(
            {"name": p.name, "agency": p.agency, "role": p.role, "device_id": p.device_id, "fingerprint": p.fingerprint}
        )
    return 0


def cmd_case_new(args) -> int:
    with Workspace.open(args.data) as ws:
        session = ws.new_case(args.ref, args.harmed, args.harmer)
        print(session.reference)
    return 0


def cmd_case_list(args) -> int:
    with Workspace.open(args.data) as ws:
        rows = ws.list_cases()
        if args.json:
            _out([c.__dict__ for c in rows])
            return 0
        if not rows:
            print("No cases on this device.")
        for c in rows:
            labels = " / ".join(x for x in (c.harmed_label, c.harmer_label) if x)
            children = {True: "children", False: "no children", None: ""}[c.children_involved]
            print("  ".join(x for x in (c.reference, c.created_at[:10], labels, children) if x))
    return 0


def cmd_case_set(args) -> int:
    with Workspace.open(args.data) as ws:
        session = ws.open_case(args.case)
        f = ws.schema.field(args.field) if args.field in ws.schema.fields else None
        if f is None:
            raise ValidationError(f"there is no field '{args.field}'")
        text = read_stdin() if args.value == "-" else args.value
        changed = session.set(args.field, values.parse_text(f, text))
        print("saved" if changed else "unchanged")
    return 0


def cmd_case_get(args) -> int:
    with Workspace.open(args.data) as ws:
        session = ws.open_case(args.case)
        if args.field:
            f = ws.schema.fields.get(args.field)
            if f is None:
                raise ValidationError(f"there is no field '{args.field}'")
            value = session.get(args.field)
            session.mark_read(f.section)
            shown = {args.field: value}
            conflicts = field_conflicts(session, f)
        else:
            data = session.values()
            for section in session.sections():
                session.mark_read(section.id)
            shown = {"case": session.reference, "role": ws.role, "fields": data}
            conflicts = case_conflicts(session)
        # Only when there is one, so output for a case in agreement is as it always was.
        if conflicts:
            shown["conflicts"] = conflicts
        _out(shown)
    return 0


def cmd_case_resolve(args) -> int:
    with Workspace.open(args.data) as ws:
        session = ws.open_case(args.case)
        target = conflict_target(ws.schema, args.field)
        candidates = target.candidates(session)
        if not candidates:
            raise ValidationError(
                f"'{args.field}' holds no conflicting values on this device: to change it, use 'concord case set'"
            )
        text = read_stdin() if args.value == "-" else args.value
        target.resolve(session, values.parse_text(target.field, text), candidates)
        print("resolved")
    return 0


def _parse_assignments(ws: Workspace, field_id: str, pairs: list[str]) -> dict:
    f = ws.schema.fields.get(field_id)
    if f is None or f.type != "records":
        raise ValidationError(f"'{field_id}' is not a list of records")
    out = {}
    for pair in pairs:
        if "=" not in pair:
            raise ValidationError(f"write each value as NAME=VALUE (got '{pair}')")
        key, text = pair.split("=", 1)
        sub = f.subfield(key)
        if sub is None:
            names = ", ".join(s.id for s in f.subfields)
            raise ValidationError(f"'{field_id}' records have no field '{key}' (they have: {names})")
        out[key] = values.parse_text(sub, text)
    return out


def cmd_case_add(args) -> int:
    with Workspace.open(args.data) as ws:
        session = ws.open_case(args.case)
        print(session.add_record(args.field, _parse_assignments(ws, args.field, args.values)))
    return 0


def cmd_case_update(args) -> int:
    with Workspace.open(args.data) as ws:
        session = ws.open_case(args.case)
        changed = session.update_record(args.field, args.record, _parse_assignments(ws, args.field, args.values))
        print("saved" if changed else "unchanged")
    return 0


def cmd_case_remove(args) -> int:
    with Workspace.open(args.data) as ws:
        ws.open_case(args.case).remove_record(args.field, args.record)
        print("removed")
    return 0


def cmd_compartments(args) -> int:
    with Workspace.open(args.data) as ws:
        cm = ws.cases.compartments
        for comp in cm.readable_by(ws.role):
            print(f"{comp.id}  {comp.label(cm.all_roles)}")
            print(f"    fields: {', '.join(comp.field_ids)}")
    return 0


def cmd_export(args) -> int:
    with Workspace.open(args.data) as ws:
        path = ws.export_compartment(args.case, args.compartment, args.file)
        print(f"wrote {path}")
    return 0


def cmd_schema_check(args) -> int:
    schema = load_schema(args.schema, args.isa)
    comps = derive_compartments(schema)
    print(
        f"valid: {len(schema.fields)} fields in {len(schema.sections)} sections, {len(schema.roles)} roles, {len(comps)} compartments"
    )
    return 0


def cmd_demo(args) -> int:
    from app.demo.panel import build_demo_panel

    folders = build_demo_panel(args.out)
    print(f"Demo panel in {args.out}:")
    for role, folder in folders.items():
        print(f"  {role:16s} {folder}")
    print("Open one with: concord --data <folder> case list   (or python -m app --data <folder>)")
    return 0


# ----- parser ----------------------------------------------------------------------------------
class UsageError(Exception):
    """A command line that does not parse: said in one line, with where to find the usage."""


class _Parser(argparse.ArgumentParser):
    # argparse prints the usage and the error on two lines and exits 2; Concord says one line and
    # exits 1 like every other mistake. Sub-commands' parsers are made of this class too.
    def error(self, message: str):
        raise UsageError(f"{message} (see: {self.prog} --help)")


def one_line_parser(**kwargs) -> argparse.ArgumentParser:
    """An argument parser whose mistakes (and its sub-commands') are one line and exit 1."""
    return _Parser(**kwargs)


def build_parser() -> argparse.ArgumentParser:
    p = one_line_parser(prog="concord", description="Concord: shared case work for restorative panels.")
    p.add_argument(
        "--data",
        type=Path,
        default=default_data_dir(),
        help="data folder (default: $CONCORD_DATA, else the per-user data folder)",
    )
    p.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="also print the log on stderr, with debug detail (it is always kept in DATA/logs)",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    s = sub.add_parser("init", help="set up this device: person, agency, role")
    s.add_argument("--name", required=True, help="the person using this device")
    s.add_argument("--agency", required=True, help="their agency")
    s.add_argument("--role", required=True, help="their role under the agreement")
    s.set_defaults(func=cmd_init)

    s = sub.add_parser("whoami", help="show this device's identity and fingerprint")
    s.set_defaults(func=cmd_whoami)

    case = sub.add_parser("case", help="create, list, read and edit cases")
    csub = case.add_subparsers(dest="case_command", required=True, metavar="ACTION")
    s = csub.add_parser("new", help="open a new case with pseudonymous labels")
    s.add_argument("--ref", help="case reference (default: the next CC-YEAR-NNNN)")
    s.add_argument("--harmed", help="pseudonym of the person harmed (default: Person A)")
    s.add_argument("--harmer", help="pseudonym of the person who caused harm (default: Person B)")
    s.set_defaults(func=cmd_case_new)
    s = csub.add_parser("list", help="list the cases on this device")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.set_defaults(func=cmd_case_list)
    s = csub.add_parser("set", help="set one field ('' clears; VALUE - reads standard input)")
    s.add_argument("case", metavar="CASE", help="case reference or id")
    s.add_argument("field", metavar="FIELD")
    s.add_argument("value", metavar="VALUE")
    s.set_defaults(func=cmd_case_set)
    s = csub.add_parser("get", help="print, as JSON, the fields your role may read (and any values in conflict)")
    s.add_argument("case", metavar="CASE")
    s.add_argument("field", metavar="FIELD", nargs="?")
    s.set_defaults(func=cmd_case_get)
    s = csub.add_parser(
        "resolve",
        help="keep one value of a field set differently at once on two devices "
        "('case get' lists them under \"conflicts\")",
    )
    s.add_argument("case", metavar="CASE")
    s.add_argument("field", metavar="FIELD", help="a field, or FIELD/RECORD_ID/SUB_FIELD as 'case get' names it")
    s.add_argument(
        "value",
        metavar="VALUE",
        help="one of the values in conflict, or another valid value ('' clears; - reads standard input)",
    )
    s.set_defaults(func=cmd_case_resolve)
    s = csub.add_parser("add", help="add a record to a list field: NAME=VALUE ...")
    s.add_argument("case", metavar="CASE")
    s.add_argument("field", metavar="FIELD")
    s.add_argument("values", metavar="NAME=VALUE", nargs="*")
    s.set_defaults(func=cmd_case_add)
    s = csub.add_parser("update", help="change a record of a list field: NAME=VALUE ...")
    s.add_argument("case", metavar="CASE")
    s.add_argument("field", metavar="FIELD")
    s.add_argument("record", metavar="RECORD_ID")
    s.add_argument("values", metavar="NAME=VALUE", nargs="+")
    s.set_defaults(func=cmd_case_update)
    s = csub.add_parser("remove", help="remove a record from a list field")
    s.add_argument("case", metavar="CASE")
    s.add_argument("field", metavar="FIELD")
    s.add_argument("record", metavar="RECORD_ID")
    s.set_defaults(func=cmd_case_remove)

    s = sub.add_parser("compartments", help="list the compartments your role may read")
    s.set_defaults(func=cmd_compartments)

    s = sub.add_parser("export", help="write one compartment of a case as a standard .automerge file")
    s.add_argument("case", metavar="CASE")
    s.add_argument("compartment", metavar="COMPARTMENT", help="compartment id, or any field it holds")
    s.add_argument("file", metavar="FILE", type=Path)
    s.set_defaults(func=cmd_export)

    add_audit_parser(sub)
    add_isa_parser(sub)
    add_disclosures_parser(sub)
    add_subject_access_parser(sub)
    add_retention_commands(sub)
    add_panel_audit_parser(sub)

    s = sub.add_parser("schema-check", help="validate a case schema and ISA pair")
    s.add_argument("--schema", type=Path, default=DEFAULT_SCHEMA)
    s.add_argument("--isa", type=Path, default=DEFAULT_ISA)
    s.set_defaults(func=cmd_schema_check)

    add_sync_commands(sub)
    add_device_commands(sub)
    add_relay_commands(sub)
    add_risk_commands(sub)
    add_process_commands(sub)
    add_meeting_commands(sub)

    s = sub.add_parser("demo", help="create the demo panel: one device folder per role")
    s.add_argument("--out", type=Path, default=Path("concord-demo"), help="where to create it")
    s.set_defaults(func=cmd_demo)
    return p


def command_name(parser: argparse.ArgumentParser, args) -> str:
    """The command words chosen, e.g. 'bundle import': taken from the parser's own choices, so
    never anything typed as an argument."""
    words: list[str] = []
    while True:
        sub = next((a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None)
        if sub is None:
            return " ".join(words)
        word = getattr(args, sub.dest, None)
        if word is None or word not in sub.choices:
            return " ".join(words)
        words.append(word)
        parser = sub.choices[word]


def _log_folder(args) -> Path | None:
    if args.command == "demo":
        _check_can_be_folder(args.out)
        return args.out
    if args.command in NO_DATA_FOLDER:
        return None
    # Only a Concord data folder (or one being set up) gets a log: a mistyped --data must not
    # leave a folder behind.
    # A folder being set up gets its log once it is set up: one whose setting up fails (no
    # keyring) must be left as it was found.
    return args.data if Workspace.exists(args.data) else None


def _check_can_be_folder(path: Path) -> None:
    """Refuse, before anything is written, a folder to be made where a file stands."""
    for place in (path, *path.parents):
        if place.exists():
            if not place.is_dir():
                raise ValidationError(f"cannot make the folder {path}: {place} is a file, not a folder")
            return


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        print(f"concord: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    name = command_name(parser, args)
    try:
        logs.setup(_log_folder(args), verbose=args.verbose)
    except ConcordError as exc:
        print(f"concord: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(f"concord: error: cannot keep the log: {describe_os_error(exc)}", file=sys.stderr)
        return EXIT_ERROR
    log.info("command started: %s (pid %d)", name, os.getpid())
    started = clock.monotonic()
    try:
        with guarded_stdout():
            status = args.func(args)
    except ConcordError as exc:
        return _failed(name, exc, str(exc))
    except OutputClosed:
        # The reader of our output has gone (`| head`): nothing to say, and nowhere to say it.
        log.info("command stopped: %s (output closed)", name)
        silence_stdout()
        return EXIT_ERROR
    except OSError as exc:
        # A file or folder named on the command line, or the disk under it: the person can act.
        return _failed(name, exc, describe_os_error(exc))
    except UnicodeDecodeError as exc:
        return _failed(name, exc, "the input given is not UTF-8 text")
    except KeyboardInterrupt:
        log.info("command interrupted: %s", name)
        print("concord: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        # A fault, not a mistake: the traceback is logged (without its message) on its way out.
        log.error("command failed: %s (%s)", name, logs.kind(exc))
        raise
    if status == 0 and args.command in ("init", "device"):  # a folder just set up or restored
        logs.setup(_log_folder(args))
    log.log(
        logging.INFO if status == 0 else logging.WARNING,
        "command finished: %s (exit %d, %.2f s)",
        name,
        status,
        clock.monotonic() - started,
    )
    return status


def _failed(name: str, exc: BaseException, line: str) -> int:
    log.warning("command failed: %s (%s)", name, logs.kind(exc))
    # One line, whatever the message holds: a path or a value typed may carry a line break.
    print(f"concord: error: {' '.join(line.splitlines())}", file=sys.stderr)
    return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
