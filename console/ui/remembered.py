"""Choices remembered between starts: who signed in at which counter, per database."""

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
