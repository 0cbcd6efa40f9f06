"""What one console shows of the desk, without Qt.

The window (console/ui/console_window.py) is the view of this model, as napari's
``QtViewer`` is of its ``ViewerModel``: the model takes the desk's reads (a snapshot,
a change from the feed, a read of the counter), decides what is shown, and says so
through its events (:mod:`console.core.events`); each zone of the window connects to
the events it shows, and a test needs no window to check the rules:

- the waiting list: from the current steps of some visits, which to show as waiting
  and which to take off (a visit's later service waits only once the earlier are done);
- the queues in the signed-in person's order: their own services first;
- the steps at the counter: reads finish in any order, the newest read wins;
- the starvation alarm: a queue whose longest wait is over twice its target.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from console.core.estimates import estimates_from
from console.core.events import Event
from console.core.queue import StepState
from console.core.records import ServiceQueue, StepInfo, WaitingStep
from console.core.steps import OPEN_STATES, journey_numbers
from console.store.queries import WAITING_LIST_LIMIT

if TYPE_CHECKING:
    from console.desk.desk import DeskSnapshot
    from console.desk.feed import DeskDelta

# A queue raises the guides' alarm when its longest wait is over this many times its
# service's target.
STARVING_FACTOR = 2


def waiting_rows(steps: Sequence[StepInfo]) -> tuple[list[WaitingStep], list[int]]:
    """From the current steps of some visits: the rows to show as waiting, and the
    step ids to take off the waiting list (served, finished, or not their turn yet)."""
    by_visit: dict[int, list[StepInfo]] = {}
    for step in steps:
        by_visit.setdefault(step.visit_id, []).append(step)
    changed: list[WaitingStep] = []
    removed: list[int] = []
    for visit_steps in by_visit.values():
        # Numbered as the visitor lives the visit, as the store's read numbers them.
        numbers = journey_numbers(visit_steps)
        for step in visit_steps:
            earlier_open = any(
                other.position < step.position and other.state in OPEN_STATES
                for other in visit_steps
            )
            if step.state is StepState.WAITING and not earlier_open:
                changed.append(
                    WaitingStep(
                        step.step_id,
                        step.visit_id,
                        step.ticket_number,
                        step.service_code,
                        step.queued_at,
                        step.language,
                        step.priority,
                        step.visitor_name,
                        numbers.get(step.step_id, step.position),
                        len(numbers),
                    )
                )
            else:
                removed.append(step.step_id)
    return changed, removed


def starving_queues(queues: Iterable[ServiceQueue], now: datetime) -> list[ServiceQueue]:
    """The queues whose longest wait is over :data:`STARVING_FACTOR` times the target."""
    return [queue for queue in queues if queue.over_target(now, STARVING_FACTOR)]


class ConsoleModel:
    """The state behind one console window and the events its zones observe.

    Events (arguments in brackets):

    - ``desk_read`` (snapshot): a whole read of the desk: its names, agencies,
      services and counters may have changed;
    - ``queues_changed`` (queues, waiting or None, estimates or None): the queues in
      my order; with a whole waiting list after a snapshot, without after a change;
    - ``waiting_changed`` (changed rows, removed step ids): some rows of the list;
    - ``counter_changed`` (steps, changed visit ids or None): the tickets at my
      counter, from a read newer than the last shown (None: any visit may have
      changed);
    - ``alarm_changed`` (queues): the queues over twice their target (empty: none),
      only for a console that shows the alarm;
    - ``notes_changed`` / ``consultations_changed`` (visit ids): notes or
      consultations of these visits changed at some console;
    - ``setup_changed`` (): services, counters, staff or life events changed;
    - ``list_incomplete`` (): the whole read held only the longest waiting (more were
      waiting) and a change took some of them away: those after them, which the
      change does not bring, need a whole read to be shown.
    """

    def __init__(
        self, skills: Iterable[str], *, shows_alarm: bool = False, staff_id: int | None = None
    ) -> None:
        self.skills = frozenset(skills)
        # Whose console: a whole read brings their skills of the day (a supervisor may
        # have planned them on the floor), and my services come first by those.
        self.staff_id = staff_id
        self.shows_alarm = shows_alarm
        self.snapshot: DeskSnapshot | None = None
        self.estimate_basis: dict[int, float] = {}
        self.queues: list[ServiceQueue] = []
        self.at_counter: list[StepInfo] = []
        self.counter_read_at: datetime | None = None
        self.desk_read = Event("desk_read")
        self.queues_changed = Event("queues_changed")
        self.waiting_changed = Event("waiting_changed")
        self.counter_changed = Event("counter_changed")
        self.alarm_changed = Event("alarm_changed")
        self.notes_changed = Event("notes_changed")
        self.consultations_changed = Event("consultations_changed")
        self.setup_changed = Event("setup_changed")
        self.list_incomplete = Event("list_incomplete")

    @property
    def waiting_truncated(self) -> bool:
        """The last whole read held as many waiting steps as one read gives: there may
        be more waiting than the list shows."""
        return self.snapshot is not None and len(self.snapshot.waiting) >= WAITING_LIST_LIMIT

    def ordered(self, queues: Sequence[ServiceQueue]) -> list[ServiceQueue]:
        """My own services first, then the rest of the desk (all of it when I have none
        of its services)."""
        mine = [q for q in queues if q.service.code in self.skills] or list(queues)
        return mine + [q for q in queues if q not in mine]

    def show_snapshot(self, snapshot: DeskSnapshot) -> None:
        """A whole read of the desk."""
        self.snapshot = snapshot
        me = next((member for member in snapshot.staff if member.id == self.staff_id), None)
        if me is not None:
            self.skills = frozenset(me.skills)
        self.desk_read.emit(snapshot)
        self.queues = self.ordered(snapshot.queues)
        self.estimate_basis = dict(snapshot.estimate_basis)
        self.queues_changed.emit(self.queues, snapshot.waiting, snapshot.estimates)
        self.take_counter(snapshot.at_counter, snapshot.read_at)
        self.check_alarm(snapshot.read_at)

    def apply_delta(self, delta: DeskDelta) -> None:
        """Some visits changed (at this console or another): just their rows."""
        changed, removed = waiting_rows(delta.steps)
        self.waiting_changed.emit(changed, removed)
        if removed and self.snapshot is not None and self.waiting_truncated:
            self.list_incomplete.emit()
        self.queues = self.ordered(delta.queues)
        if delta.estimate_basis is not None:
            self.estimate_basis = dict(delta.estimate_basis)
        # The desk's one estimator, on the queue lengths of this change.
        estimates = estimates_from(
            self.estimate_basis, ((q.service.id, q.waiting) for q in self.queues)
        )
        self.queues_changed.emit(self.queues, None, estimates)
        self.take_counter(delta.at_counter, delta.read_at, delta.changes.visit_ids)
        self.check_alarm(delta.read_at)
        if delta.changes.notes:
            self.notes_changed.emit(delta.changes.visit_ids)
        if delta.changes.setup:
            self.setup_changed.emit()
        if delta.changes.consultations:
            self.consultations_changed.emit(delta.changes.visit_ids)

    def take_counter(
        self,
        steps: Sequence[StepInfo],
        read_at: datetime,
        changed_visits: frozenset[int] | None = None,
    ) -> bool:
        """Keep a read of the counter unless a newer one is already kept; True if kept
        (and ``counter_changed`` emitted)."""
        if self.counter_read_at is not None and read_at < self.counter_read_at:
            return False
        self.counter_read_at = read_at
        self.at_counter = list(steps)
        self.counter_changed.emit(list(steps), changed_visits)
        return True

    def check_alarm(self, now: datetime) -> None:
        """Waits grow with time: which queues are over twice their target now."""
        if self.shows_alarm:
            self.alarm_changed.emit(starving_queues(self.queues, now))
