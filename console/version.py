"""Tiski's version, read in one place for ``tiski --version``, About and ``tiski doctor``.

The number itself lives in ``console.__version__``; pyproject.toml's
``[tool.setuptools.dynamic]`` copies it into the package metadata when Tiski is
built or installed. What runs reads it back, first found wins:

1. the installed package metadata (``importlib.metadata``, distribution ``tiski``);
2. in a frozen build whose metadata PyInstaller did not collect: the file
   ``VERSION`` in ``sys._MEIPASS``, which the build writes (UTF-8, the version
   string on one line; surrounding white space is ignored);
3. ``console.__version__`` itself (a source checkout that was never installed).
"""

from __future__ import annotations

import functools
import importlib.metadata
import sys
from pathlib import Path

DISTRIBUTION = "tiski"
VERSION_FILE_NAME = "VERSION"


@functools.cache
def version() -> str:
    """The version of the Tiski that is running, such as ``0.1.0``."""
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        pass
    frozen = frozen_version()
    if frozen:
        return frozen
    from console import __version__

    return __version__


def frozen_version() -> str | None:
    """The version the build wrote into a frozen Tiski's ``VERSION`` file, if any."""
    base = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or not base:
        return None
    try:
        text = (Path(base) / VERSION_FILE_NAME).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return text.strip() or None
