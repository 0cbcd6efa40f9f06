"""Qt for Python releases that Tiski must not run on, checked at start-up.

PySide6 6.12.0 on Python 3.11 drops one reference to ``True`` at every
``Signal.emit()`` from Python (and one to ``None`` at every ``processEvents()``):
a console that delivers its background jobs by signal aborts with "bool_dealloc"
after about 8,000 jobs, a few hours at a busy counter. Python 3.12 made both
objects immortal, so there the bug is harmless. pyproject.toml excludes the release
and constraints.txt pins what CI tests and the installer ships; this check is for
a Tiski installed by hand beside a broken Qt, so that it says so instead of dying
mid-shift. tests/soak/ reproduces the abort (docs/reliability.md).
"""

from __future__ import annotations

import sys

# (PySide6 version, the last Python minor version it breaks on)
KNOWN_BROKEN: dict[str, tuple[int, int]] = {"6.12.0": (3, 11)}


def broken_qt_release(
    version: str | None = None, python: tuple[int, int] | None = None
) -> str | None:
    """The installed PySide6 version when it is known to crash a long session, else None."""
    if version is None:
        import PySide6

        version = PySide6.__version__
    python = python or (sys.version_info.major, sys.version_info.minor)
    last_python = KNOWN_BROKEN.get(version)
    if last_python is not None and python <= last_python:
        return version
    return None
