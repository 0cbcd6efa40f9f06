"""The demo desk opened on a thread of its own while the console's shell is on screen
(docs/performance.md, "Start to first painted console").

Importing the database stack (SQLAlchemy, the models, psycopg) and opening the desk
(the schema check, the demo's seed) take longer than Qt's whole start: done first, the
window waited for them. On this thread the shell stays responsive meanwhile (it
repaints, it can be closed). It is a plain ``threading.Thread``, not the GUI's worker
helper: that one delivers into a person's session, and there is none yet; the GUI
thread waits for this one in :meth:`DeskOpening.wait`, never touches what it makes
before it has finished, and raises there what it raised, as if the desk had been
opened on the GUI thread.
"""

from __future__ import annotations

import importlib
import logging
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from console.app.opening import OpenedDesk
    from console.config import Settings

# The composition root's logger still: what the log says of start-up is unchanged.
log = logging.getLogger("console.app")

# What the console needs once the desk is open, imported while the thread is there
# anyway: none of it creates a Qt object when imported.
_NEEDED_AFTER = (
    "console.app.sign_in",
    "console.app.plugins",
    "console.desk.console_model",
    "console.desk.feed",
    "console.plugin_host.discovery",
    "console.plugin_host.broker",
)
# How often the GUI thread looks whether the thread is done (ms): far below a frame.
_POLL_MS = 5


class DeskOpening:
    """``open_desk(settings, demo=demo)`` on a thread started at once."""

    def __init__(self, settings: Settings, *, demo: bool) -> None:
        self._settings = settings
        self._demo = demo
        self._opened: OpenedDesk | None = None
        self._error: BaseException | None = None
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._open, name="tiski-open-desk")
        self._thread.start()

    def _open(self) -> None:
        try:
            from console.app.opening import open_desk

            self._opened = open_desk(self._settings, demo=self._demo)
            for name in _NEEDED_AFTER:
                importlib.import_module(name)
        except BaseException as error:  # raised again on the GUI thread, in wait()
            self._error = error
        finally:
            self._done.set()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, cancelled: SignalInstance | None = None) -> OpenedDesk | None:
        """The opened desk, once the thread is done; Qt's events go on meanwhile (the
        shell repaints, its window can be closed). None when ``cancelled`` was emitted
        first (the person closed the shell): the desk, once opened, is closed again."""
        if not self._done.is_set():
            from PySide6.QtCore import QEventLoop, QTimer

            loop = QEventLoop()
            timer = QTimer()
            timer.timeout.connect(lambda: loop.quit() if self._done.is_set() else None)
            timer.start(_POLL_MS)
            if cancelled is not None:
                cancelled.connect(loop.quit)
            loop.exec()
            timer.stop()
            if cancelled is not None:
                cancelled.disconnect(loop.quit)
        if not self._done.is_set():
            self.discard()
            return None
        return self.result()

    def result(self) -> OpenedDesk:
        """Wait for the thread (blocking); the opened desk, or what opening it raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._opened is not None
        return self._opened

    def discard(self) -> None:
        """Nobody will use the desk: wait for the thread, close the desk's database."""
        self._thread.join()
        if self._opened is not None:
            self._opened.desk.database.dispose()
        elif self._error is not None:
            log.info("Opening the desk failed after start-up was cancelled: %s", self._error)
