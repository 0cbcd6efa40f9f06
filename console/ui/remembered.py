"""Choices remembered between starts: who signed in at which counter, per database."""

from __future__ import annotations

import json
import logging

from console import paths

log = logging.getLogger(__name__)


def remembered_sign_in(database_key: str) -> tuple[str, str] | None:
    """The (username, counter code) last used with this database."""
    try:
        data = json.loads(paths.remembered_file().read_text(encoding="utf-8"))
        entry = data["sign_in"][database_key]
        return str(entry["username"]), str(entry["counter"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remember_sign_in(database_key: str, username: str, counter_code: str) -> None:
    path = paths.remembered_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    data.setdefault("sign_in", {})[database_key] = {"username": username, "counter": counter_code}
    try:
        path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    except OSError as error:
        log.warning("Could not remember the sign-in: %s", error)
