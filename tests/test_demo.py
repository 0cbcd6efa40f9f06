"""The demo desk: a realistic Pori desk in any database."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import text

from console.core.queue import Role, utc_now
from console.desk.desk import Desk
from console.store.database import Database

AGENCIES = {"pori", "kela", "vero", "dvv", "poliisi", "tyollisyys"}


def test_seeding_writes_the_pori_desk(database: Database) -> None:
    desk = Desk(database)
    assert desk.seed_demo()
    snapshot = desk.snapshot()
    assert {agency.code for agency in snapshot.agencies} == AGENCIES
    assert snapshot.site is not None
    assert snapshot.site.fi == "Porin yhteispalvelupiste"
    names = {agency.code: agency.names for agency in snapshot.agencies}
    assert names["vero"].fi == "Verohallinto"
    assert names["kela"].sv == "FPA"
    city_services = [s for s in snapshot.services if s.agency_code == "pori"]
    assert len(city_services) >= 3
    prefixes = [service.prefix for service in snapshot.services]
    assert len(prefixes) == len(set(prefixes))
    roles = {member.role for member in desk.staff()}
    assert {Role.GUIDE, Role.ADVISOR, Role.SPECIALIST, Role.SUPERVISOR, Role.IT} <= roles
    assert any(counter.remote for counter in desk.counters())


def test_demo_visits_wait_in_order_with_unique_tickets(database: Database) -> None:
    desk = Desk(database)
    desk.seed_demo()
    waiting = desk.snapshot().waiting
    assert len(waiting) >= 20
    tickets = [step.ticket_number for step in waiting]
    assert len(tickets) == len(set(tickets))
    # Longest waiting first, and a multi-service visit waits only for its first service.
    assert [step.queued_at for step in waiting] == sorted(step.queued_at for step in waiting)
    assert all(step.position == 1 for step in waiting)
    assert any(step.step_count > 1 for step in waiting)
    assert {step.language.value for step in waiting} == {"fi", "sv", "en"}
    with database.engine.connect() as connection:
        steps = connection.execute(text("SELECT count(*) FROM visit_step")).scalar()
    assert steps is not None
    assert steps > len(waiting)


def test_queue_counts_match_the_waiting_tickets(database: Database) -> None:
    desk = Desk(database)
    desk.seed_demo()
    snapshot = desk.snapshot()
    assert sum(q.waiting for q in snapshot.queues) == len(snapshot.waiting)
    now = utc_now()
    assert any(q.over_target(now) for q in snapshot.queues)


def test_seeding_twice_leaves_the_desk_alone(database: Database) -> None:
    desk = Desk(database)
    assert desk.seed_demo()
    before = desk.snapshot().waiting
    assert not desk.seed_demo()
    assert desk.snapshot().waiting == before


def test_a_demo_from_an_earlier_day_gets_todays_visitors(database: Database) -> None:
    desk = Desk(database)
    yesterday = utc_now() - timedelta(days=1)
    desk.seed_demo(now=yesterday)
    assert not desk.refresh_demo_visits(now=yesterday + timedelta(minutes=5))
    assert desk.refresh_demo_visits()
    newest = max(step.queued_at for step in desk.snapshot().waiting)
    assert utc_now() - newest < timedelta(hours=1)
