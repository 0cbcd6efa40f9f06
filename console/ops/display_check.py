"""Can Tiski open a window here? Asked before Qt is, because Qt answers with an abort.

When Qt's xcb platform cannot be created, for any reason, Qt 6.5 and later print
"xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin" (the
hint lives in QtGui's generic "platform plugin failed" path, not in the xcb
plugin) and abort the process (exit status 134). The real reason is the line
before it, "could not connect to display :99", which a person easily misses: a
display that is not there sent people to reinstall a library they had.

So :func:`display_problem` first asks the X server itself: it connects to the
display's socket (the abstract and the file socket of ``/tmp/.X11-unix`` for a
local display, TCP port 6000+N for a remote one), then makes libxcb's own
connection, authorisation included, and only then looks for the libraries.
Each failure has its own plain message naming the display and what to check.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import logging
import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from console.core.text import QT_TRANSLATE_NOOP, Message

_CTX = "Startup"

# Libraries Qt's xcb platform needs that PySide6's wheel does not bring.
XCB_LIBRARIES = ("xcb-cursor", "xcb-icccm", "xcb-keysyms", "xkbcommon-x11", "xcb-shape")
XCB_PACKAGES = "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-shape0"
X_TCP_PORT = 6000
X_SOCKET_FOLDER = "/tmp/.X11-unix"  # noqa: S108 - where X servers listen, not a temp file
# A display that does not answer in this time will not do for a person either.
CONNECT_TIMEOUT_S = 3.0

_WITHOUT_SCREEN = "tiski screenshot console.png --demo"


@dataclass(frozen=True)
class XDisplay:
    """A parsed ``DISPLAY``: ``host`` is "" for this computer."""

    name: str
    host: str
    number: int


def parse_display(name: str) -> XDisplay | None:
    """``:0``, ``:0.1``, ``unix:1``, ``host:10.0``, ``[::1]:0``; None when it is none of these."""
    host, separator, rest = name.strip().rpartition(":")
    number_text = rest.partition(".")[0]
    if not separator or not number_text.isdigit() or host.endswith(":"):
        return None
    if host == "unix":
        host = ""
    return XDisplay(name, host.strip("[]"), int(number_text))


def display_problem() -> Message | None:
    """Why Qt could not open a window here, found before Qt aborts the process."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return None
    name = os.environ.get("DISPLAY", "")
    if not name:
        return Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Startup",
                "No screen found (DISPLAY is not set). Start Tiski from a desktop session, "
                "or render a picture without a screen: tiski screenshot console.png --demo",
            ),
        )
    display = parse_display(name)
    if display is None:
        return Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Startup",
                "DISPLAY={display} is not an X display name such as :0 or host:0. Start Tiski "
                "from a desktop session, or correct DISPLAY.",
            ),
            {"display": name},
        )
    return _unreachable(display) or _refused(display) or _missing_libraries()


def _unreachable(display: XDisplay) -> Message | None:
    """The display's socket does not answer: no X server there."""
    reason = _socket_reason(display)
    if reason is None:
        return None
    return Message(
        _CTX,
        QT_TRANSLATE_NOOP(
            "Startup",
            "No X server answers at DISPLAY={display} ({reason}). Check that the desktop "
            "session is running and that DISPLAY names it: echo $DISPLAY in a terminal of "
            "that session (over SSH, connect with ssh -X). Without a screen: {command}",
        ),
        {"display": display.name, "reason": reason, "command": _WITHOUT_SCREEN},
    )


def _socket_reason(display: XDisplay) -> str | None:
    """Why nothing listens at the display's socket; None when something does."""
    if display.host:
        try:
            with socket.create_connection(
                (display.host, X_TCP_PORT + display.number), timeout=CONNECT_TIMEOUT_S
            ):
                return None
        except OSError as error:
            return _reason(error)
    path = f"{X_SOCKET_FOLDER}/X{display.number}"
    reason = ""
    # Linux X servers listen on an abstract socket too; libxcb tries it first.
    for address in ("\0" + path, path):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(CONNECT_TIMEOUT_S)
            try:
                probe.connect(address)
            except OSError as error:
                reason = _reason(error)
                continue
            return None
    if not os.path.exists(path):
        return f"{path}: {os.strerror(errno.ENOENT)}"
    return f"{path}: {reason}"


def _reason(error: OSError) -> str:
    if isinstance(error, socket.gaierror | socket.timeout):
        return str(error)
    return error.strerror or type(error).__name__


def _refused(display: XDisplay) -> Message | None:
    """Something listens, but libxcb's own connection (with authorisation) fails."""
    error = _xcb_connect_error(display.name)
    if not error:
        return None
    return Message(
        _CTX,
        QT_TRANSLATE_NOOP(
            "Startup",
            "The X display {display} is there but refused the connection (libxcb error "
            "{code}). Start Tiski as the user signed in to that desktop session, or check "
            "XAUTHORITY; over SSH, connect with ssh -X.",
        ),
        {"display": display.name, "code": error},
    )


def _xcb_connect_error(name: str) -> int:
    """libxcb's error for a connection to ``name``; 0 when it works or libxcb is missing."""
    library = ctypes.util.find_library("xcb")
    if library is None:
        return 0  # reported with the other missing libraries
    try:
        xcb = ctypes.CDLL(library)
    except OSError:
        return 0
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.restype = ctypes.c_int
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.restype = None
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    with _quiet_stderr():  # libxcb prints the server's refusal itself; ours says it plainly
        connection = xcb.xcb_connect(name.encode(), None)
    try:
        return int(xcb.xcb_connection_has_error(connection))
    finally:
        xcb.xcb_disconnect(connection)  # frees the error object of a failed connection too


@contextmanager
def _quiet_stderr() -> Iterator[None]:
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):
        yield  # no real standard error (a test's capture): nothing to hide
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def _missing_libraries() -> Message | None:
    missing = [name for name in XCB_LIBRARIES if ctypes.util.find_library(name) is None]
    if not missing:
        return None
    return Message(
        _CTX,
        QT_TRANSLATE_NOOP(
            "Startup",
            "Qt's xcb platform needs system libraries that are missing: {missing}. "
            "On Debian or Ubuntu install them with: sudo apt-get install {packages}",
        ),
        {"missing": ", ".join(missing), "packages": XCB_PACKAGES},
    )


def platform_failure(qt_said: str) -> Message:
    """Qt could not start its platform after all: what Qt said, and what to check."""
    return Message(
        _CTX,
        QT_TRANSLATE_NOOP(
            "Startup",
            "Qt could not open a window here ({reason}). Check the screen: DISPLAY={display}, "
            "QT_QPA_PLATFORM={platform}; tiski doctor checks the rest. Without a screen: "
            "{command}",
        ),
        {
            "reason": qt_said,
            "display": os.environ.get("DISPLAY", ""),
            "platform": os.environ.get("QT_QPA_PLATFORM", ""),
            "command": _WITHOUT_SCREEN,
        },
    )


@contextmanager
def exit_on_platform_failure() -> Iterator[None]:
    """Around the creation of the QApplication: a platform Qt cannot start ends the process
    with one plain message and exit status 2 instead of Qt's abort (status 134).

    For what :func:`display_problem` cannot see beforehand (a library that is not on its
    list, a server that hangs up during Qt's own start).
    """
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    said: list[str] = []

    def handler(kind: QtMsgType, _context: QMessageLogContext, text: str) -> None:
        if kind != QtMsgType.QtFatalMsg:
            said.append(text)
            return
        from console.i18n import translate

        # Qt's first complaint names the cause; the later ones are its generic advice.
        reason = next((line for line in said if "cursor0" not in line), text)
        message = translate(platform_failure(reason.strip()))
        logging.getLogger(__name__).error("%s", message)
        for handler_ in logging.getLogger().handlers:
            handler_.flush()
        print(f"tiski: {message}", file=sys.stderr, flush=True)
        os._exit(2)  # Qt aborts as soon as this returns; there is nothing to save yet

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
