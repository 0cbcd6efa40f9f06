"""Database URLs: parsing, masking and the embedded default."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from console.core.text import QT_TRANSLATE_NOOP, Message

_CTX = "Database"
SUPPORTED_DRIVERS = ("sqlite", "postgresql+psycopg")


def sqlite_url(path: Path) -> str:
    """The URL of an SQLite file."""
    return f"sqlite:///{path}"


def url_problem(text: str) -> Message | None:
    """Why ``text`` cannot be used as a database URL, or ``None`` if it can."""
    try:
        url = make_url(text)
    except ArgumentError:
        return Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Database",
                "not a database URL; write it like "
                "postgresql+psycopg://user@host:5432/dbname or sqlite:////path/to/file.sqlite3",
            ),
        )
    driver = url.drivername
    if driver == "postgresql":
        return Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Database", "name the driver: write postgresql+psycopg:// instead of postgresql://"
            ),
        )
    if driver not in SUPPORTED_DRIVERS:
        return Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Database", "database type {driver} is not supported; use one of {known}"
            ),
            {"driver": driver, "known": ", ".join(SUPPORTED_DRIVERS)},
        )
    return None


def url_has_password(text: str) -> bool:
    try:
        return make_url(text).password is not None
    except ArgumentError:
        return False


def mask_url(text: str) -> str:
    """The URL with any password replaced by ``***``, safe to show and log."""
    if not text:
        return text
    try:
        url = make_url(text)
    except ArgumentError:
        return text
    if url.password is None:
        return url.render_as_string(hide_password=False)
    return url.render_as_string(hide_password=True)


def keyring_user(url: URL) -> str:
    """The name under which a database password is kept in keyring."""
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"
