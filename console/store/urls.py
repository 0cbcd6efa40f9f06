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
# What libpq may be told to look for among several servers that writes can go to.
WRITABLE_SESSION_ATTRS = ("read-write", "primary")

_REPEAT_HOST = QT_TRANSLATE_NOOP(
    "Database",
    "several servers are listed with commas, which Tiski cannot connect with; repeat "
    "host= for each server instead, like "
    "postgresql+psycopg://user@/dbname?host=db1:5432&host=db2:5432"
    "&target_session_attrs=read-write",
)


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


def _listed_in_address(text: str) -> bool:
    """Several servers written as libpq's comma list in the address (``u@db1,db2/x``).

    SQLAlchemy reads that as one host named "db1,db2" (or fails on its port), so it is
    refused by name. Only the host part counts: a comma in a password is no list.
    """
    _scheme, found, rest = text.partition("://")
    authority = re.split(r"[/?#]", rest, maxsplit=1)[0] if found else ""
    return "," in authority.rpartition("@")[2]


def url_problem(text: str, *, writes: bool = True) -> Message | None:
    """Why ``text`` cannot be used as a database URL, or ``None`` if it can.

    Several servers (failover to a promoted standby, docs/deploy.md) are given as
    libpq takes them through SQLAlchemy: ``?host=a:5432&host=b:5432``. ``writes``: the
    consoles write through this URL, so with several servers it must ask libpq for
    the one that takes writes (``target_session_attrs=read-write``); the reports'
    read replica (``reports.database_url``) needs no such thing.
    """
    if _listed_in_address(text):
        return Message(_CTX, _REPEAT_HOST)
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
    return _hosts_problem(url, writes=writes)


def query_hosts(url: URL) -> tuple[str, ...]:
    """The servers named by repeated ``host=`` parameters, in their order (may be none)."""
    listed = url.query.get("host")
    if listed is None:
        return ()
    return (listed,) if isinstance(listed, str) else tuple(listed)


def _hosts_problem(url: URL, *, writes: bool) -> Message | None:
    hosts = query_hosts(url)
    if any("," in host for host in hosts) or (url.host and "," in url.host):
        return Message(_CTX, _REPEAT_HOST)
    if len(hosts) < 2:
        return None
    if "port" in url.query:
        # SQLAlchemy refuses to mix the two forms only when it connects.
        return Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Database",
                "with several host= servers, write each server's port after its name "
                "(host=db1:5432&host=db2:5433) and remove port=",
            ),
        )
    attrs = url.query.get("target_session_attrs")
    if writes and attrs not in WRITABLE_SESSION_ATTRS:
        return Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Database",
                "with several host= servers, add target_session_attrs=read-write so that "
                "consoles connect only to the server that takes writes (the primary), "
                "never to a standby",
            ),
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


def libpq_conninfo(url: URL) -> str:
    """libpq's connection string for a PostgreSQL ``url``, with the password: for a
    connection psycopg makes itself (the change feed's), never to be shown.

    Several servers (``?host=a:5432&host=b:5433``) become libpq's own lists,
    ``host=a,b port=5432,5433``: rendered back as a URL, libpq would take only the last
    ``host=`` and read its ``:port`` as part of the name ("failed to resolve host").
    """
    from psycopg.conninfo import make_conninfo

    params: dict[str, str] = {
        key: value if isinstance(value, str) else value[-1]
        for key, value in url.query.items()
        if key != "host"
    }
    hosts = query_hosts(url)
    if hosts:
        split = [host.rpartition(":") if ":" in host else (host, "", "") for host in hosts]
        params["host"] = ",".join(name for name, _colon, _port in split)
        if any(port for _name, _colon, port in split):
            params["port"] = ",".join(port for _name, _colon, port in split)
    else:
        if url.host:
            params["host"] = url.host
        if url.port:
            params["port"] = str(url.port)
    for key, value in (("user", url.username), ("password", url.password)):
        if value is not None:
            params[key] = value
    if url.database:
        params["dbname"] = url.database
    return make_conninfo(**params)


def as_same_person(text: str, person: URL) -> str:
    """The URL ``text`` (a read replica's) for the person connected through ``person``.

    On PostgreSQL every person signs in as their own login role, which a streaming
    replica has too, with the same password: the reports read the replica as the
    person who asks for them, under the same grants and row-level security. A URL of
    another kind (the embedded database, a URL without a user) is used as it is.
    The result carries the password: give it to :class:`Database`, never show it.
    """
    url = _parsed(text)
    if url is None or url.get_backend_name() != "postgresql":
        return text
    if person.get_backend_name() == "postgresql" and person.username:
        url = url.set(username=person.username, password=person.password)
    return url.render_as_string(hide_password=False)


def keyring_user(url: URL) -> str:
    """The name under which a database password is kept in keyring.

    With several servers (``?host=a:5432&host=b:5432``) it names them all, in the
    URL's order: one password for the primary and its standbys, which share their roles.
    """
    hosts = query_hosts(url)
    if hosts:
        where = ",".join(host if ":" in host else f"{host}:{url.port or 5432}" for host in hosts)
    else:
        where = f"{url.host or 'localhost'}:{url.port or 5432}"
    return f"{url.username or ''}@{where}/{url.database or ''}"
