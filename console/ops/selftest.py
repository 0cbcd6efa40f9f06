"""``tiski --self-test``: does this installation work, end to end, without a screen?

It opens the database (a shared one named by ``database.url`` is only checked,
never changed), makes a throw-away demo database and migrates it, loads every
agency plugin IT allows, and renders the console, the kiosk and the lobby
display offscreen. One line per check, ``ok`` or ``FAIL``; exit status 0 when
all passed, 1 naming what failed. The installers and the build run it after
installing.

The real user's files stay untouched: for the run, Tiski's data folder is a
temporary one (``paths.user_data_dir`` asks platformdirs each time, so the
demo database, the note drafts, the window layout and the identity key all
follow it), and the keyring is one that keeps nothing, so the demo's identity
key cannot reach the real keyring.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING
from unittest import mock

from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

if TYPE_CHECKING:
    from console.config import Settings

log = logging.getLogger(__name__)

_CTX = "SelfTest"
EXIT_OK = 0
EXIT_FAILED = 1

SHARED_DATABASE_SECONDS = 5  # the whole self-test should take well under 20 s
# The pictures: the console as in docs/console.png, the kiosk and display as on their screens.
WINDOWS = (("console", 1440, 900), ("kiosk", 1280, 800), ("display", 1280, 720))


class _Failed(Exception):
    """A check failed; ``message`` says why."""

    def __init__(self, message: Message | str) -> None:
        super().__init__(str(message))
        self.message = message


def _m(text: str, **params: object) -> Message:
    return Message(_CTX, text, dict(params))


class _Report:
    """Prints one line per check as it ends, and remembers which failed."""

    def __init__(self) -> None:
        self.failed: list[str] = []

    def run(self, name: str, check: Callable[[], Message]) -> bool:
        from console.i18n import translate

        try:
            detail = translate(check())
        except _Failed as failure:
            reason = failure.message
            detail = translate(reason) if isinstance(reason, Message) else reason
        except TiskiError as error:
            detail = translate(error.message)
        except Exception as error:  # the self-test reports whatever breaks, then goes on
            from console.logs import mask_sensitive

            log.exception("Self-test check %s failed", name)
            lines = str(error).strip().splitlines()
            detail = mask_sensitive(f"{type(error).__name__}: {lines[0] if lines else ''}")
        else:
            print(f"ok   {name}: {detail}", flush=True)
            return True
        self.failed.append(name)
        print(f"FAIL {name}: {detail}", flush=True)
        return False


def report_broken_settings(reason: str) -> int:
    """The self-test's answer when the settings cannot even be read."""
    print(f"FAIL settings: {reason}", flush=True)
    return EXIT_FAILED


def run_self_test(settings: Settings) -> int:
    """Run every check; print one line each; 0 when all passed, else 1."""
    started = time.monotonic()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from console.app.qt_application import make_application
    from console.i18n import translate

    make_application(settings, sys.argv[:1])
    report = _Report()
    files = ", ".join(str(path) for path in settings.files) or "-"
    report.run(
        "settings", lambda: _m(QT_TRANSLATE_NOOP("SelfTest", "files read: {files}"), files=files)
    )
    shared = bool(settings["database.url"])
    if shared:
        report.run("database", lambda: _shared_database(settings))
    with (
        tempfile.TemporaryDirectory(prefix="tiski-selftest-", ignore_cleanup_errors=True) as temp,
        _throwaway_data_folder(Path(temp) / "data"),
        _keyring_that_keeps_nothing(),
    ):
        if report.run("demo database" if shared else "database", lambda: _demo_database(settings)):
            report.run("plugins", lambda: _plugins(settings))
            for window, width, height in WINDOWS:
                out = Path(temp) / f"{window}.png"
                report.run(window, functools.partial(_render, settings, window, out, width, height))
        _let_background_work_end()
    if report.failed:
        summary = _m(
            QT_TRANSLATE_NOOP("SelfTest", "Self-test failed: {names}."),
            names=", ".join(report.failed),
        )
        print(translate(summary), flush=True)
        return EXIT_FAILED
    summary = _m(
        QT_TRANSLATE_NOOP("SelfTest", "Self-test passed in {seconds} s."),
        seconds=f"{time.monotonic() - started:.1f}",
    )
    print(translate(summary), flush=True)
    return EXIT_OK


# ---------------------------------------------------------------- the checks
def _shared_database(settings: Settings) -> Message:
    """The office's database: reachable, and its schema the one this Tiski needs."""
    from console.app.opening import database_url
    from console.store.database import Database
    from console.store.schema import SchemaState, schema_status

    url, _embedded = database_url(settings, demo=False)
    seconds = min(int(settings["database.connect_timeout"]), SHARED_DATABASE_SECONDS)
    database = Database(url, connect_timeout=seconds)
    try:
        status = schema_status(database)
    finally:
        database.dispose()
    params = {"url": database.shown_url, "current": status.current or "-", "head": status.head}
    if status.state is not SchemaState.CURRENT:
        raise _Failed(
            _m(
                QT_TRANSLATE_NOOP(
                    "SelfTest",
                    "{url}: schema {current}, this Tiski needs {head} (tiski doctor says "
                    "what to do)",
                ),
                **params,
            )
        )
    return _m(QT_TRANSLATE_NOOP("SelfTest", "{url}, schema {current}"), **params)


def _demo_database(settings: Settings) -> Message:
    """A demo database made, migrated and seeded in the throw-away data folder."""
    from console.app.opening import open_desk
    from console.store.schema import schema_status

    opened = open_desk(settings, demo=True)
    database = opened.desk.database
    try:
        status = schema_status(database)
        staff = len(opened.desk.staff())
    finally:
        database.dispose()
    return _m(
        QT_TRANSLATE_NOOP("SelfTest", "{file}, schema {current}, demo desk with {staff} staff"),
        file=f"{database.dialect} {database.url.database}",
        current=status.current or "-",
        staff=staff,
    )


def _plugins(settings: Settings) -> Message:
    """Every plugin IT allows, loaded as the console loads it (its panel is not made)."""
    from console.plugin_host.discovery import plugins_for
    from console.plugin_host.loading import load_plugin
    from console.plugin_host.settings import plugin_settings

    found = plugins_for(settings)
    loaded: list[str] = []
    problems: list[Message] = []
    for item in found:
        if item.state == "invalid" and item.source == "bundled" and item.reason is not None:
            problems.append(item.reason)  # a broken installation, not a site's choice
        if item.state != "ready" or item.manifest is None:
            continue
        try:
            plugin_settings(item.manifest, settings.plugin_values(item.manifest.id))
            load_plugin(item.manifest, sha256=item.sha256)
        except TiskiError as error:
            problems.append(error.message)
            continue
        loaded.append(item.manifest.id)
    if problems:
        joined = problems[-1]
        for problem in reversed(problems[:-1]):
            joined = _m(
                QT_TRANSLATE_NOOP("SelfTest", "{first}; {rest}"), first=problem, rest=joined
            )
        raise _Failed(joined)
    params = {
        "count": len(loaded),
        "ids": ", ".join(loaded) or "-",
        "others": len(found) - len(loaded),
    }
    if params["others"]:
        text = QT_TRANSLATE_NOOP(
            "SelfTest", "{count} loaded ({ids}); {others} not loaded (off or invalid)"
        )
        return _m(text, **params)
    return _m(QT_TRANSLATE_NOOP("SelfTest", "{count} loaded ({ids})"), **params)


def _render(settings: Settings, window: str, out: Path, width: int, height: int) -> Message:
    """One window with the demo desk, painted offscreen into a picture that is then read back."""
    from PySide6.QtGui import QImage

    from console.ops.screenshot import render_screenshot

    render_screenshot(settings, out, window=window, demo=True, width=width, height=height)
    picture = QImage(str(out))
    if picture.isNull() or picture.width() < width // 2 or picture.height() < height // 2:
        raise _Failed(
            _m(
                QT_TRANSLATE_NOOP("SelfTest", "the picture {file} is empty or too small"),
                file=str(out),
            )
        )
    return _m(
        QT_TRANSLATE_NOOP("SelfTest", "rendered {width}x{height}"),
        width=picture.width(),
        height=picture.height(),
    )


def _let_background_work_end() -> None:
    """Jobs the windows started (panel calls, a last read) end while their folder exists;
    a worker still running Python at interpreter shutdown would abort the process."""
    from PySide6.QtCore import QThreadPool

    from console.ui.plugins.pool import plugin_pool
    from console.ui.shared.database_pool import database_pool

    for pool in (QThreadPool.globalInstance(), plugin_pool(), database_pool()):
        if not pool.waitForDone(5_000):
            log.warning("Background work was still running at the end of the self-test")


# ---------------------------------------------------------------- keeping the user's files
@contextmanager
def _throwaway_data_folder(folder: Path) -> Iterator[None]:
    """Tiski's data folder is ``folder`` while this lasts.

    ``console.paths.user_data_dir`` asks platformdirs on every call, so every
    caller follows: the demo database, the drafts journal, the window layout,
    the remembered sign-in and the embedded identity key file.
    """
    import platformdirs

    folder.mkdir(parents=True, exist_ok=True)
    with mock.patch.object(platformdirs, "user_data_path", return_value=folder):
        yield


@contextmanager
def _keyring_that_keeps_nothing() -> Iterator[None]:
    """The demo makes an identity key; it goes to the throw-away folder, not the keyring."""
    import keyring
    from keyring.backends import null

    try:
        previous = keyring.get_keyring()
    except Exception:  # a broken PYTHON_KEYRING_BACKEND: doctor reports it; nothing to restore
        previous = None
    keyring.set_keyring(null.Keyring())
    try:
        yield
    finally:
        if previous is not None:
            keyring.set_keyring(previous)
