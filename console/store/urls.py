"""Database URLs: parsing, masking and the embedded default."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from console.core.text import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

_CTX = "Database"
SUPPORTED_DRIVERS = ("sqlite", "postgresql+psycopg")
# For text make_url cannot read: "user:secret@" and "password=secret" (libpq's
# key=value form included) are masked anyway.
_USERINFO_PASSWORD = re.compile(r"(://[^:/@\s]*:)[^@\s]*(@)")
_KEYWORD_PASSWORD = re.compile(r"(?i)\b((?:ssl)?password\s*=\s*)('[^']*'|[^\s&]*)")


def _parsed(text: str) -> URL | None:
    """``text`` read by SQLAlchemy, or None for text that is no URL.

    SQLAlchemy is imported here, not with this module: the settings check their URL
    with it, and the start-up must not wait for SQLAlchemy before its first paint
    (docs/performance.md) when no URL is set.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(text)
    # What make_url raises for text that is no URL ("h:port" raises ValueError).
    except (ArgumentError, ValueError):
        return None


def sqlite_url(path: Path) -> str:
    """The URL of an SQLite file."""
    return f"sqlite:///{path}"


def url_problem(text: str) -> Message | None:
    """Why ``text`` cannot be used as a database URL, or ``None`` if it can."""
    url = _parsed(text)
    if url is None:
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


# libpq connection parameters that hold a secret when given in the query string
# (``?password=``): a client key's passphrase is as secret as the password.
SECRET_QUERY_KEYS = frozenset({"password", "sslpassword"})


def _secret_query_keys(url: URL) -> list[str]:
    return [key for key in url.query if key.lower() in SECRET_QUERY_KEYS]


def url_has_password(text: str) -> bool:
    """Whether ``text`` carries a password: after the user name or as ``?password=``."""
    url = _parsed(text)
    if url is None:
        return _mask_text(text) != text
    return url.password is not None or bool(_secret_query_keys(url))


def mask_url(text: str) -> str:
    """The URL with any password replaced by ``***``, safe to show and log.

    The password after the user name and secret query values (``?password=``,
    ``?sslpassword=``) are masked, however they were encoded.
    """
    if not text:
        return text
    url = _parsed(text)
    if url is None:
        return _mask_text(text)
    secret_keys = _secret_query_keys(url)
    if secret_keys:
        url = url.update_query_dict({key: "***" for key in secret_keys})
    shown = url.render_as_string(hide_password=url.password is not None)
    # render_as_string quotes the query values: "***" comes out as "%2A%2A%2A".
    return shown.replace("%2A%2A%2A", "***")


def _mask_text(text: str) -> str:
    text = _USERINFO_PASSWORD.sub(r"\1***\2", text)
    return _KEYWORD_PASSWORD.sub(r"\1***", text)


def keyring_user(url: URL) -> str:
    """The name under which a database password is kept in keyring."""
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"
