"""Helpers for the queue tests: a demo desk without visitors, fixed times, signed-in staff."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from console.core.demo import DemoDesk, load_demo_desk
from console.core.queue import DESK_TIMEZONE
from console.desk.desk import Desk, demo_data_file
from console.desk.queue import Actor
from console.store.database import Database
from console.store.queries import transaction

# A Thursday morning at the desk; every queue test sets its clock from here.
DAY = datetime(2026, 3, 12, tzinfo=DESK_TIMEZONE)


def at(hour: int, minute: int = 0, *, day: datetime = DAY) -> datetime:
    """A time of the test day at the desk (Europe/Helsinki)."""
    return day.replace(hour=hour, minute=minute)


def minutes(count: float) -> timedelta:
    return timedelta(minutes=count)


def empty_demo() -> DemoDesk:
    """The demo desk's agencies, services, counters and staff, but nobody waiting."""
    return replace(load_demo_desk(demo_data_file()), visits=())


def one_office_demo() -> DemoDesk:
    """:func:`empty_demo` without its second office (Ulvila), that office's counters and
    the skills staff have there: a desk of one office, as every desk was before
    migration 0022."""
    demo = empty_demo()
    return replace(
        demo,
        offices=(),
        counters=tuple(c for c in demo.counters if not c.office),
        staff=tuple(replace(member, office_skills=()) for member in demo.staff),
    )


def fresh_desk(database: Database, *, max_recalls: int = 3) -> Desk:
    """The demo desk in ``database`` with an empty queue."""
    desk = Desk(database, max_recalls=max_recalls)
    assert desk.seed_demo(empty_demo(), now=at(7))
    assert desk.snapshot().waiting == ()
    return desk


def clear_visits(database: Database) -> None:
    """Remove every visit and ticket number (setup between generated examples)."""
    with transaction(database) as tx:
        tx.seed_demo_visits(empty_demo(), at(7))


def actor(desk: Desk, username: str, counter: str) -> Actor:
    """``username`` signed in at counter ``counter``."""
    signed_in = desk.sign_in_by_username(username, counter)
    assert signed_in.counter.code == counter
    return signed_in.actor


def supervisor(desk: Desk) -> Actor:
    """The demo desk's supervisor, who may read the floor (any ticket, any counter)."""
    return desk.sign_in_by_username("kaisa.mattila", None).actor


def it_support(desk: Desk) -> Actor:
    """The demo desk's IT person (retention, audit exports; no visitor's data)."""
    return desk.sign_in_by_username("ville.aaltonen", None).actor
