"""Builds the packaged Tiski: ``python build/build.py [--skip-baseline] [--out dist]``.

1. Freezes Tiski with PyInstaller (build/tiski.spec) into ``<out>/tiski/``, a one-folder
   app, and checks that the frozen ``tiski --version`` answers.
2. Freezes the size baseline, a bare PySide6 window (build/bare.spec), into
   ``<out>/bare/`` the same way, unless ``--skip-baseline``.
3. On Linux, packs ``tiski-<version>-linux-<machine>.tar.xz`` (and the baseline's, for
   comparison) and ``tiski_<version>_<arch>.deb`` (/opt/tiski, /usr/bin/tiski, a
   desktop entry and an icon).
4. Prints and writes ``<out>/build-report.json``: sizes, the folder ratio against the
   baseline and the verdicts on DESIGN.md's budgets.

PyInstaller's work files go to a temporary folder (or ``--workpath``), never to build/,
which holds only sources (DESIGN.md, "Known traps"). The version is the package's
(pyproject.toml), as ``importlib.metadata`` reports it; build/windows/version.iss gets
it for the Inno Setup script.
"""

# ruff: noqa: S603, S607 -- a build script runs the build tools (tar, dpkg-deb, objdump) by name

from __future__ import annotations

import argparse
import importlib.metadata
import json
import math
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
LINUX = BUILD / "linux"
WINDOWS = BUILD / "windows"

# DESIGN.md, "Performance budgets": the packaged folder against the frozen bare window.
FOLDER_RATIO_BUDGET = 1.25
DEB_BUDGET_BYTES = 70_000_000  # "under 70 MB", counted in decimal megabytes

# What the frozen Tiski takes from the system instead of bringing it: Qt's xcb platform
# libraries the PySide6 wheel lacks (DESIGN.md, "Known traps"), OpenGL and EGL (they
# belong to the machine's graphics driver), fonts, D-Bus, CUPS (kiosk printing) and the
# time zone database (zoneinfo reads Europe/Helsinki from /usr/share/zoneinfo).
DEB_DEPENDS = (
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxkbcommon-x11-0",
    "libxcb-shape0",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
    "libcups2",
    "tzdata",
)
LIBPQ_DEPENDS = "libpq5"  # PostgreSQL's client library, unless --bundle-libpq


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    out: Path = args.out.resolve()
    version = importlib.metadata.version("tiski")
    unpinned = differences_from_constraints(ROOT / "constraints.txt")
    if unpinned and not args.allow_unpinned:
        print(
            "The installed packages differ from constraints.txt, so the package would not be "
            "what CI tested:\n  "
            + "\n  ".join(unpinned)
            + "\nInstall with: pip install -c constraints.txt -e '.[build]' "
            "(or pass --allow-unpinned for a private build).",
            file=sys.stderr,
        )
        return 2
    bundle_libpq = args.bundle_libpq or not sys.platform.startswith("linux")
    started = time.perf_counter()
    laps: dict[str, float] = {}

    write_version_iss(version)
    out.mkdir(parents=True, exist_ok=True)
    with work_folder(args.workpath) as work:
        with lap(laps, "freeze tiski"):
            libpq = ["--bundle-libpq"] if bundle_libpq else []
            freeze("tiski", work, out, [f"--version={version}", *libpq])
        check_frozen_version(out / "tiski", version)
        if not args.skip_baseline:
            with lap(laps, "freeze baseline"):
                freeze("bare", work, out, [])
        artifacts: dict[str, Path] = {"tiski_folder": out / "tiski"}
        if (out / "bare").is_dir():
            artifacts["bare_folder"] = out / "bare"
        if sys.platform.startswith("linux"):
            machine = platform.machine()
            with lap(laps, "tar.xz"):
                artifacts["tiski_tar_xz"] = make_tar_xz(
                    out / "tiski", out / f"tiski-{version}-linux-{machine}.tar.xz"
                )
                bare_archive = out / f"bare-linux-{machine}.tar.xz"
                if "bare_folder" in artifacts and not (
                    args.skip_baseline and bare_archive.is_file()
                ):
                    make_tar_xz(out / "bare", bare_archive)
                if "bare_folder" in artifacts:
                    artifacts["bare_tar_xz"] = bare_archive
            with lap(laps, "deb"):
                artifacts["deb"] = make_deb(out, version, work, bundle_libpq)
        elif sys.platform == "win32" and out == ROOT / "dist":  # the script packs dist/tiski
            with lap(laps, "installer"):
                installer = make_windows_installer(version)
                if installer is not None:
                    artifacts["windows_installer"] = installer

    report = build_report(
        version,
        artifacts,
        baseline="built" if not args.skip_baseline else "earlier build",
        libpq="bundled (psycopg-binary)" if bundle_libpq else "system (libpq5)",
        seconds=time.perf_counter() - started,
        laps=laps,
    )
    (out / "build-report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print_report(report, out / "build-report.json")
    return 0


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="output folder (dist)")
    parser.add_argument(
        "--skip-baseline",
        action="store_true",
        help="do not freeze the bare PySide6 window (an earlier one in --out is measured)",
    )
    parser.add_argument(
        "--workpath",
        type=Path,
        help="PyInstaller's work folder, kept afterwards (default: a temporary folder)",
    )
    parser.add_argument(
        "--bundle-libpq",
        action="store_true",
        help="bring psycopg-binary's own libpq and OpenSSL instead of depending on libpq5 "
        "(always so on Windows)",
    )
    parser.add_argument(
        "--allow-unpinned",
        action="store_true",
        help="build even when the installed packages differ from constraints.txt",
    )
    args = parser.parse_args(argv)
    for option, folder in (("--out", args.out), ("--workpath", args.workpath)):
        if folder is not None and folder.resolve().is_relative_to(BUILD):
            parser.error(f"{option} {folder} is inside build/, which holds only sources")
    return args


def differences_from_constraints(constraints: Path) -> list[str]:
    """Each pinned package installed at another version (or missing), as a line for people."""
    differences = []
    for line in constraints.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" not in line:
            continue
        name, pinned = (part.strip() for part in line.split("==", 1))
        name = name.split(";", 1)[0].split("[", 1)[0]
        try:
            installed = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            installed = "not installed"
        if installed != pinned:
            differences.append(f"{name}: {installed}, pinned {pinned}")
    return differences


@contextmanager
def work_folder(given: Path | None) -> Iterator[Path]:
    if given is not None:
        given.mkdir(parents=True, exist_ok=True)
        yield given.resolve()
        return
    with tempfile.TemporaryDirectory(prefix="tiski-pyinstaller-") as folder:
        yield Path(folder)


@contextmanager
def lap(laps: dict[str, float], name: str) -> Iterator[None]:
    started = time.perf_counter()
    yield
    laps[name] = round(time.perf_counter() - started, 1)


def write_version_iss(version: str) -> None:
    """build/windows/version.iss, rewritten only when the version changed."""
    path = WINDOWS / "version.iss"
    text = (
        "; Written by build/build.py from the package metadata (pyproject.toml); do not edit.\n"
        f'#define AppVersion "{version}"\n'
    )
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def freeze(name: str, work: Path, out: Path, spec_arguments: list[str]) -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(BUILD / f"{name}.spec"),
        "--noconfirm",
        "--log-level=WARN",
        f"--workpath={work / 'pyinstaller'}",
        f"--distpath={out}",
    ]
    if spec_arguments:
        command += ["--", *spec_arguments]
    print(f"== freezing {name} into {out / name}", flush=True)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    subprocess.run(command, cwd=ROOT, env=env, check=True)


def frozen_program(folder: Path) -> Path:
    return folder / ("tiski.exe" if sys.platform == "win32" else "tiski")


def check_frozen_version(folder: Path, version: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [str(frozen_program(folder)), "--version"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    if result.returncode != 0 or version not in result.stdout:
        raise SystemExit(
            f"The frozen tiski --version answered {result.stdout!r} (exit {result.returncode}), "
            f"not version {version}:\n{result.stderr}"
        )


def make_tar_xz(folder: Path, archive: Path) -> Path:
    print(f"== packing {archive.name}", flush=True)
    archive.unlink(missing_ok=True)
    env = {**os.environ, "XZ_OPT": "-6 -T0"}  # both cores; -6 is xz's default ratio
    subprocess.run(
        [
            "tar",
            "--create",
            "--xz",
            f"--file={archive}",
            "--sort=name",
            "--owner=0",
            "--group=0",
            "--numeric-owner",
            f"--directory={folder.parent}",
            folder.name,
        ],
        env=env,
        check=True,
    )
    return archive


def make_deb(out: Path, version: str, work: Path, bundle_libpq: bool) -> Path:
    """``tiski_<version>_<arch>.deb`` from a staging tree in the work folder."""
    architecture = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    deb = out / f"tiski_{version}_{architecture}.deb"
    print(f"== packing {deb.name}", flush=True)
    stage = work / "deb"
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(out / "tiski", stage / "opt" / "tiski", symlinks=True)
    install(LINUX / "tiski", stage / "usr" / "bin" / "tiski", 0o755)
    install(LINUX / "tiski.desktop", stage / "usr/share/applications/tiski.desktop", 0o644)
    icon = stage / "usr/share/icons/hicolor/256x256/apps/tiski.png"
    icon.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, str(LINUX / "icon.py"), str(icon)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"},
        check=True,
    )
    normalise_modes(stage)
    depends = [*DEB_DEPENDS, *([] if bundle_libpq else [LIBPQ_DEPENDS])]
    glibc = platform.libc_ver()[1]
    if glibc:  # the frozen binaries need at least the build machine's C library
        depends.insert(0, f"libc6 (>= {glibc})")
    control = (LINUX / "control.in").read_text(encoding="utf-8")
    fields = {
        "@VERSION@": debian_version(version),
        "@ARCHITECTURE@": architecture,
        "@INSTALLED_SIZE@": str(math.ceil(folder_size(stage) / 1024)),
        "@DEPENDS@": ", ".join(depends),
    }
    for placeholder, value in fields.items():
        control = control.replace(placeholder, value)
    (stage / "DEBIAN").mkdir(mode=0o755)
    (stage / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    deb.unlink(missing_ok=True)
    subprocess.run(
        ["dpkg-deb", "--build", "--root-owner-group", str(stage), str(deb)],
        stdout=subprocess.DEVNULL,
        check=True,
    )
    return deb


def install(source: Path, target: Path, mode: int) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def normalise_modes(stage: Path) -> None:
    """Folders 0755, programs and libraries 0755, everything else 0644 (Debian policy)."""
    stage.chmod(0o755)
    for path in stage.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)


def debian_version(version: str) -> str:
    """PEP 440 to Debian: pre-releases sort before the release (1.0rc1 -> 1.0~rc1)."""
    return re.sub(r"\.?(a|b|rc|dev)(\d*)", r"~\1\2", version)


def make_windows_installer(version: str) -> Path | None:
    """Runs Inno Setup's compiler when it is on PATH; otherwise says how to."""
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    script = WINDOWS / "tiski.iss"
    if iscc is None:
        print(f"== Inno Setup's iscc is not on PATH: run  iscc {script.relative_to(ROOT)}")
        return None
    subprocess.run([iscc, str(script)], cwd=ROOT, check=True)
    return ROOT / "dist" / f"tiski-{version}-setup.exe"


def folder_size(path: Path) -> int:
    """Bytes of the regular files under ``path`` (symbolic links not followed)."""
    if path.is_file():
        return path.stat().st_size
    return sum(
        entry.lstat().st_size
        for entry in path.rglob("*")
        if entry.is_file() and not entry.is_symlink()
    )


def build_report(
    version: str,
    artifacts: dict[str, Path],
    *,
    baseline: str,
    libpq: str,
    seconds: float,
    laps: dict[str, float],
) -> dict[str, Any]:
    sizes = {name: folder_size(path) for name, path in artifacts.items()}
    ratios: dict[str, float | None] = {"folder": None, "tar_xz": None}
    if "bare_folder" in sizes:
        ratios["folder"] = round(sizes["tiski_folder"] / sizes["bare_folder"], 3)
    if "bare_tar_xz" in sizes and "tiski_tar_xz" in sizes:
        ratios["tar_xz"] = round(sizes["tiski_tar_xz"] / sizes["bare_tar_xz"], 3)
    folder_ratio, deb = ratios["folder"], sizes.get("deb")
    verdicts = {
        "folder_ratio": "not measured"
        if folder_ratio is None
        else ("pass" if folder_ratio <= FOLDER_RATIO_BUDGET else "over budget"),
        "deb": "not built"
        if deb is None
        else ("pass" if deb < DEB_BUDGET_BYTES else "over budget"),
    }
    return {
        "version": version,
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "platform": f"{platform.system()} {platform.machine()}, Python {platform.python_version()}",
        "baseline": baseline if "bare_folder" in sizes else "none",
        "libpq": libpq,
        "files": {name: str(path) for name, path in artifacts.items()},
        "sizes": sizes,
        "ratios": ratios,
        "budgets": {"folder_ratio_max": FOLDER_RATIO_BUDGET, "deb_max_bytes": DEB_BUDGET_BYTES},
        "verdicts": verdicts,
        "build_seconds": round(seconds, 1),
        "laps_seconds": laps,
    }


def print_report(report: dict[str, Any], path: Path) -> None:
    print(f"\nTiski {report['version']} ({report['platform']}; libpq: {report['libpq']})")
    for name, size in report["sizes"].items():
        print(f"  {name:<18} {size:>13,} bytes  {size / 1e6:7.1f} MB")
    ratios, verdicts = report["ratios"], report["verdicts"]
    if ratios["folder"] is not None:
        print(f"  folder ratio tiski/bare {ratios['folder']:.3f} (budget <= {FOLDER_RATIO_BUDGET})")
    if ratios["tar_xz"] is not None:
        print(f"  tar.xz ratio tiski/bare {ratios['tar_xz']:.3f}")
    print(f"  verdicts: folder ratio {verdicts['folder_ratio']}, .deb {verdicts['deb']}")
    print(f"  built in {report['build_seconds']} s {report['laps_seconds']}; report: {path}")


if __name__ == "__main__":
    sys.exit(main())
