"""The QApplication: Tiski's name, style, theme, translations, Qt's messages, window size."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from console.config import Settings
from console.ops.display_check import exit_on_platform_failure

if TYPE_CHECKING:
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

# The composition root's logger still: what the log says of start-up is unchanged.
log = logging.getLogger("console.app")


# The window colour Qt's Fusion style has in its light scheme; QPalette derives the
# rest (white fields, black text) from it.
LIGHT_WINDOW = "#efefef"


def make_application(
    settings: Settings, argv: list[str] | None = None, *, staff: bool = True
) -> QApplication:
    """The QApplication with Tiski's name, style, theme and translations.

    ``staff``: the staff windows take the theme and text size of ``ui.theme`` and
    ``ui.font_scale``; the kiosk and the lobby display (False) have looks of their own
    over the light theme."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from console.core.resources import resource_path
    from console.i18n import install_translators

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        with exit_on_platform_failure():
            app = QApplication(argv or ["tiski"])
    app.setApplicationName("Tiski")
    app.setOrganizationName("Tiski")
    # No application display name: Qt appends it to every window title on X11 and
    # Windows ("Tiski – Pori — Tiski"); each window's title names Tiski itself.
    app.setStyle("Fusion")
    # tiski.qss is a light theme (white group boxes and panels). On a dark desktop
    # Fusion would take the desktop's dark palette, and every label would be light
    # text on white: until the console has a dark theme of its own, it stays light.
    app.styleHints().setColorScheme(Qt.ColorScheme.Light)
    if staff:
        from console.ui.shared.theme import Appearance, set_default_appearance

        set_default_appearance(
            app, Appearance(str(settings["ui.theme"]), int(settings["ui.font_scale"]))
        )
    else:
        app.setPalette(QPalette(QColor(LIGHT_WINDOW)))
        theme = resource_path("themes", "tiski.qss")
        if theme.is_file():
            app.setStyleSheet(theme.read_text(encoding="utf-8"))
    install_translators(app, str(settings["ui.language"]))
    from console.ui.shared.contact import set_it_contact

    set_it_contact(str(settings["support.contact"]))
    _route_qt_messages()
    from console.ui.shared.gc_guard import collect_on_gui_thread
    from console.ui.shared.qt_compat import broken_qt_release

    broken = broken_qt_release()
    if broken is not None:
        log.error(
            "PySide6 %s on this Python aborts after some thousands of background jobs; "
            "install the versions of constraints.txt (tiski doctor says the same)",
            broken,
        )
    collect_on_gui_thread(app)
    return app


def _route_qt_messages() -> None:
    """Send Qt's own warnings to Tiski's log instead of the terminal."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_log = logging.getLogger("qt")

    def handler(kind: QtMsgType, _context: object, text: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", text)

    qInstallMessageHandler(handler)


def first_window_size(app: QApplication) -> QSize:
    """The console's size at its first start: 1440x900, or the screen where smaller
    (a 1366x768 counter PC would otherwise lose the bottom of the window)."""
    from PySide6.QtCore import QSize

    size = QSize(1440, 900)
    screen = app.primaryScreen()
    if screen is None:
        return size
    return size.boundedTo(screen.availableGeometry().size())
