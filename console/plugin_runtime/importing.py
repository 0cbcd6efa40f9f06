"""Importing a plugin's folder as a package, from its source only.

Shared by the console's in-process loader (API 1, console/plugin_host/loading.py)
and a plugin's own process (API 2, console/plugin_runtime/child.py). A plugin's
modules are compiled from their source every time and no bytecode is read or
written beside them: a ``__pycache__`` dropped into a shared site folder is never
run instead of the source IT trusted (the folder's hash leaves bytecode out, see
console/plugin_host/trust.py). Standard library only.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import inspect
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import CodeType, ModuleType


class SourceOnlyLoader(importlib.machinery.SourceFileLoader):
    """Compiles the module from its source, reading and writing no bytecode cache."""

    def get_code(self, fullname: str) -> CodeType:
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)


class PluginFinder(importlib.abc.MetaPathFinder):
    """Finds the modules of one plugin package in its folder, with :class:`SourceOnlyLoader`."""

    def __init__(self, package: str, folder: Path) -> None:
        self.package = package
        self.folder = str(folder)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if not fullname.startswith(self.package + "."):
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path or [self.folder])
        if spec is None or spec.origin is None:
            return spec
        if isinstance(spec.loader, importlib.machinery.SourceFileLoader):
            is_package = spec.submodule_search_locations is not None
            spec = importlib.util.spec_from_file_location(
                fullname,
                spec.origin,
                loader=SourceOnlyLoader(fullname, spec.origin),
                submodule_search_locations=spec.submodule_search_locations if is_package else None,
            )
        return spec


def import_package(package: str, folder: Path) -> ModuleType:
    """Import ``folder`` as the package ``package``, its modules from source only."""
    init = folder / "__init__.py"
    spec: ModuleSpec | None
    sys.meta_path.insert(0, PluginFinder(package, folder))
    if init.is_file():
        spec = importlib.util.spec_from_file_location(
            package,
            init,
            loader=SourceOnlyLoader(package, str(init)),
            submodule_search_locations=[str(folder)],
        )
    else:
        spec = ModuleSpec(package, None, is_package=True)
        spec.submodule_search_locations = [str(folder)]
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[package] = module
    if spec.loader is not None:
        spec.loader.exec_module(module)
    return module


def forget_package(package: str) -> None:
    """Drop the package's modules and finder, so a later import reads its code afresh."""
    for name in [name for name in sys.modules if name == package or name.startswith(package + ".")]:
        del sys.modules[name]
    sys.meta_path[:] = [
        finder
        for finder in sys.meta_path
        if not (isinstance(finder, PluginFinder) and finder.package == package)
    ]
    importlib.invalidate_caches()


def takes_arguments(method: object, count: int) -> bool:
    """Whether ``method`` can be called with ``count`` positional arguments: the host
    refuses a plugin whose ``describe`` (or API 1's ``create_panel``) cannot take what it
    passes at load, as pluggy refuses a hook whose arguments the spec does not have."""
    if not callable(method):
        return False
    try:
        inspect.signature(method).bind(*([None] * count))
    except TypeError:
        return False
    except ValueError:  # no signature to read (a builtin): the call will tell
        return True
    return True
