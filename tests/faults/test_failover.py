"""Failover: the primary's machine dies while the consoles serve, and its streaming standby
is promoted (what Patroni or a managed PostgreSQL does).

Two PostgreSQL clusters of the test's own on loopback ports (tests/support/pg_cluster.py):
a primary and a synchronous streaming standby made by ``pg_basebackup``. Three counters
work on the desk through the multi-host URL of docs/deploy.md
(``?host=P1&host=P2&target_session_attrs=read-write``): two real console windows (T1,
T2) and a desk-layer client (T3) calling and finishing as fast as it can on a thread.
Mid-work the primary is stopped with ``pg_ctl stop -m immediate`` while T1 saves a note
and T2 calls next, and the standby is promoted a few seconds later.

Shown: (a) every counter reconnects to the new primary by itself and serves on, and both
windows' status returns to "connected"; (b) the note saved while no primary was there
went to the outbox and reaches the new primary exactly once; (c) no step was called
twice: each step any counter was handed (or found at its counter after the failover) is
at that counter in the database and was handed to no other, and every step the database
has at these counters is one a counter knew of. The seconds from the kill to each
counter's first successful call are printed and recorded (docs/performance.md).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from console_quit import quit_console
from fault_record import FaultOutcome
from pg_cluster import PrivateCluster, binaries_or_skip, replica_or_skip, started
from pytestqt.qtbot import QtBot
from qt_jobs import settle_background_jobs
from sqlalchemy import bindparam, create_engine, text
from sqlalchemy.engine import URL
from test_database_faults import close_messages, notes_with, shown_step

from console.core.steps import StepAction
from console.desk.desk import Desk
from console.desk.queue import Actor
from console.store.database import Database
from console.store.journal import Journal, journal_file
from console.store.schema import upgrade
from console.store.urls import url_problem
from console.ui.console_window import ConsoleWindow

pytestmark = [pytest.mark.faults, pytest.mark.slow, pytest.mark.postgres]

DATABASE = "tiski_failover"
# Short limits, as the other database faults use: a dead server is given up quickly.
CONNECT_S = 2
STATEMENT_S = 2
LOCK_S = 1
# The time the standby stays a standby after the primary died: Patroni notices a dead
# leader when its key expires (ttl 30 s by default) and a provider takes tens of seconds;
# the test stands for that with a short wait and measures the consoles' part.
PROMOTE_AFTER_S = 3.0
RECOVERY_MS = 60_000
WINDOWS = {"T1": "aino.virtanen", "T2": "riikka.laine"}
CLIENT = ("T3", "jukka.niemi")
ROUNDS_BEFORE = 2


@dataclass
class Clusters:
    primary: PrivateCluster
    standby: PrivateCluster
    consoles_url: str  # both servers, the one taking writes chosen by libpq

    def direct(self, cluster: PrivateCluster) -> str:
        """One server's URL, for the test's own view of what it holds."""
        return cluster.url("postgres", cluster.superuser_password, DATABASE)


def _sql(
    url: str, statement: str, params: dict[str, Any] | None = None, *, autocommit: bool = False
) -> list[Any]:
    engine = create_engine(url, isolation_level="AUTOCOMMIT" if autocommit else None)
    try:
        with engine.connect() as connection:
            result = connection.execute(text(statement), params or {})
            rows = list(result.all()) if result.returns_rows else []
            connection.commit()
            return rows
    finally:
        engine.dispose()


def _wait(what: str, condition: Callable[[], bool], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {seconds} s for {what}")
        time.sleep(0.1)


def _seed(url: str) -> None:
    """The schema, the demo desk and enough visitors for every counter's long shift."""
    database = Database(url)
    try:
        upgrade(database)
        desk = Desk(database)
        assert desk.seed_demo()
        services = {s.code for s in desk.snapshot().services}
        skills: set[str] = set()
        for username in [*WINDOWS.values(), CLIENT[1]]:
            skills |= set(desk.sign_in_by_username(username, None).actor.skills)
        for _round in range(10):
            for code in sorted(skills & services):
                desk.queue.issue([code])
    finally:
        database.dispose()


@pytest.fixture
def clusters() -> Iterator[Clusters]:
    """A primary with the desk, and its synchronous streaming standby, caught up."""
    primary = started(PrivateCluster(binaries_or_skip(), replication=True))
    standby: PrivateCluster | None = None
    try:
        admin = primary.superuser_url
        _sql(admin, f'CREATE DATABASE "{DATABASE}"', autocommit=True)
        _seed(primary.url("postgres", primary.superuser_password, DATABASE))
        standby = replica_or_skip(primary)
        # Synchronous: a commit the primary answered is on the standby too, as with
        # Patroni's synchronous_mode; without it the last commits before a crash may be
        # lost in the failover (docs/deploy.md).
        _sql(admin, "ALTER SYSTEM SET synchronous_standby_names = '*'", autocommit=True)
        _sql(admin, "ALTER SYSTEM SET synchronous_commit = 'on'", autocommit=True)
        _sql(admin, "SELECT pg_reload_conf()")
        _wait(
            "the standby to stream synchronously",
            lambda: _sql(admin, "SELECT sync_state FROM pg_stat_replication") == [("sync",)],
        )
        lsn = str(_sql(admin, "SELECT pg_current_wal_lsn()")[0][0])
        replayed = "SELECT pg_last_wal_replay_lsn() >= CAST(:lsn AS pg_lsn)"
        standby_url = standby.superuser_url
        _wait(
            "the standby to replay the desk",
            lambda: bool(_sql(standby_url, replayed, {"lsn": lsn})[0][0]),
        )
        # The form of docs/deploy.md: no host in the address, one host= per server.
        consoles_url = URL.create(
            "postgresql+psycopg",
            username="postgres",
            password=primary.superuser_password,
            database=DATABASE,
            query={
                "host": (f"127.0.0.1:{primary.port}", f"127.0.0.1:{standby.port}"),
                "target_session_attrs": "read-write",
            },
        ).render_as_string(hide_password=False)
        yield Clusters(primary, standby, consoles_url)
    finally:
        if standby is not None:
            standby.stop()
        primary.stop()


@dataclass
class Handed:
    """What each counter was handed (call next) or found at its counter afterwards."""

    steps: dict[str, list[int]] = field(default_factory=dict)
    first_after: dict[str, float] = field(default_factory=dict)  # counter -> monotonic
    lock: threading.Lock = field(default_factory=threading.Lock)
    killed_at: float | None = None

    def record(self, counter: str, step_id: int, *, called: bool) -> None:
        with self.lock:
            known = self.steps.setdefault(counter, [])
            if called or step_id not in known:
                known.append(step_id)
            if called and self.killed_at is not None and counter not in self.first_after:
                self.first_after[counter] = time.monotonic()


def _watch_calls(desk: Desk, counter: str, handed: Handed) -> None:
    """Record every step call next hands this desk's counter (what the window shows)."""
    call_next = desk.queue.call_next

    def calling(actor: Actor, **options: Any) -> Any:
        called = call_next(actor, **options)
        if called is not None:
            handed.record(counter, called.step.step_id, called=True)
        return called

    desk.queue.call_next = calling  # type: ignore[method-assign]


class Client:
    """A counter served from a thread through the desk alone: after any failure it first
    finishes whatever the database holds at its counter, as a console does."""

    def __init__(self, url: str, handed: Handed) -> None:
        self.database = Database(
            url, connect_timeout=CONNECT_S, statement_timeout=STATEMENT_S, lock_timeout=LOCK_S
        )
        self.desk = Desk(self.database)
        self.actor = self.desk.sign_in_by_username(CLIENT[1], CLIENT[0]).actor
        self.handed = handed
        self.errors: list[str] = []
        self.served = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="failover-client", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)
        assert not self._thread.is_alive(), "the desk-layer client did not stop"
        self.database.dispose()

    def _run(self) -> None:
        counter = CLIENT[0]
        failed = True  # look at the counter first, as after a failure
        while not self._stop.is_set():
            try:
                if failed:
                    for held in self.desk.queue.at_counter(self.actor):
                        self.handed.record(counter, held.step_id, called=False)
                        self.desk.queue.act(self.actor, held.step_id, StepAction.FINISH)
                    failed = False
                called = self.desk.queue.call_next(self.actor)
                if called is None:
                    time.sleep(0.2)
                    continue
                self.handed.record(counter, called.step.step_id, called=True)
                self.desk.queue.act(self.actor, called.step.step_id, StepAction.FINISH)
                self.served += 1
                time.sleep(0.05)
            except Exception as error:  # the database away: keep trying, as a console does
                self.errors.append(type(error).__name__)
                failed = True
                time.sleep(0.2)


def open_console(qtbot: QtBot, url: str, counter: str, handed: Handed) -> ConsoleWindow:
    database = Database(
        url, connect_timeout=CONNECT_S, statement_timeout=STATEMENT_S, lock_timeout=LOCK_S
    )
    desk = Desk(database, identity_key=lambda: b"k" * 32)
    _watch_calls(desk, counter, handed)
    window = ConsoleWindow(desk, desk.sign_in_by_username(WINDOWS[counter], counter))
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.queue_zone.waiting_model.rowCount() > 0, timeout=20_000)
    return window


def call(qtbot: QtBot, window: ConsoleWindow) -> None:
    qtbot.waitUntil(window.call_next_action.isEnabled, timeout=RECOVERY_MS)
    window.call_next_action.trigger()
    panel = window.case_panel
    qtbot.waitUntil(
        lambda: panel.step is not None and panel.editor.isEnabled(), timeout=RECOVERY_MS
    )


def finish(qtbot: QtBot, window: ConsoleWindow) -> None:
    qtbot.waitUntil(window.serving.finish_action.isEnabled, timeout=RECOVERY_MS)
    window.serving.finish_action.trigger()
    qtbot.waitUntil(lambda: window.serving.current is None, timeout=RECOVERY_MS)


def serve_until_called(qtbot: QtBot, windows: dict[str, ConsoleWindow], handed: Handed) -> None:
    """Keep at it at every window as a person would after an error: close the message,
    finish whoever is at the counter, call next, until a call succeeds at each."""

    def called_again() -> bool:
        close_messages()
        for counter, window in windows.items():
            serving = window.serving
            if counter in handed.first_after or serving.busy:
                continue
            if serving.current is not None and serving.finish_action.isEnabled():
                handed.record(counter, serving.current.step_id, called=False)
                serving.finish_action.trigger()
            elif serving.current is None and serving.call_next_action.isEnabled():
                serving.call_next_action.trigger()
        return all(counter in handed.first_after for counter in windows)

    qtbot.waitUntil(called_again, timeout=RECOVERY_MS)


def connected(window: ConsoleWindow) -> bool:
    return window.status.database_label.property("state") == "connected"


def live(window: ConsoleWindow) -> bool:
    """The change feed listens (on the primary: a standby delivers no NOTIFY)."""
    return window.status.feed_label.property("state") == "live"


def claimed_at(url: str, counters: list[str], since: str) -> dict[int, str]:
    """Every step the database has at ``counters``, called since ``since``: step -> counter."""
    statement = text(
        "SELECT s.id, c.code FROM visit_step s JOIN counter c ON c.id = s.counter_id "
        "WHERE c.code IN :codes AND s.called_at >= CAST(:since AS timestamptz)"
    ).bindparams(bindparam("codes", expanding=True))
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(statement, {"codes": counters, "since": since}).all()
    finally:
        engine.dispose()
    return {int(row[0]): str(row[1]) for row in rows}


def test_consoles_follow_a_promoted_standby(
    qtbot: QtBot, clusters: Clusters, outcome: FaultOutcome
) -> None:
    outcome.fault = "the primary's machine dies; its streaming standby is promoted 3 s later"
    outcome.when = "two consoles and a desk-layer counter calling and finishing, a note saving"
    url = clusters.consoles_url
    assert url_problem(url) is None  # what database.url takes (docs/deploy.md)
    new_primary = clusters.direct(clusters.standby)
    since = _sql(clusters.direct(clusters.primary), "SELECT now()")[0][0].isoformat()
    handed = Handed()
    windows = {counter: open_console(qtbot, url, counter, handed) for counter in WINDOWS}
    # The status bar names both servers, never the password.
    shown = windows["T1"].status.database_label.toolTip()
    assert clusters.primary.superuser_password not in shown
    assert str(clusters.primary.port) in shown
    assert str(clusters.standby.port) in shown
    client = Client(url, handed)
    try:
        client.start()
        qtbot.waitUntil(lambda: all(live(w) for w in windows.values()), timeout=RECOVERY_MS)
        for _round in range(ROUNDS_BEFORE):
            for window in windows.values():
                call(qtbot, window)
                finish(qtbot, window)
        writer, caller = windows["T1"], windows["T2"]
        call(qtbot, writer)
        panel = writer.case_panel
        note = "Failover: saved while the primary was gone, Kela asumistuki"
        qtbot.keyClicks(panel.editor, note)
        sent: list[int] = []
        panel.outbox.sent.connect(sent.append)
        served_before = client.served

        clusters.primary.kill()
        killed_at = handed.killed_at = time.monotonic()
        panel.save_button.click()
        caller.call_next_action.trigger()
        outcome.check("a note saved with no primary goes to the outbox")
        qtbot.waitUntil(writer.status.pending_label.isVisible, timeout=RECOVERY_MS)
        assert panel.editor.toPlainText() == ""
        qtbot.waitUntil(lambda: not caller.serving.busy, timeout=RECOVERY_MS)
        left_ms = int((PROMOTE_AFTER_S - (time.monotonic() - killed_at)) * 1000)
        if left_ms > 0:
            qtbot.wait(left_ms)
        clusters.standby.promote()
        promoted_at = time.monotonic()
        outcome.figure("promoted_after_kill_s", promoted_at - killed_at)

        outcome.check("every counter reconnects to the new primary and calls next again")
        serve_until_called(qtbot, windows, handed)
        qtbot.waitUntil(lambda: CLIENT[0] in handed.first_after, timeout=RECOVERY_MS)
        outcome.check("the outbox delivers the note to the new primary, once")
        qtbot.waitUntil(lambda: not writer.status.pending_label.isVisible(), timeout=RECOVERY_MS)
        qtbot.waitUntil(lambda: notes_with_url(new_primary, note) == 1, timeout=RECOVERY_MS)
        delivered_at = time.monotonic()
        assert sum(sent) == 1
        outcome.check("both windows' status returns to connected")
        qtbot.waitUntil(lambda: all(connected(w) for w in windows.values()), timeout=RECOVERY_MS)
        connected_at = time.monotonic()
        outcome.check("the change feed listens on the new primary")
        qtbot.waitUntil(lambda: all(live(w) for w in windows.values()), timeout=RECOVERY_MS)
        live_at = time.monotonic()
        # One more round each on the new primary, and the client's too.
        for window in windows.values():
            if window.serving.current is not None:
                finish(qtbot, window)
            call(qtbot, window)
        qtbot.waitUntil(lambda: client.served >= served_before + 3, timeout=RECOVERY_MS)
    finally:
        client.stop()
    settle_background_jobs()
    for counter, window in windows.items():
        step = shown_step(window)
        if step is not None:
            handed.record(counter, step, called=False)

    outcome.check("no step was handed to two counters or twice; the database agrees")
    every = [step for steps in handed.steps.values() for step in steps]
    assert len(every) == len(set(every)), handed.steps
    in_database = claimed_at(new_primary, [*WINDOWS, CLIENT[0]], since)
    known = {step: counter for counter, steps in handed.steps.items() for step in steps}
    assert in_database == known
    assert notes_with_url(new_primary, note) == 1
    journal = Journal(journal_file())
    assert journal.pending_count(panel.database) == 0
    journal.close()
    assert _sql(new_primary, "SELECT pg_is_in_recovery()")[0][0] is False

    reconnect = {counter: at - killed_at for counter, at in sorted(handed.first_after.items())}
    for counter, seconds in reconnect.items():
        outcome.figure(f"first_call_after_kill_s_{counter}", seconds)
    outcome.figure(
        "first_call_after_promotion_s", min(reconnect.values()) - promoted_at + killed_at
    )
    outcome.figure("outbox_delivered_after_promotion_s", delivered_at - promoted_at)
    outcome.figure("status_connected_after_promotion_s", connected_at - promoted_at)
    outcome.figure("feed_live_after_promotion_s", live_at - promoted_at)
    outcome.figure("steps_handed", len(every))
    outcome.figure("client_errors", len(client.errors))
    print(
        "\nfailover: promoted {:.1f} s after the kill; first successful call after the kill: "
        "{}; the note delivered {:.1f} s, both windows connected {:.1f} s and live {:.1f} s "
        "after the promotion; {} steps handed out, none twice".format(
            promoted_at - killed_at,
            ", ".join(f"{c} {s:.1f} s" for c, s in reconnect.items()),
            delivered_at - promoted_at,
            connected_at - promoted_at,
            live_at - promoted_at,
            len(every),
        )
    )
    for window in windows.values():
        quit_console(window)


def notes_with_url(url: str, body: str) -> int:
    database = Database(url)
    try:
        return notes_with(database, body)
    finally:
        database.dispose()
