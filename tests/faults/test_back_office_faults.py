"""A back office that hangs, answers 500, answers garbage, floods 50 MB or trickles its
answer: the real console with the bundled plugins against the sandbox (a real HTTP server
on 127.0.0.1). Each failure shows in its own panel, the other panels show their data, and
the console serves on."""

from __future__ import annotations

import itertools
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from console_quit import quit_console
from fault_record import FaultOutcome
from plugin_console import console_with_plugins, identify_visitor
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from qt_jobs import settle_background_jobs

from console.desk.desk import Desk
from console.store.database import Database
from console.ui.console_window import ConsoleWindow
from console.ui.shared import errors as ui_errors

pytestmark = [pytest.mark.faults, pytest.mark.slow]

CODE = "131052-308T"
# What the fault test allows the GUI thread between two 10 ms ticks. The console's aim is
# 100 ms (docs/reliability.md gives the measured figure); the guard leaves room for a
# CI machine whose two cores are shared with the test's own back offices and plugins.
GUI_GAP_GUARD_MS = 300
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
    """What the panel of ``plugin_id`` says went wrong for the visitor now at the counter
    ("" while it has not said anything is wrong)."""
    panels = window.plugin_panels
    assert panels is not None
    generation, view = panels.shown.get(plugin_id, (-1, None))
    if view is None or generation != panels.generation or view.problem is None:
        return ""
    shown = panels.views[plugin_id].problem_box
    assert shown.isVisibleTo(panels.views[plugin_id])  # what the advisor sees, not only data
    return str(shown.message_label.text())


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
    quit_console(window)


def _rss_mb(field: str) -> float:
    """VmRSS or VmHWM (peak) of this process, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise AssertionError(f"no {field} in /proc/self/status")


@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="needs Linux /proc")
@pytest.mark.qt_no_exception_capture
def test_a_flood_and_a_trickle_at_once_leave_the_console_responsive(
    qtbot: QtBot,
    demo_desk: Database,
    sandbox: Any,
    real_hook: None,
    monkeypatch: pytest.MonkeyPatch,
    outcome: FaultOutcome,
) -> None:
    """Kela answers 52 MB (100,000 applications) while Vero trickles a byte every 3 s: the
    GUI thread keeps its 10 ms timer, every other panel shows the visitor, memory stays
    low, and each of the two says what went wrong in its own panel."""
    outcome.fault = "Kela answers 50 MB and Vero trickles, at once"
    outcome.when = "identifying a visitor (plugins out of process)"
    sandbox.set_fault("kela", "huge")
    sandbox.set_fault("vero", "trickle")
    window = console_with_plugins(qtbot, demo_desk, sandbox)
    panels = window.plugin_panels
    assert panels is not None

    def shown(plugin_id: str) -> Any:
        entry = panels.shown.get(plugin_id)
        return entry[1] if entry is not None and entry[0] == panels.generation else None

    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: ticks.append(time.monotonic()))
    heartbeat.start()
    Path("/proc/self/clear_refs").write_text("5")  # the peak counts from here
    before_mb = _rss_mb("VmRSS")
    asked_at = time.monotonic()
    before = panels.generation
    identify_visitor(window, CODE, monkeypatch)
    qtbot.waitUntil(lambda: panels.generation > before, timeout=20_000)

    outcome.check("every other panel shows the visitor, without a problem")
    others = [plugin_id for plugin_id in panels.processes if plugin_id not in ("kela", "vero")]
    assert len(others) == 6
    qtbot.waitUntil(
        lambda: all(shown(plugin_id) is not None for plugin_id in others), timeout=30_000
    )
    outcome.figure("others_shown_after_s", time.monotonic() - asked_at)
    assert [p for p in others if shown(p).problem is not None] == []

    outcome.check("the flood and the trickle each end in their own panel")
    qtbot.waitUntil(
        lambda: shown("kela") is not None and bool(shown("kela").problem), timeout=30_000
    )
    outcome.figure("flood_shown_after_s", time.monotonic() - asked_at)
    qtbot.waitUntil(
        lambda: shown("vero") is not None and bool(shown("vero").problem), timeout=60_000
    )
    outcome.figure("trickle_shown_after_s", time.monotonic() - asked_at)
    for plugin_id in ("kela", "vero"):
        assert CODE not in shown(plugin_id).problem.message
    qtbot.wait(500)
    heartbeat.stop()

    outcome.check("the GUI thread kept its timer; memory stayed low")
    gaps = [(later - earlier) * 1000 for earlier, later in itertools.pairwise(ticks)]
    longest = max(gaps)
    outcome.figure("longest_gui_gap_ms", longest)
    outcome.figure("gaps_over_100_ms", sum(gap > 100 for gap in gaps))
    peak = _rss_mb("VmHWM")
    outcome.figure("peak_rss_mb", peak)
    outcome.figure("rss_growth_mb", peak - before_mb)
    # The console runs inside the test process: what the flood and the trickle added is
    # the console's part (a console on its own is under 300 MB in all: the figure above
    # from a run of this test alone, docs/reliability.md).
    assert peak - before_mb < 100
    assert longest < GUI_GAP_GUARD_MS, f"the GUI thread waited {longest:.0f} ms"

    window.finish_action.trigger()
    qtbot.waitUntil(lambda: window.serving.current is None, timeout=20_000)
    sandbox.clear_faults()
    quit_console(window)
