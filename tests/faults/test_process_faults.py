"""Faults to the console process itself: kill -9 at random moments of a scripted shift,
and quitting while the database is stalled. The real console (``console.cli.main``) runs
in its own process on a real PostgreSQL database, driven by tests/support/console_driver.py.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from fault_record import FaultOutcome
from sqlalchemy import text
from tcp_proxy import TcpProxy
from tiski_process import DrivenConsole

from console.store.database import Database

pytestmark = [
    pytest.mark.faults,
    pytest.mark.slow,
    pytest.mark.postgres,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and SIGTERM are POSIX"),
]

KILLS = 20
START_S = 90
SIGN_IN = "aino.virtanen@T1"


def console_env(tiski_env: dict[str, str], url: str) -> dict[str, str]:
    return {**tiski_env, "TISKI_DATABASE_URL": url, "TISKI_DRIVER_SIGN_IN": SIGN_IN}


def log_text(env: dict[str, str]) -> str:
    logs = sorted(Path(env["XDG_STATE_HOME"]).rglob("tiski.log*"))
    return "".join(path.read_text(encoding="utf-8", errors="replace") for path in logs)


def note_counts(shared: Database, prefix: str) -> Counter[str]:
    with shared.engine.connect() as connection:
        bodies = connection.execute(
            text("SELECT body FROM note WHERE body LIKE :prefix"), {"prefix": prefix + "%"}
        ).scalars()
        return Counter(bodies)


def step_rows(shared: Database) -> list[tuple[int, str, str | None, int | None]]:
    with shared.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT s.id, s.state, c.code, s.transferred_from_id FROM visit_step s "
                "LEFT JOIN counter c ON c.id = s.counter_id"
            )
        ).all()
    return [(row[0], row[1], row[2], row[3]) for row in rows]


def test_kill_9_at_random_moments_of_a_shift(
    shared: Database, tiski_env: dict[str, str], outcome: FaultOutcome
) -> None:
    outcome.fault = f"kill -9 of the console, {KILLS} times"
    outcome.when = "at random moments of a scripted shift (call next, note, save, transfer, done)"
    seed = int(os.environ.get("TISKI_FAULTS_SEED", "0")) or random.SystemRandom().randrange(10**6)
    outcome.figure("seed", seed)
    moments = random.Random(seed)  # noqa: S311 - the moments of the kills, not a secret
    env = console_env(tiski_env, shared.url.render_as_string(hide_password=False))
    typed: list[str] = []
    called: list[int] = []
    restored = 0
    starts: list[float] = []

    for run in range(KILLS):
        began = time.monotonic()
        console = DrivenConsole(env, "shift", f"Shift {run}")
        started = console.wait_for("started", START_S)
        assert started is not None, console.errors[-3000:]
        starts.append(time.monotonic() - began)
        # The fault's moment, drawn at random: this sleep is the injection, not a wait.
        time.sleep(moments.uniform(0.2, 5.0))
        assert console.kill() == -signal.SIGKILL
        events = console.drain()
        typed += [str(e["text"]) for e in events if e.get("event") == "typed"]
        called += [int(e["step"]) for e in events if e.get("event") == "called"]
        restored += sum(1 for e in events if e.get("event") == "restoring")

    final = DrivenConsole(env, "finish", "Shift final")
    done = final.wait_for("done", 180)
    code = final.end(60)
    events = final.drain()
    typed += [str(e["text"]) for e in events if e.get("event") == "typed"]
    called += [int(e["step"]) for e in events if e.get("event") == "called"]
    restored += sum(1 for e in events if e.get("event") == "restoring")
    outcome.figure("notes_typed", len(typed))
    outcome.figure("visitors_called", len(called))
    outcome.figure("restore_offers", restored)
    outcome.figure("start_to_shift_s_median", sorted(starts)[len(starts) // 2])

    outcome.check("after the kills a console starts, restores and serves on")
    assert done is not None, f"{final.seen[-30:]}\n{final.errors[-3000:]}"
    assert code == 0, final.errors[-3000:]
    assert done["served"] >= 1

    outcome.check("the outbox emptied")
    assert done["pending"] == 0

    counts = note_counts(shared, "Shift ")
    outcome.figure("notes_in_database", sum(counts.values()))
    outcome.check("no typed note lost (each is in the database)")
    lost = [note for note in typed if counts[note] == 0]
    outcome.figure("notes_lost", len(lost))
    outcome.check("no note saved twice (counted in the database)")
    doubled = sorted(note for note, count in counts.items() if count > 1)
    outcome.figure("notes_doubled", len(doubled))
    outcome.check("no step called twice or left at the counter")
    twice = [step for step, count in Counter(called).items() if count > 1]
    rows = step_rows(shared)
    left = [
        i for i, state, counter, _f in rows if counter == "T1" and state in ("called", "serving")
    ]
    children = Counter(parent for _i, _s, _c, parent in rows if parent is not None)
    outcome.figure("steps_called_twice", len(twice))
    # What the last console did and logged, to find where a lost note went.
    story = f"{final.seen[-80:]}\n{log_text(env)[-6000:]}"
    assert lost == [], story
    assert doubled == [], story
    assert twice == []
    assert left == []
    assert all(count == 1 for count in children.values())


@pytest.fixture
def stalled_route(shared: Database) -> Iterator[tuple[str, TcpProxy]]:
    url = shared.url
    proxy = TcpProxy((url.host or "127.0.0.1", url.port or 5432))
    routed = url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    yield routed, proxy
    proxy.close()


def test_quitting_while_the_database_is_stalled(
    stalled_route: tuple[str, TcpProxy], tiski_env: dict[str, str], outcome: FaultOutcome
) -> None:
    url, proxy = stalled_route
    outcome.fault = "database stalled (the proxy stops forwarding)"
    outcome.when = "while the console quits (SIGTERM, as at shutdown)"
    # The longest time limits there are: only quitting itself may end the stalled call.
    env = {**console_env(tiski_env, url), "TISKI_DATABASE_STATEMENT_TIMEOUT": "600"}
    console = DrivenConsole(env, "idle")
    assert console.wait_for("ready", START_S) is not None, console.errors[-3000:]

    proxy.stall()
    asked = time.monotonic()
    console.process.send_signal(signal.SIGTERM)
    outcome.check("the process exits by itself, with status 0")
    code = console.end(90)
    outcome.figure("exited_after_s", time.monotonic() - asked)
    assert code == 0, console.errors[-3000:]
    outcome.check("the log says the console closed and a database call was left behind")
    written = log_text(env)
    assert "Console closed" in written
    assert "A database call was still waiting when Tiski closed" in written
