"""Call next and the change feed, against raw-SQL baselines taken in the same run.

Budgets (DESIGN.md, "Performance budgets"):

1. call next at one counter: p50 of ``QueueDesk.call_next`` at most 3x the p50 of a raw
   claim (psycopg ``UPDATE ... WHERE id = (SELECT ... FOR UPDATE SKIP LOCKED)`` in
   autocommit; on SQLite the sqlite3 module doing ``BEGIN IMMEDIATE``, the same UPDATE,
   ``COMMIT``), over the same rows;
2. call next at 20 counters at once (20 processes, as 20 consoles on their own PCs,
   each its own ``Database``, staff member and counter) draining a pool of steps: p99 at
   most 3x the same raw claim from 20 processes, and no step ever claimed twice;
3. a ticket issued in one process seen in another process's console: from the issuing
   commit (``time.time()`` right after ``issue()`` returns) until its row appears in
   ``ConsoleWindow.queue_zone.waiting_model``: p95 at most 50 ms on PostgreSQL, 300 ms
   on SQLite (absolute). Baseline: a raw NOTIFY round trip (PostgreSQL), a raw
   ``PRAGMA data_version`` poll at the feed's own interval (SQLite);
3b. the same ticket counted on a supervisor's floor window (``FloorWindow``, which reads
   the whole floor after each change): from the commit until the service's waiting
   count on screen has grown by one; the same budget and baseline as 3.

Run (each run makes its own throw-away database and drops it at the end)::

    python -m benchmarks.queue                       # fresh PostgreSQL database
    python -m benchmarks.queue --database sqlite     # fresh SQLite file
    python -m benchmarks.queue --database postgresql+psycopg://user@host/empty_db

A URL is used as given and must point to an empty database (it is filled and left
filled). It prints one table of figures, baselines, ratios, budgets and verdicts and
exits 0: it is a measurement, not a test. ``--profile`` adds a cProfile of the desk's
call next. The feed phase runs the console in a subprocess (offscreen Qt) and issues
tickets from another, speaking JSON lines over stdin/stdout.
"""

from __future__ import annotations

import os
import sys

if __name__ == "__main__" and not __package__:
    # Run as a script: this folder must not shadow the standard library's ``queue``
    # (this very file is called queue.py); the repository root goes first instead.
    _here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _here]
    sys.path.insert(0, os.path.dirname(_here))

# No keyring look-ups: the benchmark's databases have no password, and PostgreSQL's
# own pgpass covers any other. Set before anything imports keyring.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

import argparse
import contextlib
import cProfile
import functools
import io
import json
import pstats
import queue as stdlib_queue
import random
import sqlite3
import subprocess
import tempfile
import threading
import time
import uuid
from collections import Counter as Tally
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

CALL_NEXT_BUDGET = 3.0  # p50 ratio, one counter
CONCURRENT_BUDGET = 3.0  # p99 ratio, 20 counters
SNAPSHOT_SAMPLES = 50  # whole-desk reads; no budget of its own (DESIGN.md), a figure to follow
FEED_BUDGET_MS = {"postgresql": 50.0, "sqlite": 300.0}  # p95, absolute
DEFAULT_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
BENCH_STAFF = "bench.counter{:02d}"
BENCH_COUNTER = "B{:02d}"
WARM_UP_CALLS = 20
FEED_WARM_UP = 3
FEED_SERVICES = ("kela-general", "pori-general", "dvv-population", "vero-taxcard")
OBSERVER = ("johanna.lindholm", "T2")  # a demo advisor watching the desk in her console
FLOOR_OBSERVER = "kaisa.mattila"  # the demo's supervisor, watching the floor
STEP_TIMEOUT_S = 30.0  # one claim or one feed sample never waits longer than this
PHASE_TIMEOUT_S = 240.0
PROFILED_CALLS = 100  # cProfile makes each call several times slower


# ---------------------------------------------------------------- small helpers
def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100), linear between the closest ranks."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def ms(seconds: float) -> str:
    if seconds != seconds:  # NaN
        return "–"
    return f"{seconds * 1000:.2f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"


def emit(message: dict[str, Any]) -> None:
    """One JSON line to the coordinating process."""
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def say(text: str) -> None:
    print(text, flush=True)


# ---------------------------------------------------------------- the throw-away database
@dataclass
class Target:
    """The database under test and how to reach it without SQLAlchemy."""

    url: str  # SQLAlchemy URL
    dialect: str
    libpq: str = ""  # PostgreSQL conninfo for raw psycopg
    sqlite_path: str = ""


@contextlib.contextmanager
def throwaway_database(
    choice: str, server: str, folder: Path, *, prefix: str = "tiski_bench_"
) -> Iterator[Target]:
    """A fresh SQLite file in ``folder``, a fresh PostgreSQL database named ``prefix``
    and a random tail on ``server`` (dropped at the end), or the database URL given."""
    from sqlalchemy.engine import make_url

    if choice == "sqlite":
        path = folder / "bench.sqlite3"
        yield Target(f"sqlite:///{path}", "sqlite", sqlite_path=str(path))
        return
    if choice != "postgresql":
        url = make_url(choice)
        if url.get_backend_name() == "sqlite":
            yield Target(choice, "sqlite", sqlite_path=url.database or "")
            return
        libpq = url.set(drivername="postgresql").render_as_string(hide_password=False)
        yield Target(
            url.set(drivername="postgresql+psycopg").render_as_string(False), "postgresql", libpq
        )
        return
    import psycopg

    admin = make_url(server)
    admin_libpq = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"{prefix}{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin_libpq, autocommit=True, connect_timeout=5) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    url = admin.set(drivername="postgresql+psycopg", database=name)
    try:
        yield Target(
            url.render_as_string(hide_password=False),
            "postgresql",
            url.set(drivername="postgresql").render_as_string(hide_password=False),
        )
    finally:
        with psycopg.connect(admin_libpq, autocommit=True, connect_timeout=5) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# ---------------------------------------------------------------- raw connections
class Raw:
    """One connection without SQLAlchemy: psycopg in autocommit, or sqlite3 set up as
    Tiski sets up its own SQLite connections (WAL, busy timeout, synchronous=NORMAL)."""

    def __init__(self, target: Target) -> None:
        self.dialect = target.dialect
        if self.dialect == "postgresql":
            import psycopg

            self.connection: Any = psycopg.connect(target.libpq, autocommit=True, connect_timeout=5)
        else:
            self.connection = sqlite3.connect(
                target.sqlite_path, isolation_level=None, timeout=10, check_same_thread=False
            )
            for pragma in (
                "PRAGMA journal_mode=WAL",
                "PRAGMA busy_timeout=10000",
                "PRAGMA foreign_keys=ON",
                "PRAGMA synchronous=NORMAL",
            ):
                self.connection.execute(pragma)

    def claim(self, counter_id: int, staff_id: int, service_ids: Sequence[int]) -> int | None:
        """The raw baseline: one atomic claim of the longest-waiting step."""
        if self.dialect == "postgresql":
            row = self.connection.execute(
                "UPDATE visit_step SET state = 'called', counter_id = %s, staff_id = %s,"
                " called_at = now()"
                " WHERE id = (SELECT id FROM visit_step"
                "  WHERE state = 'waiting' AND service_id = ANY(%s)"
                "  ORDER BY queued_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)"
                " RETURNING id",
                (counter_id, staff_id, list(service_ids)),
            ).fetchone()
            return int(row[0]) if row else None
        marks = ",".join("?" * len(service_ids))  # only placeholders go into the SQL
        claim = (
            "UPDATE visit_step SET state = 'called', counter_id = ?, staff_id = ?,"  # noqa: S608
            " called_at = strftime('%Y-%m-%d %H:%M:%f', 'now')"
            " WHERE id = (SELECT id FROM visit_step"
            f"  WHERE state = 'waiting' AND service_id IN ({marks})"
            "  ORDER BY queued_at, id LIMIT 1)"
            " RETURNING id"
        )
        connection = self.connection
        connection.execute("BEGIN IMMEDIATE")
        try:
            rows = connection.execute(claim, (counter_id, staff_id, *service_ids)).fetchall()
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        return int(rows[0][0]) if rows else None

    def finish(self, step_id: int) -> None:
        """Outside the timed region: mark a raw-claimed step done."""
        if self.dialect == "postgresql":
            self.connection.execute(
                "UPDATE visit_step SET state = 'done', finished_at = now() WHERE id = %s",
                (step_id,),
            )
        else:
            self.connection.execute(
                "UPDATE visit_step SET state = 'done',"
                " finished_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = ?",
                (step_id,),
            )

    def scalar_rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        if self.dialect == "sqlite":
            sql = sql.replace("%s", "?")
        return [tuple(row) for row in self.connection.execute(sql, params).fetchall()]

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.connection.close()


# ---------------------------------------------------------------- setup
@dataclass
class Setup:
    """What setup made: the pool of waiting steps and the benchmark's counters."""

    pool: list[int]
    service_ids: list[int]
    callers: list[tuple[int, int]]  # (staff id, counter id), one per bench counter
    demo_waiting: int
    added: int
    site_id: int = 1  # the office of the bench counters (the demo's first)


def set_up(target: Target, steps: int, counters: int) -> Setup:
    """Migrate, seed the demo desk, add counters, staff and ``steps`` waiting steps."""
    from sqlalchemy import select, update

    from console.core.queue import DESK_TIMEZONE, utc_now
    from console.desk.desk import Desk
    from console.store.database import Database
    from console.store.models import Counter, Service, Site, Staff, Visit, VisitStep
    from console.store.schema import upgrade

    database = Database(target.url)
    try:
        upgrade(database)
        if not Desk(database).seed_demo():
            raise SystemExit(
                "The database is not empty: give an empty database (the benchmark fills it)."
            )
        now = utc_now()
        with database.session() as session:
            # The demo's own visitors go home first: a visit of two services would put
            # its pending second step in the queue in the middle of a phase, a step
            # the pool (and the raw baseline, which settles no visit) does not know.
            session.execute(
                update(VisitStep)
                .where(VisitStep.state.in_(("waiting", "pending")))
                .values(state="cancelled")
            )
        with database.session() as session:
            demo_waiting = len(
                list(session.scalars(select(VisitStep.id).where(VisitStep.state == "waiting")))
            )
            services = list(session.scalars(select(Service).order_by(Service.id)))
            office = session.scalars(select(Site.id).order_by(Site.id)).first()
            for number in range(1, counters + 1):
                session.add(
                    Counter(
                        site_id=office,
                        code=BENCH_COUNTER.format(number),
                        name_fi=f"Mittauspiste {number}",
                        name_sv=f"Mätpunkt {number}",
                        name_en=f"Bench counter {number}",
                        remote=False,
                    )
                )
                session.add(
                    Staff(
                        username=BENCH_STAFF.format(number),
                        full_name=f"Mittaaja {number}",
                        role="advisor",
                        active=True,
                        skills=list(services),
                    )
                )
            # Waiting visitors as in the start-up benchmark: one step each, every
            # service in turn, a second apart, the longest waiting about half an hour.
            day = now.astimezone(DESK_TIMEZONE).date()
            for number in range(steps):
                service = services[number % len(services)]
                taken = now - timedelta(seconds=steps - number)
                visit = Visit(
                    ticket_day=day,
                    ticket_number=f"Z{number:05d}",
                    language="fi",
                    source="kiosk",
                    created_at=taken,
                )
                visit.steps = [
                    VisitStep(
                        position=1,
                        service_id=service.id,
                        state="waiting",
                        queued_at=taken,
                        recalls=0,
                        changed_at=taken,
                    )
                ]
                session.add(visit)
        with database.session() as session:
            pool = list(session.scalars(select(VisitStep.id).where(VisitStep.state == "waiting")))
            staff = {name: i for name, i in session.execute(select(Staff.username, Staff.id))}
            counter_ids = {code: i for code, i in session.execute(select(Counter.code, Counter.id))}
        callers = [
            (staff[BENCH_STAFF.format(n)], counter_ids[BENCH_COUNTER.format(n)])
            for n in range(1, counters + 1)
        ]
        assert office is not None
        return Setup(sorted(pool), [s.id for s in services], callers, demo_waiting, steps, office)
    finally:
        database.dispose()


def reset_pool(target: Target, pool: Sequence[int]) -> None:
    """Put every step of the pool back to waiting, and leave the tables tidy."""
    raw = Raw(target)
    try:
        if target.dialect == "postgresql":
            raw.connection.execute(
                "UPDATE visit_step SET state = 'waiting', called_at = NULL, finished_at = NULL,"
                " counter_id = NULL, staff_id = NULL, recalls = 0, parked_at = NULL"
                " WHERE id = ANY(%s)",
                (list(pool),),
            )
            raw.connection.execute("VACUUM (ANALYZE) visit_step")
            raw.connection.execute("VACUUM (ANALYZE) change_log")
        else:
            raw.connection.execute("BEGIN IMMEDIATE")
            raw.connection.executemany(
                "UPDATE visit_step SET state = 'waiting', called_at = NULL, finished_at = NULL,"
                " counter_id = NULL, staff_id = NULL, recalls = 0, parked_at = NULL"
                " WHERE id = ?",
                [(step_id,) for step_id in pool],
            )
            raw.connection.execute("COMMIT")
            raw.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raw.connection.execute("ANALYZE")
    finally:
        raw.close()


# ---------------------------------------------------------------- 1. one counter
@dataclass
class Timings:
    latencies: list[float] = field(default_factory=list)
    claims: list[tuple[int, int]] = field(default_factory=list)  # (step id, counter id)
    errors: list[str] = field(default_factory=list)
    wall: float = 0.0

    def add(self, other: Timings) -> None:
        self.latencies += other.latencies
        self.claims += other.claims
        self.errors += other.errors


def actor_for(desk: Any, number: int) -> Any:
    return desk.sign_in_by_username(BENCH_STAFF.format(number), BENCH_COUNTER.format(number)).actor


def one_counter(target: Target, setup: Setup, calls: int) -> tuple[Timings, Timings, float]:
    """``calls`` timed raw claims and as many timed desk call_next at bench counter 1,
    taken in turns (raw, desk, raw, desk, ...) so that whatever else the machine does
    slows both alike; each step finished untimed. Also: SQL statements per call_next."""
    from sqlalchemy import event

    from console.core.steps import StepAction
    from console.desk.desk import Desk
    from console.store.database import Database

    staff_id, counter_id = setup.callers[0]
    raw = Raw(target)
    database = Database(target.url)
    statements = [0]
    event.listen(
        database.engine,
        "before_cursor_execute",
        lambda *_a, **_k: statements.__setitem__(0, statements[0] + 1),
    )
    raw_timings, desk_timings = Timings(), Timings()
    desk_statements = 0
    try:
        desk = Desk(database)
        me = actor_for(desk, 1)
        for number in range(WARM_UP_CALLS + calls):
            counted = number >= WARM_UP_CALLS
            started = time.perf_counter()
            step_id = raw.claim(counter_id, staff_id, setup.service_ids)
            took = time.perf_counter() - started
            if step_id is None:
                raw_timings.errors.append(f"queue empty after {number} calls")
                break
            raw.finish(step_id)
            if counted:
                raw_timings.latencies.append(took)
                raw_timings.claims.append((step_id, counter_id))
            before = statements[0]
            started = time.perf_counter()
            called = desk.queue.call_next(me)
            took = time.perf_counter() - started
            if called is None:
                desk_timings.errors.append(f"queue empty after {number} calls")
                break
            if counted:
                desk_statements += statements[0] - before
                desk_timings.latencies.append(took)
                desk_timings.claims.append((called.step.step_id, me.counter_id))
            desk.queue.act(me, called.step.step_id, StepAction.FINISH)
    finally:
        raw.close()
        database.dispose()
    return raw_timings, desk_timings, desk_statements / max(1, len(desk_timings.latencies))


# The raw baseline of a whole-desk read: the waiting list the console shows (its 500
# longest-waiting steps, ticket, service, each visit's number of steps) in one statement.
RAW_WAITING_LIST = (
    "SELECT s.id, s.visit_id, v.ticket_number, sv.code, s.queued_at, v.language, v.priority,"
    " s.position, (SELECT count(*) FROM visit_step o WHERE o.visit_id = s.visit_id)"
    " FROM visit_step s JOIN visit v ON v.id = s.visit_id JOIN service sv ON sv.id = s.service_id"
    " WHERE s.state = 'waiting' ORDER BY s.queued_at, s.id LIMIT 500"
)


def snapshot_reads(target: Target, samples: int) -> tuple[list[float], list[float], list[float]]:
    """``samples`` timed reads of the whole desk (``Desk.snapshot``: what a console, the
    display and a refresh read), their CPU time in this process, and as many raw reads of
    the waiting list alone, interleaved so that load hits both alike."""
    from console.desk.desk import Desk
    from console.store.database import Database

    database = Database(target.url)
    raw = Raw(target)
    desk_times: list[float] = []
    desk_cpu: list[float] = []
    raw_times: list[float] = []
    try:
        desk = Desk(database)
        for number in range(WARM_UP_CALLS + samples):
            started, cpu = time.perf_counter(), time.thread_time()
            desk.snapshot()
            took, used = time.perf_counter() - started, time.thread_time() - cpu
            started = time.perf_counter()
            raw.connection.execute(RAW_WAITING_LIST).fetchall()
            raw_took = time.perf_counter() - started
            if number >= WARM_UP_CALLS:
                desk_times.append(took)
                desk_cpu.append(used)
                raw_times.append(raw_took)
    finally:
        raw.close()
        database.dispose()
    return desk_times, desk_cpu, raw_times


def profile_desk_call(target: Target, calls: int, top: int = 25) -> str:
    """cProfile of ``calls`` desk call_next (finishing untimed but inside the profile
    would blur it: the profiler is switched off around act())."""
    from console.core.steps import StepAction
    from console.desk.desk import Desk
    from console.store.database import Database

    database = Database(target.url)
    profiler = cProfile.Profile()
    try:
        desk = Desk(database)
        me = actor_for(desk, 1)
        for number in range(WARM_UP_CALLS + calls):
            if number >= WARM_UP_CALLS:
                profiler.enable()
            called = desk.queue.call_next(me)
            profiler.disable()
            if called is None:
                break
            desk.queue.act(me, called.step.step_id, StepAction.FINISH)
    finally:
        database.dispose()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return out.getvalue()


# ---------------------------------------------------------------- 2. twenty counters
def take_part(
    prepare: Callable[[], Any],
    drain: Callable[[Any], Timings],
    cleanup: Callable[[Any], None],
    ready: Any,
    go: Any,
) -> Timings:
    """One party (a thread or a process): prepare, wait until all are ready and let go,
    drain, and clean up whatever happens. A party that fails breaks both barriers, so
    the others stop waiting for it."""
    timings = Timings()
    state = None
    try:
        state = prepare()
        ready.wait()
        go.wait()
        timings = drain(state)
    except threading.BrokenBarrierError:
        timings.errors.append("barrier broken")
    except Exception as error:
        timings.errors.append(f"{type(error).__name__}: {error}")
        ready.abort()
        go.abort()
    finally:
        if state is not None:
            cleanup(state)
    return timings


def start_together(ready: Any, go: Any, between: Callable[[], None], total: Timings) -> float:
    """Wait until every party is ready, run ``between`` (the pool's reset), let them all
    go; when they were let go (perf_counter)."""
    started = time.perf_counter()
    try:
        ready.wait()
        between()
        started = time.perf_counter()
        go.wait()
    except threading.BrokenBarrierError:
        total.errors.append("a party failed before the start")
    except BaseException:
        ready.abort()
        go.abort()
        raise
    return started


def run_threads(
    count: int,
    prepare: Callable[[int], Any],
    drain: Callable[[int, Any, float], Timings],
    between: Callable[[], None],
    cleanup: Callable[[Any], None],
) -> Timings:
    """``count`` threads: each prepares (connects, warms up), then all wait while
    ``between`` runs (the pool reset), then all drain at once."""
    ready = threading.Barrier(count + 1, timeout=PHASE_TIMEOUT_S)
    go = threading.Barrier(count + 1, timeout=PHASE_TIMEOUT_S)
    results: list[Timings] = [Timings() for _ in range(count)]

    def work(index: int) -> None:
        results[index] = take_part(
            lambda: prepare(index),
            lambda state: drain(index, state, time.monotonic() + PHASE_TIMEOUT_S),
            cleanup,
            ready,
            go,
        )

    threads = [threading.Thread(target=work, args=(i,), daemon=True) for i in range(count)]
    for thread in threads:
        thread.start()
    total = Timings()
    started = start_together(ready, go, between, total)
    for thread in threads:
        thread.join(PHASE_TIMEOUT_S + 30)
    total.wall = time.perf_counter() - started
    for result in results:
        total.add(result)
    return total


def first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else ""


def retried(finish: Callable[[], object], timings: Timings, attempts: int = 5) -> bool:
    """Finish a step outside the timed region, trying again when the database is busy."""
    from console.desk.errors import DeskError

    for _ in range(attempts):
        try:
            finish()
        except DeskError as error:  # e.g. "at another counter": would mean a double claim
            timings.errors.append(f"finish refused: {error}")
            return True
        except Exception as error:
            timings.errors.append(f"finish: {type(error).__name__}: {first_line(error)}")
            time.sleep(0.05)
        else:
            return True
    return False


# ---------------------------------------------------------------- 20 counters at once
# Each counter is a process of its own, as each is a console on a PC of its own: 20
# threads in one interpreter would measure how they queue for its lock (each finish is a
# few ms of Python), which no office has. Raw and desk counters are run the same way.
def _counter_prepare(kind: str, target: Target, setup: Setup, index: int) -> Any:
    staff_id, counter_id = setup.callers[index]
    if kind == "raw":
        raw = Raw(target)
        raw.claim(counter_id, staff_id, setup.service_ids)  # warm up (the queue is empty)
        return raw
    from console.desk.desk import Desk
    from console.store.database import Database

    database = Database(target.url)  # a console of its own: its own connections
    desk = Desk(database)
    me = actor_for(desk, index + 1)
    # Warm up: connect and compile the claim's statements (the queue is empty now).
    desk.queue.call_next(me)
    return database, desk, me


def _counter_drain(kind: str, target: Target, setup: Setup, index: int, state: Any) -> Timings:
    deadline = time.monotonic() + PHASE_TIMEOUT_S
    staff_id, counter_id = setup.callers[index]
    timings = Timings()
    for _ in range(len(setup.pool) + 10):
        if time.monotonic() > deadline:
            timings.errors.append("deadline")
            break
        started = time.perf_counter()
        try:
            if kind == "raw":
                step_id = state.claim(counter_id, staff_id, setup.service_ids)
                finish: Callable[[], object] = functools.partial(state.finish, step_id)
            else:
                from console.core.steps import StepAction

                _database, desk, me = state
                called = desk.queue.call_next(me)
                step_id = called.step.step_id if called is not None else None
                finish = functools.partial(desk.queue.act, me, step_id, StepAction.FINISH)
        except Exception as error:
            # A click that waited and failed (SQLite: "database is locked" after the
            # busy timeout) still counts as a call's latency; the counter tries again.
            timings.latencies.append(time.perf_counter() - started)
            timings.errors.append(f"{kind} call: {type(error).__name__}: {first_line(error)}")
            continue
        took = time.perf_counter() - started
        if step_id is None:
            break
        timings.latencies.append(took)
        timings.claims.append((step_id, counter_id))
        if not retried(finish, timings):
            break  # the step stays at this counter: call next would refuse
    return timings


def _counter_process(
    kind: str, target: Target, setup: Setup, index: int, ready: Any, go: Any, results: Any
) -> None:
    """One counter: prepare, wait for all (and the pool's reset), drain, report."""
    results.put(
        take_part(
            lambda: _counter_prepare(kind, target, setup, index),
            lambda state: _counter_drain(kind, target, setup, index, state),
            lambda state: (state.close if kind == "raw" else state[0].dispose)(),
            ready,
            go,
        )
    )


def many_counters(kind: str, target: Target, setup: Setup, count: int) -> Timings:
    """``count`` counter processes (``kind`` "raw" or "desk") draining the pool at once."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    ready = context.Barrier(count + 1, timeout=PHASE_TIMEOUT_S)
    go = context.Barrier(count + 1, timeout=PHASE_TIMEOUT_S)
    results = context.Queue()
    processes = [
        context.Process(
            target=_counter_process,
            args=(kind, target, setup, index, ready, go, results),
            daemon=True,
        )
        for index in range(count)
    ]
    for process in processes:
        process.start()
    total = Timings()
    started = start_together(ready, go, lambda: reset_pool(target, setup.pool), total)
    for _ in processes:
        try:
            total.add(results.get(timeout=PHASE_TIMEOUT_S + 30))
        except stdlib_queue.Empty:
            total.errors.append("a counter process did not report")
            break
    total.wall = time.perf_counter() - started
    for process in processes:
        process.join(30)
        if process.is_alive():
            process.kill()
    return total


@dataclass(frozen=True)
class ClaimCheck:
    calls: int
    distinct: int
    double_claims: int
    left_waiting: int
    wrong_counter: int
    unrecorded: int


def check_claims(target: Target, setup: Setup, timings: Timings) -> ClaimCheck:
    """Every step of the pool called exactly once, by the counter that got it."""
    tally = Tally(step_id for step_id, _ in timings.claims)
    doubles = sum(n - 1 for n in tally.values() if n > 1)
    raw = Raw(target)
    try:
        placeholder = "%s" if target.dialect == "postgresql" else "?"
        rows = {}
        for start in range(0, len(setup.pool), 500):
            chunk = setup.pool[start : start + 500]
            marks = ",".join([placeholder] * len(chunk))
            for step_id, state, counter_id in raw.connection.execute(
                f"SELECT id, state, counter_id FROM visit_step WHERE id IN ({marks})",  # noqa: S608
                chunk,
            ).fetchall():
                rows[step_id] = (state, counter_id)
    finally:
        raw.close()
    claimed_at = {step_id: counter_id for step_id, counter_id in timings.claims}
    left = sum(1 for state, _ in rows.values() if state == "waiting")
    called = {
        step_id: counter_id for step_id, (state, counter_id) in rows.items() if state != "waiting"
    }
    wrong = sum(
        1
        for step_id, counter_id in called.items()
        if step_id in claimed_at and claimed_at[step_id] != counter_id
    )
    unrecorded = sum(1 for step_id in called if step_id not in claimed_at)
    return ClaimCheck(len(timings.claims), len(tally), doubles, left, wrong, unrecorded)


# ---------------------------------------------------------------- 3. the change feed
class Child:
    """A subprocess speaking JSON lines; every read has a timeout."""

    def __init__(self, role: str, target: Target, env: dict[str, str], log: Path) -> None:
        self.role = role
        self._log = log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.queue", "--role", role, "--database", target.url],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
            bufsize=1,
        )
        self.lines: stdlib_queue.Queue[dict[str, Any] | None] = stdlib_queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.log_path = log

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with contextlib.suppress(json.JSONDecodeError):
                self.lines.put(json.loads(line))
        self.lines.put(None)

    def send(self, message: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(message) + "\n")
        self.process.stdin.flush()

    def receive(self, timeout: float) -> dict[str, Any]:
        try:
            message = self.lines.get(timeout=timeout)
        except stdlib_queue.Empty:
            raise TimeoutError(f"{self.role}: no answer in {timeout:.0f} s") from None
        if message is None:
            raise RuntimeError(f"{self.role} ended early; see {self.log_path}:\n{self.tail()}")
        return message

    def wait_for(self, event: str, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            message = self.receive(max(0.01, deadline - time.monotonic()))
            if message.get("event") == event:
                return message

    def tail(self) -> str:
        self._log.flush()
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-30:])

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.send({"cmd": "quit"})
        with contextlib.suppress(Exception):
            assert self.process.stdin is not None
            self.process.stdin.close()
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)
        self._log.close()


@dataclass
class FeedResult:
    latencies: list[float] = field(default_factory=list)
    missed: int = 0
    commit_ms: list[float] = field(default_factory=list)
    # Per sample: commit -> feed thread woke, woke -> delta read, read -> row in the model.
    woke: list[float] = field(default_factory=list)
    read: list[float] = field(default_factory=list)
    shown: list[float] = field(default_factory=list)


def _child_env(home: Path) -> dict[str, str]:
    """The environment of an observing or issuing child: offscreen, its own folders."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
        XDG_DATA_HOME=f"{home}/data",
        XDG_CONFIG_HOME=f"{home}/config",
        XDG_STATE_HOME=f"{home}/state",
        XDG_CACHE_HOME=f"{home}/cache",
        TISKI_SITE_CONFIG=f"{home}/site.toml",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    return env


def feed_latency(target: Target, samples: int, home: Path) -> FeedResult:
    env = _child_env(home)
    observer = Child("observer", target, env, home / "observer.log")
    issuer: Child | None = None
    result = FeedResult()
    try:
        observer.wait_for("ready", 90)
        issuer = Child("issuer", target, env, home / "issuer.log")
        issuer.wait_for("ready", 60)
        seen: dict[str, dict[str, Any]] = {}
        for number in range(FEED_WARM_UP + samples):
            issuer.send({"cmd": "issue", "service": FEED_SERVICES[number % len(FEED_SERVICES)]})
            issued = issuer.wait_for("issued", STEP_TIMEOUT_S)
            ticket = issued["ticket"]
            deadline = time.monotonic() + 5.0
            while ticket not in seen and time.monotonic() < deadline:
                with contextlib.suppress(TimeoutError):
                    message = observer.receive(max(0.01, deadline - time.monotonic()))
                    if message.get("event") == "seen":
                        seen.setdefault(message["ticket"], message)
            if number < FEED_WARM_UP:
                continue
            if ticket in seen:
                row, committed = seen[ticket], issued["committed"]
                result.latencies.append(row["at"] - committed)
                result.commit_ms.append(issued["took"] * 1000)
                if "woke" in row:
                    result.woke.append(row["woke"] - committed)
                    result.read.append(row["read"] - row["woke"])
                    result.shown.append(row["at"] - row["read"])
            else:
                result.missed += 1
            # A pause of varying length, so samples fall anywhere in a poll interval.
            time.sleep(random.uniform(0.03, 0.12))
    finally:
        if issuer is not None:
            issuer.stop()
        observer.stop()
    return result


def floor_latency(target: Target, samples: int, home: Path) -> FeedResult:
    """From a ticket's commit to the supervisor's floor window showing one more waiting
    for its service (the floor reads the whole floor after each change)."""
    env = _child_env(home)
    observer = Child("floor-observer", target, env, home / "floor-observer.log")
    issuer: Child | None = None
    result = FeedResult()
    try:
        ready = observer.wait_for("ready", 90)
        counts: dict[str, int] = dict(ready["services"])
        issuer = Child("issuer", target, env, home / "floor-issuer.log")
        issuer.wait_for("ready", 60)
        for number in range(FEED_WARM_UP + samples):
            service = FEED_SERVICES[number % len(FEED_SERVICES)]
            expected = counts.get(service, 0) + 1
            issuer.send({"cmd": "issue", "service": service})
            issued = issuer.wait_for("issued", STEP_TIMEOUT_S)
            seen_at: float | None = None
            deadline = time.monotonic() + 5.0
            while seen_at is None and time.monotonic() < deadline:
                with contextlib.suppress(TimeoutError):
                    message = observer.receive(max(0.01, deadline - time.monotonic()))
                    if message.get("event") == "counted":
                        counts[message["service"]] = message["waiting"]
                        if message["service"] == service and message["waiting"] >= expected:
                            seen_at = message["at"]
            if number < FEED_WARM_UP:
                continue
            if seen_at is None:
                result.missed += 1
            else:
                result.latencies.append(seen_at - issued["committed"])
                result.commit_ms.append(issued["took"] * 1000)
            time.sleep(random.uniform(0.03, 0.12))
    finally:
        if issuer is not None:
            issuer.stop()
        observer.stop()
    return result


def raw_notify(target: Target, samples: int) -> list[float]:
    """PostgreSQL: one connection LISTENs (in a thread), another NOTIFYs in autocommit;
    from just before the NOTIFY is sent to its arrival at the listener."""
    listener, notifier = Raw(target), Raw(target)
    received: dict[str, float] = {}
    arrived = threading.Event()
    stop = threading.Event()
    listener.connection.execute("LISTEN tiski_bench")

    def listen() -> None:
        while not stop.is_set():
            for note in listener.connection.notifies(timeout=0.5):
                received[note.payload] = time.perf_counter()
                arrived.set()

    thread = threading.Thread(target=listen, daemon=True)
    thread.start()
    latencies = []
    try:
        time.sleep(0.2)
        for number in range(FEED_WARM_UP + samples):
            arrived.clear()
            started = time.perf_counter()
            notifier.connection.execute(f"NOTIFY tiski_bench, '{number}'")
            arrived.wait(STEP_TIMEOUT_S)
            if number >= FEED_WARM_UP and str(number) in received:
                latencies.append(received[str(number)] - started)
            time.sleep(random.uniform(0.01, 0.03))
    finally:
        stop.set()
        thread.join(5)
        listener.close()
        notifier.close()
    return latencies


def raw_data_version(target: Target, samples: int) -> list[float]:
    """SQLite: a thread polls ``PRAGMA data_version`` at the feed's interval on its own
    connection; another connection commits a change. From after COMMIT to noticing it."""
    from console.store.feed import SQLITE_POLL_SECONDS

    watcher, writer = Raw(target), Raw(target)
    seen: list[float] = []
    changed = threading.Event()
    stop = threading.Event()

    def poll() -> None:
        version = watcher.connection.execute("PRAGMA data_version").fetchone()[0]
        while not stop.is_set():
            now = watcher.connection.execute("PRAGMA data_version").fetchone()[0]
            if now != version:
                version = now
                seen.append(time.perf_counter())
                changed.set()
            time.sleep(SQLITE_POLL_SECONDS)

    thread = threading.Thread(target=poll, daemon=True)
    thread.start()
    latencies = []
    try:
        for number in range(FEED_WARM_UP + samples):
            changed.clear()
            writer.connection.execute("BEGIN IMMEDIATE")
            # A real change (SQLite skips a write that changes nothing): a trailing
            # space on the desk's name, on and off; taken away again at the end.
            writer.connection.execute(
                "UPDATE site SET name_fi = CASE WHEN name_fi LIKE '% '"
                " THEN rtrim(name_fi) ELSE name_fi || ' ' END"
            )
            writer.connection.execute("COMMIT")
            committed = time.perf_counter()
            changed.wait(STEP_TIMEOUT_S)
            if number >= FEED_WARM_UP and seen:
                latencies.append(seen[-1] - committed)
            time.sleep(random.uniform(0.03, 0.12))
    finally:
        stop.set()
        thread.join(5)
        writer.connection.execute("UPDATE site SET name_fi = rtrim(name_fi)")
        watcher.close()
        writer.close()
    return latencies


# ---------------------------------------------------------------- the two child roles
def _commands(stop_after: int, timeout: float) -> Iterator[dict[str, Any]]:
    """Commands from stdin: at most ``stop_after`` of them, none after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    for _number, line in zip(range(stop_after), sys.stdin, strict=False):
        if time.monotonic() > deadline:
            return
        with contextlib.suppress(json.JSONDecodeError):
            command = json.loads(line)
            if command.get("cmd") == "quit":
                return
            yield command


def run_issuer(url: str) -> int:
    """Issue one ticket per command through the desk layer; report the commit time."""
    from console.desk.desk import Desk
    from console.store.database import Database

    database = Database(url)
    try:
        desk = Desk(database)
        desk.staff()  # connect before the first sample
        emit({"event": "ready"})
        for command in _commands(10_000, PHASE_TIMEOUT_S * 2):
            if command.get("cmd") != "issue":
                continue
            started = time.perf_counter()
            ticket = desk.queue.issue([command["service"]], source="kiosk")
            committed = time.time()  # right after the commit: the wall clock both share
            emit(
                {
                    "event": "issued",
                    "ticket": ticket.ticket_number,
                    "committed": committed,
                    "took": time.perf_counter() - started,
                }
            )
    finally:
        database.dispose()
    return 0


def run_observer(url: str) -> int:
    """A real console window (offscreen): report each waiting row the moment it appears."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QModelIndex, QTimer
    from PySide6.QtWidgets import QApplication

    from console.desk.desk import Desk
    from console.store.database import Database
    from console.ui.console_window import ConsoleWindow
    from console.ui.shared.feed import FeedState

    app = QApplication([sys.argv[0]])
    database = Database(url)
    desk = Desk(database)
    window = ConsoleWindow(desk, desk.sign_in_by_username(*OBSERVER))
    window.resize(1440, 900)
    window.show()
    window.start()
    model = window.queue_zone.waiting_model
    # Where the time goes: when the feed's thread woke up and read the delta. The
    # wrapper only takes two timestamps around the console's own LiveDesk.delta.
    read_delta = window.live.delta
    last_delta: dict[str, float] = {}

    def timed_delta() -> Any:
        woke = time.time()
        delta = read_delta()
        if delta is not None:
            last_delta.update(woke=woke, read=time.time())
        return delta

    window.live.delta = timed_delta  # type: ignore[method-assign]

    def row_inserted(_parent: QModelIndex, first: int, last: int) -> None:
        at = time.time()
        for number in range(first, last + 1):
            emit(
                {
                    "event": "seen",
                    "ticket": model.row(number).ticket_number,
                    "at": at,
                    **last_delta,
                }
            )

    def check_ready() -> None:
        if model.rowCount() > 0 and window.feed.state is FeedState.LIVE:
            ready_timer.stop()
            model.rowsInserted.connect(row_inserted)
            emit({"event": "ready", "waiting_rows": model.rowCount()})

    ready_timer = QTimer()
    ready_timer.timeout.connect(check_ready)
    ready_timer.start(20)
    return _watch_until_told(app, window, database)


def run_floor_observer(url: str) -> int:
    """A supervisor's floor window (offscreen): report each service's waiting count as
    it changes on screen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from console.desk.desk import Desk
    from console.store.database import Database
    from console.ui.floor.window import FloorWindow
    from console.ui.shared.feed import FeedState

    app = QApplication([sys.argv[0]])
    database = Database(url)
    desk = Desk(database)
    window = FloorWindow(desk, desk.sign_in_by_username(FLOOR_OBSERVER, None))
    window.resize(1440, 900)
    window.show()
    window.start()
    model = window.service_model
    shown: dict[str, int] = {}

    def counts_changed(*_args: object) -> None:
        at = time.time()
        for row in model.rows():
            code, waiting = row.queue.service.code, row.queue.waiting
            if shown.get(code) != waiting:
                shown[code] = waiting
                emit({"event": "counted", "service": code, "waiting": waiting, "at": at})

    def check_ready() -> None:
        if model.rowCount() > 0 and window.feed.state is FeedState.LIVE:
            ready_timer.stop()
            for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved):
                signal.connect(counts_changed)
            counts_changed()
            emit({"event": "ready", "services": dict(shown)})

    ready_timer = QTimer()
    ready_timer.timeout.connect(check_ready)
    ready_timer.start(20)
    return _watch_until_told(app, window, database)


def _watch_until_told(app: Any, window: Any, database: Any) -> int:
    """Run an observing window until the parent closes its stdin (or the phase's time
    is up), then stop it and its database."""
    from PySide6.QtCore import QTimer

    quitting = threading.Event()

    def read_stdin() -> None:
        for _command in _commands(100, PHASE_TIMEOUT_S * 2):
            pass
        quitting.set()

    def maybe_quit() -> None:
        if quitting.is_set():
            window.close()
            app.quit()

    quit_timer = QTimer()
    quit_timer.timeout.connect(maybe_quit)
    quit_timer.start(50)
    QTimer.singleShot(int(PHASE_TIMEOUT_S * 2 * 1000), quitting.set)
    threading.Thread(target=read_stdin, daemon=True).start()
    code = app.exec()
    window.stop()
    database.dispose()
    return int(code)


# ---------------------------------------------------------------- the report
@dataclass(frozen=True)
class Row:
    what: str
    baseline: str
    measured: str
    ratio: str
    budget: str
    verdict: str


def verdict(ok: bool) -> str:
    return "PASS" if ok else "OVER"


def ratio(measured: float, baseline: float, digits: int = 2) -> str:
    if not baseline or measured != measured or baseline != baseline:
        return "–"
    return f"{measured / baseline:.{digits}f}x"


def print_table(rows: Sequence[Row]) -> None:
    header = Row("figure", "baseline", "measured", "ratio", "budget", "verdict")
    widths = [max(len(getattr(r, f)) for r in [header, *rows]) for f in Row.__dataclass_fields__]
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    print(line.format(*header.__dict__.values()))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line.format(*row.__dict__.values()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database",
        default="postgresql",
        help="'postgresql' (default: a fresh throw-away database on --server), 'sqlite' "
        "(a fresh file in a temporary folder) or the URL of an empty database",
    )
    parser.add_argument("--server", default=DEFAULT_SERVER, help="where throw-away databases go")
    parser.add_argument("--steps", type=int, default=2000, help="waiting steps added to the demo")
    parser.add_argument("--samples", type=int, default=300, help="timed calls at one counter")
    parser.add_argument("--counters", type=int, default=20, help="counters calling at once")
    parser.add_argument("--feed-samples", type=int, default=60, help="tickets timed in the feed")
    parser.add_argument("--profile", action="store_true", help="cProfile the desk's call next")
    parser.add_argument(
        "--role", choices=["issuer", "observer", "floor-observer"], help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.role == "issuer":
        return run_issuer(args.database)
    if args.role == "observer":
        return run_observer(args.database)
    if args.role == "floor-observer":
        return run_floor_observer(args.database)

    with tempfile.TemporaryDirectory(prefix="tiski-bench-") as folder:
        home = Path(folder)
        with throwaway_database(args.database, args.server, home) as target:
            return measure(target, args, home)


def measure(target: Target, args: argparse.Namespace, home: Path) -> int:
    begun = time.perf_counter()
    say(f"database: {target.dialect}, setting up ({args.steps} waiting steps) ...")
    setup = set_up(target, args.steps, args.counters)
    pool = len(setup.pool)
    calls = min(args.samples, pool // 2 - WARM_UP_CALLS)  # raw and desk take turns
    say(f"pool: {pool} waiting steps ({setup.demo_waiting} demo + {setup.added} added)")

    say("1. call next at one counter ...")
    reset_pool(target, setup.pool)
    raw_one, desk_one, statements = one_counter(target, setup, calls)
    profile = ""
    if args.profile:
        reset_pool(target, setup.pool)
        profile = profile_desk_call(target, min(calls, PROFILED_CALLS))

    say(f"2. call next at {args.counters} counters at once ...")
    raw_many = many_counters("raw", target, setup, args.counters)
    raw_check = check_claims(target, setup, raw_many)
    desk_many = many_counters("desk", target, setup, args.counters)
    desk_check = check_claims(target, setup, desk_many)

    say("3. the change feed ...")
    reset_pool(target, setup.pool)  # the console shows a full queue while tickets arrive
    if target.dialect == "postgresql":
        baseline_feed = raw_notify(target, args.feed_samples)
        baseline_name = "raw NOTIFY round trip"
    else:
        baseline_feed = raw_data_version(target, args.feed_samples)
        baseline_name = "raw data_version poll"
    feed = feed_latency(target, args.feed_samples, home)
    say("3b. the change feed to the supervisor's floor ...")
    floor = floor_latency(target, args.feed_samples, home)

    say("4. a whole-desk read ...")
    reset_pool(target, setup.pool)
    snapshot, snapshot_cpu, raw_waiting = snapshot_reads(target, SNAPSHOT_SAMPLES)

    # ------------------------------------------------------------ figures
    one_raw, one_desk = percentile(raw_one.latencies, 50), percentile(desk_one.latencies, 50)
    many_raw, many_desk = percentile(raw_many.latencies, 99), percentile(desk_many.latencies, 99)
    feed_p50, feed_p95 = percentile(feed.latencies, 50), percentile(feed.latencies, 95)
    base_p50, base_p95 = percentile(baseline_feed, 50), percentile(baseline_feed, 95)
    feed_budget = FEED_BUDGET_MS[target.dialect]
    floor_p95 = percentile(floor.latencies, 95)
    doubles = desk_check.double_claims + desk_check.wrong_counter
    drained = (
        desk_check.calls == pool and desk_check.left_waiting == 0 and not desk_check.unrecorded
    )
    rows = [
        Row(
            f"call next, 1 counter, p50 ({len(desk_one.latencies)} calls)",
            ms(one_raw),
            ms(one_desk),
            ratio(one_desk, one_raw),
            f"≤ {CALL_NEXT_BUDGET:.0f}x",
            verdict(one_desk / one_raw <= CALL_NEXT_BUDGET),
        ),
        Row(
            f"call next, {args.counters} counters, p99 ({len(desk_many.latencies)} calls)",
            ms(many_raw),
            ms(many_desk),
            ratio(many_desk, many_raw),
            f"≤ {CONCURRENT_BUDGET:.0f}x",
            verdict(many_desk / many_raw <= CONCURRENT_BUDGET),
        ),
        Row(
            f"call next, {args.counters} counters, double claims",
            str(raw_check.double_claims + raw_check.wrong_counter),
            str(doubles),
            "–",
            "0",
            verdict(doubles == 0 and drained),
        ),
        Row(
            f"feed, ticket seen by another console, p95 ({len(feed.latencies)} tickets)",
            ms(base_p95),
            ms(feed_p95),
            ratio(feed_p95, base_p95, 1),
            f"≤ {feed_budget:.0f} ms",
            verdict(feed_p95 * 1000 <= feed_budget and feed.missed == 0),
        ),
        Row(
            f"feed, ticket counted on the supervisor's floor, p95 ({len(floor.latencies)} tickets)",
            ms(base_p95),
            ms(floor_p95),
            ratio(floor_p95, base_p95, 1),
            f"≤ {feed_budget:.0f} ms",
            verdict(floor_p95 * 1000 <= feed_budget and floor.missed == 0),
        ),
        Row(
            f"whole-desk read (Desk.snapshot), p50 ({len(snapshot)} reads)",
            ms(percentile(raw_waiting, 50)),
            ms(percentile(snapshot, 50)),
            ratio(percentile(snapshot, 50), percentile(raw_waiting, 50)),
            "–",
            "–",
        ),
    ]
    print()
    print(
        f"Tiski call next and change feed on {target.dialect}: {pool} waiting steps "
        f"({setup.demo_waiting} demo + {setup.added} added), {os.cpu_count()} cores, "
        f"Python {sys.version.split()[0]}"
    )
    print()
    print_table(rows)
    print()
    print("details")
    print(
        f"  1 counter      raw   p50 {ms(one_raw)}  p99 {ms(percentile(raw_one.latencies, 99))}"
        f"   desk p50 {ms(one_desk)}  p99 {ms(percentile(desk_one.latencies, 99))}"
        f"   SQL statements per desk call_next: {statements:.1f} (raw: 1)"
    )
    print(
        f"  {args.counters} counters    raw   p50 {ms(percentile(raw_many.latencies, 50))}"
        f"  p99 {ms(many_raw)}  drained in {raw_many.wall:.1f} s"
        f"   desk p50 {ms(percentile(desk_many.latencies, 50))}  p99 {ms(many_desk)}"
        f"  drained in {desk_many.wall:.1f} s"
    )
    for name, check in (("raw", raw_check), ("desk", desk_check)):
        print(
            f"  {args.counters} counters    {name:<5} successful calls {check.calls}"
            f" for {pool} steps,"
            f" {check.distinct} distinct, claimed twice {check.double_claims},"
            f" at another counter in the database {check.wrong_counter},"
            f" left waiting {check.left_waiting},"
            f" called without a successful call_next {check.unrecorded}"
        )
    print(
        f"  feed           {baseline_name} p50 {ms(base_p50)}  p95 {ms(base_p95)}"
        f"   console p50 {ms(feed_p50)}  p95 {ms(feed_p95)}"
        f"  max {ms(max(feed.latencies, default=float('nan')))}"
        f"  missed {feed.missed}   issue() p50 {percentile(feed.commit_ms, 50):.1f} ms"
    )
    print(
        "  feed, p50 of each part: commit -> feed thread wakes"
        f" {ms(percentile(feed.woke, 50))}, LiveDesk.delta reads {ms(percentile(feed.read, 50))},"
        f" -> row in the model (signal, apply_delta) {ms(percentile(feed.shown, 50))}"
    )
    print(
        "  feed, p95 of each part: commit -> feed thread wakes"
        f" {ms(percentile(feed.woke, 95))}, LiveDesk.delta reads {ms(percentile(feed.read, 95))},"
        f" -> row in the model (signal, apply_delta) {ms(percentile(feed.shown, 95))}"
    )
    print(
        f"  floor          supervisor's window p50 {ms(percentile(floor.latencies, 50))}"
        f"  p95 {ms(floor_p95)}  max {ms(max(floor.latencies, default=float('nan')))}"
        f"  missed {floor.missed} (the floor reads the whole floor after each change)"
    )
    print(
        f"  whole-desk read  raw waiting list p50 {ms(percentile(raw_waiting, 50))}"
        f"   Desk.snapshot p50 {ms(percentile(snapshot, 50))}"
        f"  p95 {ms(percentile(snapshot, 95))}"
        f"  CPU in this process p50 {ms(percentile(snapshot_cpu, 50))}"
    )
    errors = raw_one.errors + desk_one.errors + raw_many.errors + desk_many.errors
    if errors:
        shown = Tally(errors).most_common(5)
        print(f"  errors: {len(errors)}:")
        for text, n in shown:
            print(f"    {n}x {text}")
    print(f"  whole run {time.perf_counter() - begun:.0f} s")
    if profile:
        print()
        print(f"cProfile of {min(calls, PROFILED_CALLS)} desk call_next at one counter")
        print(profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
