"""Format versions of the desk file: the current one and the steps up to it.

A file of an older format is brought up to date by :data:`UPGRADES` before it is
checked, so a file IT keeps in version control goes on working when names change; a
newer one is refused with the version it needs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from console.core.desk_file.checking import Checker, say
from console.core.text import QT_TRANSLATE_NOOP

FORMAT_VERSION = 2


def _upgrade_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Format 1 (the first round's demo file) called note templates ``template``."""
    if "template" in data:
        data["note_template"] = data.pop("template")
    return data


# From version n to n + 1; a file of version n passes through every step after it.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _upgrade_1_to_2}


def upgrade_to_current(data: dict[str, Any], check: Checker) -> dict[str, Any] | None:
    desk = data.get("desk")
    version = desk.get("format", 1) if isinstance(desk, dict) else 1
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        check.add(
            ("desk", None, "format"),
            say(
                QT_TRANSLATE_NOOP(
                    "DeskFile",
                    "format must be a whole number; this Tiski writes format = {current}",
                ),
                current=FORMAT_VERSION,
            ),
        )
        return None
    if version > FORMAT_VERSION:
        check.add(
            ("desk", None, "format"),
            say(
                QT_TRANSLATE_NOOP(
                    "DeskFile",
                    "the file is of format {version}, made by a newer Tiski; this one reads "
                    "formats up to {current}: install the newer Tiski here too",
                ),
                version=version,
                current=FORMAT_VERSION,
            ),
        )
        return None
    while version < FORMAT_VERSION:
        data = UPGRADES[version](data)
        version += 1
    return data
