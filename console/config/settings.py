"""The effective settings: each value with the source it came from, and plugins' own tables."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from console.config.options import DATABASE_URL_OPTIONS, OPTIONS, SettingValue
from console.config.policy import stricter
from console.config.values import option_for, parse_text, site_only_error
from console.plugin_host.trust import TrustRecord
from console.store.urls import mask_url


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
        if name in DATABASE_URL_OPTIONS and isinstance(value, str):
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
            if not stricter(name, site.value, values[name].value):
                values[name] = Setting(site.value, f"{site.source} (IT's policy)")
        return Settings(values, self.files, self._plugins, self.trusted_plugins)

    def with_overrides(self, overrides: Mapping[str, str], source: str) -> Settings:
        values = dict(self._values)
        for name, raw in overrides.items():
            option = option_for(source, name)
            if option.site_only:
                raise site_only_error(source, option)
            values[name] = Setting(parse_text(option, raw, source), source)
        return Settings(values, self.files, self._plugins, self.trusted_plugins)
