"""A back office that hangs, answers 500, answers garbage, floods 50 MB or trickles its
answer: the real console with the bundled plugins against the sandbox (a real HTTP server
on 127.0.0.1). Each failure shows in its own panel, the other panels show their data, and
the console serves on."""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fault_record import FaultOutcome
from plugin_console import console_with_plugins, identify_visitor
from pytestqt.qtbot import QtBot
from qt_jobs import settle_background_jobs

from console.desk.desk import Desk
from console.store.database import Database
from console.ui import errors as ui_errors
from console.ui.console_window import ConsoleWindow

pytestmark = [pytest.mark.faults, pytest.mark.slow]

CODE = "131052-308T"
BROKEN = "kela"
WELL = "vero"
# What each fault is called in the table, and the sandbox's name for it.
FAULTS = {
    "hangs (no answer)": "timeout",
    "answers 500": "500",
    "answers garbage (cut JSON)": "malformed",
    "answers 50 MB": "huge",
    "trickles one byte every 3 s": "trickle",
}


@pytest.fixture
def demo_desk(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    """The demo desk in a SQLite file: the back offices fail the same way on either database."""
    path = tmp_path / "desk.sqlite3"
    shutil.copy(sqlite_template, path)
    database = Database(f"sqlite:///{path}")
    assert Desk(database).seed_demo()
    yield database
    settle_background_jobs()
    database.dispose()


@pytest.fixture
def real_hook() -> Iterator[None]:
    """The console's own exception hook: an escaped error would show as a crash dialog."""
    previous = sys.excepthook
    ui_errors.install_exception_hook()
    yield
    sys.excepthook = previous


def error_of(window: ConsoleWindow, plugin_id: str) -> str:
    panels = window.plugin_panels
    assert panels is not None
    panel = panels.hosts[plugin_id].panel
    box = getattr(panel, "error_box", None)
    label = getattr(panel, "error_label", None)
    if box is None or label is None or box.isHidden():
        return ""
    return str(label.text())


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_failing_back_office_stays_in_its_panel(
    qtbot: QtBot,
    demo_desk: Database,
    sandbox: Any,
    real_hook: None,
    monkeypatch: pytest.MonkeyPatch,
    fault: str,
    outcome: FaultOutcome,
) -> None:
    outcome.fault, outcome.when = f"a back office {fault}", "identifying a visitor"
    sandbox.set_fault(BROKEN, FAULTS[fault])
    # The plugins' own default timeouts (Kela: 8 s per read): the client's call deadline,
    # not a short test setting, is what ends a hanging or trickling answer.
    window = console_with_plugins(qtbot, demo_desk, sandbox)
    asked_at = time.monotonic()
    identify_visitor(window, CODE, monkeypatch)

    outcome.check("the failure shows in its own panel, with no identity code")
    qtbot.waitUntil(lambda: error_of(window, BROKEN) != "", timeout=60_000)
    outcome.figure("error_shown_after_s", time.monotonic() - asked_at)
    shown = error_of(window, BROKEN)
    assert CODE not in shown
    outcome.figure("message", shown)

    outcome.check("the other panels carry on")
    assert error_of(window, WELL) == ""

    outcome.check("the console serves on: finishes and calls next")
    window.finish_action.trigger()
    qtbot.waitUntil(lambda: window.serving.current is None, timeout=20_000)
    window.call_next_action.trigger()
    qtbot.waitUntil(lambda: window.serving.current is not None, timeout=20_000)
    sandbox.clear_faults()
    window.close()
