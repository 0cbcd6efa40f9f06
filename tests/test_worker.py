"""Background jobs: nothing of the GUI's is released on a pool thread, and a job that
is still running can be named with where it was started."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot
from qt_jobs import settle_background_jobs

from console.plugin_api.testing import jobs_pending, make_context
from console.ui.shared import worker
from console.ui.shared.worker import run_in_background, running_jobs

WAIT_MS = 15_000  # only a guard against a hang

Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[Any], None], QObject], None]


def console_runner(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Any], None],
    context: QObject,
) -> None:
    run_in_background(work, on_success, on_failure, context=context)


def test_kit_runner(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Any], None],
    context: QObject,
) -> None:
    make_context(parent=context).run(work, on_success, on_failure)


test_kit_runner.__test__ = False  # type: ignore[attr-defined]


def pending() -> int:
    return worker.jobs_running() + jobs_pending()


@pytest.mark.parametrize("runner", [console_runner, test_kit_runner], ids=["console", "test-kit"])
@pytest.mark.parametrize("fails", [False, True], ids=["result", "error"])
def test_the_gui_thread_releases_what_a_job_was_given(
    qtbot: QtBot, runner: Runner, fails: bool
) -> None:
    """A QObject freed on a pool thread races with the GUI thread's event processing
    (it crashed this suite about one run in ten); once a result is delivered the GUI
    thread holds the last reference to everything the job touched, so it goes here."""
    context = QObject()
    released_on: list[str] = []
    for _round in range(20):
        captured = QObject()  # stands for a panel or window the work closes over
        weakref.finalize(captured, lambda: released_on.append(threading.current_thread().name))
        delivered: list[object] = []

        def work(held: QObject = captured) -> str:
            if fails:
                raise LookupError(held.objectName())
            return held.objectName()

        runner(work, delivered.append, delivered.append, context)
        del work, captured
        qtbot.waitUntil(lambda: pending() == 0, timeout=WAIT_MS)
        assert len(delivered) == 1
        assert isinstance(delivered[0], LookupError) == fails
        delivered.clear()  # an error's traceback holds the work's frame: the last reference

        assert released_on == [threading.main_thread().name] * (_round + 1)


def test_a_result_for_a_destroyed_context_is_dropped(qtbot: QtBot) -> None:
    release = threading.Event()
    context = QObject()
    delivered: list[object] = []
    run_in_background(
        lambda: release.wait(WAIT_MS / 1000), delivered.append, delivered.append, context=context
    )
    context.deleteLater()
    qtbot.waitUntil(lambda: not _alive(context), timeout=WAIT_MS)
    release.set()
    qtbot.waitUntil(lambda: worker.jobs_running() == 0, timeout=WAIT_MS)
    assert delivered == []


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def fetch_visitor_record(release: threading.Event) -> bool:
    return release.wait(WAIT_MS / 1000)


def test_a_running_job_is_named_with_where_it_was_started(qtbot: QtBot) -> None:
    release = threading.Event()
    answers: list[object] = []
    run_in_background(lambda: fetch_visitor_record(release), answers.append, answers.append)
    try:
        [job] = running_jobs()
        report = job.report()
    finally:
        release.set()
        assert settle_background_jobs()

    assert "test_a_running_job_is_named_with_where_it_was_started.<locals>.<lambda>" in report
    assert f"started at {__file__}:" in report
    # The stack (recorded because tests/conftest.py asks for it) shows the calling test.
    assert "in test_a_running_job_is_named_with_where_it_was_started" in report
    assert "run_in_background(lambda: fetch_visitor_record(release), answers.append" in report
    assert answers == [True]


def test_a_job_is_described_by_what_it_runs() -> None:
    import functools

    assert worker._describe(fetch_visitor_record) == f"{__name__}.fetch_visitor_record"
    assert worker._describe(functools.partial(fetch_visitor_record, threading.Event())) == (
        f"{__name__}.fetch_visitor_record"
    )
    assert worker._describe(threading.Event().wait) == "threading.Event.wait"
