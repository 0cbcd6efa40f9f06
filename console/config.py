"""Layered, typed settings.

Sources, weakest first: built-in defaults < IT's site file < the user's file <
``TISKI_*`` environment variables < command-line flags. Every value remembers
where it came from so that ``tiski config show`` can say so. Files are TOML
with a ``config_version``; keys renamed in a later version are carried over by
:data:`RENAMED` so an old site file keeps working.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from console import paths
from console.core.files import MIB, FileProblem, read_toml
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError
from console.plugin_host.trust import TRUST_TABLE, TrustRecord, records_from
from console.store.urls import mask_url, url_has_password, url_problem

CONFIG_VERSION = 1
# A settings file is a few kilobytes; anything near this is not one.
SETTINGS_FILE_LIMIT = 1 * MIB

# "old.key" -> "new.key", applied to files whose config_version is older.
RENAMED: dict[str, str] = {}

_CTX = "Settings"

SettingValue = str | int | bool | list[str]


@dataclass(frozen=True)
class Option:
    """One setting: its name, type, default and what values are allowed."""

    name: str
    kind: type
    default: SettingValue
    help: str
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    secret: bool = False
    check: Callable[[Any], Message | None] | None = None
    # Only IT's site file may set it: a user's file, the environment or the command
    # line giving it is an error, not a quiet override.
    site_only: bool = False

    @property
    def env_name(self) -> str:
        return "TISKI_" + self.name.replace(".", "_").upper()

    def allowed(self) -> Message:
        """What values this setting takes, for an error message."""
        if self.choices:
            return Message(
                "Settings",
                QT_TRANSLATE_NOOP("Settings", "one of {choices}"),
                {"choices": ", ".join(self.choices)},
            )
        if self.kind is bool:
            return Message("Settings", QT_TRANSLATE_NOOP("Settings", "true or false"))
        if self.kind is int:
            return Message(
                "Settings",
                QT_TRANSLATE_NOOP("Settings", "a whole number from {minimum} to {maximum}"),
                {"minimum": self.minimum, "maximum": self.maximum},
            )
        if self.kind is list:
            return Message("Settings", QT_TRANSLATE_NOOP("Settings", "a list of texts"))
        return Message("Settings", QT_TRANSLATE_NOOP("Settings", "a text"))


def _check_video_template(value: str) -> Message | None:
    if value and (not value.startswith("https://") or "{room}" not in value):
        return Message(
            "Settings",
            QT_TRANSLATE_NOOP(
                "Settings", "an https:// address containing {marker}, e.g. {example}"
            ),
            {"marker": "{room}", "example": "https://video.example/{room}"},
        )
    return None


def _check_database_url(value: str) -> Message | None:
    return url_problem(value) if value else None


SCHEMA: tuple[Option, ...] = (
    Option(
        "database.url",
        str,
        "",
        "SQLAlchemy URL of the shared database; empty means the embedded SQLite file",
        check=_check_database_url,
    ),
    Option(
        "database.connect_timeout",
        int,
        5,
        "seconds to wait for the database",
        minimum=1,
        maximum=120,
    ),
    Option(
        "database.statement_timeout",
        int,
        10,
        "seconds a PostgreSQL statement may run before it is cancelled",
        minimum=1,
        maximum=600,
    ),
    Option(
        "database.lock_timeout",
        int,
        5,
        "seconds a PostgreSQL statement may wait for a lock held by another",
        minimum=1,
        maximum=600,
    ),
    Option("ui.language", str, "fi", "language of the console", choices=("fi", "sv", "en")),
    Option("desk.counter", str, "", "counter code this PC stands at; empty lets staff choose"),
    Option(
        "signin.lock_after_minutes",
        int,
        5,
        "minutes without keyboard or mouse input after which the console locks; 0 never locks",
        minimum=0,
        maximum=480,
    ),
    Option(
        "signin.allow_remember",
        bool,
        False,
        "offer to remember a person's password in the system keyring (personal PCs only; "
        "leave off on shared counter PCs)",
    ),
    Option(
        "logging.level",
        str,
        "INFO",
        "least severe level written to the log file",
        choices=("DEBUG", "INFO", "WARNING", "ERROR"),
    ),
    Option("logging.keep_files", int, 5, "rotated log files kept", minimum=1, maximum=100),
    Option(
        "queue.max_recalls",
        int,
        3,
        "recalls before a called ticket becomes a no-show",
        minimum=0,
        maximum=10,
    ),
    Option(
        "queue.stranded_after_minutes",
        int,
        10,
        "minutes after which a visitor called at a counter whose console stopped (a crash, "
        "a lost connection) goes back to the front of their queue",
        minimum=3,
        maximum=480,
    ),
    Option(
        "kiosk.print_to_pdf",
        str,
        "",
        "write kiosk tickets into this PDF file instead of printing (tests, demos)",
    ),
    Option("kiosk.printer", str, "", "printer for kiosk tickets; empty uses the default"),
    Option("display.chime", bool, True, "play a chime when the lobby display shows a call"),
    Option(
        "display.called_rows",
        int,
        6,
        "called tickets shown on the lobby display",
        minimum=1,
        maximum=20,
    ),
    Option(
        "retention.notes_days",
        int,
        730,
        "days without activity after which tiski retention run deletes a case and its notes",
        minimum=1,
        maximum=36500,
    ),
    Option(
        "identity.key_file",
        str,
        "",
        "file holding the desk's identity key (64 hex digits, readable by its owner only); "
        "empty uses the keyring",
    ),
    Option(
        "video.url_template",
        str,
        "",
        "video meeting link for remote specialists, with {room} where the room goes, e.g. "
        "https://video.example/{room}; empty: no video links",
        check=_check_video_template,
    ),
    Option(
        "plugins.allow",
        list,
        [],
        "plugins IT allows, each 'id' (bundled, or the site plugin IT trusted), 'site:id' or "
        "'installed:distribution/id'; empty allows the bundled ones",
    ),
    Option("plugins.deny", list, [], "plugin ids IT switches off"),
    Option("plugins.folders", list, [], "extra folders searched for site plugins"),
    Option(
        "plugins.trusted_widgets",
        list,
        [],
        "ids of API 1 plugins IT trusts to run inside the console's own process with a "
        "widget of their own (the documented exception); every other plugin runs in a "
        "process of its own",
        site_only=True,
    ),
    Option(
        "plugins.ca_bundle",
        str,
        "",
        "a CA bundle (PEM file) the agency panels trust for their back offices, e.g. the "
        "state's internal CA; empty uses the system's",
    ),
    Option(
        "plugins.concurrency",
        int,
        3,
        "back-office calls one plugin may have running at a time; more wait their turn",
        minimum=1,
        maximum=16,
    ),
    Option(
        "plugins.max_answer_mb",
        int,
        5,
        "the largest back-office answer a plugin is given, in MB; a larger one is refused",
        minimum=1,
        maximum=7,
    ),
    Option(
        "plugins.max_items",
        int,
        500,
        "entries of a long list (applications, say) a plugin is given; the panel says how "
        "many there were",
        minimum=10,
        maximum=100_000,
    ),
)

OPTIONS: dict[str, Option] = {option.name: option for option in SCHEMA}


class ConfigError(TiskiError):
    """A settings source holds something Tiski cannot use."""

    def __init__(self, source: str, key: str, message: Message) -> None:
        if key == "-":  # the file as a whole: it cannot be read or parsed
            full = Message(
                _CTX,
                QT_TRANSLATE_NOOP("Settings", "{source}: {problem}"),
                {"source": source, "problem": message},
            )
        else:
            full = Message(
                _CTX,
                QT_TRANSLATE_NOOP("Settings", "{source}: {key}: {problem}"),
                {"source": source, "key": key, "problem": message},
            )
        super().__init__(full)
        self.source = source
        self.key = key
        self.problem = message


@dataclass(frozen=True)
class Setting:
    """An effective value and where it came from."""

    value: SettingValue
    source: str


class Settings:
    """The effective settings: typed values with their sources."""

    def __init__(
        self,
        values: Mapping[str, Setting],
        files: Sequence[Path],
        plugins: Mapping[str, Mapping[str, Any]] | None = None,
        trusted_plugins: Sequence[TrustRecord] = (),
    ) -> None:
        self._values = dict(values)
        self.files = tuple(files)
        # ``[plugins.<id>]`` tables: each plugin's own settings, checked against its
        # manifest by the plugin host (the schema here cannot know them).
        self._plugins = {key: dict(value) for key, value in (plugins or {}).items()}
        # ``[[trusted_plugins]]`` of IT's site file only (tiski plugins trust).
        self.trusted_plugins: tuple[TrustRecord, ...] = tuple(trusted_plugins)

    def plugin_values(self, plugin_id: str) -> dict[str, Any]:
        """The site's and user's ``[plugins.<plugin_id>]`` values (later files win)."""
        return dict(self._plugins.get(plugin_id, {}))

    def with_plugin_values(self, plugin_id: str, values: Mapping[str, Any]) -> Settings:
        """A copy with ``values`` over the plugin's own (the demo points plugins at the sandbox)."""
        plugins = {key: dict(value) for key, value in self._plugins.items()}
        plugins.setdefault(plugin_id, {}).update(values)
        return Settings(self._values, self.files, plugins, self.trusted_plugins)

    def __getitem__(self, name: str) -> Any:
        return self._values[name].value

    def source(self, name: str) -> str:
        return self._values[name].source

    def shown(self, name: str) -> str:
        """The value as ``config show`` prints it: secrets and passwords masked."""
        option = OPTIONS[name]
        value = self._values[name].value
        if option.secret and value:
            return "***"
        if name == "database.url" and isinstance(value, str):
            return mask_url(value)
        if isinstance(value, list):
            return ", ".join(value) if value else "(none)"
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value) if value != "" else "(empty)"

    def items(self) -> list[tuple[str, Setting]]:
        return sorted(self._values.items())

    def keeping(self, site_policy: Mapping[str, Setting]) -> Settings:
        """These settings with IT's policy values back where a later source loosened them."""
        values = dict(self._values)
        for name, site in site_policy.items():
            if not _stricter(name, site.value, values[name].value):
                values[name] = Setting(site.value, f"{site.source} (IT's policy)")
        return Settings(values, self.files, self._plugins, self.trusted_plugins)

    def with_overrides(self, overrides: Mapping[str, str], source: str) -> Settings:
        values = dict(self._values)
        for name, raw in overrides.items():
            option = _option_for(source, name)
            if option.site_only:
                raise _site_only(source, option)
            values[name] = Setting(_parse_text(option, raw, source), source)
        return Settings(values, self.files, self._plugins, self.trusted_plugins)


def _option_for(source: str, name: str) -> Option:
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


def _site_only(source: str, option: Option) -> ConfigError:
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
    if option.name == "database.url":
        return mask_url(str(value))
    return str(value)


def _password_refused(source: str, *, from_file: bool) -> ConfigError:
    """A password in database.url, wherever it was written: refused, never shown."""
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
    return ConfigError(source, "database.url", Message(_CTX, text))


def _checked(option: Option, value: Any, source: str, *, from_file: bool) -> SettingValue:
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
    if option.name == "database.url" and url_has_password(value):
        raise _password_refused(source, from_file=from_file)
    if option.check is not None:
        problem = option.check(value)
        if problem is not None:
            raise ConfigError(source, option.name, problem)
    return value


def _parse_text(option: Option, raw: str, source: str) -> SettingValue:
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
    return _checked(option, value, source, from_file=False)


def _read_file(path: Path) -> dict[str, Any]:
    try:
        return read_toml(path, limit=SETTINGS_FILE_LIMIT)
    except FileProblem as problem:
        raise ConfigError(str(path), "-", problem.reason) from None


def _plugin_tables(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The ``[plugins.<id>]`` tables of one file."""
    section = data.get("plugins")
    if not isinstance(section, dict):
        return {}
    return {key: value for key, value in section.items() if isinstance(value, dict)}


def _flatten(path: Path, data: dict[str, Any]) -> dict[str, SettingValue]:
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
                continue  # a plugin's own table: see _plugin_tables
            flat[f"{section}.{key}"] = value
    if version < CONFIG_VERSION:
        for old, new in RENAMED.items():
            if old in flat and new not in flat:
                flat[new] = flat.pop(old)
    result: dict[str, SettingValue] = {}
    for name, value in flat.items():
        option = _option_for(source, name)
        result[name] = _checked(option, value, source, from_file=True)
    return result


# IT's policy for shared counter PCs: what the site file sets here, a user's file,
# the environment or the command line may make stricter but not looser.
# IT's plugin lists are among them: a user's file may switch off more plugins, never
# allow one IT did not, nor take back what IT denied.
POLICY = ("signin.lock_after_minutes", "signin.allow_remember", "plugins.allow", "plugins.deny")


def _stricter(name: str, site: Any, other: Any) -> bool:
    """Whether ``other`` is at least as strict as the site's ``site`` for ``name``."""
    if name == "signin.lock_after_minutes":
        return site == 0 or (0 < other <= site)
    if name == "plugins.allow":
        # An empty list means "the bundled ones", which a non-empty site list may exceed.
        return other == site or (bool(site) and bool(other) and set(other) <= set(site))
    if name == "plugins.deny":
        return set(site) <= set(other)
    return bool(site) or not other  # signin.allow_remember: off is stricter


def load_settings(
    overrides: Mapping[str, str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Read every source and return the effective settings.

    Raises :class:`ConfigError` naming the source, the key and what is allowed.
    """
    environ = os.environ if environ is None else environ
    values = {option.name: Setting(option.default, "default") for option in SCHEMA}
    files: list[Path] = []
    plugins: dict[str, dict[str, Any]] = {}
    site_policy: dict[str, Setting] = {}
    trusted: tuple[TrustRecord, ...] = ()
    for label, path in (("site", paths.site_config_file()), ("user", paths.user_config_file())):
        if not path.exists():
            continue  # a folder or a device at the path is reported, not skipped
        files.append(path)
        data = _read_file(path)
        for plugin_id, table in _plugin_tables(data).items():
            plugins.setdefault(plugin_id, {}).update(table)
        if TRUST_TABLE in data:
            if label != "site":
                raise ConfigError(
                    str(path),
                    TRUST_TABLE,
                    Message(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "Settings",
                            "only IT's site settings file may record trusted plugins; "
                            "remove it here",
                        ),
                    ),
                )
            try:
                trusted = records_from(data.pop(TRUST_TABLE), str(path))
            except TiskiError as error:
                raise ConfigError(str(path), "-", error.message) from None
        for name, value in _flatten(path, data).items():
            if label != "site" and OPTIONS[name].site_only:
                raise _site_only(f"{label} file {path}", OPTIONS[name])
            values[name] = Setting(value, f"{label} file {path}")
            if label == "site" and name in POLICY:
                site_policy[name] = values[name]
    for option in SCHEMA:
        raw = environ.get(option.env_name)
        if raw is not None:
            source = f"environment {option.env_name}"
            if option.site_only:
                raise _site_only(source, option)
            values[option.name] = Setting(_parse_text(option, raw, source), source)
    settings = Settings(values, files, plugins, trusted)
    if overrides:
        settings = settings.with_overrides(overrides, "command line")
    return settings.keeping(site_policy)
