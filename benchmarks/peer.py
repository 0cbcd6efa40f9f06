"""Tiski beside a simple queue system: the same four workloads, side by side.

The workloads a small open-source queue system is commonly measured on, run through
Tiski's own use cases (``QueueDesk.issue``, ``QueueDesk.call_next``, ``QueueDesk.act``)
and through a stand-in "naive peer", on SQLite and on PostgreSQL:

1. **issue**: ``--tickets`` tickets (1,000) issued one at a time by one issuer;
2. **call next**: one caller calls next until those tickets are gone (1,000 calls),
   finishing each ticket, untimed, before the next call;
3. **callers**: ``--callers`` (4) callers at once drain ``--tickets`` waiting tickets;
4. **issuers**: ``--issuers`` (8) issuers at once hand out ``--tickets`` tickets between
   them.

A call is timed from the click to the answer; a call that failed (an exception, such as
SQLite's "database is locked") counts with the time it took. Concurrent callers and
issuers are threads, each with a connection (Tiski: a ``Database``) of its own; each
makes one untimed call first (connect, compile), kept out of every figure. A calling
workload starts with exactly ``--tickets`` waiting: what the workload before left, topped
up by the system's own issue, one at a time, untimed.

**The naive peer** is a stand-in for the common design of a simple queue system,
written here for this benchmark; it is not anyone's code and no project's figures. One
table ``peer_ticket (id, day, number, state, taken_at, called_at, called_by)`` with an
index on ``(day, number)`` and one on ``(state, id)``. Issuing is ``SELECT max(number) + 1
... WHERE day = today`` and then ``INSERT``; call next is ``SELECT`` the oldest waiting
ticket and then ``UPDATE ... SET state = 'called' WHERE id = ...``, in separate
statements, without a lock or a condition on the state; each operation then commits.
Connections as such a system opens them: on SQLite the ``sqlite3`` module's defaults (a
file of its own beside Tiski's, rollback journal, 5 s busy timeout, a transaction begun
implicitly before the INSERT or UPDATE), on PostgreSQL psycopg's defaults (a transaction
per operation, READ COMMITTED), in a table of its own in Tiski's database. The indexes
make its latency the best case of that design, not a slow straw man.

Both systems run each workload on the same machine and the same database server kind,
interleaved workload by workload (the peer first, then Tiski first, in turn), so that
the machine's load falls on both alike.

Counts, from the database afterwards (and, for hand-outs, from what the calls returned):

- **double hand-outs**: calls that returned a ticket an earlier call had already
  returned;
- **duplicate numbers**: tickets of the workload given a number another ticket of the
  same day already has (tickets sharing a number, less one per number);
- **never called**: tickets still waiting after the callers found the queue empty;
- **failed calls**: calls that raised (they are also in the latencies).

Budget: none for latency here (call next's budget is ``benchmarks.queue``'s); the
ratio Tiski/peer is printed so Tiski's figures can be set beside other systems'
published or measured ones. Tiski's counts must all be 0.

Run (each database is a throw-away one, dropped or deleted at the end)::

    python -m benchmarks.peer                           # SQLite, then PostgreSQL
    python -m benchmarks.peer --database sqlite --tickets 1000 --callers 4 --issuers 8

It prints one table and exits 0: it is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import sqlite3
import sys
import tempfile
import time
from collections import Counter as Tally
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from benchmarks.queue import (
    DEFAULT_SERVER,
    Raw,
    Target,
    Timings,
    actor_for,
    first_line,
    percentile,
    retried,
    run_threads,
    set_up,
    throwaway_database,
)

if TYPE_CHECKING:
    from console.desk.queue import Actor

FAILED = "failed: "  # how a failed call's error starts (a finish's does not)


# ---------------------------------------------------------------- the two systems
@dataclass(frozen=True)
class Tickets:
    """What a system's database holds at one moment."""

    issued: int
    waiting: int
    duplicates: int  # tickets that share a number of their day with an earlier one


class Client(Protocol):
    """One issuer's or caller's connection to a queue system."""

    def issue(self, number: int) -> None: ...
    def call_next(self) -> int | None: ...
    def finish(self, ticket: int) -> None: ...
    def close(self) -> None: ...


class System(Protocol):
    name: str

    def client(self, caller: int | None) -> Client: ...
    def tickets(self) -> Tickets: ...


def count_tickets(raw: Any, table: str, day: str, number: str, waiting: str) -> Tickets:
    """Issued, waiting and duplicate-numbered tickets of ``table``; fixed names only."""
    with contextlib.closing(raw):
        issued = raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
        left = raw.execute(waiting).fetchone()[0]
        duplicates = raw.execute(
            f"SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM {table}"  # noqa: S608
            f" GROUP BY {day}, {number} HAVING count(*) > 1) AS shared"
        ).fetchone()[0]
    return Tickets(int(issued), int(left), int(duplicates))


class TiskiClient:
    """A console of its own: its own ``Database``, signed in at a bench counter."""

    def __init__(self, target: Target, caller: int | None, services: Sequence[str]) -> None:
        from console.desk.desk import Desk
        from console.store.database import Database

        self._database = Database(target.url)
        self._desk = Desk(self._database)
        self._services = services
        self._actor: Actor | None = actor_for(self._desk, caller) if caller else None

    def issue(self, number: int) -> None:
        self._desk.queue.issue([self._services[number % len(self._services)]])

    def call_next(self) -> int | None:
        assert self._actor is not None
        called = self._desk.queue.call_next(self._actor)
        return None if called is None else called.step.step_id

    def finish(self, ticket: int) -> None:
        from console.core.steps import StepAction

        assert self._actor is not None
        self._desk.queue.act(self._actor, ticket, StepAction.FINISH)

    def close(self) -> None:
        self._database.dispose()


class Tiski:
    """Tiski's queue: the demo desk (its own visitors removed), ``counters`` bench
    counters with staff who serve every service."""

    name = "Tiski"

    def __init__(self, target: Target, counters: int) -> None:
        from console.core.demo import load_demo_desk
        from console.core.queue import utc_now
        from console.desk.desk import demo_data_file
        from console.store.database import Database
        from console.store.queries import transaction

        self.target = target
        set_up(target, 0, counters)  # migrated, the demo desk, the bench counters
        database = Database(target.url)
        try:
            with transaction(database) as tx:
                empty = replace(load_demo_desk(demo_data_file()), visits=())
                tx.seed_demo_visits(empty, utc_now())
                self.services = [service.code for service in tx.services()]
        finally:
            database.dispose()

    def client(self, caller: int | None) -> Client:
        return TiskiClient(self.target, caller, self.services)

    def tickets(self) -> Tickets:
        raw = Raw(self.target).connection
        return count_tickets(
            raw,
            "visit",
            "ticket_day",
            "ticket_number",
            "SELECT count(*) FROM visit_step WHERE state = 'waiting'",
        )


class PeerClient:
    """The naive peer's issue and call next: read, then write, no lock (see above)."""

    def __init__(self, peer: NaivePeer, caller: int | None) -> None:
        self._peer = peer
        self._caller = caller or 0
        self._connection = peer.connect()

    def _sql(self, statement: str) -> str:
        return statement if self._peer.dialect == "postgresql" else statement.replace("%s", "?")

    def _run(self, work: Callable[[Any], int | None]) -> int | None:
        connection = self._connection
        try:
            result = work(connection)
            connection.commit()
        except BaseException:
            with contextlib.suppress(Exception):
                connection.rollback()
            raise
        return result

    def issue(self, number: int) -> None:
        day = date.today().isoformat()

        def issue(connection: Any) -> None:
            (next_number,) = connection.execute(
                self._sql("SELECT coalesce(max(number), 0) + 1 FROM peer_ticket WHERE day = %s"),
                (day,),
            ).fetchone()
            connection.execute(
                self._sql(
                    "INSERT INTO peer_ticket (day, number, state, taken_at)"
                    " VALUES (%s, %s, 'waiting', CURRENT_TIMESTAMP)"
                ),
                (day, next_number),
            )

        self._run(issue)

    def call_next(self) -> int | None:
        def call(connection: Any) -> int | None:
            row = connection.execute(
                "SELECT id FROM peer_ticket WHERE state = 'waiting' ORDER BY id LIMIT 1"
            ).fetchone()
            if row is None:
                return None
            connection.execute(
                self._sql(
                    "UPDATE peer_ticket SET state = 'called', called_at = CURRENT_TIMESTAMP,"
                    " called_by = %s WHERE id = %s"
                ),
                (self._caller, row[0]),
            )
            return int(row[0])

        return self._run(call)

    def finish(self, ticket: int) -> None:
        def finish(connection: Any) -> None:
            connection.execute(
                self._sql("UPDATE peer_ticket SET state = 'done' WHERE id = %s"), (ticket,)
            )

        self._run(finish)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._connection.close()


class NaivePeer:
    """The stand-in for a simple queue system: one table, plain connections."""

    name = "naive peer"

    def __init__(self, target: Target, folder: Path) -> None:
        self.dialect = target.dialect
        self._libpq = target.libpq
        self._path = str(folder / "peer.sqlite3")
        key = "serial" if self.dialect == "postgresql" else "integer"
        with contextlib.closing(self.connect()) as connection:
            for statement in (
                f"CREATE TABLE peer_ticket (id {key} PRIMARY KEY, day text NOT NULL,"
                " number integer NOT NULL, state text NOT NULL,"
                " taken_at timestamp NOT NULL, called_at timestamp, called_by integer)",
                "CREATE INDEX peer_ticket_number ON peer_ticket (day, number)",
                "CREATE INDEX peer_ticket_state ON peer_ticket (state, id)",
            ):
                connection.execute(statement)
            connection.commit()

    def connect(self) -> Any:
        if self.dialect == "postgresql":
            import psycopg

            return psycopg.connect(self._libpq, connect_timeout=5)
        return sqlite3.connect(self._path, check_same_thread=False)

    def client(self, caller: int | None) -> Client:
        return PeerClient(self, caller)

    def tickets(self) -> Tickets:
        return count_tickets(
            self.connect(),
            "peer_ticket",
            "day",
            "number",
            "SELECT count(*) FROM peer_ticket WHERE state = 'waiting'",
        )


# ---------------------------------------------------------------- the workloads
@dataclass
class Outcome:
    """One workload of one system on one database."""

    workload: str
    database: str
    system: str
    latencies: list[float] = field(default_factory=list)
    failed: int = 0
    double_handouts: int | None = None  # None: not a calling workload
    duplicate_numbers: int | None = None  # None: not an issuing workload
    never_called: int | None = None
    errors: list[str] = field(default_factory=list)
    wall: float = 0.0

    def record(self, timings: Timings) -> None:
        self.latencies = timings.latencies
        self.failed = sum(1 for error in timings.errors if error.startswith(FAILED))
        self.errors = timings.errors
        self.wall = timings.wall


def issuing(system: System, issuers: int, tickets: int, outcome: Outcome) -> Outcome:
    """``issuers`` threads hand out ``tickets`` tickets between them, one at a time each."""
    shares = [tickets // issuers + (index < tickets % issuers) for index in range(issuers)]
    before: list[Tickets] = []

    def prepare(index: int) -> Client:
        client = system.client(None)
        with contextlib.suppress(Exception):  # the warm-up's ticket is not counted
            client.issue(index)
        return client

    def issue(index: int, client: Client, deadline: float) -> Timings:
        timings = Timings()
        for number in range(shares[index]):
            if time.monotonic() > deadline:
                timings.errors.append("deadline")
                break
            started = time.perf_counter()
            try:
                client.issue(index + number * issuers)
            except Exception as error:
                timings.errors.append(f"{FAILED}issue: {type(error).__name__}: {first_line(error)}")
            timings.latencies.append(time.perf_counter() - started)
        return timings

    outcome.record(
        run_threads(issuers, prepare, issue, lambda: before.append(system.tickets()), _close)
    )
    after = system.tickets()
    if before:
        outcome.duplicate_numbers = after.duplicates - before[0].duplicates
        issued = len(outcome.latencies) - outcome.failed
        missing = issued - (after.issued - before[0].issued)
        if missing:
            outcome.errors.append(f"{missing} issued tickets not in the database")
    return outcome


def top_up(system: System, tickets: int) -> None:
    """Exactly ``tickets`` waiting (when fewer): issued one at a time, untimed."""
    client = system.client(None)
    try:
        for number in range(max(0, tickets - system.tickets().waiting)):
            for attempt in range(5):
                try:
                    client.issue(number)
                    break
                except Exception:
                    time.sleep(0.05 * (attempt + 1))
    finally:
        client.close()


def draining(system: System, callers: int, tickets: int, outcome: Outcome) -> Outcome:
    """``callers`` threads call next (and finish, untimed) until the queue is empty."""

    def prepare(index: int) -> Client:
        client = system.client(index + 1)
        ticket = client.call_next()  # warm-up; what it gets is finished and not counted
        if ticket is not None:
            client.finish(ticket)
        return client

    def drain(index: int, client: Client, deadline: float) -> Timings:
        timings = Timings()
        for _ in range(2 * tickets + 10):
            if time.monotonic() > deadline:
                timings.errors.append("deadline")
                break
            started = time.perf_counter()
            try:
                ticket = client.call_next()
            except Exception as error:
                timings.latencies.append(time.perf_counter() - started)
                timings.errors.append(
                    f"{FAILED}call next: {type(error).__name__}: {first_line(error)}"
                )
                continue
            took = time.perf_counter() - started
            if ticket is None:  # the queue is empty: the workload is over for this caller
                break
            timings.latencies.append(took)
            timings.claims.append((ticket, index))
            if not retried(functools.partial(client.finish, ticket), timings):
                break
        return timings

    timings = run_threads(callers, prepare, drain, lambda: top_up(system, tickets), _close)
    outcome.record(timings)
    handed = Tally(ticket for ticket, _caller in timings.claims)
    outcome.double_handouts = sum(n - 1 for n in handed.values() if n > 1)
    outcome.never_called = system.tickets().waiting
    return outcome


def _close(client: Client) -> None:
    client.close()


def workloads(tickets: int, callers: int, issuers: int) -> list[tuple[str, Callable[..., Any]]]:
    """The four workloads in the order they run, each a call ``(system, outcome)``."""
    return [
        (f"issue {tickets:,}, 1 issuer", functools.partial(issuing, issuers=1, tickets=tickets)),
        (
            f"call next {tickets:,}, 1 caller",
            functools.partial(draining, callers=1, tickets=tickets),
        ),
        (
            f"{callers} callers drain {tickets:,}",
            functools.partial(draining, callers=callers, tickets=tickets),
        ),
        (
            f"{issuers} issuers, {tickets:,} tickets",
            functools.partial(issuing, issuers=issuers, tickets=tickets),
        ),
    ]


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def compare(
    database: str, folder: Path, tickets: int, callers: int, issuers: int, server: str
) -> list[Outcome]:
    """Set both systems up on a throw-away ``database`` ('sqlite' or 'postgresql') and
    run the four workloads on each, alternating which goes first."""
    outcomes: list[Outcome] = []
    with throwaway_database(database, server, folder, prefix="tiski_peer_") as target:
        say(f"{database}: migrating and seeding the demo desk ...")
        systems: list[System] = [NaivePeer(target, folder), Tiski(target, max(callers, 1))]
        for number, (workload, run) in enumerate(workloads(tickets, callers, issuers)):
            turn = systems if number % 2 == 0 else systems[::-1]
            for system in turn:
                say(f"{database}: {workload}, {system.name} ...")
                outcomes.append(run(system, outcome=Outcome(workload, database, system.name)))
    return outcomes


# ---------------------------------------------------------------- the report
def ms(seconds: float) -> str:
    if seconds != seconds:  # NaN: no calls
        return "–"
    return f"{seconds * 1000:.2f}" if seconds < 0.1 else f"{seconds * 1000:,.0f}"


def count(value: int | None) -> str:
    return "–" if value is None else f"{value:,}"


def ratios(tiski: Outcome, peer: Outcome | None) -> str:
    if peer is None:
        return "–"
    parts = []
    for q in (50, 99):
        mine, theirs = percentile(tiski.latencies, q), percentile(peer.latencies, q)
        parts.append(f"{mine / theirs:.1f}x" if theirs and theirs == theirs else "–")
    return " / ".join(parts)


HEADER = (
    "workload",
    "database",
    "system",
    "calls",
    "p50 ms",
    "p99 ms",
    "Tiski/peer p50 / p99",
    "double hand-outs",
    "duplicate numbers",
    "never called",
    "failed calls",
    "wall s",
)


def table(outcomes: Sequence[Outcome]) -> list[tuple[str, ...]]:
    """One row per workload, database (by name) and system, the peer's row first."""
    peers = {(o.workload, o.database): o for o in outcomes if o.system == NaivePeer.name}
    order = {name: index for index, name in enumerate(dict.fromkeys(o.workload for o in outcomes))}
    rows: list[tuple[str, ...]] = []
    for o in sorted(
        outcomes,
        key=lambda o: (order[o.workload], o.database, o.system != NaivePeer.name),
    ):
        rows.append(
            (
                o.workload,
                o.database,
                o.system,
                f"{len(o.latencies):,}",
                ms(percentile(o.latencies, 50)),
                ms(percentile(o.latencies, 99)),
                ratios(o, peers.get((o.workload, o.database))) if o.system == Tiski.name else "",
                count(o.double_handouts),
                count(o.duplicate_numbers),
                count(o.never_called),
                f"{o.failed:,}",
                f"{o.wall:.1f}",
            )
        )
    return rows


def print_table(rows: Sequence[tuple[str, ...]]) -> None:
    widths = [max(len(row[i]) for row in [HEADER, *rows]) for i in range(len(HEADER))]
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    print(line.format(*HEADER).rstrip())
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line.format(*row).rstrip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--database", choices=["sqlite", "postgresql", "both"], default="both", help="where"
    )
    parser.add_argument("--server", default=DEFAULT_SERVER, help="where throw-away databases go")
    parser.add_argument("--tickets", type=int, default=1000, help="tickets per workload")
    parser.add_argument("--callers", type=int, default=4, help="callers draining at once")
    parser.add_argument("--issuers", type=int, default=8, help="issuers at once")
    args = parser.parse_args(argv)
    kinds = ["sqlite", "postgresql"] if args.database == "both" else [args.database]
    begun, load_at_start = time.perf_counter(), os.getloadavg()
    outcomes: list[Outcome] = []
    for kind in kinds:
        with tempfile.TemporaryDirectory(prefix="tiski-peer-") as folder:
            outcomes += compare(
                kind, Path(folder), args.tickets, args.callers, args.issuers, args.server
            )
    loads = [", ".join(f"{n:.2f}" for n in load) for load in (load_at_start, os.getloadavg())]
    print(
        f"Tiski beside a naive peer (a stand-in written here): {args.tickets:,} tickets per"
        f" workload, {os.cpu_count()} cores, Python {sys.version.split()[0]},"
        f" load average {loads[0]} at the start, {loads[1]} at the end"
    )
    print()
    print_table(table(outcomes))
    errors = Tally(
        f"{o.system} on {o.database}: {error}"
        for o in outcomes
        for error in o.errors
        if error.startswith(FAILED) or "not in the database" in error or error == "deadline"
    )
    if errors:
        print()
        print("errors (most common first)")
        for text, n in errors.most_common(8):
            print(f"  {n}x {text}")
    print()
    print(f"whole run {time.perf_counter() - begun:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
