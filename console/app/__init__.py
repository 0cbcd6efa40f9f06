"""Composition root: settings -> database -> desk -> (plugin host) -> windows.

Each concern has its module; the names other code uses are re-exported here:

- ``opening``: the database and the desk over it, as the settings say;
- ``qt_application``: the QApplication (style, theme, translations, Qt's messages);
- ``sign_in``: the sign-in dialog's service, the demo's and admin's sign-ins;
- ``first_start``: a database nobody set up yet (a local first start, an empty server);
- ``windows``: ``run_console``, ``run_admin``, ``run_kiosk``, ``run_display``;
- ``quitting``: SIGTERM, and background work ending before Python does;
- ``plugins``: the agency plugins a console loads (and the demo's sandbox);
- ``errors``: ``StartupError`` and the dialog that shows it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from console.app.errors import StartupError
    from console.app.first_start import first_start, refuse_empty_server
    from console.app.opening import (
        OpenedDesk,
        database_options,
        database_url,
        identity_key_source,
        make_desk,
        open_database,
        open_desk,
    )
    from console.app.plugins import plugin_setup
    from console.app.qt_application import LIGHT_WINDOW, first_window_size, make_application
    from console.app.quitting import QUIT_DATABASE_WAIT_MS
    from console.app.sign_in import SignInService, admin_sign_in, choose_sign_in, demo_sign_in
    from console.app.windows import run_admin, run_console, run_display, run_kiosk

# Where each name lives. Imported on first use, not with this package: the console's
# start-up imports console.app.windows, and must not wait here for the database stack
# (SQLAlchemy, the models) before its first paint (docs/performance.md).
_HOMES = {
    "StartupError": "errors",
    "first_start": "first_start",
    "refuse_empty_server": "first_start",
    "OpenedDesk": "opening",
    "database_options": "opening",
    "database_url": "opening",
    "identity_key_source": "opening",
    "make_desk": "opening",
    "open_database": "opening",
    "open_desk": "opening",
    "plugin_setup": "plugins",
    "LIGHT_WINDOW": "qt_application",
    "first_window_size": "qt_application",
    "make_application": "qt_application",
    "QUIT_DATABASE_WAIT_MS": "quitting",
    "SignInService": "sign_in",
    "admin_sign_in": "sign_in",
    "choose_sign_in": "sign_in",
    "demo_sign_in": "sign_in",
    "run_admin": "windows",
    "run_console": "windows",
    "run_display": "windows",
    "run_kiosk": "windows",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)


__all__ = [
    "LIGHT_WINDOW",
    "QUIT_DATABASE_WAIT_MS",
    "OpenedDesk",
    "SignInService",
    "StartupError",
    "admin_sign_in",
    "choose_sign_in",
    "database_options",
    "database_url",
    "demo_sign_in",
    "first_start",
    "first_window_size",
    "identity_key_source",
    "make_application",
    "make_desk",
    "open_database",
    "open_desk",
    "plugin_setup",
    "refuse_empty_server",
    "run_admin",
    "run_console",
    "run_display",
    "run_kiosk",
]
