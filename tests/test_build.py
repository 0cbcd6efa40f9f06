"""The packaged Tiski: ``python build/build.py`` once, then what IT would install.

One build for the whole module (about two minutes on two cores): the frozen folder,
its tar.xz, the .deb and the baseline. The tests run the frozen program as a user or
IT would, unpack the .deb, read the Inno Setup script and the build report.

Skipped without PyInstaller (``pip install -e '.[build]'``); ``TISKI_REQUIRE_BUILD=1``
makes that a failure instead (CI that must build).
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
ISS = BUILD / "windows" / "tiski.iss"
REQUIRE_BUILD = os.environ.get("TISKI_REQUIRE_BUILD") == "1"
BUILD_TIMEOUT = 15 * 60


def _missing_tools() -> str | None:
    if importlib.util.find_spec("PyInstaller") is None:
        return "PyInstaller not installed: pip install -e '.[build]'"
    if not sys.platform.startswith("linux"):
        return "the packaging tests build the Linux packages (tar.xz, .deb)"
    missing = [tool for tool in ("dpkg-deb", "tar", "xz", "objdump") if not shutil.which(tool)]
    if missing:
        return f"the build needs {', '.join(missing)}"
    return None


_MISSING = _missing_tools()
if _MISSING is not None:
    if REQUIRE_BUILD:
        pytest.fail(f"{_MISSING} (TISKI_REQUIRE_BUILD=1)", pytrace=False)
    pytest.skip(_MISSING, allow_module_level=True)

# Once registered in pyproject.toml, add pytest.mark.build here as well.
pytestmark = [pytest.mark.slow, pytest.mark.build]


@dataclass(frozen=True)
class Built:
    dist: Path
    version: str
    report: dict[str, Any]
    seconds: float  # the whole build/build.py run, printed with the build's output
    build_files_before: frozenset[str]

    @property
    def program(self) -> Path:
        return self.dist / "tiski" / "tiski"

    @property
    def deb(self) -> Path:
        return Path(self.report["files"]["deb"])


def _files_under(folder: Path) -> frozenset[str]:
    return frozenset(str(path.relative_to(folder)) for path in folder.rglob("*"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    dist = tmp_path_factory.mktemp("package") / "dist"
    before = _files_under(BUILD)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(BUILD / "build.py"), "--out", str(dist)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        pytest.fail(
            f"build/build.py failed (exit {result.returncode}):\n"
            f"{result.stdout[-4000:]}\n{result.stderr[-4000:]}",
            pytrace=False,
        )
    print(result.stdout, f"build/build.py took {seconds:.0f} s", sep="\n")
    report = json.loads((dist / "build-report.json").read_text(encoding="utf-8"))
    yield Built(dist, importlib.metadata.version("tiski"), report, seconds, before)
    shutil.rmtree(dist, ignore_errors=True)  # about 400 MB


@pytest.fixture
def frozen_env(tiski_env: dict[str, str]) -> dict[str, str]:
    """tiski_env for the frozen program: private folders, offscreen, no keyring service.

    A frozen program ignores PYTHONPATH, so the tests' file keyring cannot reach it;
    keyring's "fail" backend is what a headless Linux machine has.
    """
    env = {key: value for key, value in tiski_env.items() if key != "PYTHONPATH"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return env


def run(
    command: list[str], env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def describe(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"


# ---------------------------------------------------------------- the frozen folder
def test_the_frozen_tiski_tells_its_version(built: Built, frozen_env: dict[str, str]) -> None:
    assert built.report["version"] == built.version
    result = run([str(built.program), "--version"], frozen_env)
    assert result.returncode == 0, describe(result)
    assert built.version in result.stdout.split()


def test_the_self_test_passes_in_the_frozen_tiski(built: Built, frozen_env: dict[str, str]) -> None:
    result = run([str(built.program), "--language", "en", "--self-test"], frozen_env)
    assert result.returncode == 0, describe(result)
    assert "FAIL" not in result.stdout


def test_doctor_reports_json_on_the_embedded_database(
    built: Built, frozen_env: dict[str, str]
) -> None:
    upgraded = run([str(built.program), "db", "upgrade"], frozen_env)
    assert upgraded.returncode == 0, describe(upgraded)

    result = run([str(built.program), "--language", "en", "doctor", "--json"], frozen_env)

    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"tiski doctor --json printed no JSON: {describe(result)}")
    assert report["version"] == built.version
    checks = {check["name"]: check for check in report["checks"]}
    assert checks["database"]["status"] == "ok", checks["database"]


def test_the_frozen_tiski_migrates_each_database(
    built: Built, frozen_env: dict[str, str], empty_db_url: str
) -> None:
    """Alembic's migrations are read from the bundle; PostgreSQL through the system's libpq."""
    database = ["--database", empty_db_url]
    upgraded = run([str(built.program), *database, "db", "upgrade"], frozen_env)
    assert upgraded.returncode == 0, describe(upgraded)

    status = run([str(built.program), *database, "db", "status"], frozen_env)
    assert status.returncode == 0, describe(status)


def test_the_site_settings_template_is_valid(built: Built, frozen_env: dict[str, str]) -> None:
    env = {**frozen_env, "TISKI_SITE_CONFIG": str(BUILD / "windows" / "tiski.toml")}
    result = run([str(built.program), "config", "check"], env)
    assert result.returncode == 0, describe(result)


def test_the_bundle_leaves_out_what_tiski_does_not_use(built: Built) -> None:
    from PyInstaller.archive.readers import CArchiveReader  # type: ignore[import-untyped]

    internal = built.dist / "tiski" / "_internal"
    modules = set(CArchiveReader(str(built.program)).open_embedded_archive("PYZ.pyz").toc)
    top_level = {name.split(".")[0] for name in modules}
    assert not top_level & {"pytest", "_pytest", "hypothesis", "mypy", "ruff", "tkinter"}
    assert "console.plugin_testkit" not in modules
    assert {"console.cli", "console.plugin_api", "alembic", "requests"} <= modules
    qt_modules = {path.name.split(".")[0] for path in (internal / "PySide6").glob("Qt*.so")}
    assert qt_modules == {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"}
    translations = {path.name for path in (internal / "PySide6/Qt/translations").iterdir()}
    assert translations <= {"qtbase_fi.qm", "qtbase_sv.qm", "qtbase_en.qm"}
    assert not (internal / "PySide6/Qt/qml").exists()
    assert (internal / "console/store/migrations/env.py").is_file()
    assert (internal / "console/resources/translations/tiski_sv.qm").is_file()
    assert (internal / "plugins/kela/sandbox/answers.json").is_file()


# ---------------------------------------------------------------- budgets
def test_the_package_sizes_are_within_budget(built: Built) -> None:
    sizes, ratios = built.report["sizes"], built.report["ratios"]
    assert sizes["deb"] == built.deb.stat().st_size
    assert ratios["folder"] == round(sizes["tiski_folder"] / sizes["bare_folder"], 3)

    assert ratios["folder"] <= 1.25, sizes  # DESIGN.md: the frozen bare window x 1.25
    assert sizes["deb"] < 70_000_000, sizes
    assert built.report["verdicts"] == {"folder_ratio": "pass", "deb": "pass"}


# ---------------------------------------------------------------- Linux packages
def test_the_tar_xz_holds_the_folder(built: Built) -> None:
    archive = built.dist / f"tiski-{built.version}-linux-x86_64.tar.xz"
    listing = subprocess.run(
        ["tar", "--list", "--verbose", "--file", str(archive)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    # "-rwxr-xr-x 0/0 6941352 2026-11-28 23:39 tiski/tiski" (a link adds " -> target")
    modes = {line.split(None, 5)[5].split(" -> ")[0]: line.split()[0] for line in listing}
    assert modes["tiski/tiski"].startswith("-rwx")
    assert "tiski/_internal/console/resources/themes/tiski.qss" in modes
    assert all(name.startswith("tiski/") for name in modes)


@pytest.fixture(scope="module")
def installed_deb(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("deb-root")
    subprocess.run(["dpkg", "-x", str(built.deb), str(root)], check=True)
    return root


def test_the_deb_launcher_starts_the_installed_tiski(
    built: Built, installed_deb: Path, frozen_env: dict[str, str], tmp_path: Path
) -> None:
    launcher = (installed_deb / "usr/bin/tiski").read_text(encoding="utf-8")
    assert 'exec /opt/tiski/tiski "$@"' in launcher
    assert os.access(installed_deb / "usr/bin/tiski", os.X_OK)
    # The same launcher, pointed at where dpkg -x put /opt/tiski.
    relocated = tmp_path / "tiski"
    relocated.write_text(launcher.replace("/opt/tiski", str(installed_deb / "opt/tiski")))
    relocated.chmod(0o755)

    result = run([str(relocated), "--version"], frozen_env)

    assert result.returncode == 0, describe(result)
    assert built.version in result.stdout.split()


def test_the_deb_depends_on_the_xcb_libraries(built: Built) -> None:
    fields = subprocess.run(
        ["dpkg-deb", "--field", str(built.deb), "Package", "Version", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: tiski" in fields
    assert f"Version: {built.version}" in fields
    depends = {
        re.sub(r"\s*\(.*\)", "", name).strip() for name in fields.split("Depends:")[1].split(",")
    }
    assert {
        "libxcb-cursor0",
        "libxcb-icccm4",
        "libxcb-keysyms1",
        "libxkbcommon-x11-0",
        "libxcb-shape0",
        "libegl1",
        "libgl1",
        "libfontconfig1",
        "libdbus-1-3",
    } <= depends


def test_the_desktop_entry_starts_tiski_with_its_icon(installed_deb: Path) -> None:
    entry = (installed_deb / "usr/share/applications/tiski.desktop").read_text(encoding="utf-8")
    main_group = entry.split("\n[Desktop Action")[0]
    assert "\nExec=tiski\n" in main_group
    assert "\nIcon=tiski\n" in main_group
    icon = installed_deb / "usr/share/icons/hicolor/256x256/apps/tiski.png"
    header = icon.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")) == (
        256,
        256,
    )


# ---------------------------------------------------------------- Windows installer
def _iss_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def _iss_parameters(line: str) -> dict[str, str]:
    """``Source: "a"; DestDir: "{app}"; Flags: x y`` as a dict."""
    return {
        key.strip(): value.strip().strip('"')
        for key, value in (part.split(":", 1) for part in line.split(";") if ":" in part)
    }


def _produced(built: Built, windows_path: str) -> list[Path]:
    """The files a Windows path of the script names, in this build (.exe: the program)."""
    path = windows_path.replace("\\", "/")
    path = re.sub(r"\.exe$", "", path)
    if path.startswith("{app}/"):
        path = "dist/tiski/" + path.removeprefix("{app}/")
    assert path.startswith(("dist/", "build/")), windows_path
    base = built.dist.parent if path.startswith("dist/") else ROOT
    return [match for match in base.glob(path) if match.is_file()]


def test_the_inno_script_installs_only_what_the_build_made(built: Built) -> None:
    sections = _iss_sections(ISS.read_text(encoding="utf-8"))
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert (ISS.parent / setup["SourceDir"].replace("\\", "/")).resolve() == ROOT
    assert setup["PrivilegesRequired"] == "admin"
    assert setup["DefaultDirName"] == r"{autopf}\Tiski"
    assert "Code" not in sections  # nothing to answer in /VERYSILENT

    files = [_iss_parameters(line) for line in sections["Files"]]
    for entry in files:
        assert _produced(built, entry["Source"]), entry
    template = next(entry for entry in files if entry["Source"].endswith("tiski.toml"))
    assert template["DestDir"].lower() == r"{commonappdata}\tiski"
    assert "onlyifdoesntexist" in template["Flags"].split()

    icons = {_iss_parameters(line)["Name"]: _iss_parameters(line) for line in sections["Icons"]}
    assert {r"{group}\Tiski", r"{group}\Tiski kiosk", r"{group}\Tiski lobby display"} <= set(icons)
    assert icons[r"{group}\Tiski kiosk"]["Parameters"] == "kiosk"
    assert icons[r"{group}\Tiski lobby display"]["Parameters"] == "display"
    programs = [icon["Filename"] for icon in icons.values() if icon["Filename"] != "{uninstallexe}"]
    for program in [*programs, setup["UninstallDisplayIcon"]]:
        assert _produced(built, program) == [built.program], program


def test_the_inno_script_gets_the_package_version(built: Built) -> None:
    version_iss = (BUILD / "windows" / "version.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{built.version}"' in version_iss
    assert '#include "version.iss"' in ISS.read_text(encoding="utf-8")


# ---------------------------------------------------------------- the work path rule
def test_the_build_left_nothing_in_build_folder(built: Built) -> None:
    """DESIGN.md: PyInstaller's work files go outside build/, which holds only sources."""
    after = _files_under(BUILD)
    assert after == built.build_files_before, sorted(after ^ built.build_files_before)
    assert not (BUILD / "tiski").exists()
    assert not (BUILD / "bare").exists()
    assert not list(BUILD.rglob("*.toc"))
    assert not list(BUILD.rglob("warn-*.txt"))
    assert not list(BUILD.rglob("__pycache__"))
