"""The queue's pure core: the step state machine and the call-next policy.

The last test holds the store's SQL claim to the same order as
:func:`console.core.policy.pick_next` on random small queues in a real database.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from queue_kit import actor, at, clear_visits, empty_demo, minutes, supervisor

from console.core.policy import (
    APPOINTMENT_EARLY,
    Caller,
    Candidate,
    ReasonKind,
    order_key,
    pick_next,
    reason_for,
    reason_message,
)
from console.core.queue import Priority, StepState
from console.core.records import StepInfo
from console.core.steps import StepAction, StepStateError, check_action
from console.core.text import Message
from console.desk.desk import Desk
from console.store.database import Database

# ---------------------------------------------------------------- the step state machine
# What the diagram in console/core/steps.py allows, written out again by hand.
W, C, S = StepState.WAITING, StepState.CALLED, StepState.SERVING
DOCUMENTED: dict[tuple[StepAction, StepState], StepState] = {
    (StepAction.CANCEL, StepState.PENDING): StepState.CANCELLED,
    (StepAction.TRANSFER, StepState.PENDING): StepState.TRANSFERRED,
    (StepAction.CALL, W): C,
    (StepAction.CANCEL, W): StepState.CANCELLED,
    (StepAction.TRANSFER, W): StepState.TRANSFERRED,
    (StepAction.RECALL, C): C,
    (StepAction.START, C): S,
    (StepAction.FINISH, C): StepState.DONE,
    (StepAction.NO_SHOW, C): StepState.NO_SHOW,
    (StepAction.CANCEL, C): StepState.CANCELLED,
    (StepAction.TRANSFER, C): StepState.TRANSFERRED,
    (StepAction.PARK, C): C,
    (StepAction.RESUME, C): C,
    (StepAction.FINISH, S): StepState.DONE,
    (StepAction.TRANSFER, S): StepState.TRANSFERRED,
    (StepAction.PARK, S): S,
    (StepAction.RESUME, S): S,
}
ALL_PAIRS = list(itertools.product(StepAction, StepState))


def parked_for(action: StepAction) -> bool:
    """Only a parked step can be taken back; any other action is tried on an unparked one."""
    return action is StepAction.RESUME


@pytest.mark.parametrize(("action", "state"), ALL_PAIRS, ids=lambda v: str(v))
def test_every_action_in_every_state(action: StepAction, state: StepState) -> None:
    expected = DOCUMENTED.get((action, state))
    if expected is not None:
        assert check_action(action, state, ticket="A001", parked=parked_for(action)) is expected
        return
    with pytest.raises(StepStateError) as refused:
        check_action(
            action,
            state,
            ticket="A001",
            parked=parked_for(action),
            last_changed_by="Aino Virtanen",
            last_changed_at="10:05",
        )
    assert (refused.value.action, refused.value.state) == (action, state)
    text = str(refused.value)
    assert text.startswith("Ticket A001 cannot be ")
    assert text.endswith("(last changed by Aino Virtanen at 10:05).")
    state_param = refused.value.message.params["state"]
    assert isinstance(state_param, Message)
    assert f"it is {state_param.english()}" in text


@pytest.mark.parametrize("state", [C, S])
def test_parking_twice_or_resuming_an_unparked_step_is_refused(state: StepState) -> None:
    assert check_action(StepAction.PARK, state, ticket="B002", parked=False) is state
    assert check_action(StepAction.RESUME, state, ticket="B002", parked=True) is state
    with pytest.raises(StepStateError, match="Ticket B002 is already parked"):
        check_action(StepAction.PARK, state, ticket="B002", parked=True)
    with pytest.raises(StepStateError, match="Ticket B002 is not parked"):
        check_action(StepAction.RESUME, state, ticket="B002", parked=False)


def test_a_refusal_without_a_known_changer_says_only_the_state() -> None:
    with pytest.raises(StepStateError) as refused:
        check_action(StepAction.FINISH, StepState.WAITING, ticket="K010")
    assert str(refused.value) == "Ticket K010 cannot be finished: it is waiting."


# ---------------------------------------------------------------- the policy, by example
NOW = datetime(2026, 3, 12, 8, 0, tzinfo=UTC)


def candidate(step_id: int, waited: int, target: int = 20, **options: Any) -> Candidate:
    return Candidate(
        step_id, options.pop("service_id", 1), NOW - minutes(waited), target, **options
    )


def test_policy_order_by_example() -> None:
    caller = Caller(staff_id=1, counter_id=1, skills=frozenset({1}))
    steps = [
        candidate(1, waited=15),  # longest but not overdue
        candidate(2, waited=12, target=10),  # overdue
        candidate(3, waited=1, priority=True),
        candidate(4, waited=0, appointment_at=NOW + APPOINTMENT_EARLY),  # due from now
        candidate(5, waited=0, appointment_at=NOW + APPOINTMENT_EARLY + minutes(1)),  # not yet
        candidate(6, waited=45, target=20),  # over twice the target: before priority
        candidate(7, waited=41, target=20, priority=True),  # starving too, but younger
        candidate(8, waited=40, target=20),  # exactly twice: only overdue
    ]
    order = []
    while (picked := pick_next(steps, caller, NOW)) is not None:
        order.append(picked.step_id)
        steps.remove(picked)
    assert order == [4, 6, 7, 3, 8, 2, 1, 5]


def test_reasons_name_what_decided() -> None:
    kinds = {
        ReasonKind.APPOINTMENT: candidate(1, 0, appointment_at=NOW),
        ReasonKind.PRIORITY: candidate(2, 0, priority=True),
        ReasonKind.STARVING: candidate(6, 41, target=20, priority=True),
        ReasonKind.OVERDUE: candidate(3, 40, target=20),  # exactly twice: not starving
        ReasonKind.LONGEST: candidate(4, 20, target=20),  # exactly at target: not overdue
        ReasonKind.TRANSFERRED_TO_ME: candidate(5, 50, priority=True, target_counter_id=2),
    }
    for kind, step in kinds.items():
        reason = reason_for(step, NOW)
        assert reason.kind is kind
        assert reason.waited_minutes == int((NOW - step.queued_at).total_seconds() // 60)
        assert reason.target_minutes == step.target_wait_minutes
    starving = reason_for(candidate(6, 47, target=20), NOW)
    assert reason_message(starving, "Kela").english() == (
        "waited 47 min, over twice the target of 20: called before priority visitors"
    )


# ---------------------------------------------------------------- (a) only what the caller may call
def may_serve(caller: Caller, step: Candidate) -> bool:
    """Who may call a step, from the module docstring of console.core.policy."""
    if step.target_staff_id is not None:
        return step.target_staff_id == caller.staff_id
    if step.target_counter_id is not None:
        return step.target_counter_id == caller.counter_id
    return step.service_id in caller.skills


small_ids = st.integers(min_value=1, max_value=3)
candidates = st.lists(
    st.builds(
        Candidate,
        step_id=st.integers(1, 10_000),
        service_id=st.integers(1, 5),
        queued_at=st.integers(0, 90).map(lambda m: NOW - minutes(m)),
        target_wait_minutes=st.sampled_from([10, 15, 20, 25, 30]),
        priority=st.booleans(),
        appointment_at=st.none() | st.integers(-30, 30).map(lambda m: NOW + minutes(m)),
        target_counter_id=st.none() | small_ids,
        target_staff_id=st.none() | small_ids,
    ),
    max_size=12,
    unique_by=lambda c: c.step_id,
)
callers = st.builds(
    Caller,
    staff_id=small_ids,
    counter_id=small_ids,
    skills=st.frozensets(st.integers(1, 5), max_size=5),
)


@given(steps=candidates, caller=callers)
def test_pick_next_never_hands_out_a_step_the_caller_may_not_call(
    steps: list[Candidate], caller: Caller
) -> None:
    picked = pick_next(steps, caller, NOW)
    allowed = [step for step in steps if may_serve(caller, step)]
    if not allowed:
        assert picked is None
        return
    assert picked is not None
    assert may_serve(caller, picked)
    assert order_key(picked, NOW) == min(order_key(step, NOW) for step in allowed)


# ---------------------------------------------------------------- (b) aging serves everyone
TARGETS = [10, 15, 20, 25, 30]


@settings(max_examples=60, deadline=None)
@given(
    minutes_per_call=st.integers(1, 5),
    arrivals=st.lists(
        st.lists(st.tuples(st.sampled_from(TARGETS), st.booleans()), max_size=3),
        min_size=10,
        max_size=120,
    ),
)
def test_aging_serves_every_waiting_step_within_a_bounded_number_of_calls(
    minutes_per_call: int, arrivals: list[list[tuple[int, bool]]]
) -> None:
    """One counter calls once every ``d`` minutes while 0-3 visitors, any of them with
    priority, arrive before each call: more than the counter can serve.

    Bound: a step ``w`` that arrives at call ``a`` with target ``T`` is called at the
    latest at call ``a + floor(2T / d) + 1 + Q``, where ``Q`` is the number of other
    steps waiting just after ``w`` arrived; and, while few priority visitors come, at
    ``a + floor(T / d) + 1 + Q + P``, ``P`` the number of priority steps arriving after
    it.

    Proof. At call ``j`` ``w`` has waited ``(j - a) d`` minutes, so from call
    ``a + floor(2T / d) + 1`` on it has waited more than twice its target (starving).
    From then on, a call that does not pick ``w`` picks a step with a smaller order
    key: with no appointments, a starving step queued before ``w`` (already there, so
    one of ``Q``). Each step is called once, so at most ``Q`` such calls happen. The
    second bound is aging's: from ``a + floor(T / d) + 1`` on ``w`` is overdue, and a
    call that does not pick it picks a priority step (one of ``Q`` or of ``P``) or an
    overdue or starving step queued before it (one of ``Q``).
    """
    caller = Caller(staff_id=1, counter_id=1, skills=frozenset(TARGETS))
    start = NOW
    waiting: list[Candidate] = []
    arrived: dict[int, tuple[int, int]] = {}  # step id -> (call index, Q)
    priority_calls: list[int] = []  # call index of each priority arrival
    bounds: dict[int, int] = {}
    next_id = itertools.count(1)
    call = 0
    while call < len(arrivals) or waiting:
        now = start + minutes(call * minutes_per_call)
        for target, priority in arrivals[call] if call < len(arrivals) else []:
            step = Candidate(next(next_id), target, now, target, priority=priority)
            waiting.append(step)
            if priority:
                priority_calls.append(call)
        for step in waiting:
            if step.step_id not in arrived:
                arrived[step.step_id] = (call, len(waiting) - 1)
        if not waiting:
            call += 1
            continue
        picked = pick_next(waiting, caller, now)
        assert picked is not None
        waiting.remove(picked)
        arrival, ahead = arrived[picked.step_id]
        target = picked.target_wait_minutes
        later_priority = sum(1 for c in priority_calls if c > arrival)
        bound = arrival + min(
            2 * target // minutes_per_call + 1 + ahead,
            target // minutes_per_call + 1 + ahead + later_priority,
        )
        bounds[picked.step_id] = bound
        assert call <= bound, (picked, call, bound)
        call += 1
    assert set(bounds) == set(arrived), "every step that waited was called"


def test_a_walk_in_is_called_within_twice_its_target_behind_endless_priority(
    database: Database,
) -> None:
    """Two priority visitors arrive for every call, for ever; one counter calls every
    two minutes. The walk-in who came first is called at the first call after it has
    waited twice its service's target (10 min for pori-general), not never."""
    desk = Desk(database)
    desk.seed_demo(empty_demo(), now=at(7))
    clear_visits(database)
    start = at(9)
    me = actor(desk, "aino.virtanen", "T1")
    walk_in = desk.queue.issue(["pori-general"], now=start)
    target = 10
    earlier: list[ReasonKind] = []
    for call in range(1, 40):
        now = start + minutes(2 * call)
        for _ in range(2):
            desk.queue.issue(["pori-general"], priority=Priority.URGENT, now=now - minutes(1))
        called = desk.queue.call_next(me, now=now)
        assert called is not None
        desk.queue.act(me, called.step.step_id, StepAction.FINISH, now=now)
        if called.step.visit_id == walk_in.visit_id:
            break
        earlier.append(called.reason.kind)
    else:
        pytest.fail("the walk-in was never called behind the priority visitors")
    waited = 2 * call
    # Called before priority visitors as soon as it waited over twice the target ...
    assert 2 * target < waited <= 2 * target + 2
    assert called.reason.kind is ReasonKind.STARVING
    assert reason_message(called.reason, "Pori").english() == (
        f"waited {waited} min, over twice the target of {target}: called before priority visitors"
    )
    # ... and not one call earlier: until then, every call went to a priority visitor.
    assert earlier == [ReasonKind.PRIORITY] * (call - 1)


# ---------------------------------------------------------------- (c) the SQL claim = pick_next
POOL = [
    "pori-general",  # target 10
    "pori-housing",  # 20
    "kela-general",  # 20
    "vero-taxcard",  # 15
    "vero-inheritance",  # 30
    "poliisi-passport",  # 15
    "dvv-population",  # 15
]
CALLERS = [
    ("aino.virtanen", "T1"),
    ("markku.salonen", "T2"),
    ("paivi.lehtonen", "T3"),
    ("jukka.niemi", "T1"),
]
TARGET_COUNTERS = ["T1", "T2", "T3"]
TARGET_STAFF = ["aino.virtanen", "markku.salonen", "minna.koskinen"]

visits = st.lists(
    st.fixed_dictionaries(
        {
            "services": st.lists(st.sampled_from(POOL), min_size=1, max_size=2),
            "waited": st.integers(0, 45),
            "priority": st.sampled_from([None, None, None, "accessibility", "urgent"]),
            "appointment": st.none() | st.none() | st.integers(-20, 30),
            "counter": st.none() | st.none() | st.sampled_from(TARGET_COUNTERS),
            "staff": st.none() | st.none() | st.none() | st.sampled_from(TARGET_STAFF),
        }
    ),
    min_size=1,
    max_size=8,
)


def in_queue(steps: list[StepInfo]) -> list[StepInfo]:
    """Waiting steps whose visit has no earlier step still open."""
    open_states = {StepState.WAITING, StepState.CALLED, StepState.SERVING}
    return [
        step
        for step in steps
        if step.state is StepState.WAITING
        and not any(
            other.visit_id == step.visit_id
            and other.position < step.position
            and other.state in open_states
            for other in steps
        )
    ]


def as_candidate(step: StepInfo, targets: dict[int, int]) -> Candidate:
    return Candidate(
        step.step_id,
        step.service_id,
        step.queued_at,
        targets[step.service_id],
        priority=step.priority is not None,
        appointment_at=step.appointment_at,
        target_counter_id=step.target_counter_id,
        target_staff_id=step.target_staff_id,
    )


OVERDUE_AT_ANOTHER_COUNTER: list[dict[str, Any]] = [
    {
        "services": ["pori-general"],
        "waited": 12,
        "priority": None,
        "appointment": None,
        "counter": "T2",
        "staff": None,
    },
    {
        "services": ["vero-inheritance"],
        "waited": 20,
        "priority": None,
        "appointment": None,
        "counter": None,
        "staff": None,
    },
]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(plan=visits, caller=st.sampled_from(CALLERS))
@example(plan=OVERDUE_AT_ANOTHER_COUNTER, caller=("markku.salonen", "T2"))
def test_the_sql_claim_picks_what_pick_next_picks(
    database: Database, plan: list[dict[str, Any]], caller: tuple[str, str]
) -> None:
    desk = Desk(database)
    desk.seed_demo(empty_demo(), now=at(7))  # once per database; later calls do nothing
    clear_visits(database)
    now = at(11)
    guide = actor(desk, "aino.virtanen", "T1")
    visit_ids = []
    for visit in plan:
        queued = now - minutes(visit["waited"])
        ticket = desk.queue.issue(
            visit["services"],
            priority=Priority(visit["priority"]) if visit["priority"] else None,
            appointment_at=(
                now + minutes(visit["appointment"]) if visit["appointment"] is not None else None
            ),
            now=queued,
        )
        visit_ids.append(ticket.visit_id)
        if visit["counter"] or visit["staff"]:
            first = desk.queue.visit_steps(supervisor(desk), [ticket.visit_id])[0]
            desk.queue.transfer(
                guide,
                first.step_id,
                counter_code=visit["counter"],
                staff_username=visit["staff"],
                now=queued,
            )
    services = desk.snapshot().services
    targets = {service.id: service.target_wait_minutes for service in services}
    me = actor(desk, *caller)
    skills = frozenset(service.id for service in services if service.code in me.skills)
    policy_caller = Caller(me.staff_id, me.counter_id, skills)
    for round_ in range(3):
        when = now + timedelta(minutes=round_)
        waiting = in_queue(desk.queue.visit_steps(supervisor(desk), visit_ids))
        expected = pick_next([as_candidate(s, targets) for s in waiting], policy_caller, when)
        claimed = desk.queue.call_next(me, now=when)
        assert (claimed.step.step_id if claimed else None) == (
            expected.step_id if expected else None
        ), f"call {round_ + 1}: the store claimed another step than pick_next"
        if claimed is None:
            break
        desk.queue.act(me, claimed.step.step_id, StepAction.FINISH, now=when)
