"""``tiski plugins new``: a skeleton that the manifest check accepts and whose own tests
pass with the test kit, run the way an outside author runs them (a separate pytest)."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from console import cli
from console.cli.plugins import EXIT_ERROR, EXIT_OK
from console.plugin_host.manifest import read_manifest
from console.plugin_skeleton import skeleton_files

SKELETON = [
    "plugin.toml",
    "demo_panel_panel.py",
    "openapi.yaml",
    "sandbox/answers.json",
    "tests/conftest.py",
    "tests/test_demo_panel.py",
]


def tiski(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``tiski --language en ARGV`` in this process: exit status, stdout, stderr."""
    capsys.readouterr()
    status = cli.main(["--language", "en", *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return status, out, err


def files_under(folder: Path) -> list[str]:
    return sorted(
        path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()
    )


# ---------------------------------------------------------------- writing
def test_new_writes_a_plugin_that_check_accepts(
    tmp_path: Path, qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = tiski(capsys, "plugins", "new", "demo-panel", "--into", str(tmp_path))
    assert (status, err) == (EXIT_OK, "")
    folder = tmp_path / "demo-panel"
    assert files_under(folder) == sorted(SKELETON)
    lines = out.splitlines()
    assert lines[0] == f"Plugin skeleton demo-panel written to {folder}:"
    assert [line.strip() for line in lines[1:7]] == SKELETON
    assert lines[7:10] == [
        "Next steps:",
        f"  tiski plugins check {folder}",
        f"  pytest {folder / 'tests'}",
    ]
    assert f"add {tmp_path} to plugins.folders and site:demo-panel to plugins.allow" in lines[10]
    assert lines[11] == f"  tiski plugins trust {folder}"

    assert tiski(capsys, "plugins", "check", str(folder)) == (EXIT_OK, "OK: demo-panel 0.1.0\n", "")
    manifest = read_manifest(folder / "plugin.toml", source="site")
    assert (manifest.api, manifest.agency, manifest.health) == (2, "pori", "/health")
    assert (manifest.entry_module, manifest.entry_class) == ("demo_panel_panel", "Plugin")
    assert manifest.permissions == ("name",)
    assert set(manifest.names) == {"fi", "sv", "en"}
    base_url = manifest.setting("base_url")
    assert base_url is not None
    assert base_url.default == "http://127.0.0.1:8765/demo-panel"


def test_new_with_an_agency_into_a_folder_not_yet_made(
    tmp_path: Path, qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    into = tmp_path / "site" / "plugins"
    status, _, err = tiski(
        capsys, "plugins", "new", "kela-extra", "--agency", "kela", "--into", str(into)
    )
    assert (status, err) == (EXIT_OK, "")
    manifest = read_manifest(into / "kela-extra" / "plugin.toml", source="site")
    assert (manifest.id, manifest.agency) == ("kela-extra", "kela")
    assert (into / "kela-extra" / "kela_extra_panel.py").is_file()


@pytest.mark.parametrize("name", ["x", "Demo", "demo_panel", "9lives", "d" * 41, "demo.panel"])
def test_a_bad_name_is_refused(
    name: str, tmp_path: Path, qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = tiski(capsys, "plugins", "new", name, "--into", str(tmp_path))
    assert (status, out) == (EXIT_ERROR, "")
    assert err.startswith(f"tiski: {name!r} cannot be a plugin id: use 2 to 40 lower-case letters")
    assert err.endswith("Nothing was written.\n")
    assert list(tmp_path.iterdir()) == [tmp_path / "home"]  # the test's private folders only


def test_a_bad_agency_is_refused(
    tmp_path: Path, qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = tiski(
        capsys, "plugins", "new", "demo", "--agency", "Pori!", "--into", str(tmp_path)
    )
    assert status == EXIT_ERROR
    assert err.startswith("tiski: 'Pori!' is not an agency code")
    assert not (tmp_path / "demo").exists()


def test_an_existing_folder_is_left_alone(
    tmp_path: Path, qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "demo-panel"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    status, out, err = tiski(capsys, "plugins", "new", "demo-panel", "--into", str(tmp_path))
    assert (status, out) == (EXIT_ERROR, "")
    assert err == (
        f"tiski: {folder} already exists; nothing was written. Choose another name or --into.\n"
    )
    assert files_under(folder) == ["notes.txt"]
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"


# ---------------------------------------------------------------- what it holds
def test_the_plugin_imports_only_the_plugin_api() -> None:
    code = skeleton_files("demo-panel")["demo_panel_panel.py"]
    imported: set[str] = set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            assert node.module is not None
            # A relative import of the plugin's own modules would be fine; there are none yet.
            imported.add(node.module)
    tiski_or_qt = {name for name in imported if name.split(".")[0] in ("console", "PySide6")}
    # Plugin API 2: no widgets; the console draws what the plugin describes.
    assert tiski_or_qt == {
        "console.plugin_api",
        "console.plugin_api.describe",
        "console.plugin_api.view",
    }
    assert imported - tiski_or_qt <= {"__future__", "typing"}


def test_the_contract_describes_every_recorded_path() -> None:
    files = skeleton_files("demo-panel")
    contract = files["openapi.yaml"]
    assert re.search(r"^openapi: 3\.0\.\d", contract, flags=re.MULTILINE)
    paths = contract.split("\npaths:\n", 1)[1].split("\ncomponents:", 1)[0]
    assert set(re.findall(r"^  (/\S*):\s*$", paths, flags=re.MULTILINE)) == {"/health", "/records"}
    answers = json.loads(files["sandbox/answers.json"])
    assert [route for route in answers if route.startswith("/")] == ["/records"]
    assert answers["/records"]["*"] == {"records": []}  # an unknown visitor: empty, never 404
    assert "name=Matti Mäkinen" in answers["/records"]


# ---------------------------------------------------------------- an outside author's run
@pytest.mark.slow
def test_the_skeleton_tests_pass_with_the_kit(
    tmp_path: Path,
    tiski_env: dict[str, str],
    qapp: QApplication,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A separate pytest, outside the repository: only the installed kit's fixtures."""
    assert tiski(capsys, "plugins", "new", "demo-panel", "--into", str(tmp_path))[0] == EXIT_OK
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-W",
            "error",
            str(tmp_path / "demo-panel" / "tests"),
        ],
        cwd=tmp_path,
        env=tiski_env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"\b6 passed\b", result.stdout), result.stdout


def test_the_template_is_a_plugin_and_a_skeleton_keeps_nothing_of_its_name() -> None:
    """The skeleton's files are a real plugin under resources/plugin_skeleton (linted with
    the project); a skeleton written from them carries the author's names throughout."""
    from console.core.resources import resource_path

    template = read_manifest(resource_path("plugin_skeleton", "plugin.toml"), source="site")
    assert (template.id, template.agency, template.entry_module) == (
        "tiski-skeleton",
        "pori",
        "tiski_skeleton_panel",
    )
    files = skeleton_files("demo-panel", "kela")
    assert sorted(files) == sorted(SKELETON)
    left = [
        path
        for path, text in files.items()
        if "tiski-skeleton" in path + text or "tiski_skeleton" in path + text
    ]
    assert left == []
    assert 'agency = "kela"' in files["plugin.toml"]
