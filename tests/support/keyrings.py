"""An in-memory keyring backend for tests that do not exercise the real Secret Service."""

import json
import os

import keyring.backend


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        self.entries.pop((service, username), None)


class FileKeyring(keyring.backend.KeyringBackend):
    """A keyring shared between test processes through a JSON file. Tests only: it is not secret."""

    priority = 1

    def __init__(self, path=None):
        super().__init__()
        # With no path (PYTHON_KEYRING_BACKEND in a child process) the file comes from the environment.
        # TypeError, not KeyError: keyring's backend discovery skips backends that raise it.
        path = path or os.environ.get("CONCORD_TEST_KEYRING_FILE")
        if not path:
            raise TypeError("FileKeyring needs a file")
        self.path = path

    def _load(self) -> dict:
        if not os.path.exists(self.path):
            return {}
        with open(self.path) as fh:
            return json.load(fh)

    def get_password(self, service, username):
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service, username, password):
        data = self._load()
        data[f"{service}\n{username}"] = password
        with open(self.path, "w") as fh:
            json.dump(data, fh)

    def delete_password(self, service, username):
        data = self._load()
        data.pop(f"{service}\n{username}", None)
        with open(self.path, "w") as fh:
            json.dump(data, fh)
