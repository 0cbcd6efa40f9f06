"""The console's start: its shell painted before the desk is open (docs/performance.md)."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from console import paths
from console.app import opening as opening_module
from console.app.desk_opening import DeskOpening
from console.config import load_settings
from console.ui.console_shell import ConsoleShell

# What the first paint must not wait for: the database stack, the plugins' host and
# broker, the demo's sandbox back offices.
NOT_BEFORE_FIRST_PAINT = (
    "sqlalchemy",
    "psycopg",
    "console.store.database",
    "console.store.models",
    "console.desk.desk",
    "console.plugin_host.discovery",
    "console.plugin_host.broker",
    "console.ops.sandbox",
    "requests",
)

# Run as `python -c`: notes what is imported when the desk starts to be opened, which is
# once the shell is painted.
_SPY = f"""
import sys
from console.app import desk_opening

original = desk_opening.DeskOpening.__init__

def spy(self, *args, **kwargs):
    loaded = [name for name in {NOT_BEFORE_FIRST_PAINT!r} if name in sys.modules]
    print("loaded before the desk:", ",".join(loaded) or "-", flush=True)
    original(self, *args, **kwargs)

desk_opening.DeskOpening.__init__ = spy
from console.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _run(env: dict[str, str], *argv: str, spy: bool = False) -> subprocess.CompletedProcess[str]:
    command = ["-c", _SPY] if spy else ["-m", "console"]
    return subprocess.run(
        [sys.executable, *command, "--language", "en", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_the_shell_is_painted_before_the_database_stack_is_imported(
    tiski_env: dict[str, str],
) -> None:
    result = _run(tiski_env, "--demo", "--exit-when-shown", spy=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["loaded before the desk: -", "shown"]
    # The desk was still opened (and seeded) after the paint, then closed.
    assert Path(tiski_env["XDG_DATA_HOME"], "tiski", "demo.sqlite3").is_file()


@pytest.mark.slow
def test_the_console_takes_the_shells_place_and_fills_its_queue(
    tiski_env: dict[str, str],
) -> None:
    result = _run(tiski_env, "--demo", "--exit-when-filled")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["filled"]


@pytest.mark.slow
@pytest.mark.parametrize("moment", ["shown", "filled"])
def test_a_demo_database_that_cannot_be_opened_says_so_as_before(
    tiski_env: dict[str, str], moment: str
) -> None:
    demo_file = Path(tiski_env["XDG_DATA_HOME"], "tiski", "demo.sqlite3")
    demo_file.parent.mkdir(parents=True)
    demo_file.write_bytes(b"not a database, but long enough to be read as one " * 4)
    result = _run(tiski_env, "--demo", f"--exit-when-{moment}")
    assert result.returncode == 2
    assert "file is not a database" in result.stderr
    assert "Traceback" not in result.stderr
    assert "filled" not in result.stdout


def test_the_shell_looks_like_the_console_while_loading(qtbot: QtBot) -> None:
    shell = ConsoleShell(demo=True)
    qtbot.addWidget(shell)
    shell.show_where_console_was()
    assert shell.windowTitle() == "Tiski – DEMO, not a real desk"
    assert shell.statusBar().currentMessage() == "Loading…"
    menus = [action for action in shell.menuBar().actions()]
    assert [action.text() for action in menus] == ["&Desk", "&View", "&Help"]
    assert not any(action.isEnabled() for action in menus)


def test_closing_the_shell_while_the_desk_opens_closes_the_desk_again(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real_open = opening_module.open_desk
    opened: list[Any] = []

    def slow_open(settings: Any, *, demo: bool) -> Any:
        release.wait(30)
        result = real_open(settings, demo=demo)
        opened.append(result)
        return result

    monkeypatch.setattr(opening_module, "open_desk", slow_open)
    shell = ConsoleShell(demo=True)
    qtbot.addWidget(shell)
    shell.show()
    # The person closes the window before the desk is open; the opening then finishes.
    shell.cancelled.connect(release.set)
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, shell.close)
    opening = DeskOpening(load_settings({}), demo=True)
    assert opening.wait(shell.cancelled) is None
    assert not opening.done or opened
    assert opened, "the thread was waited for"
    assert not any(thread.name == "tiski-open-desk" for thread in threading.enumerate())
    assert paths.embedded_database_file(demo=True).is_file()
