"""What an installed Tiski holds: every package of console/ is in pyproject.toml's list.

The list is explicit (resources/ ships as ``console.resources``), so a new package that
is not added to it works from the checkout and is missing from a wheel: the console of
an IT install would then fail at the first import of it.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_of_the_console_is_shipped() -> None:
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(settings["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "console").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages"
    assert listed - found == {"console.resources"}, "listed but not in console/"


def test_every_file_of_the_resources_is_shipped() -> None:
    """resources/ ships by the patterns of [tool.setuptools.package-data]: a file none
    of them matches (the small office's desk template was one) is missing from a wheel,
    and the first start of an installed Tiski could not offer it."""
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = settings["tool"]["setuptools"]["package-data"]["console.resources"]
    resources = ROOT / "resources"
    files = [
        path.relative_to(resources)
        for path in resources.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.name != "__init__.py"
    ]
    assert files
    missing = [
        file.as_posix()
        for file in files
        # setuptools' patterns are globs per folder: "*" does not cross a "/".
        if not any(
            len(file.parts) == len(Path(pattern).parts) and file.match(pattern)
            for pattern in patterns
        )
    ]
    assert missing == [], "add patterns for these to [tool.setuptools.package-data]"
