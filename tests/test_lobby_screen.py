"""The kiosk and the lobby display fill their screen, also where no window manager acts
on a full-screen request (a kiosk PC often has none), on the screen IT chose.

The end-to-end tests start the real ``tiski kiosk`` and ``tiski display`` under a bare
Xvfb and read the window's geometry from the X server with ``xwininfo``, as a person
would see it; before the fix the kiosk was 1233x785 and the display 632x746 on a
1366x768 screen.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from support.tiski_process import stop_by_sigterm

from console.app.lobby_screen import ScreenChoice, choose_screen, fill_screen, lobby_screen
from console.ops.display_check import display_problem


# ---------------------------------------------------------------- choosing the screen
@pytest.mark.parametrize(
    ("wanted", "index"),
    [
        ("", None),
        ("  ", None),
        ("HDMI-1", 1),
        (" DP-1 ", 0),
        ("1", 0),
        ("3", 2),
        ("2", 1),
    ],
)
def test_a_screen_is_chosen_by_its_name_or_its_number(wanted: str, index: int | None) -> None:
    choice = choose_screen("display.screen", wanted, ["DP-1", "HDMI-1", "eDP-1"])
    assert choice == ScreenChoice(index)


def test_a_screen_really_called_by_a_number_is_found_by_its_name() -> None:
    assert choose_screen("kiosk.screen", "1", ["DP-1", "1"]) == ScreenChoice(1)


@pytest.mark.parametrize("wanted", ["HDMI-9", "0", "3", "-1", "dp-1", "٢"])
def test_a_screen_that_is_not_there_is_said_with_the_ones_that_are(wanted: str) -> None:
    choice = choose_screen("display.screen", wanted, ["DP-1", "HDMI-1"])
    assert choice.index is None  # the primary screen
    assert choice.problem == (
        f"display.screen = {wanted!r} is no screen here; the screens are "
        "1 = 'DP-1', 2 = 'HDMI-1'. Using the primary screen"
    )


def test_an_unknown_screen_is_logged_and_the_primary_one_used(
    qapp: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="console.app"):
        screen = lobby_screen(qapp, "kiosk.screen", "HDMI-9")
    assert screen is qapp.primaryScreen()
    names = ", ".join(f"{n} = {s.name()!r}" for n, s in enumerate(qapp.screens(), 1))
    assert caplog.messages == [
        f"kiosk.screen = 'HDMI-9' is no screen here; the screens are {names}. "
        "Using the primary screen"
    ]


# ---------------------------------------------------------------- filling it (offscreen)
def test_a_window_taller_than_its_screen_still_fills_it_exactly(
    qtbot: QtBot, qapp: QApplication
) -> None:
    screen = qapp.primaryScreen()
    window = QWidget()
    qtbot.addWidget(window)
    page = QLabel("a page taller than any screen here")
    page.setMinimumSize(300, screen.geometry().height() + 100)
    QVBoxLayout(window).addWidget(page)
    fill_screen(window, screen, hide_cursor=True)
    qtbot.waitExposed(window)
    assert window.geometry() == screen.geometry()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.cursor().shape() == Qt.CursorShape.BlankCursor
    # A new resolution (the screen is the edge of the machine: its signal stands in).
    screen.geometryChanged.emit(QRect(0, 0, 640, 480))
    assert window.geometry() == QRect(0, 0, 640, 480)


def test_the_pointer_is_left_alone_unless_asked(qtbot: QtBot, qapp: QApplication) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    fill_screen(window, qapp.primaryScreen())
    assert window.cursor().shape() == Qt.CursorShape.ArrowCursor


# ---------------------------------------------------------------- the real tiski, bare X
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 on Linux")
needs_x_tools = pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("xwininfo") is None,
    reason="needs Xvfb and xwininfo (Debian packages xvfb and x11-utils)",
)

# A line of xwininfo -root -tree for a top-level window of class Tiski (Qt's hidden
# 1x1 group leader has no class): its id and its width x height + x + y.
TISKI_WINDOW = re.compile(
    r'^\s*(0x[0-9a-f]+) ".*?": \("[^"]*" "Tiski"\)\s+(\d+)x(\d+)\+(-?\d+)\+(-?\d+)', re.MULTILINE
)


@dataclass(frozen=True)
class Geometry:
    width: int
    height: int
    x: int = 0
    y: int = 0

    def __str__(self) -> str:
        return f"{self.width}x{self.height}+{self.x}+{self.y}"


@contextmanager
def bare_x_server(*screens: str) -> Iterator[str]:
    """Xvfb with the X screens ``screens`` (``1366x768``) and no window manager: its
    display name (``:N``)."""
    sizes = [
        argument for n, size in enumerate(screens) for argument in ("-screen", str(n), f"{size}x24")
    ]
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), *sizes, "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as announced:
            number = int(announced.readline())  # written once the server accepts connections
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _xwininfo(display: str, *arguments: str) -> str:
    return subprocess.run(
        ["xwininfo", *arguments],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    ).stdout


def _x_windows(display: str) -> str:
    return _xwininfo(display, "-root", "-tree")


def _shown_tiski_window(display: str) -> Geometry | None:
    """The geometry of Tiski's top-level window on the X screen ``display`` once it is
    mapped (None before)."""
    found = TISKI_WINDOW.search(_x_windows(display))
    if found is None:
        return None
    state = _xwininfo(display, "-id", found[1])
    if "Map State: IsViewable" not in state:
        return None
    width, height, x, y = (int(part) for part in found.groups()[1:])
    return Geometry(width, height, x, y)


# What each command logs once it is up and SIGTERM closes it as staff would.
STARTED = {"kiosk": "Kiosk started", "display": "Lobby display started"}


def _started(folders: Path, command: str) -> bool:
    logs = list((folders / "state").rglob("tiski.log"))
    return bool(logs) and STARTED[command] in logs[0].read_text(encoding="utf-8")


def _window_of_tiski(
    tiski_env: dict[str, str],
    folders: Path,
    display: str,
    shown_on: str,
    command: str,
    *settings: str,
) -> Geometry | None:
    """Start ``tiski <command> --demo`` on ``display``, wait (up to 45 s) for its window
    on the X screen ``shown_on``, stop it by SIGTERM: the window's geometry."""
    env = {k: v for k, v in tiski_env.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = display
    overrides = [argument for setting in settings for argument in ("--set", setting)]
    with subprocess.Popen(
        [sys.executable, "-m", "console", "--language", "en", *overrides, command, "--demo"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        shown = None
        deadline = time.monotonic() + 45
        started = False
        while not started and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.2)  # polling another process's window and log, not a Qt wait
            shown = _shown_tiski_window(shown_on)
            started = shown is not None and _started(folders, command)
        errors = stop_by_sigterm(process)
    assert process.returncode == 0, errors
    assert "Traceback" not in errors
    return shown


@pytest.fixture
def bare_x(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """Skips unless Qt's xcb platform can start here (the xcb libraries are there)."""
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    return monkeypatch


def _skip_unless_qt_runs_on(bare_x: pytest.MonkeyPatch, display: str) -> None:
    bare_x.setenv("DISPLAY", display)
    if (problem := display_problem()) is not None:
        pytest.skip(f"this machine cannot run Qt on X: {problem.english()}")


@pytest.mark.slow  # starts tiski under its own Xvfb
@linux_only
@needs_x_tools
@pytest.mark.parametrize("size", ["1366x768", "1920x1080"])
@pytest.mark.parametrize("command", ["kiosk", "display"])
def test_a_lobby_window_covers_its_whole_screen_without_a_window_manager(
    command: str,
    size: str,
    tiski_env: dict[str, str],
    private_folders: Path,
    bare_x: pytest.MonkeyPatch,
) -> None:
    with bare_x_server(size) as display:
        _skip_unless_qt_runs_on(bare_x, display)
        shown = _window_of_tiski(tiski_env, private_folders, display, display, command)
    width, height = (int(n) for n in size.split("x"))
    assert shown == Geometry(width, height), f"tiski {command}'s window is {shown} on {size}"


@pytest.mark.slow  # starts tiski under its own Xvfb
@linux_only
@needs_x_tools
@pytest.mark.parametrize(
    ("command", "setting"), [("display", "display.screen"), ("kiosk", "kiosk.screen")]
)
def test_a_lobby_window_fills_the_screen_its_setting_names(
    command: str,
    setting: str,
    tiski_env: dict[str, str],
    private_folders: Path,
    bare_x: pytest.MonkeyPatch,
) -> None:
    """Two X screens, both of which Qt calls "screen": the number tells them apart."""
    with bare_x_server("1366x768", "1280x1024") as display:
        _skip_unless_qt_runs_on(bare_x, display)
        shown = _window_of_tiski(
            tiski_env, private_folders, display, f"{display}.1", command, f"{setting}=2"
        )
    assert shown == Geometry(1280, 1024), f"tiski {command}'s window is {shown} on screen 2"


# ---------------------------------------------------------------- titles, page sizes
TISKI_TITLE = re.compile(r'^\s*0x[0-9a-f]+ "(.*?)": \("[^"]*" "Tiski"\)', re.MULTILINE)


@pytest.mark.slow  # starts tiski under its own Xvfb
@linux_only
@needs_x_tools
@pytest.mark.parametrize(
    ("command", "log_line"),
    [("", "Console started for"), ("display", "Lobby display started")],
)
def test_a_window_title_says_tiski_once(
    command: str,
    log_line: str,
    tiski_env: dict[str, str],
    private_folders: Path,
    bare_x: pytest.MonkeyPatch,
) -> None:
    """The title the X server has, not the one Qt was given: Qt adds the application's
    display name to every title where one is set ("Tiski – Pori — Tiski")."""
    env = {k: v for k, v in tiski_env.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    with bare_x_server("1366x768") as display:
        _skip_unless_qt_runs_on(bare_x, display)
        env["DISPLAY"] = display
        arguments = [command] if command else []
        titles: list[str] = []
        with subprocess.Popen(
            [sys.executable, "-m", "console", "--language", "en", *arguments, "--demo"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        ) as process:
            deadline = time.monotonic() + 45
            while time.monotonic() < deadline and process.poll() is None:
                time.sleep(0.2)  # polling another process's windows and log, not a Qt wait
                titles = [t for t in TISKI_TITLE.findall(_x_windows(display)) if t]
                logs = list((private_folders / "state").rglob("tiski.log"))
                if titles and logs and log_line in logs[0].read_text(encoding="utf-8"):
                    break
            errors = stop_by_sigterm(process)
    assert process.returncode == 0, errors
    assert titles, f"no Tiski window appeared\n{errors}"
    for title in titles:
        assert title.count("Tiski") == 1, f"the title {title!r} says Tiski more than once"


def test_every_kiosk_page_fits_a_1366x768_screen(qtbot: QtBot, demo_database: object) -> None:
    """The tallest page (the feedback keypad) included: nothing is squeezed below it."""
    from console.desk.desk import Desk
    from console.store.database import Database
    from console.ui.kiosk import KioskWindow

    assert isinstance(demo_database, Database)
    kiosk = KioskWindow(Desk(demo_database))
    qtbot.addWidget(kiosk)
    needed = kiosk.minimumSizeHint()
    assert needed.width() <= 1366
    assert needed.height() <= 768, f"the kiosk needs {needed.height()} px of height"
