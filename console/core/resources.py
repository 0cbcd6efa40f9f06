"""Finding the files in resources/, from source, installed, or frozen (standard library only)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def resource_root() -> Path:
    """The resources folder: installed as ``console.resources``, else the repository's."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "console" / "resources"
    spec = importlib.util.find_spec("console.resources")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def desk_template_file() -> Path:
    """The small office's desk file shipped with Tiski (tiski desk template, the first start)."""
    return resource_path("desks", "small-office.toml")
