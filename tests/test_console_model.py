"""The console's rules without a window (console/desk/console_model.py): which steps
wait, whose queues come first, which read of the counter is kept, when the alarm rings;
and the visit zone's list of services, a model like every list of the window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.core.queue import Language, StepState
from console.core.records import Names, ServiceInfo, ServiceQueue, StepInfo
from console.desk.console_model import ConsoleModel, starving_queues, waiting_rows
from console.desk.desk import DeskSnapshot
from console.desk.feed import DeskDelta
from console.store.feed import Changes
from console.ui.queue.visit_zone import VisitZone

NOW = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)


def step(step_id: int, visit_id: int, position: int, state: StepState) -> StepInfo:
    return StepInfo(
        step_id=step_id,
        visit_id=visit_id,
        ticket_number=f"A{visit_id:03d}",
        service_id=position,
        service_code=f"s{position}",
        state=state,
        position=position,
        queued_at=NOW - timedelta(minutes=10),
        called_at=None,
        finished_at=None,
        counter_id=None,
        staff_id=None,
        recalls=0,
        parked=False,
        target_counter_id=None,
        target_staff_id=None,
        language=Language.FI,
        priority=None,
        visitor_name=None,
        appointment_at=None,
        changed_by=None,
        changed_at=None,
    )


def queue(code: str, target: int, waited: int | None, waiting: int = 1) -> ServiceQueue:
    service = ServiceInfo(1, code, "kela", "K", Names(code, code, code), target)
    oldest = NOW - timedelta(minutes=waited) if waited is not None else None
    return ServiceQueue(service, waiting if waited is not None else 0, oldest)


def test_a_later_service_waits_only_once_the_earlier_are_done() -> None:
    steps = [
        step(1, 10, 1, StepState.SERVING),
        step(2, 10, 2, StepState.WAITING),
        step(3, 11, 1, StepState.DONE),
        step(4, 11, 2, StepState.WAITING),
        step(5, 12, 1, StepState.TRANSFERRED),
        step(6, 12, 2, StepState.WAITING),
    ]
    changed, removed = waiting_rows(steps)
    assert [row.step_id for row in changed] == [4, 6]
    assert sorted(removed) == [1, 2, 3, 5]
    by_id = {row.step_id: row for row in changed}
    assert by_id[4].step_count == 2
    assert by_id[6].step_count == 1  # a transferred step is not one of the visit's services


def test_my_services_come_first_and_everything_when_i_have_none() -> None:
    queues = [queue("vero", 10, 1), queue("kela", 10, 1), queue("dvv", 10, 1)]
    mine = ConsoleModel(["kela"]).ordered(queues)
    assert [q.service.code for q in mine] == ["kela", "vero", "dvv"]
    assert ConsoleModel([]).ordered(queues) == queues


def test_the_newest_read_of_the_counter_wins() -> None:
    model = ConsoleModel(["kela"])
    newer = [step(1, 10, 1, StepState.CALLED)]
    assert model.take_counter(newer, NOW)
    assert not model.take_counter([], NOW - timedelta(seconds=1))
    assert model.at_counter == newer
    assert model.take_counter([], NOW)  # as new as the last: kept
    assert model.at_counter == []


def test_a_queue_starves_past_twice_its_target() -> None:
    queues = [
        queue("twice", 10, 20),  # exactly twice: not yet
        queue("over", 10, 21),
        queue("empty", 10, None),
    ]
    assert [q.service.code for q in starving_queues(queues, NOW)] == ["over"]


class Seen:
    """What each of the model's events told its observers, in order."""

    def __init__(self, model: ConsoleModel) -> None:
        self.events: list[tuple[str, tuple[object, ...]]] = []
        for event in (
            model.desk_read,
            model.queues_changed,
            model.waiting_changed,
            model.counter_changed,
            model.alarm_changed,
            model.notes_changed,
            model.consultations_changed,
            model.setup_changed,
        ):
            event.connect(lambda *args, name=event.name: self.events.append((name, args)))

    def names(self) -> list[str]:
        return [name for name, _args in self.events]

    def args(self, name: str) -> tuple[object, ...]:
        return next(args for seen, args in self.events if seen == name)


def test_a_snapshot_tells_each_zone_in_the_order_the_window_draws() -> None:
    model = ConsoleModel(["kela"], shows_alarm=True)
    seen = Seen(model)
    vero, kela = queue("vero", 10, 25), queue("kela", 10, 5)
    at_counter = (step(1, 10, 1, StepState.CALLED),)
    snapshot = DeskSnapshot(None, (), (), (vero, kela), (), NOW, {}, at_counter)
    model.show_snapshot(snapshot)
    assert seen.names() == ["desk_read", "queues_changed", "counter_changed", "alarm_changed"]
    queues, waiting, estimates = seen.args("queues_changed")
    assert queues == [kela, vero]  # mine first
    assert waiting == ()
    assert estimates == {}
    assert seen.args("counter_changed") == (list(at_counter), None)
    assert seen.args("alarm_changed") == ([vero],)
    # Half an hour later the Kela queue is over twice its target as well.
    seen.events.clear()
    model.check_alarm(NOW + timedelta(minutes=30))
    assert seen.events == [("alarm_changed", ([kela, vero],))]


def test_a_change_tells_only_what_changed_and_an_older_counter_read_is_dropped() -> None:
    model = ConsoleModel([])  # an advisor: no alarm
    seen = Seen(model)
    model.take_counter([step(1, 10, 1, StepState.SERVING)], NOW)
    seen.events.clear()
    changes = Changes(frozenset({10}), appointments=False, count=1, notes=True, setup=True)
    stale = NOW - timedelta(seconds=2)
    delta = DeskDelta(changes, stale, (step(2, 10, 2, StepState.WAITING),), (), ())
    model.apply_delta(delta)
    assert seen.names() == ["waiting_changed", "queues_changed", "notes_changed", "setup_changed"]
    # The list stays, only rows move; the estimates follow the new queue lengths (no basis
    # read yet: none).
    assert seen.args("queues_changed") == ([], None, {})
    assert model.at_counter[0].step_id == 1  # the delta's read was older than the counter's
    seen.events.clear()
    consulted = Changes(frozenset({10}), appointments=False, count=1, consultations=True)
    model.apply_delta(DeskDelta(consulted, NOW, (), (), ()))
    assert seen.names() == [
        "waiting_changed",
        "queues_changed",
        "counter_changed",
        "consultations_changed",
    ]
    assert seen.args("counter_changed") == ([], frozenset({10}))
    assert seen.args("consultations_changed") == (frozenset({10}),)


def test_the_visit_zone_strikes_out_a_service_that_left_this_counter(qtbot: QtBot) -> None:
    zone = VisitZone()
    qtbot.addWidget(zone)
    zone.show_visit([step(1, 10, 1, StepState.TRANSFERRED), step(2, 10, 2, StepState.SERVING)], {})
    model = zone.step_model
    # The service that left is struck out without a number: the visitor's first service
    # here is the one being served.
    assert [model.row(n).text.split(" – ")[0] for n in range(model.rowCount())] == [
        "    s1",
        "1. s2",
    ]
    fonts = [model.data(model.index(n, 0), Qt.ItemDataRole.FontRole) for n in range(2)]
    assert fonts[0] is not None
    assert fonts[0].strikeOut()
    assert fonts[1] is None
    zone.show_visit([], {})
    assert model.rowCount() == 0
    assert not zone.steps.isEnabled()
