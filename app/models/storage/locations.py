"""Where a device keeps its data when no folder is named: `--data` (the caller's), else
`CONCORD_DATA`, else the per-user data folder of the operating system, from platformdirs:
`$XDG_DATA_HOME/concord` (by default `~/.local/share/concord`) on Linux, `%LOCALAPPDATA%\\Concord`
on Windows, `~/Library/Application Support/Concord` on macOS. The command line, the desktop and
the demo all ask here, so they open the same device.

A device's log stays inside its data folder (app/logs.py), not in the system's log folder: it
belongs to that device, moves with its backup and never mixes two devices' entries.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs


def app_name(platform: str = sys.platform) -> str:
    # Linux folders are lower-case by custom, and Concord's has always been "concord" there.
    return "concord" if platform.startswith("linux") else "Concord"


def default_data_dir() -> Path:
    env = os.environ.get("CONCORD_DATA")
    if env:
        return Path(env)
    # appauthor=False: no publisher level on Windows (%LOCALAPPDATA%\Concord). roaming=False: a
    # device's store and keys belong to this machine, never to a profile that roams between them.
    return platformdirs.user_data_path(app_name(), appauthor=False, roaming=False)
