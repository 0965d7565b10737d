"""Writing and reading a bundle file for the desktop, as `concord bundle export/import` do, with
what the desktop tells the person afterwards: how many changes went into the file, and what an
import applied, held or refused. Runs in the sync worker's thread, on the worker's workspace."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.models.output_files import write_whole
from app.sync.engine.bundle import (
    MAGIC,
    MAX_BUNDLE,
    OLD_MAGICS,
    BundleError,
    ImportResult,
    export_bundle,
    import_bundle,
)
from app.sync.engine.sync_engine import SyncEngine
from app.sync.protocol.envelope import Envelope, EnvelopeError


@dataclass(frozen=True)
class Written:
    path: str
    recipients: tuple[str, ...]  # device ids
    changes: int  # changes in the envelopes the bundle carries for its recipients
    size: int  # bytes


def changes_carried(engine: SyncEngine, recipients: list[str], everything: bool) -> int:
    """The changes a bundle made now for these devices carries: by the same choice export_bundle
    makes (each device's readable envelopes, less what it is known to hold unless `everything`),
    counted from the envelopes' headers, which list the changes inside."""
    carried: dict[bytes, int] = {}
    for device_id in recipients:
        known = None if everything else engine.peers.holdings(device_id)
        for (_case, _comp, env_id), data in engine.envelope_items_for(device_id, known):
            if env_id not in carried:
                try:
                    carried[env_id] = len(Envelope.decode(data).changes)
                except (EnvelopeError, ValueError):
                    carried[env_id] = 0
    return sum(carried.values())


def write_bundle(engine: SyncEngine, recipients: list[str], everything: bool, path: str) -> Written:
    """Export a bundle for `recipients` and write it whole to `path` (owner-only, 0600)."""
    recipients = list(dict.fromkeys(recipients))
    data = export_bundle(engine, recipients, everything=everything)
    # Counted after the export, which seals what was pending: the same envelopes it chose.
    changes = changes_carried(engine, recipients, everything)
    write_whole(path, data)
    return Written(str(path), tuple(recipients), changes, len(data))


def read_bundle_file(engine: SyncEngine, path: str) -> ImportResult:
    """Import the bundle at `path`; raises OSError if the file cannot be read, BundleError if the
    bundle is refused (nothing of it stored then)."""
    file = Path(path)
    if file.is_dir():
        raise IsADirectoryError(path)
    if file.stat().st_size > MAX_BUNDLE:
        raise BundleError("the file is too large to be a Concord bundle")
    data = file.read_bytes()
    # A bundle opens with its header's length (one or two bytes) and the format's tag. Without
    # this, a photo chosen by mistake would be called a damaged bundle rather than no bundle.
    if not any(tag in data[:6] for tag in (MAGIC, *OLD_MAGICS)):
        raise BundleError("not a Concord bundle")
    return import_bundle(engine, data)
