"""Exit 0 when this session has a secure keyring that answers, 1 otherwise (used by scripts/run)."""

import sys

from app.models.errors import KeyringError
from app.models.storage.os_keyring import Keystore


def main() -> int:
    try:
        Keystore("probe").get("probe")
    except KeyringError:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
