"""The screen the kiosk or the lobby display fills, and filling it with or without a
window manager.

A full-screen request is a hint to the window manager; a kiosk PC often runs a bare X
server with none, where Qt then leaves the window at its own size (seen on 1366x768
screens: a kiosk of 950x695 or 1233x785, a display of 632x746). So the window is given
the screen's whole geometry itself, without a frame, before it asks for full screen too.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QApplication, QWidget

# The composition root's logger, as the rest of start-up.
log = logging.getLogger("console.app")


@dataclass(frozen=True)
class ScreenChoice:
    """Where a setting such as ``display.screen`` puts a lobby window.

    ``index`` is the chosen screen's place in the list of screens, None for the primary
    screen; ``problem`` says, in plain English for the log, why the setting could not be
    followed (empty when it could).
    """

    index: int | None
    problem: str = ""


def choose_screen(setting: str, wanted: str, names: Sequence[str]) -> ScreenChoice:
    """The screen ``wanted`` (the value of the setting named ``setting``) means among
    the screens called ``names``: a screen's name as Qt gives it (``DP-1``), or its
    number counted from 1; empty means the primary screen.

    A name is looked for first, so a screen that is really called "2" is found by it.
    """
    wanted = wanted.strip()
    if not wanted:
        return ScreenChoice(None)
    if wanted in names:
        return ScreenChoice(list(names).index(wanted))
    if wanted.isascii() and wanted.isdigit() and 1 <= int(wanted) <= len(names):
        return ScreenChoice(int(wanted) - 1)
    listed = ", ".join(f"{number} = {name!r}" for number, name in enumerate(names, 1))
    return ScreenChoice(
        None,
        f"{setting} = {wanted!r} is no screen here; the screens are {listed or 'none'}. "
        "Using the primary screen",
    )


def lobby_screen(app: QApplication, setting: str, wanted: str) -> QScreen:
    """The screen the setting ``setting`` (of value ``wanted``) chooses; the primary
    screen, with a warning in the log, when it names none of the screens there are."""
    screens = app.screens()
    choice = choose_screen(setting, wanted, [screen.name() for screen in screens])
    if choice.problem:
        log.warning("%s", choice.problem)
    if choice.index is None:
        return app.primaryScreen()
    return screens[choice.index]


def fill_screen(window: QWidget, screen: QScreen, *, hide_cursor: bool = False) -> None:
    """Show ``window`` covering the whole of ``screen``, frameless, and keep it covering
    its screen when that screen's resolution changes or the window goes to another one
    (its own unplugged). ``hide_cursor`` hides the mouse pointer over it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLayout
    from shiboken6 import isValid

    window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
    # The screen's size wins over the window's minimum, as it does under a window
    # manager's full screen: a page taller than a small screen (the kiosk's feedback
    # keypad needs 785 px of a 1366x768 screen) is squeezed there, and every other page
    # keeps its bottom row on the screen instead of 17 px below it.
    layout = window.layout()
    if layout is not None:
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    window.setMinimumSize(0, 0)
    if hide_cursor:
        window.setCursor(Qt.CursorShape.BlankCursor)
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()
    followed: list[QScreen] = []

    def cover(target: QScreen | None, geometry: QRect | None = None) -> None:
        # Connections live as long as the screen; the window may be gone before it.
        if target is None or not isValid(window) or window.screen() is not target:
            return
        window.setGeometry(target.geometry() if geometry is None else geometry)
        if not any(known is target for known in followed):
            followed.append(target)
            target.geometryChanged.connect(lambda changed: cover(target, changed))

    cover(screen)
    handle = window.windowHandle()
    if handle is not None:
        handle.screenChanged.connect(cover)
