"""Checking a setting's value: its type, range and choices, and turning text into a value.

A value comes from a settings file already typed (TOML), or as text from the
environment or the command line (:func:`parse_text`); either way :func:`checked`
decides whether it is allowed, and a refusal never quotes a password or a secret.
"""

from __future__ import annotations

from typing import Any

from console.config.errors import ConfigError
from console.config.options import DATABASE_URL_OPTIONS, OPTIONS, Option, SettingValue
from console.core.text import QT_TRANSLATE_NOOP, Message
from console.store.urls import mask_url, url_has_password

_CTX = "Settings"


def option_for(source: str, name: str) -> Option:
    option = OPTIONS.get(name)
    if option is None:
        raise ConfigError(
            source,
            name,
            Message(
                _CTX,
                QT_TRANSLATE_NOOP("Settings", "unknown setting; known settings are: {known}"),
                {"known": ", ".join(sorted(OPTIONS))},
            ),
        )
    return option


def site_only_error(source: str, option: Option) -> ConfigError:
    return ConfigError(
        source,
        option.name,
        Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Settings",
                "only IT's site settings file may set this (it says which plugins run "
                "inside the console); remove it here",
            ),
        ),
    )


def _bad_value(source: str, option: Option, value: Any) -> ConfigError:
    if _quotable(value):
        problem = Message(
            _CTX,
            QT_TRANSLATE_NOOP("Settings", "{value!r} is not allowed; use {allowed}"),
            {"value": _quoted(option, value), "allowed": option.allowed()},
        )
    else:
        problem = Message(
            _CTX, _NOT_QUOTED[_toml_kind(option, value)], {"allowed": option.allowed()}
        )
    return ConfigError(source, option.name, problem)


# A list or a table is never quoted back: ``url = {password = "..."}`` would print
# the password, and a list may hold anything. Only its kind is named.
_NOT_QUOTED = {
    "list": QT_TRANSLATE_NOOP("Settings", "a list is not allowed here; use {allowed}"),
    "mixed list": QT_TRANSLATE_NOOP(
        "Settings", "the list holds something other than texts; use {allowed}"
    ),
    "table": QT_TRANSLATE_NOOP("Settings", "a table is not allowed here; use {allowed}"),
    "other": QT_TRANSLATE_NOOP("Settings", "this kind of value is not allowed here; use {allowed}"),
}


def _toml_kind(option: Option, value: Any) -> str:
    if isinstance(value, list):
        return "mixed list" if option.kind is list else "list"
    if isinstance(value, dict):
        return "table"
    return "other"


def _quotable(value: Any) -> bool:
    return isinstance(value, str | int | float | bool)


def _quoted(option: Option, value: Any) -> str:
    """A wrong value as an error message may quote it: never a secret or a password."""
    if option.secret:
        return "***"
    if option.name in DATABASE_URL_OPTIONS:
        return mask_url(str(value))
    return str(value)


def _password_refused(source: str, name: str, *, from_file: bool) -> ConfigError:
    """A password in a database URL (``name``), wherever it was written: refused, never
    shown."""
    if from_file:
        text = QT_TRANSLATE_NOOP(
            "Settings",
            "a password must not be kept in a settings file; remove it from the "
            "URL and store it with 'tiski db set-password' or in PostgreSQL's "
            "pgpass file",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Settings",
            "a password must not be given on the command line or in an environment variable, "
            "where other programs and users of this computer can read it (ps, /proc); remove "
            "it from the URL and store it with 'tiski db set-password', in PostgreSQL's "
            "pgpass file or in a PostgreSQL service file (pg_service.conf)",
        )
    return ConfigError(source, name, Message(_CTX, text))


def checked(option: Option, value: Any, source: str, *, from_file: bool) -> SettingValue:
    """Validate a value that already has a Python type.

    ``from_file``: the value was written in a settings file (rather than given in
    the environment or on the command line), which decides what a refused
    password's message advises.
    """
    if option.kind is bool:
        if not isinstance(value, bool):
            raise _bad_value(source, option, value)
    elif option.kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _bad_value(source, option, value)
        assert option.minimum is not None
        assert option.maximum is not None
        if not option.minimum <= value <= option.maximum:
            raise _bad_value(source, option, value)
    elif option.kind is list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _bad_value(source, option, value)
    elif not isinstance(value, str) or (option.choices and value not in option.choices):
        raise _bad_value(source, option, value)
    if option.name in DATABASE_URL_OPTIONS and url_has_password(value):
        raise _password_refused(source, option.name, from_file=from_file)
    if option.check is not None:
        problem = option.check(value)
        if problem is not None:
            raise ConfigError(source, option.name, problem)
    return value


def parse_text(option: Option, raw: str, source: str) -> SettingValue:
    """Turn the text of an environment variable or a flag into a typed value."""
    value: Any = raw
    if option.kind is int:
        try:
            value = int(raw)
        except ValueError:
            raise _bad_value(source, option, raw) from None
    elif option.kind is bool:
        lowered = raw.strip().lower()
        if lowered in {"1", "true", "yes", "on"}:
            value = True
        elif lowered in {"0", "false", "no", "off"}:
            value = False
        else:
            raise _bad_value(source, option, raw)
    elif option.kind is list:
        value = [part.strip() for part in raw.split(",") if part.strip()]
    return checked(option, value, source, from_file=False)
