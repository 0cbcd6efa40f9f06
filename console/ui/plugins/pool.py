"""The threads the agency panels' back-office calls run on, apart from the desk's.

Back-office calls get threads of their own: eight panels each waiting 10 s on a slow
agency must not hold up the desk's own database work on the global pool (which has one
thread per core).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool

from console.ui.shared.worker import run_in_background

_PLUGIN_POOL: QThreadPool | None = None
PLUGIN_THREADS = 16


def plugin_pool() -> QThreadPool:
    global _PLUGIN_POOL
    if _PLUGIN_POOL is None:
        _PLUGIN_POOL = QThreadPool()
        _PLUGIN_POOL.setMaxThreadCount(PLUGIN_THREADS)
    return _PLUGIN_POOL


def run_on_plugin_pool(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    context: QObject,
) -> None:
    """The runner an API 1 panel's context is handed: its work on the plugins' threads."""
    run_in_background(work, on_success, on_failure, context=context, pool=plugin_pool())
