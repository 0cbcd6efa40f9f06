"""A plugin's own settings: the value types a manifest may declare, and IT's
``[plugins.<id>]`` values checked against them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlsplit

from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

_CTX = "PluginHost"


@dataclass(frozen=True)
class SettingSpec:
    """One setting a plugin needs from IT (``[settings.<name>]``).

    ``default`` is None when the site file must give the value.
    """

    name: str
    type: str
    default: Any
    description: str
    minimum: float | None
    maximum: float | None


class DeclaresSettings(Protocol):
    """What :func:`plugin_settings` reads of a manifest (the manifest module imports
    this one, not the reverse)."""

    @property
    def id(self) -> str: ...

    @property
    def settings(self) -> Sequence[SettingSpec]: ...


def shown(value: Any) -> str:
    """A value as a problem quotes it: short, and a string in quotes."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


# ---------------------------------------------------------------- setting values
_KIND_TEXTS = {
    "url": QT_TRANSLATE_NOOP("PluginHost", "an http or https URL"),
    "str": QT_TRANSLATE_NOOP("PluginHost", "a string"),
    "int": QT_TRANSLATE_NOOP("PluginHost", "a whole number"),
    "float": QT_TRANSLATE_NOOP("PluginHost", "a number"),
    "bool": QT_TRANSLATE_NOOP("PluginHost", "true or false"),
}


def kind_text(setting_type: str) -> Message:
    return Message(_CTX, _KIND_TEXTS[setting_type])


def is_http_url(value: str) -> bool:
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def setting_value(setting_type: str, value: Any) -> tuple[Any, bool]:
    """``(value as the plugin gets it, whether it fits setting_type)``; ints become floats."""
    if setting_type == "bool":
        return value, isinstance(value, bool)
    if isinstance(value, bool):
        return value, False
    if setting_type == "int":
        return value, isinstance(value, int)
    if setting_type == "float":
        fits = isinstance(value, int | float)
        return (float(value) if fits else value), fits
    if setting_type == "url":
        return value, isinstance(value, str) and is_http_url(value)
    return value, isinstance(value, str)


def out_of_range(minimum: float | None, maximum: float | None, value: Any) -> Message | None:
    """Why ``value`` is below ``minimum`` or above ``maximum`` (either may be None), or None."""
    if minimum is not None and value < minimum:
        return Message(
            _CTX,
            QT_TRANSLATE_NOOP("PluginHost", "must be at least {minimum}, not {value}"),
            {"minimum": minimum, "value": value},
        )
    if maximum is not None and value > maximum:
        return Message(
            _CTX,
            QT_TRANSLATE_NOOP("PluginHost", "must be at most {maximum}, not {value}"),
            {"maximum": maximum, "value": value},
        )
    return None


class PluginSettingsError(TiskiError):
    """A value under ``[plugins.<id>]`` does not fit what the plugin declares."""

    def __init__(self, key: str, what: Message) -> None:
        self.key = key
        super().__init__(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP("PluginHost", "Site setting {key}: {problem}"),
                {"key": key, "problem": what},
            )
        )


def plugin_settings(manifest: DeclaresSettings, site_values: Mapping[str, Any]) -> dict[str, Any]:
    """The plugin's settings: IT's values where given, else the manifest's defaults.

    Raises :class:`PluginSettingsError` naming ``plugins.<id>.<key>`` for an unknown
    key, a value of the wrong type or outside its range, or a missing value that has
    no default.
    """
    prefix = f"plugins.{manifest.id}"
    known = {spec.name for spec in manifest.settings}
    for name in site_values:
        if name not in known:
            raise PluginSettingsError(
                f"{prefix}.{name}",
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "PluginHost", "the plugin {plugin} has no such setting (it has: {known})"
                    ),
                    {"plugin": manifest.id, "known": ", ".join(sorted(known)) or "-"},
                ),
            )
    values: dict[str, Any] = {}
    for spec in manifest.settings:
        key = f"{prefix}.{spec.name}"
        if spec.name not in site_values:
            if spec.default is None:
                raise PluginSettingsError(
                    key,
                    Message(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "PluginHost",
                            "is needed and has no default; give it in the site settings "
                            "under [{table}]",
                        ),
                        {"table": prefix},
                    ),
                )
            values[spec.name] = spec.default
            continue
        raw = site_values[spec.name]
        value, fits = setting_value(spec.type, raw)
        if not fits:
            raise PluginSettingsError(
                key,
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP("PluginHost", "must be {kind}, not {value}"),
                    {"kind": kind_text(spec.type), "value": shown(raw)},
                ),
            )
        reason = out_of_range(spec.minimum, spec.maximum, value)
        if reason is not None:
            raise PluginSettingsError(key, reason)
        values[spec.name] = value
    return values
