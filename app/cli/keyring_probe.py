"""Exit 0 when this session has a secure keyring that answers, 1 otherwise (used by scripts/run)."""

import sys

from app.models.errors import KeyringError
from app.models.storage.os_keyring import OsKeyring


def main() -> int:
    try:
        OsKeyring("probe").get("probe")
    except KeyringError:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
