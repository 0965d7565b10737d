"""The --quick size every benchmark takes.

A quick run is the smallest that still goes through every part of a benchmark and prints its
whole table, with the anchor measured in the same run. The test suite runs each benchmark once
so, which keeps the benchmarks working as Concord changes; its figures say nothing about speed.
"""

from __future__ import annotations

import argparse

QUICK_HELP = (
    "the smallest size that still runs every part and prints the whole table: a check "
    "that the benchmark works, not a measure"
)


def parse_sized(parser: argparse.ArgumentParser, quick: dict[str, object], argv: list[str] | None = None):
    """Parse with --quick added; --quick swaps the full-size defaults for `quick`, and sizes given
    on the command line still win over either."""
    parser.add_argument("--quick", action="store_true", help=QUICK_HELP)
    args = parser.parse_args(argv)
    if args.quick:
        parser.set_defaults(**quick)
        args = parser.parse_args(argv)
    return args
