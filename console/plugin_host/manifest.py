"""``plugin.toml``: what a plugin declares, read and checked without importing its code.

:func:`read_manifest` applies every rule of docs/plugins.md and reports all the
problems it finds at once, each naming the file, the key and what is wrong, so
that a plugin author (or IT running ``tiski plugins check``) fixes them in one go.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from console.core.files import KIB, FileProblem, read_toml
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError
from console.plugin_api import SUPPORTED_MAJORS
from console.plugin_host.settings import (
    SettingSpec,
    kind_text,
    out_of_range,
    setting_value,
    shown,
)

_CTX = "PluginHost"

MANIFEST_NAME = "plugin.toml"
# The first-party manifests are about 1 KiB; a manifest near this is not one.
MANIFEST_LIMIT = 256 * KIB
LANGUAGES = ("fi", "sv", "en")
VISITOR_FIELDS = ("name", "identity_code", "birth_date", "contact", "language")
SETTING_TYPES = ("url", "str", "int", "float", "bool")

PLUGIN_ID = re.compile(r"[a-z0-9-]{2,40}")
AGENCY_CODE = re.compile(r"[a-z0-9][a-z0-9-]{0,39}")
SETTING_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")
CREDENTIAL_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
HOST_NAME = re.compile(rf"(?=.{{1,253}}\Z){_LABEL}(?:\.{_LABEL})*", re.ASCII | re.IGNORECASE)
# PEP 440, as packaging.version.VERSION_PATTERN (packaging is not a dependency of Tiski).
PEP440_VERSION = re.compile(
    r"""v?(?:(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)*
    (?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?[0-9]*)?
    (?:-[0-9]+|[-_.]?(?:post|rev|r)[-_.]?[0-9]*)?
    (?:[-_.]?dev[-_.]?[0-9]*)?)
    (?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?""",
    re.VERBOSE | re.IGNORECASE | re.ASCII,
)

_TOP_KEYS = ("plugin", "permissions", "links", "credentials", "settings")
_PLUGIN_KEYS = ("id", "version", "api", "agency", "entry", "health", "names")
_PLUGIN_REQUIRED = ("id", "version", "api", "agency", "entry", "names")
_SETTING_KEYS = ("type", "default", "description", "minimum", "maximum")


@dataclass(frozen=True)
class Manifest:
    """A checked ``plugin.toml``."""

    id: str
    version: str
    api: int
    agency: str
    entry_module: str
    entry_class: str
    health: str | None
    names: dict[str, str]
    permissions: tuple[str, ...]
    link_hosts: tuple[str, ...]
    credentials: tuple[str, ...]
    settings: tuple[SettingSpec, ...]
    folder: Path | None
    source: str

    def name(self, language: str) -> str:
        """The plugin's name in ``language`` (fi, sv or en), English when unknown."""
        return self.names.get(language) or self.names.get("en") or self.id

    def setting(self, name: str) -> SettingSpec | None:
        return next((spec for spec in self.settings if spec.name == name), None)


class ManifestError(TiskiError):
    """A ``plugin.toml`` breaks the rules; ``problems`` names each one.

    ``message`` is the single problem, or all of them joined with "; ".
    ``plugin_id`` is the id the file declares, when it has one, even a bad one.
    """

    def __init__(
        self, path: Path, problems: list[Message], *, plugin_id: str | None = None
    ) -> None:
        assert problems
        self.path = path
        self.plugin_id = plugin_id
        self.problems = tuple(problems)
        joined = problems[-1]
        for problem in reversed(problems[:-1]):
            joined = Message(
                _CTX,
                QT_TRANSLATE_NOOP("PluginHost", "{first}; {rest}"),
                {"first": problem, "rest": joined},
            )
        super().__init__(joined)


def problem(path: Path, key: str, what: Message) -> Message:
    """``<file>: <key>: <what is wrong>``, as every manifest problem reads."""
    return Message(
        _CTX,
        QT_TRANSLATE_NOOP("PluginHost", "{file}: {key}: {problem}"),
        {"file": str(path), "key": key, "problem": what},
    )


# ---------------------------------------------------------------- reading
def read_manifest(path: Path, *, source: str) -> Manifest:
    """Read and check the ``plugin.toml`` at ``path``; no plugin code is imported.

    Raises :class:`ManifestError` naming every problem found.
    """
    path = Path(path)
    try:
        data = read_toml(path, limit=MANIFEST_LIMIT)
    except FileProblem as trouble:
        raise ManifestError(path, [trouble.message]) from None
    reader = _Reader(path)
    manifest = reader.manifest(data, source)
    if reader.problems or manifest is None:
        raise ManifestError(path, reader.problems, plugin_id=reader.declared_id)
    return manifest


class _Reader:
    """Walks one manifest, collecting every problem instead of stopping at the first."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.folder = path.parent
        self.problems: list[Message] = []
        self.declared_id: str | None = None

    def add(self, key: str, text: str, **params: Any) -> None:
        self.problems.append(problem(self.path, key, Message(_CTX, text, params)))

    # ------------------------------------------------------------ shapes
    def table(
        self, data: Mapping[str, Any], key: str, known: tuple[str, ...], required: tuple[str, ...]
    ) -> dict[str, Any]:
        """``data[key]`` as a table: unknown keys and missing required keys are problems."""
        value = data.get(key.rsplit(".", 1)[-1], {})
        if not isinstance(value, dict):
            self.add(
                key,
                QT_TRANSLATE_NOOP("PluginHost", "must be a table, not {value}"),
                value=shown(value),
            )
            return {}
        self.check_keys(value, key, known, required)
        return value

    def check_keys(
        self, value: Mapping[str, Any], key: str, known: tuple[str, ...], required: tuple[str, ...]
    ) -> None:
        prefix = f"{key}." if key else ""
        for name in value:
            if name not in known:
                self.add(
                    f"{prefix}{name}",
                    QT_TRANSLATE_NOOP("PluginHost", "is not a known key (known: {known})"),
                    known=", ".join(known),
                )
        for name in required:
            if name not in value:
                self.add(f"{prefix}{name}", QT_TRANSLATE_NOOP("PluginHost", "is missing"))

    def string(self, table: Mapping[str, Any], key: str) -> str | None:
        value = table.get(key.rsplit(".", 1)[-1])
        if value is None:
            return None  # missing: reported by check_keys when required
        if not isinstance(value, str) or not value.strip():
            self.add(
                key,
                QT_TRANSLATE_NOOP("PluginHost", "must be a non-empty string, not {value}"),
                value=shown(value),
            )
            return None
        return value.strip()

    def string_list(
        self,
        table: Mapping[str, Any],
        key: str,
        fits: Callable[[str], bool],
        text: str,
        **params: Any,
    ) -> tuple[str, ...]:
        """A list of strings each passing ``fits``; ``text`` says why one does not."""
        value = table.get(key.rsplit(".", 1)[-1], [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.add(
                key,
                QT_TRANSLATE_NOOP("PluginHost", "must be a list of strings, not {value}"),
                value=shown(value),
            )
            return ()
        good: list[str] = []
        for item in value:
            if not fits(item):
                self.add(key, text, value=shown(item), **params)
            elif item not in good:
                good.append(item)
        return tuple(good)

    # ------------------------------------------------------------ the manifest
    def manifest(self, data: dict[str, Any], source: str) -> Manifest | None:
        self.check_keys(data, "", _TOP_KEYS, ("plugin",))
        # Without a [plugin] table its keys are not reported one by one as well.
        plugin = (
            self.table(data, "plugin", _PLUGIN_KEYS, _PLUGIN_REQUIRED) if "plugin" in data else {}
        )
        if isinstance(plugin.get("id"), str):
            self.declared_id = plugin["id"]
        plugin_id = self.plugin_id(plugin)
        version = self.version(plugin)
        api = self.api(plugin)
        agency = self.agency(plugin)
        entry = self.entry(plugin)
        names = self.names(plugin) if "names" in plugin else {}
        permissions = self.table(data, "permissions", ("visitor",), ())
        visitor = self.string_list(
            permissions,
            "permissions.visitor",
            lambda item: item in VISITOR_FIELDS,
            QT_TRANSLATE_NOOP("PluginHost", "{value} is not a visitor field (known: {known})"),
            known=", ".join(VISITOR_FIELDS),
        )
        links = self.table(data, "links", ("hosts",), ())
        hosts = self.string_list(
            links,
            "links.hosts",
            lambda item: HOST_NAME.fullmatch(item) is not None,
            QT_TRANSLATE_NOOP(
                "PluginHost",
                "{value} is not a host name; give the name alone, such as asiointi.kela.fi, "
                "without https://, port or path",
            ),
        )
        credentials = self.table(data, "credentials", ("names",), ())
        secrets = self.string_list(
            credentials,
            "credentials.names",
            lambda item: CREDENTIAL_NAME.fullmatch(item) is not None,
            QT_TRANSLATE_NOOP(
                "PluginHost",
                "{value} is not a credential name (letters, digits, '.', '_' and '-', "
                "up to 64 characters)",
            ),
        )
        declared = data.get("settings", {})
        settings = self.settings(declared)
        health = self.health(
            plugin, has_base_url=isinstance(declared, dict) and "base_url" in declared
        )
        if (
            self.problems
            or plugin_id is None
            or version is None
            or api is None
            or agency is None
            or entry is None
        ):
            return None
        return Manifest(
            id=plugin_id,
            version=version,
            api=api,
            agency=agency,
            entry_module=entry[0],
            entry_class=entry[1],
            health=health,
            names=names,
            permissions=visitor,
            link_hosts=tuple(host.lower() for host in hosts),
            credentials=secrets,
            settings=settings,
            folder=self.folder,
            source=source,
        )

    def plugin_id(self, plugin: Mapping[str, Any]) -> str | None:
        value = self.string(plugin, "plugin.id")
        if value is not None and PLUGIN_ID.fullmatch(value) is None:
            self.add(
                "plugin.id",
                QT_TRANSLATE_NOOP(
                    "PluginHost",
                    "must be 2 to 40 lower-case letters, digits and '-', not {value}",
                ),
                value=shown(value),
            )
            return None
        return value

    def version(self, plugin: Mapping[str, Any]) -> str | None:
        value = plugin.get("version")
        if value is None:
            return None
        if not isinstance(value, str) or PEP440_VERSION.fullmatch(value.strip()) is None:
            self.add(
                "plugin.version",
                QT_TRANSLATE_NOOP(
                    "PluginHost", 'must be a version string such as "1.0.0" (PEP 440), not {value}'
                ),
                value=shown(value),
            )
            return None
        return value.strip()

    def api(self, plugin: Mapping[str, Any]) -> int | None:
        value = plugin.get("api")
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(
                "plugin.api",
                QT_TRANSLATE_NOOP(
                    "PluginHost",
                    "must be a whole number, the plugin API's major version (this console "
                    "supports {supported}), not {value}",
                ),
                supported=" and ".join(str(major) for major in SUPPORTED_MAJORS),
                value=shown(value),
            )
            return None
        if value not in SUPPORTED_MAJORS:
            self.add(
                "plugin.api",
                QT_TRANSLATE_NOOP(
                    "PluginHost",
                    "the plugin was written for plugin API {declared}; this console supports "
                    "plugin API {supported} only",
                ),
                declared=value,
                supported=" and ".join(str(major) for major in SUPPORTED_MAJORS),
            )
            return None
        return value

    def agency(self, plugin: Mapping[str, Any]) -> str | None:
        value = self.string(plugin, "plugin.agency")
        if value is not None and AGENCY_CODE.fullmatch(value) is None:
            self.add(
                "plugin.agency",
                QT_TRANSLATE_NOOP(
                    "PluginHost",
                    "must be an agency code (lower-case letters, digits and '-'), such as "
                    '"kela", not {value}',
                ),
                value=shown(value),
            )
            return None
        return value

    def entry(self, plugin: Mapping[str, Any]) -> tuple[str, str] | None:
        value = self.string(plugin, "plugin.entry")
        if value is None:
            return None
        module, separator, class_name = value.partition(":")
        if not (
            separator
            and all(_identifier(part) for part in module.split("."))
            and _identifier(class_name)
        ):
            self.add(
                "plugin.entry",
                QT_TRANSLATE_NOOP(
                    "PluginHost",
                    "must be module:Class with Python names, such as "
                    '"kela_panel:KelaPlugin", not {value}',
                ),
                value=shown(value),
            )
            return None
        relative = Path(*module.split("."))
        if not (
            (self.folder / relative).with_suffix(".py").is_file()
            or (self.folder / relative / "__init__.py").is_file()
        ):
            self.add(
                "plugin.entry",
                QT_TRANSLATE_NOOP("PluginHost", "the module file {file} is not in {folder}"),
                file=str(relative.with_suffix(".py")),
                folder=str(self.folder),
            )
            return None
        return module, class_name

    def names(self, plugin: Mapping[str, Any]) -> dict[str, str]:
        table = self.table(plugin, "plugin.names", LANGUAGES, LANGUAGES)
        names: dict[str, str] = {}
        for language in LANGUAGES:
            value = self.string(table, f"plugin.names.{language}")
            if value is not None:
                names[language] = value
        return names

    def health(self, plugin: Mapping[str, Any], *, has_base_url: bool) -> str | None:
        value = self.string(plugin, "plugin.health")
        if value is None:
            return None
        if not value.startswith("/") or value.startswith("//") or "://" in value:
            self.add(
                "plugin.health",
                QT_TRANSLATE_NOOP(
                    "PluginHost",
                    "must be a path under base_url starting with '/', such as \"/health\", "
                    "not {value}",
                ),
                value=shown(value),
            )
            return None
        if not has_base_url:
            self.add(
                "plugin.health",
                QT_TRANSLATE_NOOP(
                    "PluginHost", "needs a [settings.base_url] for the path to be under"
                ),
            )
            return None
        return value

    # ------------------------------------------------------------ settings
    def settings(self, section: Any) -> tuple[SettingSpec, ...]:
        if not isinstance(section, dict):
            self.add(
                "settings",
                QT_TRANSLATE_NOOP("PluginHost", "must be a table, not {value}"),
                value=shown(section),
            )
            return ()
        specs: list[SettingSpec] = []
        for name, table in section.items():
            spec = self.setting(name, table)
            if spec is not None:
                specs.append(spec)
        return tuple(specs)

    def setting(self, name: str, table: Any) -> SettingSpec | None:
        key = f"settings.{name}"
        if SETTING_NAME.fullmatch(name) is None:
            self.add(
                key,
                QT_TRANSLATE_NOOP(
                    "PluginHost",
                    "a setting name must be lower-case letters, digits and '_', starting "
                    "with a letter",
                ),
            )
            return None
        if not isinstance(table, dict):
            self.add(
                key,
                QT_TRANSLATE_NOOP("PluginHost", "must be a table, not {value}"),
                value=shown(table),
            )
            return None
        before = len(self.problems)
        self.check_keys(table, key, _SETTING_KEYS, ("type",))
        setting_type = table.get("type")
        if "type" in table and setting_type not in SETTING_TYPES:
            self.add(
                f"{key}.type",
                QT_TRANSLATE_NOOP("PluginHost", "{value} is not a setting type (known: {known})"),
                value=shown(setting_type),
                known=" | ".join(SETTING_TYPES),
            )
        if name == "base_url" and setting_type in SETTING_TYPES and setting_type != "url":
            self.add(
                f"{key}.type",
                QT_TRANSLATE_NOOP("PluginHost", 'base_url must be of type "url", not {value}'),
                value=shown(setting_type),
            )
        description = table.get("description", "")
        if not isinstance(description, str):
            self.add(
                f"{key}.description",
                QT_TRANSLATE_NOOP("PluginHost", "must be a string, not {value}"),
                value=shown(description),
            )
        if len(self.problems) > before or not isinstance(setting_type, str):
            return None
        minimum = self.bound(table, key, "minimum", setting_type)
        maximum = self.bound(table, key, "maximum", setting_type)
        if minimum is not None and maximum is not None and minimum > maximum:
            self.add(
                f"{key}.minimum",
                QT_TRANSLATE_NOOP("PluginHost", "{minimum} is greater than the maximum {maximum}"),
                minimum=minimum,
                maximum=maximum,
            )
            return None
        default = None
        if "default" in table:
            default, fits = setting_value(setting_type, table["default"])
            if not fits:
                self.add(
                    f"{key}.default",
                    QT_TRANSLATE_NOOP("PluginHost", "must be {kind}, not {value}"),
                    kind=kind_text(setting_type),
                    value=shown(table["default"]),
                )
            elif (reason := out_of_range(minimum, maximum, default)) is not None:
                self.problems.append(problem(self.path, f"{key}.default", reason))
        if len(self.problems) > before:
            return None
        return SettingSpec(name, setting_type, default, description, minimum, maximum)

    def bound(
        self, table: Mapping[str, Any], key: str, which: str, setting_type: str
    ) -> float | None:
        if which not in table:
            return None
        value = table[which]
        if setting_type not in ("int", "float"):
            self.add(
                f"{key}.{which}",
                QT_TRANSLATE_NOOP("PluginHost", "only an int or float setting has a {which}"),
                which=which,
            )
            return None
        converted, fits = setting_value(setting_type, value)
        if not fits:
            self.add(
                f"{key}.{which}",
                QT_TRANSLATE_NOOP("PluginHost", "must be {kind}, not {value}"),
                kind=kind_text(setting_type),
                value=shown(value),
            )
            return None
        return converted


def _identifier(name: str) -> bool:
    return name.isidentifier() and name.isascii() and not keyword.iskeyword(name)
