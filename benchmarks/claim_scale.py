"""Call next as the queue grows: 2,000, 20,000 and 200,000 waiting steps in one run.

Issue 18: "The claim's cost must not grow with the length of the queue." One throw-away
database (PostgreSQL by default, ``--database sqlite`` for a file) gets the demo desk
and a bench counter whose staff member serves every service; then, size by size, waiting
one-step visits are added with one bulk ``INSERT ... SELECT`` each (as a morning's
kiosks would, but without the planner's statistics being gathered again: the queries
must not depend on them). At each size it times ``QueueDesk.call_next`` at that
counter (``--calls`` calls after 10 warm-ups, each called step finished outside the
timed region) and, over the same rows, the raw claim of benchmarks/queue.py.

Run::

    python -m benchmarks.claim_scale [--database sqlite] [--sizes 2000,20000,200000]

It prints, per size, both p50s and their ratio, and the growth of each from the first
size to the last. Exit 0: a measurement, not a test. Budget (DESIGN.md): the desk's
p50 at most 3x the raw claim's; the growth is what the issue asks to show flat.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.queue import (
    BENCH_COUNTER,
    BENCH_STAFF,
    DEFAULT_SERVER,
    Raw,
    Target,
    set_up,
    throwaway_database,
)

CALL_NEXT_BUDGET = 3.0
WARM_UP = 10


def add_waiting(
    target: Target, raw: Raw, first: int, count: int, service_ids: list[int], site_id: int
) -> None:
    """``count`` more waiting one-step visits at office ``site_id``, each service in
    turn, a second apart and all of them older than the ones before (so each size's
    claims reach the new rows)."""
    services = len(service_ids)
    if target.dialect == "postgresql":
        raw.connection.execute(
            "WITH v AS ("
            " INSERT INTO visit (site_id, ticket_day, ticket_number, language, source,"
            "  created_at)"
            " SELECT %s, current_date - 1 - (n / 900000), 'S' || lpad((n %% 900000)::text, 6, '0'),"
            "  'fi', 'kiosk', now() - make_interval(secs => 3600 + n)"
            " FROM generate_series(%s::int, %s::int) AS n RETURNING id, site_id, created_at)"
            " INSERT INTO visit_step (visit_id, site_id, position, service_id, state, queued_at,"
            "  recalls, changed_at)"
            " SELECT id, site_id, 1, (%s::int[])[1 + (id %% %s)], 'waiting', created_at, 0,"
            "  created_at FROM v",
            (site_id, first, first + count - 1, service_ids, services),
        )
        return
    connection = raw.connection
    connection.execute("BEGIN IMMEDIATE")
    connection.execute(
        "WITH RECURSIVE n(k) AS (SELECT ? UNION ALL SELECT k + 1 FROM n WHERE k < ?)"
        " INSERT INTO visit (site_id, ticket_day, ticket_number, language, source, created_at)"
        " SELECT ?, date('now', '-1 day', '-' || (k / 900000) || ' days'),"
        "  'S' || substr('000000' || (k % 900000), -6), 'fi', 'kiosk',"
        "  strftime('%Y-%m-%d %H:%M:%f', 'now', '-' || (3600 + k) || ' seconds')"
        " FROM n",
        (first, first + count - 1, site_id),
    )
    marks = ",".join(str(int(service_id)) for service_id in service_ids)
    connection.execute(
        "INSERT INTO visit_step (visit_id, site_id, position, service_id, state, queued_at,"  # noqa: S608
        "  recalls, changed_at)"
        f" SELECT id, site_id, 1, json_extract('[{marks}]', '$[' || (id % {services}) || ']'),"
        "  'waiting', created_at, 0, created_at"
        " FROM visit WHERE ticket_number LIKE 'S%' AND id NOT IN (SELECT visit_id FROM visit_step)"
    )
    connection.execute("COMMIT")


def time_desk(target: Target, calls: int, raw: Raw) -> list[float]:
    from console.core.queue import utc_now
    from console.desk.desk import Desk
    from console.store.database import Database

    database = Database(target.url)
    try:
        desk = Desk(database)
        actor = desk.sign_in_by_username(BENCH_STAFF.format(1), BENCH_COUNTER.format(1)).actor
        laps: list[float] = []
        for number in range(WARM_UP + calls):
            started = time.perf_counter()
            called = desk.queue.call_next(actor, now=utc_now())
            lap = time.perf_counter() - started
            if called is None:
                raise SystemExit("the queue ran dry: give more steps or fewer calls")
            raw.finish(called.step.step_id)
            if number >= WARM_UP:
                laps.append(lap)
        return laps
    finally:
        database.dispose()


def time_raw(
    raw: Raw, staff_id: int, counter_id: int, service_ids: list[int], calls: int
) -> list[float]:
    laps: list[float] = []
    for number in range(WARM_UP + calls):
        started = time.perf_counter()
        step_id = raw.claim(counter_id, staff_id, service_ids)
        lap = time.perf_counter() - started
        if step_id is None:
            raise SystemExit("the queue ran dry")
        raw.finish(step_id)
        if number >= WARM_UP:
            laps.append(lap)
    return laps


def waiting_now(raw: Raw) -> int:
    return int(raw.scalar_rows("SELECT count(*) FROM visit_step WHERE state = 'waiting'")[0][0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", default="postgresql")
    parser.add_argument("--server", default=DEFAULT_SERVER)
    parser.add_argument("--sizes", default="2000,20000,200000")
    parser.add_argument("--calls", type=int, default=100)
    options = parser.parse_args(argv)
    sizes = [int(size) for size in options.sizes.split(",")]
    rows: list[dict[str, Any]] = []
    with (
        tempfile.TemporaryDirectory() as folder,
        throwaway_database(options.database, options.server, Path(folder)) as target,
    ):
        setup = set_up(target, 0, 1)
        staff_id, counter_id = setup.callers[0]
        raw = Raw(target)
        try:
            added = 0
            for size in sizes:
                add_waiting(target, raw, added, size - added, setup.service_ids, setup.site_id)
                added = size
                desk = time_desk(target, options.calls, raw)
                base = time_raw(raw, staff_id, counter_id, setup.service_ids, options.calls)
                rows.append(
                    {
                        "size": waiting_now(raw),
                        "desk": statistics.median(desk) * 1000,
                        "raw": statistics.median(base) * 1000,
                    }
                )
                print(
                    f"{rows[-1]['size']:>8} waiting: call next p50 {rows[-1]['desk']:.2f} ms,"
                    f" raw claim p50 {rows[-1]['raw']:.2f} ms",
                    flush=True,
                )
        finally:
            raw.close()
    print()
    print(f"| waiting steps | call next p50 | raw claim p50 | ratio | budget ({target.dialect}) |")
    print("|---|---|---|---|---|")
    for row in rows:
        ratio = row["desk"] / row["raw"]
        verdict = "PASS" if ratio <= CALL_NEXT_BUDGET else "over"
        print(
            f"| {row['size']:,} | {row['desk']:.2f} ms | {row['raw']:.2f} ms | {ratio:.1f}x |"
            f" ≤ {CALL_NEXT_BUDGET:.0f}x {verdict} |"
        )
    first, last = rows[0], rows[-1]
    print()
    print(
        f"growth from {first['size']:,} to {last['size']:,} waiting: call next"
        f" {last['desk'] / first['desk']:.2f}x, raw claim {last['raw'] / first['raw']:.2f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
