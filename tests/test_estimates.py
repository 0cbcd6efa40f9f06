"""The desk's one estimator: smoothed over recent service times, the same figure in
every console at the same moment, and in the lobby."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication
from queue_kit import actor, fresh_desk, supervisor

from console.core.estimates import PRIOR_VISITS, ServiceLoad, estimated_wait_minutes
from console.core.queue import utc_now
from console.core.steps import StepAction
from console.desk.console_model import ConsoleModel
from console.desk.desk import Desk
from console.desk.feed import LiveDesk
from console.store.database import Database


def test_one_quick_visit_does_not_make_the_estimate_collapse() -> None:
    """The case seen at the counter: a tax card queue of three with a 20-minute target,
    no history yet, then one visitor served in a minute (it said ~23 min, then ~2)."""
    before = ServiceLoad(3, [], 1, 20)
    after = ServiceLoad(2, [1.0], 1, 20)
    assert estimated_wait_minutes(before) == 30
    # One fewer ahead, and the minute counts as one visit against the default's four.
    assert estimated_wait_minutes(after) == 17
    per_visitor_before = before.minutes_per_visitor()
    per_visitor_after = after.minutes_per_visitor()
    assert per_visitor_after > 0.75 * per_visitor_before


def test_a_long_history_outweighs_the_default() -> None:
    quick_day = ServiceLoad(4, [3.0] * 40, 2, 20)
    # 40 visits of 3 min against the default's 4 of 10: (4*10 + 40*3) / 44 = 3.6 min.
    assert quick_day.typical_service_minutes() == pytest.approx((PRIOR_VISITS * 10 + 120) / 44)
    assert estimated_wait_minutes(quick_day) == 8  # 4 ahead, two people serving


def test_the_median_keeps_one_very_long_visit_from_moving_the_estimate() -> None:
    usual = ServiceLoad(5, [8.0, 9.0, 10.0, 9.0, 8.0], 1, 20)
    one_long = ServiceLoad(5, [8.0, 9.0, 10.0, 9.0, 8.0, 95.0], 1, 20)
    assert abs(estimated_wait_minutes(one_long) - estimated_wait_minutes(usual)) <= 2


@pytest.fixture
def desk(database: Database) -> Desk:
    return fresh_desk(database)


def shown_estimates(model: ConsoleModel) -> list[dict[int, int]]:
    """What the console's queue table is told, each time it is told."""
    seen: list[dict[int, int]] = []
    model.queues_changed.connect(lambda _q, _w, estimates: seen.append(dict(estimates or {})))
    return seen


def test_two_consoles_show_the_same_estimate_as_the_lobby(desk: Desk, qapp: QApplication) -> None:
    now = utc_now()
    aino = actor(desk, "aino.virtanen", "T1")
    reader = supervisor(desk)
    # A seeded history: six visitors served in 12 minutes each over the last two hours.
    for n in range(6):
        start = now - timedelta(minutes=150 - 20 * n)
        desk.queue.issue(["pori-general"], now=start)
        called = desk.queue.call_next(aino, now=start + timedelta(minutes=1))
        assert called is not None
        desk.queue.act(
            aino, called.step.step_id, StepAction.FINISH, now=start + timedelta(minutes=13)
        )
    service_id = next(
        s.id for s in desk.snapshot(actor=reader).services if s.code == "pori-general"
    )

    # Console A reads the desk now; three visitors come; console B reads the desk then.
    first_live = LiveDesk(desk.database, actor=reader)
    first_live.start()
    first = ConsoleModel([])
    first_seen = shown_estimates(first)
    first.show_snapshot(desk.snapshot(actor=reader))
    for minutes_ago in (9, 8, 7):
        desk.queue.issue(["pori-general"], now=now - timedelta(minutes=minutes_ago))
    second_live = LiveDesk(desk.database, actor=reader)
    second_live.start()
    second = ConsoleModel([])
    second_seen = shown_estimates(second)
    second.show_snapshot(desk.snapshot(actor=reader))
    waiting_three = second_seen[-1][service_id]

    # One visitor is served in a minute; both consoles hear of it through the feed.
    called = desk.queue.call_next(aino, now=now - timedelta(minutes=3))
    assert called is not None
    desk.queue.act(aino, called.step.step_id, StepAction.FINISH, now=now - timedelta(minutes=2))
    for live, model in ((first_live, first), (second_live, second)):
        delta = live.delta()
        assert delta is not None
        model.apply_delta(delta)

    lobby = desk.queue.estimates()[service_id]
    assert first_seen[-1][service_id] == second_seen[-1][service_id] == lobby
    # Two ahead instead of three, at the same pace: the figure moves by about a third.
    assert lobby >= waiting_three * 2 // 3 - 1
