"""Reading one settings file: its size limit, its version, its sections and plugins' tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from console.config.errors import ConfigError
from console.config.options import OPTIONS, SettingValue
from console.config.values import checked, option_for
from console.core.files import MIB, FileProblem, read_toml
from console.core.text import QT_TRANSLATE_NOOP, Message

CONFIG_VERSION = 1
# A settings file is a few kilobytes; anything near this is not one.
SETTINGS_FILE_LIMIT = 1 * MIB

# "old.key" -> "new.key", applied to files whose config_version is older.
RENAMED: dict[str, str] = {}

_CTX = "Settings"


def read_file(path: Path) -> dict[str, Any]:
    try:
        return read_toml(path, limit=SETTINGS_FILE_LIMIT)
    except FileProblem as problem:
        raise ConfigError(str(path), "-", problem.reason) from None


def plugin_tables(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The ``[plugins.<id>]`` tables of one file."""
    section = data.get("plugins")
    if not isinstance(section, dict):
        return {}
    return {key: value for key, value in section.items() if isinstance(value, dict)}


def flatten(path: Path, data: dict[str, Any]) -> dict[str, SettingValue]:
    """Validate one file's contents and return ``{"section.key": value}``."""
    source = str(path)
    version = data.pop("config_version", CONFIG_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ConfigError(
            source,
            "config_version",
            Message(_CTX, QT_TRANSLATE_NOOP("Settings", "must be a whole number of 1 or more")),
        )
    if version > CONFIG_VERSION:
        raise ConfigError(
            source,
            "config_version",
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Settings",
                    "this file is for a newer Tiski (version {found}, this one reads up to "
                    "{known}); update Tiski or use an older file",
                ),
                {"found": version, "known": CONFIG_VERSION},
            ),
        )
    flat: dict[str, Any] = {}
    for section, table in data.items():
        if not isinstance(table, dict):
            name = section
            raise ConfigError(
                source,
                name,
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Settings",
                        "settings belong in sections such as [database]; "
                        "known settings are: {known}",
                    ),
                    {"known": ", ".join(sorted(OPTIONS))},
                ),
            )
        for key, value in table.items():
            if section == "plugins" and isinstance(value, dict):
                continue  # a plugin's own table: see plugin_tables
            flat[f"{section}.{key}"] = value
    if version < CONFIG_VERSION:
        for old, new in RENAMED.items():
            if old in flat and new not in flat:
                flat[new] = flat.pop(old)
    result: dict[str, SettingValue] = {}
    for name, value in flat.items():
        option = option_for(source, name)
        result[name] = checked(option, value, source, from_file=True)
    return result
