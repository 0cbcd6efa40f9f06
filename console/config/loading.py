"""Layering the sources into the effective settings, with IT's policy kept.

Sources, weakest first: built-in defaults < IT's site file < the user's file <
``TISKI_*`` environment variables < command-line flags.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from console import paths
from console.config.errors import ConfigError
from console.config.files import flatten, plugin_tables, read_file
from console.config.options import OPTIONS, SCHEMA
from console.config.policy import POLICY
from console.config.settings import Setting, Settings
from console.config.values import parse_text, site_only_error
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError
from console.plugin_host.trust import TRUST_TABLE, TrustRecord, records_from

_CTX = "Settings"


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
        data = read_file(path)
        for plugin_id, table in plugin_tables(data).items():
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
        for name, value in flatten(path, data).items():
            if label != "site" and OPTIONS[name].site_only:
                raise site_only_error(f"{label} file {path}", OPTIONS[name])
            values[name] = Setting(value, f"{label} file {path}")
            if label == "site" and name in POLICY:
                site_policy[name] = values[name]
    for option in SCHEMA:
        raw = environ.get(option.env_name)
        if raw is not None:
            source = f"environment {option.env_name}"
            if option.site_only:
                raise site_only_error(source, option)
            values[option.name] = Setting(parse_text(option, raw, source), source)
    settings = Settings(values, files, plugins, trusted)
    if overrides:
        settings = settings.with_overrides(overrides, "command line")
    return settings.keeping(site_policy)
