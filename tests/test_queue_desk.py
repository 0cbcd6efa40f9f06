"""The queue's use cases on a real SQLite file and a real PostgreSQL database.

Every test starts from the demo desk with nobody waiting and sets the clock
itself (``now=``), so waits, targets and the day of a ticket are exact.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from queue_kit import DAY, actor, at, fresh_desk, minutes, supervisor

from console.core.policy import Caller, Candidate, ReasonKind, pick_next
from console.core.queue import DESK_TIMEZONE, Priority, StepState
from console.core.steps import StepAction, StepStateError
from console.desk.desk import Desk
from console.desk.errors import DeskError
from console.store.database import Database

TICKET = re.compile(r"^[A-Z]{1,3}\d{3}$")


@pytest.fixture
def desk(database: Database) -> Desk:
    return fresh_desk(database)


def waiting_pairs(desk: Desk) -> set[tuple[str, str]]:
    return {(step.ticket_number, step.service_code) for step in desk.snapshot().waiting}


# ---------------------------------------------------------------- issuing
def test_ticket_numbers_are_prefix_and_three_digits_restarting_each_local_day(
    desk: Desk,
) -> None:
    morning = at(9)
    housing = [
        desk.queue.issue(["pori-housing"], now=morning + minutes(i)).ticket_number for i in range(3)
    ]
    assert housing == ["A001", "A002", "A003"]
    assert desk.queue.issue(["kela-family"], now=morning).ticket_number == "KP001"
    # 00:30 in Pori is 22:30 UTC of the day before: the desk's own day counts.
    after_midnight = datetime(2026, 3, 13, 0, 30, tzinfo=DESK_TIMEZONE)
    assert after_midnight.astimezone(UTC).date() == DAY.date()
    next_day = desk.queue.issue(["pori-housing"], now=after_midnight)
    assert next_day.ticket_number == "A001"
    assert desk.queue.issue(["kela-family"], now=after_midnight).ticket_number == "KP001"
    assert all(TICKET.match(number) for number in [*housing, next_day.ticket_number])
    # The same number on two days: find_ticket finds the one of the day asked about.
    assert desk.queue.find_ticket(supervisor(desk), "a001", now=at(12)).queued_at == morning
    assert (
        desk.queue.find_ticket(supervisor(desk), "A001", now=after_midnight).queued_at
        == after_midnight
    )
    with pytest.raises(DeskError, match="No ticket A002 today"):
        desk.queue.find_ticket(supervisor(desk), "A002", now=after_midnight)


def test_unknown_service_names_the_valid_codes(desk: Desk) -> None:
    with pytest.raises(DeskError) as refused:
        desk.queue.issue(["pori-housing", "no-such-service"], now=at(9))
    text = str(refused.value)
    assert "no-such-service" in text
    assert "kela-general" in text
    assert "pori-housing" in text
    assert desk.snapshot().waiting == ()


def test_a_multi_service_visit_waits_in_one_queue_at_a_time(desk: Desk) -> None:
    start = at(10)
    visit = desk.queue.issue(["dvv-population", "kela-general"], now=start)
    walk_in = desk.queue.issue(["kela-general"], now=start + minutes(10))
    assert waiting_pairs(desk) == {
        (visit.ticket_number, "dvv-population"),
        (walk_in.ticket_number, "kela-general"),
    }
    kela = {q.service.code: q.waiting for q in desk.snapshot().queues}["kela-general"]
    assert kela == 1

    paivi = actor(desk, "paivi.lehtonen", "R1")
    first = desk.queue.call_next(paivi, now=start + minutes(15))
    assert first is not None
    assert first.step.ticket_number == walk_in.ticket_number
    desk.queue.act(paivi, first.step.step_id, StepAction.FINISH, now=start + minutes(20))
    # The visit's Kela step is not callable while its DVV step is open.
    assert desk.queue.call_next(paivi, now=start + minutes(21)) is None

    helena = actor(desk, "helena.gronroos", "R2")
    dvv = desk.queue.call_next(helena, now=start + minutes(22))
    assert dvv is not None
    assert (dvv.step.ticket_number, dvv.step.service_code) == (
        visit.ticket_number,
        "dvv-population",
    )
    assert desk.queue.call_next(paivi, now=start + minutes(23)) is None
    desk.queue.act(helena, dvv.step.step_id, StepAction.FINISH, now=start + minutes(30))

    assert waiting_pairs(desk) == {(visit.ticket_number, "kela-general")}
    second = desk.queue.call_next(paivi, now=start + minutes(31))
    assert second is not None
    assert (second.step.ticket_number, second.step.service_code) == (
        visit.ticket_number,
        "kela-general",
    )
    assert second.step.position == 2
    assert second.step.queued_at == start, "the next step keeps the visit's original time"
    assert second.reason.kind is ReasonKind.OVERDUE
    assert second.reason.waited_minutes == 31


# ---------------------------------------------------------------- call next
def test_call_next_order_is_appointment_starving_priority_overdue_then_longest(desk: Desk) -> None:
    now = at(11)
    longest = desk.queue.issue(["pori-housing"], now=now - minutes(15))  # target 20
    overdue = desk.queue.issue(["pori-general"], now=now - minutes(12))  # target 10
    priority = desk.queue.issue(["kela-general"], priority=Priority.URGENT, now=now - minutes(1))
    appointment = desk.queue.issue(["vero-taxcard"], appointment_at=now, now=now)
    # Older, overdue and priority, but not among Aino's skills.
    passport = desk.queue.issue(["poliisi-passport"], now=now - minutes(50))
    permits = desk.queue.issue(["poliisi-permits"], priority=Priority.ACCESSIBILITY, now=now)

    aino = actor(desk, "aino.virtanen", "T1")
    called = []
    while (step := desk.queue.call_next(aino, now=now)) is not None:
        called.append((step.step.ticket_number, step.reason.kind))
        desk.queue.act(aino, step.step.step_id, StepAction.FINISH, now=now)
    assert called == [
        (appointment.ticket_number, ReasonKind.APPOINTMENT),
        (priority.ticket_number, ReasonKind.PRIORITY),
        (overdue.ticket_number, ReasonKind.OVERDUE),
        (longest.ticket_number, ReasonKind.LONGEST),
    ]
    assert waiting_pairs(desk) == {
        (passport.ticket_number, "poliisi-passport"),
        (permits.ticket_number, "poliisi-permits"),
    }
    # The passport visitor has waited 50 minutes, over twice its target of 15: called
    # before the priority visitor who has just come.
    antti = actor(desk, "antti.rantanen", "R1")
    first = desk.queue.call_next(antti, now=now)
    assert first is not None
    assert (first.step.ticket_number, first.reason.kind) == (
        passport.ticket_number,
        ReasonKind.STARVING,
    )
    desk.queue.act(antti, first.step.step_id, StepAction.FINISH, now=now)
    second = desk.queue.call_next(antti, now=now)
    assert second is not None
    assert second.step.ticket_number == permits.ticket_number
    assert second.reason.priority == "accessibility"


def test_call_next_gives_each_person_only_their_services(desk: Desk) -> None:
    now = at(9, 30)
    for offset, code in enumerate(["vero-inheritance", "pori-leisure", "kela-family"]):
        desk.queue.issue([code], now=now - minutes(30 - offset))
    helena = actor(desk, "helena.gronroos", "R2")  # dvv-population, dvv-guardianship
    assert desk.queue.call_next(helena, now=now) is None
    got = {}
    for username, counter in (
        ("paivi.lehtonen", "R1"),  # kela-general, kela-family
        ("markku.salonen", "T2"),  # vero-taxcard, vero-inheritance
        ("jukka.niemi", "T3"),  # ... pori-leisure ...
    ):
        step = desk.queue.call_next(actor(desk, username, counter), now=now)
        assert step is not None
        got[username] = step.step.service_code
    assert got == {
        "paivi.lehtonen": "kela-family",
        "markku.salonen": "vero-inheritance",
        "jukka.niemi": "pori-leisure",
    }


def test_only_serving_roles_call_next(desk: Desk) -> None:
    desk.queue.issue(["pori-general"], now=at(9))
    guide = actor(desk, "sanna.heinonen", "T1")
    with pytest.raises(
        DeskError, match=r"Your role \(lobby guide\) does not allow serving visitors"
    ):
        desk.queue.call_next(guide, now=at(9, 5))


def test_call_next_refuses_while_a_ticket_is_at_the_counter_until_it_is_parked(
    desk: Desk,
) -> None:
    first = desk.queue.issue(["pori-general"], now=at(9))
    second = desk.queue.issue(["pori-general"], now=at(9, 1))
    aino = actor(desk, "aino.virtanen", "T1")
    called = desk.queue.call_next(aino, now=at(9, 5))
    assert called is not None
    assert called.step.ticket_number == first.ticket_number
    with pytest.raises(DeskError, match=f"Ticket {first.ticket_number} is still at your counter"):
        desk.queue.call_next(aino, now=at(9, 6))
    desk.queue.act(aino, called.step.step_id, StepAction.START, now=at(9, 6))
    with pytest.raises(DeskError, match="still at your counter"):
        desk.queue.call_next(aino, now=at(9, 7))

    parked = desk.queue.act(aino, called.step.step_id, StepAction.PARK, now=at(9, 8))
    assert parked.parked
    assert parked.state is StepState.SERVING
    following = desk.queue.call_next(aino, now=at(9, 9))
    assert following is not None
    assert following.step.ticket_number == second.ticket_number
    at_counter = desk.queue.at_counter(aino)
    assert {(s.ticket_number, s.parked) for s in at_counter} == {
        (first.ticket_number, True),
        (second.ticket_number, False),
    }
    with pytest.raises(StepStateError, match="already parked"):
        desk.queue.act(aino, called.step.step_id, StepAction.PARK, now=at(9, 10))
    resumed = desk.queue.act(aino, called.step.step_id, StepAction.RESUME, now=at(9, 10))
    assert not resumed.parked
    assert resumed.state is StepState.SERVING


def test_another_counter_cannot_finish_my_ticket(desk: Desk) -> None:
    desk.queue.issue(["pori-general"], now=at(9))
    aino = actor(desk, "aino.virtanen", "T1")
    called = desk.queue.call_next(aino, now=at(9, 1))
    assert called is not None
    johanna = actor(desk, "johanna.lindholm", "T2")
    with pytest.raises(DeskError, match="at another counter"):
        desk.queue.act(johanna, called.step.step_id, StepAction.FINISH, now=at(9, 2))
    supervisor = actor(desk, "kaisa.mattila", "T5")
    done = desk.queue.act(supervisor, called.step.step_id, StepAction.FINISH, now=at(9, 3))
    assert done.state is StepState.DONE
    assert done.changed_by == "Kaisa Mattila"


def test_recalls_count_up_and_one_too_many_makes_a_no_show(database: Database) -> None:
    desk = fresh_desk(database, max_recalls=2)
    ticket = desk.queue.issue(["pori-general"], now=at(9))
    aino = actor(desk, "aino.virtanen", "T1")
    called = desk.queue.call_next(aino, now=at(9, 1))
    assert called is not None
    assert called.step.recalls == 0
    step_id = called.step.step_id
    first = desk.queue.act(aino, step_id, StepAction.RECALL, now=at(9, 2))
    assert (first.state, first.recalls, first.called_at) == (StepState.CALLED, 1, at(9, 2))
    second = desk.queue.act(aino, step_id, StepAction.RECALL, now=at(9, 3))
    assert (second.state, second.recalls) == (StepState.CALLED, 2)
    gone = desk.queue.act(aino, step_id, StepAction.RECALL, now=at(9, 4))
    assert gone.state is StepState.NO_SHOW
    assert gone.finished_at == at(9, 4)
    assert desk.queue.at_counter(aino) == []
    with pytest.raises(StepStateError) as refused:
        desk.queue.act(aino, step_id, StepAction.RECALL, now=at(9, 5))
    assert refused.value.state is StepState.NO_SHOW
    assert ticket.ticket_number in str(refused.value)


# ---------------------------------------------------------------- transfers
def test_transfer_to_another_service_keeps_the_place_in_time(desk: Desk) -> None:
    start = at(10)
    visit = desk.queue.issue(["pori-general"], now=start)
    later = desk.queue.issue(["kela-family"], now=start + minutes(2))
    aino = actor(desk, "aino.virtanen", "T1")
    called = desk.queue.call_next(aino, now=start + minutes(5))
    assert called is not None
    assert called.step.ticket_number == visit.ticket_number
    moved = desk.queue.transfer(
        aino, called.step.step_id, service_code="kela-family", now=start + minutes(8)
    )
    assert (moved.state, moved.service_code, moved.queued_at) == (
        StepState.WAITING,
        "kela-family",
        start,
    )
    assert moved.step_id != called.step.step_id
    states = {
        s.step_id: s.state for s in desk.queue.visit_steps(supervisor(desk), [visit.visit_id])
    }
    assert states == {called.step.step_id: StepState.TRANSFERRED, moved.step_id: StepState.WAITING}
    assert (visit.ticket_number, "kela-family") in waiting_pairs(desk)
    assert desk.queue.at_counter(aino) == []

    paivi = actor(desk, "paivi.lehtonen", "R1")
    first = desk.queue.call_next(paivi, now=start + minutes(9))
    assert first is not None
    assert first.step.step_id == moved.step_id, "the transferred visit came first"
    assert first.step.ticket_number != later.ticket_number


def test_transfer_to_a_counter_only_that_counter_calls_it(desk: Desk) -> None:
    visit = desk.queue.issue(["pori-general"], now=at(10))
    aino = actor(desk, "aino.virtanen", "T1")
    called = desk.queue.call_next(aino, now=at(10, 1))
    assert called is not None
    moved = desk.queue.transfer(aino, called.step.step_id, counter_code="T3", now=at(10, 2))
    assert moved.target_counter_id is not None
    # Johanna serves pori-general but sits at T2; Aino at T1 handed it on.
    assert desk.queue.call_next(actor(desk, "johanna.lindholm", "T2"), now=at(10, 3)) is None
    assert desk.queue.call_next(aino, now=at(10, 3)) is None
    # Markku has no pori-general skill, but he sits at T3.
    markku = actor(desk, "markku.salonen", "T3")
    got = desk.queue.call_next(markku, now=at(10, 4))
    assert got is not None
    assert got.step.ticket_number == visit.ticket_number
    assert got.reason.kind is ReasonKind.TRANSFERRED_TO_ME


def test_transfer_to_a_person_only_that_person_calls_it(desk: Desk) -> None:
    visit = desk.queue.issue(["pori-general"], now=at(10))
    aino = actor(desk, "aino.virtanen", "T1")
    called = desk.queue.call_next(aino, now=at(10, 1))
    assert called is not None
    desk.queue.transfer(aino, called.step.step_id, staff_username="minna.koskinen", now=at(10, 2))
    for username, counter in (("jukka.niemi", "T3"), ("aino.virtanen", "T1")):
        assert desk.queue.call_next(actor(desk, username, counter), now=at(10, 3)) is None
    minna = actor(desk, "minna.koskinen", "R2")
    got = desk.queue.call_next(minna, now=at(10, 4))
    assert got is not None
    assert got.step.ticket_number == visit.ticket_number
    assert got.step.queued_at == at(10)


def test_transfer_to_nowhere_or_to_unknown_places_is_refused(desk: Desk) -> None:
    desk.queue.issue(["pori-general"], now=at(10))
    aino = actor(desk, "aino.virtanen", "T1")
    called = desk.queue.call_next(aino, now=at(10, 1))
    assert called is not None
    step_id = called.step.step_id
    with pytest.raises(DeskError, match="Choose a service, a counter or a person"):
        desk.queue.transfer(aino, step_id, now=at(10, 2))
    with pytest.raises(DeskError, match=r"Unknown counter T99\. Counters: .*T1"):
        desk.queue.transfer(aino, step_id, counter_code="T99", now=at(10, 2))
    with pytest.raises(DeskError, match="Unknown staff member nobody"):
        desk.queue.transfer(aino, step_id, staff_username="nobody", now=at(10, 2))
    assert desk.queue.at_counter(aino)[0].state is StepState.CALLED


def test_overdue_step_transferred_to_my_counter_is_aged_like_the_policy_says(
    desk: Desk,
) -> None:
    """The claim must rank a step transferred to the counter by its own service's target.

    Markku (Tax: vero-taxcard 15 min, vero-inheritance 30 min) sits at T3.
    A pori-general visit (target 10 min) was sent to T3; at 10:00 it has
    waited 12 min, so it is overdue. A vero-inheritance visit has waited 20
    min of its 30. core.policy.pick_next gives T3 the overdue one.
    """
    now = at(10)
    sent = desk.queue.issue(["pori-general"], now=now - minutes(12))
    other = desk.queue.issue(["vero-inheritance"], now=now - minutes(20))
    aino = actor(desk, "aino.virtanen", "T1")
    waiting = desk.queue.find_ticket(supervisor(desk), sent.ticket_number, now=now)
    desk.queue.transfer(aino, waiting.step_id, counter_code="T3", now=now - minutes(11))
    markku = actor(desk, "markku.salonen", "T3")
    services = {s.id: s for s in desk.snapshot().services}
    candidates = [
        Candidate(
            step.step_id,
            step.service_id,
            step.queued_at,
            services[step.service_id].target_wait_minutes,
            target_counter_id=step.target_counter_id,
        )
        for step in (
            desk.queue.find_ticket(supervisor(desk), t, now=now)
            for t in (sent.ticket_number, other.ticket_number)
        )
    ]
    skills = frozenset(s.id for s in services.values() if s.code in markku.skills)
    expected = pick_next(candidates, Caller(markku.staff_id, markku.counter_id, skills), now)
    assert expected is not None
    assert expected.step_id == candidates[0].step_id
    got = desk.queue.call_next(markku, now=now)
    assert got is not None
    assert got.step.ticket_number == sent.ticket_number, "the claim disagrees with pick_next"


def test_add_service_appends_a_step_that_queues_after_the_current_one(desk: Desk) -> None:
    start = at(10)
    visit = desk.queue.issue(["pori-general"], now=start)
    aino = actor(desk, "aino.virtanen", "T1")
    called = desk.queue.call_next(aino, now=start + minutes(3))
    assert called is not None
    added = desk.queue.add_service(aino, visit.visit_id, "vero-inheritance", now=start + minutes(5))
    # Pending: in no queue while the visit's first service is at Aino's counter.
    assert (added.position, added.state, added.queued_at) == (2, StepState.PENDING, start)
    assert [s.service_code for s in desk.queue.visit_steps(supervisor(desk), [visit.visit_id])] == [
        "pori-general",
        "vero-inheritance",
    ]
    markku = actor(desk, "markku.salonen", "R1")
    assert desk.queue.call_next(markku, now=start + minutes(6)) is None
    desk.queue.act(aino, called.step.step_id, StepAction.FINISH, now=start + minutes(7))
    steps = desk.queue.visit_steps(supervisor(desk), [visit.visit_id])
    assert [s.state for s in steps] == [StepState.DONE, StepState.WAITING]
    got = desk.queue.call_next(markku, now=start + minutes(8))
    assert got is not None
    assert got.step.step_id == added.step_id
    with pytest.raises(DeskError, match="Unknown service"):
        desk.queue.add_service(aino, visit.visit_id, "no-such-service", now=start + minutes(9))


# ---------------------------------------------------------------- wrong states
def test_finishing_a_finished_step_names_its_state_and_who_changed_it(desk: Desk) -> None:
    ticket = desk.queue.issue(["pori-general"], now=at(10))
    aino = actor(desk, "aino.virtanen", "T1")
    called = desk.queue.call_next(aino, now=at(10, 1))
    assert called is not None
    desk.queue.act(aino, called.step.step_id, StepAction.FINISH, now=at(10, 5))
    with pytest.raises(StepStateError) as refused:
        desk.queue.act(aino, called.step.step_id, StepAction.FINISH, now=at(10, 6))
    assert refused.value.state is StepState.DONE
    assert refused.value.action is StepAction.FINISH
    assert str(refused.value) == (
        f"Ticket {ticket.ticket_number} cannot be finished: it is done "
        "(last changed by Aino Virtanen at 10:05)."
    )


def test_transferring_a_cancelled_step_names_who_cancelled_it(desk: Desk) -> None:
    ticket = desk.queue.issue(["pori-general"], now=at(10))
    guide = actor(desk, "sanna.heinonen", "T1")
    step = desk.queue.find_ticket(supervisor(desk), ticket.ticket_number, now=at(10, 1))
    cancelled = desk.queue.act(guide, step.step_id, StepAction.CANCEL, now=at(10, 2))
    assert cancelled.state is StepState.CANCELLED
    aino = actor(desk, "aino.virtanen", "T1")
    with pytest.raises(StepStateError) as refused:
        desk.queue.transfer(aino, step.step_id, service_code="kela-general", now=at(10, 3))
    assert refused.value.state is StepState.CANCELLED
    assert "cannot be transferred: it is cancelled" in str(refused.value)
    assert "Sanna Heinonen at 10:02" in str(refused.value)
    other = desk.queue.issue(["pori-general"], now=at(10, 4))
    waiting = desk.queue.find_ticket(supervisor(desk), other.ticket_number, now=at(10, 4))
    with pytest.raises(StepStateError, match="cannot be started: it is waiting"):
        desk.queue.act(aino, waiting.step_id, StepAction.START, now=at(10, 5))


# ---------------------------------------------------------------- appointments
def test_a_checked_in_appointment_goes_before_older_walk_ins(desk: Desk) -> None:
    now = at(13)
    walk_in = desk.queue.issue(["kela-general"], now=now - minutes(30))
    booked = desk.queue.book(
        supervisor(desk),
        "kela-general",
        now + minutes(5),
        visitor_name="Testi Asiakas",
        now=now - minutes(600),
    )
    assert booked.state == "booked"
    assert len(booked.booking_code) == 6
    ticket = desk.queue.check_in(f" {booked.booking_code.lower()} ", now=now - minutes(3))
    assert [s.code for s in ticket.services] == ["kela-general"]
    paivi = actor(desk, "paivi.lehtonen", "R1")
    first = desk.queue.call_next(paivi, now=now)
    assert first is not None
    assert first.step.ticket_number == ticket.ticket_number
    assert first.reason.kind is ReasonKind.APPOINTMENT
    assert first.reason.appointment_at == now + minutes(5)
    desk.queue.act(paivi, first.step.step_id, StepAction.FINISH, now=now + minutes(4))
    second = desk.queue.call_next(paivi, now=now + minutes(5))
    assert second is not None
    assert second.step.ticket_number == walk_in.ticket_number
    with pytest.raises(DeskError, match="already been checked in"):
        desk.queue.check_in(booked.booking_code, now=now)


def test_a_wrong_booking_code_is_refused(desk: Desk) -> None:
    with pytest.raises(DeskError, match="No appointment with booking code XXXXXX"):
        desk.queue.check_in("xxxxxx", now=at(13))
    assert desk.snapshot().waiting == ()


# ---------------------------------------------------------------- estimates
def test_estimates_are_whole_minutes_that_grow_with_the_queue(desk: Desk) -> None:
    now = at(9)
    estimates = [
        desk.queue.issue(["pori-housing"], now=now + minutes(i / 10)).estimated_wait_minutes
        for i in range(5)
    ]
    assert all(isinstance(value, int) for value in estimates)
    assert estimates[0] >= 0, "nobody ahead: no negative wait"
    assert all(value > 0 for value in estimates[1:]), estimates
    assert estimates == sorted(set(estimates)), estimates
    services = {s.code: s.id for s in desk.snapshot().services}
    current = desk.queue.estimates(now + minutes(1))
    assert current[services["pori-housing"]] > estimates[-1]
    assert current[services["kela-general"]] == 0


# ---------------------------------------------------------------- pending later steps
W, P = StepState.WAITING, StepState.PENDING


def states(desk: Desk, visit_id: int) -> list[tuple[str, StepState]]:
    return [
        (step.service_code, step.state)
        for step in desk.queue.visit_steps(supervisor(desk), [visit_id])
    ]


def test_a_visits_later_services_are_pending_until_the_one_before_closes(desk: Desk) -> None:
    """Only a visit's first open service is in a queue; each later one waits, pending,
    and moves into its queue in the transaction that closes the one before it, whatever
    closes it: finish, no-show, cancel, a transfer of a pending step."""
    start = at(10)
    visit = desk.queue.issue(["pori-general", "kela-general", "vero-taxcard"], now=start)
    assert states(desk, visit.visit_id) == [
        ("pori-general", W),
        ("kela-general", P),
        ("vero-taxcard", P),
    ]
    assert waiting_pairs(desk) == {(visit.ticket_number, "pori-general")}

    aino = actor(desk, "aino.virtanen", "T1")  # pori-general, kela-general
    called = desk.queue.call_next(aino, now=start + minutes(1))
    assert called is not None
    assert called.step.service_code == "pori-general"
    # Called: the next service stays pending, nobody else can call it.
    assert [state for _code, state in states(desk, visit.visit_id)][1:] == [P, P]
    paivi = actor(desk, "paivi.lehtonen", "T3")  # kela-general, kela-family
    assert desk.queue.call_next(paivi, now=start + minutes(2)) is None

    # A guide moves the pending tax step to DVV: the new step is pending too.
    guide = supervisor(desk)
    third = desk.queue.visit_steps(guide, [visit.visit_id])[2]
    moved = desk.queue.transfer(
        guide, third.step_id, service_code="dvv-population", now=start + minutes(3)
    )
    assert moved.state is P

    desk.queue.act(aino, called.step.step_id, StepAction.NO_SHOW, now=start + minutes(4))
    assert states(desk, visit.visit_id) == [
        ("pori-general", StepState.NO_SHOW),
        ("kela-general", W),
        ("vero-taxcard", StepState.TRANSFERRED),
        ("dvv-population", P),
    ]
    kela = desk.queue.visit_steps(guide, [visit.visit_id])[1]
    assert kela.queued_at == start, "the next service keeps the visit's place in time"

    # The guide cancels the Kela service before anyone calls it: DVV is next.
    desk.queue.act(guide, kela.step_id, StepAction.CANCEL, now=start + minutes(5))
    assert states(desk, visit.visit_id)[-1] == ("dvv-population", W)
    assert waiting_pairs(desk) == {(visit.ticket_number, "dvv-population")}


def test_a_pending_step_cannot_be_called_by_anyone(desk: Desk) -> None:
    start = at(10)
    visit = desk.queue.issue(["pori-general", "kela-general"], now=start - minutes(60))
    paivi = actor(desk, "paivi.lehtonen", "T3")  # kela-general, kela-family
    # The Kela step has "waited" an hour, past twice its target: still not hers to call.
    assert desk.queue.call_next(paivi, now=start) is None
    assert states(desk, visit.visit_id)[1] == ("kela-general", StepState.PENDING)
