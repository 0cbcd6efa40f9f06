"""Many offices on one PostgreSQL: call next, double claims and the feed, per office.

Issue "many offices": one throw-away PostgreSQL database holds a desk of ``--offices``
offices (the demo desk's own office and N-1 more, each offering every service) with
``--counters`` counters each and one advisor per counter who serves every service. Two
phases:

1. **The morning peak.** Every office's kiosk issues tickets at random (a Poisson
   stream, one visitor per office every ``--arrival-s`` seconds on average), and each
   office opens with ``--backlog`` visitors already waiting. All counters call next,
   serve for ``--service-s`` seconds (uniform), finish and call again; a counter that
   finds nobody waiting tries again after ``--idle-s`` seconds. Each counter takes
   turns: one call with the desk's ``QueueDesk.call_next`` (then ``act(FINISH)``), the
   next with the raw claim of benchmarks/queue.py kept to the counter's office (psycopg
   ``UPDATE ... WHERE id = (SELECT ... FOR UPDATE SKIP LOCKED)`` in autocommit, then a
   raw ``UPDATE`` to finish), so that both meet the same load, the same connections and
   the same queues. The counters run as threads in ``--processes`` processes (200
   consoles cannot be 200 processes on a 2-core machine); a process lets at most
   ``POOL`` of its counters talk to the database at once (a console has one connection
   at a time, and PostgreSQL allows 100), and a call's time starts once the counter
   has its turn. The kiosks are threads of one more process; one listener per office
   (``ChangeListener(database, site_id)``, on its own connection, as a console of that
   office listens) records every notification it gets and when.

   Reported: call next p50 and p99 across all counters against the raw claim's, double
   claims (from the database and from what the counters got), claims of another
   office's visitor, and per office the feed: from a ticket's issuing commit (taken
   right after ``issue()`` returns) until that office's listener is notified of it (p50,
   p95, max, missed), and the notifications each listener got about another office's
   changes (must be none).

2. **1 to 20 offices.** The queue is emptied; then office 1 and, size by size, more
   offices get ``--scale-waiting`` waiting steps each (bulk ``INSERT ... SELECT`` as in
   benchmarks/claim_scale.py, statistics not gathered again), and call next at office
   1 is timed against the raw claim at office 1 (``--scale-calls`` each, in turns). The
   claim's cost must not grow with the other offices' waiting steps. After each size,
   auto_explain records one call of ``tiski_call_next`` (rolled back): the buffers of
   its probe of the queue, the rows it read and threw away, and the levels of the index
   its head probe used. ``--scale-services kiosk`` gives the waiting steps only the
   kiosks' four services (the advisor still serves all of them).

Run::

    python -m benchmarks.offices [--offices 20] [--counters 10] [--minutes 2]

It prints markdown tables with budgets and PASS/over verdicts and exits 0: a
measurement, not a test (tests/test_benchmark_offices.py runs it small).
"""

from __future__ import annotations

import os

# No keyring look-ups: the benchmark's databases have no password.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

import argparse
import contextlib
import queue as stdlib_queue
import random
import re
import sys
import tempfile
import threading
import time
from collections import Counter as Tally
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from benchmarks.claim_scale import add_waiting
from benchmarks.queue import (
    DEFAULT_SERVER,
    PHASE_TIMEOUT_S,
    Raw,
    Target,
    first_line,
    percentile,
    throwaway_database,
)

CALL_NEXT_BUDGET = 3.0  # p50 ratio to the raw claim (one counter's budget)
CONCURRENT_BUDGET = 3.0  # p99 ratio to the raw claim under the same load
FEED_BUDGET_MS = 50.0  # p95, PostgreSQL
FLAT_GROWTH = 1.5  # call next p50 at office 1, most offices loaded / one office loaded
POOL = 5  # a counter process's database calls at once (its engine's pool size)
RAW_PER_PROCESS = 3  # raw psycopg connections of a counter process
KIOSK_SERVICES = ("kela-general", "pori-general", "dvv-population", "vero-taxcard")
STAFF = "bench.o{:02d}c{:02d}"
COUNTER = "O{:02d}C{:02d}"
OFFICE = "o{:02d}"
SCALE_WARM_UP = 10
NAN = float("nan")

# The raw claim of benchmarks/queue.py, kept to the counter's office and to steps sent
# to no particular counter or advisor (what the desk's partial indexes cover).
RAW_CLAIM_AT = (
    "UPDATE visit_step SET state = 'called', counter_id = %s, staff_id = %s,"
    " called_at = now()"
    " WHERE id = (SELECT id FROM visit_step"
    "  WHERE state = 'waiting' AND site_id = %s AND service_id = ANY(%s)"
    "  AND target_counter_id IS NULL AND target_staff_id IS NULL"
    "  ORDER BY queued_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)"
    " RETURNING id"
)


def claim_at(raw: Raw, site_id: int, counter_id: int, staff_id: int, services: list[int]) -> Any:
    row = raw.connection.execute(RAW_CLAIM_AT, (counter_id, staff_id, site_id, services)).fetchone()
    return int(row[0]) if row else None


# ---------------------------------------------------------------- the desk
@dataclass(frozen=True)
class Place:
    """One counter of the desk: its office and who works there."""

    office: int  # 1..N
    office_code: str
    site_id: int
    counter_code: str
    counter_id: int
    username: str
    staff_id: int


@dataclass(frozen=True)
class Layout:
    offices: list[str]  # codes, office 1 first
    site_ids: list[int]
    service_ids: list[int]
    places: list[Place]
    kiosk_ids: list[int]  # the services the kiosks issue (KIOSK_SERVICES)


def desk_spec(offices: int, counters: int) -> Any:
    """The demo desk (no visitors) with ``offices`` offices of ``counters`` counters,
    each office offering every service, and one advisor per counter with every skill."""
    from console.core.demo import load_demo_desk
    from console.core.desk_file.specs import CounterSpec, OfficeSpec, StaffSpec
    from console.core.queue import Role
    from console.core.records import Names
    from console.desk.desk import demo_data_file

    demo = load_demo_desk(demo_data_file())
    extra = tuple(
        OfficeSpec(
            OFFICE.format(n),
            Names(f"Toimipiste {n}", f"Kontor {n}", f"Office {n}"),
        )
        for n in range(2, offices + 1)
    )
    skills = tuple(service.code for service in demo.services)
    return replace(
        demo,
        visits=(),
        offered=(),
        offices=extra,
        counters=tuple(
            CounterSpec(
                COUNTER.format(n, m),
                Names(f"Piste {n}.{m}", f"Lucka {n}.{m}", f"Counter {n}.{m}"),
                office="" if n == 1 else OFFICE.format(n),
            )
            for n in range(1, offices + 1)
            for m in range(1, counters + 1)
        ),
        staff=(
            *(s for s in demo.staff if s.role != Role.ADVISOR),
            *(
                StaffSpec(STAFF.format(n, m), f"Mittaaja {n}.{m}", Role.ADVISOR, None, skills)
                for n in range(1, offices + 1)
                for m in range(1, counters + 1)
            ),
        ),
    )


def set_up(target: Target, offices: int, counters: int) -> Layout:
    """Migrate and write the desk; read back the ids."""
    from console.core.queue import utc_now
    from console.desk.desk import Desk
    from console.store.database import Database
    from console.store.schema import upgrade

    spec = desk_spec(offices, counters)
    database = Database(target.url)
    try:
        upgrade(database)
        if not Desk(database).seed_demo(spec, now=utc_now()):
            raise SystemExit("The database is not empty.")
    finally:
        database.dispose()
    codes = [spec.code, *(office.code for office in spec.offices)]
    raw = Raw(target)
    try:
        sites = dict(raw.scalar_rows("SELECT code, id FROM site"))
        counter_ids = dict(raw.scalar_rows("SELECT code, id FROM counter"))
        staff_ids = dict(raw.scalar_rows("SELECT username, id FROM staff"))
        service_ids = [int(r[0]) for r in raw.scalar_rows("SELECT id FROM service ORDER BY id")]
        by_code = dict(raw.scalar_rows("SELECT code, id FROM service"))
    finally:
        raw.close()
    places = [
        Place(
            n,
            codes[n - 1],
            int(sites[codes[n - 1]]),
            COUNTER.format(n, m),
            int(counter_ids[COUNTER.format(n, m)]),
            STAFF.format(n, m),
            int(staff_ids[STAFF.format(n, m)]),
        )
        for n in range(1, offices + 1)
        for m in range(1, counters + 1)
    ]
    kiosk_ids = [int(by_code[code]) for code in KIOSK_SERVICES]
    return Layout(codes, [int(sites[code]) for code in codes], service_ids, places, kiosk_ids)


def open_doors(target: Target, layout: Layout, backlog: int) -> None:
    """Each office opens with ``backlog`` visitors waiting, issued at its kiosk."""
    from console.desk.desk import Desk
    from console.store.database import Database

    database = Database(target.url)
    rng = random.Random(7)
    try:
        for code in layout.offices:
            desk = Desk(database, site=code)
            for _ in range(backlog):
                desk.queue.issue([rng.choice(KIOSK_SERVICES)], source="kiosk")
    finally:
        database.dispose()


# ---------------------------------------------------------------- phase 1: the peak
@dataclass
class Pace:
    minutes: float
    arrival_s: float
    service_s: tuple[float, float]
    idle_s: tuple[float, float]


@dataclass
class CounterReport:
    """What the counters of one process did."""

    desk: list[float] = field(default_factory=list)  # successful call next
    raw: list[float] = field(default_factory=list)  # successful raw claims
    desk_empty: list[float] = field(default_factory=list)  # nobody waiting
    raw_empty: list[float] = field(default_factory=list)
    claims: list[tuple[int, int, str]] = field(default_factory=list)  # step, counter, kind
    errors: list[str] = field(default_factory=list)

    def add(self, other: CounterReport) -> None:
        for name in ("desk", "raw", "desk_empty", "raw_empty", "claims", "errors"):
            getattr(self, name).extend(getattr(other, name))


def _serve(
    place: Place,
    desk: Any,
    actor: Any,
    raws: stdlib_queue.Queue[Raw],
    gate: threading.Semaphore,
    services: list[int],
    pace: Pace,
    deadline: float,
    seed: int,
    report: CounterReport,
) -> None:
    """One counter until the deadline: call (desk and raw in turns), serve, finish."""
    from console.core.steps import StepAction

    rng = random.Random(seed)
    turn = seed % 2
    warm = {"desk": False, "raw": False}
    while time.monotonic() < deadline:
        kind = "desk" if turn % 2 == 0 else "raw"
        turn += 1
        step_id: int | None = None
        try:
            with gate:
                if kind == "desk":
                    started = time.perf_counter()
                    called = desk.queue.call_next(actor)
                    took = time.perf_counter() - started
                    step_id = called.step.step_id if called is not None else None
                else:
                    raw = raws.get()
                    try:
                        started = time.perf_counter()
                        step_id = claim_at(
                            raw, place.site_id, place.counter_id, place.staff_id, services
                        )
                        took = time.perf_counter() - started
                    finally:
                        raws.put(raw)
        except Exception as error:
            report.errors.append(f"{kind} call: {type(error).__name__}: {first_line(error)}")
            time.sleep(1.0)
            continue
        if warm[kind]:  # each counter's first call of each kind warms its statements
            if step_id is None:
                (report.desk_empty if kind == "desk" else report.raw_empty).append(took)
            else:
                (report.desk if kind == "desk" else report.raw).append(took)
        warm[kind] = True
        if step_id is None:
            time.sleep(min(rng.uniform(*pace.idle_s), max(0.0, deadline - time.monotonic())))
            continue
        report.claims.append((step_id, place.counter_id, kind))
        time.sleep(min(rng.uniform(*pace.service_s), max(0.0, deadline - time.monotonic())))
        for attempt in range(5):
            try:
                with gate:
                    if kind == "desk":
                        desk.queue.act(actor, step_id, StepAction.FINISH)
                    else:
                        raw = raws.get()
                        try:
                            raw.finish(step_id)
                        finally:
                            raws.put(raw)
                break
            except Exception as error:
                report.errors.append(f"{kind} finish: {type(error).__name__}: {first_line(error)}")
                time.sleep(0.2 * (attempt + 1))


def _counter_process(
    target: Target,
    layout: Layout,
    places: list[Place],
    pace: Pace,
    ready: Any,
    go: Any,
    results: Any,
) -> None:
    """Some of the counters, as threads: sign in, wait for all, serve, report."""
    from console.desk.desk import Desk
    from console.store.database import Database

    report = CounterReport()
    database = None
    raws: stdlib_queue.Queue[Raw] = stdlib_queue.Queue()
    try:
        database = Database(target.url)
        seated = []
        for place in places:
            desk = Desk(database, site=place.office_code)
            actor = desk.sign_in_by_username(place.username, place.counter_code).actor
            seated.append((place, desk, actor))
        for _ in range(RAW_PER_PROCESS):
            raws.put(Raw(target))
        gate = threading.Semaphore(POOL)
        ready.wait()
        go.wait()
        deadline = time.monotonic() + pace.minutes * 60
        reports = [CounterReport() for _ in seated]
        threads = [
            threading.Thread(
                target=_serve,
                args=(
                    place,
                    desk,
                    actor,
                    raws,
                    gate,
                    layout.service_ids,
                    pace,
                    deadline,
                    place.counter_id,
                    reports[number],
                ),
                daemon=True,
            )
            for number, (place, desk, actor) in enumerate(seated)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(pace.minutes * 60 + PHASE_TIMEOUT_S)
        for one in reports:
            report.add(one)
    except threading.BrokenBarrierError:
        report.errors.append("barrier broken")
    except Exception as error:
        report.errors.append(f"counter process: {type(error).__name__}: {first_line(error)}")
        ready.abort()
        go.abort()
    finally:
        while not raws.empty():
            raws.get().close()
        if database is not None:
            database.dispose()
        results.put(("counters", report))


@dataclass(frozen=True)
class Issued:
    site_id: int
    visit_id: int
    committed: float  # time.time() right after issue() returned
    took: float


def _kiosk(
    desk: Any,
    site_id: int,
    pace: Pace,
    deadline: float,
    seed: int,
    gate: threading.Semaphore,
    out: list[Issued],
    errors: list[str],
) -> None:
    rng = random.Random(seed)
    due = time.monotonic() + rng.expovariate(1 / pace.arrival_s)
    while due < deadline:
        time.sleep(max(0.0, due - time.monotonic()))
        try:
            with gate:
                started = time.perf_counter()
                ticket = desk.queue.issue([rng.choice(KIOSK_SERVICES)], source="kiosk")
                committed = time.time()
                took = time.perf_counter() - started
            out.append(Issued(site_id, ticket.visit_id, committed, took))
        except Exception as error:
            errors.append(f"issue: {type(error).__name__}: {first_line(error)}")
        due += rng.expovariate(1 / pace.arrival_s)


def _kiosk_process(
    target: Target, layout: Layout, pace: Pace, ready: Any, go: Any, results: Any
) -> None:
    """Every office's kiosk, a thread each, issuing at the arrival rate."""
    from console.desk.desk import Desk
    from console.store.database import Database

    issued: list[Issued] = []
    errors: list[str] = []
    database = None
    try:
        database = Database(target.url)
        desks = [Desk(database, site=code) for code in layout.offices]
        gate = threading.Semaphore(POOL)
        ready.wait()
        go.wait()
        deadline = time.monotonic() + pace.minutes * 60
        outs: list[list[Issued]] = [[] for _ in desks]
        threads = [
            threading.Thread(
                target=_kiosk,
                args=(desk, site_id, pace, deadline, 1000 + n, gate, outs[n], errors),
                daemon=True,
            )
            for n, (desk, site_id) in enumerate(zip(desks, layout.site_ids, strict=True))
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(pace.minutes * 60 + PHASE_TIMEOUT_S)
        for out in outs:
            issued.extend(out)
    except threading.BrokenBarrierError:
        errors.append("barrier broken")
    except Exception as error:
        errors.append(f"kiosk process: {type(error).__name__}: {first_line(error)}")
        ready.abort()
        go.abort()
    finally:
        if database is not None:
            database.dispose()
        results.put(("kiosks", (issued, errors)))


@dataclass
class Heard:
    """What one office's listener was notified of: (time.time(), channel, log id)."""

    site_id: int
    notes: list[tuple[float, str, int]] = field(default_factory=list)
    error: str = ""


def _listen(
    database: Any, heard: Heard, connected: threading.Barrier, stop: threading.Event
) -> None:
    """One office's console's listener: LISTEN as ``ChangeListener`` does, then keep
    every notification (the listener's own ``wait`` drops the payload, which names the
    change_log row; so its connection is read here directly)."""
    from console.store.feed import ChangeListener

    listener = ChangeListener(database, heard.site_id)
    try:
        listener.connect()
        connected.wait()
        connection = listener._connection  # the payload, which wait() does not hand out
        while not stop.is_set():
            for note in connection.notifies(timeout=0.5):
                heard.notes.append((time.time(), note.channel, int(note.payload)))
    except Exception as error:
        heard.error = f"{type(error).__name__}: {first_line(error)}"
        with contextlib.suppress(threading.BrokenBarrierError):
            connected.abort()
    finally:
        listener.close()


@dataclass
class OfficeFeed:
    code: str
    tickets: int
    latencies: list[float]
    missed: int
    foreign: int  # notifications about another office's change
    shared: int  # on the channel every office follows (set-up, notes...)
    error: str


@dataclass
class Peak:
    counters: CounterReport
    issued: list[Issued]
    kiosk_errors: list[str]
    feeds: list[OfficeFeed]
    double_claims: int
    wrong_counter: int
    other_office: int
    unrecorded: int
    claimed_steps: int
    still_waiting: int
    wall: float


def peak(target: Target, layout: Layout, pace: Pace, processes: int) -> Peak:
    """Phase 1: the kiosks, the counters and the listeners at once."""
    import multiprocessing

    from console.store.database import Database

    context = multiprocessing.get_context("spawn")
    shares = [layout.places[n::processes] for n in range(processes)]
    shares = [share for share in shares if share]
    parties = len(shares) + 1  # counter processes, the kiosk process
    ready = context.Barrier(parties + 1, timeout=PHASE_TIMEOUT_S)
    go = context.Barrier(parties + 1, timeout=PHASE_TIMEOUT_S)
    results = context.Queue()
    workers = [
        context.Process(
            target=_counter_process,
            args=(target, layout, share, pace, ready, go, results),
            daemon=True,
        )
        for share in shares
    ]
    workers.append(
        context.Process(
            target=_kiosk_process, args=(target, layout, pace, ready, go, results), daemon=True
        )
    )
    database = Database(target.url)
    heard = [Heard(site_id) for site_id in layout.site_ids]
    connected = threading.Barrier(len(heard) + 1, timeout=PHASE_TIMEOUT_S)
    stop = threading.Event()
    listeners = [
        threading.Thread(target=_listen, args=(database, one, connected, stop), daemon=True)
        for one in heard
    ]
    counters = CounterReport()
    issued: list[Issued] = []
    kiosk_errors: list[str] = []
    started = time.perf_counter()
    try:
        for thread in listeners:
            thread.start()
        connected.wait()
        for worker in workers:
            worker.start()
        ready.wait()
        started = time.perf_counter()
        go.wait()
        for _ in workers:
            try:
                kind, payload = results.get(timeout=pace.minutes * 60 + PHASE_TIMEOUT_S)
            except stdlib_queue.Empty:
                counters.errors.append("a process did not report")
                break
            if kind == "counters":
                counters.add(payload)
            else:
                issued, kiosk_errors = payload
        wall = time.perf_counter() - started
        time.sleep(1.0)  # the last notifications
    except threading.BrokenBarrierError:
        counters.errors.append("a party failed before the start")
        wall = time.perf_counter() - started
    finally:
        stop.set()
        for thread in listeners:
            thread.join(5)
        for worker in workers:
            worker.join(30)
            if worker.is_alive():
                worker.kill()
        database.dispose()
    return check_peak(target, layout, counters, issued, kiosk_errors, heard, wall)


def check_peak(
    target: Target,
    layout: Layout,
    counters: CounterReport,
    issued: list[Issued],
    kiosk_errors: list[str],
    heard: list[Heard],
    wall: float,
) -> Peak:
    """Count double claims from the database and the counters' own record, and match
    each ticket to the notification its office's listener got of it."""
    raw = Raw(target)
    try:
        in_database = {
            int(step): (state, counter, int(step_site), counter_site)
            for step, state, counter, step_site, counter_site in raw.scalar_rows(
                "SELECT s.id, s.state, s.counter_id, s.site_id, c.site_id FROM visit_step s"
                " LEFT JOIN counter c ON c.id = s.counter_id"
            )
        }
        # Each ticket's first step: the change_log row of its INSERT.
        first_log = {
            int(visit): int(log)
            for visit, log in raw.scalar_rows(
                "SELECT visit_id, min(id) FROM change_log WHERE kind = 'step' GROUP BY visit_id"
            )
        }
        log_site = {
            int(log): site for log, site in raw.scalar_rows("SELECT id, site_id FROM change_log")
        }
        still_waiting = int(
            raw.scalar_rows("SELECT count(*) FROM visit_step WHERE state = 'waiting'")[0][0]
        )
    finally:
        raw.close()
    tally = Tally(step for step, _counter, _kind in counters.claims)
    doubles = sum(n - 1 for n in tally.values() if n > 1)
    got = {step: counter for step, counter, _kind in counters.claims}
    wrong = sum(
        1
        for step, counter in got.items()
        if step in in_database and in_database[step][1] != counter
    )
    other_office = sum(
        1
        for _state, counter, step_site, counter_site in in_database.values()
        if counter is not None and counter_site != step_site
    )
    bench_counters = {place.counter_id for place in layout.places}
    unrecorded = sum(
        1
        for step, (state, counter, _s, _c) in in_database.items()
        if counter in bench_counters and state in ("called", "serving", "done") and step not in got
    )
    feeds = []
    code_of = dict(zip(layout.site_ids, layout.offices, strict=True))
    for one in heard:
        seen: dict[int, float] = {}
        foreign = shared = 0
        for at, channel, log in one.notes:
            seen.setdefault(log, at)
            site = log_site.get(log)
            if site is None:
                shared += 1
            elif site != one.site_id or not channel.endswith(f"_{one.site_id}"):
                foreign += 1
        mine = [ticket for ticket in issued if ticket.site_id == one.site_id]
        latencies = [
            seen[first_log[ticket.visit_id]] - ticket.committed
            for ticket in mine
            if first_log.get(ticket.visit_id) in seen
        ]
        feeds.append(
            OfficeFeed(
                code_of[one.site_id],
                len(mine),
                latencies,
                len(mine) - len(latencies),
                foreign,
                shared,
                one.error,
            )
        )
    return Peak(
        counters,
        issued,
        kiosk_errors,
        feeds,
        doubles,
        wrong,
        other_office,
        unrecorded,
        len(tally),
        still_waiting,
        wall,
    )


# ---------------------------------------------------------------- phase 2: 1 to N offices
@dataclass(frozen=True)
class ScaleRow:
    offices: int
    waiting: int
    at_office_1: int
    desk: float
    raw: float
    desk_p99: float
    raw_p99: float
    plans: Plans | None


def time_office_1(
    target: Target, layout: Layout, raw: Raw, calls: int
) -> tuple[list[float], list[float]]:
    """``calls`` call next at office 1's first counter and as many raw claims there, in
    turns after warm-ups; every called step finished outside the timed region."""
    from console.desk.desk import Desk
    from console.store.database import Database

    place = layout.places[0]
    database = Database(target.url)
    desk_laps: list[float] = []
    raw_laps: list[float] = []
    try:
        desk = Desk(database, site=place.office_code)
        actor = desk.sign_in_by_username(place.username, place.counter_code).actor
        for number in range(SCALE_WARM_UP + calls):
            started = time.perf_counter()
            called = desk.queue.call_next(actor)
            lap = time.perf_counter() - started
            if called is None:
                raise SystemExit("office 1's queue ran dry: give more --scale-waiting")
            raw.finish(called.step.step_id)
            started = time.perf_counter()
            step_id = claim_at(
                raw, place.site_id, place.counter_id, place.staff_id, layout.service_ids
            )
            raw_lap = time.perf_counter() - started
            if step_id is None:
                raise SystemExit("office 1's queue ran dry")
            raw.finish(step_id)
            if number >= SCALE_WARM_UP:
                desk_laps.append(lap)
                raw_laps.append(raw_lap)
    finally:
        database.dispose()
    return desk_laps, raw_laps


@dataclass(frozen=True)
class Plans:
    """What auto_explain showed of one call of ``tiski_call_next`` and one raw claim."""

    text: str
    probe_buffers: int  # shared buffers the call's probe of the queue touched
    probe_indexes: tuple[str, ...]  # the indexes its scans of visit_step used
    removed: int  # rows its scans read and threw away (Rows Removed by Filter x loops)
    raw_buffers: int
    levels: int  # B-tree levels below the root of the index the head probe used (-1: unknown)


def _buffers(block: str) -> int:
    for line in block.splitlines():
        if "Buffers: shared" in line:
            return sum(int(n) for n in re.findall(r"(?:hit|read)=(\d+)", line))
    return 0


def rows_removed(plan: str) -> int:
    """Rows the plan's nodes read and threw away: each node's "Rows Removed by Filter"
    (an average per loop) times its loops."""
    removed = 0
    loops = 1
    for line in plan.splitlines():
        node = re.search(r"actual rows=\d+ loops=(\d+)", line)
        if node:
            loops = int(node.group(1))
        thrown = re.search(r"Rows Removed by Filter: (\d+)", line)
        if thrown:
            removed += int(thrown.group(1)) * loops
    return removed


def call_next_plans(target: Target, layout: Layout) -> Plans | None:
    """The plans of the statements inside ``tiski_call_next`` at office 1's first
    counter (auto_explain: nested statements, actual rows, buffers) and of the raw
    claim, in a transaction rolled back. None when auto_explain cannot be loaded."""
    import psycopg

    from console.core.queue import utc_now

    place = layout.places[0]
    blocks: list[str] = []
    now = utc_now()
    with psycopg.connect(target.libpq, connect_timeout=5) as connection:
        connection.add_notice_handler(lambda notice: blocks.append(notice.message_primary or ""))
        try:
            connection.execute("LOAD 'auto_explain'")
        except psycopg.Error:
            return None
        for setting in (
            "auto_explain.log_min_duration = 0",
            "auto_explain.log_analyze = on",
            "auto_explain.log_buffers = on",
            "auto_explain.log_timing = off",
            "auto_explain.log_nested_statements = on",
            "client_min_messages = log",
        ):
            connection.execute(f"SET {setting}")
        connection.execute(
            "SELECT * FROM tiski_call_next(%s, %s, %s, %s, %s, %s)",
            (
                place.staff_id,
                place.counter_id,
                now.date(),
                now,
                now + timedelta(minutes=10),
                now - timedelta(hours=1),
            ),
        ).fetchall()
        before_raw = len(blocks)
        connection.execute(
            RAW_CLAIM_AT, (place.counter_id, place.staff_id, place.site_id, layout.service_ids)
        ).fetchall()
        connection.rollback()
    probe = next((b for b in blocks[:before_raw] if "Query Text: WITH probe" in b), "")
    raw = next((b for b in blocks[before_raw:] if "Query Text: UPDATE visit_step" in b), "")
    indexes = tuple(
        sorted(set(re.findall(r"Index (?:Only )?Scan using (\w+) on visit_step", probe)))
    )
    removed = rows_removed(probe)
    heads = re.search(r"Index Scan using (\w+) on visit_step h_1", probe)
    return Plans(
        "\n\n".join(blocks),
        _buffers(probe),
        indexes,
        removed,
        _buffers(raw),
        index_levels(target, heads.group(1)) if heads else -1,
    )


def index_levels(target: Target, index: str) -> int:
    """The B-tree's levels below its root (pageinspect's ``bt_metap``); -1 without it."""
    import psycopg

    try:
        with psycopg.connect(target.libpq, autocommit=True, connect_timeout=5) as connection:
            connection.execute("CREATE EXTENSION IF NOT EXISTS pageinspect")
            row = connection.execute("SELECT level FROM bt_metap(%s)", (index,)).fetchone()
    except psycopg.Error:
        return -1
    return int(row[0]) if row else -1


def scale(
    target: Target,
    layout: Layout,
    sizes: list[int],
    waiting: int,
    calls: int,
    services: list[int],
) -> list[ScaleRow]:
    """Phase 2: office 1's call next with 1, ..., N offices holding ``waiting`` steps."""
    raw = Raw(target)
    rows: list[ScaleRow] = []
    try:
        raw.connection.execute(
            "UPDATE visit_step SET state = 'cancelled' WHERE state IN ('waiting', 'pending')"
        )
        loaded = 0
        for size in sizes:
            for office in range(loaded, size):
                add_waiting(target, raw, 0, waiting, services, layout.site_ids[office])
            loaded = size
            desk_laps, raw_laps = time_office_1(target, layout, raw, calls)
            counts = dict(
                raw.scalar_rows(
                    "SELECT site_id, count(*) FROM visit_step WHERE state = 'waiting'"
                    " GROUP BY site_id"
                )
            )
            rows.append(
                ScaleRow(
                    size,
                    int(sum(counts.values())),
                    int(counts.get(layout.site_ids[0], 0)),
                    percentile(desk_laps, 50),
                    percentile(raw_laps, 50),
                    percentile(desk_laps, 99),
                    percentile(raw_laps, 99),
                    call_next_plans(target, layout),
                )
            )
            print(
                f"  {size} offices loaded, {rows[-1].waiting:,} waiting: call next p50"
                f" {rows[-1].desk * 1000:.2f} ms, raw claim p50 {rows[-1].raw * 1000:.2f} ms",
                flush=True,
            )
    finally:
        raw.close()
    return rows


# ---------------------------------------------------------------- the report
def ms(seconds: float) -> str:
    return "–" if seconds != seconds else f"{seconds * 1000:.2f} ms"


def ratio(measured: float, baseline: float) -> str:
    quotient = measured / baseline if baseline else NAN
    return "–" if quotient != quotient else f"{quotient:.2f}x"


def verdict(ok: bool) -> str:
    return "PASS" if ok else "over"


def print_peak(result: Peak, offices: int, counters: int, pace: Pace, processes: int) -> None:
    work = result.counters
    desk50, raw50 = percentile(work.desk, 50), percentile(work.raw, 50)
    desk99, raw99 = percentile(work.desk, 99), percentile(work.raw, 99)
    worst = max(
        (percentile(feed.latencies, 95) for feed in result.feeds if feed.latencies),
        default=float("nan"),
    )
    missed = sum(feed.missed for feed in result.feeds)
    foreign = sum(feed.foreign for feed in result.feeds)
    doubles = result.double_claims + result.wrong_counter + result.other_office
    print()
    print(
        f"### Morning peak: {offices} offices x {counters} counters"
        f" ({offices * counters} counters in {processes} processes), {pace.minutes:g} min,"
        f" {os.cpu_count()} cores, Python {sys.version.split()[0]}"
    )
    print()
    print(
        f"Kiosks: one visitor per office every {pace.arrival_s:g} s on average;"
        f" service {pace.service_s[0]:g}-{pace.service_s[1]:g} s; idle retry"
        f" {pace.idle_s[0]:g}-{pace.idle_s[1]:g} s. Tickets issued {len(result.issued)}"
        f" (issue() p50 {ms(percentile([i.took for i in result.issued], 50))}),"
        f" steps claimed {result.claimed_steps}"
        f" ({sum(1 for c in work.claims if c[2] == 'desk')} by call next,"
        f" {sum(1 for c in work.claims if c[2] == 'raw')} raw),"
        f" left waiting at the end {result.still_waiting}; {result.wall:.0f} s."
    )
    print()
    print("| figure | raw claim | call next | ratio | budget | verdict |")
    print("|---|---|---|---|---|---|")
    print(
        f"| call next p50, all counters ({len(work.desk)} calls / {len(work.raw)} raw) |"
        f" {ms(raw50)} | {ms(desk50)} | {ratio(desk50, raw50)} | ≤ {CALL_NEXT_BUDGET:.0f}x |"
        f" {verdict(desk50 / raw50 <= CALL_NEXT_BUDGET)} |"
    )
    print(
        f"| call next p99, all counters | {ms(raw99)} | {ms(desk99)} | {ratio(desk99, raw99)} |"
        f" ≤ {CONCURRENT_BUDGET:.0f}x | {verdict(desk99 / raw99 <= CONCURRENT_BUDGET)} |"
    )
    print(
        f"| nobody waiting, p50 ({len(work.desk_empty)} / {len(work.raw_empty)}) |"
        f" {ms(percentile(work.raw_empty, 50))} | {ms(percentile(work.desk_empty, 50))} |"
        " – | – | – |"
    )
    print(
        f"| double claims (twice {result.double_claims}, at another counter"
        f" {result.wrong_counter}, at another office {result.other_office},"
        f" unrecorded {result.unrecorded}) | – | {doubles} | – | 0 |"
        f" {verdict(doubles == 0 and result.unrecorded == 0)} |"
    )
    print(
        f"| feed p95, worst office (missed {missed}) | – | {ms(worst)} | – |"
        f" ≤ {FEED_BUDGET_MS:.0f} ms | {verdict(worst * 1000 <= FEED_BUDGET_MS and missed == 0)} |"
    )
    print(
        f"| notifications about another office's change | – | {foreign} | – | 0 |"
        f" {verdict(foreign == 0)} |"
    )
    print()
    print("| office | tickets | feed p50 | feed p95 | max | missed | other offices' | shared |")
    print("|---|---|---|---|---|---|---|---|")
    for feed in result.feeds:
        print(
            f"| {feed.code} | {feed.tickets} | {ms(percentile(feed.latencies, 50))} |"
            f" {ms(percentile(feed.latencies, 95))} | {ms(max(feed.latencies, default=NAN))} |"
            f" {feed.missed} | {feed.foreign} | {feed.shared} |"
            + (f" error: {feed.error}" if feed.error else "")
        )
    errors = work.errors + result.kiosk_errors
    if errors:
        print()
        print(f"errors: {len(errors)}")
        for text, n in Tally(errors).most_common(5):
            print(f"  {n}x {text}")


def print_scale(
    rows: list[ScaleRow], waiting: int, calls: int, services: str, verbose: bool
) -> None:
    print()
    print(
        f"### Office 1's call next as more offices hold {waiting:,} waiting steps each"
        f" ({calls} calls; services of the steps: {services})"
    )
    print()
    print(
        "| offices with a queue | waiting in all | at office 1 | call next p50 | raw claim p50"
        " | ratio | call next p99 | probe buffers | probe rows thrown away | head index levels"
        " | raw claim buffers | budget |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        ratio = row.desk / row.raw
        plans = row.plans
        print(
            f"| {row.offices} | {row.waiting:,} | {row.at_office_1:,} | {ms(row.desk)} |"
            f" {ms(row.raw)} | {ratio:.2f}x | {ms(row.desk_p99)} |"
            f" {plans.probe_buffers if plans else '–'} | {plans.removed if plans else '–'} |"
            f" {plans.levels if plans else '–'} |"
            f" {plans.raw_buffers if plans else '–'} |"
            f" ≤ {CALL_NEXT_BUDGET:.0f}x {verdict(ratio <= CALL_NEXT_BUDGET)} |"
        )
    first, last = rows[0], rows[-1]
    growth = last.desk / first.desk
    print()
    print(
        f"growth from {first.offices} to {last.offices} offices with a queue"
        f" ({first.waiting:,} to {last.waiting:,} waiting): call next {growth:.2f}x,"
        f" raw claim {last.raw / first.raw:.2f}x;"
        f" flat (≤ {FLAT_GROWTH}x): {verdict(growth <= FLAT_GROWTH)}"
    )
    plans = last.plans
    if plans is not None:
        print(
            f"tiski_call_next's probe of the queue at office 1 ({last.offices} offices with a"
            f" queue): indexes {', '.join(plans.probe_indexes)};"
            f" rows read and thrown away {plans.removed}; buffers {plans.probe_buffers}"
        )
        if verbose:
            print()
            print(plans.text)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--server", default=DEFAULT_SERVER, help="where throw-away databases go")
    parser.add_argument("--offices", type=int, default=20)
    parser.add_argument("--counters", type=int, default=10, help="counters per office")
    parser.add_argument("--minutes", type=float, default=2.0, help="length of the peak")
    parser.add_argument("--processes", type=int, default=6, help="counter processes")
    parser.add_argument(
        "--arrival-s", type=float, default=1.8, help="mean seconds between visitors per office"
    )
    parser.add_argument("--service-s", default="8,24", help="service time range, seconds")
    parser.add_argument("--idle-s", default="2,4", help="retry after nobody waiting, seconds")
    parser.add_argument("--backlog", type=int, default=15, help="waiting per office at opening")
    parser.add_argument("--scale-offices", default="1,5,20", help="offices with a queue, in turn")
    parser.add_argument("--scale-waiting", type=int, default=5000, help="waiting per office")
    parser.add_argument("--scale-calls", type=int, default=100)
    parser.add_argument(
        "--scale-services",
        choices=["all", "kiosk"],
        default="all",
        help="the waiting steps' services: every service in turn, or only the kiosks' four"
        " (the advisor still serves every service)",
    )
    parser.add_argument("--plans", action="store_true", help="print the full plans")
    options = parser.parse_args(argv)
    low, high = (float(x) for x in options.service_s.split(","))
    idle_low, idle_high = (float(x) for x in options.idle_s.split(","))
    pace = Pace(options.minutes, options.arrival_s, (low, high), (idle_low, idle_high))
    sizes = [min(int(x), options.offices) for x in options.scale_offices.split(",")]
    sizes = sorted(set(sizes))
    begun = time.perf_counter()
    with (
        tempfile.TemporaryDirectory(prefix="tiski-bench-") as folder,
        throwaway_database("postgresql", options.server, Path(folder)) as target,
    ):
        print(f"setting up {options.offices} offices x {options.counters} counters ...", flush=True)
        layout = set_up(target, options.offices, options.counters)
        open_doors(target, layout, options.backlog)
        print(f"1. the morning peak ({options.minutes:g} min) ...", flush=True)
        result = peak(target, layout, pace, max(1, options.processes))
        print("2. office 1's call next as more offices hold a queue ...", flush=True)
        services = layout.kiosk_ids if options.scale_services == "kiosk" else layout.service_ids
        rows = scale(target, layout, sizes, options.scale_waiting, options.scale_calls, services)
    print_peak(result, options.offices, options.counters, pace, options.processes)
    print_scale(
        rows, options.scale_waiting, options.scale_calls, options.scale_services, options.plans
    )
    print()
    print(f"whole run {time.perf_counter() - begun:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
