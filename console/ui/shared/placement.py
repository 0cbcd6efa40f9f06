"""Where a main window opens: where it was on this screen last time, else filling the
screen's free area.

A counter PC's screen changes (a laptop at the counter one day and docked to a 4K
screen the next; IT swaps a monitor): a size remembered on one screen is not forced on
another. Each screen (by name and size) keeps its own geometry and dock layout.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow

# The one geometry kept before screens had their own (read once, then written per screen).
_OLD_KEY = "geometry"


def screen_key(screen: QScreen) -> str:
    """The settings group of one screen: its name and size ("HDMI-1 1366x768")."""
    size = screen.geometry().size()
    name = (screen.name() or "screen").replace("/", "_").replace("\\", "_")
    return f"{name} {size.width()}x{size.height()}"


def restore_placement(
    window: QMainWindow, settings: QSettings, prefix: str, *, docks: bool = True
) -> bool:
    """Put ``window`` where it was on its screen; True when it was never there, and it
    should open maximised over the screen's free area (the window is given that area
    already, for a screen without a window manager to maximise it). ``docks`` False:
    the place only, not the layout of its docks (a window that has none yet)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return False
    group = f"{prefix}/{screen_key(screen)}"
    geometry = settings.value(f"{group}/geometry") or settings.value(f"{prefix}/{_OLD_KEY}")
    state = settings.value(f"{group}/state") or settings.value(f"{prefix}/state")
    restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
    if docks and isinstance(state, QByteArray):
        window.restoreState(state)
    if restored:
        return False
    window.setGeometry(screen.availableGeometry())
    return True


def remember_placement(window: QMainWindow, settings: QSettings, prefix: str) -> None:
    """Keep ``window``'s geometry and dock layout for the screen it is on now."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    group = f"{prefix}/{screen_key(screen)}"
    settings.setValue(f"{group}/geometry", window.saveGeometry())
    settings.setValue(f"{group}/state", window.saveState())
