"""The one place Concord finds the data it ships: the files of the package `app.resources`.

They are found through importlib.resources, never through a path built from `__file__`, so the
same code reads them from the source tree, an installed wheel, a frozen build or a zip archive.
Readers take a Traversable (a pathlib.Path is one), so most data is read without needing a file
on disk; `resource_path` gives a real file only to readers that insist on a file name.
"""

from __future__ import annotations

import atexit
import functools
import os
from contextlib import ExitStack
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

PACKAGE = "app.resources"

# What a loader accepts: packaged data (a Traversable) or an area's own file named by a path.
Source = Traversable | str | os.PathLike[str]

# Copies of resources that are not files on disk (inside a zip): a caller may keep the name as long
# as it likes, so each copy lasts until the process ends.
_copies = ExitStack()
atexit.register(_copies.close)


def resource(*parts: str) -> Traversable:
    """The packaged file or folder at `parts` below app/resources, e.g. resource("schema", "case.toml")."""
    item = files(PACKAGE)
    for part in parts:
        item = item / part
    return item


def read_text(*parts: str) -> str:
    """The text of a packaged file; every resource Concord ships is UTF-8."""
    return resource(*parts).read_text(encoding="utf-8")


def read_bytes(*parts: str) -> bytes:
    return resource(*parts).read_bytes()


def as_source(source: Source) -> Traversable:
    """A loader's argument as something to read: a path name becomes a Path, packaged data stays as it is."""
    if isinstance(source, (str, os.PathLike)):
        return Path(source)
    return source


@functools.cache
def resource_path(*parts: str) -> Path:
    """A real file for a packaged file, for readers that need a file name (reportlab's TTFont).

    Installed or frozen, this is the packaged file itself. From a zip it is a temporary copy,
    made once per process and removed when the process ends. Folders are not copied: list them
    with resource(...).iterdir() instead.
    """
    item = resource(*parts)
    if not item.is_file():
        raise FileNotFoundError(f"{'/'.join(parts)} is not a file in {PACKAGE}")
    return _copies.enter_context(as_file(item))
