"""A display that is not there, or is broken: one plain message and exit status 2.

Qt aborts (status 134) when its xcb platform cannot start, with a hint about
libxcb-cursor0 whatever the cause; these tests start the real ``tiski`` with a
display nobody serves and check that a person is told which display and what to
check instead, from every entry point that opens a window.
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.ops.display_check import X_SOCKET_FOLDER, XDisplay, display_problem, parse_display

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 on Linux")


def unused_display() -> int:
    """A display number no X server listens on, neither as a file nor an abstract socket."""
    for number in range(417, 999):
        path = f"{X_SOCKET_FOLDER}/X{number}"
        if os.path.exists(path):
            continue
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            try:
                probe.connect("\0" + path)
            except OSError:
                return number
    raise AssertionError("no free X display number")


@pytest.mark.parametrize(
    ("name", "parsed"),
    [
        (":0", XDisplay(":0", "", 0)),
        (":99.0", XDisplay(":99.0", "", 99)),
        ("unix:1", XDisplay("unix:1", "", 1)),
        ("localhost:10.0", XDisplay("localhost:10.0", "localhost", 10)),
        ("[::1]:2", XDisplay("[::1]:2", "::1", 2)),
        ("nonsense", None),
        (":", None),
        ("host:x", None),
        ("decnet::0", None),
    ],
)
def test_display_names_are_read_as_libxcb_reads_them(name: str, parsed: XDisplay | None) -> None:
    assert parse_display(name) == parsed


@pytest.fixture
def x11(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """Tiski would start on the xcb platform (the tests themselves run offscreen)."""
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    return monkeypatch


@linux_only
def test_a_display_nobody_serves_is_named_with_what_to_check(x11: pytest.MonkeyPatch) -> None:
    number = unused_display()
    x11.setenv("DISPLAY", f":{number}")
    problem = display_problem()
    assert problem is not None
    text = problem.english()
    assert f"No X server answers at DISPLAY=:{number}" in text
    assert f"{X_SOCKET_FOLDER}/X{number}" in text
    assert "cursor0" not in text


@pytest.fixture
def hangs_up() -> Iterator[int]:
    """An abstract X socket whose server accepts and hangs up at once: a broken display."""
    number = unused_display()
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(f"\0{X_SOCKET_FOLDER}/X{number}")
    server.listen()
    stop = threading.Event()

    def serve() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                client, _ = server.accept()
            except TimeoutError:
                continue
            client.close()

    thread = threading.Thread(target=serve, name="broken X server")
    thread.start()
    yield number
    stop.set()
    thread.join(timeout=5)
    server.close()


@linux_only
@pytest.mark.skipif(ctypes.util.find_library("xcb") is None, reason="needs libxcb")
def test_a_display_that_hangs_up_is_told_apart_from_one_not_there(
    x11: pytest.MonkeyPatch, hangs_up: int
) -> None:
    x11.setenv("DISPLAY", f":{hangs_up}")
    problem = display_problem()
    assert problem is not None
    assert f"The X display :{hangs_up} is there but refused the connection" in problem.english()


@linux_only
def test_a_name_that_is_no_display_is_said_to_be_none(x11: pytest.MonkeyPatch) -> None:
    x11.setenv("DISPLAY", "nonsense")
    problem = display_problem()
    assert problem is not None
    assert "DISPLAY=nonsense is not an X display name" in problem.english()


# ---------------------------------------------------------------- the real tiski
def _screen_env(tiski_env: dict[str, str], **values: str) -> dict[str, str]:
    env = {k: v for k, v in tiski_env.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(values)
    return env


def _tiski(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "console", "--language", "en", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


ENTRY_POINTS = {
    "console": (["--demo"], {}),
    "kiosk": (["kiosk", "--demo"], {}),
    "lobby display": (["display", "--demo"], {}),
    "screenshot on xcb": (["screenshot", "out.png", "--demo"], {"QT_QPA_PLATFORM": "xcb"}),
}


@pytest.mark.slow
@linux_only
@pytest.mark.parametrize("entry", list(ENTRY_POINTS))
def test_every_window_says_which_display_is_missing_and_exits_2(
    entry: str, tiski_env: dict[str, str], tmp_path: Path
) -> None:
    argv, extra = ENTRY_POINTS[entry]
    number = unused_display()
    env = _screen_env(tiski_env, DISPLAY=f":{number}", **extra)
    result = _tiski(env, *[str(tmp_path / a) if a == "out.png" else a for a in argv])
    assert result.returncode == 2, result.stderr
    assert f"No X server answers at DISPLAY=:{number}" in result.stderr
    assert "cursor0" not in result.stderr  # Qt's misleading hint never runs
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out.png").exists()


@pytest.mark.slow
@linux_only
def test_a_platform_qt_cannot_start_is_a_message_not_an_abort(tiski_env: dict[str, str]) -> None:
    """What the checks before Qt cannot see: Qt's own fatal start-up error, caught."""
    result = _tiski(_screen_env(tiski_env, QT_QPA_PLATFORM="nosuch"), "--demo")
    assert result.returncode == 2, result.stderr
    assert "Qt could not open a window here" in result.stderr
    assert 'Could not find the Qt platform plugin "nosuch"' in result.stderr
    assert "QT_QPA_PLATFORM=nosuch" in result.stderr


@pytest.fixture
def xvfb() -> Iterator[int]:
    """A real X server (Xvfb), on a display number it picks itself."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (Debian package xvfb)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        number = int(announced.readline())  # written once the server accepts connections
    yield number
    server.terminate()
    server.wait(timeout=10)


@pytest.mark.slow
@linux_only
def test_a_display_that_is_there_opens_the_console(
    xvfb: int, tiski_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", f":{xvfb}")
    if (problem := display_problem()) is not None:
        pytest.skip(f"this machine cannot run Qt on X: {problem.english()}")
    result = _tiski(_screen_env(tiski_env, DISPLAY=f":{xvfb}"), "--demo", "--exit-when-filled")
    assert result.returncode == 0, result.stderr
