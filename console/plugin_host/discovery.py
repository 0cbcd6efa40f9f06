"""Finding plugins (installed, bundled, site folders) and IT's allow and deny lists.

Only manifests are read here; no plugin code is imported, except the small
module an installed distribution names in its ``tiski.plugins`` entry point to
say where its plugin folder is.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from console.core.text import QT_TRANSLATE_NOOP, Message
from console.plugin_host.manifest import MANIFEST_NAME, Manifest, ManifestError, read_manifest

log = logging.getLogger(__name__)

_CTX = "PluginHost"
ENTRY_POINT_GROUP = "tiski.plugins"

Source = Literal["installed", "bundled", "site"]
State = Literal["ready", "off", "invalid", "duplicate"]
SOURCES: tuple[Source, ...] = ("installed", "bundled", "site")
STATES: tuple[State, ...] = ("ready", "off", "invalid", "duplicate")


@dataclass(frozen=True)
class Found:
    """One plugin found: its manifest when valid, where it is, and whether it may load.

    ``path`` is the plugin folder (for a broken entry point, its ``module:attribute``).
    ``reason`` says why the state is not "ready". ``declared_id`` is the id an invalid
    manifest gives, for showing only: an invalid plugin claims no id.
    """

    manifest: Manifest | None
    path: Path
    source: Source
    state: State
    reason: Message | None = None
    declared_id: str | None = None

    @property
    def id(self) -> str | None:
        return self.manifest.id if self.manifest is not None else None

    @property
    def shown_id(self) -> str | None:
        """The id to show: the manifest's, or the one an invalid manifest declares."""
        return self.id or self.declared_id


def discover(
    *, bundled: Path | None, folders: Sequence[Path], entry_points: bool = True
) -> list[Found]:
    """Every plugin found: installed entry points, then ``bundled``, then ``folders``.

    A folder holding ``plugin.toml`` is one plugin; otherwise each of its subfolders
    holding one is. The first plugin with an id wins; later ones are "duplicate".
    """
    found: list[Found] = []
    if entry_points:
        found.extend(_installed())
    if bundled is not None:
        found.extend(_read(folder, "bundled") for folder in _plugin_folders(bundled))
    for folder in folders:
        folder = Path(folder).expanduser()
        if not folder.is_dir():
            found.append(
                Found(
                    None,
                    folder,
                    "site",
                    "invalid",
                    Message(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "PluginHost",
                            "The folder {folder} in the site setting plugins.folders does "
                            "not exist.",
                        ),
                        {"folder": str(folder)},
                    ),
                )
            )
            continue
        found.extend(_read(plugin, "site") for plugin in _plugin_folders(folder))
    return _mark_duplicates(found)


def apply_policy(found: Iterable[Found], allow: Sequence[str], deny: Sequence[str]) -> list[Found]:
    """``found`` with IT's site settings applied: plugins not allowed are "off".

    ``deny`` always wins. An empty ``allow`` allows the bundled plugins only; a
    non-empty one allows exactly the plugins it lists.
    """
    allowed, denied = set(allow), set(deny)
    result: list[Found] = []
    for item in found:
        if item.state != "ready" or item.manifest is None:
            result.append(item)
            continue
        plugin_id = item.manifest.id
        params = {"id": plugin_id}
        if plugin_id in denied:
            text = QT_TRANSLATE_NOOP(
                "PluginHost", "Switched off by IT: the site setting plugins.deny lists {id}."
            )
        elif allowed and plugin_id not in allowed:
            text = QT_TRANSLATE_NOOP(
                "PluginHost",
                "Not allowed by IT: the site setting plugins.allow does not list {id}.",
            )
        elif not allowed and item.source != "bundled":
            text = QT_TRANSLATE_NOOP(
                "PluginHost",
                "Not allowed by IT: with the site setting plugins.allow empty only the bundled "
                "plugins load; IT adds {id} to plugins.allow to use it.",
            )
        else:
            result.append(item)
            continue
        result.append(replace(item, state="off", reason=Message(_CTX, text, params)))
    return result


def bundled_plugins_dir() -> Path | None:
    """The first-party plugins' folder: ``plugins/`` beside ``console/``, or in the build.

    None when there is no such folder or it holds no plugin.
    """
    if getattr(sys, "frozen", False):
        base = getattr(sys, "_MEIPASS", None)
        folder = Path(base) / "plugins" if base else Path(sys.executable).parent / "plugins"
    else:
        folder = Path(__file__).resolve().parent.parent.parent / "plugins"
    if folder.is_dir() and any(folder.glob(f"*/{MANIFEST_NAME}")):
        return folder
    return None


# ---------------------------------------------------------------- helpers
def _plugin_folders(folder: Path) -> list[Path]:
    if (folder / MANIFEST_NAME).is_file():
        return [folder]
    try:
        children = sorted(child for child in folder.iterdir() if child.is_dir())
    except OSError:
        return []
    return [child for child in children if (child / MANIFEST_NAME).is_file()]


def _read(folder: Path, source: Source) -> Found:
    try:
        manifest = read_manifest(folder / MANIFEST_NAME, source=source)
    except ManifestError as error:
        log.info("Plugin manifest refused: %s", error)
        return Found(None, folder, source, "invalid", error.message, error.plugin_id)
    return Found(manifest, folder, source, "ready")


def _installed() -> list[Found]:
    """Plugins that installed distributions name in the ``tiski.plugins`` entry points."""
    import importlib.metadata

    try:
        points = importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)
    except Exception:  # a broken distribution's metadata must not stop the console
        log.exception("Reading the %s entry points failed", ENTRY_POINT_GROUP)
        return []
    found: list[Found] = []
    for point in sorted(points, key=lambda point: point.name):
        where = f"{point.name} = {point.value}"
        try:
            value: Any = point.load()
        except Exception as error:
            log.warning("Entry point %s failed to load", where, exc_info=True)
            found.append(_bad_entry_point(point.value, where, f"{type(error).__name__}: {error}"))
            continue
        if not isinstance(value, str | os.PathLike):
            found.append(
                _bad_entry_point(
                    point.value, where, f"not a pathlib.Path or str but {type(value).__name__}"
                )
            )
            continue
        path = Path(value)
        found.append(_read(path.parent if path.name == MANIFEST_NAME else path, "installed"))
    return found


def _bad_entry_point(value: str, where: str, reason: str) -> Found:
    return Found(
        None,
        Path(value),
        "installed",
        "invalid",
        Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "PluginHost",
                "The installed entry point {entry} (group tiski.plugins) does not give a "
                "plugin folder: {reason}",
            ),
            {"entry": where, "reason": reason.splitlines()[0] if reason else ""},
        ),
    )


def _mark_duplicates(found: list[Found]) -> list[Found]:
    first: dict[str, Found] = {}
    result: list[Found] = []
    for item in found:
        plugin_id = item.id
        if plugin_id is None:
            result.append(item)
        elif plugin_id in first:
            winner = first[plugin_id]
            result.append(
                replace(
                    item,
                    state="duplicate",
                    reason=Message(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "PluginHost",
                            "Ignored: the plugin {id} was already found in {path} ({source}).",
                        ),
                        {"id": plugin_id, "path": str(winner.path), "source": winner.source},
                    ),
                )
            )
        else:
            first[plugin_id] = item
            result.append(item)
    return result
