"""Importing a plugin's code, guarded: whatever it does wrong becomes a PluginLoadError.

Each plugin folder is imported as its own package, ``tiski_plugin_<id>``, so two
plugins whose modules have the same name never meet in ``sys.modules``. Modules
of one plugin import each other relatively (``from .client import Client``).

A plugin's modules are compiled from their source every time and no bytecode is
read or written beside them: a ``__pycache__`` that someone dropped into a shared
site folder is never run instead of the source IT trusted (the folder's hash
leaves bytecode out, see :mod:`console.plugin_host.trust`).
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import logging
import threading
import traceback
from types import ModuleType
from typing import TYPE_CHECKING

from console.core.identity import mask_identity_codes
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError
from console.plugin_runtime.importing import forget_package, import_package, takes_arguments

if TYPE_CHECKING:
    from console.plugin_host.manifest import Manifest

log = logging.getLogger(__name__)

_CTX = "PluginHost"
PACKAGE_PREFIX = "tiski_plugin_"
FAILURE_LIMIT = 3


class PluginLoadError(TiskiError):
    """A plugin could not be imported or made; ``details`` holds the (masked) traceback."""

    def __init__(self, plugin_id: str, message: Message, details: str) -> None:
        super().__init__(message)
        self.plugin_id = plugin_id
        self.details = details


def package_name(plugin_id: str) -> str:
    """The package a plugin's folder is imported as (ids have no "_", so no clash)."""
    return PACKAGE_PREFIX + plugin_id.replace("-", "_")


def load_plugin(manifest: Manifest, *, sha256: str | None = None) -> object:
    """Import the plugin's entry module from its folder and make the entry class.

    The class is called with no arguments and must offer ``describe`` for API 2
    (``console.plugin_api.describe.DescribingPlugin``), ``create_panel`` for API 1
    (the ``console.plugin_api.Plugin`` protocol). Loading again imports fresh code.
    ``sha256``: the folder hash IT trusted (``Found.sha256`` of a site plugin),
    checked again just before the import. Raises :class:`PluginLoadError` for
    anything that goes wrong.
    """
    if manifest.folder is None:
        raise _load_error(
            manifest,
            QT_TRANSLATE_NOOP("PluginHost", "the plugin {id} has no folder to load it from"),
            "",
        )
    package = package_name(manifest.id)
    _forget(package)
    if sha256 is not None:
        check_folder(manifest, sha256)
    try:
        _import_package(package, manifest)
        module = importlib.import_module(f"{package}.{manifest.entry_module}")
        plugin_class = getattr(module, manifest.entry_class)
        plugin = plugin_class()
    except (Exception, SystemExit) as error:
        _forget(package)
        details = mask_identity_codes(traceback.format_exc())
        log.error("Plugin %s failed to load:\n%s", manifest.id, details)
        reason = mask_identity_codes(f"{type(error).__name__}: {error}".splitlines()[0])
        raise _load_error(
            manifest,
            QT_TRANSLATE_NOOP("PluginHost", "The plugin {id} could not be loaded: {reason}"),
            details,
            reason=reason[:200],
        ) from error
    if manifest.api >= 2 and not callable(getattr(plugin, "describe", None)):
        _forget(package)
        raise _load_error(
            manifest,
            QT_TRANSLATE_NOOP(
                "PluginHost",
                "The plugin {id} could not be loaded: its class {entry} has no describe "
                "method (plugin API 2's DescribingPlugin protocol).",
            ),
            f"{manifest.entry_module}:{manifest.entry_class} has no describe(context, visitor).",
            entry=manifest.entry_class,
        )
    if manifest.api < 2 and not callable(getattr(plugin, "create_panel", None)):
        _forget(package)
        raise _load_error(
            manifest,
            QT_TRANSLATE_NOOP(
                "PluginHost",
                "The plugin {id} could not be loaded: its class {entry} has no create_panel "
                "method (the plugin API's Plugin protocol).",
            ),
            f"{manifest.entry_module}:{manifest.entry_class} has no create_panel(context).",
            entry=manifest.entry_class,
        )
    # As pluggy refuses a hook whose arguments the spec does not have: a method that
    # cannot take what the host passes is refused now, not at the first visitor.
    method = "describe" if manifest.api >= 2 else "create_panel"
    if not takes_arguments(getattr(plugin, method), len(_ARGUMENTS[method])):
        _forget(package)
        raise _load_error(
            manifest,
            QT_TRANSLATE_NOOP(
                "PluginHost",
                "The plugin {id} could not be loaded: {entry}.{method} does not take the "
                "arguments the console passes ({arguments}).",
            ),
            f"{manifest.entry_module}:{manifest.entry_class}.{method} must take "
            f"{', '.join(_ARGUMENTS[method])}.",
            entry=manifest.entry_class,
            method=method,
            arguments=", ".join(_ARGUMENTS[method]),
        )
    log.info("Plugin %s %s loaded from %s", manifest.id, manifest.version, manifest.folder)
    return plugin


# What the host passes to each plugin method it calls.
_ARGUMENTS = {"describe": ("context", "visitor"), "create_panel": ("context",)}


def check_folder(manifest: Manifest, sha256: str) -> None:
    """The plugin's folder still holds what IT trusted (its SHA-256), checked just
    before its code is imported, in the console or in the plugin's own process.

    Raises :class:`PluginLoadError` when it does not (or cannot be read).
    """
    from console.plugin_host.trust import TrustError, folder_hash

    assert manifest.folder is not None
    try:
        unchanged = folder_hash(manifest.folder) == sha256
    except TrustError as error:
        raise PluginLoadError(manifest.id, error.message, "") from None
    if not unchanged:
        raise _load_error(
            manifest,
            QT_TRANSLATE_NOOP(
                "PluginHost",
                "The plugin {id} was not loaded: the files in its folder changed since "
                "the console checked them against IT's record.",
            ),
            f"{manifest.folder}: the folder's SHA-256 is no longer {sha256}",
        )


def _import_package(package: str, manifest: Manifest) -> ModuleType:
    assert manifest.folder is not None
    return import_package(package, manifest.folder)


def _forget(package: str) -> None:
    """Drop the plugin's modules and finder, so a later load imports its code afresh."""
    forget_package(package)


def _load_error(manifest: Manifest, text: str, details: str, **params: object) -> PluginLoadError:
    return PluginLoadError(manifest.id, Message(_CTX, text, {"id": manifest.id, **params}), details)


class FailureCounter:
    """Counts each plugin's failures in this session; at ``limit`` it is switched off."""

    def __init__(self, limit: int = FAILURE_LIMIT) -> None:
        self.limit = limit
        self._failures: dict[str, int] = {}
        self._lock = threading.Lock()  # panels fail from worker threads

    def record(self, plugin_id: str) -> bool:
        """Count one failure; True when the plugin has now failed ``limit`` times."""
        with self._lock:
            count = self._failures.get(plugin_id, 0) + 1
            self._failures[plugin_id] = count
        return count >= self.limit

    def failures(self, plugin_id: str) -> int:
        with self._lock:
            return self._failures.get(plugin_id, 0)

    def reset(self, plugin_id: str) -> None:
        with self._lock:
            self._failures.pop(plugin_id, None)
