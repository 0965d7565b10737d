"""The numbered steps that bring a store of an older format up to this version's.

Each step takes a store from one format to the next. Opening a store runs, in one transaction,
every step from its format to FORMAT: a step cut short by a crash leaves the store as it was. A
store of a format newer than FORMAT was written by a newer Concord and is refused untouched:
guessing at a layout this version has never seen could damage it.
"""

from __future__ import annotations

from dataclasses import dataclass

# 2: envelopes carry runs of changes; 3: received changes are stored as runs; 4: envelopes whose
# changes wait for a dependency are listed (table waiting); 5: quarantine keeps a digest and size
# of junk instead of its bytes; 6: the audit chain is keyed from the entry the meta key
# AUDIT_KEYED_META names.
FORMAT = "6"
# The oldest format this version still upgrades (format 1 stores predate any released Concord).
OLDEST = "2"
# Set by the step to 4: the envelopes that wait are found once, by looking through them all.
WAITING_SCAN_META = "waiting_scan"
# A step done in Python rather than SQL (see Store.mark_audit_keyed).
MARK_AUDIT_KEYED = "mark_audit_keyed"


@dataclass(frozen=True)
class Step:
    source: str
    target: str
    statements: tuple[str, ...]


STEPS: tuple[Step, ...] = (
    Step("2", "3", ("ALTER TABLE changes ADD COLUMN hashes BLOB",)),
    Step("3", "4", (f"INSERT INTO meta (key, value) VALUES ('{WAITING_SCAN_META}', '1')",)),
    Step("4", "5", ("ALTER TABLE quarantine ADD COLUMN digest TEXT", "ALTER TABLE quarantine ADD COLUMN size INTEGER")),
    Step("5", "6", (MARK_AUDIT_KEYED,)),
)
_BY_SOURCE = {step.source: step for step in STEPS}


class NewerFormat(Exception):
    """A store written by a newer Concord."""


def steps_from(fmt: str | None) -> list[Step]:
    """The steps from `fmt` to FORMAT, in order; [] when it is FORMAT or not a format at all (the
    caller refuses what is still not FORMAT afterwards). Raises NewerFormat for a later one."""
    if fmt is not None and fmt.isdigit() and int(fmt) > int(FORMAT):
        raise NewerFormat(fmt)
    out = []
    while fmt in _BY_SOURCE:
        step = _BY_SOURCE[fmt]
        out.append(step)
        fmt = step.target
    return out
