"""What CI tests is what ships: the pinned Qt is not a release known to abort a console."""

from __future__ import annotations

import importlib.metadata
import importlib.util
from pathlib import Path

from console.ui.shared.qt_compat import broken_qt_release

ROOT = Path(__file__).resolve().parent.parent


def differences_from_constraints(constraints: Path) -> list[str]:
    """build/build.py's own check, loaded by path (build/ is a folder of scripts)."""
    spec = importlib.util.spec_from_file_location("tiski_build_script", ROOT / "build" / "build.py")
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    return list(script.differences_from_constraints(constraints))


def test_the_release_that_aborts_after_8000_jobs_is_named_on_python_3_11_only() -> None:
    assert broken_qt_release("6.12.0", (3, 11)) == "6.12.0"
    assert broken_qt_release("6.12.0", (3, 12)) is None
    assert broken_qt_release("6.11.3", (3, 11)) is None


def test_the_installed_qt_is_not_a_broken_release() -> None:
    assert broken_qt_release() is None


def test_the_pinned_versions_are_the_installed_ones() -> None:
    pinned = (ROOT / "constraints.txt").read_text(encoding="utf-8")
    assert "PySide6_Essentials==6.12.0" not in pinned
    for package in ("PySide6_Essentials", "shiboken6", "SQLAlchemy", "psycopg"):
        assert f"{package}==" in pinned, package
    qt = importlib.metadata.version("PySide6_Essentials")
    assert f"PySide6_Essentials=={qt}" in pinned
    # Only what the test run itself needs must be installed; the build extra may be absent.
    missing_ok = {"pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "packaging"}
    differences = [
        line
        for line in differences_from_constraints(ROOT / "constraints.txt")
        # build.py says "name: not installed, pinned X.Y" of a package absent here.
        if not (": not installed" in line or line.split(":")[0].lower() in missing_ok)
    ]
    assert differences == [], "install with: pip install -c constraints.txt -e '.[test]'"
