"""The change feed: a commit in one connection wakes a listener on another."""

from __future__ import annotations

import threading
import time

from console.desk.desk import Desk
from console.desk.feed import LiveDesk
from console.store.database import Database
from console.store.feed import ChangeCursor, ChangeListener, read_changes


def test_a_commit_wakes_the_listener_and_names_the_visit(demo_database: Database) -> None:
    live = LiveDesk(demo_database)
    live.start()
    listener = ChangeListener(demo_database)
    listener.connect()
    try:
        assert not listener.wait(0.2), "nothing changed yet"
        writer = Database(demo_database.url.render_as_string(hide_password=False))
        ticket = Desk(writer).queue.issue(["kela-general"])
        writer.dispose()
        deadline = time.monotonic() + 20  # only a guard against a hang
        woken = False
        while not woken and time.monotonic() < deadline:
            woken = listener.wait(0.5)
        assert woken
        delta = live.delta()
        assert delta is not None
        assert ticket.visit_id in delta.changes.visit_ids
        assert [s.ticket_number for s in delta.steps] == [ticket.ticket_number]
        assert live.delta() is None, "the same change is not delivered twice"
    finally:
        listener.close()


def test_drained_wake_ups_do_not_wake_the_listener_again(demo_database: Database) -> None:
    """A burst of commits is read once: the feed drains the wake-ups it has waited out."""
    listener = ChangeListener(demo_database)
    listener.connect()
    try:
        writer = Database(demo_database.url.render_as_string(hide_password=False))
        for _ in range(3):
            Desk(writer).queue.issue(["kela-general"])
        writer.dispose()
        deadline = time.monotonic() + 20  # only a guard against a hang
        while not listener.wait(0.5) and time.monotonic() < deadline:
            pass
        time.sleep(0.2)  # the other commits' wake-ups arrive meanwhile
        listener.drain()
        assert not listener.wait(0.2), "the burst woke the listener once"
    finally:
        listener.close()


def test_every_change_is_read_even_when_commits_overlap(database: Database) -> None:
    """Writers in parallel threads: the reader misses none of their visits."""
    desk = Desk(database)
    desk.seed_demo()
    cursor = ChangeCursor()
    read_changes(database, cursor)
    issued: list[int] = []
    lock = threading.Lock()

    def issue_some() -> None:
        own = Database(database.url.render_as_string(hide_password=False))
        for _ in range(10):
            ticket = Desk(own).queue.issue(["pori-general"])
            with lock:
                issued.append(ticket.visit_id)
        own.dispose()

    threads = [threading.Thread(target=issue_some) for _ in range(4)]
    seen: set[int] = set()
    for thread in threads:
        thread.start()
    while any(thread.is_alive() for thread in threads):
        seen |= read_changes(database, cursor).visit_ids
    for thread in threads:
        thread.join()
    seen |= read_changes(database, cursor).visit_ids
    assert set(issued) <= seen
    assert len(issued) == 40
