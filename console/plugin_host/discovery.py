"""Finding plugins (bundled, installed, site folders) and IT's allow and deny lists.

Only manifests are read here; no plugin code is imported, not even the module an
installed distribution names in its ``tiski.plugins`` entry point: its plugin
folder is found in the distribution's list of files (``importlib.metadata``).

Identity: the bundled plugins are read first and their ids are theirs; an
installed or site plugin that declares a bundled id is refused. IT's
``plugins.allow`` pins a plugin by id and source (see :func:`apply_policy`), and a
site-folder plugin loads only while its folder has the hash IT recorded
(:mod:`console.plugin_host.trust`).
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from console.core.text import QT_TRANSLATE_NOOP, Message
from console.plugin_host.manifest import MANIFEST_NAME, Manifest, ManifestError, read_manifest
from console.plugin_host.trust import TRUST_CONTEXT, TrustRecord, trust_problem

if TYPE_CHECKING:
    import importlib.metadata

    from console.config import Settings

log = logging.getLogger(__name__)

_CTX = "PluginHost"
ENTRY_POINT_GROUP = "tiski.plugins"

Source = Literal["installed", "bundled", "site"]
State = Literal["ready", "off", "invalid", "duplicate", "refused"]
SOURCES: tuple[Source, ...] = ("bundled", "installed", "site")
STATES: tuple[State, ...] = ("ready", "off", "invalid", "duplicate", "refused")


@dataclass(frozen=True)
class Found:
    """One plugin found: its manifest when valid, where it is, and whether it may load.

    ``path`` is the plugin folder (for a broken entry point, its ``module:attribute``).
    ``reason`` says why the state is not "ready". ``declared_id`` is the id an invalid
    manifest gives, for showing only: an invalid plugin claims no id.
    ``distribution`` is an installed plugin's distribution (normalised name);
    ``sha256`` a site plugin's folder hash once it matched IT's record (None otherwise).
    """

    manifest: Manifest | None
    path: Path
    source: Source
    state: State
    reason: Message | None = None
    declared_id: str | None = None
    distribution: str | None = None
    sha256: str | None = None

    @property
    def id(self) -> str | None:
        return self.manifest.id if self.manifest is not None else None

    @property
    def shown_id(self) -> str | None:
        """The id to show: the manifest's, or the one an invalid manifest declares."""
        return self.id or self.declared_id

    @property
    def pin(self) -> str | None:
        """How ``plugins.allow`` names exactly this plugin: ``id``, ``site:id`` or
        ``installed:distribution/id``."""
        plugin_id = self.shown_id
        if plugin_id is None:
            return None
        if self.source == "installed":
            return f"installed:{self.distribution or '?'}/{plugin_id}"
        if self.source == "site":
            return f"site:{plugin_id}"
        return plugin_id


def discover(
    *, bundled: Path | None, folders: Sequence[Path], entry_points: bool = True
) -> list[Found]:
    """Every plugin found: ``bundled``, then installed entry points, then ``folders``.

    A folder holding ``plugin.toml`` is one plugin; otherwise each of its subfolders
    holding one is. A bundled plugin's id is never another's ("refused"); otherwise
    the first plugin with an id wins and later ones are "duplicate".
    """
    found: list[Found] = []
    if bundled is not None:
        found.extend(_read(folder, "bundled") for folder in _plugin_folders(bundled))
    if entry_points:
        found.extend(_installed())
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


def apply_policy(
    found: Iterable[Found],
    allow: Sequence[str],
    deny: Sequence[str],
    *,
    trusted: Sequence[TrustRecord] = (),
    trusted_widgets: Sequence[str] = (),
) -> list[Found]:
    """``found`` with IT's site settings applied: plugins not allowed are "off",
    site plugins whose folder IT has not trusted as it is now are "refused".

    ``deny`` (ids) always wins. An ``allow`` entry is ``id`` (the bundled plugin, or
    a site plugin, which must also be trusted), ``site:id`` or
    ``installed:distribution/id``; an installed plugin is allowed only by the last
    form. An empty ``allow`` allows the bundled plugins only. An API 1 plugin (a
    widget in the console's own process) loads only when ``trusted_widgets`` lists
    its id.
    """
    allowed, denied = {entry.strip() for entry in allow}, {entry.strip() for entry in deny}
    widgets = set(trusted_widgets)
    result: list[Found] = []
    for item in found:
        if item.state != "ready" or item.manifest is None:
            result.append(item)
            continue
        plugin_id, api = item.manifest.id, item.manifest.api
        params: dict[str, object] = {"id": plugin_id, "pin": item.pin}
        state: State = "off"
        if plugin_id in denied or item.pin in denied:
            text = QT_TRANSLATE_NOOP(
                "PluginHost", "Switched off by IT: the site setting plugins.deny lists {id}."
            )
        elif not allowed and item.source != "bundled":
            text = QT_TRANSLATE_NOOP(
                "PluginHost",
                "Not allowed by IT: with the site setting plugins.allow empty only the bundled "
                "plugins load; IT adds {pin} to plugins.allow to use it.",
            )
        elif allowed and not _allowed(item, allowed):
            if item.source == "installed" and plugin_id in allowed:
                text = QT_TRANSLATE_NOOP(
                    "PluginHost",
                    "Not allowed by IT: an installed plugin is allowed by its distribution "
                    "too; the site setting plugins.allow lists {id} but not {pin}.",
                )
            else:
                text = QT_TRANSLATE_NOOP(
                    "PluginHost",
                    "Not allowed by IT: the site setting plugins.allow does not list {pin}.",
                )
        else:
            if item.source == "site":
                problem, sha256 = trust_problem(plugin_id, item.path, trusted)
                if problem is not None:
                    result.append(replace(item, state="refused", reason=problem))
                    continue
                item = replace(item, sha256=sha256)
            if api != 1 or plugin_id in widgets:
                result.append(item)
                continue
            text = QT_TRANSLATE_NOOP(
                "PluginHost",
                "Not loaded: {id} is an API 1 plugin, which runs inside the console's own "
                "process with everything the console can reach. It loads only when IT lists "
                "it in the site setting plugins.trusted_widgets; otherwise its author makes "
                "an API 2 version, which runs in a process of its own.",
            )
        result.append(replace(item, state=state, reason=Message(_CTX, text, params)))
    return result


def plugins_for(settings: Settings, *, entry_points: bool = True) -> list[Found]:
    """Every plugin found under ``settings``, with IT's policy applied."""
    return apply_policy(
        discover(
            bundled=bundled_plugins_dir(),
            folders=[Path(folder) for folder in settings["plugins.folders"]],
            entry_points=entry_points,
        ),
        allow=list(settings["plugins.allow"]),
        deny=list(settings["plugins.deny"]),
        trusted=settings.trusted_plugins,
        trusted_widgets=list(settings["plugins.trusted_widgets"]),
    )


def bundled_ids() -> set[str]:
    """The ids the bundled plugins take (no other plugin may take them)."""
    return {
        item.id
        for item in discover(bundled=bundled_plugins_dir(), folders=[], entry_points=False)
        if item.id
    }


_TRUST_TEXTS = {
    "bundled": QT_TRANSLATE_NOOP("PluginHost", "ships with Tiski"),
    "installed": QT_TRANSLATE_NOOP("PluginHost", "the distribution {distribution}"),
    "trusted": QT_TRANSLATE_NOOP("PluginHost", "folder hash {short}… as IT recorded"),
    "refused": QT_TRANSLATE_NOOP("PluginHost", "folder not as IT trusted it"),
    "unchecked": QT_TRANSLATE_NOOP("PluginHost", "not checked"),
}


def trust_text(item: Found) -> Message:
    """Why the console trusts ``item``'s code, in a few words (its source said apart)."""
    if item.source == "site":
        if item.sha256:
            key = "trusted"
        elif item.state == "refused" and item.reason and item.reason.context == TRUST_CONTEXT:
            key = "refused"
        else:
            key = "unchecked"
    else:
        key = item.source
    params = {"distribution": item.distribution or "?", "short": (item.sha256 or "")[:12]}
    return Message(_CTX, _TRUST_TEXTS[key], params)


def _allowed(item: Found, allowed: set[str]) -> bool:
    if item.pin in allowed:
        return True
    # A bare id names the bundled plugin, or a site plugin (pinned by IT's trust record).
    return item.source in ("bundled", "site") and item.id in allowed


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
    """Plugins that installed distributions name in the ``tiski.plugins`` entry points.

    Nothing is imported: the plugin folder is the one holding a ``plugin.toml`` among
    the distribution's files, under the package the entry point names.
    """
    import importlib.metadata

    try:
        points = importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)
    except Exception:  # a broken distribution's metadata must not stop the console
        log.exception("Reading the %s entry points failed", ENTRY_POINT_GROUP)
        return []
    found: list[Found] = []
    for point in sorted(points, key=lambda point: point.name):
        where = f"{point.name} = {point.value}"
        distribution = _distribution_name(point)
        try:
            folders = _manifest_folders(point)
        except Exception as error:  # unreadable metadata is that plugin's problem only
            log.warning("Entry point %s: its files cannot be listed", where, exc_info=True)
            folders = []
            reason = f"{type(error).__name__}: {error}"
        else:
            reason = ""
        if not folders:
            found.append(
                _bad_entry_point(
                    point.value,
                    where,
                    reason
                    or f"the distribution {distribution or '?'} lists no {MANIFEST_NAME} "
                    f"under {point.module.replace('.', '/')}/ (an editable install lists "
                    "none: install the package itself)",
                    distribution,
                )
            )
            continue
        candidates = [
            replace(_read(folder, "installed"), distribution=distribution) for folder in folders
        ]
        named = [item for item in candidates if item.shown_id == point.name]
        if named:
            found.append(named[0])
        elif len(candidates) == 1:
            found.append(candidates[0])
        else:
            found.append(
                _bad_entry_point(
                    point.value,
                    where,
                    f"{len(candidates)} plugin folders in the distribution and none has "
                    f"the id {point.name}",
                    distribution,
                )
            )
    return found


def _manifest_folders(point: importlib.metadata.EntryPoint) -> list[Path]:
    """The folders holding a plugin.toml that the entry point's distribution installed
    under the entry point's package, per its list of files (RECORD)."""
    dist = point.dist
    if dist is None:
        return []
    package = point.module.replace(".", "/") + "/"
    folders: list[Path] = []
    for file in dist.files or ():
        posix = file.as_posix()
        if file.name != MANIFEST_NAME or not posix.startswith(package) or ".." in file.parts:
            continue
        manifest = Path(str(dist.locate_file(file)))
        if manifest.is_file():
            folders.append(manifest.parent)
    return sorted(folders)


def _distribution_name(point: importlib.metadata.EntryPoint) -> str | None:
    dist = point.dist
    name = dist.metadata["Name"] if dist is not None else None
    return re.sub(r"[-_.]+", "-", name).lower() if isinstance(name, str) else None


def _bad_entry_point(value: str, where: str, reason: str, distribution: str | None) -> Found:
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
        distribution=distribution,
    )


def _mark_duplicates(found: list[Found]) -> list[Found]:
    bundled = {item.id: item for item in found if item.source == "bundled" and item.id}
    first: dict[str, Found] = {}
    result: list[Found] = []
    for item in found:
        plugin_id = item.id
        if plugin_id is None:
            result.append(item)
        elif item.source != "bundled" and plugin_id in bundled:
            result.append(
                replace(
                    item,
                    state="refused",
                    reason=Message(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "PluginHost",
                            "Refused: {id} is the id of a plugin bundled with the console "
                            "({path}); no installed or site plugin may take it, so it never "
                            "receives the bundled plugin's credentials. Its author gives it "
                            "an id of its own.",
                        ),
                        {"id": plugin_id, "path": str(bundled[plugin_id].path)},
                    ),
                )
            )
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
