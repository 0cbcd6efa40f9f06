"""A year's report of a busy desk, against a raw aggregate over the same rows in the same run.

Budget (issue 16, docs/performance.md): a report over one year of a busy desk (250
working days x 600 visits, about 200,000 steps) answers in under 2 s on PostgreSQL and
on SQLite. Measured: ``ReportDesk.report`` for the year per agency (reads the history,
works out each step's wait, counts, medians and 90th percentiles in Python) and the
cost-sharing split; the baseline is one ``GROUP BY`` query over the same rows that
the database answers on its own (counts and mean waits, no percentiles), and a
week's report of the same year (the index on the visit's arrival).

Run::

    python -m benchmarks.reports                     # fresh PostgreSQL database
    python -m benchmarks.reports --database sqlite   # fresh SQLite file
    python -m benchmarks.reports --days 20           # a quick look

It prints one table and exits 0: it is a measurement, not a test.
"""

from __future__ import annotations

import os

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.queue import Target, throwaway_database

SERVER = os.environ.get("TISKI_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
FIRST_DAY = date(2025, 1, 2)
BUDGET_S = 2.0


def working_days(count: int) -> list[date]:
    days: list[date] = []
    day = FIRST_DAY
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def seed(target: Target, days: list[date], visits_per_day: int) -> int:
    """The demo desk and ``days`` x ``visits_per_day`` finished visits; returns the steps."""
    from dataclasses import replace

    from sqlalchemy import insert, select

    from console.core.demo import load_demo_desk
    from console.core.queue import DESK_TIMEZONE
    from console.desk.desk import Desk, demo_data_file
    from console.store.database import Database
    from console.store.models import Counter, Service, Staff, Visit, VisitStep
    from console.store.schema import upgrade

    database = Database(target.url)
    upgrade(database)
    Desk(database).seed_demo(replace(load_demo_desk(demo_data_file()), visits=()))
    with database.session() as session:
        services = list(session.scalars(select(Service.id)))
        counters = list(session.scalars(select(Counter.id)))
        staff = list(session.scalars(select(Staff.id)))
    rng = random.Random(16)
    visit_id = step_id = 0
    for day in days:
        visits: list[dict[str, Any]] = []
        steps: list[dict[str, Any]] = []
        opening = datetime.combine(day, datetime.min.time(), DESK_TIMEZONE) + timedelta(hours=8)
        for number in range(visits_per_day):
            visit_id += 1
            arrived = opening + timedelta(seconds=rng.uniform(0, 8 * 3600))
            visits.append(
                {
                    "id": visit_id,
                    "ticket_day": day,
                    "ticket_number": f"B{number:04d}",
                    "language": "fi",
                    "source": "kiosk",
                    "created_at": arrived,
                    "life_event": "moving-to-pori" if rng.random() < 0.05 else None,
                }
            )
            ready = arrived
            for position in range(1, 2 + (rng.random() < 0.3)):
                step_id += 1
                called = ready + timedelta(minutes=rng.expovariate(1 / 12))
                finished = called + timedelta(minutes=rng.expovariate(1 / 9) + 1)
                state = "no_show" if rng.random() < 0.04 else "done"
                steps.append(
                    {
                        "id": step_id,
                        "visit_id": visit_id,
                        "position": position,
                        "service_id": rng.choice(services),
                        "state": state,
                        "queued_at": arrived,
                        "called_at": called,
                        "finished_at": finished,
                        "counter_id": rng.choice(counters),
                        "staff_id": rng.choice(staff),
                    }
                )
                ready = finished
        with database.session() as session:
            session.execute(insert(Visit), visits)
            session.execute(insert(VisitStep), steps)
    if target.dialect == "postgresql":
        with database.engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
    database.dispose()
    return step_id


def raw_aggregate(target: Target, first: datetime, after: datetime) -> Callable[[], object]:
    """One GROUP BY over the same rows: steps, served, no-shows and mean wait per agency."""
    from sqlalchemy import text

    from console.store.database import Database

    database = Database(target.url)
    if target.dialect == "postgresql":
        wait = "avg(extract(epoch FROM s.called_at - s.queued_at))"
    else:
        wait = "avg((julianday(s.called_at) - julianday(s.queued_at)) * 86400)"
    query = text(
        f"SELECT sv.agency_id, count(*), sum(CASE WHEN s.state = 'done' THEN 1 ELSE 0 END), "  # noqa: S608
        f"sum(CASE WHEN s.state = 'no_show' THEN 1 ELSE 0 END), {wait} "
        "FROM visit_step s JOIN visit v ON v.id = s.visit_id "
        "JOIN service sv ON sv.id = s.service_id "
        "WHERE v.created_at >= :first AND v.created_at < :after GROUP BY sv.agency_id"
    )
    from console.store.types import UTCDateTime

    bind = UTCDateTime().process_bind_param
    params = {
        "first": bind(first, database.engine.dialect),
        "after": bind(after, database.engine.dialect),
    }

    def run() -> object:
        with database.engine.connect() as connection:
            return connection.execute(query, params).all()

    return run


def timed(run: Callable[[], object], repeats: int) -> list[float]:
    run()  # warm caches and statement caches alike
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="postgresql")
    parser.add_argument("--days", type=int, default=250)
    parser.add_argument("--visits", type=int, default=600)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    from console.core.reports import CostMethod, Dimension, days
    from console.desk.desk import Desk
    from console.store.database import Database

    with (
        tempfile.TemporaryDirectory(prefix="tiski-bench-") as folder,
        throwaway_database(args.database, SERVER, Path(folder)) as target,
    ):
        every_day = working_days(args.days)
        started = time.perf_counter()
        steps = seed(target, every_day, args.visits)
        print(
            f"{target.dialect}: {len(every_day)} days x {args.visits} visits, {steps} steps "
            f"seeded in {time.perf_counter() - started:.1f} s"
        )
        start, end = every_day[0], every_day[-1]
        database = Database(target.url)
        desk = Desk(database)
        boss = desk.sign_in_by_username("kaisa.mattila", None).actor
        week_end = start + timedelta(days=6)

        def year() -> object:
            return desk.reports.report(boss, start, end, dimension=Dimension.AGENCY)

        def week() -> object:
            return desk.reports.report(boss, start, week_end, dimension=Dimension.AGENCY)

        def cost() -> object:
            return desk.reports.cost_split(boss, start, end, 12_500_000, CostMethod.MINUTES)

        raw_year = raw_aggregate(target, *days(start, end))
        raw_week = raw_aggregate(target, *days(start, week_end))
        rows = [
            ("year per agency (ReportDesk.report)", timed(year, args.repeats), raw_year),
            ("cost-sharing of the year", timed(cost, args.repeats), raw_year),
            ("a week of the same year", timed(week, args.repeats), raw_week),
        ]
        print(f"{'measured':40} {'median':>9} {'raw GROUP BY':>13} {'ratio':>7}  budget")
        for name, times, raw in rows:
            measured = statistics.median(times)
            baseline = statistics.median(timed(raw, args.repeats))
            verdict = "pass" if measured < BUDGET_S else "OVER"
            print(
                f"{name:40} {measured * 1000:8.0f}ms {baseline * 1000:11.1f}ms "
                f"{measured / baseline:6.1f}x  < {BUDGET_S:g} s: {verdict}"
            )
        database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
