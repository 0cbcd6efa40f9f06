"""Python's garbage collection on the GUI thread only.

Automatic collection runs in whichever thread happens to allocate past a
threshold, a background worker included. When it frees a reference cycle that
holds a Qt object (a widget, a dialog, a signal holder), Qt destroys that object
on the wrong thread and the console crashes (seen here as segfaults under load).
So automatic collection is off, and a timer on the GUI thread collects instead,
as often as Python itself would.

The test suite does the same between tests, on the main thread (tests/conftest.py):
a young-generation collection after each Qt test and :func:`collect_if_due` after
every test, rather than a full collection each time, which was most of the run.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 500


def collect_if_due() -> None:
    """Collect the generations whose thresholds were passed (what automatic GC does)."""
    thresholds = gc.get_threshold()
    counts = gc.get_count()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return


def settle_start_up() -> None:
    """Collect once, then keep everything start-up made out of later collections.

    Start-up leaves the bulk of the console's objects (modules, Qt wrappers, the
    database mappings, translations) alive for the whole day. A full collection
    walks every one of them, and a counter's day runs one every few minutes: on the
    GUI thread that was a stall of 100-270 ms in the soak test. ``gc.freeze`` moves
    them to the permanent generation, which collections skip.
    """
    gc.collect()
    gc.freeze()


def collect_on_gui_thread(parent: QObject) -> QTimer:
    """Turn automatic collection off and collect from the GUI thread every half second."""
    gc.disable()
    timer = QTimer(parent)
    timer.setInterval(CHECK_MS)
    timer.timeout.connect(collect_if_due)
    timer.start()
    return timer
