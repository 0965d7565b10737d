"""`python -m app`: the Concord desktop, or with --demo the built-in demo panel.

With no display the demo still does its main job: it builds the panel and writes, for every
role, what that role's device holds and may see - then says where those outputs are.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.cli import UsageError, one_line_parser
from app.cli.errors import describe_os_error
from app.models.errors import ConcordError
from app.models.storage.locations import default_data_dir


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return False
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    p = one_line_parser(prog="python -m app", description="Concord desktop.")
    p.add_argument("--data", type=Path, help="data folder (default: $CONCORD_DATA, else the per-user data folder)")
    p.add_argument("--demo", action="store_true", help="use the built-in demo panel")
    p.add_argument("--role", default="police", help="with --demo: whose device to open (default police)")
    p.add_argument("--demo-dir", type=Path, default=Path(os.environ.get("CONCORD_DEMO_DIR", ".concord-demo")))
    p.add_argument("--out", type=Path, default=Path("demo-output"), help="with --demo: where headless outputs go")
    p.add_argument("--headless", action="store_true", help="do not open a window")
    try:
        args = p.parse_args(argv)
    except UsageError as exc:
        print(f"concord: error: {exc}", file=sys.stderr)
        return 1
    try:
        data = args.data or default_data_dir()
        if args.demo:
            from app.demo.headless import write_demo_outputs
            from app.demo.panel import build_demo_panel

            folders = build_demo_panel(args.demo_dir / "panel")
            if args.role not in folders:
                print(
                    f"concord: error: no demo device for role '{args.role}' (roles: {', '.join(folders)})",
                    file=sys.stderr,
                )
                return 2
            if args.headless or not has_display():
                return write_demo_outputs(folders, args.out)
            data = folders[args.role]
        elif args.headless or not has_display():
            print("concord: no display; use the 'concord' command line, or run with a display", file=sys.stderr)
            return 2
        from app.ui.main import run_gui

        return run_gui(data)
    except ConcordError as exc:
        print(f"concord: error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        # A demo or data folder that cannot be made or read: the person can act on that.
        print(f"concord: error: {describe_os_error(exc)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
