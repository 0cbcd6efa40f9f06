"""The change feed in the GUI: a listening thread that reports on the GUI thread."""

from __future__ import annotations

import enum
import logging
import threading
import time

from PySide6.QtCore import QObject, QThread, Signal

from console.desk.feed import DeskDelta, FeedDown, LiveDesk

log = logging.getLogger(__name__)

WAIT_SECONDS = 0.5
RETRY_SECONDS = 2.0
SAFETY_READ_SECONDS = 5.0
# At most one read of the changes this often. A busy desk commits dozens of changes a
# second; reading and showing each on its own kept a thread running Python (the reads)
# and the GUI thread re-laying out the queue tables many times a second, and the two
# wait on each other for Python's interpreter lock (docs/reliability.md, the soak test).
# The first change after a quiet moment is still read at once. Four reads a second
# (0.25 s, 3 December) made a change wait up to a quarter of a second at an ordinary
# pace of a few changes a second, over the feed's budget of 50 ms at p95 on PostgreSQL
# (docs/performance.md); 50 ms keeps a burst to twenty reads a second and an ordinary
# change within the budget.
MIN_READ_INTERVAL_SECONDS = 0.05


class FeedState(enum.Enum):
    LIVE = "live"
    DOWN = "down"


class _Listening(QThread):
    delta = Signal(object)
    state = Signal(object)
    resync = Signal()

    def __init__(self, live: LiveDesk, stop: threading.Event) -> None:
        super().__init__()
        self._live = live
        self._stop = stop

    def run(self) -> None:
        listener = self._live.listener()
        connected = False
        first = True
        last_read = time.monotonic()
        while not self._stop.is_set():
            try:
                if not connected:
                    listener.connect()
                    if not first:
                        self.resync.emit()  # whatever happened while we were away
                    first = False
                    connected = True
                    self.state.emit(FeedState.LIVE)
                woken = listener.wait(WAIT_SECONDS)
                if woken:
                    # Let the changes of a busy moment gather into one read; what woke us
                    # meanwhile is in that read too.
                    pause = MIN_READ_INTERVAL_SECONDS - (time.monotonic() - last_read)
                    if pause > 0 and self._stop.wait(pause):
                        break
                    listener.drain()
                # Read now and then even when nothing woke us: it covers a
                # notification lost with a connection, for one indexed query.
                if woken or time.monotonic() - last_read > SAFETY_READ_SECONDS:
                    last_read = time.monotonic()
                    delta = self._live.delta()
                    if delta is not None:
                        self.delta.emit(delta)
            except FeedDown as error:
                log.warning("Change feed down: %s", error)
                connected = False
                self.state.emit(FeedState.DOWN)
                self._stop.wait(RETRY_SECONDS)
            except Exception as error:
                log.warning("Change feed read failed: %s", error)
                connected = False
                listener.close()
                self.state.emit(FeedState.DOWN)
                self._stop.wait(RETRY_SECONDS)
        listener.close()


class FeedWatcher(QObject):
    """Follows the desk's changes; ``delta`` and ``state_changed`` arrive on the GUI thread.

    ``resync_needed`` asks the owner for a full read after the feed was down.
    """

    delta = Signal(object)
    state_changed = Signal(object)
    resync_needed = Signal()

    def __init__(self, live: LiveDesk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.state = FeedState.DOWN
        self._stop = threading.Event()
        self._thread: _Listening | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        thread = _Listening(self.live, self._stop)
        thread.delta.connect(self._on_delta)
        thread.state.connect(self._on_state)
        thread.resync.connect(self.resync_needed)
        self._thread = thread
        thread.start()

    def stop(self) -> None:
        """Stop listening and wait for the thread (tests fail on a thread left running)."""
        if self._thread is None:
            return
        self._stop.set()
        self._thread.wait(10_000)
        self._thread = None

    def _on_delta(self, delta: DeskDelta) -> None:
        # A change read just before stop() arrives after it: a stopped console (quitting,
        # or signed out) must not start reading the desk again for it.
        if self._thread is None:
            return
        self.delta.emit(delta)

    def _on_state(self, state: FeedState) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(state)
