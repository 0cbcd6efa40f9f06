"""What ``tiski plugins new NAME`` writes: a working plugin for an outside author to start from.

The skeleton is a complete folder plugin (docs/plugins.md, "Writing a plugin"):
a manifest that ``tiski plugins check`` accepts (plugin API 2: the plugin runs in
a process of its own), a plugin that describes its panel as a View and imports
only ``console.plugin_api``, the back-office contract, the sandbox's recorded
answers for the demo visitor Matti Mäkinen, and tests that run with the test
kit's ``view_harness`` against that sandbox. Those files are a real plugin under
resources/plugin_skeleton, linted and tested with the rest; writing a skeleton
copies them with the author's id, module name and agency in place of its own.

Standard library only at module level: the ``tiski`` command imports its parser
on every start.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

_CTX = "PluginCommands"
DEFAULT_AGENCY = "pori"


class SkeletonError(TiskiError):
    """The skeleton was not written: a bad name or agency, or the folder is taken."""


# ---------------------------------------------------------------- names
def module_name(plugin_id: str) -> str:
    """The panel module of ``plugin_id``: ``demo-panel`` -> ``demo_panel_panel``."""
    return plugin_id.replace("-", "_") + "_panel"


def check_names(plugin_id: str, agency: str) -> None:
    """Refuse an id or agency code the manifest would refuse (raises :class:`SkeletonError`).

    The id also names the panel module, so it must start with a letter to make one.
    """
    from console.plugin_host.manifest import AGENCY_CODE, PLUGIN_ID

    if PLUGIN_ID.fullmatch(plugin_id) is None or not module_name(plugin_id).isidentifier():
        raise SkeletonError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "PluginCommands",
                    "{name!r} cannot be a plugin id: use 2 to 40 lower-case letters, digits "
                    "and '-', starting with a letter (for example demo-panel). Nothing was "
                    "written.",
                ),
                {"name": plugin_id},
            )
        )
    if AGENCY_CODE.fullmatch(agency) is None:
        raise SkeletonError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "PluginCommands",
                    "{agency!r} is not an agency code: use up to 40 lower-case letters, "
                    "digits and '-' (for example pori or kela). Nothing was written.",
                ),
                {"agency": agency},
            )
        )


# ---------------------------------------------------------------- writing
# The skeleton is a real plugin under resources/plugin_skeleton (linted, and tested by
# tests/test_plugin_skeleton.py): its id, module and agency are replaced by the author's.
TEMPLATE_ID = "tiski-skeleton"
TEMPLATE_NAME = "tiski_skeleton"  # the id as a Python name: the module and the test file
TEMPLATE_AGENCY = re.compile(r'^agency = "pori"', re.MULTILINE)


def skeleton_files(plugin_id: str, agency: str = DEFAULT_AGENCY) -> dict[str, str]:
    """Each file of the skeleton (a path relative to the plugin folder) and its text."""
    from console.core.resources import resource_path

    check_names(plugin_id, agency)
    name = plugin_id.replace("-", "_")
    template = resource_path("plugin_skeleton")
    files: dict[str, str] = {}
    for path in sorted(template.rglob("*"), key=_reading_order(template)):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        relative = path.relative_to(template).as_posix().replace(TEMPLATE_NAME, name)
        text = path.read_text(encoding="utf-8")
        text = text.replace(TEMPLATE_ID, plugin_id).replace(TEMPLATE_NAME, name)
        if relative == "plugin.toml":
            text = TEMPLATE_AGENCY.sub(f'agency = "{agency}"', text)
        files[relative] = text
    return files


def _reading_order(template: Path) -> Callable[[Path], tuple[int, str]]:
    """The manifest first, then the panel's module, then the rest by path (as listed)."""

    def order(path: Path) -> tuple[int, str]:
        relative = path.relative_to(template).as_posix()
        first = (
            0
            if relative == "plugin.toml"
            else 1
            if "/" not in relative and path.suffix == ".py"
            else 2
        )
        return (first, relative)

    return order


def write_skeleton(plugin_id: str, into: Path, agency: str = DEFAULT_AGENCY) -> list[str]:
    """Write the skeleton into the new folder ``into/plugin_id``; return the files written.

    ``into`` is made when missing. Raises :class:`SkeletonError` for a bad id or
    agency, a folder that already exists, or one that cannot be written; nothing
    is left behind then.
    """
    files = skeleton_files(plugin_id, agency)
    folder = into / plugin_id
    if folder.exists() or folder.is_symlink():
        raise _exists(folder)
    try:
        into.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _not_written(into, error) from None
    try:
        folder.mkdir()
    except FileExistsError:
        raise _exists(folder) from None
    except OSError as error:
        raise _not_written(folder, error) from None
    try:
        for relative, text in files.items():
            path = folder / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
    except OSError as error:
        shutil.rmtree(folder, ignore_errors=True)
        raise _not_written(folder, error) from None
    return list(files)


def _exists(folder: Path) -> SkeletonError:
    return SkeletonError(
        Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "PluginCommands",
                "{folder} already exists; nothing was written. Choose another name or --into.",
            ),
            {"folder": str(folder)},
        )
    )


def _not_written(folder: Path, error: OSError) -> SkeletonError:
    return SkeletonError(
        Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "PluginCommands", "{folder} could not be written ({reason}); nothing was left."
            ),
            {"folder": str(folder), "reason": error.strerror or type(error).__name__},
        )
    )
