"""Keyring backends for tests: nothing here touches the real user's keyring.

``MemoryKeyring`` serves in-process tests; ``FileKeyring`` lets a subprocess
(``tiski db set-password``) and the test share what was stored, through the
JSON file named by ``TISKI_TEST_KEYRING_FILE``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from jaraco.classes.properties import classproperty
from keyring.backend import KeyringBackend


def _not_for_discovery() -> float:
    # keyring's chainer offers every viable backend it can find; these two are
    # only ever chosen on purpose (set_keyring or PYTHON_KEYRING_BACKEND).
    raise RuntimeError("test keyring, chosen explicitly only")


class MemoryKeyring(KeyringBackend):
    priority = classproperty(lambda cls: _not_for_discovery())  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


def _file_priority() -> float:
    if "TISKI_TEST_KEYRING_FILE" not in os.environ:
        _not_for_discovery()
    return 1.0


class FileKeyring(KeyringBackend):
    priority = classproperty(lambda cls: _file_priority())  # type: ignore[assignment]

    @staticmethod
    def _path() -> Path:
        return Path(os.environ["TISKI_TEST_KEYRING_FILE"])

    def _load(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._path().read_text(encoding="utf-8")))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}|{username}"] = password
        self._path().write_text(json.dumps(data), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}|{username}", None)
        self._path().write_text(json.dumps(data), encoding="utf-8")
