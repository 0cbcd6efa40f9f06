"""What goes into the frozen Tiski and into the frozen baseline; both spec files use it.

One policy for both, so that DESIGN.md's size ratio compares like with like: only the
Qt modules the program imports, only Finnish, Swedish and English Qt translations,
only the Qt plugins a desktop or a headless run loads, only the shared libraries
something kept links, no test or lint tools, bytecode without docstrings, and binaries
stripped of their debug symbols (Linux). What Tiski alone brings is listed with
:func:`tiski_plan`; docs/performance.md ("Packaged app") has the sizes.

The spec files run inside PyInstaller, which is why this module may import it.
"""

# ruff: noqa: S603, S607 -- objdump, a build tool, is run by name

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent

# (path in the bundle, source path, PyInstaller's type code)
TocEntry = tuple[str, str, str]

# The Qt modules each program imports; `grep -rhoE "PySide6\.Qt\w+" console plugins`.
TISKI_QT = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport")
BARE_QT = ("QtCore", "QtGui", "QtWidgets")

# Languages of the interface (DESIGN.md): Qt's own dialogs and buttons in these only.
LANGUAGES = ("fi", "sv", "en")

# Tools of the developer's virtualenv that nothing at run time imports.
DEVELOPMENT_ONLY = (
    "pytest",
    "_pytest",
    "pytestqt",
    "pytest_httpserver",
    "hypothesis",
    "mypy",
    "mypyc",
    "ruff",
    "importlinter",
    "grimp",
    "pypdf",
    "werkzeug",
    "tests",
    "benchmarks",
    "setuptools",
    "pkg_resources",
    "pip",
    "tkinter",
    "_tkinter",
    # Mako's syntax highlighting (Alembic's templates) and pydoc's topic texts.
    "pygments",
    "mako.ext",
    "pydoc_data",
    # The plugin authors' pytest kit and the translators' tool belong to a source checkout.
    "console.plugin_testkit",
    "console.i18n_tool",
    # SQLAlchemy's hook adds every dialect; Tiski speaks SQLite and PostgreSQL (psycopg 3).
    "sqlalchemy.dialects.mysql",
    "sqlalchemy.dialects.mssql",
    "sqlalchemy.dialects.oracle",
    "sqlalchemy.testing",
    "MySQLdb",
    "pysqlite2",
    "psycopg2",
    "alembic.testing",
)

# Qt plugins kept (path under Qt's plugins folder). Everything else of that folder goes:
# the kiosk-style platforms (eglfs, linuxfb, vnc, vkkhrdisplay), Wayland compositors,
# input devices read directly (evdev, tuio) and image formats Tiski never opens.
QT_PLUGINS_KEPT = (
    "platforms/libqxcb.so",  # X11 desktops (and XWayland)
    "platforms/libqwayland*.so",  # Wayland desktops
    "platforms/libqoffscreen.so",  # screenshots, tests and the self-test, no screen
    "platforms/libqminimal.so",
    "platforms/*.dll",  # Windows: qwindows, qoffscreen, qminimal
    "platformthemes/libqxdgdesktopportal.so",  # file dialogs and colours of the desktop
    "platforminputcontexts/libcomposeplatforminputcontextplugin.so",  # dead keys
    "platforminputcontexts/libibusplatforminputcontextplugin.so",
    "xcbglintegrations/*",
    "wayland-shell-integration/libxdg-shell.so",
    "wayland-decoration-client/*",
    "wayland-graphics-integration-client/*",
    "imageformats/libqico.so",
    "imageformats/libqsvg.so",
    "imageformats/libqjpeg.so",
    "imageformats/libqgif.so",
    "imageformats/qico.dll",  # the same four on Windows
    "imageformats/qsvg.dll",
    "imageformats/qjpeg.dll",
    "imageformats/qgif.dll",
    "iconengines/*",
    "styles/*",
    "printsupport/*",  # kiosk tickets (QtPrintSupport, so Tiski only)
    "tls/*",
)
# Libraries left to the system (the .deb depends on their packages). libcups: a counter
# that prints has CUPS installed and configured; the copy of the build machine would
# bring GnuTLS, Kerberos, Avahi and p11-kit along (9 MB) for nothing. On a machine
# without CUPS, Qt's CUPS plugin does not load and there are no printers to list,
# exactly as there would be with the copy.
FROM_THE_SYSTEM = ("libcups.so.2",)

# Data files of python-stdnum for numbers a service desk never checks (MAC address
# vendors, mobile network codes); the Finnish modules Tiski uses read no data file.
STDNUM_DATA_LEFT_OUT = ("stdnum/oui.dat", "stdnum/imsi.dat")

# Where PyInstaller puts Qt's files: PySide6/Qt/... on Linux and macOS, PySide6/... on Windows.
QT_ROOTS = ("PySide6/Qt/", "PySide6/")
QT_LIBRARIES = "PySide6/Qt/lib"


@dataclass
class Plan:
    """The arguments of one ``Analysis`` and the name of the program it makes."""

    name: str
    script: Path
    qt_modules: tuple[str, ...]
    pathex: list[str] = field(default_factory=list)
    datas: list[tuple[str, str]] = field(default_factory=list)
    hiddenimports: list[str] = field(default_factory=list)
    left_out: tuple[str, ...] = ()

    @property
    def excludes(self) -> list[str]:
        unused_qt = sorted(set(installed_qt_modules()) - set(self.qt_modules))
        return [f"PySide6.{module}" for module in unused_qt] + [*DEVELOPMENT_ONLY, *self.left_out]


def installed_qt_modules() -> list[str]:
    """Every Qt module the installed PySide6 offers (QtCore, QtQml, Qt3DCore, ...)."""
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None
    assert spec.submodule_search_locations
    folder = Path(next(iter(spec.submodule_search_locations)))
    names = {path.name.split(".")[0] for path in folder.glob("Qt*.*")}
    return sorted(name for name in names if (folder / f"{name}.pyi").is_file())


def tiski_plan(*, bundle_libpq: bool, version: str, workpath: Path) -> Plan:
    """Tiski's Analysis.

    ``version`` goes into the file ``VERSION`` at the top of the bundle, written in
    ``workpath`` (console.version reads it when the package metadata is missing).

    ``bundle_libpq``: bring psycopg-binary (its own libpq, OpenSSL and Kerberos, 11 MB).
    Without it psycopg runs its pure-Python implementation on the system's libpq (the
    .deb depends on libpq5), which Debian keeps patched together with OpenSSL. Windows
    has no system libpq, so a Windows build always bundles it.
    """
    from PyInstaller.utils.hooks import (  # type: ignore[import-untyped]
        collect_submodules,
        copy_metadata,
    )

    version_file = workpath / "VERSION"
    version_file.parent.mkdir(parents=True, exist_ok=True)
    version_file.write_text(version + "\n", encoding="utf-8")
    plugins = ROOT / "plugins"
    migrations = ROOT / "console" / "store" / "migrations"
    datas = [
        # console.core.resources.resource_root(): sys._MEIPASS/console/resources when frozen.
        *data_tree(ROOT / "resources", "console/resources"),
        # Alembic loads env.py and versions/*.py by path (console.store.schema.MIGRATIONS).
        *data_tree(migrations, "console/store/migrations"),
        # console.plugin_host.discovery.bundled_plugins_dir(): sys._MEIPASS/plugins; the
        # plugins are imported from these files, sandbox answers included.
        *data_tree(plugins, "plugins"),
        # console.version: importlib.metadata.version("tiski"), else sys._MEIPASS/VERSION.
        *copy_metadata("tiski"),
        (str(version_file), "."),
    ]
    hidden = [
        # Every console module, also those only `tiski <command>` imports lazily.
        *collect_submodules(
            "console",
            filter=lambda name: (
                not name.startswith(DEVELOPMENT_ONLY)
                and not name.startswith("console.store.migrations")
            ),
        ),
        # The plugins' and the migrations' own imports: their code is not analysed,
        # it is read from the data files above at run time.
        *imports_of(plugins.rglob("*.py")),
        *imports_of(migrations.rglob("*.py")),
        # What a site plugin may reasonably expect beside the plugin API.
        "requests",
        "PySide6.QtCore",
        "PySide6.QtGui",
        "PySide6.QtWidgets",
        *collect_submodules("stdnum.fi"),
        "stdnum.exceptions",
        # Chosen at run time by name or by entry point.
        *collect_submodules("keyring.backends"),
        *(["psycopg_binary.pq", "psycopg_binary._psycopg"] if bundle_libpq else []),
        "sqlalchemy.dialects.sqlite.pysqlite",
        "sqlalchemy.dialects.postgresql.psycopg",
        "alembic.runtime.migration",
        "alembic.runtime.environment",
        "alembic.ddl.sqlite",
        "alembic.ddl.postgresql",
        "alembic.operations.toimpl",
        "logging.config",
        # Local accounts' password hashes: argon2's bindings load cffi's C backend by
        # name, which the analysis does not follow (the frozen self-test caught it).
        "argon2",
        "_argon2_cffi_bindings",
        "_cffi_backend",
    ]
    return Plan(
        name="tiski",
        script=ROOT / "console" / "__main__.py",
        qt_modules=TISKI_QT,
        pathex=[str(ROOT)],
        datas=datas,
        hiddenimports=sorted(set(hidden)),
        left_out=() if bundle_libpq else ("psycopg_binary",),
    )


def bare_plan() -> Plan:
    return Plan(name="bare", script=ROOT / "build" / "bare_window.py", qt_modules=BARE_QT)


def data_tree(source: Path, target: str) -> Iterator[tuple[str, str]]:
    """``(file, folder in the bundle)`` for each file under ``source``, caches left out."""
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if path.is_file() and "__pycache__" not in relative.parts and path.suffix != ".pyc":
            yield str(path), str(PurePosixPath(target, *relative.parent.parts))


def imports_of(files: Iterable[Path]) -> list[str]:
    """The absolute imports in ``files``, as importable module names."""
    names: set[str] = set()
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module)
                # `from stdnum.fi import ytunnus` imports a module, `from x import y` maybe not.
                names.update(
                    f"{node.module}.{alias.name}"
                    for alias in node.names
                    if _is_module(f"{node.module}.{alias.name}")
                )
    return sorted(name for name in names if name != "__future__")


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError, AttributeError):
        return False


def trim(entries: Iterable[TocEntry]) -> list[TocEntry]:
    """``entries`` without the Qt translations and plugins the policy leaves out."""
    return [entry for entry in entries if keep(entry[0])]


def keep(bundle_path: str) -> bool:
    path = bundle_path.replace("\\", "/")
    if path in STDNUM_DATA_LEFT_OUT:
        return False
    translation = _in_qt_folder(path, "translations")
    if translation is not None:
        return translation in {f"qtbase_{language}.qm" for language in LANGUAGES}
    plugin = _in_qt_folder(path, "plugins")
    if plugin is not None:
        return any(fnmatch(plugin, pattern) for pattern in QT_PLUGINS_KEPT)
    return True


def _in_qt_folder(path: str, folder: str) -> str | None:
    """``path`` relative to Qt's ``folder`` (plugins, translations), or None if not in it."""
    for root in QT_ROOTS:
        if path.startswith(f"{root}{folder}/"):
            return path.removeprefix(f"{root}{folder}/")
    return None


def prune(binaries: Iterable[TocEntry]) -> list[TocEntry]:
    """``binaries`` without the shared libraries that nothing kept links.

    PyInstaller collects each Qt plugin's libraries before :func:`trim` drops the
    plugin (the GTK theme alone brings GTK, Cairo and Pango), and :data:`FROM_THE_SYSTEM`
    libraries bring their own. A library stays when an extension module, a kept plugin
    or another kept library names it as needed. Linux only.
    """
    entries = [entry for entry in binaries if not from_the_system(entry[0])]
    if not sys.platform.startswith("linux"):
        return entries

    def linked_only(entry: TocEntry) -> bool:
        path = PurePosixPath(entry[0].replace("\\", "/"))
        top_level = len(path.parts) == 1 and not path.name.startswith("libpython")
        # A top-level extension module (cffi's _cffi_backend) is imported, never linked.
        extension = ".cpython-" in path.name or path.name.endswith(".abi3.so")
        return (
            ".so" in path.name
            and not extension
            and (top_level or path.parent.as_posix() == QT_LIBRARIES)
        )

    candidates = {PurePosixPath(entry[0]).name: entry for entry in entries if linked_only(entry)}
    needed: set[str] = set()
    pending = [entry[1] for entry in entries if not linked_only(entry)]
    while pending:
        for name in needed_libraries(pending.pop()):
            if name in candidates and name not in needed:
                needed.add(name)
                pending.append(candidates[name][1])
    return [
        entry
        for entry in entries
        if not linked_only(entry) or PurePosixPath(entry[0]).name in needed
    ]


def needed_libraries(binary: str) -> list[str]:
    """The libraries an ELF file names as DT_NEEDED (direct links only, unlike ldd)."""
    result = subprocess.run(["objdump", "-p", binary], capture_output=True, text=True, check=False)
    return [
        line.split()[1]
        for line in result.stdout.splitlines()
        if line.strip().startswith("NEEDED") and len(line.split()) == 2
    ]


def from_the_system(bundle_path: str) -> bool:
    return PurePosixPath(bundle_path.replace("\\", "/")).name in FROM_THE_SYSTEM


def strip_binaries() -> bool:
    """Strip debug symbols on Linux (the pyenv libpython alone has 18 MB of them).

    Not on Windows (no strip tool; signed DLLs must stay as they are) or macOS.
    """
    return sys.platform.startswith("linux")
