"""What one console shows of the desk, without Qt.

The window (console/ui/console_window.py) is the view of this model, as napari's
``QtViewer`` is of its ``ViewerModel``: the rules of what is shown live here, where a
test needs no window, and the window only draws what the model decides.

- the waiting list: from the current steps of some visits, which to show as waiting
  and which to take off (a visit's later service waits only once the earlier are done);
- the queues in the signed-in person's order: their own services first;
- the steps at the counter: reads finish in any order, the newest read wins;
- the starvation alarm: a queue whose longest wait is over twice its target.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from console.core.queue import StepState
from console.core.records import ServiceQueue, StepInfo, WaitingStep
from console.core.steps import OPEN_STATES

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
        counted = [s for s in visit_steps if s.state is not StepState.TRANSFERRED]
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
                        step.position,
                        len(counted),
                    )
                )
            else:
                removed.append(step.step_id)
    return changed, removed


def starving_queues(queues: Iterable[ServiceQueue], now: datetime) -> list[ServiceQueue]:
    """The queues whose longest wait is over :data:`STARVING_FACTOR` times the target."""
    return [queue for queue in queues if queue.over_target(now, STARVING_FACTOR)]


class ConsoleModel:
    """The state behind one console window: the person's services, what is at the
    counter and when it was read."""

    def __init__(self, skills: Iterable[str]) -> None:
        self.skills = frozenset(skills)
        self.at_counter: list[StepInfo] = []
        self.counter_read_at: datetime | None = None

    def ordered(self, queues: Sequence[ServiceQueue]) -> list[ServiceQueue]:
        """My own services first, then the rest of the desk (all of it when I have none
        of its services)."""
        mine = [q for q in queues if q.service.code in self.skills] or list(queues)
        return mine + [q for q in queues if q not in mine]

    def take_counter(self, steps: Sequence[StepInfo], read_at: datetime) -> bool:
        """Keep a read of the counter unless a newer one is already kept; True if kept."""
        if self.counter_read_at is not None and read_at < self.counter_read_at:
            return False
        self.counter_read_at = read_at
        self.at_counter = list(steps)
        return True
