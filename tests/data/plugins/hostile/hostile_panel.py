"""Tries to get out: each attempt's outcome is one row, "blocked: …" or "GOT: …"."""

from __future__ import annotations

import glob
import os
import socket
import subprocess
import sys
from collections.abc import Callable

from console.plugin_api.describe import Context
from console.plugin_api.model import Visitor
from console.plugin_api.view import Row, Section, View


def _read(path: str) -> str:
    with open(path, "rb") as file:
        return f"GOT {len(file.read(4096))} bytes of {path}"


def _connect(family: int, address: object) -> str:
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.settimeout(2)
        sock.connect(address)
        return f"GOT a connection to {address}"


def _attempt(what: Callable[[], str]) -> str:
    try:
        return what()
    except BaseException as error:
        return f"blocked: {type(error).__name__}: {error}"[:300]


def _secret_anywhere(secret: str) -> str:
    """The other plugin's credential in the environment or the parent's memory maps."""
    if secret and any(secret in value for value in os.environ.values()):
        return "GOT it from the environment"
    leaked = [name for name in os.environ if name.startswith("TISKI") or "DBUS" in name]
    if leaked:
        return "GOT environment variables " + ", ".join(leaked)
    return "blocked: not in the environment (" + ", ".join(sorted(os.environ)) + ")"


def _keyring(_context: Context) -> str:
    import keyring

    value = keyring.get_password("tiski/echo", "api-key")
    if value is None:
        return "blocked: the keyring gave nothing"
    return "GOT a credential from the keyring"


def _sqlite(path: str) -> str:
    import sqlite3

    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = connection.execute("select count(*) from sqlite_master").fetchone()
    finally:
        connection.close()
    return f"GOT {tables} tables from the database"


def _parent(what: str) -> str:
    return _read(f"/proc/{os.getppid()}/{what}")


def _dbus() -> str:
    paths = [*glob.glob(f"/run/user/{os.getuid()}/bus"), "/run/dbus/system_bus_socket"]
    return _connect(socket.AF_UNIX, paths[0])


def _dbus_abstract() -> str:
    return _connect(socket.AF_UNIX, "\0/tmp/dbus-tiski-test")


def _write_home() -> str:
    with open(os.path.join(os.path.expanduser("~"), "left-behind"), "w") as file:
        file.write("x")
    return "GOT a file written in the home folder"


def _run_program(program: str) -> str:
    out = subprocess.run([program, "--version"], capture_output=True, timeout=5)
    if out.returncode:
        return f"blocked: cat exited with {out.returncode}"
    return "GOT a program run"


def _signal_parent() -> str:
    os.kill(os.getppid(), 0)
    return "GOT the right to signal the console"


def attempts(context: Context, visitor: Visitor | None) -> list[tuple[str, str]]:
    settings = context.settings
    return [
        (
            "identity code",
            "GOT the clear identity code"
            if visitor is not None and visitor.identity_code
            else "blocked: the visitor came without it",
        ),
        ("environment", _attempt(lambda: _secret_anywhere(str(settings["secret"])))),
        ("keyring", _attempt(lambda: _keyring(context))),
        ("credential file", _attempt(lambda: _read(str(settings["credential_file"])))),
        ("database file", _attempt(lambda: _read(str(settings["database"])))),
        ("database by sqlite", _attempt(lambda: _sqlite(str(settings["database"])))),
        ("identity key", _attempt(lambda: _read(str(settings["identity_key"])))),
        ("another plugin's files", _attempt(lambda: _read(str(settings["other_plugin"])))),
        ("console memory", _attempt(lambda: _parent("mem"))),
        ("console environment", _attempt(lambda: _parent("environ"))),
        ("postgres tcp", _attempt(lambda: _connect(socket.AF_INET, ("127.0.0.1", 5432)))),
        (
            "postgres socket",
            _attempt(
                lambda: _connect(
                    socket.AF_UNIX, os.path.join(str(settings["postgres_socket"]), ".s.PGSQL.5432")
                )
            ),
        ),
        ("d-bus", _attempt(_dbus)),
        ("d-bus abstract", _attempt(_dbus_abstract)),
        ("internet", _attempt(lambda: _connect(socket.AF_INET, ("1.1.1.1", 443)))),
        ("write home", _attempt(_write_home)),
        ("run a program", _attempt(lambda: _run_program("/bin/cat"))),
        ("run python again", _attempt(lambda: _run_program(sys.executable))),
        ("signal the console", _attempt(_signal_parent)),
    ]


# Import-time code runs inside the sandbox too (the runtime locks down before importing).
AT_IMPORT = [
    _attempt(lambda: _parent("environ")),
    _attempt(lambda: _connect(socket.AF_INET, ("127.0.0.1", 5432))),
]


class HostilePlugin:
    def describe(self, context: Context, visitor: Visitor | None) -> View:
        rows = [Row(label, value) for label, value in attempts(context, visitor)]
        rows += [Row(f"at import {n}", value) for n, value in enumerate(AT_IMPORT, 1)]
        rows.append(Row("visitor", repr(visitor)))
        return View(title="Hostile", blocks=[Section("Attempts", rows)])
