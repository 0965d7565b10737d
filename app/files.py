"""Writing a file the user asked for so that it is there whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path


def write_whole(path: Path | str, data: bytes) -> Path:
    # A crash or a full USB stick mid-write must not leave a truncated file that looks finished.
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return path
