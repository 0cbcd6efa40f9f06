"""One console through a busy day, in a process of its own: the soak test's subject.

``python busy_day.py DATABASE_URL REPORT [--jobs N] [--notes N] [--events N]`` starts the
real console (``console.cli.main``: settings, logging, the database, the agency plugins
against the sandbox back offices, which run in a process of their own as an office's
run on other machines, the window) signed in as Aino at T1, and drives it:

- background jobs through ``run_in_background``, as the console's own reads are, until
  ``--jobs`` have delivered their result (about one in ten reads the whole queue);
- the counter's day: call next, write a note in the editor, save it, finish, until
  ``--notes`` notes are saved; every fifth visitor is identified to the agency panels,
  which then ask their back offices, and every fiftieth visit re-checks their health;
- another desk in another process (feeder.py) issuing, calling and finishing tickets:
  ``--events`` feed events the console must follow.

It measures what an office would notice: the longest gap of a 10 ms timer on the GUI
thread, resident memory after warm-up and at the end, Qt's warnings and logged errors,
and whether the console's waiting list agrees with the database at the end. The figures
go to REPORT as JSON; the test judges them. An abort (a Qt release losing references)
ends the process with no report.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from console import cli
from console.app import windows as console_start
from console.app.opening import open_desk
from console.config import Settings
from console.desk.desk import Desk
from console.ui import console_window
from console.ui.access.session import Session
from console.ui.console_window import ConsoleWindow
from console.ui.plugins.visitor_facts import VisitorFacts
from console.ui.shared.database_pool import database_pool
from console.ui.shared.worker import jobs_running, run_in_background

FEEDER = Path(__file__).with_name("feeder.py")
# Jobs in flight at once: two, as a busy console has (a refresh and a save, say). The
# day is compressed into minutes; with eight at once the driver's own reads kept both
# cores busy and the GUI thread waited its turn for 100-150 ms (measured), which is
# the test's load, not the console's.
IN_FLIGHT = 2
WARM_UP_JOBS = 2_000
WARM_UP_NOTES = 20
DEMO_VISITOR = ("131052-308T", "Matti Mäkinen")
# Offscreen windows cannot be placed by a window manager; pytest's ignore list says the same.
# How long the advisor looks at the agency panels of an identified visitor at most.
CONSULT_AT_MOST_S = 3.0
HARMLESS_QT = ("This plugin does not support propagateSizeHints",)


def cpu_steal_ms() -> int:
    """CPU time the machine's host took from this virtual machine (all cores, /proc/stat
    ``steal``): time our virtual cores had work to run and the host ran something else."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            fields = stat.readline().split()
    except OSError:
        return 0
    return int(fields[8]) * 10 if len(fields) > 8 else 0  # 100 ticks a second


def resident_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * 4096 / 2**20


class Logged(logging.Handler):
    """Qt's warnings (routed to the "qt" logger) and every error the console logs."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.qt_warnings: list[str] = []
        self.errors: list[str] = []
        self.warnings = 0

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.name == "qt":
            if not any(harmless in text for harmless in HARMLESS_QT):
                self.qt_warnings.append(text[:300])
        elif record.levelno >= logging.ERROR:
            self.errors.append(f"{record.name}: {text[:300]}")
        else:
            self.warnings += 1


class StallWatch:
    """Where the GUI thread was while it did not beat: a watchdog thread samples its stack.

    Most of Qt runs without holding Python's lock, so the sample lands inside the stall
    itself; the report keeps the longest stalls with what they were doing.
    """

    # Stalls sampled from this long (s); TISKI_SOAK_STALL_S=0.05 shows the shorter ones too.
    THRESHOLD = float(os.environ.get("TISKI_SOAK_STALL_S", "0.1"))

    def __init__(self) -> None:
        self.gui_thread = threading.get_ident()
        self._stat = f"/proc/self/task/{threading.get_native_id()}/stat"
        self._task = f"/proc/self/task/{threading.get_native_id()}"
        self.warm = False
        self.last_beat = time.monotonic()
        self.stalls: list[dict[str, Any]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="stall-watch", daemon=True)
        self._thread.start()

    def beat(self) -> None:
        self.last_beat = time.monotonic()

    def stop(self) -> None:
        self._stop.set()

    def _cpu_ms(self) -> int:
        """CPU time the GUI thread has used: a stall that uses none was waiting, not working."""
        try:
            with open(self._stat, encoding="ascii") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            return 0
        return (int(fields[11]) + int(fields[12])) * 10  # utime + stime, 100 ticks a second

    def sched(self) -> tuple[int, int, int, int]:
        """The GUI thread's CPU time and time waiting for a core (ms, schedstat), and its
        voluntary and involuntary context switches: a stall with many voluntary switches
        and little CPU waited for a lock (the GIL), one with run-queue time for a core."""
        try:
            with open(f"{self._task}/schedstat", encoding="ascii") as stat:
                cpu_ns, wait_ns, _slices = (int(part) for part in stat.read().split())
            voluntary = involuntary = 0
            with open(f"{self._task}/status", encoding="ascii") as status:
                for line in status:
                    if line.startswith("voluntary_ctxt_switches"):
                        voluntary = int(line.split()[1])
                    elif line.startswith("nonvoluntary_ctxt_switches"):
                        involuntary = int(line.split()[1])
        except (OSError, ValueError):
            return (0, 0, 0, 0)
        return (cpu_ns // 1_000_000, wait_ns // 1_000_000, voluntary, involuntary)

    def _watch(self) -> None:
        current: dict[str, Any] | None = None
        before = self.sched()
        while not self._stop.wait(0.02):
            late = time.monotonic() - self.last_beat
            if late < 0.03:  # the thread beats: what it has used so far, for the next stall
                before = self.sched()
            if late > self.THRESHOLD:
                frames = sys._current_frames()
                frame = frames.get(self.gui_thread)
                stack = "".join(traceback.format_stack(frame, limit=12)) if frame else "?"
                if current is None or current["beat"] != self.last_beat:
                    current = {"beat": self.last_beat, "stacks": {}, "cpu_at": self._cpu_ms()}
                    current["sched_at"] = before
                    current["warm"] = self.warm
                    self.stalls.append(current)
                others = current.setdefault("others", {})
                me = threading.get_ident()
                for ident, other in frames.items():
                    if ident in (me, self.gui_thread):
                        continue
                    top = traceback.extract_stack(other, limit=3)
                    where = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in top)
                    others[where] = others.get(where, 0) + 1
                current["ms"] = round(late * 1000)
                current["cpu_ms"] = self._cpu_ms() - current["cpu_at"]
                current["sched"] = [
                    now - then for now, then in zip(self.sched(), current["sched_at"], strict=True)
                ]
                current["stacks"][stack] = current["stacks"].get(stack, 0) + 1

    def worst(self, count: int = 15, *, warm: bool = False) -> list[dict[str, Any]]:
        stalls = [stall for stall in self.stalls if stall["warm"] or not warm]
        worst = sorted(stalls, key=lambda stall: -stall["ms"])[:count]
        return [
            {
                "ms": stall["ms"],
                # GUI thread: ms on a core, ms waiting for a core, sleeps, preemptions.
                "gui_cpu_runq_sleeps_preempted": stall.get("sched"),
                "gui_thread_cpu_ms": stall["cpu_ms"],
                "samples": sum(stall["stacks"].values()),
                "stack": max(stall["stacks"].items(), key=lambda item: item[1])[0][-1500:],
                "other_threads": sorted(stall.get("others", {}).items(), key=lambda item: -item[1])[
                    :8
                ],
            }
            for stall in worst
        ]


class BusyDay:
    def __init__(self, window: ConsoleWindow, options: argparse.Namespace) -> None:
        self.window = window
        self.options = options
        self.desk: Desk = window.desk
        self.started = time.monotonic()
        self.jobs_submitted = self.jobs_done = self.jobs_failed = 0
        self.in_flight = 0
        self.notes_saved = 0
        self.visits = 0
        self.state = "idle"
        self.called_at = 0.0
        self.consulting_since = 0.0
        self.consulting_facts: VisitorFacts | None = None
        self.dialogs_seen: list[str] = []
        self.deltas = 0
        self.panels_shown = 0
        self.warm = False
        self.rss_warm = 0.0
        self.sched_warm = (0, 0, 0, 0)
        self.steal_warm = 0
        self.longest_gap_ms = 0.0
        self.longest_gap_warm_ms = 0.0
        self.gaps_warm = [0, 0]  # gaps after warm-up over 50 ms, over 100 ms
        self.feeder: subprocess.Popen[bytes] | None = None
        self.feeder_report = Path(options.report).with_suffix(".feeder.json")
        self.finishing_since: float | None = None
        self.agreement: dict[str, Any] = {}

        window.feed.delta.connect(self._count_delta)
        if window.plugin_panels is not None:
            window.plugin_panels.panel_shown.connect(self._count_panel)

        self.clock = QElapsedTimer()
        self.clock.start()
        self.last_beat = self.clock.nsecsElapsed()
        self.watch = StallWatch()
        # Garbage collections after warm-up (they run on the GUI thread): how many,
        # the longest (ms), all together (ms) and how many objects they freed.
        self.collections = {"count": 0, "longest_ms": 0.0, "total_ms": 0.0, "freed": 0}
        self._collection_started = 0.0
        gc.callbacks.append(self._time_collection)
        self.heartbeat = QTimer(window)
        self.heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        self.heartbeat.setInterval(10)
        self.heartbeat.timeout.connect(self._beat)
        self.heartbeat.start()
        self._start_feeder()

        self.status = QTimer(window)
        self.status.setInterval(10_000)
        self.status.timeout.connect(self._say_status)
        self.status.start()

        self.timer = QTimer(window)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    # ------------------------------------------------------------ measuring
    def _beat(self) -> None:
        self.watch.beat()
        now = self.clock.nsecsElapsed()
        gap = (now - self.last_beat) / 1e6
        self.last_beat = now
        self.longest_gap_ms = max(self.longest_gap_ms, gap)
        if self.warm:
            self.longest_gap_warm_ms = max(self.longest_gap_warm_ms, gap)
            if gap > 50:
                self.gaps_warm[0] += 1
            if gap > 100:
                self.gaps_warm[1] += 1

    def _count_delta(self, _delta: object) -> None:
        self.deltas += 1

    def _count_panel(self, _plugin_id: str) -> None:
        self.panels_shown += 1

    def _time_collection(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._collection_started = time.perf_counter()
            return
        if not self.warm:
            return
        took = (time.perf_counter() - self._collection_started) * 1000
        collections = self.collections
        collections["count"] += 1
        collections["longest_ms"] = round(max(collections["longest_ms"], took), 1)
        collections["total_ms"] = round(collections["total_ms"] + took, 1)
        collections["freed"] += info["collected"]

    def _warm_up_done(self) -> None:
        gc.collect()
        self.rss_warm = resident_mb()
        self.sched_warm = self.watch.sched()
        self.steal_warm = cpu_steal_ms()
        self.warm = True
        self.watch.warm = True

    def _start_feeder(self) -> None:
        self.feeder = subprocess.Popen(
            [
                sys.executable,
                str(FEEDER),
                self.options.database,
                str(self.options.events),
                str(self.feeder_report),
            ]
        )
        run_behind(self.feeder)

    def _say_status(self) -> None:
        """Progress on stderr, so that a day that stalls shows where."""
        modal = QApplication.activeModalWidget()
        print(
            f"{time.monotonic() - self.started:.0f} s: jobs {self.jobs_done}, "
            f"notes {self.notes_saved}, state {self.state}, deltas {self.deltas}, "
            f"modal {type(modal).__name__ if modal else None} "
            f"{getattr(modal, 'text', lambda: '')() if modal else ''!r}",
            file=sys.stderr,
            flush=True,
        )

    # ------------------------------------------------------------ driving
    def _tick(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            seen = f"{type(modal).__name__}: {getattr(modal, 'text', lambda: '')()}"
            if seen not in self.dialogs_seen:
                self.dialogs_seen.append(seen[:300])
        self._pump_jobs()
        self._serve()
        if not self.warm and self.jobs_done >= WARM_UP_JOBS and self.notes_saved >= WARM_UP_NOTES:
            self._warm_up_done()
        if self._work_done():
            self._finish()

    def _pump_jobs(self) -> None:
        desk = self.desk
        while self.in_flight < IN_FLIGHT and self.jobs_submitted < self.options.jobs:
            self.jobs_submitted += 1
            self.in_flight += 1
            # Most of a console's background jobs are small; one in five reads the
            # database and one in fifty the whole queue, as the counter's refresh does.
            number = self.jobs_submitted
            work: Any = (
                desk.snapshot
                if number % 50 == 0
                else desk.site_names
                if number % 5 == 0
                else lambda: sum(range(500))
            )
            pool = database_pool() if number % 5 == 0 else None
            run_in_background(
                work, self._job_done, self._job_failed, context=self.window, pool=pool
            )

    def _job_done(self, _result: object) -> None:
        self.in_flight -= 1
        self.jobs_done += 1

    def _job_failed(self, _error: BaseException) -> None:
        self.in_flight -= 1
        self.jobs_failed += 1

    def _serve(self) -> None:
        window = self.window
        panel = window.case_panel
        if self.notes_saved >= self.options.notes and self.state == "idle":
            return
        if self.state == "idle":
            if window.serving.current is not None:
                self.state = "calling"  # someone is at the counter already: serve them
            elif window.serving.call_next_action.isEnabled():
                self._hands_on_keys()
                window.serving.call_next_action.trigger()
                self.called_at = time.monotonic()
                self.state = "calling"
        elif self.state == "calling":
            if window.serving.current is None:
                # Nobody was waiting for Aino yet: try again, once the counter's own read
                # after the call had time to arrive (a second F5 before it is refused).
                if (
                    window.serving.call_next_action.isEnabled()
                    and time.monotonic() - self.called_at > 2
                ):
                    self.state = "idle"
                return
            if panel.step is not None and panel.editor.isEnabled():
                self.visits += 1
                if self.visits % 50 == 0 and window.plugin_panels is not None:
                    window.plugin_panels.check_health()
                if self.visits % 5 == 0 and window.plugin_panels is not None:
                    code, name = DEMO_VISITOR
                    step = panel.step
                    facts = VisitorFacts(step.ticket_number, step.visit_id, "fi", name, code)
                    window.plugin_panels.set_visitor(facts)
                    self.consulting_facts = facts
                    # The advisor reads the agency panels before writing: the plugins'
                    # calls for a visitor who has gone are cancelled, so a counter that
                    # moved on at once would leave the back offices nearly unasked.
                    self.consulting_since = time.monotonic()
                    self.state = "consulting"
                    return
                self._write_note()
        elif self.state == "consulting":
            panels = window.plugin_panels
            assert panels is not None
            if panels.facts != self.consulting_facts:
                # The case panel tells the visit again as it loads, without the code this
                # driver identified them by (a console identifies through that panel).
                panels.set_visitor(self.consulting_facts)
            answered = all(
                panels.shown.get(plugin_id, (-1, None))[0] == panels.generation
                for plugin_id in panels.processes
            )
            if answered or time.monotonic() - self.consulting_since > CONSULT_AT_MOST_S:
                self._write_note()
        elif self.state == "saving":
            if panel.editor.toPlainText() == "" and panel.save_button.isEnabled():
                self.notes_saved += 1
                self._hands_on_keys()
                window.serving.finish_action.trigger()
                self.state = "finishing"
        elif self.state == "finishing" and window.serving.current is None:
            self.state = "idle"

    def _hands_on_keys(self) -> None:
        """The advisor's hands on the keyboard: a key reaches the window as input does.

        A person at the counter types and clicks all day; the idle lock watches the
        window for that input until it sees some after each of its checks (lock.py).
        Without any input the driver's day would be a console nobody touches, which
        locks itself after its idle minutes in an office (and is filtered meanwhile).
        """
        handle = self.window.windowHandle()
        if handle is not None:
            QTest.keyClick(handle, Qt.Key.Key_Shift)

    def _write_note(self) -> None:
        self._hands_on_keys()
        panel = self.window.case_panel
        panel.editor.setPlainText(
            f"Soak visit {self.visits}: asked about housing allowance, forms given."
        )
        panel.save_button.click()
        self.state = "saving"

    def _work_done(self) -> bool:
        return (
            self.warm
            and self.jobs_done + self.jobs_failed >= self.options.jobs
            and self.notes_saved >= self.options.notes
            and self.state == "idle"
            and self.feeder is not None
            and self.feeder.poll() is not None
        )

    def _finish(self) -> None:
        """Wait for the feed to bring the last changes, then compare with the database."""
        now = time.monotonic()
        if self.finishing_since is None:
            self.finishing_since = now
        if self.in_flight or jobs_running():
            return
        shown = {row.step_id for row in self.window.queue_zone.waiting_model.rows()}
        self.in_flight += 1
        run_in_background(
            self._stored_waiting,
            lambda stored: self._compare(shown, *stored),
            self._job_failed,
            context=self.window,
        )

    def _stored_waiting(self) -> tuple[set[int], set[int]]:
        """Every waiting step, and those a whole read of the desk shows (the longest
        waiting, up to the waiting list's limit)."""
        from console.store.queries import transaction

        with transaction(self.desk.database) as tx:
            every = {step.step_id for step in tx.waiting_steps(limit=1_000_000, names=False)}
        first = {step.step_id for step in self.desk.snapshot().waiting}
        return every, first

    def _compare(self, shown: set[int], stored: set[int], first: set[int]) -> None:
        """The list agrees with the database when it shows nothing that is not waiting
        and misses none of the longest waiting. It may show more than a whole read's
        limit (500): a change brings its new steps whatever their number."""
        self.in_flight -= 1
        assert self.finishing_since is not None
        agrees = shown <= stored and first <= shown
        if not agrees and time.monotonic() - self.finishing_since < 20:
            return  # the feed may not have brought the last commits yet
        self.agreement = {
            "waiting_shown": len(shown),
            "waiting_stored": len(stored),
            "shown_not_waiting": len(shown - stored),
            "longest_waiting_not_shown": len(first - shown),
        }
        self.timer.stop()
        self.heartbeat.stop()
        self.status.stop()
        self.watch.stop()
        gc.collect()
        self._write_report()
        self.window.close_unattended()  # nobody is there to answer the quit question

    def _write_report(self) -> None:
        feeder = (
            json.loads(self.feeder_report.read_text(encoding="utf-8"))
            if self.feeder_report.is_file()
            else {}
        )
        report = {
            "seconds": round(time.monotonic() - self.started, 1),
            "jobs_done": self.jobs_done,
            "jobs_failed": self.jobs_failed,
            "notes_saved": self.notes_saved,
            "visits": self.visits,
            "feed_events_published": feeder.get("events", 0),
            "feeder_exit": self.feeder.returncode if self.feeder else None,
            "feed_deltas_applied": self.deltas,
            "panels_shown": self.panels_shown,
            "back_office_calls": BACK_OFFICE_CALLS[0],
            "rss_warm_mb": round(self.rss_warm, 1),
            "rss_end_mb": round(resident_mb(), 1),
            "garbage_collections_after_warm_up": self.collections,
            "longest_gap_ms": round(self.longest_gap_warm_ms, 1),
            "longest_gap_with_start_ms": round(self.longest_gap_ms, 1),
            "stalls_over_100_ms": len(self.watch.stalls),
            "gaps_over_50_ms_after_warm_up": self.gaps_warm[0],
            "gaps_over_100_ms_after_warm_up": self.gaps_warm[1],
            # The GUI thread after warm-up: its own work (ms on a core) against the
            # machine's (ms waiting for a core, the host's steal): days differ by both.
            "gui_thread_after_warm_up": dict(
                zip(
                    ("cpu_ms", "waiting_for_a_core_ms", "sleeps", "preempted"),
                    (b - a for b, a in zip(self.watch.sched(), self.sched_warm, strict=True)),
                    strict=True,
                )
            ),
            "machine_steal_after_warm_up_ms": cpu_steal_ms() - self.steal_warm,
            "worst_stalls": self.watch.worst(),
            "worst_stalls_after_warm_up": self.watch.worst(warm=True),
            "dialogs_seen": self.dialogs_seen,
            "qt_warnings": LOGGED.qt_warnings,
            "errors": LOGGED.errors,
            "warnings_logged": LOGGED.warnings,
            **self.agreement,
        }
        Path(self.options.report).write_text(json.dumps(report, indent=1), encoding="utf-8")


LOGGED = Logged()
BACK_OFFICE_CALLS = [0]


def count_back_office_calls() -> None:
    """Count the calls the agency panels make to their back offices (their reloads)."""
    from console.plugin_api.http import HttpClient

    real_get = HttpClient.get_json

    def get_json(self: HttpClient, path: str, params: Any = None) -> Any:
        BACK_OFFICE_CALLS[0] += 1
        return real_get(self, path, params)

    HttpClient.get_json = get_json  # type: ignore[method-assign]


def run_behind(process: subprocess.Popen[bytes]) -> None:
    """Let the console under test go first on this machine's few cores.

    The feeder stands in for the other counters and the sandbox for the agencies'
    back offices: in an office they run on other machines, not on the counter PC's
    cores. Lowering their priority keeps them from taking the console's CPU time,
    which would be measured as the console's own GUI stalls.
    """
    if hasattr(os, "setpriority"):
        os.setpriority(os.PRIO_PROCESS, process.pid, 10)


def start_back_offices(folder: Path) -> subprocess.Popen[bytes]:
    """The sandbox back offices in a process of their own, as an office's are on other
    machines, and the site settings that point the bundled plugins at them."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "console", "sandbox", "serve", "--port", str(port)],
        # Not this process's stderr: a pipe the sandbox held open would keep the test
        # waiting for its end after this process died (it did, for 30 minutes).
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    run_behind(server)
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("the sandbox back offices did not start") from None
            time.sleep(0.1)  # another process starting, not a Qt wait
    plugins = sorted(path.parent.name for path in folder.glob("*/plugin.toml"))
    site = Path(os.environ["TISKI_SITE_CONFIG"])
    site.parent.mkdir(parents=True, exist_ok=True)
    site.write_text(
        "".join(
            f'[plugins.{plugin}]\nbase_url = "http://127.0.0.1:{port}/{plugin}"\n\n'
            for plugin in plugins
        ),
        encoding="utf-8",
    )
    return server


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("report")
    parser.add_argument("--jobs", type=int, default=30_000)
    parser.add_argument("--notes", type=int, default=500)
    parser.add_argument("--events", type=int, default=5_000)
    options = parser.parse_args()

    def sign_in_as_aino(settings: Settings, _parent: object = None, **_options: object) -> Session:
        desk = open_desk(settings, demo=False).desk
        return Session(desk, desk.sign_in_by_username("aino.virtanen", "T1"))

    count_back_office_calls()
    back_offices = start_back_offices(Path(__file__).resolve().parents[2] / "plugins")
    # run_console looks choose_sign_in up in its own module: it is replaced there.
    console_start.choose_sign_in = sign_in_as_aino  # type: ignore[assignment]
    original_start = ConsoleWindow.start

    def start(window: ConsoleWindow) -> None:
        original_start(window)
        logging.getLogger().addHandler(LOGGED)
        window._busy_day = BusyDay(window, options)  # type: ignore[attr-defined]

    console_window.ConsoleWindow.start = start  # type: ignore[method-assign]
    # Aino has worked at this PC before: her console does not show the first-start tour
    # (a day at the counter is measured, not a first morning's overlay).
    console_window._window_settings().setValue("tour/seen/aino.virtanen", True)
    try:
        # Nobody sits at this console: its idle watch stays on (its event filter is part of
        # what is measured) at the longest setting, so that it never locks during the day.
        return cli.main(
            [
                *("--database", options.database, "--language", "fi"),
                *("--set", "signin.lock_after_minutes=480"),
            ]
        )
    finally:
        back_offices.terminate()
        back_offices.wait(30)


if __name__ == "__main__":
    sys.exit(main())
