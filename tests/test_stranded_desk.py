"""Stranded visitors at the desk: a console that stops must not strand its visitor.

Real SQLite file and real PostgreSQL; the clock is set by each test (``now=``).
Aino Virtanen (advisor) works at T1, Riikka Laine (advisor, same housing skill)
at T2, Kaisa Mattila (supervisor) at T8.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from queue_kit import actor, at, fresh_desk, minutes, supervisor
from sqlalchemy import select

from console.core.cases import AuditAction
from console.core.queue import StepState
from console.core.stranded import LeaveChoice
from console.desk.desk import Desk
from console.desk.errors import DeskError
from console.store.database import Database
from console.store.models import AuditEvent, Counter
from console.store.queries import transaction


@pytest.fixture
def desk(database: Database) -> Desk:
    fresh_desk(database)
    return Desk(database, stranded_after=timedelta(minutes=10))


def audits(database: Database, action: str) -> list[AuditEvent]:
    with database.session() as session:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
        ).all()
        session.expunge_all()
        return list(rows)


def counter_id(database: Database, code: str) -> int:
    with database.session() as session:
        return int(session.scalar(select(Counter.id).where(Counter.code == code)))


def two_waiting(desk: Desk) -> tuple[str, str]:
    first = desk.queue.issue(["pori-housing"], now=at(8, 50)).ticket_number
    second = desk.queue.issue(["pori-housing"], now=at(8, 55)).ticket_number
    return first, second


def aino_calls_then_her_console_stops(desk: Desk) -> int:
    """Aino signs in at 9:00, calls at 9:01, her console beats once at 9:01, then crashes."""
    aino = actor(desk, "aino.virtanen", "T1")
    session = desk.queue.open_session(aino, now=at(9))
    called = desk.queue.call_next(aino, now=at(9, 1))
    assert called is not None
    desk.queue.heartbeat(aino, session, now=at(9, 1))
    return called.step.step_id


def test_a_step_held_by_a_stale_console_returns_to_the_front_after_the_set_time(
    desk: Desk, database: Database
) -> None:
    first, second = two_waiting(desk)
    step_id = aino_calls_then_her_console_stops(desk)
    riikka = actor(desk, "riikka.laine", "T2")
    riikka_session = desk.queue.open_session(riikka, now=at(9, 2))

    # Ten minutes after Aino's last heartbeat is 9:11: not before.
    assert desk.queue.heartbeat(riikka, riikka_session, now=at(9, 10)) == []
    assert desk.queue.heartbeat(riikka, riikka_session, now=at(9, 11) - timedelta(seconds=1)) == []
    assert desk.queue.find_ticket(supervisor(desk), first, now=at(9, 11)).state is StepState.CALLED

    returned = desk.queue.heartbeat(riikka, riikka_session, now=at(9, 11) + timedelta(seconds=30))
    assert [(r.step_id, r.ticket_number) for r in returned] == [(step_id, first)]
    step = desk.queue.find_ticket(supervisor(desk), first, now=at(9, 12))
    assert step.state is StepState.WAITING
    assert step.counter_id is None
    assert step.staff_id is None
    assert step.queued_at == at(8, 50)  # the original place in time

    # Exactly once, audited: nobody decided, counter T1 held it, the check that ran it.
    assert desk.queue.stranded.return_stranded(via="test", now=at(9, 12)) == []
    [audit] = audits(database, AuditAction.STEP_RETURNED_STRANDED)
    assert audit.staff_id is None
    assert audit.counter_id == counter_id(database, "T1")
    assert f"ticket={first}" in (audit.detail or "")
    assert f"heartbeat:staff={riikka.staff_id}" in (audit.detail or "")

    # Front of the queue: Riikka's next call gets it before the 8:55 ticket.
    called = desk.queue.call_next(riikka, now=at(9, 12))
    assert called is not None
    assert called.step.ticket_number == first
    assert (
        desk.queue.find_ticket(supervisor(desk), second, now=at(9, 12)).state is StepState.WAITING
    )


def test_call_next_returns_a_stranded_step_in_its_own_transaction(desk: Desk) -> None:
    first, _second = two_waiting(desk)
    aino_calls_then_her_console_stops(desk)
    riikka = actor(desk, "riikka.laine", "T2")
    called = desk.queue.call_next(riikka, now=at(9, 20))
    assert called is not None
    assert called.step.ticket_number == first
    assert called.step.counter_id == riikka.counter_id


def test_a_running_console_at_the_counter_or_of_the_holder_keeps_the_step(desk: Desk) -> None:
    first, _ = two_waiting(desk)
    aino_calls_then_her_console_stops(desk)
    # Johanna signs in at T1 after the crash: she sees Aino's visitor at her counter.
    johanna = actor(desk, "johanna.lindholm", "T1")
    session = desk.queue.open_session(johanna, now=at(9, 5))
    assert desk.queue.heartbeat(johanna, session, now=at(9, 14)) == []
    assert desk.queue.find_ticket(supervisor(desk), first, now=at(9, 14)).state is StepState.CALLED
    assert desk.queue.heartbeat(johanna, session, now=at(9, 23)) == []
    assert desk.queue.find_ticket(supervisor(desk), first, now=at(9, 30)).state is StepState.CALLED


def test_a_step_called_where_no_console_ever_ran_is_left_to_people(desk: Desk) -> None:
    first, _ = two_waiting(desk)
    aino = actor(desk, "aino.virtanen", "T1")
    desk.queue.call_next(aino, now=at(9))  # a script: `tiski queue next`, no console
    assert desk.queue.stranded.return_stranded(via="test", now=at(11)) == []
    [held] = desk.queue.stranded.stranded(supervisor(desk), now=at(11))
    assert held.step.ticket_number == first
    assert held.last_seen_at is None
    assert held.returns_at(timedelta(minutes=10)) is None


def test_keep_for_me_holds_until_i_come_back_then_my_console_protects_it(
    desk: Desk, database: Database
) -> None:
    first, _ = two_waiting(desk)
    aino = actor(desk, "aino.virtanen", "T1")
    session = desk.queue.open_session(aino, now=at(9))
    called = desk.queue.call_next(aino, now=at(9, 1))
    assert called is not None
    [kept] = desk.queue.stranded.leave_counter(
        aino, LeaveChoice.KEEP, [called.step.step_id], now=at(9, 2)
    )
    assert kept.parked
    assert kept.state is StepState.CALLED
    assert kept.counter_id is None
    assert kept.staff_id == aino.staff_id
    assert desk.queue.at_counter(aino) == []  # the next person at T1 is free
    desk.queue.close_session(aino, session, now=at(9, 2))

    # Hours later, many checks: it stays Aino's.
    assert desk.queue.stranded.return_stranded(via="test", now=at(12)) == []
    [held] = desk.queue.stranded.stranded(supervisor(desk), now=at(12))
    assert held.kept_at == at(9, 2)
    assert held.holder_username == "aino.virtanen"
    assert held.returns_at(timedelta(minutes=10)) is None
    riikka = actor(desk, "riikka.laine", "T2")
    other = desk.queue.call_next(riikka, now=at(12))
    assert other is not None
    assert other.step.ticket_number != first

    # Aino signs in at T3: her kept visitor comes with her, parked, no longer "kept".
    aino_t3 = actor(desk, "aino.virtanen", "T3")
    session = desk.queue.open_session(aino_t3, now=at(12, 5))
    [back] = desk.queue.at_counter(aino_t3)
    assert back.ticket_number == first
    assert back.parked
    assert first not in {
        h.step.ticket_number for h in desk.queue.stranded.stranded(supervisor(desk), now=at(12, 6))
    }
    # Her new console stops: ten minutes after its last sign of life the step goes back.
    assert desk.queue.stranded.return_stranded(via="test", now=at(12, 14)) == []
    [returned] = desk.queue.stranded.return_stranded(via="test", now=at(12, 16))
    assert returned.ticket_number == first
    assert [a.action for a in audits(database, AuditAction.STEP_KEPT)] == ["step_kept"]


def test_quitting_puts_the_visitor_back_at_their_place_or_finishes_them(
    desk: Desk, database: Database
) -> None:
    first, second = two_waiting(desk)
    aino = actor(desk, "aino.virtanen", "T1")
    called = desk.queue.call_next(aino, now=at(9, 1))
    assert called is not None
    [back] = desk.queue.stranded.leave_counter(
        aino, LeaveChoice.PUT_BACK, [called.step.step_id], now=at(9, 3)
    )
    assert back.state is StepState.WAITING
    assert back.queued_at == at(8, 50)
    [audit] = audits(database, AuditAction.STEP_PUT_BACK)
    assert audit.staff_id == aino.staff_id
    assert audit.counter_id == aino.counter_id

    riikka = actor(desk, "riikka.laine", "T2")
    again = desk.queue.call_next(riikka, now=at(9, 4))
    assert again is not None
    assert again.step.ticket_number == first
    [done] = desk.queue.stranded.leave_counter(
        riikka, LeaveChoice.FINISH, [again.step.step_id], now=at(9, 6)
    )
    assert done.state is StepState.DONE
    # A step that is no longer at my counter is passed over, not changed.
    assert (
        desk.queue.stranded.leave_counter(
            aino, LeaveChoice.PUT_BACK, [again.step.step_id], now=at(9, 7)
        )
        == []
    )
    assert desk.queue.find_ticket(supervisor(desk), second, now=at(9, 7)).state is StepState.WAITING


def test_a_supervisor_returns_a_stranded_step_at_once_and_others_are_refused(
    desk: Desk, database: Database
) -> None:
    first, _ = two_waiting(desk)
    step_id = aino_calls_then_her_console_stops(desk)
    riikka = actor(desk, "riikka.laine", "T2")
    kaisa = actor(desk, "kaisa.mattila", "T8")

    # Within the heartbeat's slack the console counts as running.
    with pytest.raises(DeskError, match="console is running"):
        desk.queue.stranded.release(kaisa, step_id, now=at(9, 2))
    [held] = desk.queue.stranded.stranded(supervisor(desk), now=at(9, 5))
    assert held.step.step_id == step_id
    assert held.counter_code == "T1"
    assert held.returns_at(timedelta(minutes=10)) == at(9, 11)

    # The desk refuses a non-supervisor whatever the UI shows.
    with pytest.raises(
        DeskError,
        match=r"Your role \(service advisor\) does not allow listing and releasing stranded",
    ):
        desk.queue.stranded.release(riikka, step_id, now=at(9, 5))
    assert desk.queue.find_ticket(supervisor(desk), first, now=at(9, 5)).state is StepState.CALLED

    released = desk.queue.stranded.release(kaisa, step_id, now=at(9, 5))
    assert released.state is StepState.WAITING
    assert released.queued_at == at(8, 50)
    [audit] = audits(database, AuditAction.STEP_RELEASED)
    assert audit.staff_id == kaisa.staff_id
    assert audit.counter_id == counter_id(database, "T1")
    with pytest.raises(DeskError, match="no longer held"):
        desk.queue.stranded.release(kaisa, step_id, now=at(9, 6))
    # The automatic check later finds nothing more to do.
    assert desk.queue.stranded.return_stranded(via="test", now=at(9, 30)) == []
    assert audits(database, AuditAction.STEP_RETURNED_STRANDED) == []


def test_the_stranded_time_is_at_least_the_heartbeat_slack(database: Database) -> None:
    with pytest.raises(ValueError, match="at least"):
        Desk(database, stranded_after=minutes(1))


def test_transactions_see_the_same_stranded_steps(desk: Desk) -> None:
    two_waiting(desk)
    aino_calls_then_her_console_stops(desk)
    with transaction(desk.database) as tx:
        assert len(tx.held_without_console(at(9, 20) - minutes(3))) == 1


# ---------------------------------------------------------------- two consoles at once
@pytest.fixture
def pg_desks(postgres: object) -> Iterator[tuple[Desk, Desk]]:
    """Two consoles' own connections to one PostgreSQL desk."""
    url = postgres.create(migrated=True)  # type: ignore[attr-defined]
    first, second = Database(url), Database(url)
    fresh_desk(first)
    try:
        yield (
            Desk(first, stranded_after=timedelta(minutes=10)),
            Desk(second, stranded_after=timedelta(minutes=10)),
        )
    finally:
        first.dispose()
        second.dispose()
        postgres.drop(url)  # type: ignore[attr-defined]


@pytest.mark.postgres
def test_a_check_under_way_makes_the_other_skip_the_step(pg_desks: tuple[Desk, Desk]) -> None:
    one, other = pg_desks
    two_waiting(one)
    aino_calls_then_her_console_stops(one)
    now = at(9, 20)
    with transaction(one.database) as tx:
        mine = one.queue.stranded.sweep_in(tx, now, via="console-a")
        assert len(mine) == 1
        # The other console does not wait for the lock and does not take the step.
        assert other.queue.stranded.return_stranded(via="console-b", now=now) == []
    assert other.queue.stranded.return_stranded(via="console-b", now=now) == []
    [audit] = audits(one.database, AuditAction.STEP_RETURNED_STRANDED)
    assert "via=console-a" in (audit.detail or "")


@pytest.mark.postgres
def test_two_consoles_checking_at_once_return_a_step_exactly_once(
    pg_desks: tuple[Desk, Desk],
) -> None:
    one, other = pg_desks
    for number in range(12):
        one.queue.issue(["pori-housing"], now=at(8) + minutes(number))
    aino = actor(one, "aino.virtanen", "T1")
    rounds = 12
    returned_per_round = []
    for number in range(rounds):
        start = at(9) + minutes(15 * number)
        session = one.queue.open_session(aino, now=start)
        assert one.queue.call_next(aino, now=start) is not None
        one.queue.heartbeat(aino, session, now=start)
        check_at = start + minutes(11)
        barrier = threading.Barrier(2)
        results: list[int] = []

        def check(
            desk: Desk,
            name: str,
            when: datetime = check_at,
            barrier: threading.Barrier = barrier,
            results: list[int] = results,
        ) -> None:
            barrier.wait(timeout=10)
            results.append(len(desk.queue.stranded.return_stranded(via=name, now=when)))

        threads = [
            threading.Thread(target=check, args=(one, "console-a")),
            threading.Thread(target=check, args=(other, "console-b")),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        returned_per_round.append(sum(results))
        one.queue.close_session(aino, session, now=start)
    assert returned_per_round == [1] * rounds
    assert len(audits(one.database, AuditAction.STEP_RETURNED_STRANDED)) == rounds


def test_the_return_shows_in_the_audit_trail_of_the_visits_case(desk: Desk) -> None:
    two_waiting(desk)
    step_id = aino_calls_then_her_console_stops(desk)
    aino = actor(desk, "aino.virtanen", "T1")
    [held] = desk.queue.stranded.stranded(supervisor(desk), now=at(9, 5))
    assert held.step.step_id == step_id
    case = desk.cases.open_case(aino, held.step.visit_id, now=at(9, 2))
    [returned] = desk.queue.stranded.return_stranded(via="test", now=at(9, 12))
    assert returned.visit_id == held.step.visit_id
    kaisa = actor(desk, "kaisa.mattila", "T8")
    trail = desk.cases.audit_trail(kaisa, case.id)
    [entry] = [e for e in trail if e.action == AuditAction.STEP_RETURNED_STRANDED]
    assert entry.counter_code == "T1"
    assert entry.staff_name is None
