"""The GUI thread while every agency's back office takes 10 s to answer.

Budget (DESIGN.md): no stall of the GUI thread over 50 ms while a back office takes
10 s. A QTimer heartbeat every 5 ms records the gaps between its ticks in the real
console (offscreen) with every bundled plugin loaded, each pointed at the sandbox
back offices with a latency of ``--latency`` seconds on every answer (health checks
included); a visitor is called and identified so that every panel asks its back
office at once. Baseline, measured in the same run: the same console, the same
visitor, no plugins. Run:

    .venv/bin/python -m benchmarks.panels [--seconds 12] [--latency 10]

It prints the longest stall and the 99th percentile gap of both runs, with the
verdict, and exits 0: it is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

BUDGET_MS = 50.0
HEARTBEAT_MS = 5
CODE = "131052-308T"


def _panels_up(panels: Any) -> int:
    """Panels up: API 1 ones loaded in process, API 2 ones whose process said ready."""
    return len(panels.loaded) + sum(child.running for child in panels.processes.values())


def _measure(seconds: float, latency: float, with_plugins: bool, folder: Path) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from console.desk.desk import Desk
    from console.ops.sandbox import SandboxServer
    from console.plugin_host.discovery import apply_policy, bundled_plugins_dir, discover
    from console.store.database import Database
    from console.store.schema import upgrade
    from console.ui.console_window import ConsoleWindow
    from console.ui.plugins.plugin_panels import PluginSetup
    from console.ui.plugins.visitor_facts import VisitorFacts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    database_file = folder / ("with.sqlite3" if with_plugins else "without.sqlite3")
    database = Database(f"sqlite:///{database_file}")
    upgrade(database)
    desk = Desk(database, identity_key=lambda: b"k" * 32)
    desk.seed_demo()
    sandbox = None
    setup = PluginSetup()
    if with_plugins:
        bundled = bundled_plugins_dir()
        assert bundled is not None, "run from the repository: the bundled plugins are needed"
        sandbox = SandboxServer(bundled, port=0)
        base = sandbox.start()
        found = apply_policy(discover(bundled=bundled, folders=[]), allow=[], deny=[])
        values = {}
        for item in found:
            if item.manifest is not None:
                values[item.manifest.id] = {"base_url": f"{base}/{item.manifest.id}"}
                sandbox.set_fault(item.manifest.id, None, latency=latency)
        setup = PluginSetup(tuple(found), values)
    window = ConsoleWindow(desk, desk.sign_in_by_username("aino.virtanen", "T1"), plugins=setup)
    window.resize(1440, 900)
    window.show()
    window.start()

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def beat() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)
    heartbeat.start()

    def run_for(duration: float, until: object = None) -> None:
        end = time.monotonic() + duration
        while time.monotonic() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if until is not None and until():  # type: ignore[operator]
                return

    run_for(10.0, lambda: window.snapshot is not None)
    window.call_next_action.trigger()
    run_for(10.0, lambda: window.case_panel.step is not None)
    step = window.case_panel.step
    expected = sum(1 for f in setup.found if f.state == "ready")
    run_for(
        10.0, lambda: window.plugin_panels is None or _panels_up(window.plugin_panels) >= expected
    )
    if step is not None:
        # Identified: every panel that may read the code asks its back office now.
        window.case_panel.visitor_changed.emit(
            VisitorFacts(
                ticket=step.ticket_number,
                visit_id=step.visit_id,
                language="fi",
                name="Matti Mäkinen",
                identity_code=CODE,
            )
        )
    gaps.clear()
    last[0] = clock.nsecsElapsed()
    # While the back offices keep every panel waiting, the desk's own work must not
    # wait behind them: read the whole desk again and time it.
    run_for(0.5)
    shown: list[float] = []
    window.snapshot_shown.connect(lambda: shown.append(time.perf_counter()))
    asked = time.perf_counter()
    window.refresh()
    run_for(seconds, lambda: bool(shown))
    refresh_ms = (shown[0] - asked) * 1000 if shown else float("nan")
    run_for(max(0.0, seconds - (time.perf_counter() - asked)))
    heartbeat.stop()
    loaded = _panels_up(window.plugin_panels) if window.plugin_panels else 0
    window.close_unattended()  # its visitor is still called; nobody is there to answer
    run_for(0.5)
    from console.ui.shared.worker import jobs_running

    if sandbox is not None:
        sandbox.stop()
    run_for(latency + 2, lambda: jobs_running() == 0)
    database.dispose()
    stalls = [gap - HEARTBEAT_MS for gap in gaps]
    return {
        "max": max(stalls) if stalls else 0.0,
        "p99": statistics.quantiles(stalls, n=100)[98] if len(stalls) > 100 else 0.0,
        "ticks": float(len(gaps)),
        "panels": float(loaded),
        "refresh": refresh_ms,
    }


def _view(sections: int, rows: int) -> Any:
    from console.plugin_api.view import Row, Section, View, view_from_wire, view_to_wire

    view = View(
        "Kela",
        tuple(
            Section(
                f"Decisions {n}",
                tuple(
                    Row(f"Decision {n}.{m}", f"Paid on {m % 28 + 1} November") for m in range(rows)
                ),
            )
            for n in range(sections)
        ),
    )
    return view_from_wire(view_to_wire(view))  # as a plugin process sends it


def _draw_view(view: Any, times: int) -> float:
    """The longest GUI-thread gap (ms) while ``view`` is drawn and taken away ``times``
    times in an agency panel."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from console.ui.plugins.view_panel import ViewPanel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    panel = ViewPanel("Kela")
    panel.resize(480, 800)
    panel.show()
    beats = [time.perf_counter()]
    heartbeat = QTimer()
    heartbeat.setInterval(1)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start()

    def until(done: Any) -> None:
        while not done():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    longest = 0.0
    for _ in range(times):
        beats[:] = [time.perf_counter()]
        panel.show_view(view)
        until(panel.blocks.settled)
        panel.show_loading()
        until(panel.blocks.settled)
        beats.append(time.perf_counter())
        longest = max(longest, 1000 * max(b - a for a, b in itertools.pairwise(beats)))
    heartbeat.stop()
    panel.close()
    panel.deleteLater()
    app.processEvents()
    return longest


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seconds", type=float, default=12.0, help="how long to watch")
    parser.add_argument("--latency", type=float, default=10.0, help="back-office delay, s")
    parser.add_argument("--views", type=int, default=5, help="times the largest view is drawn")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="tiski-panels-") as folder:
        base = _measure(args.seconds, args.latency, False, Path(folder))
        loaded = _measure(args.seconds, args.latency, True, Path(folder))
    verdict = "PASS" if loaded["max"] <= BUDGET_MS else "OVER"
    print(
        f"GUI-thread stalls (heartbeat every {HEARTBEAT_MS} ms, {args.seconds:.0f} s watched, "
        f"back offices answering after {args.latency:.0f} s)"
    )
    header = f"{'run':<34}{'panels':>7}{'ticks':>8}{'p99 stall':>12}{'max stall':>12}"
    print(header + f"{'desk re-read':>15}")
    for label, run in (
        ("baseline: console, no plugins", base),
        ("every bundled plugin loaded", loaded),
    ):
        print(
            f"{label:<34}{run['panels']:>7.0f}{run['ticks']:>8.0f}"
            f"{run['p99']:>10.1f} ms{run['max']:>10.1f} ms{run['refresh']:>12.0f} ms"
        )
    print(f"budget: longest stall <= {BUDGET_MS:.0f} ms: {verdict}")

    small = _draw_view(_view(1, 10), args.views)
    largest = _draw_view(_view(100, 200), args.views)
    print()
    print(f"The largest view a plugin may send, drawn and taken away {args.views} times")
    print(f"{'baseline: one section of ten rows':<40}{small:>10.1f} ms longest gap")
    print(f"{'100 sections of 200 rows':<40}{largest:>10.1f} ms longest gap")
    view_verdict = "PASS" if largest <= BUDGET_MS else "OVER"
    print(f"budget: longest stall <= {BUDGET_MS:.0f} ms: {view_verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
