"""Choices remembered between starts: the counter (and, where IT allows, the user name and
the password, in the keyring) used with each database."""

from __future__ import annotations

import json
import logging

from console import paths
from console.core.files import KIB, FileProblem, read_json

log = logging.getLogger(__name__)

# A few lines per database used on this computer.
REMEMBERED_LIMIT = 256 * KIB


def remembered_sign_in(database_key: str) -> tuple[str, str] | None:
    """The (username, counter code) last used with this database."""
    try:
        data = read_json(paths.remembered_file(), limit=REMEMBERED_LIMIT)
        entry = data["sign_in"][database_key]
        return str(entry["username"]), str(entry["counter"])
    except (FileProblem, KeyError, TypeError):
        return None  # nothing remembered: the sign-in starts empty


def remember_sign_in(database_key: str, username: str, counter_code: str) -> None:
    path = paths.remembered_file()
    try:
        data = read_json(path, limit=REMEMBERED_LIMIT)
        if not isinstance(data, dict):
            data = {}
    except FileProblem:
        data = {}
    data.setdefault("sign_in", {})[database_key] = {"username": username, "counter": counter_code}
    try:
        path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    except OSError as error:
        log.warning("Could not remember the sign-in: %s", error)


SIGN_IN_KEYRING = "tiski/sign-in"


class KeyringPasswords:
    """Sign-in passwords in the system keyring (Credential Manager, Secret Service),
    never in a file; only where IT allows it (``signin.allow_remember``).

    Each call may block while the keyring asks to be unlocked: call them on a worker.
    A keyring that is missing or refuses is logged (without the password) and the
    person simply types their password next time.
    """

    def __init__(self, place: str) -> None:
        self.place = place  # the database, as shown (no password in it)

    def _key(self, username: str) -> str:
        return f"{username.strip().lower()}@{self.place}"

    def load(self, username: str) -> str | None:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(SIGN_IN_KEYRING, self._key(username))
        except KeyringError as error:
            log.info("No remembered password (%s)", type(error).__name__)
            return None

    def save(self, username: str, password: str) -> None:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(SIGN_IN_KEYRING, self._key(username), password)
        except KeyringError as error:
            log.warning(
                "The password could not be remembered: this computer's keyring refused (%s)",
                type(error).__name__,
            )

    def forget(self, username: str) -> None:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            keyring.delete_password(SIGN_IN_KEYRING, self._key(username))
        except PasswordDeleteError:
            pass  # nothing was remembered
        except KeyringError as error:
            log.info("Remembered password not forgotten (%s)", type(error).__name__)
