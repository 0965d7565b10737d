"""Where a device keeps its data when no folder is named: `CONCORD_DATA`, else the user's data
folder. The command line, the desktop and the demo all ask here, so they open the same device."""

from __future__ import annotations

import os
from pathlib import Path


def default_data_dir() -> Path:
    env = os.environ.get("CONCORD_DATA")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "concord"
