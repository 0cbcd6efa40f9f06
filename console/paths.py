"""Where Tiski keeps its files on this machine (platformdirs).

Tests redirect all of these by pointing the XDG variables and
``TISKI_SITE_CONFIG`` at a temporary folder, so they never touch a real
user's files.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "tiski"


def user_config_file() -> Path:
    """The signed-in user's own settings file."""
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / "tiski.toml"


def site_config_file() -> Path:
    """IT's site settings file; ``TISKI_SITE_CONFIG`` names another one."""
    override = os.environ.get("TISKI_SITE_CONFIG")
    if override:
        return Path(override)
    return platformdirs.site_config_path(APP_NAME, appauthor=False) / "tiski.toml"


def user_data_dir() -> Path:
    """Embedded databases, drafts and remembered choices."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False, ensure_exists=True)


def user_log_dir() -> Path:
    """Rotating log files."""
    return platformdirs.user_log_path(APP_NAME, appauthor=False, ensure_exists=True)


def embedded_database_file(*, demo: bool = False) -> Path:
    """The embedded SQLite database; the demo has a file of its own."""
    return user_data_dir() / ("demo.sqlite3" if demo else "tiski.sqlite3")


def remembered_file() -> Path:
    """Small choices remembered between starts (last staff member and counter)."""
    return user_data_dir() / "remembered.json"
